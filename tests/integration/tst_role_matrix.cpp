// The role matrix: every RPC of every service, called by every role (a pure agent, a pure
// supervisor, a pure admin, the demo's integration account `simulator`, and no token)
// through the real switchboard-server, each answered with the expected status: OK for an
// allowed role with a request valid enough to succeed, PERMISSION_DENIED for a role that
// is not allowed, UNAUTHENTICATED without a token (except the RPCs that need none).
//
// The table below (kMatrix) is the one source: the test walks it, and --write-doc prints
// the Markdown matrix of docs/role-matrix.md from it, so that the two cannot disagree.

#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"

#include "grpc/health/v1/health.grpc.pb.h"
#include "host_bundle.h"
#include "switchboard/v1/catalog.grpc.pb.h"
#include "switchboard/v1/conversation.grpc.pb.h"
#include "switchboard/v1/stats.grpc.pb.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <google/protobuf/descriptor.h>

#include <atomic>
#include <functional>
#include <map>
#include <set>

using fixtures::describe;
using fixtures::GrpcClient;
using modules::host::Bundle;
using modules::host::SigningKey;
namespace v1 = switchboard::v1;
using grpc::Status;
using grpc::StatusCode;

namespace {

enum Role { Agent, Supervisor, Admin, Integration, NoToken };
constexpr Role kRoles[] = {Agent, Supervisor, Admin, Integration, NoToken};
const char *roleName(Role r)
{
    switch (r) {
    case Agent: return "agent";
    case Supervisor: return "supervisor";
    case Admin: return "admin";
    case Integration: return "integration";
    case NoToken: return "no token";
    }
    return "?";
}

constexpr int kWaitMs = 10000;
std::atomic<int> g_unique{0};
std::string unique(const std::string &prefix)
{
    return prefix + "-" + std::to_string(QDateTime::currentMSecsSinceEpoch() % 100000000) + "-"
        + std::to_string(++g_unique);
}

QByteArray makeBundle(const QString &id, const QString &version, const SigningKey &key)
{
    QTemporaryDir dir;
    QFile library(dir.path() + "/librm_test.so");
    if (!library.open(QIODevice::WriteOnly))
        return {};
    library.write(QByteArray(512, 'x') + id.toUtf8() + version.toUtf8());
    library.close();
    QFile manifest(dir.path() + "/manifest.json");
    if (!manifest.open(QIODevice::WriteOnly))
        return {};
    manifest.write(QJsonDocument(QJsonObject{{"id", id}, {"version", version}, {"library", "librm_test.so"},
                                             {"kind", "agent-tool"}, {"apiVersion", "1.0"}})
                       .toJson());
    manifest.close();
    QString error;
    Bundle bundle = Bundle::fromDirectory(dir.path(), &error);
    if (bundle.isNull())
        return {};
    bundle.sign(key);
    return bundle.toBytes();
}

} // namespace

class TestRoleMatrix : public QObject {
    Q_OBJECT

public:
    struct Row {
        const char *service;
        const char *rpc;
        std::set<Role> allowed;      // NoToken in it: the RPC needs no token
        const char *note;
        std::function<Status(Role)> call;
    };

private slots:
    void initTestCase();
    void matrix_data();
    void matrix();
    void everyRpcOfEveryServiceIsInTheTable();
    void cleanupTestCase();

private:
    std::vector<Row> table();

    std::unique_ptr<grpc::ClientContext> as(Role role) { return GrpcClient::context(role == NoToken ? std::string() : m_token[role]); }
    std::unique_ptr<grpc::ClientContext> admin() { return GrpcClient::context(m_adminToken); }

    // A user holding exactly one role, created by admin1 (nullopt and a test failure if not).
    struct Account {
        std::string id, username, password, token, refresh;
    };
    Account createAccount(v1::Role role, const std::string &prefix);
    Account freshSession(Role role);     // a new session for the role's account

    // Throwaway entities.
    v1::Skill newSkill();
    v1::Queue newParkedQueue();          // requires a skill nobody holds: nothing is offered
    v1::User newUser();
    v1::Interaction enqueue(const std::string &queueId, v1::Channel channel);
    v1::Interaction offeredToAgent(v1::Channel channel);   // in m_queue, offered to the agent
    v1::Interaction activeWithAgent(v1::Channel channel);  // ... and accepted
    v1::Wallboard newWallboard(Role owner);
    v1::AlertRule newAlertRule();
    v1::ModuleVersion publish(const std::string &module, const std::string &version);
    bool agentHolds(const std::string &interactionId, v1::InteractionState state);

    fixtures::ServerProcess m_server;
    std::unique_ptr<GrpcClient> m_client;
    std::unique_ptr<v1::ConversationService::Stub> m_conversation;
    std::unique_ptr<v1::StatsService::Stub> m_stats;
    std::unique_ptr<v1::CatalogService::Stub> m_catalog;
    std::unique_ptr<grpc::health::v1::Health::Stub> m_health;
    SigningKey m_key;
    std::string m_adminToken;            // admin1 (demo), for setting up
    std::map<Role, std::string> m_token;
    std::map<Role, Account> m_account;
    Account m_agent2;                    // a second pure agent, the target of supervisor actions
    std::string m_skill;                 // only the agent holds it
    std::string m_queue;                 // requires m_skill: offers go to the agent only
    v1::Interaction m_chat;              // active with the agent
    v1::Interaction m_call;              // a voice call active with the agent
    std::string m_downloadModule = "rm.download";
    std::vector<Row> m_rows;
};

TestRoleMatrix::Account TestRoleMatrix::createAccount(v1::Role role, const std::string &prefix)
{
    Account account;
    account.username = unique(prefix);
    account.password = "matrix-password-1";
    v1::CreateUserRequest request;
    request.set_username(account.username);
    request.set_display_name(account.username);
    request.add_roles(role);
    request.set_password(account.password);
    v1::User user;
    const Status status = m_client->identity().CreateUser(admin().get(), request, &user);
    if (!status.ok()) {
        qWarning("CreateUser %s: %s", account.username.c_str(), describe(status).constData());
        return account;
    }
    account.id = user.id();
    v1::SignInResponse signIn;
    if (m_client->signIn(QString::fromStdString(account.username), QString::fromStdString(account.password), &signIn).ok()) {
        account.token = signIn.access_token();
        account.refresh = signIn.refresh_token();
    }
    return account;
}

TestRoleMatrix::Account TestRoleMatrix::freshSession(Role role)
{
    Account account = m_account[role];
    v1::SignInResponse signIn;
    if (m_client->signIn(QString::fromStdString(account.username), QString::fromStdString(account.password), &signIn).ok()) {
        account.id = signIn.user().id();
        account.token = signIn.access_token();
        account.refresh = signIn.refresh_token();
    }
    return account;
}

