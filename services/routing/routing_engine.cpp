#include "routing_engine.h"

// Structure and complexity: docs/routing.md. In short, per queue a list of requirement
// levels (base, then each relaxation step); per (queue, level) the eligible agents kept
// incrementally, and per (queue, level, channel) an ordered set of the READY agents keyed
// by the queue's strategy and an ordered set of the waiting interactions. A decision only
// looks at the heads of those sets.

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace routing {

const char *describe(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None: return "ok";
    case Refusal::UnknownQueue: return "unknown queue";
    case Refusal::UnknownAgent: return "unknown agent";
    case Refusal::UnknownInteraction: return "unknown interaction";
    case Refusal::AlreadyExists: return "already exists";
    case Refusal::WrongState: return "the interaction or agent is not in a state that allows this";
    case Refusal::NotYours: return "the interaction is offered to or handled by another agent";
    case Refusal::ChannelNotServed: return "the queue does not take this channel";
    case Refusal::QueueInUse: return "the queue still has interactions";
    }
    return "unknown refusal";
}

namespace {

int channelIndex(Channel c) { return int(c); }

// Where a ready agent stands in a (queue, level, channel) index; smaller is better. The
// bucket is a small integer (busy or not, active count, skill rank); within a bucket the
// stamp is a time or a turn that only grows in normal operation, so insertion is at the
// tail in O(1) (docs/routing.md).
struct ReadyKey {
    std::int32_t bucket = 0;
    AgentId id = 0;
    std::int64_t stamp = 0;
    bool operator<(const ReadyKey &o) const
    {
        if (bucket != o.bucket) return bucket < o.bucket;
        if (stamp != o.stamp) return stamp < o.stamp;
        return id < o.id;
    }
    bool operator==(const ReadyKey &o) const = default;
};

} // namespace

struct Engine::Impl {
    struct Agent;
    struct Queue;
    struct Interaction;

    struct Membership;

    // Intrusive links of a membership in one channel's ready index.
    struct Link {
        Membership *prev = nullptr;
        Membership *next = nullptr;
    };
    struct ReadyList {
        Membership *head = nullptr;
        Membership *tail = nullptr;
    };
    // The ready agents of one (queue, level, channel): per bucket a list sorted by
    // (stamp, id), and a bitmap of the non-empty buckets.
    struct ReadyIndex {
        std::vector<ReadyList> buckets;
        std::vector<std::uint64_t> nonEmpty;
        std::size_t size = 0;
    };

    // Offer order: priority desc, then first entry into a queue, then id.
    struct WaitKey {
        std::int64_t negPriority = 0;
        Millis enqueuedAt = 0;
        InteractionId id = 0;
        Interaction *ix = nullptr;
        bool operator<(const WaitKey &o) const
        {
            if (negPriority != o.negPriority) return negPriority < o.negPriority;
            if (enqueuedAt != o.enqueuedAt) return enqueuedAt < o.enqueuedAt;
            return id < o.id;
        }
    };

    struct Level {
        std::vector<SkillRequirement> required;   // minimum > 0 only
        std::unordered_set<Agent *> members;      // eligible agents
        int maxScore = 0;                         // 10 per required skill (most skilled)
        std::array<ReadyIndex, kChannelCount> ready;
        std::array<std::set<WaitKey>, kChannelCount> waiting;
    };

    struct Queue {
        QueueConfig cfg;                          // relaxations sorted by `after`
        std::vector<Level> levels;                // levels.size() == relaxations.size() + 1
        std::int64_t roundRobin = 0;
        std::size_t live = 0;                     // interactions of any state in this queue
        std::size_t waitingCount = 0;             // waiting, including reserved ones
        std::set<WaitKey> reserved;               // waiting for one agent (transfer)
    };

    // An eligible agent in one (queue, level, channel): one cache line, since a decision
    // walks all of an agent's memberships.
    struct alignas(64) Membership {
        Agent *agent = nullptr;
        Queue *queue = nullptr;
        ReadyKey key;
        std::int64_t roundRobin = 0;              // the queue's turn counter when it last moved back
        Link link;
        std::uint32_t level = 0;
        std::int16_t score = 0;                   // summed proficiency over the level's skills
        std::uint8_t channel = 0;
        bool linked = false;                      // in its ready index
    };

    struct Agent {
        AgentSnapshot s;
        AgentConfig cfg;
        std::vector<Membership> memberships;
        std::vector<Interaction *> held;          // offered, active, wrap-up
        std::set<WaitKey> reserved;               // transferred to this agent, not yet offered
        int usedTotal = 0;
    };

    enum class Where : std::uint8_t { Nowhere, Level, Reserved };

    struct Interaction {
        InteractionSnapshot s;
        Queue *queue = nullptr;
        Agent *agent = nullptr;                   // offered to / handled by
        std::uint32_t level = 0;
        std::uint32_t timerGen = 0;
        bool hasTimer = false;
        Where where = Where::Nowhere;
        WaitKey waitKey;
    };

    struct Timer {
        Millis at = 0;
        InteractionId id = 0;
        std::uint32_t gen = 0;
        bool operator>(const Timer &o) const { return at > o.at; }
    };

    explicit Impl(Listener &l) : listener(l) {}

    Listener &listener;
    std::unordered_map<AgentId, Agent> agents;
    // Ids are small integers: the agents with ids below kDenseIds are also found by index,
    // which spares the hash lookup (two cache misses at 100k agents) on every command.
    static constexpr AgentId kDenseIds = AgentId(1) << 22;
    std::vector<Agent *> agentsById;
    std::unordered_map<QueueId, Queue> queues;
    std::unordered_map<InteractionId, Interaction> interactions;
    std::unordered_map<SkillId, std::vector<Agent *>> agentsBySkill;
    // Each level is indexed under its first required skill (every eligible agent holds it),
    // or in levelsWithoutSkills when it requires nothing.
    std::unordered_map<SkillId, std::vector<std::pair<Queue *, std::uint32_t>>> levelsBySkill;
    std::vector<std::pair<Queue *, std::uint32_t>> levelsWithoutSkills;
    mutable std::vector<Timer> timers;            // min-heap, lazy deletion
    std::size_t liveTimers = 0;
    std::vector<InteractionId> restoredInteractions;
    std::vector<AgentId> restoredAgents;

