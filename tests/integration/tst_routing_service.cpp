// The routing service with its real neighbours: identity, directory and routing hosted
// in one runtime::ServiceHost on a loopback port (plaintext), a temporary data folder
// that survives restarts, the bus observed directly. Offers, accept, end, wrap-up,
// reject and timeout re-routing, roles, idempotent enqueue, restart and directory
// changes.

#include "directory_service.h"
#include "identity_service.h"
#include "routing_service.h"

#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"

#include "runtime_auth.h"
#include "runtime_bus.h"
#include "runtime_service_host.h"
#include "runtime_store.h"
#include "runtime_tokens.h"

#include "switchboard/v1/gateway.pb.h"
#include "switchboard/v1/routing.grpc.pb.h"

#include <google/protobuf/util/time_util.h>

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <map>
#include <mutex>

using fixtures::describe;
using fixtures::GrpcClient;
namespace v1 = switchboard::v1;

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

constexpr int kOfferWaitMs = 10000;

// identity + directory + routing in one process, as switchboard-server hosts them.
class Server {
public:
    Server(const QString &dataDir, int port)
    {
        options.dataDir = dataDir.toStdString();
        options.listen = "127.0.0.1:" + std::to_string(port);
        options.insecure = true;
        options.services = {"identity", "directory", "routing"};
        bus = runtime::makeInProcessBus();
        subscription = bus->subscribe([this](const v1::Event &event) {
            std::lock_guard lock(mutex);
            events.push_back(event);
        });
        auth = std::make_unique<runtime::Authenticator>(verifier);
        context = std::make_unique<runtime::ServiceContext>(runtime::ServiceContext{
            options, *bus, verifier, *auth, runtime::makeClientChannel(options.listen, {}, true),
            std::to_string(port), [this] {
                return identity ? identity->issueServiceToken("routing-test", 60 * 60 * 1000) : std::string();
            }});
        host = std::make_unique<runtime::ServiceHost>(options, nullptr);
        auto identityService = std::make_unique<identity::Service>(*context);
        identity = identityService.get();
        identity->seedDemo();
        auto directoryService = std::make_unique<directory::Service>(*context);
        directoryService->seedDemo();
        host->add(std::move(identityService));
        host->add(std::move(directoryService));
        host->add(std::make_unique<routing::Service>(*context));
        host->start();
    }

    ~Server()
    {
        host->shutdown(2000);
        host.reset();
        subscription.reset();
    }

    std::vector<v1::Event> eventsSnapshot()
    {
        std::lock_guard lock(mutex);
        return events;
    }

    runtime::ServerOptions options;
    std::unique_ptr<runtime::Bus> bus;
    std::unique_ptr<runtime::Bus::Subscription> subscription;
    runtime::TokenVerifier verifier;
    std::unique_ptr<runtime::Authenticator> auth;
    std::unique_ptr<runtime::ServiceContext> context;
    identity::Service *identity = nullptr;
    std::unique_ptr<runtime::ServiceHost> host;
    std::mutex mutex;
    std::vector<v1::Event> events;
};

struct User {
    std::string id;
    std::string token;
};

} // namespace

class TestRoutingService : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void agentGoesAvailableAndIsOfferedAnEnqueuedChat();
    void acceptEndAndWrapUpWithTheQueuesCodeCompletes();
    void everyStateChangeIsPublishedForIntegrations();
    void rejectedOfferGoesToAnotherAgent();
    void unansweredOfferTimesOutAndGoesToAnotherAgent();
    void notReadyNeedsAKnownReasonCode();
    void rolesAreEnforced();
    void enqueueValidatesItsRequest();
    void enqueueWithTheSameIdempotencyKeyReturnsTheSameInteraction();
    void enqueueRightAfterTheQueueIsCreatedFindsIt();
    void abandonWhileWaitingEndsTheInteraction();
    void restartKeepsWaitingAndActiveInteractionsAndAgentStates();
    void directoryChangeIsUsedOnTheNextDecision();
    void forceSignOutTakesTheAgentOfflineAndReroutesItsWork();
    void forcedStateAndSignOutAreAuditedAndTheAgentIsTold();
    void conversationActionsOnAnInteractionAreToldToItsAgent();
    void transferToAnAgentOffersItToThatAgentOnly();
    void transferToAQueueNeedsAQueueThatTakesTheChannel();
    void getInteractionIsForSupervisorsAndTheHoldingAgent();
    void transferTargetsAreTheChannelsQueuesAndTheOtherSignedInAgents();
    void transferTargetsAreForTheHoldingAgentAndSupervisors();

private:
    void startServer();
    void restartServer();
    User signIn(const std::string &username);
    std::unique_ptr<grpc::ClientContext> ctx(const User &user) { return GrpcClient::context(user.token); }
    // Creates a chat queue that needs no skill; returns its id once routing uses it.
    std::string createQueue(const std::string &name, int offerTimeoutSeconds = 20,
                            const std::vector<std::pair<std::string, int>> &skills = {});
    bool routingKnowsQueue(const User &agent, const std::string &queueId, bool eligible = true);
    v1::AgentSnapshot myAgent(const User &agent);
    grpc::Status setState(const User &agent, v1::AgentState state, const std::string &reason = {},
                          v1::AgentSnapshot *out = nullptr);
    v1::Interaction enqueue(const std::string &queueId, const std::string &key = {});
    // The first OfferMade for interactionId seen on the bus after index `from`; topic too.
    std::optional<v1::Event> findEvent(const std::function<bool(const v1::Event &)> &match, size_t from = 0);
    std::string offeredTo(const std::string &interactionId, size_t from = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    std::unique_ptr<Server> m_server;
    std::unique_ptr<GrpcClient> m_client;
    std::unique_ptr<v1::RoutingService::Stub> m_routing;
    std::map<std::string, std::string> m_passwords;
    User m_admin, m_supervisor, m_simulator, m_agent1, m_agent2;
};

void TestRoutingService::initTestCase()
{
    qputenv("QT_LOGGING_RULES", "switchboard.*.info=false");
}

void TestRoutingService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_port = fixtures::ServerProcess::freePort();
    startServer();
    QFile users(m_dir->filePath("demo-users.txt"));
    QVERIFY(users.open(QIODevice::ReadOnly));
    for (const QByteArray &line : users.readAll().split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2)
            m_passwords[parts[0].toStdString()] = parts[1].toStdString();
    }
    m_admin = signIn("admin1");
    m_supervisor = signIn("supervisor1");
    m_simulator = signIn("simulator");
    m_agent1 = signIn("agent1");
    m_agent2 = signIn("agent2");
}

