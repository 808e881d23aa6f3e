// The catalog through the real server: publishing verifies the bundle's signature
// against the server's trusted keys, rollout rules decide each user's version (newest
// matching rule wins), rollback returns a target to its previous version, downloads are
// the exact published bytes, clients' reports show in the status, and a rollout reaches
// the affected user's event stream at once.

#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"

#include "host_bundle.h"
#include "switchboard/v1/catalog.grpc.pb.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using fixtures::describe;
using fixtures::GrpcClient;
namespace v1 = switchboard::v1;
using modules::host::Bundle;
using modules::host::SigningKey;

namespace {

// A module version folder with a manifest and a fake library (the catalog never loads it).
bool writeVersion(const QString &dir, const QString &id, const QString &version, int librarySize)
{
    QDir().mkpath(dir);
    QFile library(dir + "/libcatalog_test.so");
    if (!library.open(QIODevice::WriteOnly))
        return false;
    QByteArray bytes(librarySize, Qt::Uninitialized);
    for (auto &b : bytes)
        b = char(QRandomGenerator::global()->bounded(256));
    library.write(bytes);
    library.close();
    QFile manifest(dir + "/manifest.json");
    if (!manifest.open(QIODevice::WriteOnly))
        return false;
    manifest.write(QJsonDocument(QJsonObject{{"id", id}, {"version", version}, {"library", "libcatalog_test.so"},
                                             {"kind", "agent-tool"}, {"apiVersion", "1.0"}})
                       .toJson());
    return true;
}

QByteArray makeBundle(const QString &id, const QString &version, const SigningKey *key, int librarySize = 3000)
{
    QTemporaryDir dir;
    if (!writeVersion(dir.path(), id, version, librarySize))
        return {};
    QString error;
    Bundle bundle = Bundle::fromDirectory(dir.path(), &error);
    if (bundle.isNull())
        qFatal("bundle: %s", qPrintable(error));
    if (key)
        bundle.sign(*key);
    return bundle.toBytes();
}

// Signed, then its library changed: the signature no longer matches.
QByteArray makeTamperedBundle(const QString &id, const QString &version, const SigningKey &key)
{
    QTemporaryDir dir;
    writeVersion(dir.path(), id, version, 1000);
    QString error;
    Bundle bundle = Bundle::fromDirectory(dir.path(), &error);
    bundle.sign(key);
    bundle.writeSignature(dir.path(), &error);
    QFile library(dir.path() + "/libcatalog_test.so");
    library.open(QIODevice::Append);
    library.write("evil");
    library.close();
    return Bundle::fromDirectory(dir.path(), &error).toBytes();
}

// 0..99 as the catalog computes it (docs/catalog.md): FNV-1a 64 of "<user id>/<module id>".
int percentBucket(const std::string &userId, const std::string &moduleId)
{
    std::uint64_t hash = 14695981039346656037ull;
    for (const char c : userId + "/" + moduleId) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    return int(hash % 100);
}

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
            for (const auto &event : frame.events().events())
                events.push_back(event);
        });
    }
    bool open(const std::string &token)
    {
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        m_socket.open(m_url);
        if (!connected.wait(10000))
            return false;
        v1::ClientFrame hello;
        hello.mutable_hello()->set_access_token(token);
        const std::string bytes = hello.SerializeAsString();
        m_socket.sendBinaryMessage(QByteArray(bytes.data(), qsizetype(bytes.size())));
        return QTest::qWaitFor([&] { return welcomed; }, 10000);
    }
    bool welcomed = false;
    std::vector<v1::Event> events;

private:
    QWebSocket m_socket;
    QUrl m_url;
};

} // namespace

