// stats::erlangC against the published Erlang C table of shared/reference/metrics.md
// (Call Centre Helper: 100 calls per 30 min, AHT 180 s, 20 s threshold, A = 10 Erlangs).
#include <QtTest>

#include "stats_erlang_c.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace {

constexpr double kRate = 100.0 / 1800.0;   // 100 calls per 30 minutes
constexpr double kAht = 180;
constexpr double kThreshold = 20;

// The value as the table prints it, with `decimals` digits after the point.
double printed(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// The textbook formula with factorials, for small N only.
double erlangCByFactorials(double a, int n)
{
    double sum = 0, term = 1;   // term = A^k / k!
    for (int k = 0; k < n; ++k) {
        sum += term;
        term *= a / (k + 1);
    }
    const double top = term * n / (n - a);   // A^N / N! * N / (N - A)
    return top / (sum + top);
}

} // namespace

class TestErlangC : public QObject {
    Q_OBJECT
private slots:
    void reproducesThePublishedTable_data();
    void reproducesThePublishedTable();
    void fewestAgentsForEightyPercentInTwentySecondsIsFourteen();
    void recursionAgreesWithTheFactorialFormula();
    void erlangBOfZeroAgentsBlocksEverything();
    void agentsNotAboveTrafficAreReportedUnstable_data();
    void agentsNotAboveTrafficAreReportedUnstable();
    void zeroRateMeansNobodyWaits();
    void hugeAgentCountsDoNotOverflow();
    void zeroThresholdServiceLevelIsOneMinusPWait();
    void moreAgentsNeverMakeItWorse();
    void unreachableTargetGivesMinusOne();
    void invalidInputIsRefused();
};

void TestErlangC::reproducesThePublishedTable_data()
{
    QTest::addColumn<int>("agents");
    QTest::addColumn<double>("pWait");
    QTest::addColumn<double>("serviceLevel");
    QTest::addColumn<double>("asa");
    QTest::addColumn<int>("asaDecimals");
    QTest::newRow("N=11") << 11 << 0.6821 << 0.3896 << 122.8 << 1;
    QTest::newRow("N=12") << 12 << 0.4494 << 0.6402 << 40.4 << 1;
    QTest::newRow("N=13") << 13 << 0.2853 << 0.7956 << 17.1 << 1;
    QTest::newRow("N=14") << 14 << 0.1741 << 0.8884 << 7.84 << 2;
    QTest::newRow("N=15") << 15 << 0.1020 << 0.9415 << 3.67 << 2;
}

void TestErlangC::reproducesThePublishedTable()
{
    QFETCH(int, agents);
    QFETCH(double, pWait);
    QFETCH(double, serviceLevel);
    QFETCH(double, asa);
    QFETCH(int, asaDecimals);

    const auto r = stats::erlangC(kRate, kAht, agents, kThreshold);
    QVERIFY(r.stable);
    QCOMPARE(r.trafficErlangs, 10.0);
    QCOMPARE(printed(r.pWait, 4), pWait);
    QCOMPARE(printed(r.serviceLevel, 4), serviceLevel);
    QCOMPARE(printed(r.asaSeconds, asaDecimals), asa);
    QCOMPARE(r.occupancy, 10.0 / agents);
}

void TestErlangC::fewestAgentsForEightyPercentInTwentySecondsIsFourteen()
{
    QCOMPARE(stats::agentsNeeded(kRate, kAht, kThreshold, 0.80), 14);
    QVERIFY(stats::erlangC(kRate, kAht, 13, kThreshold).serviceLevel < 0.80);
    QCOMPARE(printed(stats::erlangC(kRate, kAht, 14, kThreshold).occupancy, 3), 0.714);
}

void TestErlangC::recursionAgreesWithTheFactorialFormula()
{
    for (double a : {0.5, 1.0, 2.7, 7.3, 10.0, 19.5}) {
        for (int n = int(std::floor(a)) + 1; n <= 25; ++n) {
            const double expected = erlangCByFactorials(a, n);
            const double actual = stats::erlangC(a / kAht, kAht, n, kThreshold).pWait;
            QVERIFY2(std::abs(actual - expected) < 1e-12,
                     qPrintable(QStringLiteral("A=%1 N=%2: %3 vs %4").arg(a).arg(n).arg(actual).arg(expected)));
        }
    }
    // Erlang B by its own formula: B(N=2, A=1) = (1/2) / (1 + 1 + 1/2) = 0.2.
    QCOMPARE(stats::erlangB(1.0, 2), 0.2);
}

void TestErlangC::erlangBOfZeroAgentsBlocksEverything()
{
    QCOMPARE(stats::erlangB(5.0, 0), 1.0);
    QCOMPARE(stats::erlangB(0.0, 3), 0.0);
}

