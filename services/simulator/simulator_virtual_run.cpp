#include "simulator_virtual_run.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace simulator {

namespace {

constexpr routing::QueueId kQueue = 1;
constexpr routing::Channel kChannel = routing::Channel::Voice;   // one at a time per agent
constexpr routing::Millis kNever = std::numeric_limits<routing::Millis>::max();
constexpr double kMsPerHour = 3600.0 * 1000.0;
// Longest run accepted: keeps every time, and time + offer timeout, far inside int64 ms.
constexpr double kMaxHours = 1e7;

routing::Millis toMillis(double hours) { return routing::Millis(std::llround(hours * kMsPerHour)); }

} // namespace

std::string VirtualRunConfig::problem() const
{
    if (!std::isfinite(arrivalRatePerSecond) || arrivalRatePerSecond < 0)
        return "arrival rate must be a number >= 0 per second";
    if (!std::isfinite(ahtSeconds) || ahtSeconds <= 0)
        return "AHT must be a number > 0 seconds";
    if (agents < 1)
        return "agents must be at least 1";
    if (!std::isfinite(thresholdSeconds) || thresholdSeconds < 0)
        return "threshold must be a number >= 0 seconds";
    if (!std::isfinite(hours) || hours <= 0 || hours > kMaxHours)
        return "hours must be a number > 0 and at most 10,000,000";
    const double warmup = effectiveWarmupHours();
    if (!std::isfinite(warmup) || warmup >= hours)
        return "the warm-up must be shorter than the run";
    return {};
}

VirtualRun::VirtualRun(const VirtualRunConfig &config)
    : m_config(config)
    , m_engine(*this)
    , m_arrivalRng(config.seed)
    // A second stream, so that handle times do not shift when arrivals change.
    , m_handleRng(config.seed ^ 0x9e3779b97f4a7c15ull)
    , m_interArrival(config.arrivalRatePerSecond > 0 ? config.arrivalRatePerSecond : 1.0)
    , m_handleTime(1.0 / config.ahtSeconds)
{
    if (const std::string problem = config.problem(); !problem.empty())
        throw std::invalid_argument(problem);
}

VirtualRun::~VirtualRun() = default;

routing::Millis VirtualRun::sample(std::exponential_distribution<double> &distribution, std::mt19937_64 &rng)
{
    return routing::Millis(std::llround(distribution(rng) * 1000.0));
}

void VirtualRun::count(routing::Refusal refusal)
{
    ++m_result.events;
    if (refusal != routing::Refusal::None)
        ++m_result.refusals;
}

void VirtualRun::setUp()
{
    m_end = toMillis(m_config.hours);
    m_measureFrom = toMillis(m_config.effectiveWarmupHours());
    m_threshold = routing::Millis(std::llround(m_config.thresholdSeconds * 1000.0));

    routing::QueueConfig queue;
    queue.id = kQueue;
    queue.channels = routing::channelBit(kChannel);
    queue.offerTimeout = m_end + 24 * 3600 * 1000;   // never within the run
    queue.wrapUp = 0;
    queue.serviceLevelThreshold = m_threshold;
    queue.strategy = routing::Strategy::LongestIdle;
    m_engine.upsertQueue(queue, 0);

    for (int i = 1; i <= m_config.agents; ++i) {
        routing::AgentConfig agent;
        agent.id = routing::AgentId(i);
        agent.capacity = {1, 0, 0, 0};
        m_engine.upsertAgent(agent, 0);
        count(m_engine.setAgentState(agent.id, routing::AgentState::Available, {}, false, 0));
    }
    answerOffers(0);
}

void VirtualRun::offered(const routing::InteractionSnapshot &interaction, routing::AgentId agent)
{
    // Answered after the engine call returns: the engine is not re-entered from here.
    m_offers.push_back({interaction.id, agent, interaction.enqueuedAt});
}