void TestRoutingService::cleanup()
{
    m_routing.reset();
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

void TestRoutingService::startServer()
{
    m_server = std::make_unique<Server>(m_dir->path(), m_port);
    m_client = std::make_unique<GrpcClient>(QString::fromStdString(m_server->options.listen), QString());
    m_routing = v1::RoutingService::NewStub(m_client->channel());
}

void TestRoutingService::restartServer()
{
    m_routing.reset();
    m_client.reset();
    m_server.reset();
    startServer();
}

User TestRoutingService::signIn(const std::string &username)
{
    v1::SignInResponse response;
    const grpc::Status status = m_client->signIn(QString::fromStdString(username),
                                                 QString::fromStdString(m_passwords[username]), &response);
    if (!status.ok())
        qWarning("sign-in of %s: %s", username.c_str(), describe(status).constData());
    return {response.user().id(), response.access_token()};
}

v1::AgentSnapshot TestRoutingService::myAgent(const User &agent)
{
    v1::AgentSnapshot snapshot;
    const grpc::Status status = m_routing->GetMyAgent(ctx(agent).get(), {}, &snapshot);
    if (!status.ok())
        qWarning("GetMyAgent: %s", describe(status).constData());
    return snapshot;
}

bool TestRoutingService::routingKnowsQueue(const User &agent, const std::string &queueId, bool eligible)
{
    const v1::AgentSnapshot snapshot = myAgent(agent);
    const bool listed = std::find(snapshot.queue_ids().begin(), snapshot.queue_ids().end(), queueId)
        != snapshot.queue_ids().end();
    return listed == eligible;
}

std::string TestRoutingService::createQueue(const std::string &name, int offerTimeoutSeconds,
                                            const std::vector<std::pair<std::string, int>> &skills)
{
    v1::CreateQueueRequest request;
    v1::Queue &queue = *request.mutable_queue();
    queue.set_name(name);
    queue.add_channels(v1::CHANNEL_CHAT);
    queue.add_channels(v1::CHANNEL_EMAIL);
    queue.set_offer_timeout_seconds(offerTimeoutSeconds);
    queue.set_wrap_up_seconds(120);
    queue.add_wrap_up_code_ids("wrap-resolved");
    queue.add_wrap_up_code_ids("wrap-sale");
    for (const auto &[skill, minimum] : skills) {
        auto *r = queue.add_required_skills();
        r->set_skill_id(skill);
        r->set_min_proficiency(minimum);
    }
    v1::Queue created;
    const grpc::Status status = m_client->directory().CreateQueue(ctx(m_admin).get(), request, &created);
    if (!status.ok()) {
        qWarning("CreateQueue: %s", describe(status).constData());
        return {};
    }
    // Routing learns about it from the bus, then from the directory: wait until it has.
    if (skills.empty() && !QTest::qWaitFor([&] { return routingKnowsQueue(m_agent1, created.id()); }, 5000))
        qWarning("routing never learnt about queue %s", created.id().c_str());
    return created.id();
}

grpc::Status TestRoutingService::setState(const User &agent, v1::AgentState state, const std::string &reason,
                                          v1::AgentSnapshot *out)
{
    v1::SetAgentStateRequest request;
    request.set_state(state);
    request.set_reason_code_id(reason);
    v1::AgentSnapshot snapshot;
    const grpc::Status status = m_routing->SetAgentState(ctx(agent).get(), request, &snapshot);
    if (out)
        *out = snapshot;
    return status;
}

v1::Interaction TestRoutingService::enqueue(const std::string &queueId, const std::string &key)
{
    v1::EnqueueRequest request;
    request.set_queue_id(queueId);
    request.set_channel(v1::CHANNEL_CHAT);
    request.mutable_customer()->set_id("cust-42");
    request.mutable_customer()->set_display_name("Ada Customer");
    request.set_subject("My order");
    (*request.mutable_attributes())["order"] = "1234";
    request.set_idempotency_key(key);
    v1::Interaction interaction;
    const grpc::Status status = m_routing->Enqueue(ctx(m_simulator).get(), request, &interaction);
    if (!status.ok())
        qWarning("Enqueue: %s", describe(status).constData());
    return interaction;
}

std::optional<v1::Event> TestRoutingService::findEvent(const std::function<bool(const v1::Event &)> &match,
                                                       size_t from)
{
    const auto events = m_server->eventsSnapshot();
    for (size_t i = from; i < events.size(); ++i)
        if (match(events[i]))
            return events[i];
    return std::nullopt;
}

std::string TestRoutingService::offeredTo(const std::string &interactionId, size_t from)
{
    const auto event = findEvent([&](const v1::Event &e) {
        return e.has_offer_made() && e.offer_made().interaction().id() == interactionId;
    }, from);
    return event ? event->offer_made().interaction().agent_user_id() : std::string();
}

// --- behaviours -------------------------------------------------------------------------

void TestRoutingService::agentGoesAvailableAndIsOfferedAnEnqueuedChat()
{
    const std::string queue = createQueue("Chat A");
    v1::AgentSnapshot snapshot;
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_AVAILABLE, {}, &snapshot));
    QCOMPARE(snapshot.state(), v1::AGENT_STATE_AVAILABLE);
    QVERIFY(std::find(snapshot.queue_ids().begin(), snapshot.queue_ids().end(), queue) != snapshot.queue_ids().end());

    const v1::Interaction interaction = enqueue(queue);
    QVERIFY(!interaction.id().empty());
    QCOMPARE(interaction.customer().display_name(), "Ada Customer");

    std::optional<v1::Event> offer;
    QTRY_VERIFY_WITH_TIMEOUT((offer = findEvent([&](const v1::Event &e) {
                                  return e.has_offer_made() && e.offer_made().interaction().id() == interaction.id();
                              })).has_value(),
                             kOfferWaitMs);
    QCOMPARE(offer->topic(), "user:" + m_agent1.id);
    QCOMPARE(offer->offer_made().interaction().agent_user_id(), m_agent1.id);
    QCOMPARE(offer->offer_made().interaction().state(), v1::INTERACTION_STATE_OFFERED);
    QCOMPARE(offer->offer_made().interaction().subject(), "My order");
    QCOMPARE(offer->offer_made().interaction().attributes().at("order"), "1234");
    QVERIFY(offer->offer_made().interaction().has_offer_expires_at());

    const v1::AgentSnapshot mine = myAgent(m_agent1);
    QCOMPARE(mine.interactions_size(), 1);
    QCOMPARE(mine.interactions(0).state(), v1::INTERACTION_STATE_OFFERED);
}

