// The routing engine's rules (services/routing/routing_engine.h), one test per rule. The
// timed rules (relaxation, offer timeout, missed offers, wrap-up, restore) are in
// tst_routing_engine_timers.cpp.

#include "tst_routing_engine_recorder.h"

#include <QtTest>

using namespace routing;
using namespace routing::test;

namespace {

constexpr ChannelMask kVoice = channelBit(Channel::Voice);
constexpr ChannelMask kChat = channelBit(Channel::Chat);
constexpr ChannelMask kEmail = channelBit(Channel::Email);

QueueConfig voiceQueue(QueueId id, std::vector<SkillRequirement> required = {}, int priority = 0)
{
    QueueConfig q = queue(id, std::move(required), priority);
    q.channels = kVoice;
    return q;
}

QueueConfig chatQueue(QueueId id, std::vector<SkillRequirement> required = {})
{
    QueueConfig q = queue(id, std::move(required));
    q.channels = kChat;
    return q;
}

void addAvailable(Engine &e, AgentConfig a, Millis now)
{
    const AgentId id = a.id;
    e.upsertAgent(a, now);
    QCOMPARE(e.setAgentState(id, AgentState::Available, "", false, now), Refusal::None);
}

// Accepts and ends (wrap-up 0: completed) what the agent was offered.
void handle(Engine &e, InteractionId ix, AgentId agent, Millis now)
{
    QCOMPARE(e.accept(ix, agent, now), Refusal::None);
    QCOMPARE(e.end(ix, agent, now), Refusal::None);
}

} // namespace

class TestRoutingEngine : public QObject {
    Q_OBJECT
private slots:
    void orderByPriorityThenAge();
    void agentPullsBestAcrossItsQueues();
    void longestIdleStrategy();
    void mostSkilledStrategy();
    void roundRobinStrategy();
    void fewestActiveStrategy();
    void skillEligibility();
    void capacityPerChannel();
    void voiceBlocksOthers();
    void loadedChannels();
    void acceptMakesActive();
    void rejectReroutesAndNeverReoffers();
    void abandonWhileWaiting();
    void abandonWhileOffered();
    void endWithoutWrapUpCompletes();
    void transferToQueueKeepsAge();
    void transferToAgentOffersOnlyThatAgent();
    void notReadyWithdrawsOffers();
    void deferredNotReadyWhenFree();
    void queueChangeTakesEffect();
    void refusals();
};

void TestRoutingEngine::orderByPriorityThenAge()
{
    Recorder rec;
    Engine e(rec);
    e.upsertQueue(voiceQueue(1, {}, 0), 0);
    e.upsertQueue(voiceQueue(2, {}, 5), 0);
    e.upsertAgent(agentConfig(10), 0);
    QCOMPARE(e.enqueue(1, 1, Channel::Voice, 0, 0), Refusal::None);
    QCOMPARE(e.enqueue(2, 1, Channel::Voice, 0, 1), Refusal::None);
    QCOMPARE(e.enqueue(3, 2, Channel::Voice, 0, 2), Refusal::None);
    QCOMPARE(e.enqueue(4, 1, Channel::Voice, 10, 3), Refusal::None);   // boost 10 beats queue 2's 5
    QCOMPARE(e.enqueue(5, 1, Channel::Voice, 0, 0), Refusal::None);    // same age as 1: lower id first
    QCOMPARE(rec.take(), QStringList({"1 waiting", "2 waiting", "3 waiting", "4 waiting", "5 waiting"}));
    QStringList order;
    for (const auto &ix : e.waiting(1)) order << QString::number(ix.id);
    QCOMPARE(order, QStringList({"4", "1", "5", "2"}));
    QCOMPARE(e.waitingCount(1), std::size_t(4));

    QCOMPARE(e.setAgentState(10, AgentState::Available, "", false, 10), Refusal::None);
    QCOMPARE(rec.take(), QStringList({"agent 10 available", "offer 4->10", "4 offered 10", "agent 10 available"}));
    InteractionId current = 4;
    QStringList offers;
    for (int i = 0; i < 4; ++i) {
        handle(e, current, 10, 20 + i);
        const QStringList got = rec.takeOffers();
        QCOMPARE(got.size(), 1);
        offers << got.first();
        current = got.first().section(' ', 1).section("->", 0, 0).toULongLong();
    }
    QCOMPARE(offers, QStringList({"offer 3->10", "offer 1->10", "offer 5->10", "offer 2->10"}));
}

