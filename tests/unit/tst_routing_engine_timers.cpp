// The routing engine's timed rules: skill relaxation, offer timeout, missed offers,
// wrap-up, nextDeadline, and restore (which must rebuild the same offers and timers).
// No sleeps: the clock is a number passed to the engine.

#include "tst_routing_engine_recorder.h"

#include <QtTest>

using namespace routing;
using namespace routing::test;

namespace {

constexpr ChannelMask kVoice = channelBit(Channel::Voice);
constexpr ChannelMask kChat = channelBit(Channel::Chat);

void addAvailable(Engine &e, AgentConfig a, Millis now)
{
    const AgentId id = a.id;
    e.upsertAgent(a, now);
    e.setAgentState(id, AgentState::Available, "", false, now);
}

QString describeInteraction(const InteractionSnapshot &s)
{
    QStringList rejected;
    for (AgentId a : s.rejectedBy) rejected << QString::number(a);
    return QStringLiteral("%1 q%2 ch%3 %4 boost%5 enq%6 queued%7 agent%8 offered%9 expires%10 accepted%11 "
                          "ended%12 wrapEnds%13 reserved%14 rejected[%15]")
        .arg(s.id).arg(s.queue).arg(int(s.channel)).arg(stateName(s.state)).arg(s.priorityBoost)
        .arg(s.enqueuedAt).arg(s.queuedAt).arg(s.agent ? qint64(*s.agent) : -1).arg(s.offeredAt)
        .arg(s.offerExpiresAt).arg(s.acceptedAt).arg(s.endedAt).arg(s.wrapUpEndsAt)
        .arg(s.reservedFor ? qint64(*s.reservedFor) : -1).arg(rejected.join(','));
}

QString describeAgent(const AgentSnapshot &a)
{
    return QStringLiteral("%1 %2(%3) since%4 idle%5 loaded%6 pending%7(%8) missed%9 used%10,%11,%12,%13 "
                          "changed%14")
        .arg(a.id).arg(agentStateName(a.state), QString::fromStdString(a.reason)).arg(a.stateSince)
        .arg(a.idleSince).arg(a.loadedChannels).arg(a.pendingState ? agentStateName(*a.pendingState) : "-")
        .arg(QString::fromStdString(a.pendingReason)).arg(a.missedOffers)
        .arg(a.used[0]).arg(a.used[1]).arg(a.used[2]).arg(a.used[3]).arg(a.lastChange);
}

// Advances through every deadline up to `until`, one at a time.
void runUntil(Engine &e, Millis until)
{
    while (auto next = e.nextDeadline()) {
        if (*next > until) break;
        e.advance(*next);
    }
    e.advance(until);
}

} // namespace

class TestRoutingEngineTimers : public QObject {
    Q_OBJECT
private slots:
    void relaxationLowersMinimumExactlyAtAfter();
    void relaxationDropsSkillExactlyAtAfter();
    void relaxationCountsFromEntryIntoCurrentQueue();
    void offerTimeoutReroutes();
    void missedOffersMakeAgentNotReady();
    void acceptResetsMissedCount();
    void wrapUpEndsOnTime();
    void wrapUpFinishedEarly();
    void nextDeadlineIsEarliestTimer();
    void restoreRebuildsOffersTimersAndCapacity();
    void restoreRefusals();
};

void TestRoutingEngineTimers::relaxationLowersMinimumExactlyAtAfter()
{
    Recorder rec;
    Engine e(rec);
    QueueConfig q = queue(1, {{1, 8}});
    q.channels = kVoice;
    q.relaxations = {{30000, 1, 5}};
    e.upsertQueue(q, 0);
    addAvailable(e, agentConfig(10, {{1, 6}}), 0);
    e.enqueue(1, 1, Channel::Voice, 0, 1000);
    rec.take();
    QCOMPARE(e.nextDeadline(), std::optional<Millis>(31000));
    e.advance(30999);
    QCOMPARE(rec.take(), QStringList());
    e.advance(31000);
    QCOMPARE(rec.take(), QStringList({"offer 1->10", "1 offered 10", "agent 10 available"}));
    QCOMPARE(e.interaction(1)->offeredAt, Millis(31000));
}

