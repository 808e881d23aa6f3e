// simulator::VirtualScenarioRun: a scenario (queues with skills, bots, patient or
// impatient customers) on the real routing engine and a virtual clock, in process.
#include <QtTest>

#include "simulator_scenario.h"
#include "simulator_virtual_scenario_run.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

using simulator::Scenario;
using simulator::VirtualScenarioFigures;
using simulator::VirtualScenarioResult;
using simulator::VirtualScenarioRun;

namespace {

// A scenario from JSON; the test stops when it does not parse.
Scenario scenarioFrom(const QByteArray &json)
{
    QString error;
    const std::optional<Scenario> s = Scenario::fromJson(json, &error);
    if (!s)
        qFatal("bad test scenario: %s", qPrintable(error));
    return *s;
}

// One queue "q" taking chat and voice, requiring skill-a >= 1; bots all have skill-a.
QByteArray oneQueue(int bots, double perMinute, double patience, const QByteArray &extraQueueConfig = {},
                    const QByteArray &skills = R"([{"skill_id": "skill-a", "min": 5, "max": 5}])",
                    double durationSeconds = 3600)
{
    return R"({"seed": 3, "duration_seconds": )" + QByteArray::number(durationSeconds) + R"(, "drain_seconds": 36000,
      "bots": {"count": )" + QByteArray::number(bots) + R"(, "accept_delay_ms": [800, 1200], "handle_seconds_mean": 30,
               "wrap_up_ms": [1000, 3000], "break_probability": 0, "break_seconds": 10, "skills": )" + skills + R"(},
      "queues": [{"queue_id": "q", "arrivals_per_minute": {"voice": )" + QByteArray::number(perMinute) + R"(},
                  "patience_seconds_mean": )" + QByteArray::number(patience) + R"(}],
      "virtual_queues": {"q": {"channels": ["voice", "chat"], "wrap_up_seconds": 10, "threshold_seconds": 20
                               )" + extraQueueConfig + R"(}}})";
}

void checkConservation(const VirtualScenarioFigures &f)
{
    QCOMPARE(f.offered, f.answered + f.abandoned + f.waitingAtEnd);
    QCOMPARE(f.answered, f.completed + f.inProgressAtEnd);
}

} // namespace

class TestSimVirtualScenario : public QObject {
    Q_OBJECT

private slots:
    void sameSeedGivesTheSameResult();
    void everyInteractionIsAccountedFor();
    void patientCustomersAndAmpleAgentsWaitOnlyTheAcceptDelay();
    void oneAgentAndFastArrivalsMakeCustomersAbandon();
    void aQueueWhoseSkillNobodyHasAnswersNothing();
    void aRelaxationLetsWeakerAgentsAnswerAfterItsDelay();
    void breaksAreTaken();
    void offersAcceptedTooLateTimeOutAndAreReRouted();
    void theDemoCentersQueuesAreTheDefault();
    void aQueueWithoutConfigurationIsRefused();
    void arrivalsOnAChannelTheQueueDoesNotTakeAreRefused();
    void badVirtualQueuesAreReportedByField_data();
    void badVirtualQueuesAreReportedByField();
    void theDemoScenarioRunsAWorkingDayQuickly();
};

void TestSimVirtualScenario::sameSeedGivesTheSameResult()
{
    Scenario s = scenarioFrom(oneQueue(3, 8, 60));
    const VirtualScenarioResult a = VirtualScenarioRun(s).run();
    const VirtualScenarioResult b = VirtualScenarioRun(s).run();
    QCOMPARE(a.center.offered, b.center.offered);
    QCOMPARE(a.center.answered, b.center.answered);
    QCOMPARE(a.center.abandoned, b.center.abandoned);
    QCOMPARE(a.center.asaSeconds, b.center.asaSeconds);
    QCOMPARE(a.center.ahtSeconds, b.center.ahtSeconds);
    QCOMPARE(a.center.occupancy, b.center.occupancy);
    QCOMPARE(a.simulatedSeconds, b.simulatedSeconds);
    QCOMPARE(a.events, b.events);

    s.seed = 4;
    const VirtualScenarioResult c = VirtualScenarioRun(s).run();
    QVERIFY(c.center.offered != a.center.offered || c.center.asaSeconds != a.center.asaSeconds);
}

