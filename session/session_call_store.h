#pragma once
// session::CallStore: the voice calls of the agent's voice interactions
// (ConversationService.GetCall once when opened, then call_changed events), and call
// control (CallAction). The session opens the call of every voice interaction the
// InteractionStore holds and closes it when the interaction leaves; open() is there for
// views that want a call the agent does not hold (it is idempotent).
//
// Call control and routing go together (docs/conversation.md): a CompleteTransfer is
// CallAction(COMPLETE_TRANSFER) followed by RoutingService.TransferInteraction to the
// consulted target, and a HangUp is CallAction(HANG_UP) followed by EndInteraction (to
// wrap-up); `done` reports the outcome of both steps.

#include "session_agent_types.h"
#include "session_event_stream.h"

#include <QObject>

#include <memory>

namespace session {

class Connection;
class InteractionStore;

class CallStore : public QObject {
    Q_OBJECT
public:
    CallStore(Connection &connection, const QString &userId, InteractionStore &interactions,
              QObject *parent = nullptr);
    ~CallStore() override;

    // Starts keeping the call current and loads it (GetCall) once.
    void open(const QString &interactionId);
    void close(const QString &interactionId);
    bool has(const QString &interactionId) const;          // open
    QStringList openIds() const;
    // State None until the server told (a voice interaction still waiting has no call).
    Call call(const QString &interactionId) const;

    // CallAction. `argument`: the digits for SendDtmf; the agent user id or queue id for
    // Consult; for CompleteTransfer the target to transfer to (empty: the one consulted
    // last from this client). The answer is applied like a call_changed event (by
    // version); failures go to `done` and commandFailed().
    void command(const QString &interactionId, CallCommand command, const QString &argument = {},
                 CommandCallback done = {});

    // GetCall again for every open call (after snapshotRequired).
    void reload();
    void applyEvents(const EventBatchPtr &batch);

signals:
    void callChanged(const QString &interactionId);
    void commandFailed(const QString &interactionId, const QString &error);

private:
    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace session
