// The stats service through the real server: routing's events feed the metrics (a
// snapshot after enqueues, offers, an accept, a wrap-up and an abandon), coalesced deltas
// reach a supervisor's WebSocket stream at once, intraday intervals survive a restart,
// staffing equals the Erlang C oracle, wallboards are per owner with optimistic versions,
// alert rules raise and clear alerts, agents are refused and bad input is refused.

#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"

#include "stats_erlang_c.h"
#include "switchboard/v1/stats.grpc.pb.h"

#include <google/protobuf/util/time_util.h>

#include <QDateTime>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>
#include <QWebSocket>

#include <functional>
#include <map>
#include <optional>

using fixtures::describe;
using fixtures::GrpcClient;
namespace v1 = switchboard::v1;
using google::protobuf::util::TimeUtil;

#define QVERIFY_OK(expr)                                                                     \
    do {                                                                                     \
        const grpc::Status s_ = (expr);                                                      \
        QVERIFY2(s_.ok(), describe(s_).constData());                                         \
    } while (false)

#define QCOMPARE_STATUS(expr, code)                                                          \
    do {                                                                                     \
        const grpc::Status s_ = (expr);                                                      \
        QVERIFY2(s_.error_code() == (code), describe(s_).constData());                       \
    } while (false)

namespace {

constexpr int kWaitMs = 10000;

// A supervisor's event stream from the gateway's WebSocket.
class StreamClient : public QObject {
    Q_OBJECT
public:
    StreamClient(const QString &wsAddress, const QString &caPath)
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(caPath));
        m_socket.setSslConfiguration(ssl);
        m_url = QUrl("wss://" + QString(wsAddress).replace("127.0.0.1", "localhost") + "/events");
        connect(&m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &data) {
            v1::ServerFrame frame;
            if (!frame.ParseFromArray(data.constData(), int(data.size())))
                qFatal("server sent an unparsable frame");
            if (frame.has_welcome())
                welcomed = true;
            for (const auto &event : frame.events().events()) {
                events.push_back(event);
                receivedAt.push_back(QDateTime::currentMSecsSinceEpoch());
            }
        });
    }
    bool open(const std::string &token)
    {
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        m_socket.open(m_url);
        if (!connected.wait(kWaitMs))
            return false;
        v1::ClientFrame hello;
        hello.mutable_hello()->set_access_token(token);
        const std::string bytes = hello.SerializeAsString();
        m_socket.sendBinaryMessage(QByteArray(bytes.data(), qsizetype(bytes.size())));
        return QTest::qWaitFor([&] { return welcomed; }, kWaitMs);
    }
    // The first event from index `from` on that matches.
    std::optional<v1::Event> find(const std::function<bool(const v1::Event &)> &match, size_t from = 0,
                                  qint64 *received = nullptr) const
    {
        for (size_t i = from; i < events.size(); ++i)
            if (match(events[i])) {
                if (received)
                    *received = receivedAt[i];
                return events[i];
            }
        return std::nullopt;
    }
    bool welcomed = false;
    std::vector<v1::Event> events;
    std::vector<qint64> receivedAt;   // ms since the epoch, when the client had it

private:
    QWebSocket m_socket;
    QUrl m_url;
};

struct User {
    std::string id;
    std::string token;
};

std::optional<v1::QueueMetrics> queueIn(const google::protobuf::RepeatedPtrField<v1::QueueMetrics> &queues,
                                        const std::string &queueId)
{
    for (const auto &q : queues)
        if (q.queue_id() == queueId)
            return q;
    return std::nullopt;
}

} // namespace

class TestStatsService : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void snapshotFollowsEnqueueOfferAcceptWrapUpAndAbandon();
    void transferCountsAHandledSegmentAndANewWaitFromTheTransfer();
    void queueRenamedInTheDirectoryIsRenamedInTheMetrics();
    void deltaReachesTheSupervisorsStreamWithinTheWindow();
    void staffingForExplicitInputsEqualsErlangC();
    void staffingValidatesItsInput();
    void wallboardsArePerOwnerWithOptimisticVersions();
    void wallboardsAreValidated();
    void alertIsRaisedAndCleared();
    void longestWaitAlertIsRaisedByTheClockAlone();
    void alertRulesAreValidated();
    void agentsAreRefused();
    void snapshotAndIntradayRefuseBadQueues();
    void intradayIntervalsSurviveARestart();

private:
    User signIn(const std::string &username);
    void signInAll();
    std::unique_ptr<grpc::ClientContext> ctx(const User &user) { return GrpcClient::context(user.token); }
    // A chat queue. needsGerman: a skill no demo agent has, so that nothing is offered.
    std::string createQueue(const std::string &name, bool needsGerman);
    v1::Interaction enqueue(const std::string &queueId);
    std::optional<v1::QueueMetrics> snapshotOf(const std::string &queueId);
    v1::AgentSnapshot myAgent(const User &agent);
    grpc::Status setState(const User &agent, v1::AgentState state);

    fixtures::ServerProcess m_server;
    std::unique_ptr<GrpcClient> m_client;
    std::unique_ptr<v1::StatsService::Stub> m_stats;
    User m_admin, m_supervisor, m_agent1, m_simulator;
    // intradayIntervalsSurviveARestart's queue; filled in the lifecycle test.
    std::string m_lifecycleQueue;
};

void TestStatsService::initTestCase()
{
    QVERIFY2(m_server.start({"--seed-demo"}), qPrintable(m_server.errorString()));
    m_client = std::make_unique<GrpcClient>(m_server.grpcAddress(), m_server.caPath());
    m_stats = v1::StatsService::NewStub(m_client->channel());
    signInAll();
    QVERIFY(!m_admin.token.empty() && !m_agent1.token.empty() && !m_simulator.token.empty());
    // agent1 known to routing, offline.
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_OFFLINE));
}

void TestStatsService::cleanupTestCase()
{
    m_stats.reset();
    m_client.reset();
    m_server.stop();
}

User TestStatsService::signIn(const std::string &username)
{
    v1::SignInResponse response;
    const QString name = QString::fromStdString(username);
    const grpc::Status status = m_client->signIn(name, m_server.demoPassword(name), &response);
    if (!status.ok())
        qWarning("sign-in of %s: %s", username.c_str(), describe(status).constData());
    return {response.user().id(), response.access_token()};
}

void TestStatsService::signInAll()
{
    m_admin = signIn("admin1");
    m_supervisor = signIn("supervisor1");
    m_agent1 = signIn("agent1");
    m_simulator = signIn("simulator");
}

