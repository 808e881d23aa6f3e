// session::StatsQueries against the real server: a queue's intraday intervals after real
// enqueues, accepts, an abandon and a wrap-up carry those counts in the interval they
// happened in; staffing for explicit inputs equals the Erlang C oracle (sb_erlang) and
// counts the queue's signed-in agents; the live rate and AHT are read out of
// ComputeStaffing; bad input is refused with the field it concerns.

#include "fixtures_server_process.h"
#include "fixtures_session.h"
#include "fixtures_stats_activity.h"

#include "session_session.h"
#include "session_stats_queries.h"
#include "stats_erlang_c.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cmath>
#include <optional>

namespace v1 = switchboard::v1;

namespace {

constexpr int kWaitMs = 10000;
constexpr qint64 kIntervalMs = 15 * 60 * 1000;

qint64 intervalOf(qint64 ms) { return ms - ms % kIntervalMs; }

} // namespace

class TestSessionStatsQueries : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void intradayCountsRealActivityInItsInterval();
    void intradayOfAnotherDayIsEmpty();
    void staffingForExplicitInputsEqualsErlangC();
    void staffingOfAQueueCountsItsSignedInAgents();
    void liveInputsAreTheQueuesRateAndAht();
    void badInputIsRefusedWithItsField();

private:
    std::optional<QList<session::IntervalFigures>> intraday(const QString &queueId, const QDate &day);
    std::optional<session::StaffingFigures> staffing(const session::StaffingRequest &request,
                                                     session::StatsError *error = nullptr);

    fixtures::ServerProcess m_server;
    QTemporaryDir m_drafts;
    std::unique_ptr<fixtures::StatsActivity> m_activity;
    std::unique_ptr<session::Session> m_supervisor;
    std::unique_ptr<session::StatsQueries> m_queries;
    std::string m_agent1;
    std::string m_queue;           // made and used by intradayCountsRealActivityInItsInterval
    qint64 m_firstActivity = 0, m_lastActivity = 0;
};

void TestSessionStatsQueries::initTestCase()
{
    QVERIFY2(m_server.start({"--seed-demo"}), qPrintable(m_server.errorString()));
    m_activity = std::make_unique<fixtures::StatsActivity>(m_server);
    QVERIFY(!m_activity->admin.empty() && !m_activity->simulator.empty());
    m_agent1 = m_activity->signIn(m_server, "agent1");
    QVERIFY(!m_agent1.empty());
    // agent1 known to routing, offline until the test needs it.
    const grpc::Status offline = m_activity->setState(m_agent1, v1::AGENT_STATE_OFFLINE);
    QVERIFY2(offline.ok(), fixtures::describe(offline).constData());
    m_supervisor = fixtures::signInSession(m_server, "supervisor1", m_drafts.path(), m_drafts.filePath("journal"));
    QVERIFY(m_supervisor);
    m_queries = std::make_unique<session::StatsQueries>(m_supervisor->connection());
}

void TestSessionStatsQueries::cleanupTestCase()
{
    m_queries.reset();
    m_supervisor.reset();
    m_activity.reset();
    m_server.stop();
}

std::optional<QList<session::IntervalFigures>> TestSessionStatsQueries::intraday(const QString &queueId, const QDate &day)
{
    QSignalSpy ready(m_queries.get(), &session::StatsQueries::intradayReady);
    QSignalSpy failed(m_queries.get(), &session::StatsQueries::intradayFailed);
    const int id = m_queries->intraday(queueId, day);
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, kWaitMs) || ready.isEmpty())
        return std::nullopt;
    if (ready.first().at(0).toInt() != id)
        return std::nullopt;
    return ready.first().at(3).value<QList<session::IntervalFigures>>();
}

std::optional<session::StaffingFigures> TestSessionStatsQueries::staffing(const session::StaffingRequest &request,
                                                                          session::StatsError *error)
{
    QSignalSpy ready(m_queries.get(), &session::StatsQueries::staffingReady);
    QSignalSpy failed(m_queries.get(), &session::StatsQueries::staffingFailed);
    m_queries->staffing(request);
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, kWaitMs))
        return std::nullopt;
    if (!failed.isEmpty()) {
        if (error)
            *error = failed.first().at(2).value<session::StatsError>();
        return std::nullopt;
    }
    return ready.first().at(2).value<session::StaffingFigures>();
}

