#pragma once
// Shared by the routing engine tests: a Listener that writes every callback as one line,
// so that a test asserts the exact sequence of decisions.

#include "routing_engine.h"

#include <QStringList>

namespace routing::test {

inline QString stateName(InteractionState s)
{
    switch (s) {
    case InteractionState::Waiting: return "waiting";
    case InteractionState::Offered: return "offered";
    case InteractionState::Active: return "active";
    case InteractionState::WrapUp: return "wrapup";
    case InteractionState::Completed: return "completed";
    case InteractionState::Abandoned: return "abandoned";
    }
    return "?";
}

inline QString agentStateName(AgentState s)
{
    switch (s) {
    case AgentState::Offline: return "offline";
    case AgentState::Available: return "available";
    case AgentState::NotReady: return "notready";
    }
    return "?";
}

inline QString reasonName(WithdrawReason r)
{
    switch (r) {
    case WithdrawReason::Rejected: return "rejected";
    case WithdrawReason::Timeout: return "timeout";
    case WithdrawReason::Abandoned: return "abandoned";
    case WithdrawReason::AgentUnavailable: return "unavailable";
    }
    return "?";
}

class Recorder : public Listener {
public:
    QStringList events;
    bool recordAgents = true;

    void offered(const InteractionSnapshot &ix, AgentId agent) override
    {
        events << QStringLiteral("offer %1->%2").arg(ix.id).arg(agent);
    }
    void offerWithdrawn(const InteractionSnapshot &ix, AgentId agent, WithdrawReason reason) override
    {
        events << QStringLiteral("withdraw %1 from %2 %3").arg(ix.id).arg(agent).arg(reasonName(reason));
    }
    void interactionChanged(const InteractionSnapshot &ix) override
    {
        QString line = QStringLiteral("%1 %2").arg(ix.id).arg(stateName(ix.state));
        if (ix.agent) line += QStringLiteral(" %1").arg(*ix.agent);
        events << line;
    }
    void agentChanged(const AgentSnapshot &a) override
    {
        if (!recordAgents) return;
        QString line = QStringLiteral("agent %1 %2").arg(a.id).arg(agentStateName(a.state));
        if (!a.reason.empty()) line += QStringLiteral("(%1)").arg(QString::fromStdString(a.reason));
        if (a.pendingState)
            line += QStringLiteral(" pending %1(%2)").arg(agentStateName(*a.pendingState),
                                                          QString::fromStdString(a.pendingReason));
        events << line;
    }
    QStringList take()
    {
        QStringList out;
        out.swap(events);
        return out;
    }
    // Only the offers, in order ("offer ix->agent").
    QStringList takeOffers()
    {
        QStringList out;
        for (const QString &e : take())
            if (e.startsWith("offer ")) out << e;
        return out;
    }
};

inline QueueConfig queue(QueueId id, std::vector<SkillRequirement> required = {}, int priority = 0)
{
    QueueConfig q;
    q.id = id;
    q.required = std::move(required);
    q.priority = priority;
    return q;
}

inline AgentConfig agentConfig(AgentId id, std::vector<AgentSkill> skills = {})
{
    AgentConfig a;
    a.id = id;
    a.skills = std::move(skills);
    return a;
}

} // namespace routing::test
