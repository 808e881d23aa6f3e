// simulator::VirtualRun in process: the routing engine on a virtual clock as an M/M/N queue.
#include <QtTest>

#include "simulator_virtual_run.h"
#include "stats_erlang_c.h"

#include <cmath>
#include <stdexcept>

namespace {

simulator::VirtualRunConfig callCentreHelper(int agents, double hours, std::uint64_t seed)
{
    simulator::VirtualRunConfig config;
    config.arrivalRatePerSecond = 100.0 / 1800.0;
    config.ahtSeconds = 180;
    config.agents = agents;
    config.thresholdSeconds = 20;
    config.hours = hours;
    config.seed = seed;
    return config;
}

} // namespace

class TestSimVirtualRun : public QObject {
    Q_OBJECT
private slots:
    void sameSeedGivesTheSameRun();
    void differentSeedsGiveDifferentRuns();
    void warmUpIsNotMeasured();
    void plentyOfAgentsMeansNobodyWaits();
    void noArrivalsMeansAnEmptyRun();
    void singleAgentConvergesToMM1();
    void everyInteractionIsAccountedFor();
    void unstableQueueBuildsUp();
    void invalidConfigIsRefused();
};

void TestSimVirtualRun::sameSeedGivesTheSameRun()
{
    const auto a = simulator::VirtualRun(callCentreHelper(13, 50, 7)).run();
    const auto b = simulator::VirtualRun(callCentreHelper(13, 50, 7)).run();
    QCOMPARE(a.answered, b.answered);
    QCOMPARE(a.pWait, b.pWait);
    QCOMPARE(a.asaSeconds, b.asaSeconds);
    QCOMPARE(a.occupancy, b.occupancy);
}

void TestSimVirtualRun::differentSeedsGiveDifferentRuns()
{
    const auto a = simulator::VirtualRun(callCentreHelper(13, 50, 7)).run();
    const auto b = simulator::VirtualRun(callCentreHelper(13, 50, 8)).run();
    QVERIFY(a.answered != b.answered || a.asaSeconds != b.asaSeconds);
}

void TestSimVirtualRun::warmUpIsNotMeasured()
{
    auto config = callCentreHelper(13, 100, 1);
    QCOMPARE(simulator::VirtualRun(config).run().measuredSeconds, 95.0 * 3600);
    config.warmupHours = 10;
    const auto r = simulator::VirtualRun(config).run();
    QCOMPARE(r.measuredSeconds, 90.0 * 3600);
    // About 200 arrivals an hour over the 90 measured hours.
    QVERIFY(std::abs(double(r.offered) - 200.0 * 90) < 0.1 * 200 * 90);
}

void TestSimVirtualRun::plentyOfAgentsMeansNobodyWaits()
{
    const auto r = simulator::VirtualRun(callCentreHelper(60, 100, 3)).run();
    QVERIFY(r.answered > 0);
    QCOMPARE(r.pWait, 0.0);
    QCOMPARE(r.serviceLevel, 1.0);
    QCOMPARE(r.asaSeconds, 0.0);
    QCOMPARE(r.waitingAtEnd, 0u);
    QCOMPARE(r.refusals, 0u);
}

void TestSimVirtualRun::noArrivalsMeansAnEmptyRun()
{
    auto config = callCentreHelper(3, 10, 1);
    config.arrivalRatePerSecond = 0;
    const auto r = simulator::VirtualRun(config).run();
    QCOMPARE(r.offered, 0u);
    QCOMPARE(r.answered, 0u);
    QCOMPARE(r.pWait, 0.0);
    QCOMPARE(r.serviceLevel, 1.0);
    QCOMPARE(r.occupancy, 0.0);
}

void TestSimVirtualRun::singleAgentConvergesToMM1()
{
    // M/M/1 with utilisation 0.5: P(wait) = 0.5, ASA = 0.5 x 60 / (1 - 0.5) = 60 s.
    simulator::VirtualRunConfig config;
    config.arrivalRatePerSecond = 1.0 / 120;
    config.ahtSeconds = 60;
    config.agents = 1;
    config.thresholdSeconds = 30;
    config.hours = 5000;
    config.seed = 11;
    const auto r = simulator::VirtualRun(config).run();
    const auto e = stats::erlangC(config.arrivalRatePerSecond, config.ahtSeconds, 1, config.thresholdSeconds);
    QCOMPARE(e.pWait, 0.5);
    QVERIFY2(std::abs(r.pWait - e.pWait) < 0.01, qPrintable(QString::number(r.pWait)));
    QVERIFY2(std::abs(r.serviceLevel - e.serviceLevel) < 0.01, qPrintable(QString::number(r.serviceLevel)));
    QVERIFY2(std::abs(r.asaSeconds - e.asaSeconds) < 0.05 * e.asaSeconds, qPrintable(QString::number(r.asaSeconds)));
    QVERIFY(std::abs(r.occupancy - 0.5) < 0.01);
    QVERIFY(std::abs(r.ahtSeconds - 60) < 0.02 * 60);
}

void TestSimVirtualRun::everyInteractionIsAccountedFor()
{
    auto config = callCentreHelper(12, 200, 5);
    config.warmupHours = 0;
    const auto r = simulator::VirtualRun(config).run();
    QCOMPARE(r.refusals, 0u);
    QCOMPARE(r.abandoned, 0u);
    // Every arrival is answered or still waiting; every answered one is completed or
    // still being handled (at most one per agent).
    QCOMPARE(r.offered, r.answered + r.waitingAtEnd);
    QVERIFY(r.answered >= r.completed && r.answered - r.completed <= 12);
}

void TestSimVirtualRun::unstableQueueBuildsUp()
{
    const auto r = simulator::VirtualRun(callCentreHelper(8, 50, 2)).run();   // 8 agents, 10 Erlangs
    QVERIFY(r.waitingAtEnd > 1000);   // 2 Erlangs short: ~40 more arrivals than answers an hour
    QVERIFY(r.occupancy > 0.99);
    QVERIFY(r.pWait > 0.99);
}

void TestSimVirtualRun::invalidConfigIsRefused()
{
    auto config = callCentreHelper(0, 10, 1);
    QVERIFY(!config.problem().empty());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, simulator::VirtualRun{config});
    config = callCentreHelper(10, 10, 1);
    config.ahtSeconds = 0;
    QVERIFY(!config.problem().empty());
    config = callCentreHelper(10, 10, 1);
    config.warmupHours = 10;
    QVERIFY(!config.problem().empty());
    config = callCentreHelper(10, 0, 1);
    QVERIFY(!config.problem().empty());
    QVERIFY(callCentreHelper(10, 10, 1).problem().empty());
}

QTEST_GUILESS_MAIN(TestSimVirtualRun)
#include "tst_sim_virtual_run.moc"
