// The client's catalog sync (session::CatalogClient) against the real server: a rollout
// to agent1 reaches its session over the event stream, the version is downloaded,
// verified against the client's trusted keys and installed into the downloads folder,
// and assignmentChanged names it; a rollback names the previous version again; a
// version signed by a key the client does not trust is never installed and shows as
// REFUSED, with the reason, in the module status. The bundles carry a manifest and a
// stand-in library: the catalog client installs and verifies, it never loads.

#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"
#include "fixtures_session.h"

#include "host_bundle.h"
#include "session_catalog_client.h"
#include "session_session.h"
#include "switchboard/v1/catalog.grpc.pb.h"

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
using Versions = QHash<QString, QString>;

namespace {

QByteArray makeBundle(const QString &id, const QString &version, const SigningKey &key)
{
    QTemporaryDir dir;
    QFile library(dir.filePath("libcatalog_test.so"));
    library.open(QIODevice::WriteOnly);
    library.write(QByteArray(100 * 1024, 'x') + id.toUtf8() + version.toUtf8());
    library.close();
    QFile manifest(dir.filePath("manifest.json"));
    manifest.open(QIODevice::WriteOnly);
    manifest.write(QJsonDocument(QJsonObject{{"id", id}, {"version", version}, {"library", "libcatalog_test.so"}}).toJson());
    manifest.close();
    QString error;
    Bundle bundle = Bundle::fromDirectory(dir.path(), &error);
    if (bundle.isNull())
        qFatal("bundle: %s", qPrintable(error));
    bundle.sign(key);
    return bundle.toBytes();
}

} // namespace

