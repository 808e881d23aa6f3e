// The admin's side of the catalog (session::CatalogAdmin) on admin1's session against the
// real server: a signed version folder is inspected here and published; an unsigned one
// is refused before it is sent; one changed after signing, or signed by a key the server
// does not trust, is refused by the server with its reason and status code; a rollout to
// agent1 reaches agent1's session (session::CatalogClient), which reports what it runs,
// and the admin's status shows that client on that version, then a refusal with its
// reason; a rollback returns the target to the previous version; a supervisor may not
// roll out. And session::AuditLog: the catalog's own rules are not audited, but routing's
// and the directory's entries are searched, filtered, paged and appended live.

#include "fixtures_bundle_folder.h"
#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"
#include "fixtures_session.h"

#include "host_bundle.h"
#include "session_audit_log.h"
#include "session_catalog_admin.h"
#include "session_catalog_client.h"
#include "session_event_stream.h"
#include "session_session.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using fixtures::describe;
using fixtures::GrpcClient;
namespace v1 = switchboard::v1;
using modules::host::Bundle;
using modules::host::SigningKey;
using session::CatalogAdmin;
using session::CatalogResult;
using session::RolloutTarget;

namespace {

using Signing = fixtures::BundleSigning;

QString makeVersionFolder(const QString &root, const QString &id, const QString &version, const SigningKey &key,
                          Signing signing = Signing::Signed)
{
    return fixtures::makeVersionFolder(root, id, version, key, signing, QStringLiteral("libadmin_test.so"));
}

} // namespace

class TestSessionCatalogAdmin : public QObject {
    Q_OBJECT

    fixtures::ServerProcess m_server;
    QTemporaryDir m_bundles, m_clientKeys, m_downloads, m_drafts;
    SigningKey m_key, m_serverOnlyKey, m_untrustedKey;
    std::unique_ptr<session::Session> m_admin, m_agent;
    std::unique_ptr<CatalogAdmin> m_catalog;

    CatalogResult call(const std::function<void(CatalogAdmin::Callback)> &run)
    {
        auto out = std::make_shared<std::optional<CatalogResult>>();
        run([out](const CatalogResult &r) { *out = r; });
        if (!QTest::qWaitFor([&] { return out->has_value(); }, 30000))
            return {false, "no answer in 30 s", -2, {}, {}};
        return **out;
    }

    // The admin's status row of agent1's client for the module, or none.
    std::optional<session::ClientModuleInfo> agentRow(const QString &module)
    {
        for (const auto &row : m_catalog->status())
            if (row.clientId == "agent1-desk" && row.moduleId == module)
                return row;
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        m_key = SigningKey::generate("ops-test");
        m_serverOnlyKey = SigningKey::generate("server-only");
        m_untrustedKey = SigningKey::generate("nobody");
        QString error;
        QVERIFY2(m_key.save(m_server.dataDir() + "/trusted-keys", &error), qPrintable(error));
        QVERIFY2(m_serverOnlyKey.save(m_server.dataDir() + "/trusted-keys", &error), qPrintable(error));
        QVERIFY2(m_key.save(m_clientKeys.path(), &error), qPrintable(error));
        QFile::remove(m_clientKeys.filePath("ops-test.key"));
        QVERIFY2(m_server.start({"--seed-demo"}), qPrintable(m_server.errorString()));
        m_admin = fixtures::signInSession(m_server, "admin1", m_drafts.filePath("admin1"), {}, false);
        QVERIFY(m_admin);
        QTRY_COMPARE_WITH_TIMEOUT(m_admin->events().state(), session::StreamState::Connected, 15000);
        m_catalog = std::make_unique<CatalogAdmin>(*m_admin);
        m_catalog->setStatusInterval(300);
        QSignalSpy loaded(m_catalog.get(), &CatalogAdmin::modulesChanged);
        m_catalog->refresh();
        QVERIFY(QTest::qWaitFor([&] { return m_catalog->isLoaded(); }, 10000));
        QVERIFY(m_catalog->versions().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!m_catalog->teams().isEmpty(), 10000);
        QCOMPARE(m_catalog->teams().constFirst().first, QString("team-blue"));
        QTRY_COMPARE_WITH_TIMEOUT(m_catalog->userName(m_admin->userId()), QString("admin1"), 10000);
    }

