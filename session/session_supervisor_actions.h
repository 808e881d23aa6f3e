#pragma once
// session::SupervisorActions: what a supervisor does to agents and their interactions.
// Routing's ForceAgentState and ForceSignOut; conversation's StartMonitoring, Whisper and
// Barge. The server enforces the roles (an agent gets PERMISSION_DENIED), audits every
// action and tells the agent; this class only asks and reports the outcome with the
// server's own words.
//
// Monitoring is live and read-only: once StartMonitoring is accepted the server sends the
// interaction's message_added (and, for a call, call_changed) events to this user too,
// and the session's TranscriptStore (chat, SMS, e-mail) and CallStore (voice) keep the
// view current; startMonitoring opens both for the interaction.
//
//   SupervisorActions actions(session);
//   connect(&actions, &SupervisorActions::finished, ...);
//   actions.forceState(agentUserId, AgentState::NotReady, QStringLiteral("reason-lunch"));

#include "session_agent_types.h"

#include <QObject>

#include <functional>
#include <memory>

namespace session {

class Session;

// The outcome of one action: ok, or the server's error (its gRPC status code too, so
// that a view or a test can tell a refusal from an outage).
struct SupervisorResult {
    enum class Action { ForceState, ForceSignOut, Monitor, Whisper, Barge };
    Action action = Action::ForceState;
    QString target;                 // the agent's user id, or the interaction id
    bool ok = false;
    QString error;                  // empty when ok
    int statusCode = 0;             // grpc::StatusCode (0 = OK, 7 = PERMISSION_DENIED, ...)
};

// One entry of the directory's audit log (DirectoryService.ListAuditEntries).
struct AuditItem {
    QString id;
    QDateTime at;                   // UTC
    QString actorUserId;
    QString actorName;
    QString service;                // "routing", "conversation", "directory"
    QString action;                 // "agent.force_state", "conversation.whisper", ...
    QString target;                 // "user:<id>", "interaction:<id>", ...
    QString details;
};

class SupervisorActions : public QObject {
    Q_OBJECT
public:
    explicit SupervisorActions(Session &session, QObject *parent = nullptr);
    ~SupervisorActions() override;

    // ForceAgentState: Available, Not Ready (a reason code of the directory) or Offline.
    void forceState(const QString &userId, AgentState state, const QString &reasonCodeId = {});
    // ForceSignOut: offers withdrawn, active work back to its queue, the agent Offline.
    void forceSignOut(const QString &userId);
    // StartMonitoring, then the transcript (and the call, for voice) kept current.
    void startMonitoring(const QString &interactionId, Channel channel = Channel::Unspecified);
    // A message only the agent (and the supervisors monitoring) see.
    void whisper(const QString &interactionId, const QString &text);
    // The supervisor joins: the customer sees them (a system message; on a call, a party).
    void barge(const QString &interactionId);

    // ListAuditEntries (newest first); `search` matches the action, target, details,
    // actor or service. `done` gets the entries, or the server's error.
    using AuditCallback = std::function<void(const QList<AuditItem> &entries, const QString &error)>;
    void listAudit(const QString &search, AuditCallback done);

signals:
    void finished(const session::SupervisorResult &result);

private:
    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace session

Q_DECLARE_METATYPE(session::SupervisorResult)