    // --- lookups ---------------------------------------------------------------------
    Agent *findAgent(AgentId id)
    {
        if (id < agentsById.size()) return agentsById[id];
        if (id < kDenseIds) return nullptr;
        auto it = agents.find(id);
        return it == agents.end() ? nullptr : &it->second;
    }
    Queue *findQueue(QueueId id)
    {
        auto it = queues.find(id);
        return it == queues.end() ? nullptr : &it->second;
    }
    Interaction *findInteraction(InteractionId id)
    {
        auto it = interactions.find(id);
        return it == interactions.end() ? nullptr : &it->second;
    }

    static bool hasRejected(const Interaction &ix, AgentId agent)
    {
        return std::find(ix.s.rejectedBy.begin(), ix.s.rejectedBy.end(), agent) != ix.s.rejectedBy.end();
    }

    // --- readiness and strategy keys -------------------------------------------------
    static ChannelMask readyMask(const Agent &a)
    {
        if (a.s.state != AgentState::Available || a.s.pendingState)
            return 0;
        ChannelMask mask = 0;
        const int voice = a.s.used[0];
        for (int c = 0; c < kChannelCount; ++c) {
            if (!(a.s.loadedChannels & (1u << c)) || a.s.used[c] >= a.cfg.capacity[c])
                continue;
            if (a.cfg.voiceBlocksOthers) {
                if (c == 0 && a.usedTotal - voice > 0) continue;
                if (c != 0 && voice > 0) continue;
            }
            mask |= ChannelMask(1u << c);
        }
        return mask;
    }

    static ReadyKey keyFor(const Agent &a, const Membership &m)
    {
        const std::int32_t busy = a.usedTotal > 0 ? 1 : 0;
        const Millis stamp = busy ? a.s.lastChange : a.s.idleSince;
        switch (m.queue->cfg.strategy) {
        case Strategy::LongestIdle: return {busy, a.s.id, stamp};
        case Strategy::MostSkilled: {
            const int max = m.queue->levels[m.level].maxScore;
            return {std::int32_t(max - std::min<int>(m.score, max)) * 2 + busy, a.s.id, stamp};
        }
        case Strategy::FewestActive: return {std::int32_t(a.usedTotal), a.s.id, stamp};
        case Strategy::RoundRobin: return {0, a.s.id, m.roundRobin};
        }
        return {busy, a.s.id, stamp};
    }

    // Inserts by walking back from the tail of its bucket: O(1) when stamps grow (the normal
    // case), O(k) for the k entries it must pass otherwise (restore, configuration).
    static void link(ReadyIndex &index, Membership &m)
    {
        const std::size_t b = std::size_t(m.key.bucket);
        if (b >= index.buckets.size()) {
            index.buckets.resize(b + 1);
            index.nonEmpty.resize(b / 64 + 1);
        }
        ReadyList &list = index.buckets[b];
        Membership *after = list.tail;
        while (after && m.key < after->key) after = after->link.prev;
        Link &l = m.link;
        l.prev = after;
        l.next = after ? after->link.next : list.head;
        if (l.next) l.next->link.prev = &m;
        else list.tail = &m;
        if (after) after->link.next = &m;
        else list.head = &m;
        m.linked = true;
        index.nonEmpty[b / 64] |= std::uint64_t(1) << (b % 64);
        ++index.size;
    }

    static void unlink(ReadyIndex &index, Membership &m)
    {
        const std::size_t b = std::size_t(m.key.bucket);
        ReadyList &list = index.buckets[b];
        Link &l = m.link;
        if (l.prev) l.prev->link.next = l.next;
        else list.head = l.next;
        if (l.next) l.next->link.prev = l.prev;
        else list.tail = l.prev;
        l = Link{};
        m.linked = false;
        if (!list.head) index.nonEmpty[b / 64] &= ~(std::uint64_t(1) << (b % 64));
        --index.size;
    }

    // Calls f(agent) in strategy order until it returns true.
    template<class F>
    static void forEachReady(const ReadyIndex &index, F f)
    {
        for (std::size_t w = 0; w < index.nonEmpty.size(); ++w) {
            std::uint64_t bits = index.nonEmpty[w];
            while (bits) {
                const std::size_t b = w * 64 + std::size_t(__builtin_ctzll(bits));
                bits &= bits - 1;
                for (Membership *m = index.buckets[b].head; m;) {
                    Membership *next = m->link.next;
                    if (f(*m->agent)) return;
                    m = next;
                }
            }
        }
    }

    // Takes the agent out of every ready index (before its memberships vector changes).
    static void detachAll(Agent &a)
    {
        for (Membership &m : a.memberships)
            if (m.linked) unlink(m.queue->levels[m.level].ready[m.channel], m);
    }

    // Starts loading what a change of the agent's load will touch, so that with many agents
    // the cache misses overlap instead of coming one after the other.
    static void prefetchAgent(const Agent &a)
    {
        if (!a.held.empty()) __builtin_prefetch(a.held.data());
        for (const Membership &m : a.memberships) __builtin_prefetch(&m);
    }

    // Brings every (queue, level, channel) ready index up to date with the agent's state.
    // O(q_a * L) comparisons, plus O(1) per index whose membership or key changed. A first
    // pass prefetches the list neighbours it will touch, so that with many agents the cache
    // misses overlap instead of coming one after the other.
    void refresh(Agent &a)
    {
        for (const Membership &m : a.memberships) __builtin_prefetch(&m);
        const ChannelMask ready = readyMask(a);
        for (const Membership &m : a.memberships) {
            const bool want = ready & (1u << m.channel);
            if (m.linked) {
                if (m.link.prev) __builtin_prefetch(m.link.prev, 1);
                if (m.link.next) __builtin_prefetch(m.link.next, 1);
            }
            if (want) {
                const ReadyIndex &index = m.queue->levels[m.level].ready[m.channel];
                for (const ReadyList &list : index.buckets)
                    if (list.tail) __builtin_prefetch(list.tail, 1);
            }
        }
        for (Membership &m : a.memberships) {
            const bool want = ready & (1u << m.channel);
            if (!want && !m.linked) {
                m.key = keyFor(a, m);
                continue;
            }
            if (want && !m.linked && m.queue->cfg.strategy == Strategy::RoundRobin)
                m.roundRobin = ++m.queue->roundRobin;      // back in the rotation: at its end
            const ReadyKey key = keyFor(a, m);
            if (m.linked && want && key == m.key) continue;
            ReadyIndex &index = m.queue->levels[m.level].ready[m.channel];
            if (m.linked) unlink(index, m);
            m.key = key;
            if (want) link(index, m);
        }
    }