    void inspectsASignedFolder()
    {
        const QString dir = makeVersionFolder(m_bundles.path(), "admin-tool", "1.0.0", m_key);
        const session::BundleInfo info = CatalogAdmin::inspectBundle(dir);
        QVERIFY2(info.isValid(), qPrintable(info.error));
        QCOMPARE(info.moduleId, QString("admin-tool"));
        QCOMPARE(info.version, QString("1.0.0"));
        QCOMPARE(info.keyId, QString("ops-test"));
        QCOMPARE(info.kind, QString("agent-tool"));
        QCOMPARE(info.apiVersion, QString("1.0"));
        QCOMPARE(info.files, QStringList({"libadmin_test.so", "manifest.json"}));
        QVERIFY(info.sizeBytes > 50 * 1024);

        const session::BundleInfo missing = CatalogAdmin::inspectBundle(m_bundles.filePath("nothing-here"));
        QVERIFY(!missing.isValid());
        QVERIFY2(missing.error.contains("does not exist"), qPrintable(missing.error));
        const session::BundleInfo notAVersion = CatalogAdmin::inspectBundle(m_bundles.path());
        QVERIFY2(notAVersion.error.contains("no manifest.json"), qPrintable(notAVersion.error));
    }

    void publishesASignedFolder()
    {
        QSignalSpy changed(m_catalog.get(), &CatalogAdmin::modulesChanged);
        const QString dir = m_bundles.path() + "/admin-tool/1.0.0";
        const CatalogResult r = call([&](auto done) { m_catalog->publish(dir, done); });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.statusCode, 0);
        QCOMPARE(r.published.moduleId, QString("admin-tool"));
        QCOMPARE(r.published.version, QString("1.0.0"));
        QCOMPARE(r.published.signingKeyId, QString("ops-test"));
        QCOMPARE(r.published.kind, QString("agent-tool"));
        QCOMPARE(r.published.publishedBy, QString("admin1"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(m_catalog->moduleIds(), QStringList{"admin-tool"});

        // 1.1.0 too, and a bundle file (.sbm) the same way.
        const QString v110 = makeVersionFolder(m_bundles.path(), "admin-tool", "1.1.0", m_key);
        QString error;
        QFile file(m_bundles.filePath("admin-tool-1.1.0.sbm"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Bundle::fromDirectory(v110, &error).toBytes());
        file.close();
        QCOMPARE(CatalogAdmin::inspectBundle(file.fileName()).keyId, QString("ops-test"));
        const CatalogResult r2 = call([&](auto done) { m_catalog->publish(file.fileName(), done); });
        QVERIFY2(r2.ok, qPrintable(r2.error));
        QCOMPARE(m_catalog->versionsOf("admin-tool").size(), 2);

        // Published once, never changed.
        const CatalogResult again = call([&](auto done) { m_catalog->publish(dir, done); });
        QVERIFY(!again.ok);
        QCOMPARE(again.statusCode, 6);      // ALREADY_EXISTS
        QVERIFY2(again.error.contains("1.0.0"), qPrintable(again.error));

        // A fresh list from the server says the same.
        QSignalSpy listed(m_catalog.get(), &CatalogAdmin::modulesChanged);
        m_catalog->refresh();
        QVERIFY(listed.wait(10000));
        QCOMPARE(m_catalog->versionsOf("admin-tool").size(), 2);
        QCOMPARE(m_catalog->versionsOf("admin-tool").at(1).version, QString("1.1.0"));
    }

    void refusesWhatIsNotSignedOrChanged()
    {
        // Unsigned: refused here, nothing sent.
        const QString unsigned_ = makeVersionFolder(m_bundles.path(), "admin-tool", "2.0.0", m_key, Signing::Unsigned);
        const session::BundleInfo info = CatalogAdmin::inspectBundle(unsigned_);
        QVERIFY(!info.isValid());
        QVERIFY2(info.error.contains("is not signed"), qPrintable(info.error));
        const CatalogResult local = call([&](auto done) { m_catalog->publish(unsigned_, done); });
        QCOMPARE(local.statusCode, -1);
        QCOMPARE(local.error, info.error);
        // ...and the server says so too, when the bytes are sent anyway.
        QString error;
        const CatalogResult server = call([&](auto done) {
            m_catalog->publishBytes(Bundle::fromDirectory(unsigned_, &error).toBytes(), done);
        });
        QCOMPARE(server.statusCode, 3);     // INVALID_ARGUMENT
        QVERIFY2(server.error.contains("is not signed"), qPrintable(server.error));

        // Changed after signing: the signature is there, the server finds the change.
        const QString tampered = makeVersionFolder(m_bundles.path(), "admin-tool", "2.1.0", m_key, Signing::Tampered);
        QVERIFY(CatalogAdmin::inspectBundle(tampered).isValid());
        const CatalogResult changed = call([&](auto done) { m_catalog->publish(tampered, done); });
        QVERIFY(!changed.ok);
        QCOMPARE(changed.statusCode, 3);
        QVERIFY2(changed.error.contains("has been changed since it was signed"), qPrintable(changed.error));

        // Signed by a key the server does not trust.
        const QString stranger = makeVersionFolder(m_bundles.path(), "admin-tool", "2.2.0", m_untrustedKey);
        const CatalogResult untrusted = call([&](auto done) { m_catalog->publish(stranger, done); });
        QCOMPARE(untrusted.statusCode, 9);  // FAILED_PRECONDITION
        QVERIFY2(untrusted.error.contains("nobody"), qPrintable(untrusted.error));
        QCOMPARE(m_catalog->versionsOf("admin-tool").size(), 2);
    }

    void rolloutReachesTheAgentAndTheStatusShowsIt()
    {
        // Checked here before sending.
        CatalogResult r = call([&](auto done) { m_catalog->rollout("admin-tool", "1.0.0", RolloutTarget::percentOf(0), done); });
        QCOMPARE(r.statusCode, -1);
        QCOMPARE(r.error, QString("A percentage from 1 to 100."));
        r = call([&](auto done) { m_catalog->rollout("admin-tool", "1.0.0", RolloutTarget::usersNamed({" "}), done); });
        QCOMPARE(r.statusCode, -1);
        // ...and by the server.
        r = call([&](auto done) { m_catalog->rollout("admin-tool", "1.0.0", RolloutTarget::team("team-nope"), done); });
        QCOMPARE(r.statusCode, 5);          // NOT_FOUND
        QVERIFY2(r.error.contains("team-nope"), qPrintable(r.error));
        r = call([&](auto done) { m_catalog->rollout("admin-tool", "9.9.9", RolloutTarget::everyone(), done); });
        QCOMPARE(r.statusCode, 5);

        // agent1's client, syncing.
        m_agent = fixtures::signInSession(m_server, "agent1", m_drafts.filePath("agent1"));
        QVERIFY(m_agent);
        session::CatalogClient &client = m_agent->catalog();
        client.setDownloadsDirectory(m_downloads.path());
        client.setTrustedKeysDirectory(m_clientKeys.path());
        client.setClientId("agent1-desk");
        QSignalSpy assigned(&client, &session::CatalogClient::assignmentChanged);
        client.start();
        QVERIFY(assigned.wait(10000));
        assigned.clear();

        r = call([&](auto done) { m_catalog->rollout("admin-tool", "1.0.0", RolloutTarget::usersNamed({"agent1"}), done); });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rule.version, QString("1.0.0"));
        QCOMPARE(r.rule.previousVersion, QString());
        QCOMPARE(r.rule.target, RolloutTarget::usersNamed({"agent1"}));
        QCOMPARE(r.rule.createdBy, QString("admin1"));
        QCOMPARE(m_catalog->currentRule("admin-tool", RolloutTarget::usersNamed({"agent1"})).id, r.rule.id);

        QTRY_VERIFY_WITH_TIMEOUT(!assigned.isEmpty(), 10000);
        QCOMPARE(client.assignedVersions().value("admin-tool"), QString("1.0.0"));
        client.report({{"admin-tool", "1.0.0", session::ModuleRunState::Running, {}}});

        // The admin's status, kept current by itself.
        QTRY_VERIFY_WITH_TIMEOUT(agentRow("admin-tool") && agentRow("admin-tool")->version == "1.0.0", 10000);
        const auto row = *agentRow("admin-tool");
        QCOMPARE(row.userName, QString("agent1"));
        QCOMPARE(row.userId, m_agent->userId());
        QCOMPARE(row.state, session::ModuleRunState::Running);
        QVERIFY(row.reportedAt.isValid());
    }

    void refusalShowsWithItsReason()
    {
        // Signed by a key the server trusts and agent1's client does not.
        const QString dir = makeVersionFolder(m_bundles.path(), "admin-evil", "1.0.0", m_serverOnlyKey);
        CatalogResult r = call([&](auto done) { m_catalog->publish(dir, done); });
        QVERIFY2(r.ok, qPrintable(r.error));
        r = call([&](auto done) { m_catalog->rollout("admin-evil", "1.0.0", RolloutTarget::usersNamed({"agent1"}), done); });
        QVERIFY2(r.ok, qPrintable(r.error));
        QTRY_VERIFY_WITH_TIMEOUT(agentRow("admin-evil").has_value(), 15000);
        const auto row = *agentRow("admin-evil");
        QCOMPARE(row.state, session::ModuleRunState::Refused);
        QCOMPARE(row.version, QString("1.0.0"));
        QVERIFY2(row.message.contains("key 'server-only'"), qPrintable(row.message));
    }

    void rollbackReturnsToThePreviousVersion()
    {
        session::CatalogClient &client = m_agent->catalog();
        const RolloutTarget agent1 = RolloutTarget::usersNamed({"agent1"});
        CatalogResult r = call([&](auto done) { m_catalog->rollout("admin-tool", "1.1.0", agent1, done); });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rule.previousVersion, QString("1.0.0"));
        QTRY_COMPARE_WITH_TIMEOUT(client.assignedVersions().value("admin-tool"), QString("1.1.0"), 10000);
        client.report({{"admin-tool", "1.1.0", session::ModuleRunState::Running, {}}});
        QTRY_VERIFY_WITH_TIMEOUT(agentRow("admin-tool") && agentRow("admin-tool")->version == "1.1.0", 10000);

        r = call([&](auto done) { m_catalog->rollback("admin-tool", agent1, done); });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rule.version, QString("1.0.0"));
        QCOMPARE(r.rule.previousVersion, QString("1.1.0"));
        QCOMPARE(m_catalog->currentRule("admin-tool", agent1).version, QString("1.0.0"));
        QTRY_COMPARE_WITH_TIMEOUT(client.assignedVersions().value("admin-tool"), QString("1.0.0"), 10000);
        client.report({{"admin-tool", "1.0.0", session::ModuleRunState::Running, {}}});
        QTRY_VERIFY_WITH_TIMEOUT(agentRow("admin-tool") && agentRow("admin-tool")->version == "1.0.0", 10000);

