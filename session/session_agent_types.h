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