void TestRoutingEngine::agentPullsBestAcrossItsQueues()
{
    Recorder rec;
    Engine e(rec);
    e.upsertQueue(voiceQueue(1, {{1, 1}}, 0), 0);
    e.upsertQueue(voiceQueue(2, {{2, 1}}, 0), 0);
    e.upsertQueue(voiceQueue(3, {{3, 1}}, 9), 0);   // the agent lacks skill 3
    e.upsertAgent(agentConfig(10, {{1, 5}, {2, 5}}), 0);
    e.enqueue(1, 3, Channel::Voice, 0, 0);
    e.enqueue(2, 2, Channel::Voice, 0, 1);
    e.enqueue(3, 1, Channel::Voice, 0, 2);
    rec.take();
    e.setAgentState(10, AgentState::Available, "", false, 5);
    QCOMPARE(rec.takeOffers(), QStringList({"offer 2->10"}));   // oldest of the queues it serves
    handle(e, 2, 10, 6);
    QCOMPARE(rec.takeOffers(), QStringList({"offer 3->10"}));
    handle(e, 3, 10, 7);
    QCOMPARE(rec.takeOffers(), QStringList());
    QCOMPARE(e.waitingCount(3), std::size_t(1));
}

void TestRoutingEngine::longestIdleStrategy()
{
    Recorder rec;
    Engine e(rec);
    e.upsertQueue(voiceQueue(1), 0);
    addAvailable(e, agentConfig(11), 0);
    addAvailable(e, agentConfig(10), 1);
    addAvailable(e, agentConfig(12), 2);
    rec.take();
    e.enqueue(1, 1, Channel::Voice, 0, 3);
    QCOMPARE(rec.takeOffers(), QStringList({"offer 1->11"}));
    handle(e, 1, 11, 4);   // 11 idle again since 4: now the shortest idle
    rec.take();
    e.enqueue(2, 1, Channel::Voice, 0, 5);
    e.enqueue(3, 1, Channel::Voice, 0, 6);
    e.enqueue(4, 1, Channel::Voice, 0, 7);
    QCOMPARE(rec.takeOffers(), QStringList({"offer 2->10", "offer 3->12", "offer 4->11"}));
    QCOMPARE(e.agent(11)->idleSince, Millis(7));   // last moment it had no interaction
}

void TestRoutingEngine::mostSkilledStrategy()
{
    Recorder rec;
    Engine e(rec);
    QueueConfig q = voiceQueue(1, {{1, 1}, {2, 1}});
    q.strategy = Strategy::MostSkilled;
    e.upsertQueue(q, 0);
    addAvailable(e, agentConfig(10, {{1, 5}, {2, 5}}), 0);     // 10
    addAvailable(e, agentConfig(13, {{1, 9}, {2, 9}}), 1);     // 18, idle since 1
    addAvailable(e, agentConfig(11, {{1, 9}, {2, 9}}), 2);     // 18, idle since 2
    addAvailable(e, agentConfig(12, {{1, 10}, {2, 1}, {3, 10}}), 0);   // 11: skill 3 is not required
    rec.take();
    for (InteractionId i = 1; i <= 4; ++i) e.enqueue(i, 1, Channel::Voice, 0, 10);
    QCOMPARE(rec.takeOffers(), QStringList({"offer 1->13", "offer 2->11", "offer 3->12", "offer 4->10"}));
}