    // --- eligibility -----------------------------------------------------------------
    static bool eligible(const AgentConfig &cfg, const std::vector<SkillRequirement> &required, int *score)
    {
        int sum = 0;
        for (const SkillRequirement &r : required) {
            int best = 0;
            for (const AgentSkill &s : cfg.skills)
                if (s.skill == r.skill) best = std::max(best, s.proficiency);
            if (best < r.minProficiency)
                return false;
            sum += best;
        }
        *score = sum;
        return true;
    }

    void addMembership(Agent &a, Queue &q, std::uint32_t level, int score, std::int64_t roundRobin)
    {
        detachAll(a);   // the vector may move: no index may point into it
        for (int c = 0; c < kChannelCount; ++c) {
            if (!(q.cfg.channels & (1u << c))) continue;
            Membership m;
            m.agent = &a;
            m.queue = &q;
            m.level = level;
            m.score = std::int16_t(std::min(score, 30000));
            m.channel = std::uint8_t(c);
            m.roundRobin = roundRobin;
            m.key = keyFor(a, m);
            a.memberships.push_back(m);
        }
        q.levels[level].members.insert(&a);
    }

    static std::int64_t roundRobinOf(const Agent &a, const Queue *q)
    {
        for (const Membership &m : a.memberships)
            if (m.queue == q) return m.roundRobin;
        return 0;
    }

    // Config path: O(skills of a * levels indexed under them + levels without skills).
    void recomputeMemberships(Agent &a)
    {
        std::unordered_map<Queue *, std::int64_t> roundRobin;
        detachAll(a);
        for (Membership &m : a.memberships) {
            m.queue->levels[m.level].members.erase(&a);
            roundRobin[m.queue] = m.roundRobin;
        }
        a.memberships.clear();
        auto consider = [&](Queue *q, std::uint32_t l) {
            int score = 0;
            if (eligible(a.cfg, q->levels[l].required, &score)) {
                auto it = roundRobin.find(q);
                addMembership(a, *q, l, score, it == roundRobin.end() ? 0 : it->second);
            }
        };
        for (const AgentSkill &s : a.cfg.skills) {
            auto it = levelsBySkill.find(s.skill);
            if (it == levelsBySkill.end()) continue;
            for (auto [q, l] : it->second) consider(q, l);
        }
        for (auto [q, l] : levelsWithoutSkills) consider(q, l);
    }

    void indexAgentSkills(Agent &a)
    {
        for (const AgentSkill &s : a.cfg.skills) agentsBySkill[s.skill].push_back(&a);
    }
    void unindexAgentSkills(Agent &a)
    {
        for (const AgentSkill &s : a.cfg.skills) {
            auto it = agentsBySkill.find(s.skill);
            if (it == agentsBySkill.end()) continue;
            auto &v = it->second;
            v.erase(std::remove(v.begin(), v.end(), &a), v.end());
            if (v.empty()) agentsBySkill.erase(it);
        }
    }

    void indexQueueLevels(Queue &q)
    {
        for (std::uint32_t l = 0; l < q.levels.size(); ++l) {
            if (q.levels[l].required.empty()) levelsWithoutSkills.emplace_back(&q, l);
            else levelsBySkill[q.levels[l].required.front().skill].emplace_back(&q, l);
        }
    }
    void unindexQueueLevels(Queue &q)
    {
        auto drop = [&](std::vector<std::pair<Queue *, std::uint32_t>> &v) {
            v.erase(std::remove_if(v.begin(), v.end(), [&](auto &p) { return p.first == &q; }), v.end());
        };
        drop(levelsWithoutSkills);
        for (const Level &level : q.levels) {
            if (level.required.empty()) continue;
            auto it = levelsBySkill.find(level.required.front().skill);
            if (it == levelsBySkill.end()) continue;
            drop(it->second);
            if (it->second.empty()) levelsBySkill.erase(it);
        }
    }

    static void buildLevels(Queue &q)
    {
        std::stable_sort(q.cfg.relaxations.begin(), q.cfg.relaxations.end(),
                         [](const Relaxation &x, const Relaxation &y) { return x.after < y.after; });
        std::vector<SkillRequirement> current;
        for (const SkillRequirement &r : q.cfg.required) {
            if (r.minProficiency <= 0) continue;
            auto it = std::find_if(current.begin(), current.end(), [&](auto &c) { return c.skill == r.skill; });
            if (it == current.end()) current.push_back(r);
            else it->minProficiency = std::max(it->minProficiency, r.minProficiency);
        }
        q.levels.clear();
        q.levels.resize(q.cfg.relaxations.size() + 1);
        q.levels[0].required = current;
        q.levels[0].maxScore = 10 * int(current.size());
        for (std::size_t i = 0; i < q.cfg.relaxations.size(); ++i) {
            const Relaxation &r = q.cfg.relaxations[i];
            auto it = std::find_if(current.begin(), current.end(), [&](auto &c) { return c.skill == r.skill; });
            if (r.minProficiency <= 0) {
                if (it != current.end()) current.erase(it);
            } else if (it != current.end()) {
                it->minProficiency = r.minProficiency;
            } else {
                current.push_back({r.skill, r.minProficiency});
            }
            q.levels[i + 1].required = current;
            q.levels[i + 1].maxScore = 10 * int(current.size());
        }
    }

    static std::uint32_t levelAt(const Queue &q, Millis waited)
    {
        const auto &r = q.cfg.relaxations;
        auto it = std::upper_bound(r.begin(), r.end(), waited,
                                   [](Millis w, const Relaxation &x) { return w < x.after; });
        return std::uint32_t(it - r.begin());
    }