void TestRoutingEngineTimers::relaxationDropsSkillExactlyAtAfter()
{
    Recorder rec;
    Engine e(rec);
    QueueConfig q = queue(1, {{1, 5}, {2, 5}});
    q.channels = kVoice;
    // Out of order on purpose: applied in order of `after`.
    q.relaxations = {{20000, 1, 1}, {10000, 2, 0}};
    e.upsertQueue(q, 0);
    addAvailable(e, agentConfig(10, {{1, 5}}), 0);   // lacks skill 2
    addAvailable(e, agentConfig(11, {{1, 2}}), 0);   // lacks skill 2, too little of skill 1
    e.enqueue(1, 1, Channel::Voice, 0, 0);
    e.enqueue(2, 1, Channel::Voice, 0, 0);
    rec.take();
    e.advance(9999);
    QCOMPARE(rec.takeOffers(), QStringList());
    e.advance(10000);   // skill 2 dropped: 10 qualifies, for the older one
    QCOMPARE(rec.takeOffers(), QStringList({"offer 1->10"}));
    QCOMPARE(e.nextDeadline(), std::optional<Millis>(20000));   // the offer expires later (20000 + 10000)
    e.advance(19999);
    QCOMPARE(rec.takeOffers(), QStringList());
    e.advance(20000);   // skill 1 lowered to 1: 11 qualifies
    QCOMPARE(rec.takeOffers(), QStringList({"offer 2->11"}));
}

void TestRoutingEngineTimers::relaxationCountsFromEntryIntoCurrentQueue()
{
    Recorder rec;
    Engine e(rec);
    QueueConfig q1 = queue(1);
    q1.channels = kVoice;
    QueueConfig q2 = queue(2, {{1, 9}});
    q2.channels = kVoice;
    q2.relaxations = {{5000, 1, 0}};
    e.upsertQueue(q1, 0);
    e.upsertQueue(q2, 0);
    addAvailable(e, agentConfig(10), 0);
    e.enqueue(1, 1, Channel::Voice, 0, 0);
    e.accept(1, 10, 0);
    e.transferToQueue(1, 10, 2, 60000);   // waited long ago in queue 1: does not count
    addAvailable(e, agentConfig(11), 60000);
    rec.take();
    e.advance(64999);
    QCOMPARE(rec.takeOffers(), QStringList());
    e.advance(65000);
    QCOMPARE(rec.takeOffers(), QStringList({"offer 1->11"}));   // never back to 10, who handed it over
}

void TestRoutingEngineTimers::offerTimeoutReroutes()
{
    Recorder rec;
    Engine e(rec);
    QueueConfig q = queue(1);
    q.channels = kVoice;
    q.offerTimeout = 5000;
    e.upsertQueue(q, 0);
    addAvailable(e, agentConfig(10), 0);
    addAvailable(e, agentConfig(11), 0);
    e.enqueue(1, 1, Channel::Voice, 0, 0);
    QCOMPARE(rec.takeOffers(), QStringList({"offer 1->10"}));
    QCOMPARE(e.nextDeadline(), std::optional<Millis>(5000));
    e.advance(4999);
    QCOMPARE(rec.take(), QStringList());
    e.advance(5000);
    QCOMPARE(rec.take(), QStringList({"withdraw 1 from 10 timeout", "1 waiting", "agent 10 available",
                                      "offer 1->11", "1 offered 11", "agent 11 available"}));
    QCOMPARE(e.agent(10)->missedOffers, 1);
    QCOMPARE(e.interaction(1)->offerExpiresAt, Millis(10000));
    QVERIFY(e.interaction(1)->rejectedBy.empty());   // a miss is not a rejection
}

void TestRoutingEngineTimers::missedOffersMakeAgentNotReady()
{
    Recorder rec;
    Engine e(rec);
    QueueConfig q = queue(1);
    q.channels = kVoice;
    q.offerTimeout = 1000;
    q.maxMissedOffers = 2;
    e.upsertQueue(q, 0);
    addAvailable(e, agentConfig(10), 0);
    e.enqueue(1, 1, Channel::Voice, 0, 0);
    rec.take();
    e.advance(1000);   // the only agent: offered again
    QCOMPARE(rec.take(), QStringList({"withdraw 1 from 10 timeout", "1 waiting", "agent 10 available",
                                      "offer 1->10", "1 offered 10", "agent 10 available"}));
    e.advance(2000);
    QCOMPARE(rec.take(), QStringList({"withdraw 1 from 10 timeout", "1 waiting", "agent 10 notready(missed)"}));
    QCOMPARE(e.agent(10)->missedOffers, 2);
    QCOMPARE(e.agent(10)->stateSince, Millis(2000));
    QCOMPARE(e.nextDeadline(), std::optional<Millis>());
    e.setAgentState(10, AgentState::Available, "", false, 3000);   // back: the count starts over
    QCOMPARE(e.agent(10)->missedOffers, 0);
    QCOMPARE(rec.takeOffers(), QStringList({"offer 1->10"}));
}