class TestCatalogService : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_key = SigningKey::generate("test-admin");
        m_stranger = SigningKey::generate("stranger");
        QString error;
        QVERIFY2(m_key.save(m_server.dataDir() + "/trusted-keys", &error), qPrintable(error));
        QVERIFY(QFile::remove(m_server.dataDir() + "/trusted-keys/test-admin.key"));
        QVERIFY2(m_server.start({"--seed-demo"}), qPrintable(m_server.errorString()));
        m_client = std::make_unique<GrpcClient>(m_server.grpcAddress(), m_server.caPath());
        m_catalog = v1::CatalogService::NewStub(m_client->channel());
        for (const char *user : {"admin1", "agent1", "agent2", "agent3", "supervisor1"}) {
            v1::SignInResponse response;
            const grpc::Status status = m_client->signIn(user, m_server.demoPassword(user), &response);
            QVERIFY2(status.ok(), describe(status));
            m_tokens[user] = response.access_token();
            m_ids[user] = response.user().id();
        }
    }

    void publishStoresASignedBundle()
    {
        const QByteArray bytes = makeBundle("catalog-test", "1.0.0", &m_key, 200 * 1024);
        v1::ModuleVersion published;
        const grpc::Status status = publish(bytes, "admin1", &published);
        QVERIFY2(status.ok(), describe(status));
        QCOMPARE(published.module_id(), std::string("catalog-test"));
        QCOMPARE(published.version(), std::string("1.0.0"));
        QCOMPARE(published.kind(), std::string("agent-tool"));
        QCOMPARE(published.api_version(), std::string("1.0"));
        QCOMPARE(published.signing_key_id(), std::string("test-admin"));
        QCOMPARE(published.size_bytes(), bytes.size());
        QCOMPARE(QByteArray::fromStdString(published.bundle_sha256()),
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
        m_published["1.0.0"] = bytes;
        for (const char *version : {"1.1.0", "1.2.0"}) {
            const QByteArray more = makeBundle("catalog-test", version, &m_key);
            QVERIFY2(publish(more, "admin1", &published).ok(), version);
            m_published[version] = more;
        }
    }

    void publishRefusesBadBundles()
    {
        v1::ModuleVersion published;
        grpc::Status status = publish(makeBundle("catalog-test", "2.0.0", nullptr), "admin1", &published);
        QCOMPARE(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
        QVERIFY2(status.error_message().find("is not signed") != std::string::npos, describe(status));

        status = publish(makeTamperedBundle("catalog-test", "2.0.1", m_key), "admin1", &published);
        QCOMPARE(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
        QVERIFY2(status.error_message().find("changed since it was signed") != std::string::npos, describe(status));

        status = publish(makeBundle("catalog-test", "2.0.2", &m_stranger), "admin1", &published);
        QCOMPARE(status.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
        QVERIFY2(status.error_message().find("key 'stranger', which this server does not trust") != std::string::npos,
                 describe(status));

        status = publish("not a bundle at all", "admin1", &published);
        QCOMPARE(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
        QVERIFY2(status.error_message().starts_with("bundle:"), describe(status));

        status = publish(makeBundle("catalog-test", "1.0.0", &m_key), "admin1", &published);
        QCOMPARE(status.error_code(), grpc::StatusCode::ALREADY_EXISTS);
        QVERIFY2(status.error_message().find("already published") != std::string::npos, describe(status));

        status = publish(makeBundle("catalog-test", "3.0.0", &m_key), "agent1", &published);
        QCOMPARE(status.error_code(), grpc::StatusCode::PERMISSION_DENIED);

        // None of the refused versions is listed.
        v1::ListModulesResponse list;
        QVERIFY(m_catalog->ListModules(GrpcClient::context(m_tokens["supervisor1"]).get(), {}, &list).ok());
        QCOMPARE(list.versions_size(), 3);
    }

    void rolloutValidates()
    {
        v1::RolloutRequest request;
        request.set_module_id("catalog-test");
        request.set_version("1.0.0");
        v1::RolloutRule rule;
        grpc::Status status = m_catalog->Rollout(context("admin1").get(), request, &rule);
        QCOMPARE(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
        QVERIFY2(status.error_message().starts_with("target:"), describe(status));

        request.mutable_target()->set_percent(0);
        status = m_catalog->Rollout(context("admin1").get(), request, &rule);
        QCOMPARE(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
        QVERIFY2(status.error_message().starts_with("target.percent:"), describe(status));

        request.mutable_target()->set_team_id("team-nope");
        status = m_catalog->Rollout(context("admin1").get(), request, &rule);
        QCOMPARE(status.error_code(), grpc::StatusCode::NOT_FOUND);

        request.mutable_target()->set_everyone(true);
        request.set_version("9.9.9");
        status = m_catalog->Rollout(context("admin1").get(), request, &rule);
        QCOMPARE(status.error_code(), grpc::StatusCode::NOT_FOUND);
        QVERIFY2(status.error_message().find("is not published") != std::string::npos, describe(status));

        request.set_version("1.0.0");
        status = m_catalog->Rollout(context("agent1").get(), request, &rule);
        QCOMPARE(status.error_code(), grpc::StatusCode::PERMISSION_DENIED);

        v1::RollbackRequest rollback;
        rollback.set_module_id("catalog-test");
        rollback.mutable_target()->set_queue_id("queue-support");
        status = m_catalog->Rollback(context("admin1").get(), rollback, &rule);
        QCOMPARE(status.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
    }

    void rolloutsDecidePerUser()
    {
        v1::RolloutTarget everyone;
        everyone.set_everyone(true);
        v1::RolloutRule rule;
        QVERIFY(rollout("1.0.0", everyone, &rule));
        QCOMPARE(rule.previous_version(), std::string());
        for (const char *user : {"agent1", "agent2", "agent3", "supervisor1"})
            QCOMPARE(assigned(user), QString("1.0.0"));

        v1::RolloutTarget users;
        users.mutable_users()->add_user_ids("agent2");   // a username
        QVERIFY(rollout("1.1.0", users, &rule));
        QCOMPARE(assigned("agent2"), QString("1.1.0"));
        QCOMPARE(assigned("agent1"), QString("1.0.0"));

        // Team: agent3 joins team-blue.
        v1::UpsertAgentProfileRequest profile;
        profile.mutable_profile()->set_user_id(m_ids["agent3"]);
        profile.mutable_profile()->set_team_id("team-blue");
        v1::AgentProfile stored;
        v1::GetAgentProfileRequest get;
        get.set_user_id(m_ids["agent3"]);
        if (m_client->directory().GetAgentProfile(context("admin1").get(), get, &stored).ok())
            profile.mutable_profile()->set_version(stored.version());
        grpc::Status status = m_client->directory().UpsertAgentProfile(context("admin1").get(), profile, &stored);
        QVERIFY2(status.ok(), describe(status));
        v1::RolloutTarget team;
        team.set_team_id("team-blue");
        QVERIFY(rollout("1.2.0", team, &rule));
        QCOMPARE(assigned("agent3"), QString("1.2.0"));
        QCOMPARE(assigned("agent1"), QString("1.0.0"));
        QCOMPARE(assigned("agent2"), QString("1.1.0"));

        // Percent: stable per user; the newest matching rule wins over the older ones.
        v1::RolloutTarget half;
        half.set_percent(50);
        QVERIFY(rollout("1.1.0", half, &rule));
        for (const char *user : {"agent1", "agent2", "agent3"}) {
            const bool inHalf = percentBucket(m_ids[user], "catalog-test") < 50;
            const QString before = user == std::string("agent1") ? "1.0.0" : user == std::string("agent2") ? "1.1.0" : "1.2.0";
            QCOMPARE(assigned(user), inHalf ? QString("1.1.0") : before);
        }

        // Rollback of the percentage: those users return to what the older rules give them.
        v1::RollbackRequest rollback;
        rollback.set_module_id("catalog-test");
        *rollback.mutable_target() = half;
        status = m_catalog->Rollback(context("admin1").get(), rollback, &rule);
        QVERIFY2(status.ok(), describe(status));
        QCOMPARE(rule.version(), std::string());
        QCOMPARE(rule.previous_version(), std::string("1.1.0"));
        QCOMPARE(assigned("agent1"), QString("1.0.0"));
        QCOMPARE(assigned("agent2"), QString("1.1.0"));
        QCOMPARE(assigned("agent3"), QString("1.2.0"));

        // Everyone to 1.1.0 and back: rollback returns to the previous version.
        QVERIFY(rollout("1.1.0", everyone, &rule));
        QCOMPARE(rule.previous_version(), std::string("1.0.0"));
        QCOMPARE(assigned("agent1"), QString("1.1.0"));
        QCOMPARE(assigned("agent3"), QString("1.1.0"));   // the newer everyone rule wins over the team's
        *rollback.mutable_target() = everyone;
        status = m_catalog->Rollback(context("admin1").get(), rollback, &rule);
        QVERIFY2(status.ok(), describe(status));
        QCOMPARE(rule.version(), std::string("1.0.0"));
        QCOMPARE(assigned("agent1"), QString("1.0.0"));
        QCOMPARE(assigned("agent3"), QString("1.0.0"));

        v1::ListModulesResponse list;
        QVERIFY(m_catalog->ListModules(context("admin1").get(), {}, &list).ok());
        QCOMPARE(list.rules_size(), 7);

        // Each rule is in the center's audit log (the directory keeps what the catalog
        // publishes): who, what, when.
        QTRY_COMPARE_WITH_TIMEOUT(catalogAudits("module.rollout"), 5, 10000);
        QCOMPARE(catalogAudits("module.rollback"), 2);
    }

    void queueTargetReachesItsEligibleAgents()
    {
        // queue-billing requires skill-billing at 3 or more.
        QVERIFY(setSkill("agent1", "skill-billing", 5));
        QVERIFY(setSkill("agent2", "skill-billing", 2));
        v1::ModuleVersion published;
        QVERIFY(publish(makeBundle("catalog-queue", "1.0.0", &m_key), "admin1", &published).ok());
        v1::RolloutRequest request;
        request.set_module_id("catalog-queue");
        request.set_version("1.0.0");
        request.mutable_target()->set_queue_id("queue-billing");
        v1::RolloutRule rule;
        const grpc::Status status = m_catalog->Rollout(context("admin1").get(), request, &rule);
        QVERIFY2(status.ok(), describe(status));
        QCOMPARE(assigned("agent1", "catalog-queue"), QString("1.0.0"));
        QCOMPARE(assigned("agent2", "catalog-queue"), QString());
        QCOMPARE(assigned("admin1", "catalog-queue"), QString());   // no agent profile
        request.mutable_target()->set_queue_id("queue-nope");
        QCOMPARE(m_catalog->Rollout(context("admin1").get(), request, &rule).error_code(), grpc::StatusCode::NOT_FOUND);
    }

    void serverWithoutTrustedKeysRefusesEveryBundle()
    {
        QTemporaryDir emptyKeys;
        fixtures::ServerProcess server;
        QVERIFY2(server.start({"--seed-demo", "--module-trusted-keys", emptyKeys.path()}),
                 qPrintable(server.errorString()));
        GrpcClient client(server.grpcAddress(), server.caPath());
        const std::string admin = client.tokenFor("admin1", server.demoPassword("admin1"));
        auto catalog = v1::CatalogService::NewStub(client.channel());
        v1::PublishModuleRequest request;
        request.set_bundle(makeBundle("catalog-test", "1.0.0", &m_key).toStdString());
        v1::ModuleVersion published;
        const grpc::Status status = catalog->PublishModule(GrpcClient::context(admin).get(), request, &published);
        QCOMPARE(status.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
        QVERIFY2(status.error_message().find("trusts no module signing key") != std::string::npos
                     && status.error_message().find(emptyKeys.path().toStdString()) != std::string::npos,
                 describe(status));
    }

    void downloadReturnsTheExactBytes()
    {
        const QByteArray expected = m_published["1.0.0"];
        QCOMPARE(assigned("agent1"), QString("1.0.0"));
        QByteArray received;
        int chunks = 0;
        grpc::Status status = download("agent1", "1.0.0", &received, &chunks);
        QVERIFY2(status.ok(), describe(status));
        QCOMPARE(received.size(), expected.size());
        QVERIFY(received == expected);
        QVERIFY2(chunks >= 3, "a 200 KiB bundle comes in 64 KiB chunks");

        // Agents download only what is rolled out to them; admins anything.
        status = download("agent1", "1.2.0", &received, &chunks);
        QCOMPARE(status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
        status = download("admin1", "1.2.0", &received, &chunks);
        QVERIFY2(status.ok(), describe(status));
        QVERIFY(received == m_published["1.2.0"]);
        status = download("admin1", "7.0.0", &received, &chunks);
        QCOMPARE(status.error_code(), grpc::StatusCode::NOT_FOUND);
    }

    void clientReportsShowInTheStatus()
    {
        v1::ReportClientModulesRequest report;
        report.set_client_id("client-a");
        auto *module = report.add_modules();
        module->set_module_id("catalog-test");
        module->set_version("1.0.0");
        module->set_state(v1::CLIENT_MODULE_STATE_REFUSED);
        module->set_message("catalog-test 1.0.0 is signed by key 'x', which this client does not trust");
        v1::ReportClientModulesResponse reported;
        grpc::Status status = m_catalog->ReportClientModules(context("agent1").get(), report, &reported);
        QVERIFY2(status.ok(), describe(status));

        report.clear_client_id();
        status = m_catalog->ReportClientModules(context("agent1").get(), report, &reported);
        QCOMPARE(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);

        v1::GetModuleStatusRequest request;
        request.set_module_id("catalog-test");
        v1::GetModuleStatusResponse response;
        status = m_catalog->GetModuleStatus(context("admin1").get(), request, &response);
        QVERIFY2(status.ok(), describe(status));
        QCOMPARE(response.clients_size(), 1);
        QCOMPARE(response.clients(0).user_id(), m_ids["agent1"]);
        QCOMPARE(response.clients(0).client_id(), std::string("client-a"));
        QCOMPARE(response.clients(0).modules(0).state(), v1::CLIENT_MODULE_STATE_REFUSED);
        QVERIFY(response.clients(0).modules(0).message().find("does not trust") != std::string::npos);

        status = m_catalog->GetModuleStatus(context("agent1").get(), request, &response);
        QCOMPARE(status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
    }

    void rolloutReachesTheUsersEventStream()
    {
        StreamClient agent1(m_server.wsAddress(), m_server.caPath());
        StreamClient agent2(m_server.wsAddress(), m_server.caPath());
        QVERIFY(agent1.open(m_tokens["agent1"]));
        QVERIFY(agent2.open(m_tokens["agent2"]));
        v1::RolloutTarget target;
        target.mutable_users()->add_user_ids(m_ids["agent1"]);   // a user id
        v1::RolloutRule rule;
        QVERIFY(rollout("1.2.0", target, &rule));
        auto changed = [](const StreamClient &client) {
            for (const auto &event : client.events)
                if (event.has_module_assignment_changed())
                    return &event;
            return static_cast<const v1::Event *>(nullptr);
        };
        QVERIFY(QTest::qWaitFor([&] { return changed(agent1) != nullptr; }, 5000));
        const v1::Event &event = *changed(agent1);
        QCOMPARE(event.topic(), "user:" + m_ids["agent1"]);
        bool found = false;
        for (const auto &m : event.module_assignment_changed().modules())
            found |= m.module_id() == "catalog-test" && m.version() == "1.2.0";
        QVERIFY(found);
        // No event for agent2, whose version did not change. Waited for by order, not by
        // the clock: a later rollout that does reach agent2 (catalog-queue to them) must be
        // the first assignment event their stream carries.
        v1::RolloutRequest marker;
        marker.set_module_id("catalog-queue");
        marker.set_version("1.0.0");
        marker.mutable_target()->mutable_users()->add_user_ids(m_ids["agent2"]);
        v1::RolloutRule markerRule;
        const grpc::Status markerStatus = m_catalog->Rollout(context("admin1").get(), marker, &markerRule);
        QVERIFY2(markerStatus.ok(), describe(markerStatus));
        QVERIFY(QTest::qWaitFor([&] { return changed(agent2) != nullptr; }, 5000));
        bool markerFirst = false;
        for (const auto &m : changed(agent2)->module_assignment_changed().modules())
            markerFirst |= m.module_id() == "catalog-queue";
        QVERIFY2(markerFirst, "agent2's version did not change with agent1's rollout: no event for them");
    }

    void ctlPublishesRollsOutAndShowsStatus()
    {
        const QString ctl = QStringLiteral(SWITCHBOARD_BIN_DIR) + "/switchboard-ctl";
        QVERIFY2(QFile::exists(ctl), qPrintable(ctl));
        QTemporaryDir dir;
        const QString file = dir.filePath("ctl-test-1.0.0.sbm");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(makeBundle("ctl-test", "1.0.0", &m_key));
        out.close();
        const QStringList connection = {"--server", m_server.grpcAddress(), "--ca", m_server.caPath(),
                                        "--user", "admin1", "--password-file", m_server.demoPasswordFile("admin1")};
        auto run = [&](QStringList args, QByteArray *output = nullptr) {
            QProcess process;
            process.start(ctl, args + connection);
            if (!process.waitForFinished(30000))
                return -1;
            if (output)
                *output = process.readAllStandardOutput() + process.readAllStandardError();
            return process.exitCode();
        };
        QByteArray output;
        QCOMPARE(run({"module", "publish", file}, &output), 0);
        QVERIFY2(output.contains("ctl-test 1.0.0"), output);
        QCOMPARE(run({"module", "publish", file}, &output), 1);
        QVERIFY2(output.contains("already published"), output);
        QCOMPARE(run({"module", "rollout", "ctl-test", "1.0.0", "--users", "agent2,agent3"}, &output), 0);
        QCOMPARE(assigned("agent2", "ctl-test"), QString("1.0.0"));
        QCOMPARE(assigned("agent1", "ctl-test"), QString());
        QCOMPARE(run({"module", "rollout", "ctl-test", "1.0.0"}, &output), 2);   // no target
        QVERIFY2(output.contains("--everyone"), output);
        QCOMPARE(run({"module", "list"}, &output), 0);
        QVERIFY2(output.contains("ctl-test") && output.contains("catalog-test"), output);
        QCOMPARE(run({"module", "status", "catalog-test"}, &output), 0);
        QVERIFY2(output.contains("client-a") && output.contains("REFUSED"), output);
        QCOMPARE(run({"module", "rollback", "ctl-test", "--users", "agent3,agent2"}, &output), 0);
        QCOMPARE(assigned("agent2", "ctl-test"), QString());
    }

private:
    std::unique_ptr<grpc::ClientContext> context(const char *user) { return GrpcClient::context(m_tokens[user]); }

    bool setSkill(const char *user, const char *skillId, int proficiency)
    {
        v1::GetAgentProfileRequest get;
        get.set_user_id(m_ids[user]);
        v1::AgentProfile profile;
        if (!m_client->directory().GetAgentProfile(context("admin1").get(), get, &profile).ok()) {
            profile.Clear();
            profile.set_user_id(m_ids[user]);
        }
        profile.clear_skills();
        auto *skill = profile.add_skills();
        skill->set_skill_id(skillId);
        skill->set_proficiency(proficiency);
        v1::UpsertAgentProfileRequest upsert;
        *upsert.mutable_profile() = profile;
        v1::AgentProfile stored;
        const grpc::Status status = m_client->directory().UpsertAgentProfile(context("admin1").get(), upsert, &stored);
        if (!status.ok())
            qWarning() << "profile:" << describe(status);
        return status.ok();
    }

    grpc::Status publish(const QByteArray &bytes, const char *user, v1::ModuleVersion *out)
    {
        v1::PublishModuleRequest request;
        request.set_bundle(bytes.toStdString());
        return m_catalog->PublishModule(context(user).get(), request, out);
    }

    bool rollout(const char *version, const v1::RolloutTarget &target, v1::RolloutRule *rule)
    {
        v1::RolloutRequest request;
        request.set_module_id("catalog-test");
        request.set_version(version);
        *request.mutable_target() = target;
        const grpc::Status status = m_catalog->Rollout(context("admin1").get(), request, rule);
        if (!status.ok())
            qWarning() << "rollout:" << describe(status);
        return status.ok();
    }

    QString assigned(const char *user, const std::string &moduleId = "catalog-test")
    {
        v1::GetAssignedModulesResponse response;
        const grpc::Status status = m_catalog->GetAssignedModules(context(user).get(), {}, &response);
        if (!status.ok()) {
            qWarning() << "assigned:" << describe(status);
            return "error";
        }
        for (const auto &m : response.modules())
            if (m.module_id() == moduleId)
                return QString::fromStdString(m.version());
        return {};
    }

    grpc::Status download(const char *user, const char *version, QByteArray *bytes, int *chunks)
    {
        bytes->clear();
        *chunks = 0;
        v1::DownloadModuleRequest request;
        request.set_module_id("catalog-test");
        request.set_version(version);
        auto ctx = context(user);
        auto reader = m_catalog->DownloadModule(ctx.get(), request);
        v1::ModuleChunk chunk;
        while (reader->Read(&chunk)) {
            if (chunk.offset() != bytes->size())
                return grpc::Status(grpc::StatusCode::DATA_LOSS, "chunk out of order");
            bytes->append(QByteArray::fromStdString(chunk.data()));
            ++*chunks;
        }
        return reader->Finish();
    }

    // The audit log's entries of the catalog for catalog-test with `action`, by admin1.
    int catalogAudits(const std::string &action)
    {
        v1::ListAuditEntriesRequest request;
        request.set_search("catalog-test");
        v1::ListAuditEntriesResponse entries;
        if (!m_client->directory().ListAuditEntries(context("admin1").get(), request, &entries).ok())
            return -1;
        int count = 0;
        for (const v1::AuditEntry &entry : entries.entries())
            count += entry.service() == "catalog" && entry.action() == action && entry.actor().username() == "admin1"
                && entry.has_at();
        return count;
    }

    fixtures::ServerProcess m_server;
    std::unique_ptr<GrpcClient> m_client;
    std::unique_ptr<v1::CatalogService::Stub> m_catalog;
    SigningKey m_key;
    SigningKey m_stranger;
    std::map<std::string, std::string> m_tokens;
    std::map<std::string, std::string> m_ids;
    std::map<std::string, QByteArray> m_published;
};

QTEST_MAIN(TestCatalogService)
#include "tst_catalog_service.moc"