        // A target that never had a rule of its own.
        r = call([&](auto done) { m_catalog->rollback("admin-tool", RolloutTarget::percentOf(10), done); });
        QCOMPARE(r.statusCode, 9);          // FAILED_PRECONDITION
    }

    void supervisorMayNotRollOut()
    {
        auto supervisor = fixtures::signInSession(m_server, "supervisor1", m_drafts.filePath("supervisor1"), {}, false);
        QVERIFY(supervisor);
        CatalogAdmin catalog(*supervisor);
        const CatalogResult r = call([&](auto done) {
            catalog.rollout("admin-tool", "1.1.0", RolloutTarget::everyone(), done);
        });
        QCOMPARE(r.statusCode, 7);          // PERMISSION_DENIED
        QVERIFY(!r.error.isEmpty());
    }

    void auditLogSearchesFiltersPagesAndGoesLive()
    {
        GrpcClient grpc(m_server.grpcAddress(), m_server.caPath());
        const std::string admin = grpc.tokenFor("admin1", m_server.demoPassword("admin1"));
        const std::string supervisor = grpc.tokenFor("supervisor1", m_server.demoPassword("supervisor1"));
        // A configuration change by admin1.
        v1::CreateSkillRequest create;
        create.mutable_skill()->set_name("Audited skill");
        v1::Skill skill;
        grpc::Status status = grpc.directory().CreateSkill(GrpcClient::context(admin).get(), create, &skill);
        QVERIFY2(status.ok(), describe(status));

        session::AuditLog log(*m_admin);
        log.setPageSize(3);
        QSignalSpy reloaded(&log, &session::AuditLog::reloaded);
        log.setFilter({});
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(log.entries().size(), 3);
        QCOMPARE(log.entries().constFirst().action, QString("skill.create"));
        QCOMPARE(log.entries().constFirst().actorName, QString("admin1"));
        QCOMPARE(log.entries().constFirst().details, QString("created 'Audited skill'"));
        for (int i = 1; i < log.entries().size(); ++i)
            QVERIFY(log.entries().at(i - 1).at >= log.entries().at(i).at);
        QVERIFY(log.canFetchMore());
        QSignalSpy appended(&log, &session::AuditLog::appended);
        log.fetchMore();
        QVERIFY(appended.wait(10000));
        QCOMPARE(log.entries().size(), 6);
        QVERIFY(log.entries().at(2).at >= log.entries().at(3).at);

        // The search narrows on the server; the service and the kind here.
        log.setPageSize(100);
        log.setFilter({.search = "Audited"});
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(log.entries().size(), 1);
        log.setFilter({.service = "directory", .action = "skill"});
        QVERIFY(reloaded.wait(10000));
        QVERIFY(log.entries().size() >= 2);     // the seed's skills and this one
        for (const auto &e : log.entries())
            QVERIFY2(e.service == "directory" && e.action.startsWith("skill."), qPrintable(e.action));

        // Live: supervisor1 forces agent1's state; routing's entry arrives without a reload.
        log.setFilter({.service = "routing"});
        QVERIFY(reloaded.wait(10000));
        const auto before = log.entries().size();
        reloaded.clear();
        QSignalSpy prepended(&log, &session::AuditLog::prepended);
        v1::ForceAgentStateRequest force;
        force.set_user_id(m_agent->userId().toStdString());
        force.set_state(v1::AGENT_STATE_NOT_READY);
        force.set_reason_code_id("reason-lunch");
        v1::AgentSnapshot forced;
        status = grpc.routing().ForceAgentState(GrpcClient::context(supervisor).get(), force, &forced);
        QVERIFY2(status.ok(), describe(status));
        QVERIFY(prepended.wait(10000));
        QCOMPARE(log.entries().size(), before + 1);
        QCOMPARE(log.entries().constFirst().actorName, QString("supervisor1"));
        QCOMPARE(log.entries().constFirst().service, QString("routing"));
        QCOMPARE(log.entries().constFirst().target, "user:" + m_agent->userId());
        QCOMPARE(reloaded.size(), 0);

        // A directory change (not pushed as an entry) shows too, when it matches.
        log.setFilter({.service = "directory"});
        QVERIFY(reloaded.wait(10000));
        prepended.clear();
        v1::CreateSkillRequest another;
        another.mutable_skill()->set_name("Live skill");
        status = grpc.directory().CreateSkill(GrpcClient::context(admin).get(), another, &skill);
        QVERIFY2(status.ok(), describe(status));
        QVERIFY(prepended.wait(10000));
        QCOMPARE(log.entries().constFirst().details, QString("created 'Live skill'"));
    }

    void cleanupTestCase()
    {
        m_catalog.reset();
        m_agent.reset();
        m_admin.reset();
    }
};

QTEST_MAIN(TestSessionCatalogAdmin)
#include "tst_session_catalog_admin.moc"