void TestRoutingService::acceptEndAndWrapUpWithTheQueuesCodeCompletes()
{
    const std::string queue = createQueue("Chat B");
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_AVAILABLE));
    const v1::Interaction interaction = enqueue(queue);
    QTRY_COMPARE_WITH_TIMEOUT(offeredTo(interaction.id()), m_agent1.id, kOfferWaitMs);

    v1::AcceptOfferRequest accept;
    accept.set_interaction_id(interaction.id());
    v1::Interaction active;
    QVERIFY_OK(m_routing->AcceptOffer(ctx(m_agent1).get(), accept, &active));
    QCOMPARE(active.state(), v1::INTERACTION_STATE_ACTIVE);
    QVERIFY(active.has_accepted_at());
    // Accepting twice: the interaction is no longer offered.
    QCOMPARE_STATUS(m_routing->AcceptOffer(ctx(m_agent1).get(), accept, &active), grpc::StatusCode::FAILED_PRECONDITION);

    v1::EndInteractionRequest end;
    end.set_interaction_id(interaction.id());
    v1::Interaction ended;
    QVERIFY_OK(m_routing->EndInteraction(ctx(m_agent1).get(), end, &ended));
    QCOMPARE(ended.state(), v1::INTERACTION_STATE_WRAP_UP);
    QVERIFY(ended.has_wrap_up_ends_at());

    v1::CompleteWrapUpRequest wrapUp;
    wrapUp.set_interaction_id(interaction.id());
    v1::Interaction completed;
    QCOMPARE_STATUS(m_routing->CompleteWrapUp(ctx(m_agent1).get(), wrapUp, &completed),
                    grpc::StatusCode::INVALID_ARGUMENT);   // the code is required
    wrapUp.set_wrap_up_code_id("wrap-escalated");         // exists, but not one of this queue's
    QCOMPARE_STATUS(m_routing->CompleteWrapUp(ctx(m_agent1).get(), wrapUp, &completed),
                    grpc::StatusCode::INVALID_ARGUMENT);
    wrapUp.set_wrap_up_code_id("wrap-sale");
    wrapUp.set_notes("sold the premium plan");
    // Somebody else's interaction.
    QCOMPARE_STATUS(m_routing->CompleteWrapUp(ctx(m_agent2).get(), wrapUp, &completed),
                    grpc::StatusCode::PERMISSION_DENIED);
    QVERIFY_OK(m_routing->CompleteWrapUp(ctx(m_agent1).get(), wrapUp, &completed));
    QCOMPARE(completed.state(), v1::INTERACTION_STATE_COMPLETED);
    QCOMPARE(completed.wrap_up_code_id(), "wrap-sale");
    QCOMPARE(completed.wrap_up_notes(), "sold the premium plan");

    const v1::AgentSnapshot mine = myAgent(m_agent1);
    QCOMPARE(mine.state(), v1::AGENT_STATE_AVAILABLE);
    QCOMPARE(mine.interactions_size(), 0);
    QCOMPARE_STATUS(m_routing->EndInteraction(ctx(m_agent1).get(), end, &ended), grpc::StatusCode::FAILED_PRECONDITION);
}

void TestRoutingService::everyStateChangeIsPublishedForIntegrations()
{
    const std::string queue = createQueue("Chat C");
    const v1::Interaction interaction = enqueue(queue);   // nobody available: waits
    auto statesSeen = [&] {
        std::vector<int> states;
        for (const auto &e : m_server->eventsSnapshot())
            if (e.has_interaction_changed() && e.topic() == "role:integration"
                && e.interaction_changed().interaction().id() == interaction.id())
                states.push_back(e.interaction_changed().interaction().state());
        return states;
    };
    QTRY_VERIFY(!statesSeen().empty());
    QCOMPARE(statesSeen().front(), int(v1::INTERACTION_STATE_WAITING));

    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_AVAILABLE));
    QTRY_COMPARE_WITH_TIMEOUT(offeredTo(interaction.id()), m_agent1.id, kOfferWaitMs);
    v1::AbandonRequest abandon;
    abandon.set_interaction_id(interaction.id());
    v1::Interaction abandoned;
    QVERIFY_OK(m_routing->Abandon(ctx(m_simulator).get(), abandon, &abandoned));
    QCOMPARE(abandoned.state(), v1::INTERACTION_STATE_ABANDONED);
    QTRY_VERIFY(findEvent([&](const v1::Event &e) {
        return e.has_offer_withdrawn() && e.offer_withdrawn().interaction_id() == interaction.id()
            && e.offer_withdrawn().reason() == "abandoned" && e.topic() == "user:" + m_agent1.id;
    }).has_value());
    const auto states = statesSeen();
    QVERIFY(std::find(states.begin(), states.end(), int(v1::INTERACTION_STATE_OFFERED)) != states.end());
    QCOMPARE(states.back(), int(v1::INTERACTION_STATE_ABANDONED));
    // Supervisors see the agent's state changes.
    QVERIFY(findEvent([&](const v1::Event &e) {
        return e.has_agent_state_changed() && e.topic() == "role:supervisor"
            && e.agent_state_changed().agent().user_id() == m_agent1.id
            && e.agent_state_changed().agent().state() == v1::AGENT_STATE_AVAILABLE;
    }).has_value());
}

void TestRoutingService::rejectedOfferGoesToAnotherAgent()
{
    const std::string queue = createQueue("Chat D");
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_AVAILABLE));
    QVERIFY_OK(setState(m_agent2, v1::AGENT_STATE_AVAILABLE));
    const v1::Interaction interaction = enqueue(queue);
    QTRY_VERIFY_WITH_TIMEOUT(!offeredTo(interaction.id()).empty(), kOfferWaitMs);
    const std::string first = offeredTo(interaction.id());
    const User &firstAgent = first == m_agent1.id ? m_agent1 : m_agent2;
    const User &secondAgent = first == m_agent1.id ? m_agent2 : m_agent1;
    const size_t mark = m_server->eventsSnapshot().size();

    v1::RejectOfferRequest reject;
    reject.set_interaction_id(interaction.id());
    v1::RejectOfferResponse rejected;
    QCOMPARE_STATUS(m_routing->RejectOffer(ctx(secondAgent).get(), reject, &rejected),
                    grpc::StatusCode::PERMISSION_DENIED);   // not offered to them
    QVERIFY_OK(m_routing->RejectOffer(ctx(firstAgent).get(), reject, &rejected));
    QTRY_COMPARE_WITH_TIMEOUT(offeredTo(interaction.id(), mark), secondAgent.id, kOfferWaitMs);
    QVERIFY(findEvent([&](const v1::Event &e) {
        return e.has_offer_withdrawn() && e.offer_withdrawn().reason() == "rejected"
            && e.offer_withdrawn().agent_user_id() == firstAgent.id;
    }, mark).has_value());
}