void TestSimVirtualScenario::everyInteractionIsAccountedFor()
{
    // Overloaded and impatient: some answered, some abandoned; then the drain ends them all.
    Scenario s = scenarioFrom(oneQueue(2, 10, 30));
    const VirtualScenarioResult r = VirtualScenarioRun(s).run();
    QCOMPARE(r.refusals, 0u);
    QVERIFY(r.center.answered > 0);
    QVERIFY(r.center.abandoned > 0);
    checkConservation(r.center);
    for (const VirtualScenarioFigures &f : r.queues)
        checkConservation(f);
    QVERIFY(r.drained);
    QCOMPARE(r.center.waitingAtEnd, 0u);
    QCOMPARE(r.center.inProgressAtEnd, 0u);
    QVERIFY(r.simulatedSeconds >= r.arrivalSeconds);

    // Stopped by the drain limit: the interactions still there are counted as such.
    s.drainSeconds = 0;
    const VirtualScenarioResult cut = VirtualScenarioRun(s).run();
    checkConservation(cut.center);
    QVERIFY(!cut.drained);
    QVERIFY(cut.center.waitingAtEnd + cut.center.inProgressAtEnd > 0);
}

void TestSimVirtualScenario::patientCustomersAndAmpleAgentsWaitOnlyTheAcceptDelay()
{
    // 2 arrivals a minute x 40 s of work on 20 agents: nobody queues.
    const VirtualScenarioResult r = VirtualScenarioRun(scenarioFrom(oneQueue(20, 2, 0))).run();
    QCOMPARE(r.refusals, 0u);
    QVERIFY(r.center.offered > 80);
    QCOMPARE(r.center.abandoned, 0u);
    QCOMPARE(r.center.abandonRate, 0.0);
    QCOMPARE(r.center.pWait, 0.0);
    QVERIFY2(qAbs(r.center.asaSeconds - 1.0) < 0.05, qPrintable(QString::number(r.center.asaSeconds)));
    QCOMPARE(r.center.serviceLevel, 1.0);
    // Handle (mean 30 s) plus the bots' wrap-up (1 to 3 s, inside the queue's 10 s).
    QVERIFY2(r.center.ahtSeconds > 25 && r.center.ahtSeconds < 40, qPrintable(QString::number(r.center.ahtSeconds)));
    QVERIFY(r.center.occupancy > 0 && r.center.occupancy < 0.2);
}

void TestSimVirtualScenario::oneAgentAndFastArrivalsMakeCustomersAbandon()
{
    // 6 a minute x 32 s on one agent: about 3 Erlangs on 1 agent.
    const VirtualScenarioResult r = VirtualScenarioRun(scenarioFrom(oneQueue(1, 6, 30))).run();
    QVERIFY(r.center.abandoned > 0);
    QVERIFY2(r.center.abandonRate > 0.3, qPrintable(QString::number(r.center.abandonRate)));
    QVERIFY(r.center.pWait > 0.5);
    QVERIFY(r.center.occupancy > 0.8);
    QVERIFY(r.center.occupancy <= 1.0);
}

void TestSimVirtualScenario::aQueueWhoseSkillNobodyHasAnswersNothing()
{
    const VirtualScenarioResult r = VirtualScenarioRun(scenarioFrom(oneQueue(
        5, 4, 30, R"(, "required_skills": [{"skill_id": "skill-z", "min": 1}])"))).run();
    QCOMPARE(r.refusals, 0u);
    QVERIFY(r.center.offered > 100);
    QCOMPARE(r.center.answered, 0u);
    QCOMPARE(r.center.abandoned, r.center.offered);
    QCOMPARE(r.center.abandonRate, 1.0);
    QCOMPARE(r.center.occupancy, 0.0);
    QVERIFY(r.drained);
}

