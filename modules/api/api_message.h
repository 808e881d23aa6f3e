#pragma once
// modules::api::Message and CannedResponse: the value types a module reads from the session.

#include "api_global.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace modules::api {

/*!
    One message of an interaction's transcript, as the session holds it.

    A plain value: copy it, do not keep pointers into it. Fields that do not apply to
    a channel are empty (the email fields for a chat). Within an API major version no
    field is ever removed or changed; fields the SDK does not have yet arrive in
    \c extra.
*/
struct SWITCHBOARD_MODULE_API Message {
    Q_GADGET
public:
    enum class Direction {
        Inbound,    //!< from the customer
        Outbound,   //!< from the agent (or an agent before a transfer)
        System,     //!< a notice of the application ("transferred from Queue Sales")
    };
    Q_ENUM(Direction)

    enum class Delivery {
        None,       //!< inbound and system messages
        Pending,    //!< handed to the session, not yet accepted by the server
        Sent,       //!< accepted by the server
        Delivered,  //!< reached the customer's device
        Read,       //!< the customer has seen it
        Failed,     //!< could not be sent; \c error says why
    };
    Q_ENUM(Delivery)

    int index = -1;             //!< position in the transcript, 0-based
    Direction direction = Direction::Inbound;
    QString author;             //!< display name
    QString text;               //!< plain text
    QDateTime time;             //!< when the server received it (UTC)
    Delivery delivery = Delivery::None;
    QString error;              //!< why delivery failed, for Delivery::Failed

    // email
    QString subject;
    QString quoted;             //!< quoted text of the message replied to
    QStringList to;
    QStringList cc;
    QStringList attachments;    //!< file names of the attachments (email)

    QVariantMap extra;          //!< fields added after this SDK version

    bool isFromCustomer() const { return direction == Direction::Inbound; }
};

/*!
    A prepared answer an agent can insert: \c title in menus, \c text inserted into the
    editor, \c shortcut typed as "/shortcut" in an editor expands to \c text.
*/
struct CannedResponse {
    QString title;
    QString text;
    QString shortcut;   //!< without the slash; may be empty
};

/*!
    An email the agent sends on an email interaction (InteractionHandle::sendEmail()).
    The recipients follow from the thread: the customer, and with \c replyAll also the
    To and Cc of the last inbound message, as the session decides.
*/
struct EmailReply {
    QString text;           //!< the new text, without the quotation
    QString subject;        //!< "Re: ..." as the agent left it; required
    bool replyAll = false;
    QString quoted;         //!< the quoted text of the message replied to
    QStringList attachments;    //!< file names to attach
};

/*!
    Where an interaction can be transferred to (InteractionHandle::transferTargets()):
    a queue that takes its channel, or a signed-in colleague.
*/
struct TransferTarget {
    enum class Kind { Queue, Agent };
    Kind kind = Kind::Queue;
    QString id;             //!< queue id or agent user id
    QString name;           //!< what people read
    QString detail;         //!< "3 waiting", "Available", "Not Ready — Lunch"
    bool available = true;  //!< an agent who can take it now; queues always are

    friend bool operator==(const TransferTarget &, const TransferTarget &) = default;
};

/*!
    The immediate answer to an action on an interaction (InteractionHandle::sendMessage()).

    An action is either refused at once (\c error set, nothing was done) or accepted
    with a \c requestId; its completion is then reported by
    InteractionHandle::actionFinished() with the same id, with an error if it failed
    later. A failure is therefore always visible to the module.
*/
struct ActionResult {
    quint64 requestId = 0;
    QString error;

    bool ok() const { return error.isEmpty(); }
    static ActionResult accepted(quint64 id) { return {id, {}}; }
    static ActionResult refused(const QString &reason) { return {0, reason}; }
};

} // namespace modules::api

Q_DECLARE_METATYPE(modules::api::Message)
Q_DECLARE_METATYPE(modules::api::CannedResponse)
Q_DECLARE_METATYPE(modules::api::EmailReply)
Q_DECLARE_METATYPE(modules::api::TransferTarget)