void TestRoutingService::unansweredOfferTimesOutAndGoesToAnotherAgent()
{
    const std::string queue = createQueue("Chat E", 5);   // the shortest offer timeout
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_AVAILABLE));
    const v1::Interaction interaction = enqueue(queue);
    QTRY_COMPARE_WITH_TIMEOUT(offeredTo(interaction.id()), m_agent1.id, kOfferWaitMs);
    const size_t mark = m_server->eventsSnapshot().size();
    QVERIFY_OK(setState(m_agent2, v1::AGENT_STATE_AVAILABLE));

    QTRY_COMPARE_WITH_TIMEOUT(offeredTo(interaction.id(), mark), m_agent2.id, 15000);
    QVERIFY(findEvent([&](const v1::Event &e) {
        return e.has_offer_withdrawn() && e.offer_withdrawn().reason() == "timeout"
            && e.topic() == "user:" + m_agent1.id && e.offer_withdrawn().interaction_id() == interaction.id();
    }, mark).has_value());
}

void TestRoutingService::notReadyNeedsAKnownReasonCode()
{
    QCOMPARE_STATUS(setState(m_agent1, v1::AGENT_STATE_NOT_READY), grpc::StatusCode::INVALID_ARGUMENT);
    QCOMPARE_STATUS(setState(m_agent1, v1::AGENT_STATE_NOT_READY, "reason-nap"), grpc::StatusCode::INVALID_ARGUMENT);
    QCOMPARE_STATUS(setState(m_agent1, v1::AGENT_STATE_UNSPECIFIED), grpc::StatusCode::INVALID_ARGUMENT);
    v1::AgentSnapshot snapshot;
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_NOT_READY, "reason-break", &snapshot));
    QCOMPARE(snapshot.state(), v1::AGENT_STATE_NOT_READY);
    QCOMPARE(snapshot.reason_code_id(), "reason-break");

    // A reason code created after routing started is known at once.
    v1::CreateReasonCodeRequest create;
    create.mutable_code()->set_id("reason-coaching");
    create.mutable_code()->set_label("Coaching");
    v1::ReasonCode code;
    QVERIFY_OK(m_client->directory().CreateReasonCode(ctx(m_admin).get(), create, &code));
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_NOT_READY, "reason-coaching", &snapshot));
    QCOMPARE(snapshot.reason_code_id(), "reason-coaching");
}

void TestRoutingService::rolesAreEnforced()
{
    const std::string queue = createQueue("Chat F");
    v1::EnqueueRequest enqueueRequest;
    enqueueRequest.set_queue_id(queue);
    enqueueRequest.set_channel(v1::CHANNEL_CHAT);
    enqueueRequest.mutable_customer()->set_id("c");
    v1::Interaction interaction;
    QCOMPARE_STATUS(m_routing->Enqueue(ctx(m_agent1).get(), enqueueRequest, &interaction),
                    grpc::StatusCode::PERMISSION_DENIED);
    QCOMPARE_STATUS(m_routing->Enqueue(GrpcClient::context().get(), enqueueRequest, &interaction),
                    grpc::StatusCode::UNAUTHENTICATED);

    v1::ForceAgentStateRequest force;
    force.set_user_id(m_agent2.id);
    force.set_state(v1::AGENT_STATE_OFFLINE);
    v1::AgentSnapshot snapshot;
    QCOMPARE_STATUS(m_routing->ForceAgentState(ctx(m_agent1).get(), force, &snapshot),
                    grpc::StatusCode::PERMISSION_DENIED);
    v1::ListAgentsResponse agents;
    QCOMPARE_STATUS(m_routing->ListAgents(ctx(m_agent1).get(), {}, &agents), grpc::StatusCode::PERMISSION_DENIED);
    // The simulator speaks for customers, not for agents.
    QCOMPARE_STATUS(m_routing->GetMyAgent(ctx(m_simulator).get(), {}, &snapshot), grpc::StatusCode::PERMISSION_DENIED);
    // Admin may enqueue too.
    QVERIFY_OK(m_routing->Enqueue(ctx(m_admin).get(), enqueueRequest, &interaction));
}