void TestRoutingEngineTimers::acceptResetsMissedCount()
{
    Recorder rec;
    Engine e(rec);
    QueueConfig q = queue(1);
    q.channels = kVoice;
    q.offerTimeout = 1000;
    q.maxMissedOffers = 2;
    e.upsertQueue(q, 0);
    addAvailable(e, agentConfig(10), 0);
    e.enqueue(1, 1, Channel::Voice, 0, 0);
    e.advance(1000);
    QCOMPARE(e.agent(10)->missedOffers, 1);
    rec.take();
    QCOMPARE(e.accept(1, 10, 1500), Refusal::None);
    QCOMPARE(rec.take(), QStringList({"1 active 10", "agent 10 available"}));
    QCOMPARE(e.agent(10)->missedOffers, 0);
    e.end(1, 10, 1600);
    e.enqueue(2, 1, Channel::Voice, 0, 1700);
    e.advance(2700);   // one miss after the accept: not two in a row
    QCOMPARE(e.agent(10)->state, AgentState::Available);
    QCOMPARE(e.agent(10)->missedOffers, 1);
}

void TestRoutingEngineTimers::wrapUpEndsOnTime()
{
    Recorder rec;
    Engine e(rec);
    QueueConfig q = queue(1);
    q.channels = kVoice;
    q.wrapUp = 3000;
    e.upsertQueue(q, 0);
    addAvailable(e, agentConfig(10), 0);
    e.enqueue(1, 1, Channel::Voice, 0, 0);
    e.accept(1, 10, 50);
    e.enqueue(2, 1, Channel::Voice, 0, 60);
    rec.take();
    QCOMPARE(e.end(1, 10, 100), Refusal::None);
    QCOMPARE(rec.take(), QStringList({"1 wrapup 10"}));
    QCOMPARE(e.interaction(1)->wrapUpEndsAt, Millis(3100));
    QCOMPARE(e.agent(10)->used[0], 1);   // wrap-up uses capacity
    QCOMPARE(e.nextDeadline(), std::optional<Millis>(3100));
    e.advance(3099);
    QCOMPARE(rec.take(), QStringList());
    e.advance(3100);
    QCOMPARE(rec.take(), QStringList({"1 completed 10", "agent 10 available", "offer 2->10", "2 offered 10",
                                      "agent 10 available"}));
}

void TestRoutingEngineTimers::wrapUpFinishedEarly()
{
    Recorder rec;
    Engine e(rec);
    QueueConfig q = queue(1);
    q.channels = kVoice;
    q.wrapUp = 3000;
    e.upsertQueue(q, 0);
    addAvailable(e, agentConfig(10), 0);
    e.enqueue(1, 1, Channel::Voice, 0, 0);
    e.accept(1, 10, 50);
    e.end(1, 10, 100);
    rec.take();
    QCOMPARE(e.completeWrapUp(1, 10, 1200), Refusal::None);
    QCOMPARE(rec.take(), QStringList({"1 completed 10", "agent 10 available"}));
    QCOMPARE(e.nextDeadline(), std::optional<Millis>());
    e.advance(3100);
    QCOMPARE(rec.take(), QStringList());
    QCOMPARE(e.completeWrapUp(1, 10, 1300), Refusal::UnknownInteraction);
}

void TestRoutingEngineTimers::nextDeadlineIsEarliestTimer()
{
    Recorder rec;
    Engine e(rec);
    QCOMPARE(e.nextDeadline(), std::optional<Millis>());
    QueueConfig q = queue(1, {{1, 9}});
    q.channels = kChat;
    q.relaxations = {{7000, 1, 0}};
    q.offerTimeout = 4000;
    e.upsertQueue(q, 0);
    e.enqueue(1, 1, Channel::Chat, 0, 0);      // relaxation at 7000
    QCOMPARE(e.nextDeadline(), std::optional<Millis>(7000));
    addAvailable(e, agentConfig(10, {{1, 9}}), 1000);   // offered at 1000, expires 5000
    QCOMPARE(e.nextDeadline(), std::optional<Millis>(5000));
    e.accept(1, 10, 2000);
    QCOMPARE(e.nextDeadline(), std::optional<Millis>());
}