class TestSessionCatalog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_key = SigningKey::generate("ops-test");
        m_serverOnlyKey = SigningKey::generate("server-only");
        QString error;
        // The server trusts both keys; the client only ops-test.
        QVERIFY2(m_key.save(m_server.dataDir() + "/trusted-keys", &error), qPrintable(error));
        QVERIFY2(m_serverOnlyKey.save(m_server.dataDir() + "/trusted-keys", &error), qPrintable(error));
        QVERIFY2(m_key.save(m_clientKeys.path(), &error), qPrintable(error));
        QFile::remove(m_clientKeys.filePath("ops-test.key"));
        QVERIFY2(m_server.start({"--seed-demo"}), qPrintable(m_server.errorString()));

        m_client = std::make_unique<GrpcClient>(m_server.grpcAddress(), m_server.caPath());
        m_catalog = v1::CatalogService::NewStub(m_client->channel());
        m_admin = m_client->tokenFor("admin1", m_server.demoPassword("admin1"));
        v1::SignInResponse agent;
        QVERIFY(m_client->signIn("agent1", m_server.demoPassword("agent1"), &agent).ok());
        m_agentId = agent.user().id();

        for (const auto &[id, version, key] : {std::tuple{"catalog-test", "1.0.0", &m_key},
                                               std::tuple{"catalog-test", "1.1.0", &m_key},
                                               std::tuple{"catalog-evil", "1.0.0", &m_serverOnlyKey}}) {
            v1::PublishModuleRequest request;
            request.set_bundle(makeBundle(id, version, *key).toStdString());
            v1::ModuleVersion published;
            const grpc::Status status = m_catalog->PublishModule(GrpcClient::context(m_admin).get(), request, &published);
            QVERIFY2(status.ok(), describe(status));
        }

        m_session = fixtures::signInSession(m_server, "agent1", m_drafts.path());
        QVERIFY(m_session);
        session::CatalogClient &catalog = m_session->catalog();
        catalog.setDownloadsDirectory(m_downloads.path());
        catalog.setTrustedKeysDirectory(m_clientKeys.path());
        catalog.setClientId("test-client");
        QCOMPARE(catalog.downloadsDirectory(), m_downloads.path());
        QCOMPARE(catalog.clientId(), QString("test-client"));
    }

    void startEmitsWhatIsAssigned()
    {
        session::CatalogClient &catalog = m_session->catalog();
        QSignalSpy changed(&catalog, &session::CatalogClient::assignmentChanged);
        catalog.start();
        QVERIFY(changed.wait(10000));
        QVERIFY(changed.takeFirst().at(0).value<Versions>().isEmpty());
    }

    void rolloutIsDownloadedVerifiedAndInstalled()
    {
        session::CatalogClient &catalog = m_session->catalog();
        QSignalSpy changed(&catalog, &session::CatalogClient::assignmentChanged);
        QSignalSpy installed(&catalog, &session::CatalogClient::moduleInstalled);
        QVERIFY(rollout("catalog-test", "1.0.0"));
        QVERIFY2(changed.wait(10000), "the rollout's event made the client sync");
        const auto versions = changed.takeFirst().at(0).value<Versions>();
        QCOMPARE(versions.value("catalog-test"), QString("1.0.0"));
        QCOMPARE(installed.size(), 1);
        const QString dir = m_downloads.path() + "/catalog-test/1.0.0";
        QCOMPARE(installed.at(0).at(2).toString(), dir);
        QVERIFY(QFile::exists(dir + "/manifest.json"));
        QString error;
        const auto keys = modules::host::TrustedKeys::fromDirectory(m_clientKeys.path(), &error);
        QCOMPARE(modules::host::verifyInstalled(dir, keys), QString());
        QCOMPARE(catalog.assignedVersions().value("catalog-test"), QString("1.0.0"));

        QVERIFY(rollout("catalog-test", "1.1.0"));
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.takeFirst().at(0).value<Versions>().value("catalog-test"), QString("1.1.0"));
        QVERIFY(QFile::exists(m_downloads.path() + "/catalog-test/1.1.0/manifest.json"));
    }

    void rollbackNamesThePreviousVersion()
    {
        session::CatalogClient &catalog = m_session->catalog();
        QSignalSpy changed(&catalog, &session::CatalogClient::assignmentChanged);
        QSignalSpy installed(&catalog, &session::CatalogClient::moduleInstalled);
        v1::RollbackRequest request;
        request.set_module_id("catalog-test");
        request.mutable_target()->mutable_users()->add_user_ids("agent1");
        v1::RolloutRule rule;
        const grpc::Status status = m_catalog->Rollback(GrpcClient::context(m_admin).get(), request, &rule);
        QVERIFY2(status.ok(), describe(status));
        QCOMPARE(rule.version(), std::string("1.0.0"));
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.takeFirst().at(0).value<Versions>().value("catalog-test"), QString("1.0.0"));
        QCOMPARE(installed.size(), 0);    // installed already: not downloaded again
    }

    void untrustedVersionIsRefusedAndReported()
    {
        session::CatalogClient &catalog = m_session->catalog();
        QSignalSpy rejected(&catalog, &session::CatalogClient::moduleRejected);
        QSignalSpy reported(&catalog, &session::CatalogClient::reportFinished);
        QVERIFY(rollout("catalog-evil", "1.0.0"));
        QVERIFY(rejected.wait(10000));
        QCOMPARE(rejected.at(0).at(0).toString(), QString("catalog-evil"));
        QCOMPARE(rejected.at(0).at(2).toBool(), true);
        QVERIFY2(rejected.at(0).at(3).toString().contains("which this client does not trust"),
                 qPrintable(rejected.at(0).at(3).toString()));
        QVERIFY(!QFileInfo::exists(m_downloads.path() + "/catalog-evil"));
        QVERIFY(!catalog.assignedVersions().contains("catalog-evil"));
        QCOMPARE(catalog.assignedVersions().value("catalog-test"), QString("1.0.0"));
        QVERIFY(reported.wait(10000));
        QCOMPARE(reported.at(0).at(0).toString(), QString());

        const v1::ClientModuleStatus status = clientStatus();
        QCOMPARE(status.user_id(), m_agentId);
        bool found = false;
        for (const auto &m : status.modules())
            if (m.module_id() == "catalog-evil") {
                found = true;
                QCOMPARE(m.version(), std::string("1.0.0"));
                QCOMPARE(m.state(), v1::CLIENT_MODULE_STATE_REFUSED);
                QVERIFY(m.message().find("key 'server-only'") != std::string::npos);
            }
        QVERIFY(found);
    }

    void reportSendsWhatRunsWithTheRefusals()
    {
        session::CatalogClient &catalog = m_session->catalog();
        QSignalSpy reported(&catalog, &session::CatalogClient::reportFinished);
        catalog.report({{"catalog-test", "1.0.0", session::ModuleRunState::Running, {}},
                        {"chat", "1.0.0", session::ModuleRunState::RolledBack, "1.1.0 failed to initialize"}});
        QVERIFY(reported.wait(10000));
        QCOMPARE(reported.at(0).at(0).toString(), QString());
        std::map<std::string, v1::ClientModule> byId;
        const v1::ClientModuleStatus status = clientStatus();
        for (const auto &m : status.modules())
            byId[m.module_id()] = m;
        QCOMPARE(byId.size(), size_t(3));
        QCOMPARE(byId["catalog-test"].state(), v1::CLIENT_MODULE_STATE_RUNNING);
        QCOMPARE(byId["chat"].state(), v1::CLIENT_MODULE_STATE_ROLLED_BACK);
        QCOMPARE(byId["chat"].message(), std::string("1.1.0 failed to initialize"));
        QCOMPARE(byId["catalog-evil"].state(), v1::CLIENT_MODULE_STATE_REFUSED);
    }

    void cleanupTestCase() { m_session.reset(); }

private:
    bool rollout(const char *id, const char *version)
    {
        v1::RolloutRequest request;
        request.set_module_id(id);
        request.set_version(version);
        request.mutable_target()->mutable_users()->add_user_ids("agent1");
        v1::RolloutRule rule;
        const grpc::Status status = m_catalog->Rollout(GrpcClient::context(m_admin).get(), request, &rule);
        if (!status.ok())
            qWarning() << "rollout:" << describe(status);
        return status.ok();
    }

    v1::ClientModuleStatus clientStatus()
    {
        v1::GetModuleStatusResponse response;
        const grpc::Status status = m_catalog->GetModuleStatus(GrpcClient::context(m_admin).get(), {}, &response);
        if (!status.ok())
            qWarning() << "status:" << describe(status);
        for (const auto &client : response.clients())
            if (client.client_id() == "test-client")
                return client;
        return {};
    }

    fixtures::ServerProcess m_server;
    QTemporaryDir m_clientKeys;
    QTemporaryDir m_downloads;
    QTemporaryDir m_drafts;
    SigningKey m_key;
    SigningKey m_serverOnlyKey;
    std::unique_ptr<GrpcClient> m_client;
    std::unique_ptr<v1::CatalogService::Stub> m_catalog;
    std::string m_admin;
    std::string m_agentId;
    std::unique_ptr<session::Session> m_session;
};

QTEST_MAIN(TestSessionCatalog)
#include "tst_session_catalog.moc"
