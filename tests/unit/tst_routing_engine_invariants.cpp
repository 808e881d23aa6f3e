// Random commands against a small center; after every command the engine's state is
// checked against a brute-force reading of the rules: no waiting interaction is left
// while a ready, eligible agent that did not reject it exists; nothing is offered to an
// ineligible agent; capacity per channel holds; every interaction ends exactly once.

#include "tst_routing_engine_recorder.h"

#include <QtTest>

#include <map>
#include <random>
#include <set>

using namespace routing;
using namespace routing::test;

namespace {

class Ledger : public Listener {
public:
    std::map<InteractionId, InteractionState> ended;
    QStringList errors;
    std::set<InteractionId> offeredOnce;
    void interactionChanged(const InteractionSnapshot &ix) override
    {
        if (ix.state == InteractionState::Completed || ix.state == InteractionState::Abandoned) {
            if (!ended.emplace(ix.id, ix.state).second)
                errors << QStringLiteral("%1 ended twice").arg(ix.id);
        }
    }
};

struct Center {
    std::vector<QueueConfig> queues;
    std::vector<AgentConfig> agents;

    const QueueConfig &queue(QueueId id) const { return queues[id - 1]; }
    const AgentConfig &agent(AgentId id) const { return agents[id - 1]; }

    static std::vector<SkillRequirement> requiredAt(const QueueConfig &q, Millis waited)
    {
        std::vector<Relaxation> rel = q.relaxations;
        std::stable_sort(rel.begin(), rel.end(), [](auto &x, auto &y) { return x.after < y.after; });
        std::vector<SkillRequirement> req = q.required;
        for (const Relaxation &r : rel) {
            if (r.after > waited) break;
            auto it = std::find_if(req.begin(), req.end(), [&](auto &x) { return x.skill == r.skill; });
            if (r.minProficiency <= 0) {
                if (it != req.end()) req.erase(it);
            } else if (it != req.end()) {
                it->minProficiency = r.minProficiency;
            } else {
                req.push_back({r.skill, r.minProficiency});
            }
        }
        return req;
    }
    bool eligible(AgentId a, const QueueConfig &q, Millis waited) const
    {
        for (const SkillRequirement &r : requiredAt(q, waited)) {
            bool ok = false;
            for (const AgentSkill &s : agent(a).skills) ok |= s.skill == r.skill && s.proficiency >= r.minProficiency;
            if (!ok) return false;
        }
        return true;
    }
    bool ready(const AgentSnapshot &s, Channel c) const
    {
        const AgentConfig &cfg = agent(s.id);
        const int ch = int(c);
        if (s.state != AgentState::Available || s.pendingState) return false;
        if (!(s.loadedChannels & channelBit(c)) || s.used[ch] >= cfg.capacity[ch]) return false;
        const int others = s.used[1] + s.used[2] + s.used[3];
        if (cfg.voiceBlocksOthers && ((ch == 0 && others > 0) || (ch != 0 && s.used[0] > 0))) return false;
        return true;
    }
};

} // namespace

class TestRoutingEngineInvariants : public QObject {
    Q_OBJECT
private slots:
    void randomCommandsKeepTheRules_data();
    void randomCommandsKeepTheRules();
};

void TestRoutingEngineInvariants::randomCommandsKeepTheRules_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= qEnvironmentVariableIntValue("ROUTING_SEEDS") + 12; ++seed) QTest::newRow(qPrintable(QString::number(seed))) << seed;
}

void TestRoutingEngineInvariants::randomCommandsKeepTheRules()
{
    QFETCH(int, seed);
    std::mt19937 rng(seed);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };

    Center center;
    Ledger ledger;
    auto engine = std::make_unique<Engine>(ledger);
    Engine *ep = engine.get();