    // --- timers ----------------------------------------------------------------------
    void setTimer(Interaction &ix, Millis at)
    {
        ++ix.timerGen;
        if (!ix.hasTimer) {
            ix.hasTimer = true;
            ++liveTimers;
        }
        timers.push_back({at, ix.s.id, ix.timerGen});
        std::push_heap(timers.begin(), timers.end(), std::greater<>());
        if (timers.size() > 4096 && timers.size() > 4 * liveTimers)
            compactTimers();
    }
    void clearTimer(Interaction &ix)
    {
        ++ix.timerGen;
        if (ix.hasTimer) {
            ix.hasTimer = false;
            --liveTimers;
        }
    }
    bool timerValid(const Timer &t) const
    {
        auto it = interactions.find(t.id);
        return it != interactions.end() && it->second.hasTimer && it->second.timerGen == t.gen;
    }
    void compactTimers()
    {
        timers.erase(std::remove_if(timers.begin(), timers.end(), [&](const Timer &t) { return !timerValid(t); }),
                     timers.end());
        std::make_heap(timers.begin(), timers.end(), std::greater<>());
    }
    void dropStaleTimers() const
    {
        while (!timers.empty() && !timerValid(timers.front())) {
            std::pop_heap(timers.begin(), timers.end(), std::greater<>());
            timers.pop_back();
        }
    }

    // --- waiting sets ----------------------------------------------------------------
    static WaitKey waitKeyOf(Interaction &ix)
    {
        return {-(std::int64_t(ix.queue->cfg.priority) + ix.s.priorityBoost), ix.s.enqueuedAt, ix.s.id, &ix};
    }

    void scheduleRelaxation(Interaction &ix)
    {
        const auto &r = ix.queue->cfg.relaxations;
        if (ix.level < r.size()) setTimer(ix, ix.s.queuedAt + r[ix.level].after);
        else clearTimer(ix);
    }

    // Puts a Waiting interaction where routing finds it; does not route it.
    void putWaiting(Interaction &ix, Millis now)
    {
        ix.s.state = InteractionState::Waiting;
        ix.waitKey = waitKeyOf(ix);
        ++ix.queue->waitingCount;
        if (ix.s.reservedFor) {
            Agent *target = findAgent(*ix.s.reservedFor);
            clearTimer(ix);
            ix.where = Where::Reserved;
            ix.queue->reserved.insert(ix.waitKey);
            if (target) target->reserved.insert(ix.waitKey);
            return;
        }
        ix.level = levelAt(*ix.queue, now - ix.s.queuedAt);
        ix.where = Where::Level;
        ix.queue->levels[ix.level].waiting[channelIndex(ix.s.channel)].insert(ix.waitKey);
        scheduleRelaxation(ix);
    }

    void takeOutOfWaiting(Interaction &ix)
    {
        if (ix.where == Where::Nowhere) return;
        --ix.queue->waitingCount;
        if (ix.where == Where::Level) {
            ix.queue->levels[ix.level].waiting[channelIndex(ix.s.channel)].erase(ix.waitKey);
        } else {
            ix.queue->reserved.erase(ix.waitKey);
            if (ix.s.reservedFor)
                if (Agent *target = findAgent(*ix.s.reservedFor)) target->reserved.erase(ix.waitKey);
        }
        ix.where = Where::Nowhere;
    }

    // --- decisions -------------------------------------------------------------------
    void offer(Interaction &ix, Agent &a, Millis now, bool routed)
    {
        takeOutOfWaiting(ix);
        ix.s.state = InteractionState::Offered;
        ix.s.agent = a.s.id;
        ix.agent = &a;
        ix.s.offeredAt = now;
        const Millis timeout = ix.queue->cfg.offerTimeout;
        if (timeout > 0) {
            ix.s.offerExpiresAt = now + timeout;
            setTimer(ix, ix.s.offerExpiresAt);
        } else {
            ix.s.offerExpiresAt = 0;
            clearTimer(ix);
        }
        a.held.push_back(&ix);
        if (a.usedTotal == 0) a.s.idleSince = now;
        a.s.lastChange = now;
        ++a.usedTotal;
        ++a.s.used[channelIndex(ix.s.channel)];
        if (routed && ix.queue->cfg.strategy == Strategy::RoundRobin) {
            const std::int64_t turn = ++ix.queue->roundRobin;
            for (Membership &m : a.memberships)
                if (m.queue == ix.queue) m.roundRobin = turn;
        }
        refresh(a);
        listener.offered(ix.s, a.s.id);
        listener.interactionChanged(ix.s);
        listener.agentChanged(a.s);
    }

    // Offers a Waiting interaction to the best ready agent, if any. O(log A + |rejectedBy|).
    bool route(Interaction &ix, Millis now, const Agent *skip)
    {
        if (ix.s.state != InteractionState::Waiting) return false;
        const int c = channelIndex(ix.s.channel);
        if (ix.where == Where::Reserved) {
            Agent *target = ix.s.reservedFor ? findAgent(*ix.s.reservedFor) : nullptr;
            if (target && target != skip && (readyMask(*target) & (1u << c))) {
                offer(ix, *target, now, false);
                return true;
            }
            return false;
        }
        Agent *chosen = nullptr;
        forEachReady(ix.queue->levels[ix.level].ready[c], [&](Agent &a) {
            if (&a == skip || hasRejected(ix, a.s.id)) return false;
            chosen = &a;
            return true;
        });
        if (!chosen) return false;
        prefetchAgent(*chosen);
        offer(ix, *chosen, now, true);
        return true;
    }

    // Offers the agent the best waiting interactions it can take, while it has room.
    // O(q_a * L) per offer made (the heads of its waiting sets), plus skipped rejections.
    void pull(Agent &a, Millis now)
    {
        for (;;) {
            const ChannelMask ready = readyMask(a);
            if (!ready) return;
            Interaction *best = nullptr;
            for (const WaitKey &w : a.reserved) {
                if (ready & channelBit(w.ix->s.channel)) {
                    best = w.ix;
                    break;
                }
            }
            if (!best) {
                const WaitKey *bestKey = nullptr;
                for (const Membership &m : a.memberships) {
                    if (!(ready & (1u << m.channel))) continue;
                    for (const WaitKey &w : m.queue->levels[m.level].waiting[m.channel]) {
                        if (bestKey && !(w < *bestKey)) break;
                        if (hasRejected(*w.ix, a.s.id)) continue;
                        bestKey = &w;
                        break;
                    }
                }
                if (bestKey) best = bestKey->ix;
            }
            if (!best) return;
            offer(*best, a, now, best->where == Where::Level);
        }
    }