void TestRoutingEngine::roundRobinStrategy()
{
    Recorder rec;
    Engine e(rec);
    QueueConfig q = voiceQueue(1);
    q.strategy = Strategy::RoundRobin;
    e.upsertQueue(q, 0);
    addAvailable(e, agentConfig(10), 0);
    addAvailable(e, agentConfig(11), 0);
    addAvailable(e, agentConfig(12), 0);
    rec.take();
    QStringList offers;
    for (InteractionId i = 1; i <= 5; ++i) {
        e.enqueue(i, 1, Channel::Voice, 0, Millis(i * 10));
        const QStringList got = rec.takeOffers();
        QCOMPARE(got.size(), 1);
        offers << got.first();
        const AgentId agent = got.first().section("->", 1).toUInt();
        handle(e, i, agent, Millis(i * 10 + 1));
        rec.take();
    }
    // Each agent goes to the back of the rotation once offered, however long the others idled.
    QCOMPARE(offers, QStringList({"offer 1->10", "offer 2->11", "offer 3->12", "offer 4->10", "offer 5->11"}));
    // An agent that was away (a break, or busy elsewhere) rejoins at the back: 12 was next.
    e.setAgentState(12, AgentState::NotReady, "break", false, 100);
    e.setAgentState(12, AgentState::Available, "", false, 101);
    rec.take();
    for (InteractionId i = 6; i <= 8; ++i) e.enqueue(i, 1, Channel::Voice, 0, 102);
    QCOMPARE(rec.takeOffers(), QStringList({"offer 6->10", "offer 7->11", "offer 8->12"}));
}

void TestRoutingEngine::fewestActiveStrategy()
{
    Recorder rec;
    Engine e(rec);
    QueueConfig q = chatQueue(1);
    q.strategy = Strategy::FewestActive;
    e.upsertQueue(q, 0);
    addAvailable(e, agentConfig(10), 0);
    addAvailable(e, agentConfig(11), 1);
    rec.take();
    for (InteractionId i = 1; i <= 5; ++i) e.enqueue(i, 1, Channel::Chat, 0, Millis(1 + i));
    // 10 (idle longer) -> 11 (0 active) -> 10 (tie at 1, busy since earlier) -> 11 -> 10
    QCOMPARE(rec.takeOffers(), QStringList({"offer 1->10", "offer 2->11", "offer 3->10", "offer 4->11", "offer 5->10"}));
    e.accept(2, 11, 10);
    e.end(2, 11, 11);
    rec.take();
    e.enqueue(6, 1, Channel::Chat, 0, 12);
    QCOMPARE(rec.takeOffers(), QStringList({"offer 6->11"}));   // 1 active against 3
}

void TestRoutingEngine::skillEligibility()
{
    Recorder rec;
    Engine e(rec);
    e.upsertQueue(voiceQueue(1, {{1, 5}}), 0);
    addAvailable(e, agentConfig(10, {{1, 4}}), 0);   // below the minimum
    addAvailable(e, agentConfig(11, {{2, 9}}), 0);   // not the skill
    addAvailable(e, agentConfig(12, {{1, 5}}), 1);   // exactly the minimum
    rec.take();
    e.enqueue(1, 1, Channel::Voice, 0, 2);
    e.enqueue(2, 1, Channel::Voice, 0, 3);
    QCOMPARE(rec.takeOffers(), QStringList({"offer 1->12"}));
    QCOMPARE(e.waitingCount(1), std::size_t(1));
    // Gaining the skill makes an agent eligible at once.
    e.upsertAgent(agentConfig(10, {{1, 7}}), 4);
    QCOMPARE(rec.takeOffers(), QStringList({"offer 2->10"}));
}

void TestRoutingEngine::capacityPerChannel()
{
    Recorder rec;
    Engine e(rec);
    e.upsertQueue(chatQueue(1), 0);
    AgentConfig a = agentConfig(10);
    a.capacity = {1, 2, 5, 3};
    addAvailable(e, a, 0);
    rec.take();
    for (InteractionId i = 1; i <= 3; ++i) e.enqueue(i, 1, Channel::Chat, 0, Millis(i));
    QCOMPARE(rec.takeOffers(), QStringList({"offer 1->10", "offer 2->10"}));   // offers use capacity
    QCOMPARE(e.agent(10)->used[int(Channel::Chat)], 2);
    QCOMPARE(e.waitingCount(1), std::size_t(1));
    e.accept(1, 10, 5);
    QCOMPARE(rec.takeOffers(), QStringList());                                // active uses capacity
    e.end(1, 10, 6);
    QCOMPARE(rec.takeOffers(), QStringList({"offer 3->10"}));
    QCOMPARE(e.agent(10)->used[int(Channel::Chat)], 2);
    QCOMPARE(e.interactionsOf(10).size(), std::size_t(2));
}