#define e (*ep)
    Millis now = 0;
    const Strategy strategies[] = {Strategy::LongestIdle, Strategy::MostSkilled, Strategy::RoundRobin,
                                   Strategy::FewestActive};
    for (QueueId id = 1; id <= 6; ++id) {
        QueueConfig q;
        q.id = id;
        q.channels = ChannelMask(pick(1, 15));
        q.required = {{SkillId(pick(1, 4)), pick(1, 6)}};
        if (pick(0, 1)) q.required.push_back({SkillId(pick(5, 6)), pick(1, 6)});
        if (pick(0, 1)) q.relaxations.push_back({Millis(pick(1, 20)) * 1000, q.required.back().skill, pick(0, 2)});
        if (pick(0, 1)) q.relaxations.push_back({Millis(pick(1, 20)) * 1000, q.required.front().skill, 1});
        q.strategy = strategies[pick(0, 3)];
        q.priority = pick(0, 2);
        q.offerTimeout = Millis(pick(2, 15)) * 1000;
        q.wrapUp = pick(0, 1) ? 0 : Millis(pick(1, 8)) * 1000;
        q.maxMissedOffers = pick(1, 3);
        center.queues.push_back(q);
        e.upsertQueue(q, now);
    }
    for (AgentId id = 1; id <= 12; ++id) {
        AgentConfig a;
        a.id = id;
        for (SkillId s = 1; s <= 6; ++s)
            if (pick(0, 2)) a.skills.push_back({s, pick(1, 10)});
        a.capacity = {1, pick(1, 3), pick(1, 5), pick(0, 3)};
        a.voiceBlocksOthers = pick(0, 3) != 0;
        center.agents.push_back(a);
        e.upsertAgent(a, now);
        e.setAgentState(id, AgentState::Available, "", false, now);
    }

    std::set<InteractionId> live;
    InteractionId nextId = 1;
    std::map<InteractionId, Millis> offeredBeforeChange;
    auto configurationChanges = [&]() {
        for (InteractionId id : live)
            if (auto s = e.interaction(id); s && s->state == InteractionState::Offered) offeredBeforeChange[id] = s->offeredAt;
    };
    for (int step = 0; step < 3000; ++step) {
        const int op = pick(0, 99);
        const AgentId agent = AgentId(pick(1, 12));
        std::vector<InteractionSnapshot> held = e.interactionsOf(agent);
        const InteractionSnapshot *mine = held.empty() ? nullptr : &held[std::size_t(pick(0, int(held.size()) - 1))];
        if (op < 25) {
            const QueueConfig &q = center.queue(QueueId(pick(1, 6)));
            std::vector<Channel> served;
            for (int c = 0; c < kChannelCount; ++c)
                if (q.channels & (1u << c)) served.push_back(Channel(c));
            const Channel c = served[std::size_t(pick(0, int(served.size()) - 1))];
            QCOMPARE(e.enqueue(nextId, q.id, c, pick(0, 3) ? 0 : pick(1, 3), now), Refusal::None);
            live.insert(nextId++);
        } else if (op < 40 && mine && mine->state == InteractionState::Offered) {
            QCOMPARE(e.accept(mine->id, agent, now), Refusal::None);
        } else if (op < 45 && mine && mine->state == InteractionState::Offered) {
            QCOMPARE(e.reject(mine->id, agent, now), Refusal::None);
        } else if (op < 55 && mine && mine->state == InteractionState::Active) {
            QCOMPARE(e.end(mine->id, agent, now), Refusal::None);
        } else if (op < 58 && mine && mine->state == InteractionState::WrapUp) {
            QCOMPARE(e.completeWrapUp(mine->id, agent, now), Refusal::None);
        } else if (op < 60 && mine && mine->state == InteractionState::Active) {
            const QueueId target = QueueId(pick(1, 6));
            const Refusal r = e.transferToQueue(mine->id, agent, target, now);
            QVERIFY(r == Refusal::None || r == Refusal::ChannelNotServed);
        } else if (op < 62 && mine && mine->state == InteractionState::Active) {
            AgentId target = AgentId(pick(1, 12));
            const Refusal r = e.transferToAgent(mine->id, agent, target, now);
            QCOMPARE(r, target == agent ? Refusal::WrongState : Refusal::None);
        } else if (op < 66 && !live.empty()) {
            auto it = live.begin();
            std::advance(it, pick(0, int(live.size()) - 1));
            const auto s = e.interaction(*it);
            const Refusal r = e.abandon(*it, now);
            const bool may = s && (s->state == InteractionState::Waiting || s->state == InteractionState::Offered);
            QCOMPARE(r, may ? Refusal::None : (s ? Refusal::WrongState : Refusal::UnknownInteraction));
        } else if (op < 72) {
            const AgentState states[] = {AgentState::Available, AgentState::Available, AgentState::NotReady,
                                         AgentState::Offline};
            QCOMPARE(e.setAgentState(agent, states[pick(0, 3)], "break", pick(0, 1), now), Refusal::None);
        } else if (op < 74) {
            QCOMPARE(e.setLoadedChannels(agent, ChannelMask(pick(0, 15)), now), Refusal::None);
        } else if (op < 75) {
            AgentConfig &a = center.agents[agent - 1];
            a.skills.clear();
            for (SkillId s = 1; s <= 6; ++s)
                if (pick(0, 2)) a.skills.push_back({s, pick(1, 10)});
            configurationChanges();
            e.upsertAgent(a, now);
        } else if (op < 76) {
            QueueConfig &q = center.queues[std::size_t(pick(0, 5))];
            q.required.front().minProficiency = pick(1, 6);
            q.strategy = strategies[pick(0, 3)];
            configurationChanges();
            e.upsertQueue(q, now);
        } else if (op < 77) {
            // A restart: a new engine restored from the snapshots, as the service does.
            auto fresh = std::make_unique<Engine>(ledger);
            for (const QueueConfig &q : center.queues) fresh->upsertQueue(q, now);
            for (const AgentConfig &a : center.agents) fresh->upsertAgent(a, now);
            for (AgentId a = 1; a <= 12; ++a) QCOMPARE(fresh->restoreAgent(*e.agent(a)), Refusal::None);
            for (InteractionId id : live)
                if (auto s = e.interaction(id)) QCOMPARE(fresh->restoreInteraction(*s), Refusal::None);
            for (AgentId a = 1; a <= 12; ++a) QCOMPARE(fresh->agent(a)->used, e.agent(a)->used);
            // Nothing was due and nobody could take anything: the restored engine agrees.
            fresh->advance(now);
            QCOMPARE(fresh->nextDeadline(), e.nextDeadline());
            for (InteractionId id : live)
                if (auto s = e.interaction(id)) QCOMPARE(fresh->interaction(id)->state, s->state);
            engine = std::move(fresh);
            ep = engine.get();
        } else {
            now += pick(0, 3) ? pick(1, 1500) : pick(1, 9000);
            e.advance(now);
        }
        if (auto next = e.nextDeadline()) QVERIFY(*next > now);   // advance(now) left nothing due

        // --- the rules, read by brute force ------------------------------------------
        for (auto it = live.begin(); it != live.end();) {
            if (ledger.ended.count(*it)) {
                QVERIFY(!e.interaction(*it));
                it = live.erase(it);
            } else {
                ++it;
            }
        }
        QCOMPARE(e.liveInteractionCount(), live.size());
        std::vector<AgentSnapshot> agents;
        for (AgentId a = 1; a <= 12; ++a) {
            const AgentSnapshot s = *e.agent(a);
            std::array<int, kChannelCount> used{};
            for (const InteractionSnapshot &ix : e.interactionsOf(a)) {
                ++used[int(ix.channel)];
                QCOMPARE(*ix.agent, a);
                const auto before = offeredBeforeChange.find(ix.id);
                const bool grandfathered = before != offeredBeforeChange.end() && before->second == ix.offeredAt;
                if (ix.state == InteractionState::Offered && !ix.reservedFor && !grandfathered) {
                    // Offered only to an eligible agent, at the level it had when offered
                    // (offers made before a configuration change stand as they were).
                    QVERIFY2(center.eligible(a, center.queue(ix.queue), ix.offeredAt - ix.queuedAt),
                             qPrintable(QStringLiteral("step %1: %2 offered to ineligible %3").arg(step).arg(ix.id).arg(a)));
                }
            }
            QCOMPARE(s.used, used);
            agents.push_back(s);
        }
        for (InteractionId id : live) {
            const InteractionSnapshot ix = *e.interaction(id);
            if (ix.state != InteractionState::Waiting) continue;
            for (const AgentSnapshot &a : agents) {
                if (!center.ready(a, ix.channel)) continue;
                if (ix.reservedFor) {
                    QVERIFY2(*ix.reservedFor != a.id,
                             qPrintable(QStringLiteral("step %1: %2 waits for %3, who is ready").arg(step).arg(id).arg(a.id)));
                    continue;
                }
                if (std::find(ix.rejectedBy.begin(), ix.rejectedBy.end(), a.id) != ix.rejectedBy.end()) continue;
                QVERIFY2(!center.eligible(a.id, center.queue(ix.queue), now - ix.queuedAt),
                         qPrintable(QStringLiteral("step %1: %2 waits while %3 is ready and eligible").arg(step).arg(id).arg(a.id)));
            }
        }
        QVERIFY2(ledger.errors.isEmpty(), qPrintable(ledger.errors.join("; ")));
    }
    QVERIFY(!ledger.ended.empty());
#undef e
}

QTEST_GUILESS_MAIN(TestRoutingEngineInvariants)
#include "tst_routing_engine_invariants.moc"