void TestSimVirtualScenario::aRelaxationLetsWeakerAgentsAnswerAfterItsDelay()
{
    // Everybody has skill-a at 2; the queue wants 8, and takes 1 after 15 s.
    const QByteArray weak = R"([{"skill_id": "skill-a", "min": 2, "max": 2}])";
    const QByteArray strict = R"(, "required_skills": [{"skill_id": "skill-a", "min": 8}])";
    const VirtualScenarioResult never = VirtualScenarioRun(scenarioFrom(oneQueue(5, 2, 0, strict, weak, 600))).run();
    QCOMPARE(never.center.answered, 0u);

    const QByteArray relaxed = strict + R"(, "relaxations": [{"after_seconds": 15, "skill_id": "skill-a", "min": 1}])";
    const VirtualScenarioResult r = VirtualScenarioRun(scenarioFrom(oneQueue(5, 2, 0, relaxed, weak))).run();
    QCOMPARE(r.refusals, 0u);
    QVERIFY(r.center.answered > 50);
    QCOMPARE(r.center.answered, r.center.offered);
    QCOMPARE(r.center.pWait, 1.0);   // nobody was offered on arrival
    // 15 s of waiting, then the accept delay (0.8 to 1.2 s).
    QVERIFY2(r.center.asaSeconds >= 15.8 && r.center.asaSeconds < 17, qPrintable(QString::number(r.center.asaSeconds)));
    QCOMPARE(r.center.serviceLevel, 1.0);   // 20 s threshold

    // A threshold under the relaxation's delay: nobody is answered within it.
    const VirtualScenarioResult late = VirtualScenarioRun(scenarioFrom(oneQueue(
        5, 2, 0, relaxed + R"(, "threshold_seconds": 10)", weak))).run();
    QCOMPARE(late.queues.front().thresholdSeconds, 10.0);
    QCOMPARE(late.center.serviceLevel, 0.0);
}

void TestSimVirtualScenario::breaksAreTaken()
{
    QByteArray json = oneQueue(4, 4, 60);
    json.replace(R"("break_probability": 0)", R"("break_probability": 0.5)");
    const VirtualScenarioResult r = VirtualScenarioRun(scenarioFrom(json)).run();
    QCOMPARE(r.refusals, 0u);
    QVERIFY(r.breaks > 20);
    QVERIFY(r.drained);
    checkConservation(r.center);
}

void TestSimVirtualScenario::offersAcceptedTooLateTimeOutAndAreReRouted()
{
    // The bots answer after 3 s, the queue withdraws an offer after 2 s: nobody is
    // answered, the bots are set Not Ready for missed offers and come back; customers leave.
    QByteArray json = oneQueue(3, 2, 20, R"(, "offer_timeout_seconds": 2)", R"([{"skill_id": "skill-a"}])", 600);
    json.replace(R"("accept_delay_ms": [800, 1200])", R"("accept_delay_ms": [3000, 3000])");
    const VirtualScenarioResult r = VirtualScenarioRun(scenarioFrom(json)).run();
    QCOMPARE(r.refusals, 0u);
    QVERIFY(r.missedOffers > 10);
    QCOMPARE(r.center.answered, 0u);
    QCOMPARE(r.center.abandoned, r.center.offered);
    QVERIFY(r.drained);
}