void TestSessionStatsQueries::intradayCountsRealActivityInItsInterval()
{
    m_queue = m_activity->createQueue("Intraday counts", m_agent1);
    QVERIFY(!m_queue.empty());
    const QString queue = QString::fromStdString(m_queue);

    // Three chats wait (agent1 is offline); the third is abandoned; agent1 comes and
    // takes the other two; the first is ended and wrapped up.
    m_firstActivity = QDateTime::currentMSecsSinceEpoch();
    const v1::Interaction a = m_activity->enqueue(m_queue, "cust-a");
    const v1::Interaction b = m_activity->enqueue(m_queue, "cust-b");
    const v1::Interaction c = m_activity->enqueue(m_queue, "cust-c");
    QVERIFY(!a.id().empty() && !b.id().empty() && !c.id().empty());
    QVERIFY(m_activity->abandon(c.id()).ok());
    QVERIFY(m_activity->setState(m_agent1, v1::AGENT_STATE_AVAILABLE).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_activity->offersHeld(m_agent1), 2, kWaitMs);
    QVERIFY(m_activity->accept(m_agent1, a.id()).ok());
    QVERIFY(m_activity->accept(m_agent1, b.id()).ok());
    const grpc::Status finished = m_activity->finish(m_agent1, a.id());
    QVERIFY2(finished.ok(), fixtures::describe(finished).constData());
    m_lastActivity = QDateTime::currentMSecsSinceEpoch();

    // The stats service hears routing's events on its bus: wait until all are counted.
    auto totals = [](const QList<session::IntervalFigures> &intervals) {
        std::array<int, 3> sum{};
        for (const session::IntervalFigures &f : intervals)
            sum = {sum[0] + f.offered, sum[1] + f.answered, sum[2] + f.abandoned};
        return sum;
    };
    const QDate today = QDate::currentDate();
    QTRY_VERIFY_WITH_TIMEOUT(intraday(queue, today) && totals(*intraday(queue, today)) == (std::array<int, 3>{3, 2, 1})
                                 && intraday(queue, today)->last().ahtSeconds > 0,
                             kWaitMs);
    const QList<session::IntervalFigures> intervals = *intraday(queue, today);
    for (const session::IntervalFigures &f : intervals) {
        QCOMPARE(f.start.toMSecsSinceEpoch() % kIntervalMs, 0);   // on a 15-minute boundary
        QVERIFY(f.start.toMSecsSinceEpoch() >= intervalOf(m_firstActivity));
        QVERIFY(f.start.toMSecsSinceEpoch() <= intervalOf(m_lastActivity));
    }
    if (intervalOf(m_firstActivity) == intervalOf(m_lastActivity)) {
        // Everything happened in the current interval: it alone holds it all.
        QCOMPARE(intervals.size(), 1);
        const session::IntervalFigures &now = intervals.first();
        QCOMPARE(now.start.toMSecsSinceEpoch(), intervalOf(m_firstActivity));
        QCOMPARE(now.offered, 3);
        QCOMPARE(now.answered, 2);
        QCOMPARE(now.abandoned, 1);
        QCOMPARE(now.serviceLevel, 1.0);        // both answered within 20 s, of those answered
        QVERIFY(now.asaSeconds >= 0 && now.asaSeconds < 20);
        QVERIFY(now.ahtSeconds > 0 && now.ahtSeconds < 60);
    }
}

void TestSessionStatsQueries::intradayOfAnotherDayIsEmpty()
{
    QVERIFY(!m_queue.empty());
    const std::optional<QList<session::IntervalFigures>> yesterday =
        intraday(QString::fromStdString(m_queue), QDate::currentDate().addDays(-1));
    QVERIFY(yesterday);
    QVERIFY(yesterday->isEmpty());
}

void TestSessionStatsQueries::staffingForExplicitInputsEqualsErlangC()
{
    // The published example: 100 calls per 30 minutes, AHT 180 s, 80 % within 20 s.
    session::StaffingRequest request;
    request.arrivalRatePerSecond = 100.0 / 1800;
    request.ahtSeconds = 180;
    request.thresholdSeconds = 20;
    request.targetServiceLevel = 0.8;
    const std::optional<session::StaffingFigures> figures = staffing(request);
    QVERIFY(figures);
    const int needed = stats::agentsNeeded(request.arrivalRatePerSecond, 180, 20, 0.8);
    QCOMPARE(needed, 14);
    QCOMPARE(figures->agentsNeeded, needed);
    const stats::ErlangCResult oracle = stats::erlangC(request.arrivalRatePerSecond, 180, needed, 20);
    QCOMPARE(figures->trafficErlangs, oracle.trafficErlangs);
    QCOMPARE(figures->serviceLevel, oracle.serviceLevel);
    QCOMPARE(figures->asaSeconds, oracle.asaSeconds);
    QCOMPARE(figures->pWait, oracle.pWait);
    QCOMPARE(figures->occupancy, oracle.occupancy);
    QCOMPARE(figures->agentsStaffed, 0);   // no queue, nobody staffed
}

