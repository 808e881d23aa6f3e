#include "simulator_virtual_scenario_run.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <functional>
#include <queue>
#include <random>
#include <stdexcept>
#include <unordered_map>

namespace simulator {

namespace {

using routing::AgentId;
using routing::InteractionId;
using routing::InteractionState;
using routing::Millis;

constexpr Millis kBackToWorkAfterMissed = 1000;   // as the live bot does
// Longest run accepted: far inside int64 ms, and what a what-if needs.
constexpr double kMaxSeconds = 3600.0 * 24 * 365 * 10;

Millis toMillis(double seconds) { return Millis(std::llround(seconds * 1000.0)); }

routing::Channel engineChannel(int v1Channel) { return routing::Channel(v1Channel - 1); }

routing::Strategy strategyFromName(const QString &name)
{
    if (name == QLatin1String("most_skilled"))
        return routing::Strategy::MostSkilled;
    if (name == QLatin1String("round_robin"))
        return routing::Strategy::RoundRobin;
    if (name == QLatin1String("fewest_active"))
        return routing::Strategy::FewestActive;
    return routing::Strategy::LongestIdle;
}

// The configuration of each of the scenario's queues: its own, else the demo center's.
std::vector<Scenario::VirtualQueue> resolveQueues(const Scenario &scenario, std::string *problem)
{
    std::vector<Scenario::VirtualQueue> resolved;
    for (const Scenario::Arrivals &arrivals : scenario.queues) {
        std::optional<Scenario::VirtualQueue> queue;
        for (const Scenario::VirtualQueue &q : scenario.virtualQueues)
            if (q.queueId == arrivals.queueId)
                queue = q;
        if (!queue)
            queue = Scenario::demoQueue(arrivals.queueId);
        if (!queue) {
            *problem = "queue " + arrivals.queueId.toStdString()
                + " is not one of the demo center's (queue-support, queue-billing, queue-sales) and "
                  "\"virtual_queues\" does not configure it";
            return {};
        }
        for (int channel = 1; channel < 5; ++channel)
            if (arrivals.perMinute[channel] > 0
                && std::find(queue->channels.begin(), queue->channels.end(), channel) == queue->channels.end()) {
                static const char *const names[5] = {"", "voice", "chat", "email", "sms"};
                *problem = "queue " + arrivals.queueId.toStdString() + " has " + names[channel]
                    + " arrivals but does not take that channel";
                return {};
            }
        resolved.push_back(*queue);
    }
    return resolved;
}

} // namespace

struct VirtualScenarioRun::Impl final : routing::Listener {
    enum class Kind : std::uint8_t { Arrival, ArrivalsEnd, Accept, Finish, CompleteWrapUp, Patience, BreakEnd, BackToWork };
    struct Event {
        Millis at = 0;
        std::uint64_t seq = 0;   // ties in scheduling order: deterministic
        Kind kind = Kind::Arrival;
        std::uint64_t subject = 0;   // interaction id, or the arrival stream's index
        AgentId agent = 0;
        Millis tag = 0;              // the offer's time, for Accept
        bool operator>(const Event &other) const { return at != other.at ? at > other.at : seq > other.seq; }
    };
    struct Stream {
        std::size_t queue = 0;
        routing::Channel channel = routing::Channel::Voice;
        double perSecond = 0;
        double patienceSecondsMean = 0;
    };
    struct Stats {
        std::uint64_t offered = 0, answered = 0, abandoned = 0, completed = 0;
        std::uint64_t waited = 0, withinThreshold = 0, abandonedWithinThreshold = 0;
        double waitMs = 0, handleMs = 0, heldMs = 0;
    };
    struct Queue {
        Scenario::VirtualQueue config;
        routing::QueueId id = 0;
        Millis threshold = 0;
        Stats stats;
    };
    struct Live {
        std::size_t queue = 0;
        InteractionState state = InteractionState::Waiting;
        Millis enqueuedAt = 0;
        Millis firstOfferedAt = -1;
        AgentId agent = 0;
        Millis offeredAt = 0;
        Millis acceptedAt = 0;
        bool accepted = false;
    };
    struct Bot {
        routing::AgentState state = routing::AgentState::Offline;
        int held = 0;          // accepted, not completed
        bool onBreak = false;
        Millis mark = 0;       // time accounted up to
    };
    struct Offer {
        InteractionId id;
        AgentId agent;
        Millis offeredAt;
    };

    explicit Impl(const Scenario &s)
        : scenario(s)
        , engine(*this)
        , arrivalRng(s.seed)
        , customerRng(s.seed ^ 0x9e3779b97f4a7c15ull)
        , botRng(s.seed ^ 0xbf58476d1ce4e5b9ull)
        , skillRng(s.seed ^ 0x94d049bb133111ebull)
    {
    }

