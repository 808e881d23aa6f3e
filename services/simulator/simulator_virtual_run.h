#pragma once
// `switchboard-sim virtual`: the real routing engine on a virtual clock, no network.
//
// One queue taking voice, N identical agents (no skills, voice capacity 1) all
// Available, Poisson arrivals, exponential handle times, offers accepted the instant
// they are made, no wrap-up, no abandons, an offer timeout longer than the run. That is
// an M/M/N queue, so the measured figures converge to Erlang C (docs/staffing.md).
//
// A discrete-event loop: the next event is the earliest of the next arrival, the next
// handle completion and the engine's own nextDeadline(); the engine is advanced to it,
// and what it decides (offers) is answered after the engine call returns, never from
// inside its Listener callbacks. Time is whole milliseconds, the engine's unit.
// Deterministic: the same config (seed included) gives the same result on one platform.

#include "routing_engine.h"

#include <cstdint>
#include <queue>
#include <random>
#include <string>
#include <vector>

namespace simulator {

struct VirtualRunConfig {
    double arrivalRatePerSecond = 0;   // Poisson arrivals
    double ahtSeconds = 180;           // mean of the exponential handle time
    int agents = 1;
    double thresholdSeconds = 20;      // service level: answered within this
    double hours = 1;                  // simulated time, warm-up included
    double warmupHours = -1;           // discarded before measuring; < 0: 5 % of `hours`
    std::uint64_t seed = 1;

    // Empty when the config can run; otherwise what is wrong, naming the field.
    std::string problem() const;
    double effectiveWarmupHours() const { return warmupHours < 0 ? hours * 0.05 : warmupHours; }
};

// Figures over the measured period (after the warm-up), with the keys of `erlang`.
struct VirtualRunResult {
    double pWait = 0;          // answered after waiting > 0 / answered
    double serviceLevel = 0;   // answered within the threshold / answered (no abandons)
    double asaSeconds = 0;     // mean wait of the answered
    double ahtSeconds = 0;     // mean handle time of those completed
    double abandonRate = 0;    // abandoned / offered (0: nobody abandons here)
    double occupancy = 0;      // busy agent-time / (N x measured time)
    std::uint64_t offered = 0;     // arrived during the measured period
    std::uint64_t answered = 0;    // accepted during the measured period ("interactions")
    std::uint64_t completed = 0;   // ended during the measured period
    std::uint64_t abandoned = 0;
    std::uint64_t waitingAtEnd = 0;   // still queued when the run stopped
    double measuredSeconds = 0;
    std::uint64_t events = 0;         // engine calls made, for throughput figures
    // Engine refusals of the simulator's own commands: always 0 unless the engine is wrong.
    std::uint64_t refusals = 0;
};

class VirtualRun : private routing::Listener {
public:
    // Throws std::invalid_argument when config.problem() is not empty.
    explicit VirtualRun(const VirtualRunConfig &config);
    ~VirtualRun() override;

    VirtualRunResult run();

private:
    struct Completion {
        routing::Millis at = 0;
        routing::InteractionId id = 0;
        routing::AgentId agent = 0;
        routing::Millis acceptedAt = 0;
        bool operator>(const Completion &other) const
        {
            return at != other.at ? at > other.at : id > other.id;
        }
    };
    struct Offer {
        routing::InteractionId id = 0;
        routing::AgentId agent = 0;
        routing::Millis enqueuedAt = 0;
    };

    void offered(const routing::InteractionSnapshot &interaction, routing::AgentId agent) override;

    void setUp();
    void arrive(routing::Millis now);
    void complete(const Completion &completion, routing::Millis now);
    void answerOffers(routing::Millis now);
    void count(routing::Refusal refusal);
    void addBusyTime(routing::Millis from, routing::Millis to);
    routing::Millis sample(std::exponential_distribution<double> &distribution, std::mt19937_64 &rng);

    const VirtualRunConfig m_config;
    routing::Engine m_engine;
    std::mt19937_64 m_arrivalRng;
    std::mt19937_64 m_handleRng;
    std::exponential_distribution<double> m_interArrival;
    std::exponential_distribution<double> m_handleTime;
    std::priority_queue<Completion, std::vector<Completion>, std::greater<>> m_completions;
    std::vector<Offer> m_offers;   // made by the engine during the current call
    routing::InteractionId m_nextId = 1;
    routing::Millis m_measureFrom = 0;
    routing::Millis m_end = 0;
    routing::Millis m_threshold = 0;

    // Accumulated over the measured period.
    VirtualRunResult m_result;
    std::uint64_t m_waited = 0, m_withinThreshold = 0;
    double m_waitMsSum = 0, m_handleMsSum = 0, m_busyMs = 0;
};

} // namespace simulator
