#pragma once
// app::InteractionHandle: one interaction of the signed-in agent's stores as a module
// sees it (modules::api::InteractionHandle). Properties come from the InteractionStore,
// messages from the TranscriptStore (opened when the handle is made), the draft from
// the DraftStore. Only the server's messages are exposed: they only grow at the end or
// change in place, as the API promises; a refused send is reported by actionFinished().

#include "api_interaction_handle.h"
#include "session_agent_types.h"

namespace session { class Session; }

namespace app {

class InteractionHandle : public modules::api::InteractionHandle {
    Q_OBJECT
public:
    InteractionHandle(session::Session &session, const QString &interactionId, QObject *parent = nullptr);

    QString id() const override { return m_id; }
    QString channel() const override;
    QString customerName() const override;
    QString customerAddress() const override;
    QString subject() const override;
    State state() const override;
    bool isCustomerTyping() const override;
    int messageCount() const override;
    modules::api::Message message(int index) const override;
    modules::api::ActionResult sendMessage(const QString &text) override;
    void setTyping(bool typing) override;
    QString draft() const override;
    void setDraft(const QString &text) override;
    QList<modules::api::CannedResponse> cannedResponses() const override;
    modules::api::ActionResult sendEmail(const modules::api::EmailReply &reply) override;
    modules::api::CallInfo call() const override;
    modules::api::ActionResult callAction(modules::api::CallAction action, const QString &argument = {}) override;
    QList<modules::api::TransferTarget> transferTargets() const override;
    void refreshTransferTargets() override;
    modules::api::ActionResult transfer(const modules::api::TransferTarget &target) override;

    static QString channelName(session::Channel channel);
    static State toApiState(session::InteractionState state);

    // The store changed this interaction's row: signals what differs.
    void refresh();

private:
    const session::Interaction *current() const;

    session::Session &m_session;
    const QString m_id;
    session::Interaction m_last;    // what was signalled, to emit only real changes
    int m_announced = 0;            // messages the module was told about
    quint64 m_nextRequest = 0;
};

} // namespace app