void VirtualRun::answerOffers(routing::Millis now)
{
    // Accepting cannot produce new offers (the agent's capacity is already taken by the
    // offer), but a loop keeps this right whatever the engine reports.
    while (!m_offers.empty()) {
        const Offer offer = m_offers.front();
        m_offers.erase(m_offers.begin());
        const routing::Refusal refusal = m_engine.accept(offer.id, offer.agent, now);
        count(refusal);
        if (refusal != routing::Refusal::None)
            continue;
        const routing::Millis waited = now - offer.enqueuedAt;
        if (now >= m_measureFrom) {
            ++m_result.answered;
            m_waitMsSum += double(waited);
            if (waited > 0)
                ++m_waited;
            if (waited <= m_threshold)
                ++m_withinThreshold;
        }
        m_completions.push({now + sample(m_handleTime, m_handleRng), offer.id, offer.agent, now});
    }
}

void VirtualRun::addBusyTime(routing::Millis from, routing::Millis to)
{
    from = std::max(from, m_measureFrom);
    to = std::min(to, m_end);
    if (to > from)
        m_busyMs += double(to - from);
}

void VirtualRun::arrive(routing::Millis now)
{
    const routing::InteractionId id = m_nextId++;
    if (now >= m_measureFrom)
        ++m_result.offered;
    count(m_engine.enqueue(id, kQueue, kChannel, 0, now));
    answerOffers(now);
}

void VirtualRun::complete(const Completion &completion, routing::Millis now)
{
    count(m_engine.end(completion.id, completion.agent, now));
    // With no wrap-up the engine completes it at once; otherwise finish the wrap-up now
    // (the agent is done with it the moment the handle time ends).
    if (const auto state = m_engine.interaction(completion.id);
        state && state->state == routing::InteractionState::WrapUp)
        count(m_engine.completeWrapUp(completion.id, completion.agent, now));
    addBusyTime(completion.acceptedAt, now);
    if (now >= m_measureFrom) {
        ++m_result.completed;
        m_handleMsSum += double(now - completion.acceptedAt);
    }
    answerOffers(now);
}

VirtualRunResult VirtualRun::run()
{
    setUp();
    routing::Millis nextArrival =
        m_config.arrivalRatePerSecond > 0 ? sample(m_interArrival, m_arrivalRng) : kNever;

    for (;;) {
        routing::Millis now = nextArrival;
        if (!m_completions.empty())
            now = std::min(now, m_completions.top().at);
        if (const auto deadline = m_engine.nextDeadline())
            now = std::min(now, *deadline);
        if (now >= m_end)
            break;

        m_engine.advance(now);
        ++m_result.events;
        answerOffers(now);
        // Completions first: an agent freed at the same millisecond takes the arrival.
        while (!m_completions.empty() && m_completions.top().at == now) {
            const Completion completion = m_completions.top();
            m_completions.pop();
            complete(completion, now);
        }
        if (nextArrival == now) {
            arrive(now);
            nextArrival = now + sample(m_interArrival, m_arrivalRng);
        }
    }

    // Interactions still being handled were busy until the end.
    while (!m_completions.empty()) {
        addBusyTime(m_completions.top().acceptedAt, m_end);
        m_completions.pop();
    }

    VirtualRunResult &r = m_result;
    r.measuredSeconds = double(m_end - m_measureFrom) / 1000.0;
    r.waitingAtEnd = m_engine.waitingCount(kQueue);
    if (r.answered > 0) {
        r.pWait = double(m_waited) / double(r.answered);
        r.serviceLevel = double(m_withinThreshold) / double(r.answered);
        r.asaSeconds = m_waitMsSum / double(r.answered) / 1000.0;
    } else {
        // Nobody answered: either nobody came, or everyone is still waiting.
        r.serviceLevel = r.waitingAtEnd > 0 ? 0 : 1;
        r.pWait = r.waitingAtEnd > 0 ? 1 : 0;
    }
    if (r.completed > 0)
        r.ahtSeconds = m_handleMsSum / double(r.completed) / 1000.0;
    r.abandonRate = r.offered > 0 ? double(r.abandoned) / double(r.offered) : 0;
    r.occupancy = m_busyMs / (double(m_config.agents) * double(m_end - m_measureFrom));
    return r;
}

} // namespace simulator