std::string TestStatsService::createQueue(const std::string &name, bool needsGerman)
{
    v1::CreateQueueRequest request;
    v1::Queue &queue = *request.mutable_queue();
    queue.set_name(name);
    queue.add_channels(v1::CHANNEL_CHAT);
    queue.set_offer_timeout_seconds(60);
    queue.set_wrap_up_seconds(300);
    queue.set_service_level_threshold_seconds(20);
    queue.set_short_abandon_seconds(5);
    queue.set_service_level_variant(v1::SERVICE_LEVEL_ANSWERED_OF_ANSWERED);
    queue.add_wrap_up_code_ids("wrap-resolved");
    if (needsGerman) {
        auto *r = queue.add_required_skills();
        r->set_skill_id("skill-german");
        r->set_min_proficiency(5);
    }
    v1::Queue created;
    const grpc::Status status = m_client->directory().CreateQueue(ctx(m_admin).get(), request, &created);
    if (!status.ok()) {
        qWarning("CreateQueue: %s", describe(status).constData());
        return {};
    }
    // Stats learns about it from the directory's event: wait until the snapshot names it.
    if (!QTest::qWaitFor([&] {
            const auto q = snapshotOf(created.id());
            return q && q->queue_name() == name;
        }, kWaitMs))
        qWarning("stats never learnt about queue %s", created.id().c_str());
    // And routing, before anything is enqueued into it.
    if (!needsGerman && !QTest::qWaitFor([&] {
            const auto agent = myAgent(m_agent1);
            return std::find(agent.queue_ids().begin(), agent.queue_ids().end(), created.id()) != agent.queue_ids().end();
        }, kWaitMs))
        qWarning("routing never learnt about queue %s", created.id().c_str());
    return created.id();
}

v1::Interaction TestStatsService::enqueue(const std::string &queueId)
{
    v1::EnqueueRequest request;
    request.set_queue_id(queueId);
    request.set_channel(v1::CHANNEL_CHAT);
    request.mutable_customer()->set_id("cust-7");
    request.mutable_customer()->set_display_name("Grace Customer");
    request.set_subject("Where is my parcel");
    v1::Interaction interaction;
    const grpc::Status status = m_client->routing().Enqueue(ctx(m_simulator).get(), request, &interaction);
    if (!status.ok())
        qWarning("Enqueue: %s", describe(status).constData());
    return interaction;
}

std::optional<v1::QueueMetrics> TestStatsService::snapshotOf(const std::string &queueId)
{
    v1::GetRealtimeSnapshotRequest request;
    request.add_queue_ids(queueId);
    v1::RealtimeSnapshot snapshot;
    if (!m_stats->GetRealtimeSnapshot(ctx(m_supervisor).get(), request, &snapshot).ok())
        return std::nullopt;
    return queueIn(snapshot.queues(), queueId);
}

v1::AgentSnapshot TestStatsService::myAgent(const User &agent)
{
    v1::AgentSnapshot snapshot;
    const grpc::Status status = m_client->routing().GetMyAgent(ctx(agent).get(), {}, &snapshot);
    if (!status.ok())
        qWarning("GetMyAgent: %s", describe(status).constData());
    return snapshot;
}

grpc::Status TestStatsService::setState(const User &agent, v1::AgentState state)
{
    v1::SetAgentStateRequest request;
    request.set_state(state);
    v1::AgentSnapshot snapshot;
    return m_client->routing().SetAgentState(ctx(agent).get(), request, &snapshot);
}

// --- behaviours -------------------------------------------------------------------------

void TestStatsService::snapshotFollowsEnqueueOfferAcceptWrapUpAndAbandon()
{
    const std::string queue = createQueue("Stats lifecycle", false);
    QVERIFY(!queue.empty());
    m_lifecycleQueue = queue;

    const v1::Interaction first = enqueue(queue);
    const v1::Interaction second = enqueue(queue);
    QVERIFY(!first.id().empty() && !second.id().empty());
    QTRY_VERIFY_WITH_TIMEOUT(snapshotOf(queue) && snapshotOf(queue)->waiting() == 2, kWaitMs);
    auto q = *snapshotOf(queue);
    QCOMPARE(q.offered(), 2);
    QCOMPARE(q.answered(), 0);
    QCOMPARE(q.abandoned(), 0);
    QCOMPARE(q.queue_name(), std::string("Stats lifecycle"));
    QCOMPARE(q.service_level_variant(), v1::SERVICE_LEVEL_ANSWERED_OF_ANSWERED);
    QCOMPARE(q.service_level_threshold_seconds(), 20);
    QVERIFY(q.has_oldest_enqueued_at());
    QCOMPARE(TimeUtil::TimestampToMilliseconds(q.oldest_enqueued_at()),
             TimeUtil::TimestampToMilliseconds(first.enqueued_at()));
    QCOMPARE(q.agents().offline(), 1);   // agent1 is on the queue (it needs no skill), offline

    // agent1 goes available: both chats are offered (chat capacity 3) and still wait.
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_AVAILABLE));
    QTRY_VERIFY_WITH_TIMEOUT(snapshotOf(queue)->agents().busy() == 1, kWaitMs);
    q = *snapshotOf(queue);
    QCOMPARE(q.waiting(), 2);
    QCOMPARE(q.offered(), 2);
    QCOMPARE(q.agents().available(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(myAgent(m_agent1).interactions_size() == 2, kWaitMs);

    // An accept answers one.
    v1::AcceptOfferRequest accept;
    accept.set_interaction_id(first.id());
    v1::Interaction accepted;
    QVERIFY_OK(m_client->routing().AcceptOffer(ctx(m_agent1).get(), accept, &accepted));
    QTRY_COMPARE_WITH_TIMEOUT(snapshotOf(queue)->answered(), 1, kWaitMs);
    q = *snapshotOf(queue);
    QCOMPARE(q.waiting(), 1);
    QCOMPARE(q.offered(), 2);
    QVERIFY(q.asa_seconds() >= 0 && q.asa_seconds() < 20);
    QCOMPARE(q.service_level(), 1.0);   // answered within 20 s of 1 answered

    // The other one is abandoned while offered.
    v1::AbandonRequest abandon;
    abandon.set_interaction_id(second.id());
    v1::Interaction abandoned;
    QVERIFY_OK(m_client->routing().Abandon(ctx(m_simulator).get(), abandon, &abandoned));
    QTRY_COMPARE_WITH_TIMEOUT(snapshotOf(queue)->abandoned(), 1, kWaitMs);
    q = *snapshotOf(queue);
    QCOMPARE(q.waiting(), 0);
    QVERIFY(!q.has_oldest_enqueued_at());
    QCOMPARE(q.longest_wait_seconds(), 0.0);
    QCOMPARE(q.abandon_rate(), 0.5);
    QCOMPARE(q.answered(), 1);

    // End and wrap up: the handling counts for AHT, the agent is available again.
    v1::EndInteractionRequest end;
    end.set_interaction_id(first.id());
    v1::Interaction ended;
    QVERIFY_OK(m_client->routing().EndInteraction(ctx(m_agent1).get(), end, &ended));
    QTRY_COMPARE_WITH_TIMEOUT(snapshotOf(queue)->agents().wrap_up(), 1, kWaitMs);
    QCOMPARE(snapshotOf(queue)->aht_seconds(), 0.0);   // not finished yet
    v1::CompleteWrapUpRequest complete;
    complete.set_interaction_id(first.id());
    complete.set_wrap_up_code_id("wrap-resolved");
    v1::Interaction completed;
    QVERIFY_OK(m_client->routing().CompleteWrapUp(ctx(m_agent1).get(), complete, &completed));
    QTRY_VERIFY_WITH_TIMEOUT(snapshotOf(queue)->aht_seconds() > 0, kWaitMs);
    q = *snapshotOf(queue);
    QCOMPARE(q.agents().available(), 1);
    QCOMPARE(q.agents().busy(), 0);
    QCOMPARE(q.agents().wrap_up(), 0);
    const double handleSeconds = (TimeUtil::TimestampToMilliseconds(completed.ended_at())
                                  - TimeUtil::TimestampToMilliseconds(accepted.accepted_at())) / 1000.0;
    QVERIFY2(q.aht_seconds() >= handleSeconds - 0.5 && q.aht_seconds() < handleSeconds + 5,
             qPrintable(QString("AHT %1 s, handling took at least %2 s").arg(q.aht_seconds()).arg(handleSeconds)));

    // The agent's own figures: one handled, the same AHT.
    v1::RealtimeSnapshot snapshot;
    v1::GetRealtimeSnapshotRequest request;
    request.add_queue_ids(queue);
    QVERIFY_OK(m_stats->GetRealtimeSnapshot(ctx(m_admin).get(), request, &snapshot));
    const auto agent = std::find_if(snapshot.agents().begin(), snapshot.agents().end(),
                                    [&](const v1::AgentMetrics &a) { return a.user_id() == m_agent1.id; });
    QVERIFY(agent != snapshot.agents().end());
    QCOMPARE(agent->handled(), 1);
    QCOMPARE(agent->aht_seconds(), q.aht_seconds());
    QVERIFY(agent->available_seconds() > 0);

    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_OFFLINE));
    QTRY_COMPARE_WITH_TIMEOUT(snapshotOf(queue)->agents().offline(), 1, kWaitMs);
}