void TestSessionStatsQueries::staffingOfAQueueCountsItsSignedInAgents()
{
    QVERIFY(!m_queue.empty());
    session::StaffingRequest request;
    request.queueId = QString::fromStdString(m_queue);
    request.arrivalRatePerSecond = 0.02;
    request.ahtSeconds = 240;
    request.thresholdSeconds = 30;
    request.targetServiceLevel = 0.9;
    const std::optional<session::StaffingFigures> figures = staffing(request);
    QVERIFY(figures);
    QCOMPARE(figures->agentsNeeded, stats::agentsNeeded(0.02, 240, 30, 0.9));
    QCOMPARE(figures->trafficErlangs, 0.02 * 240);
    // agent1 is signed in (busy with a chat); the other demo agents never signed in.
    QCOMPARE(figures->agentsStaffed, 1);
}

void TestSessionStatsQueries::liveInputsAreTheQueuesRateAndAht()
{
    QVERIFY(!m_queue.empty());
    QSignalSpy ready(m_queries.get(), &session::StatsQueries::liveInputsReady);
    const int id = m_queries->liveInputs(QString::fromStdString(m_queue));
    QVERIFY(ready.wait(kWaitMs));
    QCOMPARE(ready.first().at(0).toInt(), id);
    const auto inputs = ready.first().at(1).value<session::LiveStaffingInputs>();
    QCOMPARE(inputs.queueId, QString::fromStdString(m_queue));
    // Three offered in the last hour's window (the current interval and the three before:
    // between 45 and 60 minutes long).
    QVERIFY2(inputs.arrivalRatePerSecond >= 3.0 / 3600 - 1e-12 && inputs.arrivalRatePerSecond <= 3.0 / 2700 + 1e-12,
             qPrintable(QString::number(inputs.arrivalRatePerSecond)));
    // One handling finished today: its handle time is the queue's AHT, as in its interval.
    const auto intervals = intraday(QString::fromStdString(m_queue), QDate::currentDate());
    QVERIFY(intervals && !intervals->isEmpty());
    double aht = 0;
    for (const session::IntervalFigures &f : *intervals)
        aht = std::max(aht, f.ahtSeconds);
    QVERIFY(aht > 0);
    QVERIFY2(std::abs(inputs.ahtSeconds - aht) < 1e-6, qPrintable(QStringLiteral("%1 vs %2").arg(inputs.ahtSeconds).arg(aht)));
}

void TestSessionStatsQueries::badInputIsRefusedWithItsField()
{
    session::StatsError error;
    // No queue and no rate.
    QVERIFY(!staffing({}, &error));
    QCOMPARE(error.field, QStringLiteral("arrival_rate_per_second"));
    QVERIFY(error.invalidArgument);
    QVERIFY(!error.message.isEmpty());

    session::StaffingRequest request;
    request.arrivalRatePerSecond = 0.05;
    request.ahtSeconds = 180;
    request.thresholdSeconds = 20;
    request.targetServiceLevel = 1.5;   // 150 %
    QVERIFY(!staffing(request, &error));
    QCOMPARE(error.field, QStringLiteral("target_service_level"));
    QVERIFY(error.invalidArgument);

    request.targetServiceLevel = 0.8;
    request.queueId = QStringLiteral("no-such-queue");
    QVERIFY(!staffing(request, &error));
    QVERIFY(!error.invalidArgument);
    QVERIFY2(error.message.contains(QStringLiteral("no-such-queue")), qPrintable(error.message));

    QSignalSpy failed(m_queries.get(), &session::StatsQueries::intradayFailed);
    m_queries->intraday(QStringLiteral("no-such-queue"), QDate::currentDate());
    QVERIFY(failed.wait(kWaitMs));
    const auto intradayError = failed.first().at(2).value<session::StatsError>();
    QVERIFY(!intradayError.invalidArgument);
    QVERIFY2(intradayError.message.contains(QStringLiteral("does not exist")), qPrintable(intradayError.message));
}

QTEST_GUILESS_MAIN(TestSessionStatsQueries)
#include "tst_session_stats_queries.moc"