void TestRoleMatrix::initTestCase()
{
    m_key = SigningKey::generate("role-matrix");
    QString error;
    QVERIFY2(m_key.save(m_server.dataDir() + "/trusted-keys", &error), qPrintable(error));
    QVERIFY(QFile::remove(m_server.dataDir() + "/trusted-keys/role-matrix.key"));
    QVERIFY2(m_server.start({"--seed-demo"}), qPrintable(m_server.errorString()));
    m_client = std::make_unique<GrpcClient>(m_server.grpcAddress(), m_server.caPath());
    m_conversation = v1::ConversationService::NewStub(m_client->channel());
    m_stats = v1::StatsService::NewStub(m_client->channel());
    m_catalog = v1::CatalogService::NewStub(m_client->channel());
    m_health = grpc::health::v1::Health::NewStub(m_client->channel());
    m_adminToken = m_client->tokenFor("admin1", m_server.demoPassword("admin1"));
    QVERIFY(!m_adminToken.empty());

    // One account per role, holding that role only (the demo's supervisor1 is also an
    // agent and admin1 also a supervisor: a matrix row must test one role).
    m_account[Agent] = createAccount(v1::ROLE_AGENT, "rm-agent");
    m_account[Supervisor] = createAccount(v1::ROLE_SUPERVISOR, "rm-supervisor");
    m_account[Admin] = createAccount(v1::ROLE_ADMIN, "rm-admin");
    m_agent2 = createAccount(v1::ROLE_AGENT, "rm-agent2");
    m_account[Integration].username = "simulator";
    m_account[Integration].password = m_server.demoPassword("simulator").toStdString();
    m_account[Integration] = freshSession(Integration);
    for (Role r : {Agent, Supervisor, Admin, Integration}) {
        QVERIFY2(!m_account[r].token.empty(), roleName(r));
        m_token[r] = m_account[r].token;
    }
    QVERIFY(!m_agent2.token.empty());

    // The agent's own skill and queue: every offer of m_queue goes to the agent.
    m_skill = newSkill().id();
    QVERIFY(!m_skill.empty());
    v1::UpsertAgentProfileRequest profile;
    profile.mutable_profile()->set_user_id(m_account[Agent].id);
    auto *skill = profile.mutable_profile()->add_skills();
    skill->set_skill_id(m_skill);
    skill->set_proficiency(5);
    for (auto [channel, capacity] : {std::pair{v1::CHANNEL_CHAT, 10}, {v1::CHANNEL_VOICE, 1}, {v1::CHANNEL_EMAIL, 5}}) {
        auto *c = profile.mutable_profile()->add_capacities();
        c->set_channel(channel);
        c->set_capacity(capacity);
    }
    v1::AgentProfile stored;
    Status status = m_client->directory().UpsertAgentProfile(admin().get(), profile, &stored);
    QVERIFY2(status.ok(), describe(status));

    v1::CreateQueueRequest queue;
    queue.mutable_queue()->set_name(unique("Matrix"));
    queue.mutable_queue()->add_channels(v1::CHANNEL_CHAT);
    queue.mutable_queue()->add_channels(v1::CHANNEL_VOICE);
    auto *requirement = queue.mutable_queue()->add_required_skills();
    requirement->set_skill_id(m_skill);
    requirement->set_min_proficiency(1);
    queue.mutable_queue()->set_offer_timeout_seconds(3600);
    queue.mutable_queue()->set_wrap_up_seconds(600);
    queue.mutable_queue()->set_max_missed_offers(10);
    queue.mutable_queue()->add_wrap_up_code_ids("wrap-resolved");
    v1::Queue created;
    status = m_client->directory().CreateQueue(admin().get(), queue, &created);
    QVERIFY2(status.ok(), describe(status));
    m_queue = created.id();

    v1::AgentSnapshot me;
    QTRY_VERIFY_WITH_TIMEOUT(m_client->routing().GetMyAgent(as(Agent).get(), {}, &me).ok()
                                 && std::count(me.queue_ids().begin(), me.queue_ids().end(), m_queue) == 1,
                             kWaitMs);
    v1::SetAgentStateRequest available;
    available.set_state(v1::AGENT_STATE_AVAILABLE);
    status = m_client->routing().SetAgentState(as(Agent).get(), available, &me);
    QVERIFY2(status.ok(), describe(status));

    m_chat = activeWithAgent(v1::CHANNEL_CHAT);
    QVERIFY(!m_chat.id().empty());
    m_call = activeWithAgent(v1::CHANNEL_VOICE);
    QVERIFY(!m_call.id().empty());

    // A module every role may download: rolled out to the agent and the simulator.
    publish(m_downloadModule, "1.0.0");
    v1::RolloutRequest rollout;
    rollout.set_module_id(m_downloadModule);
    rollout.set_version("1.0.0");
    rollout.mutable_target()->mutable_users()->add_user_ids(m_account[Agent].id);
    rollout.mutable_target()->mutable_users()->add_user_ids(m_account[Integration].id);
    v1::RolloutRule rule;
    status = m_catalog->Rollout(admin().get(), rollout, &rule);
    QVERIFY2(status.ok(), describe(status));

    m_rows = table();
}

void TestRoleMatrix::cleanupTestCase()
{
    m_server.stop();
}

// --- throwaway entities ---------------------------------------------------------------------

v1::Skill TestRoleMatrix::newSkill()
{
    v1::CreateSkillRequest request;
    request.mutable_skill()->set_name(unique("rm-skill"));
    v1::Skill skill;
    const Status status = m_client->directory().CreateSkill(admin().get(), request, &skill);
    if (!status.ok())
        qWarning("CreateSkill: %s", describe(status).constData());
    return skill;
}

v1::Queue TestRoleMatrix::newParkedQueue()
{
    const v1::Skill skill = newSkill();
    v1::CreateQueueRequest request;
    request.mutable_queue()->set_name(unique("rm-parked"));
    request.mutable_queue()->add_channels(v1::CHANNEL_CHAT);
    auto *requirement = request.mutable_queue()->add_required_skills();
    requirement->set_skill_id(skill.id());
    requirement->set_min_proficiency(10);
    v1::Queue queue;
    const Status status = m_client->directory().CreateQueue(admin().get(), request, &queue);
    if (!status.ok())
        qWarning("CreateQueue: %s", describe(status).constData());
    return queue;
}

v1::User TestRoleMatrix::newUser()
{
    v1::CreateUserRequest request;
    request.set_username(unique("rm-user"));
    request.add_roles(v1::ROLE_AGENT);
    request.set_password("throwaway-password-1");
    v1::User user;
    const Status status = m_client->identity().CreateUser(admin().get(), request, &user);
    if (!status.ok())
        qWarning("CreateUser: %s", describe(status).constData());
    return user;
}

v1::Interaction TestRoleMatrix::enqueue(const std::string &queueId, v1::Channel channel)
{
    v1::EnqueueRequest request;
    request.set_queue_id(queueId);
    request.set_channel(channel);
    request.mutable_customer()->set_id("rm-customer");
    request.mutable_customer()->set_display_name("Matrix Customer");
    request.mutable_customer()->set_address(channel == v1::CHANNEL_VOICE ? "+4930123456" : "matrix-chat");
    request.set_subject("role matrix");
    v1::Interaction interaction;
    const Status status = m_client->routing().Enqueue(as(Integration).get(), request, &interaction);
    if (!status.ok())
        qWarning("Enqueue: %s", describe(status).constData());
    return interaction;
}