    // --- Listener: collect, act after the engine call returns --------------------
    void offered(const routing::InteractionSnapshot &interaction, AgentId agent) override
    {
        auto it = live.find(interaction.id);
        if (it == live.end())
            return;
        it->second.state = InteractionState::Offered;
        it->second.agent = agent;
        it->second.offeredAt = interaction.offeredAt;
        if (it->second.firstOfferedAt < 0)
            it->second.firstOfferedAt = interaction.offeredAt;
        offers.push_back({interaction.id, agent, interaction.offeredAt});
    }

    void offerWithdrawn(const routing::InteractionSnapshot &, AgentId, routing::WithdrawReason reason) override
    {
        if (reason == routing::WithdrawReason::Timeout)
            ++result.missedOffers;
    }

    void interactionChanged(const routing::InteractionSnapshot &interaction) override
    {
        auto it = live.find(interaction.id);
        if (it == live.end())
            return;
        Live &l = it->second;
        Queue &queue = queues[l.queue];
        l.state = interaction.state;
        if (interaction.state == InteractionState::Completed) {
            const double held = double(now - l.acceptedAt);
            ++queue.stats.completed;
            queue.stats.handleMs += held;
            queue.stats.heldMs += held;
            Bot &bot = bots[l.agent - 1];
            account(bot);
            --bot.held;
            freed.push_back(l.agent);
            live.erase(it);
        } else if (interaction.state == InteractionState::Abandoned) {
            ++queue.stats.abandoned;
            if (now - l.enqueuedAt <= queue.threshold)
                ++queue.stats.abandonedWithinThreshold;
            live.erase(it);
        }
    }

    void agentChanged(const routing::AgentSnapshot &agent) override
    {
        if (agent.id == 0 || agent.id > bots.size())
            return;
        Bot &bot = bots[agent.id - 1];
        account(bot);
        bot.state = agent.state;
        if (agent.state == routing::AgentState::NotReady && agent.reason == "missed")
            missed.push_back(agent.id);
    }

    // --- the run -----------------------------------------------------------------
    void count(routing::Refusal refusal)
    {
        ++result.events;
        if (refusal != routing::Refusal::None)
            ++result.refusals;
    }

    void schedule(Millis at, Kind kind, std::uint64_t subject = 0, AgentId agent = 0, Millis tag = 0)
    {
        events.push({at, nextSeq++, kind, subject, agent, tag});
    }

    Millis exponential(double meanSeconds, std::mt19937_64 &rng)
    {
        return toMillis(std::exponential_distribution<double>(1.0 / meanSeconds)(rng));
    }
    Millis uniform(int minMs, int maxMs) { return std::uniform_int_distribution<int>(minMs, maxMs)(botRng); }

    // Busy (holding an accepted interaction) and staffed (busy or available, not on a
    // break) time of one agent, up to now.
    void account(Bot &bot)
    {
        const double dt = double(now - bot.mark);
        bot.mark = now;
        if (dt <= 0)
            return;
        if (bot.held > 0) {
            occupiedMs += dt;
            staffedMs += dt;
        } else if (bot.state == routing::AgentState::Available) {
            staffedMs += dt;
        }
    }

