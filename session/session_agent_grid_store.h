#pragma once
// session::AgentGridStore: every agent routing knows, for the supervisor's grid: loaded
// with RoutingService.ListAgents (supervisor role), then kept current from the
// agent_state_changed events routing publishes to the supervisors' topic (one per change
// of an agent: state, reason, next state, the interactions held). A change updates its
// row in place; an agent seen for the first time is appended; nothing is ever reset, so a
// grid of thousands of agents stays where the supervisor scrolled. Reloaded (ListAgents
// again, merged the same way) when the event stream asks for a snapshot.

#include "session_agent_types.h"
#include "session_event_stream.h"

#include <QObject>

#include <memory>

namespace session {

class Connection;

struct AgentRow {
    QString userId;
    QString username;
    AgentState state = AgentState::Unspecified;
    QString reasonCodeId;       // Not Ready's reason
    QDateTime since;            // the state's start (UTC): time in state ticks from here
    AgentState nextState = AgentState::Unspecified;
    QString nextReasonCodeId;
    int interactions = 0;       // offered, active or in wrap-up
    QList<Channel> interactionChannels;
    QStringList queueIds;       // queues the agent is eligible for
    QString teamId;
};

class AgentGridStore : public QObject {
    Q_OBJECT
public:
    AgentGridStore(Connection &connection, EventStream &events, QObject *parent = nullptr);
    ~AgentGridStore() override;

    // ListAgents; loaded() or loadFailed() follows. Events are applied from construction.
    void load();
    bool isLoaded() const;
    int count() const;
    const AgentRow &at(int row) const;
    int indexOf(const QString &userId) const;   // -1 when unknown

signals:
    void rowsAboutToBeAdded(int first, int last);
    void rowsAdded(int first, int last);
    void rowChanged(int row);
    void loaded();
    void loadFailed(const QString &error);

private:
    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace session