bool TestRoleMatrix::agentHolds(const std::string &interactionId, v1::InteractionState state)
{
    v1::AgentSnapshot me;
    if (!m_client->routing().GetMyAgent(as(Agent).get(), {}, &me).ok())
        return false;
    return std::any_of(me.interactions().begin(), me.interactions().end(),
                       [&](const v1::Interaction &i) { return i.id() == interactionId && i.state() == state; });
}

v1::Interaction TestRoleMatrix::offeredToAgent(v1::Channel channel)
{
    v1::Interaction interaction = enqueue(m_queue, channel);
    if (interaction.id().empty())
        return {};
    if (!QTest::qWaitFor([&] { return agentHolds(interaction.id(), v1::INTERACTION_STATE_OFFERED); }, kWaitMs)) {
        qWarning("%s was never offered to the agent", interaction.id().c_str());
        return {};
    }
    return interaction;
}

v1::Interaction TestRoleMatrix::activeWithAgent(v1::Channel channel)
{
    v1::Interaction interaction = offeredToAgent(channel);
    if (interaction.id().empty())
        return {};
    v1::AcceptOfferRequest accept;
    accept.set_interaction_id(interaction.id());
    v1::Interaction accepted;
    if (const Status s = m_client->routing().AcceptOffer(as(Agent).get(), accept, &accepted); !s.ok()) {
        qWarning("AcceptOffer: %s", describe(s).constData());
        return {};
    }
    // Conversation learns of it from routing's events.
    v1::GetTranscriptRequest transcript;
    transcript.set_interaction_id(accepted.id());
    v1::Transcript t;
    if (!QTest::qWaitFor([&] {
            // The agent may read it once conversation knows who handles it.
            return m_conversation->GetTranscript(as(Agent).get(), transcript, &t).ok();
        }, kWaitMs))
        qWarning("conversation never saw %s with the agent", accepted.id().c_str());
    return accepted;
}

v1::Wallboard TestRoleMatrix::newWallboard(Role owner)
{
    v1::SaveWallboardRequest request;
    request.mutable_wallboard()->set_name(unique("rm-board"));
    auto *tile = request.mutable_wallboard()->add_tiles();
    tile->set_queue_id(m_queue);
    tile->set_metric(v1::METRIC_WAITING);
    v1::Wallboard board;
    const Status status = m_stats->SaveWallboard(as(owner).get(), request, &board);
    if (!status.ok())
        qWarning("SaveWallboard: %s", describe(status).constData());
    return board;
}

v1::AlertRule TestRoleMatrix::newAlertRule()
{
    v1::SaveAlertRuleRequest request;
    request.mutable_rule()->set_name(unique("rm-alert"));
    request.mutable_rule()->set_queue_id(m_queue);
    request.mutable_rule()->set_metric(v1::METRIC_WAITING);
    request.mutable_rule()->set_above(50);
    request.mutable_rule()->set_enabled(true);
    v1::AlertRule rule;
    const Status status = m_stats->SaveAlertRule(admin().get(), request, &rule);
    if (!status.ok())
        qWarning("SaveAlertRule: %s", describe(status).constData());
    return rule;
}

v1::ModuleVersion TestRoleMatrix::publish(const std::string &module, const std::string &version)
{
    v1::PublishModuleRequest request;
    request.set_bundle(makeBundle(QString::fromStdString(module), QString::fromStdString(version), m_key).toStdString());
    v1::ModuleVersion published;
    const Status status = m_catalog->PublishModule(admin().get(), request, &published);
    if (!status.ok())
        qWarning("PublishModule %s %s: %s", module.c_str(), version.c_str(), describe(status).constData());
    return published;
}

// --- the table ------------------------------------------------------------------------------