    void setUp()
    {
        QHash<QString, routing::SkillId> skills;
        auto skillId = [&](const QString &name) {
            auto it = skills.find(name);
            if (it == skills.end())
                it = skills.insert(name, routing::SkillId(skills.size() + 1));
            return *it;
        };
        std::string problem;
        const std::vector<Scenario::VirtualQueue> configs = resolveQueues(scenario, &problem);
        for (std::size_t i = 0; i < configs.size(); ++i) {
            const Scenario::VirtualQueue &q = configs[i];
            Queue queue;
            queue.config = q;
            queue.id = routing::QueueId(i + 1);
            queue.threshold = toMillis(q.thresholdSeconds);
            routing::QueueConfig config;
            config.id = queue.id;
            config.channels = 0;
            for (int channel : q.channels)
                config.channels |= routing::channelBit(engineChannel(channel));
            for (const auto &r : q.required)
                config.required.push_back({skillId(r.skillId), r.minProficiency});
            for (const auto &r : q.relaxations)
                config.relaxations.push_back({toMillis(r.afterSeconds), skillId(r.skillId), r.minProficiency});
            std::stable_sort(config.relaxations.begin(), config.relaxations.end(),
                             [](const routing::Relaxation &a, const routing::Relaxation &b) { return a.after < b.after; });
            config.priority = q.priority;
            config.offerTimeout = std::max<Millis>(1, toMillis(q.offerTimeoutSeconds));
            config.wrapUp = toMillis(q.wrapUpSeconds);
            config.serviceLevelThreshold = queue.threshold;
            config.strategy = strategyFromName(q.strategy);
            engine.upsertQueue(config, 0);
            queues.push_back(queue);

            const Scenario::Arrivals &arrivals = scenario.queues[i];
            for (int channel = 1; channel < 5; ++channel)
                if (arrivals.perMinute[channel] > 0)
                    streams.push_back({i, engineChannel(channel), arrivals.perMinute[channel] / 60.0,
                                       arrivals.patienceSecondsMean});
        }

        bots.resize(std::size_t(std::max(0, scenario.bots.count)));
        for (std::size_t i = 0; i < bots.size(); ++i) {
            routing::AgentConfig agent;
            agent.id = AgentId(i + 1);
            for (const Scenario::SkillGrant &grant : scenario.bots.skills) {
                if (std::uniform_real_distribution<double>(0, 1)(skillRng) >= grant.probability)
                    continue;
                const int proficiency =
                    std::uniform_int_distribution<int>(grant.minProficiency, grant.maxProficiency)(skillRng);
                agent.skills.push_back({skillId(grant.skillId), proficiency});
            }
            engine.upsertAgent(agent, 0);   // default capacities, voice blocks the others
        }
        for (std::size_t i = 0; i < bots.size(); ++i)
            count(engine.setAgentState(AgentId(i + 1), routing::AgentState::Available, {}, false, 0));
        react();

        for (std::size_t s = 0; s < streams.size(); ++s)
            scheduleArrival(s);
        schedule(arrivalEnd, Kind::ArrivalsEnd);
    }

    void scheduleArrival(std::size_t stream)
    {
        const Millis at = now + toMillis(std::exponential_distribution<double>(streams[stream].perSecond)(arrivalRng));
        if (at < arrivalEnd)
            schedule(at, Kind::Arrival, stream);
    }

    void arrive(std::size_t s)
    {
        const Stream &stream = streams[s];
        Queue &queue = queues[stream.queue];
        const InteractionId id = nextId++;
        Live l;
        l.queue = stream.queue;
        l.enqueuedAt = now;
        live.emplace(id, l);
        ++queue.stats.offered;
        // Patience is drawn before the engine call so that the draw order never depends
        // on what the engine decides.
        const bool patient = stream.patienceSecondsMean <= 0;
        const Millis patience = patient ? 0 : exponential(stream.patienceSecondsMean, customerRng);
        count(engine.enqueue(id, queue.id, stream.channel, 0, now));
        if (!patient)
            schedule(now + patience, Kind::Patience, id);
        scheduleArrival(s);
    }

    void accept(const Event &event)
    {
        auto it = live.find(event.subject);
        if (it == live.end() || it->second.state != InteractionState::Offered || it->second.agent != event.agent
            || it->second.offeredAt != event.tag)
            return;   // abandoned, timed out or re-offered meanwhile
        Bot &bot = bots[event.agent - 1];
        account(bot);
        const routing::Refusal refusal = engine.accept(event.subject, event.agent, now);
        count(refusal);
        it = live.find(event.subject);
        if (refusal != routing::Refusal::None || it == live.end())
            return;
        Live &l = it->second;
        Queue &queue = queues[l.queue];
        l.accepted = true;
        l.acceptedAt = now;
        l.state = InteractionState::Active;
        ++bot.held;
        const Millis waited = now - l.enqueuedAt;
        ++queue.stats.answered;
        queue.stats.waitMs += double(waited);
        if (l.firstOfferedAt > l.enqueuedAt)
            ++queue.stats.waited;
        if (waited <= queue.threshold)
            ++queue.stats.withinThreshold;
        schedule(now + exponential(scenario.bots.handleSecondsMean, botRng), Kind::Finish, event.subject, event.agent);
    }

    void finish(const Event &event)
    {
        auto it = live.find(event.subject);
        if (it == live.end() || it->second.state != InteractionState::Active)
            return;
        count(engine.end(event.subject, event.agent, now));
        it = live.find(event.subject);
        if (it != live.end() && it->second.state == InteractionState::WrapUp)
            schedule(now + uniform(scenario.bots.wrapUpMinMs, scenario.bots.wrapUpMaxMs), Kind::CompleteWrapUp,
                     event.subject, event.agent);
    }

