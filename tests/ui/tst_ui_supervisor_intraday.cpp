// The supervisor's intraday chart (issue 6) against the real server: after real
// enqueues, accepts, an abandon and a wrap-up in a queue, the chart's bar sets and
// service-level line hold the intervals' values, the table beneath shows the same
// numbers, a bar's tooltip tells its interval, the time axis shows local times, a day without activity shows "no data", and
// an agent, whom the server refuses, sees the error.
//
// With SB_INTRADAY_SEED_DIR set (the data folder of a server that a switchboard-sim live
// run fed for an hour or more), the test's server starts on a copy of it, so that the
// screenshot shows several intervals of real data in the demo's Support queue.

#include "app_intraday_view.h"

#include "session_session.h"

#include "fixtures_agent_desk.h"
#include "fixtures_server_process.h"
#include "fixtures_session.h"
#include "fixtures_stats_activity.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

namespace v1 = switchboard::v1;

namespace {

constexpr int kWaitMs = 15000;

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).path());
        QFile::remove(target);
        if (!QFile::copy(file, target))
            return false;
    }
    return true;
}

int totalOf(const QList<session::IntervalFigures> &intervals, int session::IntervalFigures::*field)
{
    int sum = 0;
    for (const session::IntervalFigures &f : intervals)
        sum += f.*field;
    return sum;
}

} // namespace

