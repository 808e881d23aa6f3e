#pragma once
// modules::api::InteractionHandle: one interaction (a chat, an email thread, a call)
// as a module sees it.

#include "api_call.h"
#include "api_global.h"
#include "api_message.h"

#include <QList>
#include <QObject>
#include <QString>

namespace modules::api {

/*!
    An interaction, as the session holds it, seen through properties, signals and
    actions. Implemented by the application (and by tests); a module never
    implements it and never deletes it.

    The handle is the only copy of the interaction's state that matters: the
    transcript, the customer, the draft. A module's views read from it and write
    the agent's input back to it as it is typed, so that replacing the module (or a
    crash of the client) loses nothing.

    Messages form a list that only grows at the end or changes in place:
    messagesInserted() reports new rows, messageChanged() a change of one row (its
    delivery state, typically). A view keeps a row count of its own and appends; it
    never needs a reset.

    All functions are called in the GUI thread. The handle may be destroyed while a
    view shows it (the interaction ended and was closed by the application): connect
    to QObject::destroyed(), or hold it in a QPointer.
*/
class SWITCHBOARD_MODULE_API InteractionHandle : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString id READ id CONSTANT)
    Q_PROPERTY(QString channel READ channel CONSTANT)
    Q_PROPERTY(QString customerName READ customerName NOTIFY customerChanged)
    Q_PROPERTY(QString customerAddress READ customerAddress NOTIFY customerChanged)
    Q_PROPERTY(QString subject READ subject NOTIFY subjectChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool customerTyping READ isCustomerTyping NOTIFY customerTypingChanged)
    Q_PROPERTY(QString draft READ draft WRITE setDraft NOTIFY draftChanged)
public:
    enum class State {
        Offered,    //!< offered to the agent, not accepted yet
        Active,     //!< the agent handles it
        WrapUp,     //!< ended, in after-contact work: read-only transcript
        Closed,     //!< done
    };
    Q_ENUM(State)

    explicit InteractionHandle(QObject *parent = nullptr);
    ~InteractionHandle() override;

    virtual QString id() const = 0;
    //! "chat", "sms", "email" or "voice"
    virtual QString channel() const = 0;
    virtual QString customerName() const = 0;
    //! an address on the channel: a phone number, an email address, a chat visitor id
    virtual QString customerAddress() const = 0;
    virtual QString subject() const = 0;
    virtual State state() const = 0;
    virtual bool isCustomerTyping() const = 0;

    //! Number of messages in the transcript.
    virtual int messageCount() const = 0;
    //! Message \a index, 0 <= index < messageCount(); a default Message otherwise.
    virtual Message message(int index) const = 0;

    /*!
        Sends \a text to the customer. Refused at once (ActionResult::error) when the
        interaction is not active or the text is empty; otherwise the message appears
        in the transcript (messagesInserted(), Delivery::Pending) and actionFinished()
        reports the outcome. Sending does not clear the draft: the view does that
        with setDraft() once the action is accepted.
    */
    virtual ActionResult sendMessage(const QString &text) = 0;

    //! Tells the customer whether the agent is typing; cheap to call on every key.
    virtual void setTyping(bool typing) = 0;

    //! The unsent text of the agent, kept by the session (saved as it is typed).
    virtual QString draft() const = 0;
    //! Replaces the draft; emits draftChanged() only if it changed.
    virtual void setDraft(const QString &text) = 0;

    //! Canned responses that apply to this interaction (its queue, its channel).
    virtual QList<CannedResponse> cannedResponses() const = 0;

    /*!
        Sends an email on an email interaction: a reply (or reply to all) in its thread.
        Refused at once when it is not an active email, the text or the subject is
        empty; otherwise it behaves like sendMessage().
    */
    virtual ActionResult sendEmail(const EmailReply &reply) = 0;

    /*!
        The call of a voice interaction; CallInfo::State::None for other channels and
        until the session knows it. callChanged() follows every change.
    */
    virtual CallInfo call() const = 0;
    /*!
        Asks the server to act on the call. Refused at once when this is not a voice
        interaction, the call is not live, or the argument is missing (the digits of
        SendDtmf, the target of Consult); otherwise the outcome comes with
        actionFinished() and the new state with callChanged().
    */
    virtual ActionResult callAction(CallAction action, const QString &argument = {}) = 0;

    /*!
        Queues and colleagues this interaction can be transferred or consulted to, as
        last loaded; refreshTransferTargets() loads them again and
        transferTargetsChanged() follows.
    */
    virtual QList<TransferTarget> transferTargets() const = 0;
    virtual void refreshTransferTargets() = 0;
    /*!
        Hands the interaction to a queue or a colleague (a blind transfer): it leaves
        this agent when the server accepts. Refused at once when it is not active.
    */
    virtual ActionResult transfer(const TransferTarget &target) = 0;

Q_SIGNALS:
    //! Messages \a first..\a last (inclusive) were inserted.
    void messagesInserted(int first, int last);
    //! Message \a index changed (delivery state, an edit).
    void messageChanged(int index);
    void customerChanged();
    void subjectChanged();
    void stateChanged(modules::api::InteractionHandle::State state);
    void customerTypingChanged(bool typing);
    void draftChanged(const QString &draft);
    //! The action accepted as \a requestId finished; \a error is empty on success.
    void actionFinished(quint64 requestId, const QString &error);
    //! The call changed (voice only): read call() again.
    void callChanged();
    void transferTargetsChanged();
};

} // namespace modules::api