    void handle(const Event &event)
    {
        switch (event.kind) {
        case Kind::Arrival:
            arrive(std::size_t(event.subject));
            break;
        case Kind::ArrivalsEnd:
            break;
        case Kind::Accept:
            accept(event);
            break;
        case Kind::Finish:
            finish(event);
            break;
        case Kind::CompleteWrapUp:
            // The queue's wrap-up time may have run out first: then it is gone.
            if (auto it = live.find(event.subject); it != live.end() && it->second.state == InteractionState::WrapUp)
                count(engine.completeWrapUp(event.subject, event.agent, now));
            break;
        case Kind::Patience:
            if (auto it = live.find(event.subject); it != live.end()
                && (it->second.state == InteractionState::Waiting || it->second.state == InteractionState::Offered))
                count(engine.abandon(event.subject, now));
            break;
        case Kind::BreakEnd:
            bots[event.agent - 1].onBreak = false;
            count(engine.setAgentState(event.agent, routing::AgentState::Available, {}, false, now));
            break;
        case Kind::BackToWork:
            if (!bots[event.agent - 1].onBreak && bots[event.agent - 1].state == routing::AgentState::NotReady)
                count(engine.setAgentState(event.agent, routing::AgentState::Available, {}, false, now));
            break;
        }
    }

    // Acts on what the engine reported, until it reports nothing more.
    void react()
    {
        while (!offers.empty() || !freed.empty() || !missed.empty()) {
            const std::vector<Offer> newOffers = std::exchange(offers, {});
            for (const Offer &offer : newOffers)
                schedule(now + uniform(scenario.bots.acceptDelayMinMs, scenario.bots.acceptDelayMaxMs), Kind::Accept,
                         offer.id, offer.agent, offer.offeredAt);
            const std::vector<AgentId> newlyMissed = std::exchange(missed, {});
            for (AgentId agent : newlyMissed)
                schedule(now + kBackToWorkAfterMissed, Kind::BackToWork, 0, agent);
            const std::vector<AgentId> newlyFreed = std::exchange(freed, {});
            for (AgentId agent : newlyFreed)
                maybeTakeBreak(agent);
        }
    }

    // As the live bot: after an interaction, with nothing in hand, sometimes a break.
    void maybeTakeBreak(AgentId agent)
    {
        Bot &bot = bots[agent - 1];
        if (bot.onBreak || bot.state != routing::AgentState::Available)
            return;
        const auto snapshot = engine.agent(agent);
        if (!snapshot)
            return;
        for (int used : snapshot->used)
            if (used > 0)
                return;
        if (std::uniform_real_distribution<double>(0, 1)(botRng) >= scenario.bots.breakProbability)
            return;
        bot.onBreak = true;
        ++result.breaks;
        count(engine.setAgentState(agent, routing::AgentState::NotReady, "break", true, now));
        schedule(now + toMillis(scenario.bots.breakSeconds), Kind::BreakEnd, 0, agent);
    }

    VirtualScenarioResult run()
    {
        arrivalEnd = toMillis(scenario.durationSeconds);
        const Millis hardEnd = arrivalEnd + toMillis(scenario.drainSeconds);
        setUp();

        Millis stoppedAt = hardEnd;
        for (;;) {
            std::optional<Millis> next;
            if (!events.empty())
                next = events.top().at;
            if (const auto deadline = engine.nextDeadline())
                next = next ? std::min(*next, *deadline) : *deadline;
            if (!next || *next > hardEnd)
                break;   // stuck (nothing timed) or out of drain time: stop at hardEnd
            now = std::max(now, *next);
            engine.advance(now);
            ++result.events;
            react();
            while (!events.empty() && events.top().at <= now) {
                const Event event = events.top();
                events.pop();
                handle(event);
                react();
            }
            if (now >= arrivalEnd && live.empty()) {
                stoppedAt = now;
                result.drained = true;
                break;
            }
        }

        now = stoppedAt;
        for (Bot &bot : bots)
            account(bot);
        for (const auto &[id, l] : live) {
            Stats &stats = queues[l.queue].stats;
            if (l.accepted)
                stats.heldMs += double(stoppedAt - l.acceptedAt);
        }
        return figures(stoppedAt);
    }