void TestSimVirtualScenario::theDemoCentersQueuesAreTheDefault()
{
    const auto support = Scenario::demoQueue(QStringLiteral("queue-support"));
    QVERIFY(support);
    QCOMPARE(support->required.size(), size_t(1));
    QCOMPARE(support->required.front().skillId, QStringLiteral("skill-tech"));
    QCOMPARE(support->required.front().minProficiency, 3);
    QCOMPARE(support->relaxations.size(), size_t(1));
    QCOMPARE(support->relaxations.front().afterSeconds, 60.0);
    QCOMPARE(support->relaxations.front().minProficiency, 1);
    QCOMPARE(support->wrapUpSeconds, 30.0);
    QCOMPARE(support->priority, 10);
    QCOMPARE(support->thresholdSeconds, 20.0);
    QCOMPARE(Scenario::demoQueue(QStringLiteral("queue-billing"))->required.front().skillId, QStringLiteral("skill-billing"));
    QCOMPARE(Scenario::demoQueue(QStringLiteral("queue-sales"))->required.front().skillId, QStringLiteral("skill-english"));
    QCOMPARE(Scenario::demoQueue(QStringLiteral("queue-sales"))->priority, 30);
    QVERIFY(!Scenario::demoQueue(QStringLiteral("queue-nowhere")));
}

void TestSimVirtualScenario::aQueueWithoutConfigurationIsRefused()
{
    QByteArray json = oneQueue(1, 1, 0);
    json.replace(R"("virtual_queues": {"q")", R"("virtual_queues": {"other")");
    const Scenario s = scenarioFrom(json);
    const std::string problem = VirtualScenarioRun::problem(s);
    QVERIFY2(problem.find("queue q") != std::string::npos, problem.c_str());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, VirtualScenarioRun{s});
}

void TestSimVirtualScenario::arrivalsOnAChannelTheQueueDoesNotTakeAreRefused()
{
    QByteArray json = oneQueue(1, 1, 0);
    json.replace(R"("channels": ["voice", "chat"])", R"("channels": ["chat"])");
    const std::string problem = VirtualScenarioRun::problem(scenarioFrom(json));
    QVERIFY2(problem.find("voice") != std::string::npos, problem.c_str());
}

void TestSimVirtualScenario::badVirtualQueuesAreReportedByField_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("channel") << QByteArray(R"(, "channels": ["fax"])") << "fax";
    QTest::newRow("no channels") << QByteArray(R"(, "channels": [])") << "channels";
    QTest::newRow("strategy") << QByteArray(R"(, "strategy": "random")") << "strategy";
    QTest::newRow("skill min") << QByteArray(R"(, "required_skills": [{"skill_id": "s", "min": 11}])") << "min";
    QTest::newRow("skill id") << QByteArray(R"(, "required_skills": [{"min": 2}])") << "skill_id";
    QTest::newRow("relaxation after") << QByteArray(R"(, "relaxations": [{"skill_id": "s", "min": 1}])") << "after_seconds";
    QTest::newRow("offer timeout") << QByteArray(R"(, "offer_timeout_seconds": 0)") << "offer_timeout_seconds";
    QTest::newRow("wrap-up") << QByteArray(R"(, "wrap_up_seconds": -1)") << "wrap_up_seconds";
}

void TestSimVirtualScenario::badVirtualQueuesAreReportedByField()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!Scenario::fromJson(oneQueue(1, 1, 0, config), &error));
    QVERIFY2(error.contains(QStringLiteral("virtual_queues.q")), qPrintable(error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestSimVirtualScenario::theDemoScenarioRunsAWorkingDayQuickly()
{
    QString error;
    std::optional<Scenario> s =
        Scenario::load(QStringLiteral(SWITCHBOARD_SOURCE_DIR "/services/simulator/scenarios/demo.json"), &error);
    QVERIFY2(s, qPrintable(error));
    QVERIFY(s->virtualQueues.empty());   // the demo center's queues
    QElapsedTimer clock;
    clock.start();
    const VirtualScenarioResult r = VirtualScenarioRun(*s).run();
    QVERIFY(clock.elapsed() < 2000);
    QCOMPARE(r.refusals, 0u);
    QCOMPARE(r.queues.size(), size_t(3));
    QVERIFY(r.center.offered > 5000);   // 16 a minute for 8 hours
    checkConservation(r.center);
    for (const VirtualScenarioFigures &f : r.queues) {
        checkConservation(f);
        QVERIFY(f.answered > 0);
    }
}

QTEST_GUILESS_MAIN(TestSimVirtualScenario)
#include "tst_sim_virtual_scenario.moc"