void TestErlangC::agentsNotAboveTrafficAreReportedUnstable_data()
{
    QTest::addColumn<int>("agents");
    QTest::newRow("N = A") << 10;
    QTest::newRow("N < A") << 7;
    QTest::newRow("no agents") << 0;
}

void TestErlangC::agentsNotAboveTrafficAreReportedUnstable()
{
    QFETCH(int, agents);
    const auto r = stats::erlangC(kRate, kAht, agents, kThreshold);
    QVERIFY(!r.stable);
    QCOMPARE(r.pWait, 1.0);
    QCOMPARE(r.serviceLevel, 0.0);
    QVERIFY(std::isinf(r.asaSeconds) && r.asaSeconds > 0);
    QCOMPARE(r.occupancy, agents > 0 ? 1.0 : 0.0);
    QCOMPARE(r.trafficErlangs, 10.0);
}

void TestErlangC::zeroRateMeansNobodyWaits()
{
    const auto r = stats::erlangC(0, kAht, 1, kThreshold);
    QVERIFY(r.stable);
    QCOMPARE(r.trafficErlangs, 0.0);
    QCOMPARE(r.pWait, 0.0);
    QCOMPARE(r.serviceLevel, 1.0);
    QCOMPARE(r.asaSeconds, 0.0);
    QCOMPARE(r.occupancy, 0.0);
    QCOMPARE(stats::agentsNeeded(0, kAht, kThreshold, 0.8), 0);
    // No traffic and no agent: still no steady state to speak of.
    QVERIFY(!stats::erlangC(0, kAht, 0, kThreshold).stable);
}

void TestErlangC::hugeAgentCountsDoNotOverflow()
{
    // A^N / N! alone would overflow a double for N > 170.
    const auto busy = stats::erlangC(9990, 100, 1000000, 20);   // A = 999,000
    QVERIFY(busy.stable);
    QVERIFY(std::isfinite(busy.pWait) && busy.pWait > 0 && busy.pWait < 1);
    QVERIFY(std::isfinite(busy.serviceLevel) && busy.serviceLevel > 0 && busy.serviceLevel <= 1);
    QVERIFY(std::isfinite(busy.asaSeconds) && busy.asaSeconds > 0);
    QCOMPARE(busy.occupancy, 0.999);

    const auto idle = stats::erlangC(kRate, kAht, 1000000, kThreshold);
    QVERIFY(idle.stable);
    QCOMPARE(idle.pWait, 0.0);
    QCOMPARE(idle.serviceLevel, 1.0);
    QCOMPARE(idle.asaSeconds, 0.0);

    const int needed = stats::agentsNeeded(9990, 100, 20, 0.8, 2000000);
    QVERIFY(needed > 999000 && needed < 1001000);
    QVERIFY(stats::erlangC(9990, 100, needed, 20).serviceLevel >= 0.8);
    QVERIFY(stats::erlangC(9990, 100, needed - 1, 20).serviceLevel < 0.8);
}

void TestErlangC::zeroThresholdServiceLevelIsOneMinusPWait()
{
    const auto r = stats::erlangC(kRate, kAht, 12, 0);
    QCOMPARE(r.serviceLevel, 1 - r.pWait);
}

void TestErlangC::moreAgentsNeverMakeItWorse()
{
    auto previous = stats::erlangC(kRate, kAht, 11, kThreshold);
    for (int n = 12; n <= 40; ++n) {
        const auto r = stats::erlangC(kRate, kAht, n, kThreshold);
        QVERIFY(r.pWait < previous.pWait);
        QVERIFY(r.serviceLevel > previous.serviceLevel);
        QVERIFY(r.asaSeconds < previous.asaSeconds);
        previous = r;
    }
}

void TestErlangC::unreachableTargetGivesMinusOne()
{
    QCOMPARE(stats::agentsNeeded(kRate, kAht, kThreshold, 0.99, 16), -1);
    QCOMPARE(stats::agentsNeeded(kRate, kAht, kThreshold, 0.8, 13), -1);
    // A target of 0 still asks for a stable queue.
    QCOMPARE(stats::agentsNeeded(kRate, kAht, kThreshold, 0.0), 11);
}

void TestErlangC::invalidInputIsRefused()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, stats::erlangC(-1, kAht, 12, kThreshold));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, stats::erlangC(nan, kAht, 12, kThreshold));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, stats::erlangC(kRate, 0, 12, kThreshold));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, stats::erlangC(kRate, kAht, -1, kThreshold));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, stats::erlangC(kRate, kAht, 12, -5));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, stats::agentsNeeded(kRate, kAht, kThreshold, 1.5));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, stats::erlangB(-1, 3));
}

QTEST_GUILESS_MAIN(TestErlangC)
#include "tst_erlang_c.moc"