    // Frees the capacity the interaction held. Reports nothing.
    void release(Agent &a, Interaction &ix, Millis now)
    {
        auto it = std::find(a.held.begin(), a.held.end(), &ix);
        if (it != a.held.end()) a.held.erase(it);
        --a.usedTotal;
        --a.s.used[channelIndex(ix.s.channel)];
        ix.agent = nullptr;
        a.s.lastChange = now;
        if (a.usedTotal == 0) {
            a.s.idleSince = now;
            if (a.s.pendingState) {
                a.s.state = *a.s.pendingState;
                a.s.reason = a.s.pendingReason;
                a.s.stateSince = now;
                a.s.pendingState.reset();
                a.s.pendingReason.clear();
            }
        }
        refresh(a);
    }

    // Takes an offer back; the interaction waits again (or is abandoned). Reports the
    // withdrawal and the interaction's change, not the agent's.
    void withdraw(Interaction &ix, WithdrawReason reason, Millis now)
    {
        Agent &a = *ix.agent;
        release(a, ix, now);
        ix.s.agent.reset();
        ix.s.offeredAt = 0;
        ix.s.offerExpiresAt = 0;
        clearTimer(ix);
        if (reason == WithdrawReason::Abandoned) {
            ix.s.state = InteractionState::Abandoned;
        } else {
            ix.s.reservedFor.reset();     // a direct transfer that was not taken goes back to its queue
            if (reason == WithdrawReason::Rejected && !hasRejected(ix, a.s.id)) ix.s.rejectedBy.push_back(a.s.id);
            putWaiting(ix, now);
        }
        listener.offerWithdrawn(ix.s, a.s.id, reason);
        listener.interactionChanged(ix.s);
    }

    void forget(Interaction &ix)
    {
        --ix.queue->live;
        interactions.erase(ix.s.id);
    }

    void complete(Interaction &ix, Millis now)
    {
        Agent *a = ix.agent;
        if (a) release(*a, ix, now);
        ix.s.state = InteractionState::Completed;
        clearTimer(ix);
        listener.interactionChanged(ix.s);
        if (a) listener.agentChanged(a->s);
        forget(ix);
        if (a) pull(*a, now);
    }

    // Immediate NotReady/Offline: outstanding offers are withdrawn and re-routed; active
    // and wrap-up interactions stay with the agent.
    void makeUnavailable(Agent &a, AgentState state, const std::string &reason, Millis now)
    {
        a.s.pendingState.reset();
        a.s.pendingReason.clear();
        if (a.s.state != state || a.s.reason != reason) {
            a.s.state = state;
            a.s.reason = reason;
            a.s.stateSince = now;
        }
        std::vector<Interaction *> offers;
        for (Interaction *ix : a.held)
            if (ix->s.state == InteractionState::Offered) offers.push_back(ix);
        for (Interaction *ix : offers) withdraw(*ix, WithdrawReason::AgentUnavailable, now);
        refresh(a);
        listener.agentChanged(a.s);
        for (Interaction *ix : offers) route(*ix, now, &a);
    }

    void onOfferTimeout(Interaction &ix, Millis now)
    {
        Agent &a = *ix.agent;
        const int maxMissed = ix.queue->cfg.maxMissedOffers;
        withdraw(ix, WithdrawReason::Timeout, now);
        ++a.s.missedOffers;
        const bool missed = maxMissed > 0 && a.s.missedOffers >= maxMissed;
        if (missed) makeUnavailable(a, AgentState::NotReady, "missed", now);
        else listener.agentChanged(a.s);
        route(ix, now, &a);
        if (!missed) pull(a, now);
    }

    // Moves a waiting interaction to its level as of now and schedules the next step.
    void relevel(Interaction &ix, Millis now)
    {
        if (ix.where != Where::Level) return;
        const std::uint32_t level = levelAt(*ix.queue, now - ix.s.queuedAt);
        if (level != ix.level) {
            takeOutOfWaiting(ix);
            putWaiting(ix, now);
        } else {
            scheduleRelaxation(ix);
        }
    }
};

// ======================================================================================

Engine::Engine(Listener &listener) : d(std::make_unique<Impl>(listener)) {}
Engine::~Engine() = default;

void Engine::upsertQueue(const QueueConfig &config, Millis now)
{
    auto [it, inserted] = d->queues.try_emplace(config.id);
    Impl::Queue &q = it->second;
    std::vector<Impl::Interaction *> waiting;
    std::unordered_set<Impl::Agent *> affected;
    std::unordered_map<Impl::Agent *, std::int64_t> roundRobin;   // keep each agent's turn
    if (!inserted) {
        for (Impl::Level &level : q.levels) {
            for (auto &set : level.waiting)
                for (const Impl::WaitKey &w : set) waiting.push_back(w.ix);
            for (Impl::Agent *a : level.members) affected.insert(a);
        }
        for (Impl::Agent *a : affected) {
            roundRobin[a] = Impl::roundRobinOf(*a, &q);
            Impl::detachAll(*a);
            auto &ms = a->memberships;
            ms.erase(std::remove_if(ms.begin(), ms.end(), [&](const Impl::Membership &m) { return m.queue == &q; }),
                     ms.end());
        }
        d->unindexQueueLevels(q);
    }
    for (Impl::Interaction *ix : waiting) {
        ix->where = Impl::Where::Nowhere;
        --q.waitingCount;
    }
    q.cfg = config;
    Impl::buildLevels(q);
    d->indexQueueLevels(q);
    for (std::uint32_t l = 0; l < q.levels.size(); ++l) {
        const auto &required = q.levels[l].required;
        auto consider = [&](Impl::Agent &a) {
            int score = 0;
            if (Impl::eligible(a.cfg, required, &score)) {
                auto turn = roundRobin.find(&a);
                d->addMembership(a, q, l, score, turn == roundRobin.end() ? 0 : turn->second);
                affected.insert(&a);
            }
        };
        if (required.empty()) {
            for (auto &entry : d->agents) consider(entry.second);
            continue;
        }
        // The agents holding the rarest required skill are the only candidates.
        const std::vector<Impl::Agent *> *candidates = nullptr;
        bool anyone = true;
        for (const SkillRequirement &r : required) {
            auto found = d->agentsBySkill.find(r.skill);
            if (found == d->agentsBySkill.end()) {
                anyone = false;
                break;
            }
            if (!candidates || found->second.size() < candidates->size()) candidates = &found->second;
        }
        if (anyone)
            for (Impl::Agent *a : *candidates) consider(*a);
    }
    // In id order: the order of equal stamps (round robin turns) must not depend on pointers.
    std::vector<Impl::Agent *> ordered(affected.begin(), affected.end());
    std::sort(ordered.begin(), ordered.end(), [](auto *x, auto *y) { return x->s.id < y->s.id; });
    for (Impl::Agent *a : ordered) d->refresh(*a);
    std::sort(waiting.begin(), waiting.end(),
              [](Impl::Interaction *x, Impl::Interaction *y) { return x->waitKey < y->waitKey; });
    for (Impl::Interaction *ix : waiting) d->putWaiting(*ix, now);
    for (Impl::Interaction *ix : waiting) d->route(*ix, now, nullptr);
}