    VirtualScenarioFigures figuresOf(const Stats &s, double threshold) const
    {
        VirtualScenarioFigures f;
        f.thresholdSeconds = threshold;
        f.offered = s.offered;
        f.answered = s.answered;
        f.abandoned = s.abandoned;
        f.completed = s.completed;
        f.answeredWithinThreshold = s.withinThreshold;
        f.abandonedWithinThreshold = s.abandonedWithinThreshold;
        if (s.answered > 0) {
            f.pWait = double(s.waited) / double(s.answered);
            f.serviceLevel = double(s.withinThreshold) / double(s.answered);
            f.asaSeconds = s.waitMs / double(s.answered) / 1000.0;
        }
        if (s.answered + s.abandoned > 0)
            f.serviceLevelWithAbandons = double(s.withinThreshold + s.abandonedWithinThreshold)
                / double(s.answered + s.abandoned);
        if (s.completed > 0)
            f.ahtSeconds = s.handleMs / double(s.completed) / 1000.0;
        f.abandonRate = s.offered > 0 ? double(s.abandoned) / double(s.offered) : 0;
        f.occupancy = staffedMs > 0 ? s.heldMs / staffedMs : 0;
        return f;
    }

    VirtualScenarioResult figures(Millis stoppedAt)
    {
        VirtualScenarioResult &r = result;
        r.arrivalSeconds = double(arrivalEnd) / 1000.0;
        r.simulatedSeconds = double(stoppedAt) / 1000.0;
        r.agents = int(bots.size());

        std::vector<std::uint64_t> waiting(queues.size()), inProgress(queues.size());
        for (const auto &[id, l] : live)
            ++(l.accepted ? inProgress : waiting)[l.queue];

        Stats total;
        for (std::size_t i = 0; i < queues.size(); ++i) {
            const Stats &s = queues[i].stats;
            VirtualScenarioFigures f = figuresOf(s, queues[i].config.thresholdSeconds);
            f.queueId = queues[i].config.queueId.toStdString();
            f.waitingAtEnd = waiting[i];
            f.inProgressAtEnd = inProgress[i];
            r.queues.push_back(f);
            total.offered += s.offered;
            total.answered += s.answered;
            total.abandoned += s.abandoned;
            total.completed += s.completed;
            total.waited += s.waited;
            total.withinThreshold += s.withinThreshold;
            total.abandonedWithinThreshold += s.abandonedWithinThreshold;
            total.waitMs += s.waitMs;
            total.handleMs += s.handleMs;
            total.heldMs += s.heldMs;
        }
        // The center's threshold: each queue's own; reported when they all agree.
        double threshold = queues.empty() ? 0 : queues.front().config.thresholdSeconds;
        for (const Queue &q : queues)
            if (q.config.thresholdSeconds != threshold)
                threshold = -1;
        r.center = figuresOf(total, threshold);
        r.center.occupancy = staffedMs > 0 ? occupiedMs / staffedMs : 0;
        for (const VirtualScenarioFigures &f : r.queues) {
            r.center.waitingAtEnd += f.waitingAtEnd;
            r.center.inProgressAtEnd += f.inProgressAtEnd;
        }
        return r;
    }

    const Scenario scenario;
    routing::Engine engine;
    std::mt19937_64 arrivalRng, customerRng, botRng, skillRng;
    std::vector<Queue> queues;
    std::vector<Stream> streams;
    std::vector<Bot> bots;
    std::unordered_map<InteractionId, Live> live;   // not yet completed or abandoned
    std::priority_queue<Event, std::vector<Event>, std::greater<>> events;
    std::uint64_t nextSeq = 0;
    InteractionId nextId = 1;
    Millis now = 0;
    Millis arrivalEnd = 0;
    double occupiedMs = 0, staffedMs = 0;
    // Collected from the Listener during one engine call.
    std::vector<Offer> offers;
    std::vector<AgentId> freed, missed;
    VirtualScenarioResult result;
};

std::string VirtualScenarioRun::problem(const Scenario &scenario)
{
    if (!std::isfinite(scenario.durationSeconds) || scenario.durationSeconds <= 0
        || scenario.durationSeconds > kMaxSeconds)
        return "the duration must be more than 0 and at most 10 years";
    if (!std::isfinite(scenario.drainSeconds) || scenario.drainSeconds < 0 || scenario.drainSeconds > kMaxSeconds)
        return "drain_seconds must be 0 to 10 years";
    if (scenario.bots.breakSeconds < 0)
        return "bots.break_seconds must not be negative";
    std::string problem;
    resolveQueues(scenario, &problem);
    return problem;
}

VirtualScenarioRun::VirtualScenarioRun(const Scenario &scenario)
{
    if (const std::string problem = VirtualScenarioRun::problem(scenario); !problem.empty())
        throw std::invalid_argument(problem);
    d = std::make_unique<Impl>(scenario);
}

VirtualScenarioRun::~VirtualScenarioRun() = default;

VirtualScenarioResult VirtualScenarioRun::run() { return d->run(); }

} // namespace simulator
