#pragma once
// The metrics engine of the stats service: real-time and intraday queue and agent metrics
// computed from routing facts (see shared/reference/metrics.md and docs/stats.md, with
// tests/unit/tst_stats_metrics.cpp as the oracle).
//
// Pure std: no Qt, no gRPC, no protobuf, no clock. Every fact carries its time and every
// read takes `now`, so a test (or the virtual simulator) drives it deterministically. The
// service maps routing's bus events onto the fact methods and the output structs onto
// stats.proto's QueueMetrics / AgentMetrics / IntervalMetrics (field for field).
//
// Not thread-safe: the service owns one engine on one thread (or behind one mutex).
//
// Times are milliseconds since the Unix epoch, UTC. Facts must arrive in non-decreasing
// time; an older one is applied as if it happened at the latest time seen for the agent.

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace stats {

using Millis = std::int64_t;

constexpr Millis kIntervalMillis = 15 * 60 * 1000;

// The start of the 15-minute interval (aligned to :00/:15/:30/:45 UTC) holding t.
Millis intervalStartOf(Millis t);

// Same numbers as switchboard.v1.ServiceLevelVariant; UNSPECIFIED (0) means
// ExcludingShortAbandons, as in directory.proto.
enum class ServiceLevelVariant {
    AnsweredOfAnswered = 1,        // Asterisk SL:  answered within T / answered
    WithAbandons = 2,              // Asterisk SL2: (answered + abandoned within T) / (answered + abandoned)
    RemovedWithin = 3,             // Amazon Connect: left within T (any reason) / queued
    ExcludingShortAbandons = 4,    // Genesys-style: answered within T / (answered + abandoned - short)
};
ServiceLevelVariant serviceLevelVariantFromInt(int protoValue);   // 0 and unknown -> ExcludingShortAbandons

struct QueueConfig {
    ServiceLevelVariant variant = ServiceLevelVariant::ExcludingShortAbandons;
    int thresholdSeconds = 20;        // T: a wait <= T is "within T"
    int shortAbandonSeconds = 5;      // an abandon with wait <= this is a short abandon
};

enum class Presence { Offline, Available, NotReady };

// Raw counts over one period (a 15-minute interval or "today"). See docs/stats.md for
// which period each count is attributed to.
struct Counters {
    int offered = 0;            // entered the queue in the period (incl. transfers in)
    int answered = 0;           // accepted by an agent in the period
    int answeredWithin = 0;     //   of which waited <= T
    int abandoned = 0;          // abandoned in the period
    int abandonedWithin = 0;    //   of which waited <= T
    int shortAbandoned = 0;     //   of which waited <= the short-abandon limit
    int flowedOut = 0;          // left while waiting by a transfer to another queue
    int removedWithin = 0;      // of those OFFERED in the period: left (any reason) within T
    int handled = 0;            // handling finished (wrap-up done or transferred away) in the period
    Millis answeredWaitMs = 0;  // sum of the waits of `answered`
    Millis handleMs = 0;        // sum of the handle times of `handled`
};

// The service level of `c` under `variant`; 0 when the denominator is 0 (docs/stats.md).
double serviceLevel(const Counters &c, ServiceLevelVariant variant);
// 0 when there is nothing to divide by.
double ratio(double numerator, double denominator);

struct AgentStateCounts {
    int available = 0;
    int busy = 0;
    int wrapUp = 0;
    int notReady = 0;
    int offline = 0;
    std::map<std::string, int> notReadyByReason;
};

// stats.proto QueueMetrics.
struct QueueMetrics {
    std::string queueId;
    int waiting = 0;
    double longestWaitSeconds = 0;
    std::optional<Millis> oldestEnqueuedAt;   // unset when nothing waits
    int offered = 0;
    int answered = 0;
    int abandoned = 0;
    int shortAbandoned = 0;
    double abandonRate = 0;
    double asaSeconds = 0;
    double ahtSeconds = 0;
    double serviceLevel = 0;
    ServiceLevelVariant serviceLevelVariant = ServiceLevelVariant::ExcludingShortAbandons;
    int serviceLevelThresholdSeconds = 0;
    double occupancy = 0;
    AgentStateCounts agents;
    Millis intervalStart = 0;   // start of "today"
    Counters counters;          // the raw counts behind the figures
};

// stats.proto IntervalMetrics.
struct IntervalMetrics {
    Millis start = 0;
    std::string queueId;
    int offered = 0;
    int answered = 0;
    int abandoned = 0;
    double serviceLevel = 0;
    double ahtSeconds = 0;
    double asaSeconds = 0;
    Counters counters;
};

// stats.proto AgentMetrics (since the day start).
struct AgentMetrics {
    std::string userId;
    int handled = 0;
    double ahtSeconds = 0;
    double occupancy = 0;
    double availableSeconds = 0;
    double notReadySeconds = 0;
    double handleSeconds = 0;   // time holding at least one active or wrap-up interaction
    double idleSeconds = 0;     // Available and holding no active or wrap-up interaction
};

class MetricsEngine {
public:
    explicit MetricsEngine(Millis dayStart);

    // Starts a new "today" at dayStart: today's queue counters and agents' times and
    // handled counts restart from zero. Interactions in flight and intervals are kept.
    void startDay(Millis dayStart);
    Millis dayStart() const { return m_dayStart; }

    // ---- configuration
    void setQueueConfig(const std::string &queueId, const QueueConfig &config);
    QueueConfig queueConfig(const std::string &queueId) const;   // default when unknown
    // The queues whose agents-by-state and occupancy count this agent.
    void setAgentQueues(const std::string &userId, const std::set<std::string> &queueIds);

    // ---- interaction facts. Each returns false (and changes nothing) when the fact does
    // not fit the interaction's state (unknown id, accept of an ended one, ...).
    bool enqueued(const std::string &id, const std::string &queueId, Millis t);
    bool offered(const std::string &id, const std::string &userId, Millis t);
    bool offerWithdrawn(const std::string &id, Millis t);   // timeout / reject: waits again
    bool accepted(const std::string &id, const std::string &userId, Millis t);
    bool ended(const std::string &id, Millis t);             // Active -> WrapUp
    // WrapUp -> done; from Active it means "ended with no wrap-up" (routing's Completed).
    bool wrapUpCompleted(const std::string &id, Millis t);
    bool abandoned(const std::string &id, Millis t);         // Waiting or Offered only
    bool transferred(const std::string &id, const std::string &toQueueId, Millis t);

    // ---- agent facts
    void agentState(const std::string &userId, Presence presence, const std::string &reason,
                    Millis t);

    // ---- reads at `now`
    QueueMetrics queue(const std::string &queueId, Millis now) const;
    std::vector<IntervalMetrics> intervals(const std::string &queueId) const;   // by start
    AgentMetrics agent(const std::string &userId, Millis now) const;
    AgentStateCounts agentsByState(const std::string &queueId) const;   // "" = every agent
    std::vector<std::string> queueIds() const;   // configured or seen, sorted
    std::vector<std::string> agentIds() const;   // sorted
    // Drops intervals that start before `start` (the service keeps its own store).
    void dropIntervalsBefore(Millis start);

private:
    enum class Phase { Waiting, Offered, Active, WrapUp };
    struct Interaction {
        std::string queueId;
        Millis enteredQueue = 0;   // when it entered its current queue (a transfer restarts it)
        Phase phase = Phase::Waiting;
        std::string agent;         // offered to / handled by
        Millis acceptedAt = 0;
        Millis endedAt = 0;
    };
    struct Agent {
        Presence presence = Presence::Offline;
        std::string reason;
        Millis since = 0;          // accounted up to here
        bool started = false;
        int offers = 0, active = 0, wrapUp = 0;
        std::set<std::string> queues;
        Millis handleMs = 0, idleMs = 0, availableMs = 0, notReadyMs = 0;
        int handled = 0;
        Millis handledMs = 0;
    };
    struct AgentTimes { Millis handle = 0, idle = 0, available = 0, notReady = 0; };

    Agent &agentRef(const std::string &userId, Millis t);
    void accrue(Agent &a, Millis t);
    AgentTimes timesAt(const Agent &a, Millis now) const;
    // Applies fn to today's counters (when t is today) and to the interval holding t.
    template <typename Fn> void count(const std::string &queueId, Millis t, Fn fn);
    void countRemovedWithin(const Interaction &i, Millis t);
    void releaseOffer(Interaction &i, Millis t);
    void finishHandling(Interaction &i, Millis t);
    void enter(Interaction &i, const std::string &queueId, Millis t);

    Millis m_dayStart;
    std::map<std::string, QueueConfig> m_configs;
    std::map<std::string, Counters> m_today;
    std::map<std::string, std::map<Millis, Counters>> m_intervals;
    std::unordered_map<std::string, Interaction> m_interactions;
    std::map<std::string, std::set<std::string>> m_waiting;   // queue -> waiting ids (incl. offered)
    std::map<std::string, Agent> m_agents;     // node-based: members point into it
    // queue -> its agents, so that a queue's figures cost its members, not every agent
    // of the center (500 queues x 5,000 agents would be 2.5 M visits per 100 ms).
    std::unordered_map<std::string, std::vector<const Agent *>> m_members;
};

// Turns many changes into at most one delta per key (queue or agent id) per window
// (100 ms by default). Leading edge: the first change after a quiet window is due at once
// (lowest latency); changes within the window after an emission are due together when
// the window ends. Pure: the service drives it with a timer at nextDue().
class Coalescer {
public:
    explicit Coalescer(Millis windowMs = 100) : m_window(windowMs) {}
    void markChanged(const std::string &key, Millis now);
    // The keys due at `now` (sorted), each marked emitted at `now`.
    std::vector<std::string> takeDue(Millis now);
    // The earliest time some pending key becomes due; unset when nothing is pending.
    std::optional<Millis> nextDue() const;
    bool pending(const std::string &key) const { return m_pending.count(key) != 0; }

private:
    Millis m_window;
    std::map<std::string, Millis> m_lastEmit;
    std::map<std::string, Millis> m_pending;   // key -> due time
};

} // namespace stats