void TestStatsService::transferCountsAHandledSegmentAndANewWaitFromTheTransfer()
{
    const std::string from = createQueue("Stats transfer from", false);
    const std::string to = createQueue("Stats transfer to", true);
    QVERIFY(!from.empty() && !to.empty());
    const v1::Interaction chat = enqueue(from);
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_AVAILABLE));
    QTRY_COMPARE_WITH_TIMEOUT(snapshotOf(from)->agents().busy(), 1, kWaitMs);
    v1::AcceptOfferRequest accept;
    accept.set_interaction_id(chat.id());
    v1::Interaction accepted;
    QTRY_COMPARE_WITH_TIMEOUT(myAgent(m_agent1).interactions_size(), 1, kWaitMs);
    QCOMPARE(myAgent(m_agent1).interactions(0).id(), chat.id());
    QVERIFY_OK(m_client->routing().AcceptOffer(ctx(m_agent1).get(), accept, &accepted));
    QTRY_COMPARE_WITH_TIMEOUT(snapshotOf(from)->answered(), 1, kWaitMs);

    v1::TransferInteractionRequest transfer;
    transfer.set_interaction_id(chat.id());
    transfer.set_queue_id(to);
    v1::Interaction transferred;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY_OK(m_client->routing().TransferInteraction(ctx(m_agent1).get(), transfer, &transferred));
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QTRY_COMPARE_WITH_TIMEOUT(snapshotOf(to)->waiting(), 1, kWaitMs);
    const v1::QueueMetrics target = *snapshotOf(to);
    QCOMPARE(target.offered(), 1);
    QCOMPARE(target.answered(), 0);
    // Its wait in the new queue starts at the transfer, not at the original enqueue.
    const qint64 entered = TimeUtil::TimestampToMilliseconds(target.oldest_enqueued_at());
    QVERIFY2(entered >= before && entered <= after,
             qPrintable(QString("entered the queue at %1, the transfer call ran %2..%3").arg(entered).arg(before).arg(after)));
    QVERIFY(entered > TimeUtil::TimestampToMilliseconds(chat.enqueued_at()));

    // The source queue keeps its offer and answer and counts a handled segment.
    QTRY_VERIFY_WITH_TIMEOUT(snapshotOf(from)->aht_seconds() > 0, kWaitMs);
    const v1::QueueMetrics source = *snapshotOf(from);
    QCOMPARE(source.offered(), 1);
    QCOMPARE(source.answered(), 1);
    QCOMPARE(source.waiting(), 0);
    QCOMPARE(source.agents().busy(), 0);
    QCOMPARE(source.agents().available(), 1);

    v1::AbandonRequest abandon;
    abandon.set_interaction_id(chat.id());
    v1::Interaction abandoned;
    QVERIFY_OK(m_client->routing().Abandon(ctx(m_simulator).get(), abandon, &abandoned));
    QTRY_COMPARE_WITH_TIMEOUT(snapshotOf(to)->abandoned(), 1, kWaitMs);
    QCOMPARE(snapshotOf(to)->waiting(), 0);
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_OFFLINE));
}

void TestStatsService::queueRenamedInTheDirectoryIsRenamedInTheMetrics()
{
    const std::string queue = createQueue("Stats before", true);
    QVERIFY(!queue.empty());
    v1::GetQueueRequest get;
    get.set_id(queue);
    v1::Queue current;
    QVERIFY_OK(m_client->directory().GetQueue(ctx(m_admin).get(), get, &current));
    v1::UpdateQueueRequest update;
    *update.mutable_queue() = current;
    update.mutable_queue()->set_name("Stats after");
    update.mutable_queue()->set_service_level_threshold_seconds(45);
    update.mutable_queue()->set_service_level_variant(v1::SERVICE_LEVEL_REMOVED_WITHIN);
    v1::Queue updated;
    QVERIFY_OK(m_client->directory().UpdateQueue(ctx(m_admin).get(), update, &updated));
    QTRY_COMPARE_WITH_TIMEOUT(snapshotOf(queue)->queue_name(), std::string("Stats after"), kWaitMs);
    QCOMPARE(snapshotOf(queue)->service_level_threshold_seconds(), 45);
    QCOMPARE(snapshotOf(queue)->service_level_variant(), v1::SERVICE_LEVEL_REMOVED_WITHIN);

    v1::DeleteQueueRequest remove;
    remove.set_id(queue);
    remove.set_version(updated.version());
    v1::DeleteResponse removed;
    QVERIFY_OK(m_client->directory().DeleteQueue(ctx(m_admin).get(), remove, &removed));
    QTRY_VERIFY_WITH_TIMEOUT(!snapshotOf(queue).has_value(), kWaitMs);
    v1::RealtimeSnapshot all;
    QVERIFY_OK(m_stats->GetRealtimeSnapshot(ctx(m_supervisor).get(), {}, &all));
    QVERIFY(!queueIn(all.queues(), queue).has_value());
}