void TestRoutingService::enqueueValidatesItsRequest()
{
    const std::string queue = createQueue("Chat G");
    v1::EnqueueRequest request;
    request.set_queue_id("queue-nope");
    request.set_channel(v1::CHANNEL_CHAT);
    request.mutable_customer()->set_id("c");
    v1::Interaction interaction;
    QCOMPARE_STATUS(m_routing->Enqueue(ctx(m_simulator).get(), request, &interaction), grpc::StatusCode::NOT_FOUND);
    request.set_queue_id(queue);
    request.set_channel(v1::CHANNEL_SMS);   // the queue takes chat and email
    grpc::Status status = m_routing->Enqueue(ctx(m_simulator).get(), request, &interaction);
    QCOMPARE(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    QVERIFY2(status.error_message().find("chat") != std::string::npos, describe(status));
    request.set_channel(v1::CHANNEL_UNSPECIFIED);
    QCOMPARE_STATUS(m_routing->Enqueue(ctx(m_simulator).get(), request, &interaction), grpc::StatusCode::INVALID_ARGUMENT);
    request.set_channel(v1::CHANNEL_EMAIL);
    request.mutable_customer()->clear_id();
    status = m_routing->Enqueue(ctx(m_simulator).get(), request, &interaction);
    QCOMPARE(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    QVERIFY2(status.error_message().starts_with("customer.id"), describe(status));
}

void TestRoutingService::enqueueWithTheSameIdempotencyKeyReturnsTheSameInteraction()
{
    const std::string queue = createQueue("Chat H");
    const v1::Interaction first = enqueue(queue, "web-chat-77");
    const v1::Interaction retried = enqueue(queue, "web-chat-77");
    QVERIFY(!first.id().empty());
    QCOMPARE(retried.id(), first.id());
    const v1::Interaction other = enqueue(queue, "web-chat-78");
    QVERIFY(other.id() != first.id());

    v1::ListWaitingRequest request;
    request.set_queue_id(queue);
    v1::ListWaitingResponse waiting;
    QVERIFY_OK(m_routing->ListWaiting(ctx(m_supervisor).get(), request, &waiting));
    QCOMPARE(waiting.interactions_size(), 2);
    QCOMPARE(waiting.interactions(0).id(), first.id());   // oldest first
}

void TestRoutingService::enqueueRightAfterTheQueueIsCreatedFindsIt()
{
    v1::CreateQueueRequest request;
    request.mutable_queue()->set_name("Brand new");
    request.mutable_queue()->add_channels(v1::CHANNEL_CHAT);
    v1::Queue created;
    QVERIFY_OK(m_client->directory().CreateQueue(ctx(m_admin).get(), request, &created));
    // No waiting for the bus: routing asks the directory about a queue it does not know.
    const v1::Interaction interaction = enqueue(created.id());
    QCOMPARE(interaction.queue_id(), created.id());
    QCOMPARE(interaction.state(), v1::INTERACTION_STATE_WAITING);
}

void TestRoutingService::abandonWhileWaitingEndsTheInteraction()
{
    const std::string queue = createQueue("Chat I");
    const v1::Interaction interaction = enqueue(queue);
    v1::AbandonRequest abandon;
    abandon.set_interaction_id(interaction.id());
    v1::Interaction abandoned;
    QVERIFY_OK(m_routing->Abandon(ctx(m_simulator).get(), abandon, &abandoned));
    QCOMPARE(abandoned.state(), v1::INTERACTION_STATE_ABANDONED);
    QCOMPARE_STATUS(m_routing->Abandon(ctx(m_simulator).get(), abandon, &abandoned),
                    grpc::StatusCode::FAILED_PRECONDITION);
    abandon.set_interaction_id("i-999999");
    QCOMPARE_STATUS(m_routing->Abandon(ctx(m_simulator).get(), abandon, &abandoned), grpc::StatusCode::NOT_FOUND);

    v1::GetInteractionRequest get;
    get.set_id(interaction.id());
    v1::Interaction history;
    QVERIFY_OK(m_routing->GetInteraction(ctx(m_supervisor).get(), get, &history));
    QCOMPARE(history.state(), v1::INTERACTION_STATE_ABANDONED);
    QCOMPARE(history.customer().id(), "cust-42");
}

void TestRoutingService::restartKeepsWaitingAndActiveInteractionsAndAgentStates()
{
    const std::string queue = createQueue("Chat J");
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_AVAILABLE));
    const v1::Interaction active = enqueue(queue);
    QTRY_COMPARE_WITH_TIMEOUT(offeredTo(active.id()), m_agent1.id, kOfferWaitMs);
    v1::AcceptOfferRequest accept;
    accept.set_interaction_id(active.id());
    v1::Interaction accepted;
    QVERIFY_OK(m_routing->AcceptOffer(ctx(m_agent1).get(), accept, &accepted));
    // Not ready now: keeps its active chat, takes nothing new.
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_NOT_READY, "reason-lunch"));
    const v1::Interaction waiting = enqueue(queue, "restart-key");
    QVERIFY(!waiting.id().empty());
    QCOMPARE(waiting.state(), v1::INTERACTION_STATE_WAITING);

    restartServer();

    const v1::AgentSnapshot agent = myAgent(m_agent1);
    QCOMPARE(agent.state(), v1::AGENT_STATE_NOT_READY);
    QCOMPARE(agent.reason_code_id(), "reason-lunch");
    QCOMPARE(agent.interactions_size(), 1);
    QCOMPARE(agent.interactions(0).id(), active.id());
    QCOMPARE(agent.interactions(0).state(), v1::INTERACTION_STATE_ACTIVE);
    QCOMPARE(agent.interactions(0).customer().display_name(), "Ada Customer");

    v1::ListWaitingRequest list;
    list.set_queue_id(queue);
    v1::ListWaitingResponse stillWaiting;
    QVERIFY_OK(m_routing->ListWaiting(ctx(m_supervisor).get(), list, &stillWaiting));
    QCOMPARE(stillWaiting.interactions_size(), 1);
    QCOMPARE(stillWaiting.interactions(0).id(), waiting.id());
    // The idempotency key survives too; new interactions get new ids.
    QCOMPARE(enqueue(queue, "restart-key").id(), waiting.id());
    const v1::Interaction fresh = enqueue(queue);
    QVERIFY(fresh.id() != active.id() && fresh.id() != waiting.id());

    // And routing goes on: available again, the waiting chat is offered.
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_AVAILABLE));
    QTRY_COMPARE_WITH_TIMEOUT(offeredTo(waiting.id()), m_agent1.id, kOfferWaitMs);
    v1::EndInteractionRequest end;
    end.set_interaction_id(active.id());
    v1::Interaction ended;
    QVERIFY_OK(m_routing->EndInteraction(ctx(m_agent1).get(), end, &ended));
    QCOMPARE(ended.state(), v1::INTERACTION_STATE_WRAP_UP);
}

void TestRoutingService::directoryChangeIsUsedOnTheNextDecision()
{
    const std::string queue = createQueue("Tech chat", 20, {{"skill-tech", 5}});
    QVERIFY(!queue.empty());
    QTRY_VERIFY(routingKnowsQueue(m_agent1, queue, false));   // known, but not eligible
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_AVAILABLE));
    const v1::Interaction interaction = enqueue(queue);
    QVERIFY(!interaction.id().empty());
    // Routing decides inside the command: an offer would have been made before Enqueue answered.
    QCOMPARE(interaction.state(), v1::INTERACTION_STATE_WAITING);
    QVERIFY(offeredTo(interaction.id()).empty());

    v1::UpsertAgentProfileRequest upsert;
    upsert.mutable_profile()->set_user_id(m_agent1.id);
    auto *skill = upsert.mutable_profile()->add_skills();
    skill->set_skill_id("skill-tech");
    skill->set_proficiency(7);
    v1::AgentProfile profile;
    QVERIFY_OK(m_client->directory().UpsertAgentProfile(ctx(m_admin).get(), upsert, &profile));
    QTRY_VERIFY(routingKnowsQueue(m_agent1, queue, true));

    // The next decision (the agent becoming available) uses the new skill.
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_NOT_READY, "reason-break"));
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_AVAILABLE));
    QTRY_COMPARE_WITH_TIMEOUT(offeredTo(interaction.id()), m_agent1.id, kOfferWaitMs);
}

void TestRoutingService::forceSignOutTakesTheAgentOfflineAndReroutesItsWork()
{
    const std::string queue = createQueue("Chat K");
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_AVAILABLE));
    const v1::Interaction interaction = enqueue(queue);
    QTRY_COMPARE_WITH_TIMEOUT(offeredTo(interaction.id()), m_agent1.id, kOfferWaitMs);
    v1::AcceptOfferRequest accept;
    accept.set_interaction_id(interaction.id());
    v1::Interaction accepted;
    QVERIFY_OK(m_routing->AcceptOffer(ctx(m_agent1).get(), accept, &accepted));
    const size_t mark = m_server->eventsSnapshot().size();

    v1::ForceSignOutRequest request;
    request.set_user_id(m_agent1.id);
    v1::AgentSnapshot snapshot;
    QVERIFY_OK(m_routing->ForceSignOut(ctx(m_supervisor).get(), request, &snapshot));
    QCOMPARE(snapshot.state(), v1::AGENT_STATE_OFFLINE);
    QCOMPARE(snapshot.interactions_size(), 0);
    const auto forced = findEvent([&](const v1::Event &e) {
        return e.has_agent_state_changed() && e.topic() == "user:" + m_agent1.id
            && e.agent_state_changed().agent().state() == v1::AGENT_STATE_OFFLINE;
    }, mark);
    QVERIFY(forced.has_value());
    QCOMPARE(forced->agent_state_changed().forced_by().user_id(), m_supervisor.id);

    // The chat went back to its queue and goes to the next agent.
    QVERIFY_OK(setState(m_agent2, v1::AGENT_STATE_AVAILABLE));
    QTRY_COMPARE_WITH_TIMEOUT(offeredTo(interaction.id(), mark), m_agent2.id, kOfferWaitMs);

    request.set_user_id("u-nobody");
    QCOMPARE_STATUS(m_routing->ForceSignOut(ctx(m_supervisor).get(), request, &snapshot), grpc::StatusCode::NOT_FOUND);
}