void TestRoutingEngine::voiceBlocksOthers()
{
    Recorder rec;
    Engine e(rec);
    e.upsertQueue(voiceQueue(1), 0);
    e.upsertQueue(chatQueue(2), 0);
    addAvailable(e, agentConfig(10), 0);   // voiceBlocksOthers by default
    rec.take();
    e.enqueue(1, 2, Channel::Chat, 0, 1);
    e.enqueue(2, 1, Channel::Voice, 0, 2);
    QCOMPARE(rec.takeOffers(), QStringList({"offer 1->10"}));   // no voice while on a chat
    handle(e, 1, 10, 3);
    QCOMPARE(rec.takeOffers(), QStringList({"offer 2->10"}));
    e.enqueue(3, 2, Channel::Chat, 0, 4);
    QCOMPARE(rec.takeOffers(), QStringList());                  // nothing else while on voice
    handle(e, 2, 10, 5);
    QCOMPARE(rec.takeOffers(), QStringList({"offer 3->10"}));

    e.setAgentState(10, AgentState::Offline, "", false, 6);   // the chat offer goes back to the queue
    AgentConfig both = agentConfig(11);
    both.voiceBlocksOthers = false;
    addAvailable(e, both, 6);
    e.enqueue(4, 1, Channel::Voice, 0, 7);
    e.enqueue(5, 2, Channel::Chat, 0, 8);
    QCOMPARE(rec.takeOffers(), QStringList({"offer 3->11", "offer 4->11", "offer 5->11"}));
}

void TestRoutingEngine::loadedChannels()
{
    Recorder rec;
    Engine e(rec);
    QueueConfig q = queue(1);
    q.channels = kChat | kEmail;
    e.upsertQueue(q, 0);
    addAvailable(e, agentConfig(10), 0);
    QCOMPARE(e.setLoadedChannels(10, kChat, 0), Refusal::None);
    rec.take();
    e.enqueue(1, 1, Channel::Email, 0, 1);
    QCOMPARE(rec.take(), QStringList({"1 waiting"}));
    QCOMPARE(e.setLoadedChannels(10, kChat | kEmail, 2), Refusal::None);
    QCOMPARE(rec.take(), QStringList({"agent 10 available", "offer 1->10", "1 offered 10", "agent 10 available"}));
    QCOMPARE(e.agent(10)->loadedChannels, ChannelMask(kChat | kEmail));
}

void TestRoutingEngine::acceptMakesActive()
{
    Recorder rec;
    Engine e(rec);
    e.upsertQueue(voiceQueue(1), 0);
    addAvailable(e, agentConfig(10), 0);
    rec.take();
    e.enqueue(1, 1, Channel::Voice, 0, 5);
    QCOMPARE(rec.take(), QStringList({"1 waiting", "offer 1->10", "1 offered 10", "agent 10 available"}));
    QCOMPARE(e.interaction(1)->offerExpiresAt, Millis(5 + 20000));
    QCOMPARE(e.accept(1, 10, 7), Refusal::None);
    QCOMPARE(rec.take(), QStringList({"1 active 10"}));
    const auto ix = e.interaction(1);
    QCOMPARE(ix->state, InteractionState::Active);
    QCOMPARE(ix->acceptedAt, Millis(7));
    QCOMPARE(e.nextDeadline(), std::optional<Millis>());   // the offer timer is gone
    QCOMPARE(e.accept(1, 10, 8), Refusal::WrongState);
}

void TestRoutingEngine::rejectReroutesAndNeverReoffers()
{
    Recorder rec;
    Engine e(rec);
    e.upsertQueue(voiceQueue(1), 0);
    addAvailable(e, agentConfig(10), 0);
    addAvailable(e, agentConfig(11), 1);
    rec.take();
    e.enqueue(1, 1, Channel::Voice, 0, 2);
    rec.take();
    QCOMPARE(e.reject(1, 10, 3), Refusal::None);
    QCOMPARE(rec.take(), QStringList({"withdraw 1 from 10 rejected", "1 waiting", "agent 10 available",
                                      "offer 1->11", "1 offered 11", "agent 11 available"}));
    QCOMPARE(e.reject(1, 11, 4), Refusal::None);
    // 10 is free and eligible, but rejected it: the interaction waits.
    QCOMPARE(rec.take(), QStringList({"withdraw 1 from 11 rejected", "1 waiting", "agent 11 available"}));
    QCOMPARE(e.interaction(1)->rejectedBy, std::vector<AgentId>({10, 11}));
    // Freed agents that rejected it still skip it, and take what comes after it.
    e.enqueue(2, 1, Channel::Voice, 0, 5);
    QCOMPARE(rec.takeOffers(), QStringList({"offer 2->10"}));
    addAvailable(e, agentConfig(12), 6);
    QCOMPARE(rec.takeOffers(), QStringList({"offer 1->12"}));
}