void TestStatsService::deltaReachesTheSupervisorsStreamWithinTheWindow()
{
    const std::string queue = createQueue("Stats deltas", true);
    QVERIFY(!queue.empty());
    StreamClient stream(m_server.wsAddress(), m_server.caPath());
    QVERIFY(stream.open(m_supervisor.token));
    const size_t from = stream.events.size();

    const v1::Interaction interaction = enqueue(queue);
    QVERIFY(!interaction.id().empty());
    qint64 received = 0;
    auto delta = [&](int waiting) {
        return stream.find([&](const v1::Event &e) {
            if (!e.has_queue_metrics_changed())
                return false;
            const auto q = queueIn(e.queue_metrics_changed().queues(), queue);
            return q && q->waiting() == waiting;
        }, from, &received);
    };
    QTRY_VERIFY_WITH_TIMEOUT(delta(1).has_value(), kWaitMs);
    const v1::Event event = *delta(1);
    QCOMPARE(event.topic(), std::string("role:supervisor"));
    const v1::QueueMetrics q = *queueIn(event.queue_metrics_changed().queues(), queue);
    QCOMPARE(q.offered(), 1);
    QCOMPARE(q.queue_name(), std::string("Stats deltas"));
    QCOMPARE(TimeUtil::TimestampToMilliseconds(q.oldest_enqueued_at()),
             TimeUtil::TimestampToMilliseconds(interaction.enqueued_at()));
    // Leading edge: at the client right after routing's change (its enqueued_at, same
    // machine clock), within the 100 ms window plus a little slack for two busy cores.
    const qint64 latency = received - TimeUtil::TimestampToMilliseconds(interaction.enqueued_at());
    QVERIFY2(latency >= 0 && latency <= 100 + 150, qPrintable(QString("received %1 ms after the enqueue").arg(latency)));

    // A second change right after (from the client's call to the delta on its stream):
    // one more delta with the new figures, within the window.
    v1::AbandonRequest abandon;
    abandon.set_interaction_id(interaction.id());
    v1::Interaction abandoned;
    const qint64 abandonSent = QDateTime::currentMSecsSinceEpoch();
    QVERIFY_OK(m_client->routing().Abandon(ctx(m_simulator).get(), abandon, &abandoned));
    QTRY_VERIFY_WITH_TIMEOUT(delta(0).has_value(), kWaitMs);
    const v1::QueueMetrics after = *queueIn(delta(0)->queue_metrics_changed().queues(), queue);
    const qint64 abandonLatency = received - abandonSent;
    QVERIFY2(abandonLatency >= 0 && abandonLatency <= 100 + 150,
             qPrintable(QString("received %1 ms after the abandon").arg(abandonLatency)));
    QCOMPARE(after.abandoned(), 1);
    QCOMPARE(after.abandon_rate(), 1.0);
    QCOMPARE(after.offered(), 1);

    // Agents' figures come as agent_metrics_changed.
    const size_t agentFrom = stream.events.size();
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_AVAILABLE));
    QTRY_VERIFY_WITH_TIMEOUT(stream.find([&](const v1::Event &e) {
        if (!e.has_agent_metrics_changed())
            return false;
        for (const auto &a : e.agent_metrics_changed().agents())
            if (a.user_id() == m_agent1.id)
                return true;
        return false;
    }, agentFrom).has_value(), kWaitMs);
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_OFFLINE));
}

void TestStatsService::staffingForExplicitInputsEqualsErlangC()
{
    v1::ComputeStaffingRequest request;
    request.set_arrival_rate_per_second(0.25);
    request.set_aht_seconds(180);
    request.set_threshold_seconds(20);
    request.set_target_service_level(0.8);
    v1::StaffingResult result;
    QVERIFY_OK(m_stats->ComputeStaffing(ctx(m_supervisor).get(), request, &result));
    const int needed = stats::agentsNeeded(0.25, 180, 20, 0.8);
    const stats::ErlangCResult oracle = stats::erlangC(0.25, 180, needed, 20);
    QCOMPARE(result.agents_needed(), needed);
    QCOMPARE(result.traffic_erlangs(), 45.0);
    QCOMPARE(result.traffic_erlangs(), oracle.trafficErlangs);
    QCOMPARE(result.p_wait(), oracle.pWait);
    QCOMPARE(result.service_level(), oracle.serviceLevel);
    QCOMPARE(result.asa_seconds(), oracle.asaSeconds);
    QCOMPARE(result.occupancy(), oracle.occupancy);
    QVERIFY(result.service_level() >= 0.8);
    QCOMPARE(result.agents_staffed(), 0);   // no queue: nobody to count

    // With a queue and explicit figures: the same numbers, and the queue's staffed agents
    // (agent1 and supervisor1 hold the agent role; agent1 is on a skill-less queue).
    const std::string queue = createQueue("Stats staffing", false);
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_AVAILABLE));
    request.set_queue_id(queue);
    QTRY_VERIFY_WITH_TIMEOUT(m_stats->ComputeStaffing(ctx(m_supervisor).get(), request, &result).ok()
                                 && result.agents_staffed() == 1, kWaitMs);
    QCOMPARE(result.agents_needed(), needed);
    QCOMPARE(result.service_level(), oracle.serviceLevel);
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_OFFLINE));
    QTRY_VERIFY_WITH_TIMEOUT(m_stats->ComputeStaffing(ctx(m_supervisor).get(), request, &result).ok()
                                 && result.agents_staffed() == 0, kWaitMs);

    // A queue with nothing handled has no AHT to plan with.
    v1::ComputeStaffingRequest live;
    live.set_queue_id(queue);
    QCOMPARE_STATUS(m_stats->ComputeStaffing(ctx(m_supervisor).get(), live, &result), grpc::StatusCode::FAILED_PRECONDITION);
    // Given the AHT, the live arrival rate of an idle queue (0) needs nobody.
    live.set_aht_seconds(120);
    QVERIFY_OK(m_stats->ComputeStaffing(ctx(m_supervisor).get(), live, &result));
    QCOMPARE(result.agents_needed(), 0);
    QCOMPARE(result.traffic_erlangs(), 0.0);
}