Refusal Engine::removeQueue(QueueId queue)
{
    Impl::Queue *q = d->findQueue(queue);
    if (!q) return Refusal::UnknownQueue;
    if (q->live > 0) return Refusal::QueueInUse;
    std::vector<Impl::Agent *> members;
    for (Impl::Level &level : q->levels) members.insert(members.end(), level.members.begin(), level.members.end());
    std::sort(members.begin(), members.end(), [](auto *x, auto *y) { return x->s.id < y->s.id; });
    members.erase(std::unique(members.begin(), members.end()), members.end());
    for (Impl::Agent *a : members) Impl::detachAll(*a);
    for (Impl::Agent *a : members) {
        auto &ms = a->memberships;
        ms.erase(std::remove_if(ms.begin(), ms.end(), [&](const Impl::Membership &m) { return m.queue == q; }),
                 ms.end());
    }
    d->unindexQueueLevels(*q);
    d->queues.erase(queue);
    for (Impl::Agent *a : members) d->refresh(*a);
    return Refusal::None;
}

void Engine::upsertAgent(const AgentConfig &config, Millis now)
{
    auto [it, inserted] = d->agents.try_emplace(config.id);
    Impl::Agent &a = it->second;
    if (inserted) {
        if (config.id < Impl::kDenseIds) {
            if (config.id >= d->agentsById.size()) d->agentsById.resize(std::size_t(config.id) + 1, nullptr);
            d->agentsById[config.id] = &a;
        }
        a.s.id = config.id;
        a.s.state = AgentState::Offline;
        a.s.stateSince = now;
        a.s.idleSince = now;
        a.s.lastChange = now;
    } else {
        d->unindexAgentSkills(a);
    }
    a.cfg = config;
    // One entry per skill, the highest proficiency wins.
    std::vector<AgentSkill> skills;
    for (const AgentSkill &s : config.skills) {
        auto found = std::find_if(skills.begin(), skills.end(), [&](auto &x) { return x.skill == s.skill; });
        if (found == skills.end()) skills.push_back(s);
        else found->proficiency = std::max(found->proficiency, s.proficiency);
    }
    a.cfg.skills = std::move(skills);
    d->indexAgentSkills(a);
    d->recomputeMemberships(a);
    d->refresh(a);
    d->pull(a, now);
}

Refusal Engine::setAgentState(AgentId agent, AgentState state, const std::string &reason, bool whenFree, Millis now)
{
    Impl::Agent *a = d->findAgent(agent);
    if (!a) return Refusal::UnknownAgent;
    if (state == AgentState::Available) {
        a->s.pendingState.reset();
        a->s.pendingReason.clear();
        if (a->s.state != AgentState::Available) {
            a->s.state = AgentState::Available;
            a->s.stateSince = now;
            a->s.missedOffers = 0;
            if (a->usedTotal == 0) a->s.idleSince = now;
            a->s.lastChange = now;
        }
        a->s.reason.clear();
        d->refresh(*a);
        d->listener.agentChanged(a->s);
        d->pull(*a, now);
        return Refusal::None;
    }
    if (whenFree && a->usedTotal > 0) {
        a->s.pendingState = state;
        a->s.pendingReason = reason;
        d->refresh(*a);
        d->listener.agentChanged(a->s);
        return Refusal::None;
    }
    d->makeUnavailable(*a, state, reason, now);
    return Refusal::None;
}

Refusal Engine::setLoadedChannels(AgentId agent, ChannelMask channels, Millis now)
{
    Impl::Agent *a = d->findAgent(agent);
    if (!a) return Refusal::UnknownAgent;
    a->s.loadedChannels = channels & kAllChannels;
    d->refresh(*a);
    d->listener.agentChanged(a->s);
    d->pull(*a, now);
    return Refusal::None;
}

Refusal Engine::enqueue(InteractionId id, QueueId queue, Channel channel, int priorityBoost, Millis now)
{
    Impl::Queue *q = d->findQueue(queue);
    if (!q) return Refusal::UnknownQueue;
    if (!(q->cfg.channels & channelBit(channel))) return Refusal::ChannelNotServed;
    auto [it, inserted] = d->interactions.try_emplace(id);
    if (!inserted) return Refusal::AlreadyExists;
    Impl::Interaction &ix = it->second;
    ix.s.id = id;
    ix.s.queue = queue;
    ix.s.channel = channel;
    ix.s.priorityBoost = priorityBoost;
    ix.s.enqueuedAt = now;
    ix.s.queuedAt = now;
    ix.queue = q;
    ++q->live;
    d->putWaiting(ix, now);
    d->listener.interactionChanged(ix.s);
    d->route(ix, now, nullptr);
    return Refusal::None;
}

Refusal Engine::accept(InteractionId id, AgentId agent, Millis now)
{
    Impl::Interaction *ix = d->findInteraction(id);
    if (!ix) return Refusal::UnknownInteraction;
    Impl::Agent *a = d->findAgent(agent);
    if (!a) return Refusal::UnknownAgent;
    if (ix->s.state != InteractionState::Offered) return Refusal::WrongState;
    if (ix->agent != a) return Refusal::NotYours;
    ix->s.state = InteractionState::Active;
    ix->s.acceptedAt = now;
    d->clearTimer(*ix);
    d->listener.interactionChanged(ix->s);
    if (a->s.missedOffers != 0) {
        a->s.missedOffers = 0;
        d->listener.agentChanged(a->s);
    }
    return Refusal::None;
}