void TestRoutingEngine::abandonWhileWaiting()
{
    Recorder rec;
    Engine e(rec);
    e.upsertQueue(voiceQueue(1), 0);
    e.enqueue(1, 1, Channel::Voice, 0, 0);
    rec.take();
    QCOMPARE(e.abandon(1, 5), Refusal::None);
    QCOMPARE(rec.take(), QStringList({"1 abandoned"}));
    QCOMPARE(e.waitingCount(1), std::size_t(0));
    QCOMPARE(e.liveInteractionCount(), std::size_t(0));
    QVERIFY(!e.interaction(1));
    QCOMPARE(e.abandon(1, 6), Refusal::UnknownInteraction);
}

void TestRoutingEngine::abandonWhileOffered()
{
    Recorder rec;
    Engine e(rec);
    e.upsertQueue(voiceQueue(1), 0);
    addAvailable(e, agentConfig(10), 0);
    e.enqueue(1, 1, Channel::Voice, 0, 1);
    e.enqueue(2, 1, Channel::Voice, 0, 2);
    rec.take();
    QCOMPARE(e.abandon(1, 3), Refusal::None);
    QCOMPARE(rec.take(), QStringList({"withdraw 1 from 10 abandoned", "1 abandoned", "agent 10 available",
                                      "offer 2->10", "2 offered 10", "agent 10 available"}));
    e.accept(2, 10, 4);
    QCOMPARE(e.abandon(2, 5), Refusal::WrongState);   // once accepted, the call ends instead
}

void TestRoutingEngine::endWithoutWrapUpCompletes()
{
    Recorder rec;
    Engine e(rec);
    e.upsertQueue(voiceQueue(1), 0);   // wrapUp 0
    addAvailable(e, agentConfig(10), 0);
    e.enqueue(1, 1, Channel::Voice, 0, 1);
    e.accept(1, 10, 2);
    rec.take();
    QCOMPARE(e.end(1, 10, 3), Refusal::None);
    QCOMPARE(rec.take(), QStringList({"1 completed 10", "agent 10 available"}));
    QCOMPARE(e.liveInteractionCount(), std::size_t(0));
    QCOMPARE(e.agent(10)->used, (std::array<int, kChannelCount>{0, 0, 0, 0}));
    QCOMPARE(e.agent(10)->idleSince, Millis(3));
}

void TestRoutingEngine::transferToQueueKeepsAge()
{
    Recorder rec;
    Engine e(rec);
    e.upsertQueue(voiceQueue(1), 0);
    e.upsertQueue(voiceQueue(2, {{7, 1}}), 0);
    addAvailable(e, agentConfig(11, {{7, 5}}), 0);
    e.enqueue(100, 2, Channel::Voice, 0, 0);        // keeps 11 busy
    e.accept(100, 11, 0);
    addAvailable(e, agentConfig(10), 0);
    e.enqueue(1, 1, Channel::Voice, 0, 1);
    e.accept(1, 10, 2);
    e.enqueue(2, 2, Channel::Voice, 0, 5);
    rec.take();
    QCOMPARE(e.transferToQueue(1, 10, 2, 10), Refusal::None);
    QCOMPARE(rec.take(), QStringList({"1 waiting", "agent 10 available"}));
    const auto ix = e.interaction(1);
    QCOMPARE(ix->queue, QueueId(2));
    QCOMPARE(ix->enqueuedAt, Millis(1));
    QCOMPARE(ix->queuedAt, Millis(10));
    QStringList order;
    for (const auto &w : e.waiting(2)) order << QString::number(w.id);
    QCOMPARE(order, QStringList({"1", "2"}));   // older than 2, though it arrived later
    QCOMPARE(e.end(100, 11, 11), Refusal::None);
    QCOMPARE(rec.takeOffers(), QStringList({"offer 1->11"}));
    QCOMPARE(e.waitingCount(1), std::size_t(0));
}

