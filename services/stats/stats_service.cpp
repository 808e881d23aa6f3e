#include "stats_service.h"

#include "stats_erlang_c.h"
#include "stats_metrics.h"
#include "stats_service_thread.h"
#include "stats_store.h"

#include "runtime_auth.h"
#include "runtime_bus.h"
#include "runtime_store.h"
#include "runtime_unary.h"
#include "switchboard/v1/directory.grpc.pb.h"
#include "switchboard/v1/gateway.pb.h"
#include "switchboard/v1/routing.grpc.pb.h"
#include "switchboard/v1/stats.grpc.pb.h"

#include <google/protobuf/util/time_util.h>
#include <grpcpp/grpcpp.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <thread>
#include <unordered_map>

namespace stats {

namespace v1 = switchboard::v1;
using grpc::Status;
using grpc::StatusCode;
using google::protobuf::util::TimeUtil;

namespace {

constexpr int kPeerDeadlineMs = 5000;
constexpr Millis kDayMillis = 24 * 3600 * 1000;
constexpr Millis kPersistEveryMs = 60 * 1000;
constexpr Millis kAlertTickMs = 1000;
constexpr int kMaxTiles = 200;
constexpr size_t kMaxNameLength = 200;

Millis dayStartOf(Millis t)
{
    return t - ((t % kDayMillis) + kDayMillis) % kDayMillis;
}

Millis ms(const google::protobuf::Timestamp &t)
{
    return TimeUtil::TimestampToMilliseconds(t);
}

google::protobuf::Timestamp stamp(Millis t)
{
    return TimeUtil::MillisecondsToTimestamp(t);
}

Status invalid(const std::string &field, const std::string &message)
{
    return Status(StatusCode::INVALID_ARGUMENT, field + ": " + message);
}

std::string number(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

std::string trimmed(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

void warn(const std::string &message)
{
    std::fprintf(stderr, "stats: %s\n", message.c_str());
}

bool validMetric(int metric)
{
    return v1::MetricKind_IsValid(metric) && metric != v1::METRIC_KIND_UNSPECIFIED;
}

// The figures of QueueMetrics that come from the counters (today's).
void applyCounters(QueueMetrics &m, const Counters &c)
{
    m.counters = c;
    m.offered = c.offered;
    m.answered = c.answered;
    m.abandoned = c.abandoned;
    m.shortAbandoned = c.shortAbandoned;
    m.abandonRate = ratio(c.abandoned, c.offered);
    m.asaSeconds = ratio(c.answeredWaitMs / 1000.0, c.answered);
    m.ahtSeconds = ratio(c.handleMs / 1000.0, c.handled);
    m.serviceLevel = serviceLevel(c, m.serviceLevelVariant);
}

double metricValue(int metric, const QueueMetrics &m)
{
    switch (metric) {
    case v1::METRIC_WAITING: return m.waiting;
    case v1::METRIC_LONGEST_WAIT: return m.longestWaitSeconds;
    case v1::METRIC_OFFERED: return m.offered;
    case v1::METRIC_ANSWERED: return m.answered;
    case v1::METRIC_ABANDONED: return m.abandoned;
    case v1::METRIC_ABANDON_RATE: return m.abandonRate;
    case v1::METRIC_ASA: return m.asaSeconds;
    case v1::METRIC_AHT: return m.ahtSeconds;
    case v1::METRIC_SERVICE_LEVEL: return m.serviceLevel;
    case v1::METRIC_OCCUPANCY: return m.occupancy;
    case v1::METRIC_AGENTS_AVAILABLE: return m.agents.available;
    default: return 0;
    }
}

Presence presenceOf(v1::AgentState state)
{
    switch (state) {
    case v1::AGENT_STATE_AVAILABLE: return Presence::Available;
    case v1::AGENT_STATE_NOT_READY: return Presence::NotReady;
    default: return Presence::Offline;
    }
}

bool transient(const Status &status)
{
    return status.error_code() == StatusCode::UNAVAILABLE || status.error_code() == StatusCode::DEADLINE_EXCEEDED
        || status.error_code() == StatusCode::UNAUTHENTICATED;
}

} // namespace

class Service::Impl final : public v1::StatsService::CallbackService {
public:
    explicit Impl(const runtime::ServiceContext &context)
        : m_context(context),
          m_store(context.options.dataDir + "/stats.db"),
          m_engine(dayStartOf(runtime::nowMs())),
          m_thread([this] { return deadline(); }, [this](Millis now) { tick(now); }),
          m_worker([] { return std::optional<Millis>(); }, [](Millis) {})
    {
        if (context.peers) {
            m_directory = v1::DirectoryService::NewStub(context.peers);
            m_routing = v1::RoutingService::NewStub(context.peers);
        }
        const Millis now = runtime::nowMs();
        m_nextMidnight = m_engine.dayStart() + kDayMillis;
        m_nextSecond = now + kAlertTickMs;
        m_nextPersist = nextPersistAfter(now);
        m_store.db().read([&] {
            m_baseToday = m_store.totalsSince(m_engine.dayStart());
            for (const auto &rule : m_store.alertRules())
                m_rules[rule.id()] = rule;
        });
    }

    ~Impl() override { stop(); }

    void start()
    {
        // Subscribed before the seed is read: an event that overtakes the seed is applied
        // first and the older seed copy is skipped by its version.
        m_subscription = m_context.bus.subscribe([this](const v1::Event &event) { onBusEvent(event); });
        m_thread.start();
        m_worker.start();
        m_worker.post([this] { seed(); });
    }

    void stop()
    {
        if (m_stopped)
            return;
        m_stopped = true;
        m_subscription.reset();
        m_stopping = true;
        m_worker.stop();
        m_thread.stop();
        // The thread has ended: its state is ours now.
        for (auto &task : m_afterSeed)
            task(false);
        m_afterSeed.clear();
        try {
            persist(runtime::nowMs(), false);
            m_store.db().flush();
        } catch (const std::exception &e) {
            warn(std::string("cannot save the intervals to stats.db: ") + e.what());
        }
    }

    // --- peers ---------------------------------------------------------------------------

    std::unique_ptr<grpc::ClientContext> peerContext()
    {
        auto ctx = std::make_unique<grpc::ClientContext>();
        ctx->set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(kPeerDeadlineMs));
        const std::string token = m_context.serviceToken ? m_context.serviceToken() : std::string();
        if (!token.empty())
            ctx->AddMetadata("authorization", "Bearer " + token);
        return ctx;
    }

    // On the worker: reads the queues from the directory and routing's agents and
    // interactions, then hands them to the service thread. Retries while the peers are
    // not reachable yet (a few seconds at most); a service that is not hosted at all
    // (UNIMPLEMENTED) is taken as "nothing to seed".
    void seed()
    {
        v1::ListQueuesResponse queues;
        v1::ListAgentsResponse agents;
        v1::ListWaitingResponse waiting;
        bool queuesOk = false, agentsOk = false, waitingOk = false;
        for (int attempt = 0; attempt < 20 && !m_stopping; ++attempt) {
            if (m_directory && !queuesOk) {
                queues.Clear();
                const Status s = m_directory->ListQueues(peerContext().get(), {}, &queues);
                queuesOk = s.ok() || !transient(s);
                if (!s.ok() && queuesOk)
                    warn("cannot read the queues from the directory: " + s.error_message());
            }
            if (m_routing && !agentsOk) {
                agents.Clear();
                const Status s = m_routing->ListAgents(peerContext().get(), {}, &agents);
                agentsOk = s.ok() || !transient(s);
                if (!s.ok() && agentsOk)
                    warn("cannot read the agents from routing: " + s.error_message());
            }
            if (m_routing && !waitingOk) {
                waiting.Clear();
                const Status s = m_routing->ListWaiting(peerContext().get(), {}, &waiting);
                waitingOk = s.ok() || !transient(s);
                if (!s.ok() && waitingOk)
                    warn("cannot read the waiting interactions from routing: " + s.error_message());
            }
            if ((queuesOk || !m_directory) && ((agentsOk && waitingOk) || !m_routing))
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
        }
        m_thread.post([this, queues = std::move(queues), agents = std::move(agents), waiting = std::move(waiting)] {
            applySeed(queues, agents, waiting);
        });
    }

    // On the worker, for a directory_changed about a queue.
    void refreshQueue(const std::string &id, bool deleted)
    {
        if (deleted || !m_directory) {
            m_thread.post([this, id] { queueDeleted(id); });
            return;
        }
        v1::GetQueueRequest request;
        request.set_id(id);
        v1::Queue queue;
        const Status s = m_directory->GetQueue(peerContext().get(), request, &queue);
        if (!s.ok()) {
            if (s.error_code() == StatusCode::NOT_FOUND)
                m_thread.post([this, id] { queueDeleted(id); });
            else
                warn("cannot read queue '" + id + "' from the directory: " + s.error_message());
            return;
        }
        m_thread.post([this, queue = std::move(queue)] {
            applyQueue(queue);
            markQueue(queue.id());
        });
    }

    // --- the bus -------------------------------------------------------------------------

    // On the publishing thread: only copies and posts. The time of a fact is the moment
    // of delivery: the bus delivers on the publishing thread right after stamping the
    // event, and Event.at has whole seconds only (protobuf's GetCurrentTime), too coarse
    // for waits. Routing's own millisecond stamps win where the interaction has them.
    void onBusEvent(const v1::Event &event)
    {
        const Millis at = std::max(ms(event.at()), runtime::nowMs());
        switch (event.payload_case()) {
        case v1::Event::kInteractionChanged:
            // Routing publishes the same change once per topic: take the supervisors' copy.
            if (event.topic() != "role:supervisor")
                return;
            m_thread.post([this, event, at] { applyInteraction(event.interaction_changed().interaction(), at); });
            return;
        case v1::Event::kOfferWithdrawn:
            m_thread.post([this, event, at] { applyWithdrawn(event.offer_withdrawn(), at); });
            return;
        case v1::Event::kAgentStateChanged:
            if (event.topic() != "role:supervisor")
                return;
            m_thread.post([this, event, at] { applyAgent(event.agent_state_changed().agent(), at); });
            return;
        case v1::Event::kDirectoryChanged:
            if (event.directory_changed().kind() == "queue")
                m_worker.post([this, id = event.directory_changed().id(), deleted = event.directory_changed().deleted()] {
                    refreshQueue(id, deleted);
                });
            return;
        default:
            return;
        }
    }

    // --- the engine (service thread) -----------------------------------------------------

    struct QueueInfo {
        std::string name;
        double targetServiceLevel = 0.8;
        bool fromDirectory = false;
        bool deleted = false;
    };
    struct Tracked {
        v1::InteractionState state = v1::INTERACTION_STATE_WAITING;
        std::string queueId;
        std::string agent;
        std::int64_t version = 0;
    };

    void applyQueue(const v1::Queue &queue)
    {
        QueueInfo &info = m_queues[queue.id()];
        info.name = queue.name();
        info.targetServiceLevel = queue.service_level_target() > 0 ? queue.service_level_target() : 0.8;
        info.fromDirectory = true;
        info.deleted = false;
        QueueConfig config;
        config.variant = serviceLevelVariantFromInt(int(queue.service_level_variant()));
        config.thresholdSeconds = queue.service_level_threshold_seconds() > 0 ? queue.service_level_threshold_seconds() : 20;
        config.shortAbandonSeconds = std::max(0, queue.short_abandon_seconds());
        m_engine.setQueueConfig(queue.id(), config);
    }

    // A deleted queue leaves snapshots and deltas; what it had raised is cleared.
    void queueDeleted(const std::string &id)
    {
        m_queues[id].deleted = true;
        const Millis now = runtime::nowMs();
        for (auto it = m_raised.begin(); it != m_raised.end();) {
            const auto rule = m_rules.find(it->first);
            if (it->second != id || rule == m_rules.end()) {
                ++it;
                continue;
            }
            publishAlert(rule->second, id, 0, true, now);
            it = m_raised.erase(it);
        }
    }

    void applySeed(const v1::ListQueuesResponse &queues, const v1::ListAgentsResponse &agents,
                   const v1::ListWaitingResponse &waiting)
    {
        for (const auto &q : queues.queues())
            applyQueue(q);

        // What the seed adds to the intervals was counted before a restart already (it is
        // in stats.db): take it off the stored base so that nothing counts twice.
        const auto before = engineIntervals();
        std::map<std::string, v1::Interaction> inFlight;
        auto take = [&](const v1::Interaction &i) {
            auto &slot = inFlight[i.id()];
            if (slot.id().empty() || i.version() > slot.version())
                slot = i;
        };
        for (const auto &i : waiting.interactions())
            take(i);
        for (const auto &a : agents.agents())
            for (const auto &i : a.interactions())
                take(i);
        const Millis now = runtime::nowMs();
        for (const auto &[id, interaction] : inFlight)
            applyInteraction(interaction, now);
        const auto after = engineIntervals();
        for (const auto &[key, counters] : after) {
            const auto old = before.find(key);
            const Counters added = old == before.end() ? counters : subtractClamped(counters, old->second);
            if (isZero(added))
                continue;
            Counters &base = baseOf(key);
            const Counters taken = base + Counters{} ;   // copy
            base = subtractClamped(base, added);
            if (key.second >= m_engine.dayStart()) {
                const Counters removed = subtractClamped(taken, base);
                m_baseToday[key.first] = subtractClamped(m_baseToday[key.first], removed);
            }
        }
        for (const auto &a : agents.agents())
            applyAgent(a, now);

        m_seeded = true;
        for (auto &task : m_afterSeed)
            task(true);
        m_afterSeed.clear();
        for (const auto &id : visibleQueues())
            markQueue(id);
    }

    std::map<IntervalKey, Counters> engineIntervals() const
    {
        std::map<IntervalKey, Counters> result;
        for (const std::string &q : m_engine.queueIds())
            for (const auto &i : m_engine.intervals(q))
                result[{q, i.start}] = i.counters;
        return result;
    }

    // The counts of an interval from before this process started (stats.db), read once.
    Counters &baseOf(const IntervalKey &key)
    {
        auto it = m_base.find(key);
        if (it == m_base.end()) {
            const auto stored = m_store.db().read([&] { return m_store.interval(key); });
            it = m_base.emplace(key, stored.value_or(Counters{})).first;
        }
        return it->second;
    }

    // Maps one routing change onto engine facts. t: when it happened (the delivery of the
    // event, or the seed's time); routing's own stamps of a transition win where present.
    void applyInteraction(const v1::Interaction &p, Millis t)
    {
        const std::string &id = p.id();
        if (id.empty() || p.queue_id().empty())
            return;
        auto it = m_tracked.find(id);
        if (it != m_tracked.end() && p.version() != 0 && p.version() <= it->second.version)
            return;   // an older copy (the seed or a reordered event)
        const auto state = p.state();
        const bool final = state == v1::INTERACTION_STATE_COMPLETED || state == v1::INTERACTION_STATE_ABANDONED;
        // Routing's own stamp of a transition (never later than the event).
        auto when = [&](bool has, const google::protobuf::Timestamp &ts) { return has ? std::min(ms(ts), t) : t; };
        std::set<std::string> agents;
        if (it == m_tracked.end()) {
            if (final)
                return;   // never seen while it lived
            m_engine.enqueued(id, p.queue_id(), when(p.has_enqueued_at(), p.enqueued_at()));
            it = m_tracked.emplace(id, Tracked{v1::INTERACTION_STATE_WAITING, p.queue_id(), {}, 0}).first;
        }
        Tracked &tr = it->second;
        tr.version = p.version();
        if (!tr.agent.empty())
            agents.insert(tr.agent);
        if (p.queue_id() != tr.queueId) {
            // Transferred into another queue: it waits there from the transfer on.
            m_engine.transferred(id, p.queue_id(), t);
            markQueue(tr.queueId);
            tr.queueId = p.queue_id();
            tr.state = v1::INTERACTION_STATE_WAITING;
            tr.agent.clear();
        }
        const std::string agent = p.agent_user_id().empty() ? tr.agent : p.agent_user_id();
        if (!agent.empty())
            agents.insert(agent);
        const bool holding = tr.state == v1::INTERACTION_STATE_ACTIVE || tr.state == v1::INTERACTION_STATE_WRAP_UP;
        const bool waiting = tr.state == v1::INTERACTION_STATE_WAITING || tr.state == v1::INTERACTION_STATE_OFFERED;
        switch (state) {
        case v1::INTERACTION_STATE_WAITING:
            if (tr.state == v1::INTERACTION_STATE_OFFERED)
                m_engine.offerWithdrawn(id, t);
            else if (holding)
                m_engine.transferred(id, tr.queueId, t);   // back into its queue
            tr.agent.clear();
            break;
        case v1::INTERACTION_STATE_OFFERED:
            if (tr.state == v1::INTERACTION_STATE_OFFERED && tr.agent != agent)
                m_engine.offerWithdrawn(id, t);
            else if (holding)
                m_engine.transferred(id, tr.queueId, t);   // to another agent: a new offer to the queue
            if (!(tr.state == v1::INTERACTION_STATE_OFFERED && tr.agent == agent))
                m_engine.offered(id, agent, when(p.has_offered_at(), p.offered_at()));
            tr.agent = agent;
            break;
        case v1::INTERACTION_STATE_ACTIVE:
            if (holding && tr.agent != agent)
                m_engine.transferred(id, tr.queueId, t);
            if (waiting || (holding && tr.agent != agent))
                m_engine.accepted(id, agent, when(p.has_accepted_at(), p.accepted_at()));
            tr.agent = agent;
            break;
        case v1::INTERACTION_STATE_WRAP_UP:
            if (waiting)
                m_engine.accepted(id, agent, when(p.has_accepted_at(), p.accepted_at()));
            if (tr.state != v1::INTERACTION_STATE_WRAP_UP)
                m_engine.ended(id, when(p.has_ended_at(), p.ended_at()));
            tr.agent = agent;
            break;
        case v1::INTERACTION_STATE_COMPLETED:
            if (waiting)
                m_engine.accepted(id, agent, t);
            m_engine.wrapUpCompleted(id, t);
            break;
        case v1::INTERACTION_STATE_ABANDONED:
            m_engine.abandoned(id, t);
            break;
        default:
            return;
        }
        markQueue(tr.queueId);
        for (const std::string &a : agents)
            markAgent(a);
        if (final)
            m_tracked.erase(it);
        else
            tr.state = state;
    }

    void applyWithdrawn(const v1::OfferWithdrawn &withdrawn, Millis t)
    {
        const auto it = m_tracked.find(withdrawn.interaction_id());
        if (it == m_tracked.end() || it->second.state != v1::INTERACTION_STATE_OFFERED
            || it->second.agent != withdrawn.agent_user_id())
            return;
        m_engine.offerWithdrawn(withdrawn.interaction_id(), t);
        it->second.state = v1::INTERACTION_STATE_WAITING;
        it->second.agent.clear();
        markQueue(it->second.queueId);
        markAgent(withdrawn.agent_user_id());
    }

    void applyAgent(const v1::AgentSnapshot &agent, Millis t)
    {
        if (agent.user_id().empty())
            return;
        std::set<std::string> queues(agent.queue_ids().begin(), agent.queue_ids().end());
        auto &known = m_agentQueues[agent.user_id()];
        for (const auto &q : known)
            markQueue(q);   // left ones lose the agent
        if (known != queues) {
            known = queues;
            m_engine.setAgentQueues(agent.user_id(), queues);
        }
        m_engine.agentState(agent.user_id(), presenceOf(agent.state()),
                            agent.state() == v1::AGENT_STATE_NOT_READY ? agent.reason_code_id() : std::string(), t);
        markAgent(agent.user_id());
    }

    void markQueue(const std::string &queueId)
    {
        if (!queueId.empty())
            m_queueDeltas.markChanged(queueId, runtime::nowMs());
    }

    void markAgent(const std::string &userId)
    {
        if (userId.empty())
            return;
        m_agentDeltas.markChanged(userId, runtime::nowMs());
        if (const auto it = m_agentQueues.find(userId); it != m_agentQueues.end())
            for (const auto &q : it->second)
                markQueue(q);
    }

    bool visible(const std::string &queueId) const
    {
        const auto it = m_queues.find(queueId);
        return it == m_queues.end() || !it->second.deleted;
    }

    std::vector<std::string> visibleQueues() const
    {
        std::set<std::string> ids;
        for (const auto &[id, info] : m_queues)
            if (!info.deleted)
                ids.insert(id);
        for (const auto &id : m_engine.queueIds())
            if (visible(id))
                ids.insert(id);
        return {ids.begin(), ids.end()};
    }

    bool knownQueue(const std::string &queueId)
    {
        if (m_queues.count(queueId))
            return true;
        const auto ids = m_engine.queueIds();
        if (std::find(ids.begin(), ids.end(), queueId) != ids.end())
            return true;
        return m_store.db().read([&] { return m_store.hasQueue(queueId); });
    }

    QueueMetrics queueMetrics(const std::string &queueId, Millis now) const
    {
        QueueMetrics m = m_engine.queue(queueId, now);
        if (const auto base = m_baseToday.find(queueId); base != m_baseToday.end())
            applyCounters(m, m.counters + base->second);
        return m;
    }

    v1::QueueMetrics toProto(const QueueMetrics &m) const
    {
        v1::QueueMetrics p;
        p.set_queue_id(m.queueId);
        if (const auto it = m_queues.find(m.queueId); it != m_queues.end())
            p.set_queue_name(it->second.name);
        p.set_waiting(m.waiting);
        p.set_longest_wait_seconds(m.longestWaitSeconds);
        if (m.oldestEnqueuedAt)
            *p.mutable_oldest_enqueued_at() = stamp(*m.oldestEnqueuedAt);
        p.set_offered(m.offered);
        p.set_answered(m.answered);
        p.set_abandoned(m.abandoned);
        p.set_short_abandoned(m.shortAbandoned);
        p.set_abandon_rate(m.abandonRate);
        p.set_asa_seconds(m.asaSeconds);
        p.set_aht_seconds(m.ahtSeconds);
        p.set_service_level(m.serviceLevel);
        p.set_service_level_variant(v1::ServiceLevelVariant(int(m.serviceLevelVariant)));
        p.set_service_level_threshold_seconds(m.serviceLevelThresholdSeconds);
        p.set_occupancy(m.occupancy);
        auto *agents = p.mutable_agents();
        agents->set_available(m.agents.available);
        agents->set_busy(m.agents.busy);
        agents->set_wrap_up(m.agents.wrapUp);
        agents->set_not_ready(m.agents.notReady);
        agents->set_offline(m.agents.offline);
        for (const auto &[reason, count] : m.agents.notReadyByReason)
            (*agents->mutable_not_ready_by_reason())[reason] = count;
        *p.mutable_interval_start() = stamp(m.intervalStart);
        return p;
    }

    v1::AgentMetrics agentProto(const std::string &userId, Millis now) const
    {
        const AgentMetrics m = m_engine.agent(userId, now);
        v1::AgentMetrics p;
        p.set_user_id(userId);
        p.set_handled(m.handled);
        p.set_aht_seconds(m.ahtSeconds);
        p.set_occupancy(m.occupancy);
        p.set_available_seconds(m.availableSeconds);
        p.set_not_ready_seconds(m.notReadySeconds);
        return p;
    }

    // --- timer ---------------------------------------------------------------------------

    static Millis nextPersistAfter(Millis now)
    {
        return std::min(now + kPersistEveryMs, intervalStartOf(now) + kIntervalMillis);
    }

    std::optional<Millis> deadline() const
    {
        Millis next = std::min({m_nextSecond, m_nextPersist, m_nextMidnight});
        if (const auto due = m_queueDeltas.nextDue())
            next = std::min(next, *due);
        if (const auto due = m_agentDeltas.nextDue())
            next = std::min(next, *due);
        return next;
    }

    void tick(Millis now)
    {
        try {
            if (now >= m_nextMidnight) {
                persist(now, true);
                const Millis midnight = dayStartOf(now);
                m_engine.startDay(midnight);
                m_baseToday.clear();
                m_nextMidnight = midnight + kDayMillis;
                for (const auto &q : visibleQueues())
                    markQueue(q);
                for (const auto &a : m_engine.agentIds())
                    m_agentDeltas.markChanged(a, now);
            }
            if (now >= m_nextPersist) {
                persist(now, true);
                m_nextPersist = nextPersistAfter(now);
            }
        } catch (const std::exception &e) {
            warn(std::string("cannot save the intervals to stats.db: ") + e.what());
            m_nextPersist = now + kPersistEveryMs;
        }
        if (m_seeded)
            publishDue(now);
        if (now >= m_nextSecond) {
            m_nextSecond = now + kAlertTickMs;
            if (m_seeded && !m_rules.empty())
                for (const auto &q : visibleQueues())
                    evaluate(q, queueMetrics(q, now), now);
        }
    }

    void publishDue(Millis now)
    {
        const auto queues = m_queueDeltas.takeDue(now);
        if (!queues.empty()) {
            v1::Event event;
            event.set_topic("role:supervisor");
            auto *changed = event.mutable_queue_metrics_changed();
            for (const auto &q : queues) {
                if (!visible(q))
                    continue;
                const QueueMetrics m = queueMetrics(q, now);
                *changed->add_queues() = toProto(m);
                evaluate(q, m, now);
            }
            if (changed->queues_size() > 0)
                m_context.bus.publish(std::move(event));
        }
        const auto agents = m_agentDeltas.takeDue(now);
        if (!agents.empty()) {
            v1::Event event;
            event.set_topic("role:supervisor");
            auto *changed = event.mutable_agent_metrics_changed();
            for (const auto &a : agents)
                *changed->add_agents() = agentProto(a, now);
            m_context.bus.publish(std::move(event));
        }
    }

    // Writes every interval the engine holds (stored base + what this process counted),
    // then, when `prune`, forgets the closed ones: stats.db has them, and a late count
    // into one (a cohort figure) reloads its base from there.
    void persist(Millis now, bool prune)
    {
        const auto intervals = engineIntervals();
        for (const auto &[key, counters] : intervals)
            baseOf(key);
        m_store.db().transaction([&] {
            for (const auto &[key, counters] : intervals)
                m_store.putInterval(key, m_base.at(key) + counters);
        });
        if (!prune)
            return;
        const Millis current = intervalStartOf(now);
        m_engine.dropIntervalsBefore(current);
        for (auto it = m_base.begin(); it != m_base.end();)
            it = it->first.second < current ? m_base.erase(it) : std::next(it);
    }

    // The day's intervals of a queue: stored ones, and live (base + engine) ones for what
    // the engine still holds.
    std::map<Millis, Counters> dayIntervals(const std::string &queueId, Millis from, Millis to)
    {
        auto rows = m_store.db().read([&] { return m_store.intervals(queueId, from, to); });
        for (const auto &i : m_engine.intervals(queueId)) {
            if (i.start < from || i.start >= to)
                continue;
            rows[i.start] = baseOf({queueId, i.start}) + i.counters;
        }
        return rows;
    }

    // --- alerts --------------------------------------------------------------------------

    void evaluate(const std::string &queueId, const QueueMetrics &m, Millis now)
    {
        for (const auto &[ruleId, rule] : m_rules) {
            if (!rule.queue_id().empty() && rule.queue_id() != queueId)
                continue;
            const double value = metricValue(rule.metric(), m);
            const auto key = std::make_pair(ruleId, queueId);
            const bool raised = m_raised.count(key) != 0;
            if (!raised && rule.enabled() && value > rule.above()) {
                m_raised.insert(key);
                publishAlert(rule, queueId, value, false, now);
            } else if (raised && (!rule.enabled() || value <= rule.above())) {
                m_raised.erase(key);
                publishAlert(rule, queueId, value, true, now);
            }
        }
    }

    void publishAlert(const v1::AlertRule &rule, const std::string &queueId, double value, bool cleared, Millis now)
    {
        v1::Event event;
        event.set_topic("role:supervisor");
        auto *alert = event.mutable_alert_raised();
        *alert->mutable_rule() = rule;
        alert->set_value(value);
        alert->set_cleared(cleared);
        *alert->mutable_at() = stamp(now);
        alert->set_queue_id(queueId);
        if (const auto it = m_queues.find(queueId); it != m_queues.end())
            alert->set_queue_name(it->second.name);
        m_context.bus.publish(std::move(event));
    }

    // A rule changed or went: clear what it raised that it no longer covers, then look again.
    void ruleChanged(const std::string &ruleId, const v1::AlertRule *rule, Millis now)
    {
        for (auto it = m_raised.begin(); it != m_raised.end();) {
            if (it->first != ruleId) {
                ++it;
                continue;
            }
            const std::string queueId = it->second;
            const bool stillCovered = rule && rule->enabled() && (rule->queue_id().empty() || rule->queue_id() == queueId);
            if (stillCovered) {
                ++it;
                continue;
            }
            const v1::AlertRule &shown = rule ? *rule : m_rules.at(ruleId);
            publishAlert(shown, queueId, metricValue(shown.metric(), queueMetrics(queueId, now)), true, now);
            it = m_raised.erase(it);
        }
        if (rule)
            m_rules[ruleId] = *rule;
        else
            m_rules.erase(ruleId);
        if (rule && m_seeded)
            for (const auto &q : visibleQueues())
                evaluate(q, queueMetrics(q, now), now);
    }

    // --- RPC plumbing --------------------------------------------------------------------

    using Reactor = grpc::ServerUnaryReactor;

    // Checks the token and the supervisor/admin role, then runs fn(caller) on the service
    // thread (after the seed) and finishes the call with its status.
    template<typename Fn>
    Reactor *onThread(grpc::CallbackServerContext *ctx, Fn fn)
    {
        auto *reactor = ctx->DefaultReactor();
        const runtime::AuthResult auth = m_context.auth.require(*ctx, {v1::ROLE_SUPERVISOR, v1::ROLE_ADMIN});
        if (!auth.ok()) {
            reactor->Finish(auth.status);
            return reactor;
        }
        auto run = [reactor, caller = auth.caller, fn = std::move(fn)](bool go) mutable {
            if (!go) {
                reactor->Finish(Status(StatusCode::UNAVAILABLE, "the stats service is shutting down: try again"));
                return;
            }
            try {
                reactor->Finish(fn(caller));
            } catch (const std::exception &e) {
                reactor->Finish(Status(StatusCode::INTERNAL, std::string("stats store: ") + e.what()));
            }
        };
        const bool posted = m_thread.post([this, run]() mutable {
            if (m_seeded)
                run(true);
            else
                m_afterSeed.push_back(run);
        });
        if (!posted)
            reactor->Finish(Status(StatusCode::UNAVAILABLE, "the stats service is shutting down: try again"));
        return reactor;
    }

    template<typename Fn>
    Reactor *inStore(grpc::CallbackServerContext *ctx, Fn &&fn)
    {
        return runtime::answerUnary(ctx, m_context.auth, {v1::ROLE_SUPERVISOR, v1::ROLE_ADMIN}, "stats store",
                                    std::forward<Fn>(fn));
    }

    // --- RPCs: metrics -------------------------------------------------------------------

    Reactor *GetRealtimeSnapshot(grpc::CallbackServerContext *ctx, const v1::GetRealtimeSnapshotRequest *req,
                                 v1::RealtimeSnapshot *resp) override
    {
        return onThread(ctx, [this, req, resp](const runtime::Caller &) -> Status {
            const Millis now = runtime::nowMs();
            std::vector<std::string> queues;
            if (req->queue_ids().empty()) {
                queues = visibleQueues();
            } else {
                std::set<std::string> wanted;
                for (const std::string &id : req->queue_ids()) {
                    if (id.empty())
                        return invalid("queue_ids", "contains an empty id");
                    if (!visible(id) || !knownQueue(id))
                        return Status(StatusCode::NOT_FOUND, "queue '" + id + "' does not exist");
                    wanted.insert(id);
                }
                queues.assign(wanted.begin(), wanted.end());
            }
            for (const auto &q : queues)
                *resp->add_queues() = toProto(queueMetrics(q, now));
            const std::set<std::string> filter(req->queue_ids().begin(), req->queue_ids().end());
            for (const auto &a : m_engine.agentIds()) {
                if (!filter.empty()) {
                    const auto it = m_agentQueues.find(a);
                    if (it == m_agentQueues.end()
                        || std::none_of(it->second.begin(), it->second.end(),
                                        [&](const std::string &q) { return filter.count(q) != 0; }))
                        continue;
                }
                *resp->add_agents() = agentProto(a, now);
            }
            *resp->mutable_at() = stamp(now);
            return Status::OK;
        });
    }

    Reactor *GetIntraday(grpc::CallbackServerContext *ctx, const v1::GetIntradayRequest *req,
                         v1::GetIntradayResponse *resp) override
    {
        return onThread(ctx, [this, req, resp](const runtime::Caller &) -> Status {
            if (req->queue_id().empty())
                return invalid("queue_id", "is required: the queue whose day to show");
            if (!knownQueue(req->queue_id()))
                return Status(StatusCode::NOT_FOUND, "queue '" + req->queue_id() + "' does not exist");
            const Millis now = runtime::nowMs();
            const Millis day = req->has_day() ? ms(req->day()) : now;
            if (day < 0 || dayStartOf(day) > dayStartOf(now))
                return invalid("day", "must be a day up to today (UTC), not a later one");
            const Millis from = dayStartOf(day);
            const ServiceLevelVariant variant = m_engine.queueConfig(req->queue_id()).variant;
            for (const auto &[start, c] : dayIntervals(req->queue_id(), from, from + kDayMillis)) {
                v1::IntervalMetrics &m = *resp->add_intervals();
                *m.mutable_start() = stamp(start);
                m.set_queue_id(req->queue_id());
                m.set_offered(c.offered);
                m.set_answered(c.answered);
                m.set_abandoned(c.abandoned);
                m.set_service_level(serviceLevel(c, variant));
                m.set_aht_seconds(ratio(c.handleMs / 1000.0, c.handled));
                m.set_asa_seconds(ratio(c.answeredWaitMs / 1000.0, c.answered));
            }
            return Status::OK;
        });
    }

    // The queue's arrival rate per second: the intervals of the last hour (the current
    // one and the three before), else today.
    double liveRate(const std::string &queueId, Millis now)
    {
        const Millis from = intervalStartOf(now) - 3 * kIntervalMillis;
        int offered = 0;
        for (const auto &[start, c] : dayIntervals(queueId, from, now + 1))
            offered += c.offered;
        if (offered > 0)
            return offered / std::max(1.0, (now - from) / 1000.0);
        const QueueMetrics m = queueMetrics(queueId, now);
        return m.offered / std::max(1.0, (now - m_engine.dayStart()) / 1000.0);
    }

    Reactor *ComputeStaffing(grpc::CallbackServerContext *ctx, const v1::ComputeStaffingRequest *req,
                             v1::StaffingResult *resp) override
    {
        return onThread(ctx, [this, req, resp](const runtime::Caller &) -> Status {
            const bool hasQueue = !req->queue_id().empty();
            double rate = req->arrival_rate_per_second();
            double aht = req->aht_seconds();
            int threshold = req->threshold_seconds();
            double target = req->target_service_level();
            if (!std::isfinite(rate) || rate < 0)
                return invalid("arrival_rate_per_second", "must be a number of interactions per second >= 0, not " + number(rate));
            if (!std::isfinite(aht) || aht < 0)
                return invalid("aht_seconds", "must be a positive number of seconds, not " + number(aht));
            if (threshold < 0)
                return invalid("threshold_seconds", "must be a positive number of seconds, not " + std::to_string(threshold));
            if (!std::isfinite(target) || target < 0 || target > 1)
                return invalid("target_service_level", "must be a fraction in (0, 1], e.g. 0.8 for 80%, not " + number(target));
            int staffed = 0;
            if (hasQueue) {
                if (!visible(req->queue_id()) || !knownQueue(req->queue_id()))
                    return Status(StatusCode::NOT_FOUND, "queue '" + req->queue_id() + "' does not exist");
                const Millis now = runtime::nowMs();
                const QueueMetrics m = queueMetrics(req->queue_id(), now);
                if (rate == 0)
                    rate = liveRate(req->queue_id(), now);
                if (aht == 0) {
                    aht = m.ahtSeconds;
                    if (aht <= 0)
                        return Status(StatusCode::FAILED_PRECONDITION,
                                      "queue '" + req->queue_id() + "' has handled nothing today, so it has no AHT "
                                      "to plan with: give aht_seconds");
                }
                if (threshold == 0)
                    threshold = m_engine.queueConfig(req->queue_id()).thresholdSeconds;
                if (target == 0) {
                    const auto it = m_queues.find(req->queue_id());
                    target = it == m_queues.end() ? 0.8 : it->second.targetServiceLevel;
                }
                staffed = m.agents.available + m.agents.busy + m.agents.wrapUp + m.agents.notReady;
            } else {
                if (rate <= 0)
                    return invalid("arrival_rate_per_second", "is required (> 0) without a queue_id");
                if (aht <= 0)
                    return invalid("aht_seconds", "is required (> 0) without a queue_id");
                if (threshold <= 0)
                    return invalid("threshold_seconds", "is required (> 0) without a queue_id");
                if (target <= 0)
                    return invalid("target_service_level", "is required without a queue_id: a fraction in (0, 1], e.g. 0.8");
            }
            const int needed = agentsNeeded(rate, aht, threshold, target);
            if (needed < 0)
                return Status(StatusCode::FAILED_PRECONDITION,
                              "no staffing up to 100000 agents reaches a service level of " + number(target)
                                  + ": lower the target or raise the threshold");
            const ErlangCResult r = erlangC(rate, aht, needed, threshold);
            resp->set_traffic_erlangs(r.trafficErlangs);
            resp->set_agents_needed(needed);
            resp->set_agents_staffed(staffed);
            resp->set_p_wait(r.pWait);
            resp->set_service_level(r.serviceLevel);
            resp->set_asa_seconds(std::isfinite(r.asaSeconds) ? r.asaSeconds : 0);
            resp->set_occupancy(r.occupancy);
            return Status::OK;
        });
    }

    // --- RPCs: wallboards (per owner; the store only) ------------------------------------

    static Status validate(const v1::Wallboard &board)
    {
        if (trimmed(board.name()).empty())
            return invalid("wallboard.name", "is required: name the board so that you can find it again");
        if (board.name().size() > kMaxNameLength)
            return invalid("wallboard.name", "is longer than " + std::to_string(kMaxNameLength) + " characters");
        if (board.rotate_seconds() != 0 && board.rotate_seconds() < 5)
            return invalid("wallboard.rotate_seconds", "must be 0 (no rotation) or at least 5 seconds, not "
                                                           + std::to_string(board.rotate_seconds()));
        if (board.rotate_seconds() > 3600)
            return invalid("wallboard.rotate_seconds", "must be at most 3600 seconds");
        if (board.tiles_size() > kMaxTiles)
            return invalid("wallboard.tiles", "more than " + std::to_string(kMaxTiles) + " tiles");
        std::set<std::pair<int, int>> places;
        for (int i = 0; i < board.tiles_size(); ++i) {
            const v1::WallboardTile &tile = board.tiles(i);
            const std::string field = "wallboard.tiles[" + std::to_string(i) + "]";
            if (!validMetric(tile.metric()))
                return invalid(field + ".metric", "is required: choose what the tile shows (waiting, service level, ...)");
            if (tile.row() < 0 || tile.column() < 0)
                return invalid(field, "row and column must be 0 or more, not " + std::to_string(tile.row()) + ", "
                                          + std::to_string(tile.column()));
            if (!places.insert({tile.row(), tile.column()}).second)
                return invalid(field, "another tile is at row " + std::to_string(tile.row()) + ", column "
                                          + std::to_string(tile.column()) + " already");
            if (tile.has_threshold()) {
                const v1::Threshold &t = tile.threshold();
                if (!std::isfinite(t.amber()) || !std::isfinite(t.red()))
                    return invalid(field + ".threshold", "amber and red must be numbers");
                if (t.higher_is_worse() && t.amber() > t.red())
                    return invalid(field + ".threshold", "amber (" + number(t.amber()) + ") must not be above red ("
                                                             + number(t.red()) + ") when a higher value is worse");
                if (!t.higher_is_worse() && t.amber() < t.red())
                    return invalid(field + ".threshold", "amber (" + number(t.amber()) + ") must not be below red ("
                                                             + number(t.red()) + ") when a lower value is worse");
            }
        }
        return Status::OK;
    }

    Reactor *ListWallboards(grpc::CallbackServerContext *ctx, const v1::ListWallboardsRequest *,
                            v1::ListWallboardsResponse *resp) override
    {
        return inStore(ctx, [this, resp](const runtime::Caller &caller) {
            for (auto &board : m_store.db().read([&] { return m_store.wallboardsOf(caller.userId); }))
                *resp->add_wallboards() = std::move(board);
            return Status::OK;
        });
    }

    Reactor *SaveWallboard(grpc::CallbackServerContext *ctx, const v1::SaveWallboardRequest *req,
                           v1::Wallboard *resp) override
    {
        return inStore(ctx, [this, req, resp](const runtime::Caller &caller) -> Status {
            if (!req->has_wallboard())
                return invalid("wallboard", "is required");
            v1::Wallboard board = req->wallboard();
            if (Status s = validate(board); !s.ok())
                return s;
            board.set_name(trimmed(board.name()));
            board.set_owner_user_id(caller.userId);
            return m_store.db().transaction([&]() -> Status {
                if (board.id().empty()) {
                    board.set_id(runtime::newId("wb"));
                    board.set_version(1);
                } else {
                    const auto current = m_store.wallboard(board.id());
                    if (!current || current->owner_user_id() != caller.userId)
                        return Status(StatusCode::NOT_FOUND, "wallboard '" + board.id()
                                                                 + "' does not exist (or is not yours): leave the id "
                                                                   "empty to create a new one");
                    if (board.version() != current->version())
                        return Status(StatusCode::ABORTED,
                                      "this wallboard was changed elsewhere (you edited version "
                                          + std::to_string(board.version()) + ", it is now version "
                                          + std::to_string(current->version())
                                          + "): reload it and apply your change again");
                    board.set_version(current->version() + 1);
                }
                m_store.putWallboard(board);
                *resp = board;
                return Status::OK;
            });
        });
    }

    Reactor *DeleteWallboard(grpc::CallbackServerContext *ctx, const v1::DeleteWallboardRequest *req,
                             v1::DeleteWallboardResponse *) override
    {
        return inStore(ctx, [this, req](const runtime::Caller &caller) -> Status {
            if (req->id().empty())
                return invalid("id", "is required: the wallboard to delete");
            return m_store.db().transaction([&]() -> Status {
                const auto current = m_store.wallboard(req->id());
                if (!current || current->owner_user_id() != caller.userId)
                    return Status(StatusCode::NOT_FOUND, "wallboard '" + req->id() + "' does not exist (or is not yours)");
                if (req->version() != current->version())
                    return Status(StatusCode::ABORTED, "this wallboard was changed elsewhere (version "
                                                           + std::to_string(current->version())
                                                           + " now): reload it before deleting");
                m_store.deleteWallboard(req->id());
                return Status::OK;
            });
        });
    }

    // --- RPCs: alert rules (shared by the center's supervisors; on the thread) -----------

    Reactor *ListAlertRules(grpc::CallbackServerContext *ctx, const v1::ListAlertRulesRequest *,
                            v1::ListAlertRulesResponse *resp) override
    {
        return inStore(ctx, [this, resp](const runtime::Caller &) {
            for (auto &rule : m_store.db().read([&] { return m_store.alertRules(); }))
                *resp->add_rules() = std::move(rule);
            return Status::OK;
        });
    }

    Reactor *SaveAlertRule(grpc::CallbackServerContext *ctx, const v1::SaveAlertRuleRequest *req,
                           v1::AlertRule *resp) override
    {
        return onThread(ctx, [this, req, resp](const runtime::Caller &) -> Status {
            if (!req->has_rule())
                return invalid("rule", "is required");
            v1::AlertRule rule = req->rule();
            rule.set_name(trimmed(rule.name()));
            if (rule.name().empty())
                return invalid("rule.name", "is required: supervisors see it in the alert");
            if (rule.name().size() > kMaxNameLength)
                return invalid("rule.name", "is longer than " + std::to_string(kMaxNameLength) + " characters");
            if (!validMetric(rule.metric()))
                return invalid("rule.metric", "is required: choose the metric to watch (waiting, longest wait, ...)");
            if (!std::isfinite(rule.above()) || rule.above() < 0)
                return invalid("rule.above", "must be a number >= 0, not " + number(rule.above()));
            if (!rule.queue_id().empty() && (!visible(rule.queue_id()) || !knownQueue(rule.queue_id())))
                return Status(StatusCode::NOT_FOUND, "queue '" + rule.queue_id()
                                                         + "' does not exist (leave queue_id empty to watch every queue)");
            const Status status = m_store.db().transaction([&]() -> Status {
                if (rule.id().empty()) {
                    rule.set_id(runtime::newId("alert"));
                    rule.set_version(1);
                } else {
                    const auto current = m_store.alertRule(rule.id());
                    if (!current)
                        return Status(StatusCode::NOT_FOUND, "alert rule '" + rule.id()
                                                                 + "' does not exist: leave the id empty to create one");
                    if (rule.version() != current->version())
                        return Status(StatusCode::ABORTED,
                                      "someone else changed this alert rule (you edited version "
                                          + std::to_string(rule.version()) + ", it is now version "
                                          + std::to_string(current->version())
                                          + "): reload it and apply your change again");
                    rule.set_version(current->version() + 1);
                }
                m_store.putAlertRule(rule);
                return Status::OK;
            });
            if (!status.ok())
                return status;
            ruleChanged(rule.id(), &rule, runtime::nowMs());
            *resp = rule;
            return Status::OK;
        });
    }

    Reactor *DeleteAlertRule(grpc::CallbackServerContext *ctx, const v1::DeleteAlertRuleRequest *req,
                             v1::DeleteAlertRuleResponse *) override
    {
        return onThread(ctx, [this, req](const runtime::Caller &) -> Status {
            if (req->id().empty())
                return invalid("id", "is required: the alert rule to delete");
            const Status status = m_store.db().transaction([&]() -> Status {
                const auto current = m_store.alertRule(req->id());
                if (!current)
                    return Status(StatusCode::NOT_FOUND, "alert rule '" + req->id() + "' does not exist");
                if (req->version() != current->version())
                    return Status(StatusCode::ABORTED, "someone else changed this alert rule (version "
                                                           + std::to_string(current->version())
                                                           + " now): reload it before deleting");
                m_store.deleteAlertRule(req->id());
                return Status::OK;
            });
            if (status.ok() && m_rules.count(req->id()))
                ruleChanged(req->id(), nullptr, runtime::nowMs());
            return status;
        });
    }

private:
    const runtime::ServiceContext &m_context;
    StatsStore m_store;
    std::unique_ptr<v1::DirectoryService::Stub> m_directory;
    std::unique_ptr<v1::RoutingService::Stub> m_routing;

    // Service thread only.
    MetricsEngine m_engine;
    Coalescer m_queueDeltas{100};
    Coalescer m_agentDeltas{100};
    std::map<std::string, QueueInfo> m_queues;
    std::unordered_map<std::string, Tracked> m_tracked;
    std::map<std::string, std::set<std::string>> m_agentQueues;
    std::map<IntervalKey, Counters> m_base;          // stored counts from before this process
    std::map<std::string, Counters> m_baseToday;     // their sum for today, per queue
    std::map<std::string, v1::AlertRule> m_rules;
    std::set<std::pair<std::string, std::string>> m_raised;   // rule id, queue id
    bool m_seeded = false;
    std::vector<std::function<void(bool)>> m_afterSeed;
    Millis m_nextMidnight = 0, m_nextSecond = 0, m_nextPersist = 0;

    std::unique_ptr<runtime::Bus::Subscription> m_subscription;
    std::atomic<bool> m_stopping{false};
    bool m_stopped = false;
    ServiceThread m_thread;
    ServiceThread m_worker;    // peer calls (directory, routing), never on the service thread
};

Service::Service(const runtime::ServiceContext &context) : d(std::make_unique<Impl>(context)) {}
Service::~Service() = default;

grpc::Service *Service::grpcService()
{
    return d.get();
}

void Service::start()
{
    d->start();
}

void Service::stop()
{
    d->stop();
}

} // namespace stats