Refusal Engine::reject(InteractionId id, AgentId agent, Millis now)
{
    Impl::Interaction *ix = d->findInteraction(id);
    if (!ix) return Refusal::UnknownInteraction;
    Impl::Agent *a = d->findAgent(agent);
    if (!a) return Refusal::UnknownAgent;
    if (ix->s.state != InteractionState::Offered) return Refusal::WrongState;
    if (ix->agent != a) return Refusal::NotYours;
    d->withdraw(*ix, WithdrawReason::Rejected, now);
    a->s.missedOffers = 0;
    d->listener.agentChanged(a->s);
    d->route(*ix, now, nullptr);
    d->pull(*a, now);
    return Refusal::None;
}

Refusal Engine::abandon(InteractionId id, Millis now)
{
    Impl::Interaction *ix = d->findInteraction(id);
    if (!ix) return Refusal::UnknownInteraction;
    if (ix->s.state == InteractionState::Waiting) {
        d->takeOutOfWaiting(*ix);
        d->clearTimer(*ix);
        ix->s.state = InteractionState::Abandoned;
        d->listener.interactionChanged(ix->s);
        d->forget(*ix);
        return Refusal::None;
    }
    if (ix->s.state == InteractionState::Offered) {
        Impl::Agent &a = *ix->agent;
        d->withdraw(*ix, WithdrawReason::Abandoned, now);
        d->listener.agentChanged(a.s);
        d->forget(*ix);
        d->pull(a, now);
        return Refusal::None;
    }
    return Refusal::WrongState;
}

Refusal Engine::end(InteractionId id, AgentId agent, Millis now)
{
    Impl::Interaction *ix = d->findInteraction(id);
    if (!ix) return Refusal::UnknownInteraction;
    Impl::Agent *a = d->findAgent(agent);
    if (!a) return Refusal::UnknownAgent;
    if (ix->s.state != InteractionState::Active) return Refusal::WrongState;
    if (ix->agent != a) return Refusal::NotYours;
    Impl::prefetchAgent(*a);
    ix->s.endedAt = now;
    const Millis wrapUp = ix->queue->cfg.wrapUp;
    if (wrapUp <= 0) {
        d->complete(*ix, now);
        return Refusal::None;
    }
    ix->s.state = InteractionState::WrapUp;
    ix->s.wrapUpEndsAt = now + wrapUp;
    d->setTimer(*ix, ix->s.wrapUpEndsAt);
    d->listener.interactionChanged(ix->s);
    return Refusal::None;
}

Refusal Engine::completeWrapUp(InteractionId id, AgentId agent, Millis now)
{
    Impl::Interaction *ix = d->findInteraction(id);
    if (!ix) return Refusal::UnknownInteraction;
    Impl::Agent *a = d->findAgent(agent);
    if (!a) return Refusal::UnknownAgent;
    if (ix->s.state != InteractionState::WrapUp) return Refusal::WrongState;
    if (ix->agent != a) return Refusal::NotYours;
    d->complete(*ix, now);
    return Refusal::None;
}

Refusal Engine::transferToQueue(InteractionId id, AgentId agent, QueueId queue, Millis now)
{
    Impl::Interaction *ix = d->findInteraction(id);
    if (!ix) return Refusal::UnknownInteraction;
    Impl::Agent *a = d->findAgent(agent);
    if (!a) return Refusal::UnknownAgent;
    Impl::Queue *q = d->findQueue(queue);
    if (!q) return Refusal::UnknownQueue;
    if (ix->s.state != InteractionState::Active) return Refusal::WrongState;
    if (ix->agent != a) return Refusal::NotYours;
    if (!(q->cfg.channels & channelBit(ix->s.channel))) return Refusal::ChannelNotServed;
    d->release(*a, *ix, now);
    ix->s.agent.reset();
    ix->s.offeredAt = ix->s.offerExpiresAt = ix->s.acceptedAt = 0;
    --ix->queue->live;
    ix->queue = q;
    ++q->live;
    ix->s.queue = queue;
    ix->s.queuedAt = now;
    ix->s.reservedFor.reset();
    if (!Impl::hasRejected(*ix, agent)) ix->s.rejectedBy.push_back(agent);   // not back to who handed it over
    d->putWaiting(*ix, now);
    d->listener.interactionChanged(ix->s);
    d->listener.agentChanged(a->s);
    d->route(*ix, now, nullptr);
    d->pull(*a, now);
    return Refusal::None;
}

Refusal Engine::transferToAgent(InteractionId id, AgentId agent, AgentId target, Millis now)
{
    Impl::Interaction *ix = d->findInteraction(id);
    if (!ix) return Refusal::UnknownInteraction;
    Impl::Agent *a = d->findAgent(agent);
    if (!a) return Refusal::UnknownAgent;
    Impl::Agent *t = d->findAgent(target);
    if (!t) return Refusal::UnknownAgent;
    if (ix->s.state != InteractionState::Active) return Refusal::WrongState;
    if (ix->agent != a) return Refusal::NotYours;
    if (t == a) return Refusal::WrongState;
    d->release(*a, *ix, now);
    ix->s.agent.reset();
    ix->s.offeredAt = ix->s.offerExpiresAt = ix->s.acceptedAt = 0;
    ix->s.reservedFor = target;
    d->putWaiting(*ix, now);
    d->listener.interactionChanged(ix->s);
    d->listener.agentChanged(a->s);
    d->route(*ix, now, nullptr);
    d->pull(*a, now);
    return Refusal::None;
}