// Every forced state and sign-out is audited by routing (audit_recorded, who/what/when),
// lands in the directory's one audit log (once, however often the event is seen), and the
// agent gets a notice naming the supervisor.
void TestRoutingService::forcedStateAndSignOutAreAuditedAndTheAgentIsTold()
{
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_AVAILABLE));
    const size_t mark = m_server->eventsSnapshot().size();
    const qint64 before = QDateTime::currentMSecsSinceEpoch();

    v1::ForceAgentStateRequest force;
    force.set_user_id(m_agent1.id);
    force.set_state(v1::AGENT_STATE_NOT_READY);
    force.set_reason_code_id("reason-lunch");
    v1::AgentSnapshot snapshot;
    QVERIFY_OK(m_routing->ForceAgentState(ctx(m_supervisor).get(), force, &snapshot));
    QCOMPARE(snapshot.state(), v1::AGENT_STATE_NOT_READY);
    QCOMPARE(snapshot.reason_code_id(), std::string("reason-lunch"));

    const auto notice = findEvent([&](const v1::Event &e) {
        return e.has_notice() && e.topic() == "user:" + m_agent1.id;
    }, mark);
    QVERIFY(notice.has_value());
    QCOMPARE(notice->notice().text(), std::string("supervisor1 set you to Not Ready \u2014 Lunch"));
    QCOMPARE(notice->notice().from().user_id(), m_supervisor.id);
    QCOMPARE(notice->notice().from().username(), std::string("supervisor1"));
    const auto audited = findEvent([&](const v1::Event &e) {
        return e.has_audit_recorded() && e.audit_recorded().action() == "agent.force_state";
    }, mark);
    QVERIFY(audited.has_value());
    const v1::AuditEntry entry = audited->audit_recorded();
    QCOMPARE(entry.service(), std::string("routing"));
    QCOMPARE(entry.target(), "user:" + m_agent1.id);
    QCOMPARE(entry.actor().username(), std::string("supervisor1"));
    QVERIFY2(entry.details().find("Lunch") != std::string::npos, entry.details().c_str());
    const qint64 at = google::protobuf::util::TimeUtil::TimestampToMilliseconds(entry.at());
    QVERIFY(at >= before && at <= QDateTime::currentMSecsSinceEpoch());
    // Nothing for any other agent.
    QVERIFY(!findEvent([&](const v1::Event &e) { return e.has_notice() && e.topic() == "user:" + m_agent2.id; }, mark));

    // A forced sign-out: audited and told as well.
    v1::ForceSignOutRequest signOut;
    signOut.set_user_id(m_agent1.id);
    QVERIFY_OK(m_routing->ForceSignOut(ctx(m_supervisor).get(), signOut, &snapshot));
    QCOMPARE(snapshot.state(), v1::AGENT_STATE_OFFLINE);
    const auto signedOut = findEvent([&](const v1::Event &e) {
        return e.has_notice() && e.topic() == "user:" + m_agent1.id && e.notice().severity() == "warning";
    }, mark);
    QVERIFY(signedOut.has_value());
    QCOMPARE(signedOut->notice().text(), std::string("supervisor1 signed you out"));

    // The directory's audit log has both, searchable, once each, even when the bus
    // delivers an entry again.
    v1::Event again;
    again.set_topic("role:admin");
    *again.mutable_audit_recorded() = entry;
    m_server->bus->publish(again);
    auto entriesOf = [&](const std::string &search) {
        v1::ListAuditEntriesRequest request;
        request.set_search(search);
        v1::ListAuditEntriesResponse response;
        const grpc::Status status = m_client->directory().ListAuditEntries(ctx(m_supervisor).get(), request, &response);
        if (!status.ok())
            qWarning("ListAuditEntries: %s", describe(status).constData());
        std::vector<v1::AuditEntry> out(response.entries().begin(), response.entries().end());
        return out;
    };
    QTRY_COMPARE_WITH_TIMEOUT(entriesOf("agent.force_sign_out").size(), size_t(1), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(entriesOf("agent.force_state").size(), size_t(1), 5000);
    const v1::AuditEntry logged = entriesOf("agent.force_state").front();
    QCOMPARE(logged.id(), entry.id());
    QCOMPARE(logged.service(), std::string("routing"));
    QCOMPARE(logged.actor().user_id(), m_supervisor.id);
    QCOMPARE(logged.target(), "user:" + m_agent1.id);
    QCOMPARE(google::protobuf::util::TimeUtil::TimestampToMilliseconds(logged.at()), at);
    QCOMPARE(entriesOf("to Not Ready \u2014 Lunch").size(), size_t(1));
    // The directory's own entries keep their service.
    const auto created = entriesOf("queue.create");
    for (const auto &e : created)
        QCOMPARE(e.service(), std::string("directory"));

    // An agent may not force anyone.
    force.set_user_id(m_agent2.id);
    QCOMPARE_STATUS(m_routing->ForceAgentState(ctx(m_agent1).get(), force, &snapshot),
                    grpc::StatusCode::PERMISSION_DENIED);
    QCOMPARE_STATUS(m_routing->ForceSignOut(ctx(m_agent1).get(), signOut, &snapshot),
                    grpc::StatusCode::PERMISSION_DENIED);
}