std::vector<TestRoleMatrix::Row> TestRoleMatrix::table()
{
    const std::set<Role> anyone = {Agent, Supervisor, Admin, Integration};
    const std::set<Role> open = {Agent, Supervisor, Admin, Integration, NoToken};
    const std::set<Role> staff = {Supervisor, Admin};
    const std::set<Role> adminOnly = {Admin};
    const std::set<Role> agentOnly = {Agent};
    auto *id = &m_client->identity();
    auto *dir = &m_client->directory();
    auto *rt = &m_client->routing();
    auto *conv = m_conversation.get();
    auto *stats = m_stats.get();
    auto *cat = m_catalog.get();

    std::vector<Row> rows;
    // ---- identity
    rows.push_back({"identity", "SignIn", open, "the way in", [=, this](Role r) {
        v1::SignInRequest request;
        request.set_username(r == NoToken ? m_account[Agent].username : m_account[r].username);
        request.set_password(r == NoToken ? m_account[Agent].password : m_account[r].password);
        v1::SignInResponse response;
        return id->SignIn(as(r).get(), request, &response);
    }});
    rows.push_back({"identity", "RefreshSession", open, "the refresh token is the credential", [=, this](Role r) {
        v1::RefreshSessionRequest request;
        request.set_refresh_token(freshSession(r == NoToken ? Agent : r).refresh);
        v1::SignInResponse response;
        return id->RefreshSession(as(r).get(), request, &response);
    }});
    rows.push_back({"identity", "SignOut", anyone, "ends the caller's own (fresh) session", [=, this](Role r) {
        const std::string token = r == NoToken ? std::string() : freshSession(r).token;
        v1::SignOutResponse response;
        return id->SignOut(GrpcClient::context(token).get(), {}, &response);
    }});
    rows.push_back({"identity", "WhoAmI", anyone, "", [=, this](Role r) {
        v1::WhoAmIResponse response;
        return id->WhoAmI(as(r).get(), {}, &response);
    }});
    rows.push_back({"identity", "GetSigningKeys", anyone,
                    "public keys, but only to signed-in callers (services use their service token)", [=, this](Role r) {
        v1::GetSigningKeysResponse response;
        return id->GetSigningKeys(as(r).get(), {}, &response);
    }});
    rows.push_back({"identity", "ListRevokedSessions", adminOnly,
                    "changed: was any signed-in user; it is for services in other processes (their principal holds admin)",
                    [=, this](Role r) {
        v1::ListRevokedSessionsResponse response;
        return id->ListRevokedSessions(as(r).get(), {}, &response);
    }});
    rows.push_back({"identity", "ChangePassword", anyone, "the caller's own password (a throwaway account per call)",
                    [=, this](Role r) {
        Account account = m_account[Agent];
        if (r != NoToken) {
            const v1::Role role = r == Agent ? v1::ROLE_AGENT : r == Supervisor ? v1::ROLE_SUPERVISOR
                                : r == Admin ? v1::ROLE_ADMIN : v1::ROLE_INTEGRATION;
            account = createAccount(role, "rm-pw");
        }
        v1::ChangePasswordRequest request;
        request.set_current_password(account.password);
        request.set_new_password("changed-password-2");
        v1::ChangePasswordResponse response;
        return id->ChangePassword(GrpcClient::context(r == NoToken ? std::string() : account.token).get(), request, &response);
    }});
    rows.push_back({"identity", "CreateUser", adminOnly, "", [=, this](Role r) {
        v1::CreateUserRequest request;
        request.set_username(unique("rm-created"));
        request.add_roles(v1::ROLE_AGENT);
        request.set_password("created-password-1");
        v1::User user;
        return id->CreateUser(as(r).get(), request, &user);
    }});
    rows.push_back({"identity", "GetUser", adminOnly, "names reach supervisors through routing's agent list", [=, this](Role r) {
        v1::GetUserRequest request;
        request.set_id(m_account[Agent].id);
        v1::User user;
        return id->GetUser(as(r).get(), request, &user);
    }});
    rows.push_back({"identity", "ListUsers", adminOnly, "", [=, this](Role r) {
        v1::ListUsersResponse response;
        return id->ListUsers(as(r).get(), {}, &response);
    }});
    rows.push_back({"identity", "UpdateUser", adminOnly, "", [=, this](Role r) {
        v1::UpdateUserRequest request;
        *request.mutable_user() = newUser();
        request.mutable_user()->set_display_name("Renamed by the matrix");
        v1::User user;
        return id->UpdateUser(as(r).get(), request, &user);
    }});
    rows.push_back({"identity", "DeleteUser", adminOnly, "", [=, this](Role r) {
        const v1::User user = newUser();
        v1::DeleteUserRequest request;
        request.set_id(user.id());
        request.set_version(user.version());
        v1::DeleteUserResponse response;
        return id->DeleteUser(as(r).get(), request, &response);
    }});
    rows.push_back({"identity", "SetPassword", adminOnly, "", [=, this](Role r) {
        v1::SetPasswordRequest request;
        request.set_user_id(newUser().id());
        request.set_new_password("reset-password-1");
        v1::SetPasswordResponse response;
        return id->SetPassword(as(r).get(), request, &response);
    }});
    rows.push_back({"identity", "RevokeUserSessions", adminOnly, "", [=, this](Role r) {
        v1::RevokeUserSessionsRequest request;
        request.set_user_id(newUser().id());
        v1::RevokeUserSessionsResponse response;
        return id->RevokeUserSessions(as(r).get(), request, &response);
    }});

    // ---- directory: reads for every signed-in caller, writes for admins
    rows.push_back({"directory", "ListSkills", anyone, "configuration every desk and the simulator read", [=, this](Role r) {
        v1::ListSkillsResponse response;
        return dir->ListSkills(as(r).get(), {}, &response);
    }});
    rows.push_back({"directory", "CreateSkill", adminOnly, "", [=, this](Role r) {
        v1::CreateSkillRequest request;
        request.mutable_skill()->set_name(unique("rm-created-skill"));
        v1::Skill skill;
        return dir->CreateSkill(as(r).get(), request, &skill);
    }});
    rows.push_back({"directory", "UpdateSkill", adminOnly, "", [=, this](Role r) {
        v1::UpdateSkillRequest request;
        *request.mutable_skill() = newSkill();
        request.mutable_skill()->set_description("updated by the matrix");
        v1::Skill skill;
        return dir->UpdateSkill(as(r).get(), request, &skill);
    }});
    rows.push_back({"directory", "DeleteSkill", adminOnly, "", [=, this](Role r) {
        const v1::Skill skill = newSkill();
        v1::DeleteSkillRequest request;
        request.set_id(skill.id());
        request.set_version(skill.version());
        v1::DeleteResponse response;
        return dir->DeleteSkill(as(r).get(), request, &response);
    }});
    rows.push_back({"directory", "ListQueues", anyone, "", [=, this](Role r) {
        v1::ListQueuesResponse response;
        return dir->ListQueues(as(r).get(), {}, &response);
    }});
    rows.push_back({"directory", "GetQueue", anyone, "", [=, this](Role r) {
        v1::GetQueueRequest request;
        request.set_id(m_queue);
        v1::Queue queue;
        return dir->GetQueue(as(r).get(), request, &queue);
    }});
    rows.push_back({"directory", "CreateQueue", adminOnly, "", [=, this](Role r) {
        v1::CreateQueueRequest request;
        request.mutable_queue()->set_name(unique("rm-created-queue"));
        request.mutable_queue()->add_channels(v1::CHANNEL_EMAIL);
        auto *requirement = request.mutable_queue()->add_required_skills();
        requirement->set_skill_id("skill-tech");
        requirement->set_min_proficiency(10);
        v1::Queue queue;
        return dir->CreateQueue(as(r).get(), request, &queue);
    }});
    rows.push_back({"directory", "UpdateQueue", adminOnly, "", [=, this](Role r) {
        v1::UpdateQueueRequest request;
        *request.mutable_queue() = newParkedQueue();
        request.mutable_queue()->set_priority(42);
        v1::Queue queue;
        return dir->UpdateQueue(as(r).get(), request, &queue);
    }});
    rows.push_back({"directory", "DeleteQueue", adminOnly, "a queue nobody waits in, nobody is eligible for", [=, this](Role r) {
        const v1::Queue queue = newParkedQueue();
        v1::DeleteQueueRequest request;
        request.set_id(queue.id());
        request.set_version(queue.version());
        v1::DeleteResponse response;
        return dir->DeleteQueue(as(r).get(), request, &response);
    }});
    rows.push_back({"directory", "ListTeams", anyone, "", [=, this](Role r) {
        v1::ListTeamsResponse response;
        return dir->ListTeams(as(r).get(), {}, &response);
    }});
    auto newTeam = [=, this]() {
        v1::CreateTeamRequest request;
        request.mutable_team()->set_name(unique("rm-team"));
        v1::Team team;
        dir->CreateTeam(admin().get(), request, &team);
        return team;
    };
    rows.push_back({"directory", "CreateTeam", adminOnly, "", [=, this](Role r) {
        v1::CreateTeamRequest request;
        request.mutable_team()->set_name(unique("rm-created-team"));
        v1::Team team;
        return dir->CreateTeam(as(r).get(), request, &team);
    }});
    rows.push_back({"directory", "UpdateTeam", adminOnly, "", [=, this](Role r) {
        v1::UpdateTeamRequest request;
        *request.mutable_team() = newTeam();
        request.mutable_team()->add_supervisor_user_ids(m_account[Supervisor].id);
        v1::Team team;
        return dir->UpdateTeam(as(r).get(), request, &team);
    }});
    rows.push_back({"directory", "DeleteTeam", adminOnly, "", [=, this](Role r) {
        const v1::Team team = newTeam();
        v1::DeleteTeamRequest request;
        request.set_id(team.id());
        request.set_version(team.version());
        v1::DeleteResponse response;
        return dir->DeleteTeam(as(r).get(), request, &response);
    }});
    rows.push_back({"directory", "ListAgentProfiles", staff, "supervisors see their agents' skills", [=, this](Role r) {
        v1::ListAgentProfilesResponse response;
        return dir->ListAgentProfiles(as(r).get(), {}, &response);
    }});
    rows.push_back({"directory", "GetAgentProfile", anyone,
                    "one's own profile (others' for supervisors and admins)", [=, this](Role r) {
        v1::GetAgentProfileRequest request;   // empty user_id: the caller's own
        v1::AgentProfile profile;
        return dir->GetAgentProfile(as(r).get(), request, &profile);
    }});
    rows.push_back({"directory", "UpsertAgentProfile", adminOnly, "", [=, this](Role r) {
        v1::UpsertAgentProfileRequest request;
        request.mutable_profile()->set_user_id(newUser().id());
        auto *skill = request.mutable_profile()->add_skills();
        skill->set_skill_id("skill-german");
        skill->set_proficiency(4);
        v1::AgentProfile profile;
        return dir->UpsertAgentProfile(as(r).get(), request, &profile);
    }});
    rows.push_back({"directory", "BulkAssignSkill", adminOnly, "", [=, this](Role r) {
        v1::BulkAssignSkillRequest request;
        request.add_user_ids(newUser().id());
        request.add_user_ids(newUser().id());
        request.mutable_skill()->set_skill_id("skill-german");
        request.mutable_skill()->set_proficiency(6);
        v1::BulkAssignSkillResponse response;
        return dir->BulkAssignSkill(as(r).get(), request, &response);
    }});
    rows.push_back({"directory", "ListReasonCodes", anyone, "", [=, this](Role r) {
        v1::ListReasonCodesResponse response;
        return dir->ListReasonCodes(as(r).get(), {}, &response);
    }});
    auto newReason = [=, this]() {
        v1::CreateReasonCodeRequest request;
        request.mutable_code()->set_label(unique("rm-reason"));
        v1::ReasonCode code;
        dir->CreateReasonCode(admin().get(), request, &code);
        return code;
    };
    rows.push_back({"directory", "CreateReasonCode", adminOnly, "", [=, this](Role r) {
        v1::CreateReasonCodeRequest request;
        request.mutable_code()->set_label(unique("rm-created-reason"));
        v1::ReasonCode code;
        return dir->CreateReasonCode(as(r).get(), request, &code);
    }});
    rows.push_back({"directory", "UpdateReasonCode", adminOnly, "", [=, this](Role r) {
        v1::UpdateReasonCodeRequest request;
        *request.mutable_code() = newReason();
        request.mutable_code()->set_paid(true);
        v1::ReasonCode code;
        return dir->UpdateReasonCode(as(r).get(), request, &code);
    }});
    rows.push_back({"directory", "DeleteReasonCode", adminOnly, "", [=, this](Role r) {
        const v1::ReasonCode code = newReason();
        v1::DeleteReasonCodeRequest request;
        request.set_id(code.id());
        request.set_version(code.version());
        v1::DeleteResponse response;
        return dir->DeleteReasonCode(as(r).get(), request, &response);
    }});
    rows.push_back({"directory", "ListWrapUpCodes", anyone, "", [=, this](Role r) {
        v1::ListWrapUpCodesRequest request;
        request.set_queue_id(m_queue);
        v1::ListWrapUpCodesResponse response;
        return dir->ListWrapUpCodes(as(r).get(), request, &response);
    }});
    auto newWrapUp = [=, this]() {
        v1::CreateWrapUpCodeRequest request;
        request.mutable_code()->set_label(unique("rm-wrap"));
        v1::WrapUpCode code;
        dir->CreateWrapUpCode(admin().get(), request, &code);
        return code;
    };
    rows.push_back({"directory", "CreateWrapUpCode", adminOnly, "", [=, this](Role r) {
        v1::CreateWrapUpCodeRequest request;
        request.mutable_code()->set_label(unique("rm-created-wrap"));
        v1::WrapUpCode code;
        return dir->CreateWrapUpCode(as(r).get(), request, &code);
    }});
    rows.push_back({"directory", "UpdateWrapUpCode", adminOnly, "", [=, this](Role r) {
        v1::UpdateWrapUpCodeRequest request;
        *request.mutable_code() = newWrapUp();
        request.mutable_code()->set_label(unique("rm-renamed-wrap"));
        v1::WrapUpCode code;
        return dir->UpdateWrapUpCode(as(r).get(), request, &code);
    }});
    rows.push_back({"directory", "DeleteWrapUpCode", adminOnly, "", [=, this](Role r) {
        const v1::WrapUpCode code = newWrapUp();
        v1::DeleteWrapUpCodeRequest request;
        request.set_id(code.id());
        request.set_version(code.version());
        v1::DeleteResponse response;
        return dir->DeleteWrapUpCode(as(r).get(), request, &response);
    }});
    rows.push_back({"directory", "ListCannedResponses", anyone, "", [=, this](Role r) {
        v1::ListCannedResponsesResponse response;
        return dir->ListCannedResponses(as(r).get(), {}, &response);
    }});
    auto newCanned = [=, this]() {
        v1::CreateCannedResponseRequest request;
        request.mutable_response()->set_title(unique("rm-canned"));
        request.mutable_response()->set_text("Thanks for waiting.");
        v1::CannedResponse response;
        dir->CreateCannedResponse(admin().get(), request, &response);
        return response;
    };
    rows.push_back({"directory", "CreateCannedResponse", adminOnly, "", [=, this](Role r) {
        v1::CreateCannedResponseRequest request;
        request.mutable_response()->set_title(unique("rm-created-canned"));
        request.mutable_response()->set_text("One moment, please.");
        v1::CannedResponse response;
        return dir->CreateCannedResponse(as(r).get(), request, &response);
    }});
    rows.push_back({"directory", "UpdateCannedResponse", adminOnly, "", [=, this](Role r) {
        v1::UpdateCannedResponseRequest request;
        *request.mutable_response() = newCanned();
        request.mutable_response()->set_text("Thanks for your patience.");
        v1::CannedResponse response;
        return dir->UpdateCannedResponse(as(r).get(), request, &response);
    }});
    rows.push_back({"directory", "DeleteCannedResponse", adminOnly, "", [=, this](Role r) {
        const v1::CannedResponse canned = newCanned();
        v1::DeleteCannedResponseRequest request;
        request.set_id(canned.id());
        request.set_version(canned.version());
        v1::DeleteResponse response;
        return dir->DeleteCannedResponse(as(r).get(), request, &response);
    }});
    rows.push_back({"directory", "ImportCsv", adminOnly, "", [=, this](Role r) {
        v1::ImportCsvRequest request;
        request.set_kind(v1::CSV_KIND_SKILLS);
        request.set_csv("name,description\n" + unique("rm-imported") + ",from the matrix\n");
        v1::ImportCsvResponse response;
        return dir->ImportCsv(as(r).get(), request, &response);
    }});
    rows.push_back({"directory", "ExportCsv", adminOnly, "", [=, this](Role r) {
        v1::ExportCsvRequest request;
        request.set_kind(v1::CSV_KIND_AGENTS);
        v1::ExportCsvResponse response;
        return dir->ExportCsv(as(r).get(), request, &response);
    }});
    rows.push_back({"directory", "ListAuditEntries", staff,
                    "supervisors read it: it records their own actions on agents too", [=, this](Role r) {
        v1::ListAuditEntriesResponse response;
        return dir->ListAuditEntries(as(r).get(), {}, &response);
    }});

    // ---- routing
    rows.push_back({"routing", "GetMyAgent", agentOnly, "only agents are routed to", [=, this](Role r) {
        v1::AgentSnapshot snapshot;
        return rt->GetMyAgent(as(r).get(), {}, &snapshot);
    }});
    rows.push_back({"routing", "SetAgentState", agentOnly, "", [=, this](Role r) {
        v1::SetAgentStateRequest request;
        request.set_state(v1::AGENT_STATE_AVAILABLE);
        v1::AgentSnapshot snapshot;
        return rt->SetAgentState(as(r).get(), request, &snapshot);
    }});
    rows.push_back({"routing", "SetLoadedChannels", agentOnly, "", [=, this](Role r) {
        v1::SetLoadedChannelsRequest request;
        for (auto c : {v1::CHANNEL_VOICE, v1::CHANNEL_CHAT, v1::CHANNEL_EMAIL, v1::CHANNEL_SMS})
            request.add_channels(c);
        v1::AgentSnapshot snapshot;
        return rt->SetLoadedChannels(as(r).get(), request, &snapshot);
    }});
    rows.push_back({"routing", "AcceptOffer", agentOnly, "an offer to the calling agent", [=, this](Role r) {
        v1::AcceptOfferRequest request;
        request.set_interaction_id(r == Agent ? offeredToAgent(v1::CHANNEL_CHAT).id() : m_chat.id());
        v1::Interaction interaction;
        return rt->AcceptOffer(as(r).get(), request, &interaction);
    }});
    rows.push_back({"routing", "RejectOffer", agentOnly, "", [=, this](Role r) {
        v1::RejectOfferRequest request;
        request.set_interaction_id(r == Agent ? offeredToAgent(v1::CHANNEL_CHAT).id() : m_chat.id());
        v1::RejectOfferResponse response;
        const Status status = rt->RejectOffer(as(r).get(), request, &response);
        if (r == Agent && status.ok()) {
            // It is offered again (to the agent, the only one eligible): take it off the desk.
            QTest::qWaitFor([&] { return agentHolds(request.interaction_id(), v1::INTERACTION_STATE_OFFERED); }, kWaitMs);
            v1::AbandonRequest abandon;
            abandon.set_interaction_id(request.interaction_id());
            v1::Interaction gone;
            rt->Abandon(as(Integration).get(), abandon, &gone);
        }
        return status;
    }});
    rows.push_back({"routing", "TransferInteraction", agentOnly, "the handling agent transfers", [=, this](Role r) {
        v1::TransferInteractionRequest request;
        request.set_interaction_id(r == Agent ? activeWithAgent(v1::CHANNEL_CHAT).id() : m_chat.id());
        request.set_queue_id(newParkedQueue().id());
        v1::Interaction interaction;
        return rt->TransferInteraction(as(r).get(), request, &interaction);
    }});
    rows.push_back({"routing", "ListTransferTargets", {Agent, Supervisor, Admin}, "", [=, this](Role r) {
        v1::ListTransferTargetsRequest request;
        request.set_interaction_id(m_chat.id());
        v1::ListTransferTargetsResponse response;
        return rt->ListTransferTargets(as(r).get(), request, &response);
    }});
    rows.push_back({"routing", "EndInteraction", agentOnly, "", [=, this](Role r) {
        v1::EndInteractionRequest request;
        request.set_interaction_id(r == Agent ? activeWithAgent(v1::CHANNEL_CHAT).id() : m_chat.id());
        v1::Interaction interaction;
        return rt->EndInteraction(as(r).get(), request, &interaction);
    }});
    rows.push_back({"routing", "CompleteWrapUp", agentOnly, "", [=, this](Role r) {
        v1::CompleteWrapUpRequest request;
        if (r == Agent) {
            v1::EndInteractionRequest end;
            end.set_interaction_id(activeWithAgent(v1::CHANNEL_CHAT).id());
            v1::Interaction ended;
            rt->EndInteraction(as(Agent).get(), end, &ended);
            request.set_interaction_id(end.interaction_id());
        } else {
            request.set_interaction_id(m_chat.id());
        }
        request.set_wrap_up_code_id("wrap-resolved");
        v1::Interaction interaction;
        return rt->CompleteWrapUp(as(r).get(), request, &interaction);
    }});
    rows.push_back({"routing", "Enqueue", {Integration, Admin}, "the customer side; admins for tests and tools", [=, this](Role r) {
        v1::EnqueueRequest request;
        request.set_queue_id(newParkedQueue().id());
        request.set_channel(v1::CHANNEL_CHAT);
        request.mutable_customer()->set_id("rm-enqueue");
        v1::Interaction interaction;
        return rt->Enqueue(as(r).get(), request, &interaction);
    }});
    rows.push_back({"routing", "Abandon", {Integration, Admin}, "the customer hangs up", [=, this](Role r) {
        v1::AbandonRequest request;
        request.set_interaction_id(r == Integration || r == Admin ? enqueue(newParkedQueue().id(), v1::CHANNEL_CHAT).id()
                                                                  : m_chat.id());
        v1::Interaction interaction;
        return rt->Abandon(as(r).get(), request, &interaction);
    }});
    rows.push_back({"routing", "ListAgents", staff, "", [=, this](Role r) {
        v1::ListAgentsResponse response;
        return rt->ListAgents(as(r).get(), {}, &response);
    }});
    rows.push_back({"routing", "ListWaiting", staff, "", [=, this](Role r) {
        v1::ListWaitingResponse response;
        return rt->ListWaiting(as(r).get(), {}, &response);
    }});
    rows.push_back({"routing", "ForceAgentState", staff, "on a second agent", [=, this](Role r) {
        v1::AgentSnapshot snapshot;
        rt->GetMyAgent(GrpcClient::context(m_agent2.token).get(), {}, &snapshot);
        v1::ForceAgentStateRequest request;
        request.set_user_id(m_agent2.id);
        request.set_state(v1::AGENT_STATE_NOT_READY);
        request.set_reason_code_id("reason-meeting");
        return rt->ForceAgentState(as(r).get(), request, &snapshot);
    }});
    rows.push_back({"routing", "ForceSignOut", staff, "on a second agent", [=, this](Role r) {
        v1::AgentSnapshot snapshot;
        v1::SetAgentStateRequest available;
        available.set_state(v1::AGENT_STATE_AVAILABLE);
        rt->SetAgentState(GrpcClient::context(m_agent2.token).get(), available, &snapshot);
        v1::ForceSignOutRequest request;
        request.set_user_id(m_agent2.id);
        return rt->ForceSignOut(as(r).get(), request, &snapshot);
    }});
    rows.push_back({"routing", "GetInteraction", anyone, "agents: the ones offered to or handled by them", [=, this](Role r) {
        v1::GetInteractionRequest request;
        request.set_id(m_chat.id());
        v1::Interaction interaction;
        return rt->GetInteraction(as(r).get(), request, &interaction);
    }});

    // ---- conversation
    rows.push_back({"conversation", "GetTranscript", anyone,
                    "agents: their own interactions; integration: without whispers", [=, this](Role r) {
        v1::GetTranscriptRequest request;
        request.set_interaction_id(m_chat.id());
        v1::Transcript transcript;
        return conv->GetTranscript(as(r).get(), request, &transcript);
    }});
    rows.push_back({"conversation", "SendMessage", agentOnly,
                    "the handling agent (or a supervisor who barged in)", [=, this](Role r) {
        v1::SendMessageRequest request;
        request.set_interaction_id(m_chat.id());
        request.set_text("Hello from the matrix");
        v1::Message message;
        return conv->SendMessage(as(r).get(), request, &message);
    }});
    rows.push_back({"conversation", "SetTyping", {Agent, Admin, Integration},
                    "the handling agent, or the customer side", [=, this](Role r) {
        v1::SetTypingRequest request;
        request.set_interaction_id(m_chat.id());
        request.set_typing(true);
        v1::SetTypingResponse response;
        return conv->SetTyping(as(r).get(), request, &response);
    }});
    rows.push_back({"conversation", "CustomerSendMessage", {Integration, Admin}, "the customer side", [=, this](Role r) {
        v1::CustomerSendMessageRequest request;
        request.set_interaction_id(m_chat.id());
        request.set_text("Customer says hi");
        v1::Message message;
        return conv->CustomerSendMessage(as(r).get(), request, &message);
    }});
    rows.push_back({"conversation", "GetCall", anyone, "agents: their own calls", [=, this](Role r) {
        v1::GetCallRequest request;
        request.set_interaction_id(m_call.id());
        v1::Call call;
        return conv->GetCall(as(r).get(), request, &call);
    }});
    rows.push_back({"conversation", "CallAction", agentOnly, "the agent on the call", [=, this](Role r) {
        v1::CallActionRequest request;
        request.set_interaction_id(m_call.id());
        request.set_action(v1::CALL_ACTION_MUTE);
        v1::Call call;
        return conv->CallAction(as(r).get(), request, &call);
    }});
    rows.push_back({"conversation", "GetCustomerHistory", {Agent, Supervisor, Admin}, "", [=, this](Role r) {
        v1::GetCustomerHistoryRequest request;
        request.set_customer_id("rm-customer");
        v1::GetCustomerHistoryResponse response;
        return conv->GetCustomerHistory(as(r).get(), request, &response);
    }});
    rows.push_back({"conversation", "StartMonitoring", staff, "", [=, this](Role r) {
        v1::StartMonitoringRequest request;
        request.set_interaction_id(m_chat.id());
        v1::Transcript transcript;
        return conv->StartMonitoring(as(r).get(), request, &transcript);
    }});
    rows.push_back({"conversation", "Whisper", staff, "", [=, this](Role r) {
        v1::StartMonitoringRequest monitor;
        monitor.set_interaction_id(m_chat.id());
        v1::Transcript transcript;
        if (r == Supervisor || r == Admin)
            conv->StartMonitoring(as(r).get(), monitor, &transcript);
        v1::WhisperRequest request;
        request.set_interaction_id(m_chat.id());
        request.set_text("Offer the discount");
        v1::Message message;
        return conv->Whisper(as(r).get(), request, &message);
    }});
    rows.push_back({"conversation", "Barge", staff, "", [=, this](Role r) {
        v1::StartMonitoringRequest monitor;
        monitor.set_interaction_id(m_chat.id());
        v1::Transcript transcript;
        if (r == Supervisor || r == Admin)
            conv->StartMonitoring(as(r).get(), monitor, &transcript);
        v1::BargeRequest request;
        request.set_interaction_id(m_chat.id());
        return conv->Barge(as(r).get(), request, &transcript);
    }});

    // ---- stats: supervisors and admins
    rows.push_back({"stats", "GetRealtimeSnapshot", staff, "agents see their own figures on the event stream", [=, this](Role r) {
        v1::RealtimeSnapshot snapshot;
        return stats->GetRealtimeSnapshot(as(r).get(), {}, &snapshot);
    }});
    rows.push_back({"stats", "GetIntraday", staff, "", [=, this](Role r) {
        v1::GetIntradayRequest request;
        request.set_queue_id(m_queue);
        v1::GetIntradayResponse response;
        return stats->GetIntraday(as(r).get(), request, &response);
    }});
    rows.push_back({"stats", "ComputeStaffing", staff, "", [=, this](Role r) {
        v1::ComputeStaffingRequest request;
        request.set_arrival_rate_per_second(0.1);
        request.set_aht_seconds(180);
        request.set_threshold_seconds(20);
        request.set_target_service_level(0.8);
        v1::StaffingResult result;
        return stats->ComputeStaffing(as(r).get(), request, &result);
    }});
    rows.push_back({"stats", "ListWallboards", staff, "", [=, this](Role r) {
        v1::ListWallboardsResponse response;
        return stats->ListWallboards(as(r).get(), {}, &response);
    }});
    rows.push_back({"stats", "SaveWallboard", staff, "", [=, this](Role r) {
        v1::SaveWallboardRequest request;
        request.mutable_wallboard()->set_name(unique("rm-saved-board"));
        auto *tile = request.mutable_wallboard()->add_tiles();
        tile->set_queue_id(m_queue);
        tile->set_metric(v1::METRIC_OFFERED);
        v1::Wallboard board;
        return stats->SaveWallboard(as(r).get(), request, &board);
    }});
    rows.push_back({"stats", "DeleteWallboard", staff, "one's own board", [=, this](Role r) {
        const v1::Wallboard board = newWallboard(r == Supervisor || r == Admin ? r : Admin);
        v1::DeleteWallboardRequest request;
        request.set_id(board.id());
        request.set_version(board.version());
        v1::DeleteWallboardResponse response;
        return stats->DeleteWallboard(as(r).get(), request, &response);
    }});
    rows.push_back({"stats", "ListAlertRules", staff, "", [=, this](Role r) {
        v1::ListAlertRulesResponse response;
        return stats->ListAlertRules(as(r).get(), {}, &response);
    }});
    rows.push_back({"stats", "SaveAlertRule", staff, "", [=, this](Role r) {
        v1::SaveAlertRuleRequest request;
        request.mutable_rule()->set_name(unique("rm-saved-alert"));
        request.mutable_rule()->set_metric(v1::METRIC_LONGEST_WAIT);
        request.mutable_rule()->set_above(120);
        request.mutable_rule()->set_enabled(true);
        v1::AlertRule rule;
        return stats->SaveAlertRule(as(r).get(), request, &rule);
    }});
    rows.push_back({"stats", "DeleteAlertRule", staff, "", [=, this](Role r) {
        const v1::AlertRule rule = newAlertRule();
        v1::DeleteAlertRuleRequest request;
        request.set_id(rule.id());
        request.set_version(rule.version());
        v1::DeleteAlertRuleResponse response;
        return stats->DeleteAlertRule(as(r).get(), request, &response);
    }});

    // ---- catalog
    rows.push_back({"catalog", "PublishModule", adminOnly, "", [=, this](Role r) {
        v1::PublishModuleRequest request;
        request.set_bundle(makeBundle(QString::fromStdString(unique("rm.publish")), "1.0.0", m_key).toStdString());
        v1::ModuleVersion published;
        return cat->PublishModule(as(r).get(), request, &published);
    }});
    rows.push_back({"catalog", "Rollout", adminOnly, "", [=, this](Role r) {
        const std::string module = unique("rm.rollout");
        publish(module, "1.0.0");
        v1::RolloutRequest request;
        request.set_module_id(module);
        request.set_version("1.0.0");
        request.mutable_target()->mutable_users()->add_user_ids(newUser().id());
        v1::RolloutRule rule;
        return cat->Rollout(as(r).get(), request, &rule);
    }});
    rows.push_back({"catalog", "Rollback", adminOnly, "", [=, this](Role r) {
        const std::string module = unique("rm.rollback");
        v1::RolloutTarget target;
        target.mutable_users()->add_user_ids(newUser().id());
        for (const char *version : {"1.0.0", "1.1.0"}) {
            publish(module, version);
            v1::RolloutRequest rollout;
            rollout.set_module_id(module);
            rollout.set_version(version);
            *rollout.mutable_target() = target;
            v1::RolloutRule rule;
            cat->Rollout(admin().get(), rollout, &rule);
        }
        v1::RollbackRequest request;
        request.set_module_id(module);
        *request.mutable_target() = target;
        v1::RolloutRule rule;
        return cat->Rollback(as(r).get(), request, &rule);
    }});
    rows.push_back({"catalog", "ListModules", staff, "supervisors see which desk runs what", [=, this](Role r) {
        v1::ListModulesResponse response;
        return cat->ListModules(as(r).get(), {}, &response);
    }});
    rows.push_back({"catalog", "GetModuleStatus", staff, "", [=, this](Role r) {
        v1::GetModuleStatusRequest request;
        request.set_module_id(m_downloadModule);
        v1::GetModuleStatusResponse response;
        return cat->GetModuleStatus(as(r).get(), request, &response);
    }});
    rows.push_back({"catalog", "GetAssignedModules", anyone, "every client asks for its own", [=, this](Role r) {
        v1::GetAssignedModulesResponse response;
        return cat->GetAssignedModules(as(r).get(), {}, &response);
    }});
    rows.push_back({"catalog", "DownloadModule", anyone,
                    "a version assigned to the caller (staff: any); server stream", [=, this](Role r) {
        v1::DownloadModuleRequest request;
        request.set_module_id(m_downloadModule);
        request.set_version("1.0.0");
        auto ctx = as(r);
        auto reader = cat->DownloadModule(ctx.get(), request);
        v1::ModuleChunk chunk;
        while (reader->Read(&chunk)) {
        }
        return reader->Finish();
    }});
    rows.push_back({"catalog", "ReportClientModules", anyone, "every client reports its own", [=, this](Role r) {
        v1::ReportClientModulesRequest request;
        request.set_client_id(unique("rm-client"));
        auto *module = request.add_modules();
        module->set_module_id(m_downloadModule);
        module->set_version("1.0.0");
        module->set_state(v1::CLIENT_MODULE_STATE_RUNNING);
        v1::ReportClientModulesResponse response;
        return cat->ReportClientModules(as(r).get(), request, &response);
    }});

    // ---- gateway and health: no token needed
    rows.push_back({"gateway", "GetEndpoint", open, "where the WebSocket is, asked before signing in", [=, this](Role r) {
        v1::GetEndpointResponse response;
        return m_client->gateway().GetEndpoint(as(r).get(), {}, &response);
    }});
    rows.push_back({"grpc.health.v1.Health", "Check", open, "the standard health protocol", [=, this](Role r) {
        grpc::health::v1::HealthCheckRequest request;
        grpc::health::v1::HealthCheckResponse response;
        return m_health->Check(as(r).get(), request, &response);
    }});
    return rows;
}

