#pragma once
// Qt-side value types of the agent's stores (agent state, interactions, transcripts),
// safe to include anywhere: no grpc, no protobuf. The stores convert the generated
// types into these in their .cpp files.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>

namespace session {

enum class Channel { Unspecified, Voice, Chat, Email, Sms };
enum class AgentState { Unspecified, Offline, Available, NotReady };
enum class InteractionState { Unspecified, Waiting, Offered, Active, WrapUp, Completed, Abandoned };
enum class MessageDirection { Unspecified, Inbound, Outbound, Whisper, System };
// Failed also marks a send this client could not get accepted (see Message::error).
enum class DeliveryState { Unspecified, Sent, Delivered, Read, Failed };

// A reason code (Not Ready) or a wrap-up code: id and what people read.
struct Code {
    QString id;
    QString label;
    friend bool operator==(const Code &, const Code &) = default;
};

struct Customer {
    QString id;
    QString displayName;
    QString address;
};

struct Interaction {
    QString id;
    Channel channel = Channel::Unspecified;
    QString queueId;
    InteractionState state = InteractionState::Unspecified;
    Customer customer;
    QString subject;
    QString agentUserId;
    QDateTime enqueuedAt;
    QDateTime offeredAt;
    QDateTime offerExpiresAt;
    QDateTime acceptedAt;
    QDateTime wrapUpEndsAt;
    qint64 version = 0;
};

struct Message {
    qint64 index = -1;              // position in the transcript; -1: a send the server refused
    QString id;
    MessageDirection direction = MessageDirection::Unspecified;
    QString authorUserId;
    QString authorName;
    QString text;
    QDateTime sentAt;
    DeliveryState delivery = DeliveryState::Unspecified;
    QString clientMessageId;
    QString error;                  // why a send failed (index -1 only)
    // E-mail only.
    QString subject;
    QString quotedText;
    QStringList to;
    QStringList cc;
    QStringList attachmentNames;
};

// A canned response of the directory (ListCannedResponses) for a channel.
struct CannedText {
    QString id;
    QString title;
    QString text;
    QString shortcut;
    friend bool operator==(const CannedText &, const CannedText &) = default;
};

// Whom an interaction can be transferred or consulted to (RoutingService.ListTransferTargets).
struct TransferTarget {
    enum class Kind { Queue, Agent };
    Kind kind = Kind::Queue;
    QString id;                     // queue id or agent user id
    QString name;
    QString detail;                 // for people: "3 waiting", "Available", "Not Ready — Lunch", "Busy"
    bool available = false;         // queues: always; agents: free capacity on the channel now
    // The raw facts behind `detail`, for views that show them their own way.
    int waiting = 0;                // queues
    AgentState agentState = AgentState::Unspecified;   // agents
    QString reasonLabel;            // agents in Not Ready
};

// One earlier (or the current) interaction of a customer: the screen pop.
struct HistoryItem {
    QString interactionId;
    Channel channel = Channel::Unspecified;
    QString queueId;
    QString agentUserId;
    QDateTime startedAt;
    QDateTime endedAt;              // invalid while it is not over
    QString wrapUpCodeId;
    QString summary;
};

// A voice call (ConversationService.GetCall / call_changed).
enum class CallState { None, Ringing, Connected, Held, Consulting, Conferenced, Ended };

struct CallParty {
    QString id;
    QString displayName;
    bool onHold = false;
    friend bool operator==(const CallParty &, const CallParty &) = default;
};

struct Call {
    QString interactionId;
    CallState state = CallState::None;   // None until the server told
    bool muted = false;
    QList<CallParty> parties;
    QDateTime connectedAt;
    QDateTime heldSince;                 // valid while held
    qint64 holdSecondsTotal = 0;         // completed holds
    QString dtmfSent;
    qint64 version = 0;
};

enum class CallCommand { Answer, Hold, Resume, Mute, Unmute, SendDtmf, Consult, CompleteTransfer, Conference, HangUp };

// Outcome of a command: ok, or the message a person can act on.
using CommandCallback = std::function<void(bool ok, const QString &error)>;

} // namespace session

Q_DECLARE_METATYPE(session::Channel)
Q_DECLARE_METATYPE(session::AgentState)
Q_DECLARE_METATYPE(session::InteractionState)
Q_DECLARE_METATYPE(session::MessageDirection)
Q_DECLARE_METATYPE(session::DeliveryState)
Q_DECLARE_METATYPE(session::Code)
Q_DECLARE_METATYPE(session::Customer)
Q_DECLARE_METATYPE(session::Interaction)
Q_DECLARE_METATYPE(session::Message)
Q_DECLARE_METATYPE(session::CannedText)
Q_DECLARE_METATYPE(session::TransferTarget)
Q_DECLARE_METATYPE(session::HistoryItem)
Q_DECLARE_METATYPE(session::CallState)
Q_DECLARE_METATYPE(session::Call)
Q_DECLARE_METATYPE(session::CallCommand)
