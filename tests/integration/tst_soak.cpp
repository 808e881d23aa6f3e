// The soak of the routing issue: 3 queues, 30 bot agents and mixed channels through
// the real server for minutes, with the server restarted in the middle. The simulator
// checks, as it runs, that every enqueued interaction ends exactly once, that no agent
// ever holds more than its capacity and that nobody is offered an interaction they
// are not eligible for; afterwards nothing is left waiting or held on the server.

#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"

#include "switchboard/v1/routing.grpc.pb.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using fixtures::describe;
using fixtures::GrpcClient;
namespace v1 = switchboard::v1;

class TestSoak : public QObject {
    Q_OBJECT

private slots:
    void invariantsHoldAcrossAServerRestart()
    {
        fixtures::ServerProcess server;
        QVERIFY2(server.start({"--seed-demo"}), qPrintable(server.errorString()));

        QProcess simulator;
        simulator.setProcessChannelMode(QProcess::SeparateChannels);
        QByteArray progress;
        connect(&simulator, &QProcess::readyReadStandardError, this,
                [&] { progress += simulator.readAllStandardError(); });
        simulator.start(QStringLiteral(SWITCHBOARD_BIN_DIR "/switchboard-sim"),
                        {"live", "--server", server.grpcAddress(), "--ca", server.caPath(), "--scenario",
                         QStringLiteral(SWITCHBOARD_SOURCE_DIR "/services/simulator/scenarios/soak.json"),
                         "--users-file", server.dataDir() + "/demo-users.txt", "--json"});
        QVERIFY(simulator.waitForStarted(10000));

        // Restart once the center is busy: interactions completed and others in flight.
        GrpcClient client(server.grpcAddress(), server.caPath());
        const std::string supervisor = client.tokenFor("supervisor1", server.demoPassword("supervisor1"));
        auto routing = v1::RoutingService::NewStub(client.channel());
        auto busyAgents = [&] {
            v1::ListAgentsResponse agents;
            if (!routing->ListAgents(GrpcClient::context(supervisor).get(), {}, &agents).ok())
                return 0;
            int busy = 0;
            for (const auto &agent : agents.agents())
                busy += agent.interactions_size() > 0 ? 1 : 0;
            return busy;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(progress.contains("customers arriving"), qPrintable(progress), 120000);
        QTRY_VERIFY_WITH_TIMEOUT(busyAgents() >= 5, 60000);

        QVERIFY2(server.stop(), qPrintable(server.errorString()));
        QVERIFY2(server.start({"--seed-demo"}), qPrintable(server.errorString()));

        QVERIFY2(simulator.waitForFinished(360000), qPrintable(progress));
        const QByteArray output = simulator.readAllStandardOutput();
        const QJsonObject summary = QJsonDocument::fromJson(output.trimmed().split('\n').last()).object();
        QVERIFY2(!summary.isEmpty(), output + progress);
        const QByteArray said = QJsonDocument(summary).toJson();
        qInfo().noquote() << said;

        QVERIFY2(summary["enqueued"].toInt() >= 100, said);
        QVERIFY2(summary["completed"].toInt() > 0, said);
        QCOMPARE(summary["completed"].toInt() + summary["abandoned"].toInt(), summary["enqueued"].toInt());
        QCOMPARE(summary["unfinished"].toInt(), 0);
        QCOMPARE(summary["duplicate_endings"].toInt(), 0);
        QCOMPARE(summary["unknown_endings"].toInt(), 0);
        QCOMPARE(summary["capacity_violations"].toInt(), 0);
        QCOMPARE(summary["ineligible_offers"].toInt(), 0);
        QVERIFY2(summary["invariants_hold"].toBool(), said);
        QCOMPARE(simulator.exitCode(), 0);

        // The server agrees: nothing waits, nobody holds anything.
        GrpcClient after(server.grpcAddress(), server.caPath());
        const std::string token = after.tokenFor("supervisor1", server.demoPassword("supervisor1"));
        auto routingAfter = v1::RoutingService::NewStub(after.channel());
        v1::ListWaitingResponse waiting;
        QVERIFY(routingAfter->ListWaiting(GrpcClient::context(token).get(), {}, &waiting).ok());
        QCOMPARE(waiting.interactions_size(), 0);
        v1::ListAgentsResponse agents;
        QVERIFY(routingAfter->ListAgents(GrpcClient::context(token).get(), {}, &agents).ok());
        for (const auto &agent : agents.agents())
            QVERIFY2(agent.interactions_size() == 0, agent.username().c_str());
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