void TestStatsService::staffingValidatesItsInput()
{
    auto call = [&](double rate, double aht, int threshold, double target, const std::string &queue = {}) {
        v1::ComputeStaffingRequest request;
        request.set_queue_id(queue);
        request.set_arrival_rate_per_second(rate);
        request.set_aht_seconds(aht);
        request.set_threshold_seconds(threshold);
        request.set_target_service_level(target);
        v1::StaffingResult result;
        return m_stats->ComputeStaffing(ctx(m_supervisor).get(), request, &result);
    };
    grpc::Status s = call(0.1, 180, 20, 1.5);
    QCOMPARE(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    QVERIFY2(s.error_message().find("target_service_level") != std::string::npos, describe(s));
    s = call(0.1, -3, 20, 0.8);
    QCOMPARE(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    QVERIFY2(s.error_message().find("aht_seconds") != std::string::npos, describe(s));
    QCOMPARE_STATUS(call(-1, 180, 20, 0.8), grpc::StatusCode::INVALID_ARGUMENT);
    QCOMPARE_STATUS(call(0.1, 180, -20, 0.8), grpc::StatusCode::INVALID_ARGUMENT);
    s = call(0.1, 180, 20, 0);
    QCOMPARE(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    QVERIFY2(s.error_message().find("without a queue_id") != std::string::npos, describe(s));
    QCOMPARE_STATUS(call(0, 180, 20, 0.8), grpc::StatusCode::INVALID_ARGUMENT);
    QCOMPARE_STATUS(call(0.1, 180, 20, 0.8, "queue-nope"), grpc::StatusCode::NOT_FOUND);
}

void TestStatsService::wallboardsArePerOwnerWithOptimisticVersions()
{
    v1::SaveWallboardRequest save;
    v1::Wallboard &board = *save.mutable_wallboard();
    board.set_name("Floor");
    board.set_rotate_seconds(10);
    auto *tile = board.add_tiles();
    tile->set_queue_id("queue-support");
    tile->set_metric(v1::METRIC_WAITING);
    tile->mutable_threshold()->set_amber(3);
    tile->mutable_threshold()->set_red(6);
    tile->mutable_threshold()->set_higher_is_worse(true);
    v1::Wallboard created;
    QVERIFY_OK(m_stats->SaveWallboard(ctx(m_admin).get(), save, &created));
    QVERIFY(!created.id().empty());
    QCOMPARE(created.version(), 1);
    QCOMPARE(created.owner_user_id(), m_admin.id);
    QCOMPARE(created.tiles_size(), 1);

    // Update at the current version.
    v1::SaveWallboardRequest update;
    *update.mutable_wallboard() = created;
    update.mutable_wallboard()->set_name("Floor 2");
    auto *second = update.mutable_wallboard()->add_tiles();
    second->set_queue_id("queue-sales");
    second->set_metric(v1::METRIC_SERVICE_LEVEL);
    second->set_column(1);
    v1::Wallboard updated;
    QVERIFY_OK(m_stats->SaveWallboard(ctx(m_admin).get(), update, &updated));
    QCOMPARE(updated.version(), 2);
    QCOMPARE(updated.name(), std::string("Floor 2"));
    QCOMPARE(updated.tiles_size(), 2);

    // The same edit again at the old version: someone else changed it.
    v1::Wallboard stale;
    grpc::Status s = m_stats->SaveWallboard(ctx(m_admin).get(), update, &stale);
    QCOMPARE(s.error_code(), grpc::StatusCode::ABORTED);
    QVERIFY2(s.error_message().find("reload it") != std::string::npos
                 && s.error_message().find("version 2") != std::string::npos, describe(s));

    // Another supervisor sees none of it and cannot change or delete it.
    v1::ListWallboardsResponse list;
    QVERIFY_OK(m_stats->ListWallboards(ctx(m_supervisor).get(), {}, &list));
    QCOMPARE(list.wallboards_size(), 0);
    v1::SaveWallboardRequest theirs;
    *theirs.mutable_wallboard() = updated;
    QCOMPARE_STATUS(m_stats->SaveWallboard(ctx(m_supervisor).get(), theirs, &stale), grpc::StatusCode::NOT_FOUND);
    v1::DeleteWallboardRequest remove;
    remove.set_id(updated.id());
    remove.set_version(2);
    v1::DeleteWallboardResponse removed;
    QCOMPARE_STATUS(m_stats->DeleteWallboard(ctx(m_supervisor).get(), remove, &removed), grpc::StatusCode::NOT_FOUND);
    // Their own board is theirs only.
    v1::SaveWallboardRequest own;
    own.mutable_wallboard()->set_name("Mine");
    v1::Wallboard mine;
    QVERIFY_OK(m_stats->SaveWallboard(ctx(m_supervisor).get(), own, &mine));
    QCOMPARE(mine.owner_user_id(), m_supervisor.id);

    list.Clear();
    QVERIFY_OK(m_stats->ListWallboards(ctx(m_admin).get(), {}, &list));
    QCOMPARE(list.wallboards_size(), 1);
    QCOMPARE(list.wallboards(0).id(), updated.id());
    QCOMPARE(list.wallboards(0).version(), 2);

    // Delete: a stale version is refused, the current one deletes.
    remove.set_version(1);
    s = m_stats->DeleteWallboard(ctx(m_admin).get(), remove, &removed);
    QCOMPARE(s.error_code(), grpc::StatusCode::ABORTED);
    QVERIFY2(s.error_message().find("reload it before deleting") != std::string::npos, describe(s));
    remove.set_version(2);
    QVERIFY_OK(m_stats->DeleteWallboard(ctx(m_admin).get(), remove, &removed));
    list.Clear();
    QVERIFY_OK(m_stats->ListWallboards(ctx(m_admin).get(), {}, &list));
    QCOMPARE(list.wallboards_size(), 0);
    list.Clear();
    QVERIFY_OK(m_stats->ListWallboards(ctx(m_supervisor).get(), {}, &list));
    QCOMPARE(list.wallboards_size(), 1);
    QCOMPARE_STATUS(m_stats->DeleteWallboard(ctx(m_admin).get(), remove, &removed), grpc::StatusCode::NOT_FOUND);
}

void TestStatsService::wallboardsAreValidated()
{
    auto save = [&](const std::function<void(v1::Wallboard &)> &change) {
        v1::SaveWallboardRequest request;
        v1::Wallboard &board = *request.mutable_wallboard();
        board.set_name("Valid");
        auto *tile = board.add_tiles();
        tile->set_metric(v1::METRIC_ASA);
        change(board);
        v1::Wallboard saved;
        return m_stats->SaveWallboard(ctx(m_admin).get(), request, &saved);
    };
    grpc::Status s = save([](v1::Wallboard &b) { b.set_name("  "); });
    QCOMPARE(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    QVERIFY2(s.error_message().starts_with("wallboard.name"), describe(s));
    s = save([](v1::Wallboard &b) { b.mutable_tiles(0)->set_metric(v1::METRIC_KIND_UNSPECIFIED); });
    QCOMPARE(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    QVERIFY2(s.error_message().starts_with("wallboard.tiles[0].metric"), describe(s));
    s = save([](v1::Wallboard &b) { b.mutable_tiles(0)->set_row(-1); });
    QCOMPARE(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    QVERIFY2(s.error_message().find("row and column") != std::string::npos, describe(s));
    s = save([](v1::Wallboard &b) {
        auto *t = b.mutable_tiles(0)->mutable_threshold();
        t->set_amber(90);
        t->set_red(80);
        t->set_higher_is_worse(true);
    });
    QCOMPARE(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    QVERIFY2(s.error_message().find("amber (90) must not be above red (80)") != std::string::npos, describe(s));
    s = save([](v1::Wallboard &b) {
        auto *t = b.mutable_tiles(0)->mutable_threshold();
        t->set_amber(0.8);
        t->set_red(0.9);   // service level: lower is worse, so red must be below amber
    });
    QCOMPARE(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    s = save([](v1::Wallboard &b) { b.set_rotate_seconds(3); });
    QCOMPARE(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    QVERIFY2(s.error_message().find("at least 5 seconds") != std::string::npos, describe(s));
    s = save([](v1::Wallboard &b) { *b.add_tiles() = b.tiles(0); });
    QCOMPARE(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    s = save([](v1::Wallboard &b) { b.set_id("wb-does-not-exist"); });
    QCOMPARE(s.error_code(), grpc::StatusCode::NOT_FOUND);
    v1::DeleteWallboardRequest remove;
    v1::DeleteWallboardResponse removed;
    QCOMPARE_STATUS(m_stats->DeleteWallboard(ctx(m_admin).get(), remove, &removed), grpc::StatusCode::INVALID_ARGUMENT);
    // Nothing was saved by the refused calls.
    v1::ListWallboardsResponse list;
    QVERIFY_OK(m_stats->ListWallboards(ctx(m_admin).get(), {}, &list));
    QCOMPARE(list.wallboards_size(), 0);
}

void TestStatsService::alertIsRaisedAndCleared()
{
    const std::string queue = createQueue("Stats alerts", true);
    QVERIFY(!queue.empty());
    StreamClient stream(m_server.wsAddress(), m_server.caPath());
    QVERIFY(stream.open(m_supervisor.token));

    v1::SaveAlertRuleRequest save;
    v1::AlertRule &rule = *save.mutable_rule();
    rule.set_name("Too many waiting");
    rule.set_queue_id(queue);
    rule.set_metric(v1::METRIC_WAITING);
    rule.set_above(1);
    rule.set_enabled(true);
    v1::AlertRule created;
    QVERIFY_OK(m_stats->SaveAlertRule(ctx(m_supervisor).get(), save, &created));
    QVERIFY(!created.id().empty());
    QCOMPARE(created.version(), 1);

    auto alert = [&](bool cleared) {
        return stream.find([&](const v1::Event &e) {
            return e.has_alert_raised() && e.alert_raised().rule().id() == created.id()
                && e.alert_raised().cleared() == cleared;
        });
    };
    const v1::Interaction one = enqueue(queue);
    QTRY_COMPARE_WITH_TIMEOUT(snapshotOf(queue)->waiting(), 1, kWaitMs);
    const v1::Interaction two = enqueue(queue);
    QTRY_VERIFY_WITH_TIMEOUT(alert(false).has_value(), kWaitMs);
    const v1::AlertRaised raised = alert(false)->alert_raised();
    QCOMPARE(alert(false)->topic(), std::string("role:supervisor"));
    QCOMPARE(raised.value(), 2.0);
    QCOMPARE(raised.queue_id(), queue);
    QCOMPARE(raised.queue_name(), std::string("Stats alerts"));
    QCOMPARE(raised.rule().name(), std::string("Too many waiting"));
    QVERIFY(!alert(true).has_value());   // 1 waiting (not above 1) never raised it

    v1::AbandonRequest abandon;
    abandon.set_interaction_id(two.id());
    v1::Interaction abandoned;
    QVERIFY_OK(m_client->routing().Abandon(ctx(m_simulator).get(), abandon, &abandoned));
    QTRY_VERIFY_WITH_TIMEOUT(alert(true).has_value(), kWaitMs);
    QCOMPARE(alert(true)->alert_raised().value(), 1.0);
    QCOMPARE(alert(true)->alert_raised().queue_id(), queue);

    // A stale edit is refused; lowering the limit raises it again; deleting clears it.
    v1::SaveAlertRuleRequest stale = save;
    stale.mutable_rule()->set_id(created.id());
    stale.mutable_rule()->set_version(7);
    v1::AlertRule out;
    QCOMPARE_STATUS(m_stats->SaveAlertRule(ctx(m_supervisor).get(), stale, &out), grpc::StatusCode::ABORTED);
    const size_t before = stream.events.size();
    v1::SaveAlertRuleRequest lower;
    *lower.mutable_rule() = created;
    lower.mutable_rule()->set_above(0);
    v1::AlertRule lowered;
    QVERIFY_OK(m_stats->SaveAlertRule(ctx(m_admin).get(), lower, &lowered));
    QCOMPARE(lowered.version(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(stream.find([&](const v1::Event &e) {
        return e.has_alert_raised() && !e.alert_raised().cleared() && e.alert_raised().rule().version() == 2;
    }, before).has_value(), kWaitMs);

    v1::ListAlertRulesResponse rules;
    QVERIFY_OK(m_stats->ListAlertRules(ctx(m_admin).get(), {}, &rules));
    QCOMPARE(rules.rules_size(), 1);
    QCOMPARE(rules.rules(0).above(), 0.0);

    const size_t beforeDelete = stream.events.size();
    v1::DeleteAlertRuleRequest remove;
    remove.set_id(created.id());
    remove.set_version(2);
    v1::DeleteAlertRuleResponse removed;
    QVERIFY_OK(m_stats->DeleteAlertRule(ctx(m_supervisor).get(), remove, &removed));
    QTRY_VERIFY_WITH_TIMEOUT(stream.find([&](const v1::Event &e) {
        return e.has_alert_raised() && e.alert_raised().cleared() && e.alert_raised().rule().id() == created.id();
    }, beforeDelete).has_value(), kWaitMs);
    rules.Clear();
    QVERIFY_OK(m_stats->ListAlertRules(ctx(m_admin).get(), {}, &rules));
    QCOMPARE(rules.rules_size(), 0);

    abandon.set_interaction_id(one.id());
    QVERIFY_OK(m_client->routing().Abandon(ctx(m_simulator).get(), abandon, &abandoned));
}

void TestStatsService::longestWaitAlertIsRaisedByTheClockAlone()
{
    const std::string queue = createQueue("Stats longest wait", true);
    QVERIFY(!queue.empty());
    StreamClient stream(m_server.wsAddress(), m_server.caPath());
    QVERIFY(stream.open(m_supervisor.token));
    v1::SaveAlertRuleRequest save;
    v1::AlertRule &rule = *save.mutable_rule();
    rule.set_name("Waiting too long");   // every queue
    rule.set_metric(v1::METRIC_LONGEST_WAIT);
    rule.set_above(1.5);
    rule.set_enabled(true);
    v1::AlertRule created;
    QVERIFY_OK(m_stats->SaveAlertRule(ctx(m_admin).get(), save, &created));
    QVERIFY(created.queue_id().empty());

    const v1::Interaction chat = enqueue(queue);
    QTRY_COMPARE_WITH_TIMEOUT(snapshotOf(queue)->waiting(), 1, kWaitMs);
    // Nothing changes in the queue after the enqueue: only the clock raises it.
    auto raised = [&] {
        return stream.find([&](const v1::Event &e) {
            return e.has_alert_raised() && e.alert_raised().rule().id() == created.id() && !e.alert_raised().cleared()
                && e.alert_raised().queue_id() == queue;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(raised().has_value(), kWaitMs);
    QVERIFY2(raised()->alert_raised().value() > 1.5 && raised()->alert_raised().value() < 5,
             qPrintable(QString::number(raised()->alert_raised().value())));
    const qint64 at = TimeUtil::TimestampToMilliseconds(raised()->alert_raised().at());
    QVERIFY(at - TimeUtil::TimestampToMilliseconds(chat.enqueued_at()) > 1500);

    v1::AbandonRequest abandon;
    abandon.set_interaction_id(chat.id());
    v1::Interaction abandoned;
    QVERIFY_OK(m_client->routing().Abandon(ctx(m_simulator).get(), abandon, &abandoned));
    QTRY_VERIFY_WITH_TIMEOUT(stream.find([&](const v1::Event &e) {
        return e.has_alert_raised() && e.alert_raised().rule().id() == created.id() && e.alert_raised().cleared()
            && e.alert_raised().queue_id() == queue;
    }).has_value(), kWaitMs);

    v1::DeleteAlertRuleRequest remove;
    remove.set_id(created.id());
    remove.set_version(created.version());
    v1::DeleteAlertRuleResponse removed;
    QVERIFY_OK(m_stats->DeleteAlertRule(ctx(m_admin).get(), remove, &removed));
}

void TestStatsService::alertRulesAreValidated()
{
    auto save = [&](const std::function<void(v1::AlertRule &)> &change) {
        v1::SaveAlertRuleRequest request;
        v1::AlertRule &rule = *request.mutable_rule();
        rule.set_name("Valid");
        rule.set_metric(v1::METRIC_LONGEST_WAIT);
        rule.set_above(60);
        rule.set_enabled(true);
        change(rule);
        v1::AlertRule saved;
        return m_stats->SaveAlertRule(ctx(m_admin).get(), request, &saved);
    };
    grpc::Status s = save([](v1::AlertRule &r) { r.set_name(""); });
    QCOMPARE(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    QVERIFY2(s.error_message().starts_with("rule.name"), describe(s));
    s = save([](v1::AlertRule &r) { r.set_metric(v1::METRIC_KIND_UNSPECIFIED); });
    QCOMPARE(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    QVERIFY2(s.error_message().starts_with("rule.metric"), describe(s));
    QCOMPARE_STATUS(save([](v1::AlertRule &r) { r.set_above(-1); }), grpc::StatusCode::INVALID_ARGUMENT);
    QCOMPARE_STATUS(save([](v1::AlertRule &r) { r.set_queue_id("queue-nope"); }), grpc::StatusCode::NOT_FOUND);
    QCOMPARE_STATUS(save([](v1::AlertRule &r) { r.set_id("alert-nope"); }), grpc::StatusCode::NOT_FOUND);
    v1::DeleteAlertRuleRequest remove;
    v1::DeleteAlertRuleResponse removed;
    QCOMPARE_STATUS(m_stats->DeleteAlertRule(ctx(m_admin).get(), remove, &removed), grpc::StatusCode::INVALID_ARGUMENT);
    v1::ListAlertRulesResponse rules;
    QVERIFY_OK(m_stats->ListAlertRules(ctx(m_admin).get(), {}, &rules));
    QCOMPARE(rules.rules_size(), 0);
}

void TestStatsService::agentsAreRefused()
{
    v1::RealtimeSnapshot snapshot;
    grpc::Status s = m_stats->GetRealtimeSnapshot(ctx(m_agent1).get(), {}, &snapshot);
    QCOMPARE(s.error_code(), grpc::StatusCode::PERMISSION_DENIED);
    QVERIFY2(s.error_message().find("supervisor") != std::string::npos, describe(s));
    v1::SaveWallboardRequest save;
    save.mutable_wallboard()->set_name("Sneaky");
    v1::Wallboard board;
    QCOMPARE_STATUS(m_stats->SaveWallboard(ctx(m_agent1).get(), save, &board), grpc::StatusCode::PERMISSION_DENIED);
    v1::GetIntradayRequest intraday;
    intraday.set_queue_id("queue-support");
    v1::GetIntradayResponse intervals;
    QCOMPARE_STATUS(m_stats->GetIntraday(ctx(m_agent1).get(), intraday, &intervals), grpc::StatusCode::PERMISSION_DENIED);
    v1::StaffingResult staffing;
    QCOMPARE_STATUS(m_stats->ComputeStaffing(ctx(m_agent1).get(), {}, &staffing), grpc::StatusCode::PERMISSION_DENIED);
    v1::ListAlertRulesResponse rules;
    QCOMPARE_STATUS(m_stats->ListAlertRules(ctx(m_agent1).get(), {}, &rules), grpc::StatusCode::PERMISSION_DENIED);
    QCOMPARE_STATUS(m_stats->GetRealtimeSnapshot(GrpcClient::context().get(), {}, &snapshot),
                    grpc::StatusCode::UNAUTHENTICATED);
}

void TestStatsService::snapshotAndIntradayRefuseBadQueues()
{
    v1::GetRealtimeSnapshotRequest request;
    request.add_queue_ids("queue-nope");
    v1::RealtimeSnapshot snapshot;
    grpc::Status s = m_stats->GetRealtimeSnapshot(ctx(m_supervisor).get(), request, &snapshot);
    QCOMPARE(s.error_code(), grpc::StatusCode::NOT_FOUND);
    QVERIFY2(s.error_message().find("queue-nope") != std::string::npos, describe(s));

    // Everything: the demo queues with their names.
    QVERIFY_OK(m_stats->GetRealtimeSnapshot(ctx(m_supervisor).get(), {}, &snapshot));
    const auto support = queueIn(snapshot.queues(), "queue-support");
    QVERIFY(support.has_value());
    QCOMPARE(support->queue_name(), std::string("Support"));
    QVERIFY(snapshot.has_at());

    v1::GetIntradayRequest intraday;
    v1::GetIntradayResponse intervals;
    s = m_stats->GetIntraday(ctx(m_supervisor).get(), intraday, &intervals);
    QCOMPARE(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    QVERIFY2(s.error_message().starts_with("queue_id"), describe(s));
    intraday.set_queue_id("queue-nope");
    QCOMPARE_STATUS(m_stats->GetIntraday(ctx(m_supervisor).get(), intraday, &intervals), grpc::StatusCode::NOT_FOUND);
    intraday.set_queue_id("queue-support");
    QVERIFY_OK(m_stats->GetIntraday(ctx(m_supervisor).get(), intraday, &intervals));
    QCOMPARE(intervals.intervals_size(), 0);   // nothing happened there
    *intraday.mutable_day() = TimeUtil::MillisecondsToTimestamp(QDateTime::currentMSecsSinceEpoch() + 2 * 24 * 3600 * 1000LL);
    s = m_stats->GetIntraday(ctx(m_supervisor).get(), intraday, &intervals);
    QCOMPARE(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    QVERIFY2(s.error_message().starts_with("day"), describe(s));
}

void TestStatsService::intradayIntervalsSurviveARestart()
{
    QVERIFY(!m_lifecycleQueue.empty());
    const std::string queue = m_lifecycleQueue;
    // One more still waits across the restart (agent1 is offline).
    const v1::Interaction waiting = enqueue(queue);
    QVERIFY(!waiting.id().empty());
    QTRY_COMPARE_WITH_TIMEOUT(snapshotOf(queue)->waiting(), 1, kWaitMs);

    auto day = [&](v1::GetIntradayResponse &out) {
        v1::GetIntradayRequest request;
        request.set_queue_id(queue);
        out.Clear();
        return m_stats->GetIntraday(ctx(m_supervisor).get(), request, &out);
    };
    struct Totals {
        int offered = 0, answered = 0, abandoned = 0;
        bool operator==(const Totals &) const = default;
    };
    auto totals = [](const v1::GetIntradayResponse &r) {
        Totals t;
        for (const auto &i : r.intervals()) {
            t.offered += i.offered();
            t.answered += i.answered();
            t.abandoned += i.abandoned();
        }
        return t;
    };
    v1::GetIntradayResponse before;
    QVERIFY_OK(day(before));
    QVERIFY(before.intervals_size() >= 1);
    const Totals expected{3, 1, 1};   // the lifecycle's two, this one
    QVERIFY2(totals(before) == expected, qPrintable(QString("before: %1 offered, %2 answered, %3 abandoned")
                                                        .arg(totals(before).offered).arg(totals(before).answered)
                                                        .arg(totals(before).abandoned)));
    for (const auto &i : before.intervals()) {
        QCOMPARE(i.queue_id(), queue);
        QCOMPARE(TimeUtil::TimestampToMilliseconds(i.start()) % (15 * 60 * 1000), 0);
    }
    const v1::IntervalMetrics &last = before.intervals(before.intervals_size() - 1);
    const auto todayBefore = *snapshotOf(queue);

    m_stats.reset();
    m_client.reset();
    QVERIFY(m_server.stop());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client = std::make_unique<GrpcClient>(m_server.grpcAddress(), m_server.caPath());
    m_stats = v1::StatsService::NewStub(m_client->channel());
    signInAll();

    // The same intervals and today's figures: nothing lost, nothing counted twice (the
    // interaction still waiting is seeded from routing, not offered again).
    v1::GetIntradayResponse after;
    QTRY_VERIFY_WITH_TIMEOUT(day(after).ok() && after.intervals_size() == before.intervals_size(), kWaitMs);
    QVERIFY2(totals(after) == expected, qPrintable(QString("after: %1 offered, %2 answered, %3 abandoned")
                                                       .arg(totals(after).offered).arg(totals(after).answered)
                                                       .arg(totals(after).abandoned)));
    const v1::IntervalMetrics &lastAfter = after.intervals(after.intervals_size() - 1);
    QCOMPARE(TimeUtil::TimestampToMilliseconds(lastAfter.start()), TimeUtil::TimestampToMilliseconds(last.start()));
    QCOMPARE(lastAfter.aht_seconds(), last.aht_seconds());
    QCOMPARE(lastAfter.asa_seconds(), last.asa_seconds());
    QCOMPARE(lastAfter.service_level(), last.service_level());

    QTRY_COMPARE_WITH_TIMEOUT(snapshotOf(queue)->waiting(), 1, kWaitMs);
    const auto todayAfter = *snapshotOf(queue);
    QCOMPARE(todayAfter.offered(), todayBefore.offered());
    QCOMPARE(todayAfter.answered(), todayBefore.answered());
    QCOMPARE(todayAfter.abandoned(), todayBefore.abandoned());
    QCOMPARE(todayAfter.aht_seconds(), todayBefore.aht_seconds());
    QCOMPARE(TimeUtil::TimestampToMilliseconds(todayAfter.oldest_enqueued_at()),
             TimeUtil::TimestampToMilliseconds(waiting.enqueued_at()));

    // And it goes on counting: the waiting one is abandoned.
    v1::AbandonRequest abandon;
    abandon.set_interaction_id(waiting.id());
    v1::Interaction abandoned;
    QVERIFY_OK(m_client->routing().Abandon(ctx(m_simulator).get(), abandon, &abandoned));
    QTRY_COMPARE_WITH_TIMEOUT(snapshotOf(queue)->abandoned(), 2, kWaitMs);
    QCOMPARE(snapshotOf(queue)->offered(), 3);
}

QTEST_MAIN(TestStatsService)
#include "tst_stats_service.moc"
