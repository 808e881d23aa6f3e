#pragma once
// `switchboard-sim virtual --scenario FILE`: a whole scenario (several queues with
// skills, bot agents with drawn skills, customers with patience) on the real routing
// engine and a virtual clock, no network. The what-if tool for a center that is not one
// queue of identical agents (docs/staffing.md, "Virtual run of a scenario").
//
// The bots and customers behave as `live` makes them behave through the server:
// - arrivals: Poisson per queue and channel (arrivals_per_minute) for the scenario's
//   duration; then the run drains (at most drain_seconds) until nothing is left;
// - customers: exponential patience (patience_seconds_mean; 0 never abandons): abandon
//   while still waiting or offered;
// - bots: skills drawn from bots.skills, default capacities (voice 1, chat 3, email 5,
//   SMS 3, voice blocks the others); accept every offer after a uniform accept delay
//   (an offer that times out first is re-routed by the engine); handle for an
//   exponential time; end, then finish the wrap-up after a uniform wrap_up_ms unless the
//   queue's wrap-up time runs out first; after each interaction, with break_probability
//   and nothing in hand, a break (Not Ready "break", when free) of break_seconds; back
//   to work 1 s after the engine sets them Not Ready for missed offers.
//
// A discrete-event loop over a priority queue of (time, action) and the engine's
// nextDeadline(); what the engine reports to the Listener is collected and acted on
// after the engine call returns, never from inside the callback. Time is whole ms.
// Deterministic: the same scenario (seed included) gives the same result on one platform.

#include "routing_engine.h"
#include "simulator_scenario.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace simulator {

// The figures of one queue, or of the whole center (queueId empty).
struct VirtualScenarioFigures {
    std::string queueId;
    double thresholdSeconds = 0;   // the queue's; for the center each queue uses its own
    std::uint64_t offered = 0;     // arrived
    std::uint64_t answered = 0;    // accepted by an agent
    std::uint64_t abandoned = 0;   // left while waiting or offered
    std::uint64_t completed = 0;   // wrap-up finished
    std::uint64_t waitingAtEnd = 0;     // still waiting or offered when the run stopped
    std::uint64_t inProgressAtEnd = 0;  // accepted, not completed when the run stopped
    std::uint64_t answeredWithinThreshold = 0;
    std::uint64_t abandonedWithinThreshold = 0;
    double pWait = 0;          // answered that were not offered the instant they arrived / answered
    double serviceLevel = 0;   // answered within T / answered (Asterisk's SL)
    double serviceLevelWithAbandons = 0;   // (answered + abandoned within T) / (answered + abandoned)
    double asaSeconds = 0;     // mean arrival -> accept (accept delay included) of the answered
    double ahtSeconds = 0;     // mean accept -> wrap-up completed of the completed
    double abandonRate = 0;    // abandoned / offered
    // Center: time the agents held at least one accepted interaction / that time plus
    // their idle time while not on a break. Queue: the agents' time spent holding this
    // queue's accepted interactions / the same denominator (with several chats at once,
    // the queues' shares add up to more than the center's occupancy).
    double occupancy = 0;
};

struct VirtualScenarioResult {
    VirtualScenarioFigures center;
    std::vector<VirtualScenarioFigures> queues;   // in the scenario's order
    double arrivalSeconds = 0;    // how long customers arrived
    double simulatedSeconds = 0;  // arrivals and drain: when the run stopped
    bool drained = false;         // everything ended before drain_seconds ran out
    int agents = 0;
    std::uint64_t breaks = 0;
    std::uint64_t missedOffers = 0;   // offers that timed out before the bot accepted
    std::uint64_t events = 0;         // engine calls made
    // Engine refusals of the simulator's own commands: always 0 unless the engine is wrong.
    std::uint64_t refusals = 0;
};

class VirtualScenarioRun {
public:
    // Empty when the scenario can run virtually; otherwise what is wrong (a queue with no
    // configuration, a channel the queue does not take...).
    static std::string problem(const Scenario &scenario);

    // Throws std::invalid_argument when problem(scenario) is not empty. The scenario's
    // seed and duration_seconds are used as they are (the command overrides them first).
    explicit VirtualScenarioRun(const Scenario &scenario);
    ~VirtualScenarioRun();
    VirtualScenarioRun(const VirtualScenarioRun &) = delete;
    VirtualScenarioRun &operator=(const VirtualScenarioRun &) = delete;

    VirtualScenarioResult run();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace simulator