void Engine::advance(Millis now)
{
    struct Due {
        Impl::Timer timer;
        InteractionState state;
    };
    std::vector<Due> due;
    for (;;) {
        due.clear();
        for (;;) {
            d->dropStaleTimers();
            if (d->timers.empty() || d->timers.front().at > now) break;
            const Impl::Timer t = d->timers.front();
            std::pop_heap(d->timers.begin(), d->timers.end(), std::greater<>());
            d->timers.pop_back();
            Impl::Interaction &ix = d->interactions.find(t.id)->second;
            ix.hasTimer = false;
            --d->liveTimers;
            due.push_back({t, ix.s.state});
        }
        if (due.empty()) break;
        // Every level first: a decision taken for an earlier timer (a wrap-up ending lets
        // its agent pull) must see each waiting interaction at its level as of now.
        for (const Due &x : due)
            if (x.state == InteractionState::Waiting) d->relevel(d->interactions.find(x.timer.id)->second, now);
        for (const Due &x : due) {
            Impl::Interaction *ix = d->findInteraction(x.timer.id);
            if (!ix || ix->s.state != x.state) continue;   // decided meanwhile
            switch (x.state) {
            case InteractionState::Waiting: d->route(*ix, now, nullptr); break;
            case InteractionState::Offered:
                if (ix->timerGen == x.timer.gen) d->onOfferTimeout(*ix, now);
                break;
            case InteractionState::WrapUp:
                if (ix->timerGen == x.timer.gen) d->complete(*ix, now);
                break;
            default: break;
            }
        }
    }
    // After a restore: match what was put back (nothing was decided while restoring).
    std::vector<InteractionId> restored;
    restored.swap(d->restoredInteractions);
    for (InteractionId id : restored)
        if (Impl::Interaction *ix = d->findInteraction(id)) d->route(*ix, now, nullptr);
    std::vector<AgentId> restoredAgents;
    restoredAgents.swap(d->restoredAgents);
    for (AgentId id : restoredAgents)
        if (Impl::Agent *a = d->findAgent(id)) d->pull(*a, now);
}

std::optional<Millis> Engine::nextDeadline() const
{
    d->dropStaleTimers();
    if (d->timers.empty()) return std::nullopt;
    return d->timers.front().at;
}

std::optional<InteractionSnapshot> Engine::interaction(InteractionId id) const
{
    auto it = d->interactions.find(id);
    if (it == d->interactions.end()) return std::nullopt;
    return it->second.s;
}

std::optional<AgentSnapshot> Engine::agent(AgentId id) const
{
    auto it = d->agents.find(id);
    if (it == d->agents.end()) return std::nullopt;
    return it->second.s;
}

std::vector<InteractionSnapshot> Engine::waiting(QueueId queue) const
{
    std::vector<InteractionSnapshot> out;
    auto it = d->queues.find(queue);
    if (it == d->queues.end()) return out;
    std::vector<Impl::WaitKey> keys;
    for (const Impl::Level &level : it->second.levels)
        for (const auto &set : level.waiting) keys.insert(keys.end(), set.begin(), set.end());
    keys.insert(keys.end(), it->second.reserved.begin(), it->second.reserved.end());
    std::sort(keys.begin(), keys.end());
    out.reserve(keys.size());
    for (const Impl::WaitKey &k : keys) out.push_back(k.ix->s);
    return out;
}

std::vector<InteractionSnapshot> Engine::interactionsOf(AgentId agent) const
{
    std::vector<InteractionSnapshot> out;
    auto it = d->agents.find(agent);
    if (it == d->agents.end()) return out;
    for (const Impl::Interaction *ix : it->second.held) out.push_back(ix->s);
    return out;
}

std::size_t Engine::waitingCount(QueueId queue) const
{
    auto it = d->queues.find(queue);
    return it == d->queues.end() ? 0 : it->second.waitingCount;
}

std::size_t Engine::liveInteractionCount() const { return d->interactions.size(); }

Refusal Engine::restoreInteraction(const InteractionSnapshot &snapshot)
{
    if (d->interactions.count(snapshot.id)) return Refusal::AlreadyExists;
    Impl::Queue *q = d->findQueue(snapshot.queue);
    if (!q) return Refusal::UnknownQueue;
    Impl::Agent *a = nullptr;
    switch (snapshot.state) {
    case InteractionState::Waiting:
        if (snapshot.reservedFor && !d->findAgent(*snapshot.reservedFor)) return Refusal::UnknownAgent;
        break;
    case InteractionState::Offered:
    case InteractionState::Active:
    case InteractionState::WrapUp:
        if (!snapshot.agent) return Refusal::WrongState;
        a = d->findAgent(*snapshot.agent);
        if (!a) return Refusal::UnknownAgent;
        break;
    default: return Refusal::WrongState;
    }
    if (!(q->cfg.channels & channelBit(snapshot.channel)) && snapshot.state == InteractionState::Waiting)
        return Refusal::ChannelNotServed;
    Impl::Interaction &ix = d->interactions[snapshot.id];
    ix.s = snapshot;
    ix.queue = q;
    ++q->live;
    if (!a) {
        ix.s.agent.reset();
        // Level 0 with its relaxation timer: advance() brings it to its level and routes it.
        d->putWaiting(ix, ix.s.queuedAt);
        d->restoredInteractions.push_back(ix.s.id);
        return Refusal::None;
    }
    ix.agent = a;
    a->held.push_back(&ix);
    ++a->usedTotal;
    ++a->s.used[channelIndex(ix.s.channel)];
    if (ix.s.state == InteractionState::Offered && ix.s.offerExpiresAt > 0) d->setTimer(ix, ix.s.offerExpiresAt);
    if (ix.s.state == InteractionState::WrapUp) d->setTimer(ix, ix.s.wrapUpEndsAt);
    d->refresh(*a);
    return Refusal::None;
}

Refusal Engine::restoreAgent(const AgentSnapshot &snapshot)
{
    Impl::Agent *a = d->findAgent(snapshot.id);
    if (!a) return Refusal::UnknownAgent;
    a->s.state = snapshot.state;
    a->s.reason = snapshot.reason;
    a->s.stateSince = snapshot.stateSince;
    a->s.idleSince = snapshot.idleSince;
    // Snapshots stored before lastChange existed: the best guess.
    a->s.lastChange = snapshot.lastChange ? snapshot.lastChange : std::max(snapshot.idleSince, snapshot.stateSince);
    a->s.loadedChannels = snapshot.loadedChannels & kAllChannels;
    a->s.pendingState = snapshot.pendingState;
    a->s.pendingReason = snapshot.pendingReason;
    a->s.missedOffers = snapshot.missedOffers;
    // `used` is rebuilt from the restored interactions.
    d->refresh(*a);
    d->restoredAgents.push_back(a->s.id);
    return Refusal::None;
}

} // namespace routing
