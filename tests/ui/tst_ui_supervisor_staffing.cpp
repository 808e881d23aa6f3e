// The supervisor's staffing view (issue 6) against the real server: for a queue with real
// activity the view fills in the queue's live rate and AHT and asks ComputeStaffing; for
// entered inputs it shows the agents Erlang C needs (= sb_erlang's answer) beside the
// agents staffed now (agent1, signed in) and the gap; the table shows the service level
// around that answer; a what-if runs the virtual simulator off the GUI thread (the event
// loop keeps turning during a long one), shows the simulated figures beside Erlang C's and can be
// cancelled; the view switches language live; a bad target is refused next to its field.

#include "app_appearance.h"
#include "app_staffing_view.h"

#include "session_session.h"
#include "stats_erlang_c.h"

#include "fixtures_agent_desk.h"
#include "fixtures_server_process.h"
#include "fixtures_session.h"
#include "fixtures_stats_activity.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace v1 = switchboard::v1;

namespace {

constexpr int kWaitMs = 15000;

} // namespace

class TestSupervisorStaffing : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    QTemporaryDir state;
    std::unique_ptr<fixtures::StatsActivity> activity;
    std::unique_ptr<session::Session> supervisor;
    std::string agent1;
    std::string queue;

    // A view on the test's queue, its live inputs loaded and a first answer shown.
    std::unique_ptr<app::StaffingView> openView()
    {
        auto view = std::make_unique<app::StaffingView>(*supervisor);
        view->resize(1100, 760);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        const QString id = QString::fromStdString(queue);
        if (!QTest::qWaitFor([&] { return view->queuePicker()->findData(id) >= 0; }, kWaitMs))
            return nullptr;
        view->queuePicker()->setCurrentIndex(view->queuePicker()->findData(id));
        if (!QTest::qWaitFor([&] { return view->liveInputs() && view->liveInputs()->queueId == id && view->result(); }, kWaitMs))
            return nullptr;
        return view;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_supervisor_staffing"));
        QSettings().clear();
        QVERIFY2(server.start({QStringLiteral("--seed-demo")}), qPrintable(server.errorString()));
        QVERIFY(state.isValid());

        // A queue with real activity: two chats answered by agent1, one finished and
        // wrapped up (the queue's AHT), agent1 still signed in and on the other.
        activity = std::make_unique<fixtures::StatsActivity>(server);
        agent1 = activity->signIn(server, QStringLiteral("agent1"));
        QVERIFY(!agent1.empty());
        QVERIFY(activity->setState(agent1, v1::AGENT_STATE_OFFLINE).ok());
        queue = activity->createQueue("Staffing", agent1, 20, 0.8);
        QVERIFY(!queue.empty());
        const v1::Interaction a = activity->enqueue(queue, "cust-a");
        const v1::Interaction b = activity->enqueue(queue, "cust-b");
        QVERIFY(activity->setState(agent1, v1::AGENT_STATE_AVAILABLE).ok());
        QTRY_COMPARE_WITH_TIMEOUT(activity->offersHeld(agent1), 2, kWaitMs);
        QVERIFY(activity->accept(agent1, a.id()).ok());
        QVERIFY(activity->accept(agent1, b.id()).ok());
        QVERIFY(activity->finish(agent1, a.id()).ok());

        supervisor = fixtures::signInSession(server, QStringLiteral("supervisor1"), state.filePath(QStringLiteral("s1")));
        QVERIFY(supervisor);
    }

    void cleanupTestCase()
    {
        supervisor.reset();
        activity.reset();
        server.stop();
    }

    void cleanup()
    {
        if (app::Appearance::instance()->language() != QLatin1String("en"))
            app::Appearance::instance()->setLanguage(QStringLiteral("en"));
    }

    void theLiveInputsAreFilledInAndPlannedWith()
    {
        // The stats service hears the wrap-up on its bus: until then the queue has no AHT.
        std::unique_ptr<app::StaffingView> view;
        QTRY_VERIFY_WITH_TIMEOUT((view = openView()) && view->liveInputs()->ahtSeconds > 0, kWaitMs);
        const session::LiveStaffingInputs live = *view->liveInputs();
        QVERIFY(live.arrivalRatePerSecond > 0);
        // The fields show them (rate per hour), with the queue's own threshold and target.
        QCOMPARE(QLocale().toDouble(view->rateField()->text()), QLocale().toDouble(QLocale().toString(live.arrivalRatePerSecond * 3600, 'g', 5)));
        QVERIFY(!view->ahtField()->text().isEmpty());
        QCOMPARE(view->thresholdField()->text(), QStringLiteral("20"));
        QCOMPARE(view->targetField()->text(), QStringLiteral("80"));
        // And the answer shown is Erlang C's for what the fields say.
        const session::StaffingRequest asked = view->resultRequest();
        QCOMPARE(asked.queueId, QString::fromStdString(queue));
        QCOMPARE(view->result()->agentsNeeded,
                 stats::agentsNeeded(asked.arrivalRatePerSecond, asked.ahtSeconds, asked.thresholdSeconds, asked.targetServiceLevel));
        QCOMPARE(view->neededValue()->text(), QLocale().toString(view->result()->agentsNeeded));
        QCOMPARE(view->staffedValue()->text(), QStringLiteral("1"));
    }

    void enteredInputsShowErlangCsAgentsBesideTheStaffed()
    {
        auto view = openView();
        QVERIFY(view);
        // 200 an hour, 3 minutes each, 80 % within 20 s.
        view->rateField()->setText(QStringLiteral("200"));
        view->ahtField()->setText(QStringLiteral("180"));
        view->targetField()->setText(QStringLiteral("80"));
        view->thresholdField()->setText(QStringLiteral("20"));
        QSignalSpy updated(view.get(), &app::StaffingView::staffingUpdated);
        QTest::mouseClick(view->calculateButton(), Qt::LeftButton);
        QVERIFY(updated.wait(kWaitMs));
        const int needed = stats::agentsNeeded(200.0 / 3600, 180, 20, 0.8);
        QCOMPARE(needed, 14);   // A = 10 Erlangs: the published example's answer
        QCOMPARE(view->result()->agentsNeeded, needed);
        QCOMPARE(view->result()->agentsStaffed, 1);
        QCOMPARE(view->neededValue()->text(), QStringLiteral("14"));
        QCOMPARE(view->staffedValue()->text(), QStringLiteral("1"));
        QCOMPARE(view->differenceValue()->text(), QStringLiteral("Short by 13 agents"));
        QCOMPARE(view->trafficValue()->text(), QStringLiteral("%1 Erlangs").arg(QLocale().toString(10.0, 'f', 2)));
        const stats::ErlangCResult at14 = stats::erlangC(200.0 / 3600, 180, 14, 20);
        QVERIFY2(view->predictionValue()->text().contains(QLocale().toString(at14.serviceLevel * 100, 'f', 1)),
                 qPrintable(view->predictionValue()->text()));

        // The table: needed - 2 ... needed + 3, each row Erlang C's service level.
        QTableWidget *table = view->agentTable();
        QCOMPARE(table->rowCount(), 6);
        for (int row = 0; row < 6; ++row) {
            const int n = needed - 2 + row;
            QCOMPARE(table->item(row, 0)->text(), QString::number(n));
            const stats::ErlangCResult e = stats::erlangC(200.0 / 3600, 180, n, 20);
            QCOMPARE(table->item(row, 1)->text(), QStringLiteral("%1 %").arg(QLocale().toString(e.serviceLevel * 100, 'f', 1)));
        }
        QVERIFY(table->item(2, 0)->font().bold());   // the answer's row stands out
    }

    void aWhatIfRunsTheSimulatorOffTheGuiThread()
    {
        auto view = openView();
        QVERIFY(view);
        view->rateField()->setText(QStringLiteral("200"));
        view->ahtField()->setText(QStringLiteral("180"));
        view->targetField()->setText(QStringLiteral("80"));
        view->thresholdField()->setText(QStringLiteral("20"));
        QSignalSpy updated(view.get(), &app::StaffingView::staffingUpdated);
        QVERIFY(view->calculate());
        QVERIFY(updated.wait(kWaitMs));
        QCOMPARE(view->whatIfAgents()->value(), 14);   // starts at Erlang C's answer
        view->whatIfAgents()->setValue(13);
        view->whatIfHours()->setValue(2);

        QSignalSpy finished(view.get(), &app::StaffingView::whatIfFinished);
        QTest::mouseClick(view->whatIfRunButton(), Qt::LeftButton);
        QVERIFY(view->isWhatIfRunning());
        QVERIFY(!view->whatIfRunButton()->isEnabled());
        QVERIFY(view->whatIfCancelButton()->isEnabled());
        QVERIFY(finished.wait(60000));
        QVERIFY(!view->isWhatIfRunning());
        QVERIFY(view->whatIfResult());
        const app::WhatIfResult w = *view->whatIfResult();
        QCOMPARE(w.agents, 13);
        QCOMPARE(w.runs, 20);
        QCOMPARE(view->whatIfProgress()->value(), 20);
        QVERIFY(w.answered > 7000);   // 20 runs x 2 h x 200/h, less the warm-ups
        // M/M/13 at A = 10: Erlang C says 79.6 % within 20 s; the real engine agrees.
        const stats::ErlangCResult e = stats::erlangC(200.0 / 3600, 180, 13, 20);
        QVERIFY2(std::abs(w.serviceLevel - e.serviceLevel) < 0.05,
                 qPrintable(QStringLiteral("simulated %1, Erlang C %2").arg(w.serviceLevel).arg(e.serviceLevel)));
        QCOMPARE(w.abandonRate, 0.0);
        // Single runs of two hours spread around it.
        QVERIFY(w.serviceLevelLow < w.serviceLevel && w.serviceLevel < w.serviceLevelHigh);
        QVERIFY(w.serviceLevelLow <= e.serviceLevel && e.serviceLevel <= w.serviceLevelHigh);
        // Shown side by side.
        QCOMPARE(view->whatIfTable()->item(0, 1)->text(), QStringLiteral("%1 %").arg(QLocale().toString(e.serviceLevel * 100, 'f', 1)));
        QCOMPARE(view->whatIfTable()->item(0, 2)->text(), QStringLiteral("%1 %").arg(QLocale().toString(w.serviceLevel * 100, 'f', 1)));
        QVERIFY(!view->whatIfTable()->item(1, 2)->text().isEmpty());
        QVERIFY(view->whatIfStatus()->text().contains(QStringLiteral("13 agents")));
        QVERIFY(fixtures::screenshot(view.get(), QStringLiteral("supervisor-staffing")));
    }

    void aWhatIfCanBeCancelled()
    {
        auto view = openView();
        QVERIFY(view);
        // A long run: 24 virtual hours of 100,000 an hour, twenty times.
        view->rateField()->setText(QStringLiteral("100000"));
        view->ahtField()->setText(QStringLiteral("180"));
        view->whatIfAgents()->setValue(5500);
        view->whatIfHours()->setValue(24);
        QSignalSpy finished(view.get(), &app::StaffingView::whatIfFinished);
        QVERIFY(view->runWhatIf());
        QVERIFY(view->isWhatIfRunning());
        // The simulator runs on its own thread: the GUI's event loop keeps turning.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
        ticker.start(10);
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= 3, 5000);
        QVERIFY(view->isWhatIfRunning());
        QTest::mouseClick(view->whatIfCancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(!view->isWhatIfRunning());
        QVERIFY(!view->whatIfResult());
        QCOMPARE(view->whatIfStatus()->text(), QStringLiteral("Cancelled."));
        QVERIFY(view->whatIfProgress()->value() < 20);
        QVERIFY(view->whatIfRunButton()->isEnabled());
    }

    void theViewSwitchesLanguageLive()
    {
        auto view = openView();
        QVERIFY(view);
        view->rateField()->setText(QStringLiteral("200"));
        view->ahtField()->setText(QStringLiteral("180"));
        view->targetField()->setText(QStringLiteral("80"));
        view->thresholdField()->setText(QStringLiteral("20"));
        QSignalSpy updated(view.get(), &app::StaffingView::staffingUpdated);
        QVERIFY(view->calculate());
        QVERIFY(updated.wait(kWaitMs));
        QVERIFY(app::Appearance::instance()->setLanguage(QStringLiteral("de")));
        QTRY_COMPARE_WITH_TIMEOUT(view->calculateButton()->text(), QStringLiteral("&Berechnen"), 5000);
        QCOMPARE(view->differenceValue()->text(), QStringLiteral("13 Agenten fehlen"));
        QCOMPARE(view->whatIfTable()->horizontalHeaderItem(2)->text(), QStringLiteral("Simuliert"));
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("rateLive"))->text().contains(QStringLiteral("pro Stunde")));
        QVERIFY(fixtures::screenshot(view.get(), QStringLiteral("supervisor-staffing-german")));
        QVERIFY(app::Appearance::instance()->setLanguage(QStringLiteral("en")));
        QTRY_COMPARE_WITH_TIMEOUT(view->calculateButton()->text(), QStringLiteral("&Calculate"), 5000);
        QCOMPARE(view->differenceValue()->text(), QStringLiteral("Short by 13 agents"));
    }

    void aBadTargetIsRefusedNextToItsField()
    {
        auto view = openView();
        QVERIFY(view);
        QVERIFY(view->targetError()->isHidden());
        view->targetField()->setText(QStringLiteral("150"));
        const std::optional<session::StaffingFigures> before = view->result();
        QTest::mouseClick(view->calculateButton(), Qt::LeftButton);
        QVERIFY(!view->targetError()->isHidden());
        QVERIFY2(view->targetError()->text().contains(QStringLiteral("below 100")), qPrintable(view->targetError()->text()));
        QCOMPARE(view->targetField()->accessibleDescription(), view->targetError()->text());
        // Only that field is wrong.
        QVERIFY(view->rateError()->isHidden());
        QVERIFY(view->ahtError()->isHidden());
        QVERIFY(view->thresholdError()->isHidden());
        // Next to it: the error lies beneath the target field, above the threshold's.
        const int fieldY = view->targetField()->mapTo(view.get(), QPoint()).y();
        const int errorY = view->targetError()->mapTo(view.get(), QPoint()).y();
        QVERIFY(errorY > fieldY);
        QVERIFY(errorY < view->thresholdField()->mapTo(view.get(), QPoint()).y());
        // A threshold that is no number, too.
        view->targetField()->setText(QStringLiteral("80"));
        view->thresholdField()->setText(QStringLiteral("soon"));
        QVERIFY(!view->calculate());
        QVERIFY(view->targetError()->isHidden());
        QVERIFY(!view->thresholdError()->isHidden());
        // Put right, it calculates again.
        view->thresholdField()->setText(QStringLiteral("20"));
        QSignalSpy updated(view.get(), &app::StaffingView::staffingUpdated);
        QVERIFY(view->calculate());
        QVERIFY(updated.wait(kWaitMs));
        QVERIFY(view->thresholdError()->isHidden());
        QVERIFY(view->errorLabel()->isHidden());
    }
};

QTEST_MAIN(TestSupervisorStaffing)
#include "tst_ui_supervisor_staffing.moc"
