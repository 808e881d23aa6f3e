// `switchboard-sim virtual --scenario FILE`: the command line of the scenario run
// (usage errors, exit codes, the --json keys), on the real executable.
#include "fixtures_simulator_run.h"

#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

const QString kDemo = QStringLiteral(SWITCHBOARD_SOURCE_DIR "/services/simulator/scenarios/demo.json");

using Run = fixtures::SimulatorRun;

Run runSim(const QStringList &arguments)
{
    return fixtures::runSimulator(arguments, 60000);
}

QJsonObject parseJson(const Run &run)
{
    const QJsonDocument document = QJsonDocument::fromJson(run.out);
    return document.isObject() ? document.object() : QJsonObject();
}

const QStringList kFigureKeys = {"p_wait", "service_level", "asa", "aht", "abandon_rate", "occupancy"};

} // namespace

class TestSimVirtualScenarioCli : public QObject {
    Q_OBJECT

private slots:
    void jsonHasTheFigureKeysForTheCenterAndEachQueue();
    void hoursAndSeedOverrideTheScenario();
    void theTableSaysWhyThereIsNoErlangC();
    void queueOptionsWithAScenarioAreAUsageError_data();
    void queueOptionsWithAScenarioAreAUsageError();
    void aMissingOrBrokenScenarioIsAUsageError();
    void withoutAScenarioTheQueueOptionsAreStillRequired();
};

void TestSimVirtualScenarioCli::jsonHasTheFigureKeysForTheCenterAndEachQueue()
{
    const Run run = runSim({"virtual", "--scenario", kDemo, "--hours", "1", "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = parseJson(run);
    QVERIFY2(!json.isEmpty(), run.out.constData());
    for (const QString &key : kFigureKeys)
        QVERIFY2(json.value(key).isDouble(), qPrintable(key));
    QVERIFY(json.value("offered").toDouble() > 0);
    QCOMPARE(json.value("engine_refusals").toDouble(), 0.0);
    QCOMPARE(json.value("service_level_formula").toString(), QStringLiteral("answered within T / answered"));
    const QJsonArray queues = json.value("queues").toArray();
    QCOMPARE(queues.size(), 3);
    QStringList ids;
    for (const QJsonValue &value : queues) {
        const QJsonObject queue = value.toObject();
        ids << queue.value("queue_id").toString();
        for (const QString &key : kFigureKeys)
            QVERIFY2(queue.value(key).isDouble(), qPrintable(ids.last() + " " + key));
        QCOMPARE(queue.value("threshold").toDouble(), 20.0);
        QCOMPARE(queue.value("offered").toDouble(), queue.value("answered").toDouble()
                     + queue.value("abandoned").toDouble() + queue.value("waiting_at_end").toDouble());
    }
    QCOMPARE(ids, QStringList({"queue-support", "queue-billing", "queue-sales"}));
}

void TestSimVirtualScenarioCli::hoursAndSeedOverrideTheScenario()
{
    const Run a = runSim({"virtual", "--scenario", kDemo, "--hours", "0.5", "--seed", "9", "--json"});
    const Run b = runSim({"virtual", "--scenario", kDemo, "--hours", "0.5", "--seed", "9", "--json"});
    const Run c = runSim({"virtual", "--scenario", kDemo, "--hours", "0.5", "--seed", "10", "--json"});
    QCOMPARE(a.exitCode, 0);
    const QJsonObject ja = parseJson(a), jb = parseJson(b), jc = parseJson(c);
    QCOMPARE(ja.value("hours").toDouble(), 0.5);
    QCOMPARE(ja.value("seed").toString(), QStringLiteral("9"));
    QCOMPARE(ja.value("offered"), jb.value("offered"));
    QCOMPARE(ja.value("asa"), jb.value("asa"));
    QCOMPARE(ja.value("queues"), jb.value("queues"));
    QVERIFY(ja.value("queues") != jc.value("queues"));
}

void TestSimVirtualScenarioCli::theTableSaysWhyThereIsNoErlangC()
{
    const Run run = runSim({"virtual", "--scenario", kDemo, "--hours", "1"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("No Erlang C column"), run.out.constData());
    QVERIFY(run.out.contains("answered within the queue's threshold T"));
    for (const char *row : {"queue-support", "queue-billing", "queue-sales", "center"})
        QVERIFY2(run.out.contains(row), row);
}

void TestSimVirtualScenarioCli::queueOptionsWithAScenarioAreAUsageError_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("arrival-rate") << QStringList{"--arrival-rate", "1"};
    QTest::newRow("aht") << QStringList{"--aht", "180"};
    QTest::newRow("agents") << QStringList{"--agents", "12"};
    QTest::newRow("threshold") << QStringList{"--threshold", "20"};
    QTest::newRow("warmup-hours") << QStringList{"--warmup-hours", "1"};
}

void TestSimVirtualScenarioCli::queueOptionsWithAScenarioAreAUsageError()
{
    QFETCH(QStringList, extra);
    const Run run = runSim(QStringList{"virtual", "--scenario", kDemo} + extra);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(extra.first().toUtf8() + " cannot be used with --scenario"), run.err.constData());
}

void TestSimVirtualScenarioCli::aMissingOrBrokenScenarioIsAUsageError()
{
    Run run = runSim({"virtual", "--scenario", "/nonexistent/scenario.json"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("cannot read the scenario"), run.err.constData());

    QTemporaryDir dir;
    const QString path = dir.filePath("broken.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"queues": [{"queue_id": "queue-elsewhere", "arrivals_per_minute": {"voice": 1}}]})");
    file.close();
    run = runSim({"virtual", "--scenario", path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("virtual_queues"), run.err.constData());

    run = runSim({"virtual", "--scenario", kDemo, "--hours", "-1"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--hours"), run.err.constData());
}

void TestSimVirtualScenarioCli::withoutAScenarioTheQueueOptionsAreStillRequired()
{
    const Run run = runSim({"virtual", "--hours", "1"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("is required"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestSimVirtualScenarioCli)
#include "tst_sim_virtual_scenario_cli.moc"