void TestRoutingEngine::transferToAgentOffersOnlyThatAgent()
{
    Recorder rec;
    Engine e(rec);
    e.upsertQueue(voiceQueue(1), 0);
    addAvailable(e, agentConfig(10), 0);
    addAvailable(e, agentConfig(12), 1);
    e.enqueue(1, 1, Channel::Voice, 0, 2);   // -> 10
    e.enqueue(2, 1, Channel::Voice, 0, 3);   // -> 12, keeps it busy
    e.accept(1, 10, 4);
    e.accept(2, 12, 4);
    addAvailable(e, agentConfig(11), 5);     // free, eligible, but not the target
    rec.take();
    QCOMPARE(e.transferToAgent(1, 10, 12, 6), Refusal::None);
    QCOMPARE(rec.take(), QStringList({"1 waiting", "agent 10 available"}));
    QCOMPARE(e.interaction(1)->reservedFor, std::optional<AgentId>(12));
    QCOMPARE(e.waitingCount(1), std::size_t(1));
    QCOMPARE(e.end(2, 12, 7), Refusal::None);
    QCOMPARE(rec.take(), QStringList({"2 completed 12", "agent 12 available", "offer 1->12",
                                      "1 offered 12", "agent 12 available"}));
    QCOMPARE(e.accept(1, 12, 8), Refusal::None);
    QCOMPARE(e.transferToAgent(1, 12, 12, 9), Refusal::WrongState);
    QCOMPARE(e.transferToAgent(1, 12, 99, 9), Refusal::UnknownAgent);
}

void TestRoutingEngine::notReadyWithdrawsOffers()
{
    Recorder rec;
    Engine e(rec);
    e.upsertQueue(chatQueue(1), 0);
    addAvailable(e, agentConfig(10), 0);
    e.enqueue(1, 1, Channel::Chat, 0, 1);
    e.enqueue(2, 1, Channel::Chat, 0, 2);
    e.accept(1, 10, 3);
    addAvailable(e, agentConfig(11), 4);     // chat capacity 3 each: 11 is free
    rec.take();
    QCOMPARE(e.setAgentState(10, AgentState::NotReady, "break", false, 5), Refusal::None);
    // The offer is withdrawn and re-routed; the active chat stays with 10.
    QCOMPARE(rec.take(), QStringList({"withdraw 2 from 10 unavailable", "2 waiting", "agent 10 notready(break)",
                                      "offer 2->11", "2 offered 11", "agent 11 available"}));
    QCOMPARE(e.interaction(1)->state, InteractionState::Active);
    QCOMPARE(e.agent(10)->used[int(Channel::Chat)], 1);
}

void TestRoutingEngine::deferredNotReadyWhenFree()
{
    Recorder rec;
    Engine e(rec);
    e.upsertQueue(chatQueue(1), 0);
    addAvailable(e, agentConfig(10), 0);
    e.enqueue(1, 1, Channel::Chat, 0, 1);
    e.accept(1, 10, 2);
    rec.take();
    QCOMPARE(e.setAgentState(10, AgentState::NotReady, "lunch", true, 3), Refusal::None);
    QCOMPARE(rec.take(), QStringList({"agent 10 available pending notready(lunch)"}));
    e.enqueue(2, 1, Channel::Chat, 0, 4);           // room for 2 more chats, but no new offers
    QCOMPARE(rec.take(), QStringList({"2 waiting"}));
    e.end(1, 10, 5);
    QCOMPARE(rec.take(), QStringList({"1 completed 10", "agent 10 notready(lunch)"}));
    QCOMPARE(e.agent(10)->stateSince, Millis(5));
    // When already free, whenFree applies at once.
    QCOMPARE(e.setAgentState(10, AgentState::Available, "", false, 6), Refusal::None);
    e.accept(2, 10, 7);
    rec.take();
    QCOMPARE(e.setAgentState(10, AgentState::Offline, "", true, 8), Refusal::None);
    QCOMPARE(rec.take(), QStringList({"agent 10 available pending offline()"}));
    // Available again cancels the pending change.
    QCOMPARE(e.setAgentState(10, AgentState::Available, "", false, 9), Refusal::None);
    e.end(2, 10, 10);
    QCOMPARE(e.agent(10)->state, AgentState::Available);
}