// Conversation audits monitoring, whispers and barges; routing tells the agent who holds
// the interaction (the customer's side never gets a notice).
void TestRoutingService::conversationActionsOnAnInteractionAreToldToItsAgent()
{
    const std::string queue = createQueue("Chat M");
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_AVAILABLE));
    const v1::Interaction interaction = enqueue(queue);
    QTRY_COMPARE_WITH_TIMEOUT(offeredTo(interaction.id()), m_agent1.id, kOfferWaitMs);
    v1::AcceptOfferRequest accept;
    accept.set_interaction_id(interaction.id());
    v1::Interaction accepted;
    QVERIFY_OK(m_routing->AcceptOffer(ctx(m_agent1).get(), accept, &accepted));
    const size_t mark = m_server->eventsSnapshot().size();

    const std::map<std::string, std::string> expected = {
        {"conversation.monitor", "supervisor1 is monitoring your chat with Ada Customer"},
        {"conversation.barge", "supervisor1 joined your chat with Ada Customer"},
    };
    for (const auto &[action, text] : expected) {
        v1::Event audit;
        audit.set_topic("role:admin");
        v1::AuditEntry &entry = *audit.mutable_audit_recorded();
        entry.set_id("audit-test-" + action);
        entry.set_service("conversation");
        entry.set_action(action);
        entry.set_target("interaction:" + interaction.id());
        entry.mutable_actor()->set_user_id(m_supervisor.id);
        entry.mutable_actor()->set_username("supervisor1");
        m_server->bus->publish(audit);
        QTRY_VERIFY_WITH_TIMEOUT(findEvent([&](const v1::Event &e) {
            return e.has_notice() && e.topic() == "user:" + m_agent1.id && e.notice().text() == text
                && e.notice().from().user_id() == m_supervisor.id;
        }, mark).has_value(), 5000);
    }
    // A whisper is no notice (the agent gets the whisper itself); no other notice at all.
    v1::Event whisper;
    whisper.set_topic("role:admin");
    whisper.mutable_audit_recorded()->set_id("audit-test-whisper");
    whisper.mutable_audit_recorded()->set_service("conversation");
    whisper.mutable_audit_recorded()->set_action("conversation.whisper");
    whisper.mutable_audit_recorded()->set_target("interaction:" + interaction.id());
    m_server->bus->publish(whisper);
    // Routing handles bus events in order: a later monitor notice means the whisper was seen.
    v1::Event monitorAgain;
    monitorAgain.set_topic("role:admin");
    *monitorAgain.mutable_audit_recorded() = whisper.audit_recorded();
    monitorAgain.mutable_audit_recorded()->set_id("audit-test-monitor-again");
    monitorAgain.mutable_audit_recorded()->set_action("conversation.monitor");
    m_server->bus->publish(monitorAgain);
    auto noticeCount = [&] {
        const auto all = m_server->eventsSnapshot();
        return int(std::count_if(all.begin() + long(mark), all.end(), [](const v1::Event &e) { return e.has_notice(); }));
    };
    QTRY_COMPARE_WITH_TIMEOUT(noticeCount(), 3, 5000);
    const auto events = m_server->eventsSnapshot();
    int notices = 0;
    for (size_t i = mark; i < events.size(); ++i)
        if (events[i].has_notice()) {
            ++notices;
            QCOMPARE(events[i].topic(), "user:" + m_agent1.id);
            QVERIFY(events[i].notice().text().find("whisper") == std::string::npos);
        }
    QCOMPARE(notices, 3);
}

void TestRoutingService::transferToAnAgentOffersItToThatAgentOnly()
{
    const std::string queue = createQueue("Chat M");
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_AVAILABLE));
    const v1::Interaction interaction = enqueue(queue);
    QTRY_COMPARE_WITH_TIMEOUT(offeredTo(interaction.id()), m_agent1.id, kOfferWaitMs);
    v1::AcceptOfferRequest accept;
    accept.set_interaction_id(interaction.id());
    v1::Interaction accepted;
    QVERIFY_OK(m_routing->AcceptOffer(ctx(m_agent1).get(), accept, &accepted));

    v1::TransferInteractionRequest transfer;
    transfer.set_interaction_id(interaction.id());
    v1::Interaction transferred;
    QCOMPARE_STATUS(m_routing->TransferInteraction(ctx(m_agent1).get(), transfer, &transferred),
                    grpc::StatusCode::INVALID_ARGUMENT);   // no target
    transfer.set_agent_user_id("u-nobody");
    QCOMPARE_STATUS(m_routing->TransferInteraction(ctx(m_agent1).get(), transfer, &transferred),
                    grpc::StatusCode::NOT_FOUND);
    transfer.set_agent_user_id(m_agent1.id);
    QCOMPARE_STATUS(m_routing->TransferInteraction(ctx(m_agent1).get(), transfer, &transferred),
                    grpc::StatusCode::INVALID_ARGUMENT);   // to oneself

    const size_t mark = m_server->eventsSnapshot().size();
    QVERIFY_OK(setState(m_agent2, v1::AGENT_STATE_AVAILABLE));
    transfer.set_agent_user_id(m_agent2.id);
    QVERIFY_OK(m_routing->TransferInteraction(ctx(m_agent1).get(), transfer, &transferred));
    QTRY_COMPARE_WITH_TIMEOUT(offeredTo(interaction.id(), mark), m_agent2.id, kOfferWaitMs);
    QCOMPARE(myAgent(m_agent1).interactions_size(), 0);
}

void TestRoutingService::transferToAQueueNeedsAQueueThatTakesTheChannel()
{
    const std::string queue = createQueue("Chat N");
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_AVAILABLE));
    const v1::Interaction interaction = enqueue(queue);
    QTRY_COMPARE_WITH_TIMEOUT(offeredTo(interaction.id()), m_agent1.id, kOfferWaitMs);
    v1::AcceptOfferRequest accept;
    accept.set_interaction_id(interaction.id());
    v1::Interaction accepted;
    QVERIFY_OK(m_routing->AcceptOffer(ctx(m_agent1).get(), accept, &accepted));

    v1::TransferInteractionRequest transfer;
    transfer.set_interaction_id(interaction.id());
    transfer.set_queue_id("queue-billing");   // voice, email, SMS: no chat
    v1::Interaction transferred;
    QCOMPARE_STATUS(m_routing->TransferInteraction(ctx(m_agent1).get(), transfer, &transferred),
                    grpc::StatusCode::INVALID_ARGUMENT);
    transfer.set_queue_id("queue-nope");
    QCOMPARE_STATUS(m_routing->TransferInteraction(ctx(m_agent1).get(), transfer, &transferred),
                    grpc::StatusCode::NOT_FOUND);
    transfer.set_queue_id("queue-support");   // takes chat; nobody has its skill: waits there
    QVERIFY_OK(m_routing->TransferInteraction(ctx(m_agent1).get(), transfer, &transferred));
    QCOMPARE(transferred.queue_id(), "queue-support");
    QCOMPARE(transferred.state(), v1::INTERACTION_STATE_WAITING);
    QVERIFY(transferred.agent_user_id().empty());
}

