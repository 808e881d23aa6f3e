#pragma once
// session::AgentStore: the signed-in agent's own routing state (RoutingService.GetMyAgent,
// then agent_state_changed events for this user) and the reason codes of the directory.
// Changes only from server answers and events; setState() asks, the answer updates.

#include "session_agent_types.h"
#include "session_event_stream.h"

#include <QObject>

#include <functional>
#include <memory>

namespace switchboard::v1 { class AgentSnapshot; }

namespace session {

class CommandJournal;
class Connection;

class AgentStore : public QObject {
    Q_OBJECT
public:
    AgentStore(Connection &connection, const QString &userId, QObject *parent = nullptr);
    ~AgentStore() override;

    bool isLoaded() const;                  // a snapshot arrived at least once
    AgentState state() const;
    QString reasonCodeId() const;           // Not Ready only
    QDateTime stateSince() const;           // for "time in state"
    // The state chosen while busy, applied by the server when the agent is free;
    // Unspecified when none is pending.
    AgentState nextState() const;
    QString nextReasonCodeId() const;
    QList<Channel> loadedChannels() const;
    QStringList queueIds() const;           // queues the agent is eligible for

    QList<Code> reasonCodes() const;
    QString reasonLabel(const QString &reasonCodeId) const;  // the id when unknown

    // SetAgentState; reasonCodeId is required for NotReady. `done` (optional) and, on
    // failure, commandFailed() tell the outcome; the state itself changes from the answer.
    // With a journal (setJournal), a change the server could not decide (unreachable) is
    // journaled: `done` gets ok=false with CommandJournal::queuedMessage(), and
    // hasPendingState() shows it until it is replayed. While changes are pending, a new
    // one queues behind them so that the server applies them in the order given.
    void setState(AgentState state, const QString &reasonCodeId = {}, bool whenFree = false,
                  CommandCallback done = {});
    // The channels this client can show (a panel module for each is installed): routing
    // offers only those (SetLoadedChannels). Sent again when the modules change.
    void setLoadedChannels(const QList<Channel> &channels, CommandCallback done = {});

    // Where unreachable state changes go (owned by the Session); nullptr: none, they fail.
    void setJournal(CommandJournal *journal);
    // A state change journaled and not sent yet (the newest one): what the agent asked for.
    bool hasPendingState() const;
    AgentState pendingState() const;        // Unspecified when none
    QString pendingReasonCodeId() const;

    // GetMyAgent and ListReasonCodes again (after snapshotRequired, or at start). The
    // same GetMyAgent answer carries the agent's interactions: `alsoApply` hands it on
    // (to the InteractionStore), so one snapshot is fetched, not two.
    using SnapshotConsumer = std::function<void(const switchboard::v1::AgentSnapshot &)>;
    void reload(SnapshotConsumer alsoApply = {});
    // agent_state_changed events of this user in `batch`; one changed() per batch.
    void applyEvents(const EventBatchPtr &batch);

signals:
    void changed();                         // state, reason, since, next state or channels
    void reasonCodesChanged();
    void commandFailed(const QString &error);

private:
    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace session