void TestRoutingEngineTimers::restoreRebuildsOffersTimersAndCapacity()
{
    auto configure = [](Engine &e) {
        QueueConfig q = queue(1, {{1, 5}});
        q.channels = kChat;
        q.offerTimeout = 10000;
        q.wrapUp = 5000;
        q.relaxations = {{20000, 1, 1}};
        e.upsertQueue(q, 0);
        e.upsertAgent(agentConfig(10, {{1, 5}}), 0);
        e.upsertAgent(agentConfig(11, {{1, 5}}), 0);
        e.upsertAgent(agentConfig(13, {{1, 2}}), 0);
    };
    Recorder rec1;
    Engine e1(rec1);
    configure(e1);
    e1.setAgentState(10, AgentState::Available, "", false, 0);
    e1.setAgentState(11, AgentState::NotReady, "break", false, 0);
    e1.enqueue(1, 1, Channel::Chat, 0, 10);    // A: active
    e1.accept(1, 10, 20);
    e1.enqueue(2, 1, Channel::Chat, 0, 30);    // R: transferred to 11, who is on a break
    e1.accept(2, 10, 40);
    e1.transferToAgent(2, 10, 11, 50);
    e1.enqueue(3, 1, Channel::Chat, 2, 60);    // U: wrap-up until 5170
    e1.accept(3, 10, 70);
    e1.end(3, 10, 170);
    e1.enqueue(4, 1, Channel::Chat, 0, 300);   // O: offered, expires 10300
    e1.enqueue(5, 1, Channel::Chat, 0, 400);   // W: waits (10 is full, 13 lacks skill 1 at 5)
    e1.setAgentState(13, AgentState::Available, "", false, 500);
    e1.setAgentState(10, AgentState::NotReady, "meeting", true, 600);
    e1.setAgentState(10, AgentState::Available, "", false, 700);

    // The service's store: every agent and live interaction as the engine reported them.
    const std::vector<AgentId> agentIds{10, 11, 13};
    const std::vector<InteractionId> ids{1, 2, 3, 4, 5};
    std::vector<AgentSnapshot> agents;
    for (AgentId a : agentIds) agents.push_back(*e1.agent(a));
    std::vector<InteractionSnapshot> interactions;
    for (InteractionId i : ids) interactions.push_back(*e1.interaction(i));
    QCOMPARE(interactions[0].state, InteractionState::Active);
    QCOMPARE(interactions[1].reservedFor, std::optional<AgentId>(11));
    QCOMPARE(interactions[2].state, InteractionState::WrapUp);
    QCOMPARE(interactions[3].state, InteractionState::Offered);
    QCOMPARE(interactions[4].state, InteractionState::Waiting);

    Recorder rec2;
    Engine e2(rec2);
    configure(e2);
    for (const AgentSnapshot &a : agents) QCOMPARE(e2.restoreAgent(a), Refusal::None);
    // Any order: the engine decides nothing until advance().
    for (int i : {4, 2, 0, 3, 1}) QCOMPARE(e2.restoreInteraction(interactions[i]), Refusal::None);
    QCOMPARE(rec2.take(), QStringList());
    e1.advance(1000);
    e2.advance(1000);
    rec1.take();
    QCOMPARE(rec2.take(), QStringList());   // nothing was due

    for (AgentId a : agentIds) QCOMPARE(describeAgent(*e2.agent(a)), describeAgent(*e1.agent(a)));
    for (InteractionId i : ids) QCOMPARE(describeInteraction(*e2.interaction(i)), describeInteraction(*e1.interaction(i)));
    QCOMPARE(e2.agent(10)->used, (std::array<int, kChannelCount>{0, 3, 0, 0}));
    QCOMPARE(e2.waitingCount(1), e1.waitingCount(1));
    QCOMPARE(e2.liveInteractionCount(), e1.liveInteractionCount());
    QCOMPARE(e2.nextDeadline(), e1.nextDeadline());
    QCOMPARE(e2.nextDeadline(), std::optional<Millis>(5170));

    // From here both engines must make the same decisions at the same times: the wrap-up
    // end, the offer timeout, the relaxation, 11 coming back for its transfer.
    for (Engine *e : {&e1, &e2}) {
        runUntil(*e, 30000);
        e->setAgentState(11, AgentState::Available, "", false, 30000);
        runUntil(*e, 60000);
    }
    const QStringList events = rec1.take();
    QVERIFY(events.contains("withdraw 4 from 10 timeout"));
    QVERIFY(events.contains("offer 2->11"));
    QCOMPARE(rec2.take(), events);
    for (AgentId a : agentIds) QCOMPARE(describeAgent(*e2.agent(a)), describeAgent(*e1.agent(a)));
}

void TestRoutingEngineTimers::restoreRefusals()
{
    Recorder rec;
    Engine e(rec);
    QueueConfig q = queue(1);
    q.channels = kChat;
    e.upsertQueue(q, 0);
    e.upsertAgent(agentConfig(10), 0);
    InteractionSnapshot s;
    s.id = 1;
    s.queue = 9;
    QCOMPARE(e.restoreInteraction(s), Refusal::UnknownQueue);
    s.queue = 1;
    s.state = InteractionState::Active;
    s.agent = 99;
    QCOMPARE(e.restoreInteraction(s), Refusal::UnknownAgent);
    s.state = InteractionState::Completed;
    s.agent = 10;
    QCOMPARE(e.restoreInteraction(s), Refusal::WrongState);
    s.state = InteractionState::Active;
    QCOMPARE(e.restoreInteraction(s), Refusal::None);
    QCOMPARE(e.restoreInteraction(s), Refusal::AlreadyExists);
    QCOMPARE(e.agent(10)->used[int(Channel::Chat)], 1);
    QCOMPARE(e.interactionsOf(10).size(), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestRoutingEngineTimers)
#include "tst_routing_engine_timers.moc"