void TestRoutingService::getInteractionIsForSupervisorsAndTheHoldingAgent()
{
    const std::string queue = createQueue("Chat L");
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_AVAILABLE));
    myAgent(m_agent2);   // agent2 is known to routing, offline
    const v1::Interaction interaction = enqueue(queue);
    QTRY_COMPARE_WITH_TIMEOUT(offeredTo(interaction.id()), m_agent1.id, kOfferWaitMs);

    v1::GetInteractionRequest get;
    get.set_id(interaction.id());
    v1::Interaction seen;
    QVERIFY_OK(m_routing->GetInteraction(ctx(m_agent1).get(), get, &seen));
    QCOMPARE(seen.agent_user_id(), m_agent1.id);
    QCOMPARE_STATUS(m_routing->GetInteraction(ctx(m_agent2).get(), get, &seen), grpc::StatusCode::PERMISSION_DENIED);
    QVERIFY_OK(m_routing->GetInteraction(ctx(m_supervisor).get(), get, &seen));
    QCOMPARE(seen.state(), v1::INTERACTION_STATE_OFFERED);

    v1::ListAgentsRequest list;
    list.set_state(v1::AGENT_STATE_AVAILABLE);
    v1::ListAgentsResponse agents;
    QVERIFY_OK(m_routing->ListAgents(ctx(m_supervisor).get(), list, &agents));
    QCOMPARE(agents.agents_size(), 1);
    QCOMPARE(agents.agents(0).user_id(), m_agent1.id);
    QCOMPARE(agents.agents(0).username(), "agent1");
    QCOMPARE(agents.agents(0).interactions_size(), 1);
}


namespace {
const v1::TransferTarget *findTarget(const v1::ListTransferTargetsResponse &response, const std::string &id)
{
    for (const v1::TransferTarget &target : response.targets())
        if (target.id() == id)
            return &target;
    return nullptr;
}
} // namespace

void TestRoutingService::transferTargetsAreTheChannelsQueuesAndTheOtherSignedInAgents()
{
    const std::string queue = createQueue("Chat T");
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_AVAILABLE));
    QVERIFY_OK(setState(m_agent2, v1::AGENT_STATE_NOT_READY, "reason-break"));
    const v1::Interaction interaction = enqueue(queue);
    QTRY_COMPARE_WITH_TIMEOUT(offeredTo(interaction.id()), m_agent1.id, kOfferWaitMs);
    v1::AcceptOfferRequest accept;
    accept.set_interaction_id(interaction.id());
    v1::Interaction accepted;
    QVERIFY_OK(m_routing->AcceptOffer(ctx(m_agent1).get(), accept, &accepted));
    // Nobody holds queue-support's skill: a chat there waits.
    QVERIFY(!enqueue("queue-support", "waits-in-support").id().empty());

    v1::ListTransferTargetsRequest request;
    request.set_interaction_id(interaction.id());
    v1::ListTransferTargetsResponse response;
    QVERIFY_OK(m_routing->ListTransferTargets(ctx(m_agent1).get(), request, &response));

    const v1::TransferTarget *own = findTarget(response, queue);
    QVERIFY(own);
    QCOMPARE(own->kind(), v1::TransferTarget::KIND_QUEUE);
    QCOMPARE(own->name(), "Chat T");
    QCOMPARE(own->waiting(), 0);
    const v1::TransferTarget *support = findTarget(response, "queue-support");
    QVERIFY(support);
    QVERIFY(support->waiting() >= 1);
    QVERIFY(!findTarget(response, "queue-billing"));     // takes no chat

    QVERIFY(!findTarget(response, m_agent1.id));         // not oneself
    const v1::TransferTarget *agent2 = findTarget(response, m_agent2.id);
    QVERIFY(agent2);
    QCOMPARE(agent2->kind(), v1::TransferTarget::KIND_AGENT);
    QCOMPARE(agent2->name(), "agent2");
    QCOMPARE(agent2->agent_state(), v1::AGENT_STATE_NOT_READY);
    QCOMPARE(agent2->reason_label(), "Break");
    QVERIFY(!agent2->can_take());

    QVERIFY_OK(setState(m_agent2, v1::AGENT_STATE_AVAILABLE));
    response.Clear();
    QVERIFY_OK(m_routing->ListTransferTargets(ctx(m_agent1).get(), request, &response));
    agent2 = findTarget(response, m_agent2.id);
    QVERIFY(agent2);
    QCOMPARE(agent2->agent_state(), v1::AGENT_STATE_AVAILABLE);
    QVERIFY(agent2->reason_label().empty());
    QVERIFY(agent2->can_take());

    // An agent who signed out is not a target.
    QVERIFY_OK(setState(m_agent2, v1::AGENT_STATE_OFFLINE));
    response.Clear();
    QVERIFY_OK(m_routing->ListTransferTargets(ctx(m_agent1).get(), request, &response));
    QVERIFY(!findTarget(response, m_agent2.id));
}

void TestRoutingService::transferTargetsAreForTheHoldingAgentAndSupervisors()
{
    const std::string queue = createQueue("Chat U");
    QVERIFY_OK(setState(m_agent1, v1::AGENT_STATE_AVAILABLE));
    const v1::Interaction interaction = enqueue(queue);
    QTRY_COMPARE_WITH_TIMEOUT(offeredTo(interaction.id()), m_agent1.id, kOfferWaitMs);

    v1::ListTransferTargetsRequest request;
    v1::ListTransferTargetsResponse response;
    QCOMPARE_STATUS(m_routing->ListTransferTargets(ctx(m_agent1).get(), request, &response),
                    grpc::StatusCode::INVALID_ARGUMENT);
    request.set_interaction_id("i-999999");
    QCOMPARE_STATUS(m_routing->ListTransferTargets(ctx(m_agent1).get(), request, &response),
                    grpc::StatusCode::NOT_FOUND);
    request.set_interaction_id(interaction.id());
    QCOMPARE_STATUS(m_routing->ListTransferTargets(ctx(m_agent2).get(), request, &response),
                    grpc::StatusCode::PERMISSION_DENIED);   // not theirs
    QCOMPARE_STATUS(m_routing->ListTransferTargets(ctx(m_simulator).get(), request, &response),
                    grpc::StatusCode::PERMISSION_DENIED);   // integration role
    QCOMPARE_STATUS(m_routing->ListTransferTargets(GrpcClient::context({}).get(), request, &response),
                    grpc::StatusCode::UNAUTHENTICATED);

    QVERIFY_OK(m_routing->ListTransferTargets(ctx(m_agent1).get(), request, &response));   // offered to them
    response.Clear();
    QVERIFY_OK(m_routing->ListTransferTargets(ctx(m_supervisor).get(), request, &response));
    const v1::TransferTarget *agent1 = findTarget(response, m_agent1.id);
    QVERIFY(agent1);     // a supervisor sees the holding agent too
    QCOMPARE(agent1->agent_state(), v1::AGENT_STATE_AVAILABLE);
    QVERIFY(agent1->can_take());    // one chat offered of three
    response.Clear();
    QVERIFY_OK(m_routing->ListTransferTargets(ctx(m_admin).get(), request, &response));
}

QTEST_GUILESS_MAIN(TestRoutingService)
#include "tst_routing_service.moc"
