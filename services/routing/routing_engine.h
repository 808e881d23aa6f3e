#pragma once
// The ACD: a pure library (no I/O, no clock of its own, no threads) used by the routing
// service and by the simulator alike. Time is given by the caller on every call, in
// milliseconds on any monotonic scale (the service uses wall-clock ms, the simulator a
// virtual clock). Not thread-safe: one engine belongs to one thread.
//
// Identifiers are small integers chosen by the caller (the service maps its string ids
// onto them). What the engine decides it reports to its Listener, synchronously, inside
// the call that caused it.
//
// Rules (see docs/routing.md):
// - Interactions wait per queue, ordered by priority (queue priority + the
//   interaction's own boost), then age. An agent is offered the best waiting
//   interaction among the queues it is eligible for; an interaction is offered to the
//   best ready agent by the queue's strategy.
// - Eligibility: the agent holds every required skill at the queue's minimum
//   proficiency. Relaxations lower a minimum (or drop the skill, minimum 0) once the
//   interaction has waited `after` ms.
// - Capacity per channel (defaults voice 1, chat 3, email 5, SMS 3); an agent with
//   voiceBlocksOthers takes nothing else while on a voice interaction, and no voice
//   while on anything else. Only channels the agent has loaded (its panel module) count.
//   Offered, Active and Wrap-up interactions all use capacity.
// - Offers: accept; reject (re-routed, never again to that agent); no answer within the
//   queue's offer timeout (re-routed; after maxMissedOffers consecutive misses the
//   agent goes NotReady with reason "missed").
// - Abandon while waiting or offered. End -> wrap-up for the queue's wrap-up time (0:
//   straight to completed), completed when it runs out or the agent finishes early.
// - Transfer an active interaction to a queue (waits again, keeps its age for order)
//   or to an agent (offered to that agent only).
// - A NotReady or Offline request while the agent holds interactions can be deferred
//   ("when free"): it takes effect when the last interaction completes.
//
// Complexity: no decision scans all agents or all interactions (docs/routing.md).

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace routing {

using Millis = std::int64_t;
using AgentId = std::uint32_t;
using QueueId = std::uint32_t;
using SkillId = std::uint32_t;
using InteractionId = std::uint64_t;

enum class Channel : std::uint8_t { Voice = 0, Chat = 1, Email = 2, Sms = 3 };
constexpr int kChannelCount = 4;
using ChannelMask = std::uint8_t;    // bit (1 << int(Channel))
constexpr ChannelMask kAllChannels = 0x0f;
constexpr ChannelMask channelBit(Channel c) { return ChannelMask(1u << unsigned(c)); }

enum class Strategy : std::uint8_t { LongestIdle, MostSkilled, RoundRobin, FewestActive };
enum class AgentState : std::uint8_t { Offline, Available, NotReady };
enum class InteractionState : std::uint8_t { Waiting, Offered, Active, WrapUp, Completed, Abandoned };
enum class WithdrawReason : std::uint8_t { Rejected, Timeout, Abandoned, AgentUnavailable };

struct SkillRequirement {
    SkillId skill = 0;
    int minProficiency = 1;       // 1..10
};

struct Relaxation {
    Millis after = 0;             // waited at least this long
    SkillId skill = 0;
    int minProficiency = 0;       // new minimum; 0 drops the requirement
};

struct QueueConfig {
    QueueId id = 0;
    ChannelMask channels = kAllChannels;
    std::vector<SkillRequirement> required;
    int priority = 0;             // higher first
    Millis offerTimeout = 20000;
    Millis wrapUp = 0;
    Millis serviceLevelThreshold = 20000;
    Millis shortAbandon = 5000;
    Strategy strategy = Strategy::LongestIdle;
    std::vector<Relaxation> relaxations;   // applied in order of `after`
    int maxMissedOffers = 3;
};

struct AgentSkill {
    SkillId skill = 0;
    int proficiency = 1;          // 1..10
};

struct AgentConfig {
    AgentId id = 0;
    std::vector<AgentSkill> skills;
    std::array<int, kChannelCount> capacity{1, 3, 5, 3};   // voice, chat, email, SMS
    bool voiceBlocksOthers = true;
};

// What the engine knows about one interaction (for snapshots, queries and restore).
struct InteractionSnapshot {
    InteractionId id = 0;
    QueueId queue = 0;
    Channel channel = Channel::Chat;
    InteractionState state = InteractionState::Waiting;
    int priorityBoost = 0;
    Millis enqueuedAt = 0;        // first entry into a queue (kept across transfers)
    Millis queuedAt = 0;          // entry into the current queue (relaxations count from here)
    std::optional<AgentId> agent; // offered to / handled by
    Millis offeredAt = 0;
    Millis offerExpiresAt = 0;
    Millis acceptedAt = 0;
    Millis endedAt = 0;
    Millis wrapUpEndsAt = 0;
    std::optional<AgentId> reservedFor;    // transferred to this agent only
    std::vector<AgentId> rejectedBy;       // never offered to these again
};

struct AgentSnapshot {
    AgentId id = 0;
    AgentState state = AgentState::Offline;
    std::string reason;           // NotReady reason code ("missed" after missed offers)
    Millis stateSince = 0;
    Millis idleSince = 0;         // last time it had no interaction (longest idle)
    ChannelMask loadedChannels = kAllChannels;
    std::optional<AgentState> pendingState;   // deferred until free
    std::string pendingReason;
    int missedOffers = 0;         // consecutive
    std::array<int, kChannelCount> used{};    // offered + active + wrap-up per channel
    // Last offer, release or return to Available: orders busy agents within a strategy's
    // bucket (docs/routing.md). Store it to restore the exact order; 0 = unknown.
    Millis lastChange = 0;
};

// Everything the engine decides, reported synchronously.
class Listener {
public:
    virtual ~Listener() = default;
    virtual void offered(const InteractionSnapshot &, AgentId) {}
    virtual void offerWithdrawn(const InteractionSnapshot &, AgentId, WithdrawReason) {}
    // Any state change of an interaction (including to Offered, after offered()).
    virtual void interactionChanged(const InteractionSnapshot &) {}
    virtual void agentChanged(const AgentSnapshot &) {}
};

// Why a command was refused.
enum class Refusal : std::uint8_t {
    None,
    UnknownQueue,
    UnknownAgent,
    UnknownInteraction,
    AlreadyExists,
    WrongState,          // e.g. accepting an interaction that is not offered
    NotYours,            // the interaction is offered to / handled by another agent
    ChannelNotServed,    // the queue does not take this channel
    QueueInUse,          // removing a queue that still has interactions
};
const char *describe(Refusal refusal);

class Engine {
public:
    explicit Engine(Listener &listener);
    ~Engine();
    Engine(const Engine &) = delete;
    Engine &operator=(const Engine &) = delete;

    // --- configuration: takes effect on the next decision ------------------------
    void upsertQueue(const QueueConfig &config, Millis now);
    Refusal removeQueue(QueueId queue);
    void upsertAgent(const AgentConfig &config, Millis now);   // new agents start Offline

    // --- agents -------------------------------------------------------------------
    // whenFree: if the agent holds interactions, the change waits until it has none.
    Refusal setAgentState(AgentId agent, AgentState state, const std::string &reason, bool whenFree,
                          Millis now);
    Refusal setLoadedChannels(AgentId agent, ChannelMask channels, Millis now);

    // --- interactions -------------------------------------------------------------
    Refusal enqueue(InteractionId id, QueueId queue, Channel channel, int priorityBoost, Millis now);
    Refusal accept(InteractionId id, AgentId agent, Millis now);
    Refusal reject(InteractionId id, AgentId agent, Millis now);
    Refusal abandon(InteractionId id, Millis now);
    Refusal end(InteractionId id, AgentId agent, Millis now);           // -> wrap-up
    Refusal completeWrapUp(InteractionId id, AgentId agent, Millis now);
    Refusal transferToQueue(InteractionId id, AgentId agent, QueueId queue, Millis now);
    Refusal transferToAgent(InteractionId id, AgentId agent, AgentId target, Millis now);

    // --- time ---------------------------------------------------------------------
    // Fires everything due at or before now: offer timeouts, wrap-up ends, skill
    // relaxations (which may produce new offers).
    void advance(Millis now);
    // The earliest time advance() has something to do; nullopt when nothing is timed.
    std::optional<Millis> nextDeadline() const;

    // --- queries ------------------------------------------------------------------
    std::optional<InteractionSnapshot> interaction(InteractionId id) const;
    std::optional<AgentSnapshot> agent(AgentId id) const;
    std::vector<InteractionSnapshot> waiting(QueueId queue) const;   // in offer order
    std::vector<InteractionSnapshot> interactionsOf(AgentId agent) const;
    std::size_t waitingCount(QueueId queue) const;
    // Completed and abandoned interactions are forgotten after being reported.
    std::size_t liveInteractionCount() const;

    // --- restore after a restart (the service replays its store) ------------------
    // Puts an interaction back exactly as it was (Waiting, Offered, Active or WrapUp),
    // including its timers. Call after the queues and agents are configured and the
    // agents' states restored; then call advance(now) once.
    Refusal restoreInteraction(const InteractionSnapshot &snapshot);
    Refusal restoreAgent(const AgentSnapshot &snapshot);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace routing
