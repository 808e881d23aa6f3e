#pragma once
// session::AgentGridStore: every agent routing knows, for the supervisor's grid: loaded
// with RoutingService.ListAgents (supervisor role), then kept current from the
// agent_state_changed events routing publishes to the supervisors' topic (one per change
// of an agent: state, reason, next state, the interactions held). A change updates its
// row in place; an agent seen for the first time is appended; nothing is ever reset, so a
// grid of thousands of agents stays where the supervisor scrolled. Reloaded (ListAgents
// again, merged the same way) when the event stream asks for a snapshot.
//
// The directory adds what routing does not know: each agent's skills with proficiency
// (ListAgentProfiles and ListSkills, supervisor role) and the team's name (ListTeams),
// loaded with the agents and again when the directory announces a change of a profile,
// skill or team. Until they arrive, skills are empty and the team is its id.

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
    QList<Interaction> held;    // the interactions counted above (id, channel, customer, state)
    QStringList queueIds;       // queues the agent is eligible for
    QString teamId;
    QString teamName;           // the directory's name; empty until known
    QStringList skills;         // "English (7)", by name, from the directory's profile
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
    // Skills and team names arrived (rows that changed were signalled with rowChanged).
    void directoryLoaded();

private:
    void loadDirectory();
    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace session