void TestRoutingEngine::queueChangeTakesEffect()
{
    Recorder rec;
    Engine e(rec);
    e.upsertQueue(voiceQueue(1, {{1, 8}}), 0);
    addAvailable(e, agentConfig(10, {{1, 5}}), 0);
    e.enqueue(1, 1, Channel::Voice, 0, 1);
    QCOMPARE(rec.takeOffers(), QStringList());
    e.upsertQueue(voiceQueue(1, {{1, 5}}), 2);   // lowered by the admin
    QCOMPARE(rec.takeOffers(), QStringList({"offer 1->10"}));
    QCOMPARE(e.removeQueue(1), Refusal::QueueInUse);
    e.accept(1, 10, 3);
    e.end(1, 10, 4);
    QCOMPARE(e.removeQueue(1), Refusal::None);
    QCOMPARE(e.removeQueue(1), Refusal::UnknownQueue);
    QCOMPARE(e.enqueue(2, 1, Channel::Voice, 0, 5), Refusal::UnknownQueue);
}

void TestRoutingEngine::refusals()
{
    Recorder rec;
    Engine e(rec);
    e.upsertQueue(voiceQueue(1), 0);
    e.upsertQueue(chatQueue(2), 0);
    addAvailable(e, agentConfig(10), 0);
    e.upsertAgent(agentConfig(11), 0);
    QCOMPARE(e.enqueue(1, 9, Channel::Voice, 0, 1), Refusal::UnknownQueue);
    QCOMPARE(e.enqueue(1, 1, Channel::Chat, 0, 1), Refusal::ChannelNotServed);
    QCOMPARE(e.enqueue(1, 1, Channel::Voice, 0, 1), Refusal::None);
    QCOMPARE(e.enqueue(1, 1, Channel::Voice, 0, 1), Refusal::AlreadyExists);
    QCOMPARE(e.enqueue(2, 1, Channel::Voice, 0, 1), Refusal::None);   // waits
    QCOMPARE(e.setAgentState(99, AgentState::Available, "", false, 1), Refusal::UnknownAgent);
    QCOMPARE(e.setLoadedChannels(99, kVoice, 1), Refusal::UnknownAgent);
    QCOMPARE(e.accept(99, 10, 2), Refusal::UnknownInteraction);
    QCOMPARE(e.accept(1, 99, 2), Refusal::UnknownAgent);
    QCOMPARE(e.accept(1, 11, 2), Refusal::NotYours);
    QCOMPARE(e.accept(2, 10, 2), Refusal::WrongState);                // waiting, not offered
    QCOMPARE(e.reject(1, 11, 2), Refusal::NotYours);
    QCOMPARE(e.reject(2, 10, 2), Refusal::WrongState);
    QCOMPARE(e.end(1, 10, 2), Refusal::WrongState);                   // offered, not active
    QCOMPARE(e.completeWrapUp(1, 10, 2), Refusal::WrongState);
    QCOMPARE(e.transferToQueue(1, 10, 1, 2), Refusal::WrongState);
    QCOMPARE(e.accept(1, 10, 2), Refusal::None);
    QCOMPARE(e.end(1, 11, 3), Refusal::NotYours);
    QCOMPARE(e.transferToQueue(1, 11, 1, 3), Refusal::NotYours);
    QCOMPARE(e.transferToQueue(1, 10, 9, 3), Refusal::UnknownQueue);
    QCOMPARE(e.transferToQueue(1, 10, 2, 3), Refusal::ChannelNotServed);
    QCOMPARE(e.transferToAgent(1, 11, 10, 3), Refusal::NotYours);
    QCOMPARE(e.end(99, 10, 3), Refusal::UnknownInteraction);
    QCOMPARE(e.restoreAgent(AgentSnapshot{.id = 99}), Refusal::UnknownAgent);
    QCOMPARE(e.removeQueue(9), Refusal::UnknownQueue);
    QCOMPARE(QString(describe(Refusal::NotYours)), QString("the interaction is offered to or handled by another agent"));
    // A refused command changes nothing.
    QCOMPARE(e.interaction(1)->state, InteractionState::Active);
    QCOMPARE(e.interaction(2)->state, InteractionState::Waiting);
}

QTEST_GUILESS_MAIN(TestRoutingEngine)
#include "tst_routing_engine.moc"
