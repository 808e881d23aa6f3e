// switchboard-server as a generic gRPC tool sees it: the standard health protocol and
// server reflection over TLS with DATA_DIR/tls/ca.crt; plaintext is refused on a TLS
// port; garbage on the gRPC port leaves the server serving others; SIGTERM stops it
// gracefully with its data kept.

#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"

#include "grpc/health/v1/health.grpc.pb.h"
#include "grpc/reflection/v1alpha/reflection.grpc.pb.h"

#include <QTcpSocket>
#include <QTest>

#include <set>

using fixtures::describe;

class TestServerHealth : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({"--seed-demo"}), qPrintable(m_server.errorString()));
        m_client = std::make_unique<fixtures::GrpcClient>(m_server.grpcAddress(), m_server.caPath());
    }

    void healthCheckAnswersServingForTheServerAndEveryService()
    {
        auto health = grpc::health::v1::Health::NewStub(m_client->channel());
        for (const char *service : {"", "switchboard.v1.IdentityService", "switchboard.v1.DirectoryService",
                                    "switchboard.v1.GatewayService", "switchboard.v1.CatalogService"}) {
            grpc::health::v1::HealthCheckRequest request;
            request.set_service(service);
            grpc::health::v1::HealthCheckResponse response;
            const grpc::Status status = health->Check(fixtures::GrpcClient::context().get(), request, &response);
            QVERIFY2(status.ok(), describe(status));
            QCOMPARE(response.status(), grpc::health::v1::HealthCheckResponse::SERVING);
        }
    }

    void healthCheckOfAnUnknownServiceIsNotFound()
    {
        auto health = grpc::health::v1::Health::NewStub(m_client->channel());
        grpc::health::v1::HealthCheckRequest request;
        request.set_service("switchboard.v1.NoSuchService");
        grpc::health::v1::HealthCheckResponse response;
        const grpc::Status status = health->Check(fixtures::GrpcClient::context().get(), request, &response);
        QCOMPARE(status.error_code(), grpc::StatusCode::NOT_FOUND);
    }

    void reflectionListsTheHostedServices()
    {
        auto reflection = grpc::reflection::v1alpha::ServerReflection::NewStub(m_client->channel());
        auto context = fixtures::GrpcClient::context();
        auto stream = reflection->ServerReflectionInfo(context.get());
        grpc::reflection::v1alpha::ServerReflectionRequest request;
        request.set_list_services("");
        QVERIFY(stream->Write(request));
        grpc::reflection::v1alpha::ServerReflectionResponse response;
        QVERIFY(stream->Read(&response));
        std::set<std::string> names;
        for (const auto &service : response.list_services_response().service())
            names.insert(service.name());
        for (const char *expected : {"switchboard.v1.IdentityService", "switchboard.v1.DirectoryService",
                                     "switchboard.v1.GatewayService", "switchboard.v1.CatalogService",
                                     "grpc.health.v1.Health",
                                     "grpc.reflection.v1alpha.ServerReflection"})
            QVERIFY2(names.contains(expected), expected);

        // A generic tool can fetch the descriptors to build requests from them.
        request.Clear();
        request.set_file_containing_symbol("switchboard.v1.IdentityService");
        QVERIFY(stream->Write(request));
        QVERIFY(stream->Read(&response));
        QVERIFY(response.has_file_descriptor_response());
        QVERIFY(response.file_descriptor_response().file_descriptor_proto_size() > 0);
        stream->WritesDone();
        QVERIFY2(stream->Finish().ok(), "reflection stream did not end cleanly");
    }

    void plaintextClientIsRefusedOnTheTlsPort()
    {
        fixtures::GrpcClient plaintext(m_server.grpcAddress(), QString());
        switchboard::v1::SignInResponse response;
        const grpc::Status status = plaintext.signIn("agent1", m_server.demoPassword("agent1"), &response);
        QCOMPARE(status.error_code(), grpc::StatusCode::UNAVAILABLE);
    }

    void garbageOnTheGrpcPortLeavesTheServerServing()
    {
        const auto [host, port] = m_server.grpcHostPort();
        QTcpSocket garbage;
        garbage.connectToHost(host, quint16(port));
        QVERIFY(garbage.waitForConnected(5000));
        QByteArray junk;
        for (int i = 0; i < 4096; ++i)
            junk.append(char((i * 131 + 7) & 0xff));
        garbage.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        garbage.write(junk);
        QVERIFY(garbage.waitForBytesWritten(5000));
        // The server drops the connection; it must not drop anything else.
        QTRY_VERIFY_WITH_TIMEOUT(garbage.state() == QAbstractSocket::UnconnectedState
                                     || garbage.waitForDisconnected(100),
                                 10000);

        fixtures::GrpcClient fresh(m_server.grpcAddress(), m_server.caPath());
        switchboard::v1::SignInResponse response;
        const grpc::Status status = fresh.signIn("agent1", m_server.demoPassword("agent1"), &response);
        QVERIFY2(status.ok(), describe(status));
        // And the long-lived client's connection still works too.
        switchboard::v1::WhoAmIResponse who;
        const grpc::Status whoStatus = m_client->identity().WhoAmI(
            fixtures::GrpcClient::context(response.access_token()).get(), {}, &who);
        QVERIFY2(whoStatus.ok(), describe(whoStatus));
        QCOMPARE(who.user().username(), "agent1");
    }

    void sigtermStopsGracefullyAndDataSurvives()
    {
        const std::string adminToken = m_client->tokenFor("admin1", m_server.demoPassword("admin1"));
        switchboard::v1::CreateSkillRequest create;
        create.mutable_skill()->set_name("Survives restart");
        switchboard::v1::Skill skill;
        const grpc::Status created = m_client->directory().CreateSkill(
            fixtures::GrpcClient::context(adminToken).get(), create, &skill);
        QVERIFY2(created.ok(), describe(created));

        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));   // SIGTERM, waits for a clean exit
        QCOMPARE(m_server.exitCode(), 0);
        QVERIFY2(m_server.start({"--seed-demo"}), qPrintable(m_server.errorString()));

        m_client = std::make_unique<fixtures::GrpcClient>(m_server.grpcAddress(), m_server.caPath());
        const std::string token = m_client->tokenFor("admin1", m_server.demoPassword("admin1"));
        switchboard::v1::ListSkillsResponse skills;
        const grpc::Status listed = m_client->directory().ListSkills(fixtures::GrpcClient::context(token).get(),
                                                                     {}, &skills);
        QVERIFY2(listed.ok(), describe(listed));
        const bool found = std::any_of(skills.skills().begin(), skills.skills().end(),
                                       [&](const auto &s) { return s.id() == skill.id(); });
        QVERIFY(found);
    }

private:
    fixtures::ServerProcess m_server;
    std::unique_ptr<fixtures::GrpcClient> m_client;
};

QTEST_GUILESS_MAIN(TestServerHealth)
#include "tst_server_health.moc"