class TestSupervisorIntraday : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    QTemporaryDir state;
    QString seedDir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_supervisor_intraday"));
        QSettings().clear();
        seedDir = qEnvironmentVariable("SB_INTRADAY_SEED_DIR");
        QVERIFY2(server.start({QStringLiteral("--seed-demo")}), qPrintable(server.errorString()));
        QVERIFY(state.isValid());
    }

    void theChartHoldsTheIntervalsValues()
    {
        fixtures::StatsActivity activity(server);
        const std::string agent1 = activity.signIn(server, QStringLiteral("agent1"));
        QVERIFY(!agent1.empty());
        QVERIFY(activity.setState(agent1, v1::AGENT_STATE_OFFLINE).ok());
        const std::string queue = activity.createQueue("Intraday chart", agent1);
        QVERIFY(!queue.empty());
        // Four chats; one abandoned while waiting; agent1 takes the other three and
        // finishes one.
        QList<v1::Interaction> chats;
        for (const char *customer : {"cust-1", "cust-2", "cust-3", "cust-4"})
            chats << activity.enqueue(queue, customer);
        QVERIFY(activity.abandon(chats.at(3).id()).ok());
        QVERIFY(activity.setState(agent1, v1::AGENT_STATE_AVAILABLE).ok());
        QTRY_COMPARE_WITH_TIMEOUT(activity.offersHeld(agent1), 3, kWaitMs);
        for (int i = 0; i < 3; ++i)
            QVERIFY(activity.accept(agent1, chats.at(i).id()).ok());
        QVERIFY(activity.finish(agent1, chats.at(0).id()).ok());

        auto supervisor = fixtures::signInSession(server, QStringLiteral("supervisor1"), state.filePath(QStringLiteral("s1")));
        QVERIFY(supervisor);
        app::IntradayView view(*supervisor);
        view.resize(1000, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(view.queuePicker()->findData(QString::fromStdString(queue)) >= 0, kWaitMs);
        view.queuePicker()->setCurrentIndex(view.queuePicker()->findData(QString::fromStdString(queue)));
        QCOMPARE(view.queueId(), QString::fromStdString(queue));
        QCOMPARE(view.dayPicker()->date(), QDate::currentDate());

        // The stats service counts routing's events as they come: ask until all are in.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (totalOf(view.intervals(), &session::IntervalFigures::offered) == 4
                    && totalOf(view.intervals(), &session::IntervalFigures::answered) == 3
                    && totalOf(view.intervals(), &session::IntervalFigures::abandoned) == 1)
                    return true;
                if (!view.isLoading())
                    view.refreshButton()->click();
                return false;
            }(),
            kWaitMs);
        QVERIFY(view.errorLabel()->isHidden());
        QVERIFY(!view.chartView()->isHidden());
        QVERIFY(view.noDataLabel()->isHidden());

        // Bars and line hold the intervals' values, index by index.
        const QList<session::IntervalFigures> intervals = view.intervals();
        QVERIFY(!intervals.isEmpty());
        QCOMPARE(view.offeredSet()->count(), intervals.size());
        QCOMPARE(view.answeredSet()->count(), intervals.size());
        QCOMPARE(view.abandonedSet()->count(), intervals.size());
        auto *time = qobject_cast<QBarCategoryAxis *>(view.chart()->axes(Qt::Horizontal).first());
        QVERIFY(time);
        QCOMPARE(time->count(), intervals.size());
        int withLevel = 0;
        for (int i = 0; i < intervals.size(); ++i) {
            const session::IntervalFigures &f = intervals.at(i);
            QCOMPARE(view.offeredSet()->at(i), qreal(f.offered));
            QCOMPARE(view.answeredSet()->at(i), qreal(f.answered));
            QCOMPARE(view.abandonedSet()->at(i), qreal(f.abandoned));
            // Local times on the axis.
            QCOMPARE(time->at(i), f.start.toLocalTime().toString(QStringLiteral("HH:mm")));
            if (f.answered + f.abandoned > 0) {
                const QPointF point = view.serviceLevelSeries()->at(withLevel++);
                QCOMPARE(point.x(), qreal(i));
                QCOMPARE(point.y(), f.serviceLevel * 100);
            }
            // The table says the same.
            QCOMPARE(view.table()->item(i, 1)->text(), QString::number(f.offered));
            QCOMPARE(view.table()->item(i, 2)->text(), QString::number(f.answered));
            QCOMPARE(view.table()->item(i, 3)->text(), QString::number(f.abandoned));
        }
        QCOMPARE(view.serviceLevelSeries()->count(), withLevel);
        QCOMPARE(view.table()->rowCount(), intervals.size());
        // The interval that saw the answers: all three within 20 s.
        const auto answered = std::find_if(intervals.cbegin(), intervals.cend(),
                                           [](const session::IntervalFigures &f) { return f.answered > 0; });
        QVERIFY(answered != intervals.cend());
        QCOMPARE(answered->serviceLevel, 1.0);
        QCOMPARE(view.table()->item(int(answered - intervals.cbegin()), 4)->text(),
                 QStringLiteral("%1 %").arg(QLocale().toString(100.0, 'f', 1)));
        // Hovering a bar tells that interval's figures.
        const int at = int(answered - intervals.cbegin());
        auto *bars = qobject_cast<QBarSeries *>(view.chart()->series().first());
        QVERIFY(bars);
        emit bars->hovered(true, at, view.offeredSet());
        QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), 5000);
        QVERIFY2(QToolTip::text().contains(QStringLiteral("Offered: %1").arg(answered->offered))
                     && QToolTip::text().contains(QStringLiteral("Answered: %1").arg(answered->answered))
                     && QToolTip::text().contains(QStringLiteral("Service level: 100.0 %")),
                 qPrintable(QToolTip::text()));
        emit bars->hovered(false, at, view.offeredSet());
        QTRY_VERIFY_WITH_TIMEOUT(!QToolTip::isVisible(), 5000);
        // The legend names the three volumes and the service level.
        QCOMPARE(view.offeredSet()->label(), QStringLiteral("Offered"));
        // The queue's formula: answered-of-answered within 20 s.
        QCOMPARE(view.serviceLevelSeries()->name(), QStringLiteral("Service level: answered within 20 s, of those answered"));

        if (seedDir.isEmpty())
            QVERIFY(fixtures::screenshot(&view, QStringLiteral("supervisor-intraday")));

        // Yesterday: nothing happened then.
        QSignalSpy updated(&view, &app::IntradayView::updated);
        view.dayPicker()->setDate(QDate::currentDate().addDays(-1));
        QVERIFY(updated.wait(kWaitMs));
        QVERIFY(view.intervals().isEmpty());
        QVERIFY(!view.noDataLabel()->isHidden());
        QVERIFY(view.chartView()->isHidden());
        QCOMPARE(view.table()->rowCount(), 0);
        QVERIFY(view.errorLabel()->isHidden());

        if (!seedDir.isEmpty()) {
            // A second server on a copy of the seeded data folder: an hour and more of the
            // demo's Support queue, fed by switchboard-sim live, for the screenshot.
            fixtures::ServerProcess seeded;
            QVERIFY2(copyTree(seedDir, seeded.dataDir()), qPrintable(seedDir));
            QVERIFY2(seeded.start({QStringLiteral("--seed-demo")}), qPrintable(seeded.errorString()));
            auto other = fixtures::signInSession(seeded, QStringLiteral("supervisor1"), state.filePath(QStringLiteral("s2")));
            QVERIFY(other);
            app::IntradayView busy(*other);
            busy.resize(1100, 760);
            busy.show();
            QVERIFY(QTest::qWaitForWindowExposed(&busy));
            QTRY_VERIFY_WITH_TIMEOUT(busy.queuePicker()->findData(QStringLiteral("queue-support")) >= 0, kWaitMs);
            busy.queuePicker()->setCurrentIndex(busy.queuePicker()->findData(QStringLiteral("queue-support")));
            QTRY_VERIFY_WITH_TIMEOUT(busy.intervals().size() >= 3, kWaitMs);
            QVERIFY(totalOf(busy.intervals(), &session::IntervalFigures::offered) > 0);
            QCOMPARE(busy.offeredSet()->count(), busy.intervals().size());
            QVERIFY(fixtures::screenshot(&busy, QStringLiteral("supervisor-intraday")));
        }
    }

    void anAgentIsRefusedAndSeesTheError()
    {
        auto agent = fixtures::signInSession(server, QStringLiteral("agent3"), state.filePath(QStringLiteral("a3")));
        QVERIFY(agent);
        app::IntradayView view(*agent);
        view.show();
        // The queues load (an agent may list them); the intraday figures are refused.
        QTRY_VERIFY_WITH_TIMEOUT(!view.errorLabel()->isHidden(), kWaitMs);
        QVERIFY2(view.errorLabel()->text().contains(QStringLiteral("supervisor"), Qt::CaseInsensitive)
                     || view.errorLabel()->text().contains(QStringLiteral("permission"), Qt::CaseInsensitive),
                 qPrintable(view.errorLabel()->text()));
        QVERIFY(view.intervals().isEmpty());
    }
};

QTEST_MAIN(TestSupervisorIntraday)
#include "tst_ui_supervisor_intraday.moc"
