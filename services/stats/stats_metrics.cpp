#include "stats_metrics.h"

#include <algorithm>
#include <limits>

namespace stats {

Millis intervalStartOf(Millis t)
{
    Millis q = t / kIntervalMillis;
    if (t % kIntervalMillis < 0)
        --q;   // floor for times before the epoch
    return q * kIntervalMillis;
}

ServiceLevelVariant serviceLevelVariantFromInt(int protoValue)
{
    switch (protoValue) {
    case 1: return ServiceLevelVariant::AnsweredOfAnswered;
    case 2: return ServiceLevelVariant::WithAbandons;
    case 3: return ServiceLevelVariant::RemovedWithin;
    default: return ServiceLevelVariant::ExcludingShortAbandons;
    }
}

double ratio(double numerator, double denominator)
{
    return denominator > 0 ? numerator / denominator : 0.0;
}

double serviceLevel(const Counters &c, ServiceLevelVariant variant)
{
    switch (variant) {
    case ServiceLevelVariant::AnsweredOfAnswered:
        return ratio(c.answeredWithin, c.answered);
    case ServiceLevelVariant::WithAbandons:
        return ratio(c.answeredWithin + c.abandonedWithin, c.answered + c.abandoned);
    case ServiceLevelVariant::RemovedWithin:
        return ratio(c.removedWithin, c.offered);
    case ServiceLevelVariant::ExcludingShortAbandons:
        break;
    }
    return ratio(c.answeredWithin, c.answered + c.abandoned - c.shortAbandoned);
}

// ---------------------------------------------------------------- MetricsEngine

MetricsEngine::MetricsEngine(Millis dayStart) : m_dayStart(dayStart) {}

void MetricsEngine::startDay(Millis dayStart)
{
    for (auto &[id, a] : m_agents) {
        accrue(a, dayStart);
        a.handleMs = a.idleMs = a.availableMs = a.notReadyMs = 0;
        a.handled = 0;
        a.handledMs = 0;
        a.since = std::max(a.since, dayStart);
    }
    m_today.clear();
    m_dayStart = dayStart;
}

void MetricsEngine::setQueueConfig(const std::string &queueId, const QueueConfig &config)
{
    m_configs[queueId] = config;
}

QueueConfig MetricsEngine::queueConfig(const std::string &queueId) const
{
    const auto it = m_configs.find(queueId);
    return it == m_configs.end() ? QueueConfig{} : it->second;
}

void MetricsEngine::setAgentQueues(const std::string &userId, const std::set<std::string> &queueIds)
{
    Agent &a = m_agents[userId];
    for (const std::string &queueId : a.queues) {
        if (queueIds.count(queueId))
            continue;
        auto &members = m_members[queueId];
        members.erase(std::remove(members.begin(), members.end(), &a), members.end());
    }
    for (const std::string &queueId : queueIds)
        if (!a.queues.count(queueId))
            m_members[queueId].push_back(&a);
    a.queues = queueIds;
}

MetricsEngine::Agent &MetricsEngine::agentRef(const std::string &userId, Millis t)
{
    Agent &a = m_agents[userId];
    if (!a.started) {
        a.started = true;
        a.since = std::max(t, m_dayStart);
    }
    accrue(a, t);
    return a;
}

MetricsEngine::AgentTimes MetricsEngine::timesAt(const Agent &a, Millis now) const
{
    AgentTimes times{a.handleMs, a.idleMs, a.availableMs, a.notReadyMs};
    if (!a.started || now <= a.since)
        return times;
    const Millis dt = now - a.since;
    const bool handling = a.active + a.wrapUp > 0;
    if (handling)
        times.handle += dt;
    else if (a.presence == Presence::Available)
        times.idle += dt;
    if (a.presence == Presence::Available)
        times.available += dt;
    else if (a.presence == Presence::NotReady)
        times.notReady += dt;
    return times;
}

void MetricsEngine::accrue(Agent &a, Millis t)
{
    const AgentTimes times = timesAt(a, t);
    a.handleMs = times.handle;
    a.idleMs = times.idle;
    a.availableMs = times.available;
    a.notReadyMs = times.notReady;
    a.since = std::max(a.since, t);
}

template <typename Fn> void MetricsEngine::count(const std::string &queueId, Millis t, Fn fn)
{
    if (t >= m_dayStart)
        fn(m_today[queueId]);
    fn(m_intervals[queueId][intervalStartOf(t)]);
}

// Removed-within is a cohort figure: credited to the period the interaction ENTERED.
void MetricsEngine::countRemovedWithin(const Interaction &i, Millis t)
{
    const Millis threshold = Millis(queueConfig(i.queueId).thresholdSeconds) * 1000;
    if (t - i.enteredQueue > threshold)
        return;
    if (i.enteredQueue >= m_dayStart)
        ++m_today[i.queueId].removedWithin;
    ++m_intervals[i.queueId][intervalStartOf(i.enteredQueue)].removedWithin;
}

void MetricsEngine::enter(Interaction &i, const std::string &queueId, Millis t)
{
    i.queueId = queueId;
    i.enteredQueue = t;
    i.phase = Phase::Waiting;
    i.agent.clear();
    m_waiting[queueId];   // a queue seen is listed even before its config
    count(queueId, t, [](Counters &c) { ++c.offered; });
}

bool MetricsEngine::enqueued(const std::string &id, const std::string &queueId, Millis t)
{
    if (m_interactions.count(id))
        return false;
    Interaction &i = m_interactions[id];
    enter(i, queueId, t);
    m_waiting[queueId].insert(id);
    return true;
}

bool MetricsEngine::offered(const std::string &id, const std::string &userId, Millis t)
{
    const auto it = m_interactions.find(id);
    if (it == m_interactions.end() || it->second.phase != Phase::Waiting)
        return false;
    Agent &a = agentRef(userId, t);
    ++a.offers;
    it->second.phase = Phase::Offered;
    it->second.agent = userId;
    return true;
}

void MetricsEngine::releaseOffer(Interaction &i, Millis t)
{
    if (i.phase != Phase::Offered)
        return;
    Agent &a = agentRef(i.agent, t);
    a.offers = std::max(0, a.offers - 1);
    i.agent.clear();
    i.phase = Phase::Waiting;
}

bool MetricsEngine::offerWithdrawn(const std::string &id, Millis t)
{
    const auto it = m_interactions.find(id);
    if (it == m_interactions.end() || it->second.phase != Phase::Offered)
        return false;
    releaseOffer(it->second, t);
    return true;
}

bool MetricsEngine::accepted(const std::string &id, const std::string &userId, Millis t)
{
    const auto it = m_interactions.find(id);
    if (it == m_interactions.end()
        || (it->second.phase != Phase::Waiting && it->second.phase != Phase::Offered))
        return false;
    Interaction &i = it->second;
    releaseOffer(i, t);
    const Millis wait = t - i.enteredQueue;
    const bool within = wait <= Millis(queueConfig(i.queueId).thresholdSeconds) * 1000;
    count(i.queueId, t, [&](Counters &c) {
        ++c.answered;
        c.answeredWaitMs += wait;
        if (within)
            ++c.answeredWithin;
    });
    countRemovedWithin(i, t);
    m_waiting[i.queueId].erase(id);
    Agent &a = agentRef(userId, t);
    ++a.active;
    i.phase = Phase::Active;
    i.agent = userId;
    i.acceptedAt = t;
    return true;
}

bool MetricsEngine::ended(const std::string &id, Millis t)
{
    const auto it = m_interactions.find(id);
    if (it == m_interactions.end() || it->second.phase != Phase::Active)
        return false;
    Agent &a = agentRef(it->second.agent, t);
    a.active = std::max(0, a.active - 1);
    ++a.wrapUp;
    it->second.phase = Phase::WrapUp;
    it->second.endedAt = t;
    return true;
}

// The agent's handling of i (accepted -> now, ACW included) is finished at t: counted for
// the queue it was handled in and for the agent, in the period of t.
void MetricsEngine::finishHandling(Interaction &i, Millis t)
{
    Agent &a = agentRef(i.agent, t);
    if (i.phase == Phase::Active)
        a.active = std::max(0, a.active - 1);
    else
        a.wrapUp = std::max(0, a.wrapUp - 1);
    const Millis handle = std::max<Millis>(0, t - i.acceptedAt);
    count(i.queueId, t, [&](Counters &c) {
        ++c.handled;
        c.handleMs += handle;
    });
    if (t >= m_dayStart) {
        ++a.handled;
        a.handledMs += handle;
    }
}

bool MetricsEngine::wrapUpCompleted(const std::string &id, Millis t)
{
    const auto it = m_interactions.find(id);
    if (it == m_interactions.end()
        || (it->second.phase != Phase::Active && it->second.phase != Phase::WrapUp))
        return false;
    finishHandling(it->second, t);
    m_interactions.erase(it);
    return true;
}

bool MetricsEngine::abandoned(const std::string &id, Millis t)
{
    const auto it = m_interactions.find(id);
    if (it == m_interactions.end()
        || (it->second.phase != Phase::Waiting && it->second.phase != Phase::Offered))
        return false;
    Interaction &i = it->second;
    releaseOffer(i, t);
    const QueueConfig config = queueConfig(i.queueId);
    const Millis wait = t - i.enteredQueue;
    count(i.queueId, t, [&](Counters &c) {
        ++c.abandoned;
        if (wait <= Millis(config.thresholdSeconds) * 1000)
            ++c.abandonedWithin;
        if (wait <= Millis(config.shortAbandonSeconds) * 1000)
            ++c.shortAbandoned;
    });
    countRemovedWithin(i, t);
    m_waiting[i.queueId].erase(id);
    m_interactions.erase(it);
    return true;
}

bool MetricsEngine::transferred(const std::string &id, const std::string &toQueueId, Millis t)
{
    const auto it = m_interactions.find(id);
    if (it == m_interactions.end())
        return false;
    Interaction &i = it->second;
    switch (i.phase) {
    case Phase::Active:
    case Phase::WrapUp:
        finishHandling(i, t);   // the source queue and agent count a handled segment
        break;
    case Phase::Offered:
    case Phase::Waiting:
        releaseOffer(i, t);
        count(i.queueId, t, [](Counters &c) { ++c.flowedOut; });
        countRemovedWithin(i, t);
        m_waiting[i.queueId].erase(id);
        break;
    }
    enter(i, toQueueId, t);
    m_waiting[toQueueId].insert(id);
    return true;
}

void MetricsEngine::agentState(const std::string &userId, Presence presence,
                               const std::string &reason, Millis t)
{
    Agent &a = agentRef(userId, t);
    a.presence = presence;
    a.reason = presence == Presence::NotReady ? reason : std::string();
}

// ---------------------------------------------------------------- reads

AgentStateCounts MetricsEngine::agentsByState(const std::string &queueId) const
{
    AgentStateCounts counts;
    auto add = [&counts](const Agent &a) {
        if (a.offers + a.active > 0)
            ++counts.busy;
        else if (a.wrapUp > 0)
            ++counts.wrapUp;
        else if (a.presence == Presence::Available)
            ++counts.available;
        else if (a.presence == Presence::NotReady) {
            ++counts.notReady;
            ++counts.notReadyByReason[a.reason];
        } else
            ++counts.offline;
    };
    if (queueId.empty()) {
        for (const auto &[id, a] : m_agents)
            add(a);
    } else if (const auto members = m_members.find(queueId); members != m_members.end()) {
        for (const Agent *a : members->second)
            add(*a);
    }
    return counts;
}

QueueMetrics MetricsEngine::queue(const std::string &queueId, Millis now) const
{
    QueueMetrics m;
    m.queueId = queueId;
    const QueueConfig config = queueConfig(queueId);
    m.serviceLevelVariant = config.variant;
    m.serviceLevelThresholdSeconds = config.thresholdSeconds;
    m.intervalStart = m_dayStart;

    if (const auto w = m_waiting.find(queueId); w != m_waiting.end()) {
        m.waiting = int(w->second.size());
        for (const std::string &id : w->second) {
            const Millis entered = m_interactions.at(id).enteredQueue;
            if (!m.oldestEnqueuedAt || entered < *m.oldestEnqueuedAt)
                m.oldestEnqueuedAt = entered;
        }
        if (m.oldestEnqueuedAt)
            m.longestWaitSeconds = std::max<Millis>(0, now - *m.oldestEnqueuedAt) / 1000.0;
    }

    if (const auto c = m_today.find(queueId); c != m_today.end())
        m.counters = c->second;
    const Counters &c = m.counters;
    m.offered = c.offered;
    m.answered = c.answered;
    m.abandoned = c.abandoned;
    m.shortAbandoned = c.shortAbandoned;
    m.abandonRate = ratio(c.abandoned, c.offered);
    m.asaSeconds = ratio(c.answeredWaitMs / 1000.0, c.answered);
    m.ahtSeconds = ratio(c.handleMs / 1000.0, c.handled);
    m.serviceLevel = serviceLevel(c, config.variant);

    Millis handle = 0, idle = 0;
    static const std::vector<const Agent *> none;
    const auto members = m_members.find(queueId);
    for (const Agent *member : members == m_members.end() ? none : members->second) {
        const Agent &a = *member;
        const AgentTimes times = timesAt(a, now);
        handle += times.handle;
        idle += times.idle;
    }
    m.occupancy = ratio(double(handle), double(handle + idle));
    m.agents = agentsByState(queueId);
    return m;
}

std::vector<IntervalMetrics> MetricsEngine::intervals(const std::string &queueId) const
{
    std::vector<IntervalMetrics> result;
    const auto q = m_intervals.find(queueId);
    if (q == m_intervals.end())
        return result;
    const ServiceLevelVariant variant = queueConfig(queueId).variant;
    for (const auto &[start, c] : q->second) {
        IntervalMetrics m;
        m.start = start;
        m.queueId = queueId;
        m.offered = c.offered;
        m.answered = c.answered;
        m.abandoned = c.abandoned;
        m.serviceLevel = serviceLevel(c, variant);
        m.ahtSeconds = ratio(c.handleMs / 1000.0, c.handled);
        m.asaSeconds = ratio(c.answeredWaitMs / 1000.0, c.answered);
        m.counters = c;
        result.push_back(m);
    }
    return result;
}

AgentMetrics MetricsEngine::agent(const std::string &userId, Millis now) const
{
    AgentMetrics m;
    m.userId = userId;
    const auto it = m_agents.find(userId);
    if (it == m_agents.end())
        return m;
    const Agent &a = it->second;
    const AgentTimes times = timesAt(a, now);
    m.handled = a.handled;
    m.ahtSeconds = ratio(a.handledMs / 1000.0, a.handled);
    m.occupancy = ratio(double(times.handle), double(times.handle + times.idle));
    m.availableSeconds = times.available / 1000.0;
    m.notReadySeconds = times.notReady / 1000.0;
    m.handleSeconds = times.handle / 1000.0;
    m.idleSeconds = times.idle / 1000.0;
    return m;
}

std::vector<std::string> MetricsEngine::queueIds() const
{
    std::set<std::string> ids;
    for (const auto &[id, c] : m_configs)
        ids.insert(id);
    for (const auto &[id, w] : m_waiting)
        ids.insert(id);
    return {ids.begin(), ids.end()};
}

std::vector<std::string> MetricsEngine::agentIds() const
{
    std::vector<std::string> ids;
    for (const auto &[id, a] : m_agents)
        ids.push_back(id);
    return ids;
}

void MetricsEngine::dropIntervalsBefore(Millis start)
{
    for (auto &[queueId, byStart] : m_intervals)
        byStart.erase(byStart.begin(), byStart.lower_bound(start));
}

// ---------------------------------------------------------------- Coalescer

void Coalescer::markChanged(const std::string &key, Millis now)
{
    if (m_pending.count(key))
        return;   // already due at its time
    const auto last = m_lastEmit.find(key);
    const Millis due = (last == m_lastEmit.end() || now - last->second >= m_window)
        ? now
        : last->second + m_window;
    m_pending[key] = due;
}

std::vector<std::string> Coalescer::takeDue(Millis now)
{
    std::vector<std::string> due;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->second <= now) {
            due.push_back(it->first);
            m_lastEmit[it->first] = now;
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    return due;
}

std::optional<Millis> Coalescer::nextDue() const
{
    std::optional<Millis> next;
    for (const auto &[key, due] : m_pending)
        if (!next || due < *next)
            next = due;
    return next;
}

} // namespace stats