void TestRoleMatrix::matrix_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("role");
    for (size_t i = 0; i < m_rows.size(); ++i)
        for (Role r : kRoles)
            QTest::newRow((std::string(m_rows[i].service) + "." + m_rows[i].rpc + " as " + roleName(r)).c_str())
                << int(i) << int(r);
}

void TestRoleMatrix::matrix()
{
    QFETCH(int, row);
    QFETCH(int, role);
    const Row &entry = m_rows[size_t(row)];
    const Role r = Role(role);
    const StatusCode expected = entry.allowed.contains(r) ? StatusCode::OK
        : r == NoToken ? StatusCode::UNAUTHENTICATED
                       : StatusCode::PERMISSION_DENIED;
    const Status status = entry.call(r);
    QVERIFY2(status.error_code() == expected,
             qPrintable(QStringLiteral("%1.%2 as %3: expected %4, got %5")
                            .arg(entry.service, entry.rpc, roleName(r))
                            .arg(int(expected))
                            .arg(QString::fromUtf8(describe(status)))));
    if (expected == StatusCode::PERMISSION_DENIED)
        QVERIFY2(!status.error_message().empty(), entry.rpc);
}

// Every method of every switchboard.v1 service (read from the descriptors the server is
// built from) has a row: a new RPC without a row fails here.
void TestRoleMatrix::everyRpcOfEveryServiceIsInTheTable()
{
    std::set<std::string> inTable;
    for (const Row &row : m_rows)
        inTable.insert(std::string(row.service) + "." + row.rpc);
    const auto *pool = google::protobuf::DescriptorPool::generated_pool();
    int methods = 0;
    for (const char *name : {"IdentityService", "DirectoryService", "RoutingService", "ConversationService",
                             "StatsService", "CatalogService", "GatewayService"}) {
        const auto *service = pool->FindServiceByName(std::string("switchboard.v1.") + name);
        QVERIFY2(service, name);
        std::string shortName = name;
        shortName = shortName.substr(0, shortName.size() - std::string("Service").size());
        for (auto &c : shortName)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        for (int m = 0; m < service->method_count(); ++m) {
            ++methods;
            const std::string key = shortName + "." + service->method(m)->name();
            QVERIFY2(inTable.contains(key), qPrintable(QString::fromStdString(key + " has no row in the role matrix")));
        }
    }
    QCOMPARE(int(m_rows.size()), methods + 1);   // + health

    // The doc: docs/role-matrix.md holds this very table (regenerate it with
    // SB_ROLE_MATRIX_MD=<file> when a row changes); a doc that disagrees fails here.
    std::string table = "| service | rpc | agent | supervisor | admin | integration | no token | notes |\n"
                        "|---|---|:-:|:-:|:-:|:-:|:-:|---|\n";
    for (const Row &row : m_rows) {
        table += std::string("| ") + row.service + " | " + row.rpc + " |";
        for (Role r : kRoles)
            table += row.allowed.contains(r) ? " OK |" : r == NoToken ? " UNAUTHENTICATED |" : " PERMISSION_DENIED |";
        table += std::string(" ") + row.note + " |\n";
    }
    if (qEnvironmentVariableIsSet("SB_ROLE_MATRIX_MD")) {
        QFile out(qEnvironmentVariable("SB_ROLE_MATRIX_MD"));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(table.c_str());
    }
    QFile doc(QStringLiteral(SB_SOURCE_DIR "/docs/role-matrix.md"));
    QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
    QVERIFY2(doc.readAll().toStdString().find(table) != std::string::npos,
             "docs/role-matrix.md does not hold the test's table: regenerate it (see the doc)");
}

QTEST_GUILESS_MAIN(TestRoleMatrix)
#include "tst_role_matrix.moc"
