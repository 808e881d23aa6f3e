// The supervisor's wallboards and alerts (issue 6) against the real server: supervisor1
// builds a board in the Wallboards tab (a Waiting tile, a service-level tile and a
// longest-wait tile for a queue, checked next to the fields) and saves it; customers
// enqueue and the tiles change live and cross their thresholds, the service-level tile
// names its formula, the queue table is never reset; TV mode is full screen and rotates to
// the next board; Detach opens the board in its own window; an alert rule "longest wait
// above 1 s" raises a banner and an OS notification; the board is still there after
// signing in again.

#include "app_alert_notifier.h"
#include "app_alert_view.h"
#include "app_appearance.h"
#include "app_application.h"
#include "app_main_window.h"
#include "app_supervisor_workspace.h"
#include "app_wallboard_board.h"
#include "app_wallboard_editor.h"
#include "app_wallboard_tv_window.h"
#include "app_wallboard_view.h"
#include "app_wallboard_window.h"

#include "models_queue_metrics_model.h"
#include "session_stats_store.h"
#include "widgets_metric_tile.h"

#include "fixtures_agent_desk.h"
#include "fixtures_chat_customers.h"
#include "fixtures_server_process.h"
#include "fixtures_session.h"

#include "session_agent_store.h"
#include "session_interaction_store.h"
#include "session_session.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace v1 = switchboard::v1;
using session::MetricKind;
using widgets::MetricTile;

class TestSupervisorWallboard : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    std::unique_ptr<fixtures::ChatCustomers> customers;
    std::unique_ptr<app::Application> application;
    QTemporaryDir state;
    QString queueId;
    QString boardId;

    app::SupervisorWorkspace *workspace() const
    {
        return application ? application->mainWindow()->findChild<app::SupervisorWorkspace *>() : nullptr;
    }

    std::unique_ptr<app::Application> signIn()
    {
        auto signedIn = fixtures::signInToDesk(server, QStringLiteral("supervisor1"), QStringLiteral(SB_MODULES_DIR));
        if (!signedIn)
            return nullptr;
        app::MainWindow *window = signedIn->mainWindow();
        window->resize(1280, 820);
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            return nullptr;
        return signedIn;
    }

    // Fills the editor's add-a-tile form and adds the tile.
    static bool addTile(app::WallboardEditor *editor, const QString &queue, MetricKind metric, double amber, double red)
    {
        editor->queueField()->setCurrentIndex(editor->queueField()->findData(queue));
        editor->setMetric(metric);
        editor->amberField()->setValue(amber);
        editor->redField()->setValue(red);
        const int before = int(editor->draft().tiles.size());
        if (!fixtures::click(editor->addButton())) {
            qWarning() << "the Add tile button cannot be clicked";
            return false;
        }
        if (editor->draft().tiles.size() != before + 1) {
            qWarning() << "not added:" << editor->tileError()->text() << editor->thresholdError()->text();
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        const QString started = fixtures::startDeskTest(QStringLiteral("tst_ui_supervisor_wallboard"), server);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY(state.isValid());
        // Service level excluding short abandons (the directory's default) within 20 s.
        customers = std::make_unique<fixtures::ChatCustomers>(
            server, QStringLiteral("Wallboard desk"), QStringLiteral("wb-cust-"), [](v1::Queue &queue) {
                queue.set_service_level_variant(v1::SERVICE_LEVEL_EXCLUDING_SHORT_ABANDONS);
                queue.set_service_level_threshold_seconds(20);
            });
        QVERIFY2(customers->isValid(), qPrintable(customers->errorString()));
        queueId = QString::fromStdString(customers->queueId());
        application = signIn();
        QVERIFY(application);
    }

    void aBoardIsBuiltSavedAndFollowsTheQueueLive()
    {
        app::SupervisorWorkspace *supervisor = workspace();
        QVERIFY(supervisor);
        app::WallboardView *view = supervisor->wallboards();
        QVERIFY(view);
        supervisor->views()->setCurrentWidget(view);
        QCOMPARE(supervisor->views()->tabText(supervisor->views()->currentIndex()), QStringLiteral("Wallboards"));
        session::StatsStore &stats = supervisor->stats();
        QTRY_VERIFY_WITH_TIMEOUT(stats.isLoaded() && stats.areWallboardsLoaded(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(stats.indexOfQueue(queueId) >= 0, 10000);
        QVERIFY(view->findChild<QLabel *>(QStringLiteral("noBoards"))->isVisible());

        // Every update is in place: the queue table is never reset.
        QAbstractItemModelTester tester(view->queueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(view->queueModel(), &QAbstractItemModel::modelReset);

        // New board: name it, rotate every 5 s in TV mode.
        QVERIFY(fixtures::click(view->newButton()));
        QVERIFY(view->isEditing());
        app::WallboardEditor *editor = view->editor();
        QTRY_VERIFY(editor->isVisible());
        editor->nameField()->selectAll();
        QTest::keyClicks(editor->nameField(), QStringLiteral("Support floor"));
        editor->rotateField()->setValue(5);

        // A Waiting tile: amber from 1, red from 2.
        QVERIFY(addTile(editor, queueId, MetricKind::Waiting, 1, 2));
        // The same place again is refused next to the place; amber above red too.
        editor->rowField()->setValue(1);
        editor->columnField()->setValue(1);
        QVERIFY(!editor->addTile());
        QVERIFY(editor->tileError()->isVisible());
        QVERIFY2(editor->tileError()->text().contains(QStringLiteral("already has a tile")),
                 qPrintable(editor->tileError()->text()));
        editor->columnField()->setValue(2);
        editor->setMetric(MetricKind::ServiceLevel);
        // Service level suggests "lower is worse", amber 80 %, red 60 %.
        QVERIFY(!editor->higherIsWorseField()->isChecked());
        QCOMPARE(editor->amberField()->value(), 80.0);
        editor->amberField()->setValue(50);
        QVERIFY(editor->thresholdError()->isVisible());
        QVERIFY2(editor->thresholdError()->text().contains(QStringLiteral("Amber must not be below red")),
                 qPrintable(editor->thresholdError()->text()));
        QVERIFY(!editor->addTile());
        // Fixed: a service-level tile and a longest-wait tile (amber 2 s, red 4 s).
        QVERIFY(addTile(editor, queueId, MetricKind::ServiceLevel, 80, 60));
        QVERIFY(addTile(editor, queueId, MetricKind::LongestWait, 2, 4));
        QCOMPARE(editor->draft().tiles.size(), 3);
        QVERIFY(fixtures::screenshot(application->mainWindow(), QStringLiteral("supervisor-wallboard-edit")));
        QCOMPARE(editor->draft().tiles.at(1).threshold, (session::Threshold{0.8, 0.6, false}));
        QCOMPARE(editor->draft().tiles.at(2).column, 2);
        // The board shows the draft while it is edited.
        QCOMPARE(view->board()->tiles().size(), 3);

        QSignalSpy saved(view, &app::WallboardView::saved);
        QVERIFY(fixtures::click(editor->saveButton()));
        QVERIFY(saved.wait(10000));
        QVERIFY(!view->isEditing());
        boardId = view->currentBoardId();
        QVERIFY(!boardId.isEmpty());
        QCOMPARE(view->picker()->currentText(), QStringLiteral("Support floor"));
        QCOMPARE(stats.wallboard(boardId).version, 1);
        QCOMPARE(stats.wallboard(boardId).rotateSeconds, 5);

        MetricTile *waiting = view->board()->tileFor(queueId, MetricKind::Waiting);
        MetricTile *sl = view->board()->tileFor(queueId, MetricKind::ServiceLevel);
        MetricTile *longest = view->board()->tileFor(queueId, MetricKind::LongestWait);
        QVERIFY(waiting && sl && longest);
        QCOMPARE(waiting->queueName(), QStringLiteral("Wallboard desk"));
        QCOMPARE(waiting->metricName(), QStringLiteral("Waiting"));
        QCOMPARE(waiting->valueText(), QStringLiteral("0"));
        QCOMPARE(waiting->level(), MetricTile::Level::Green);
        // The service-level tile names its formula; with nothing answered it has no data.
        QCOMPARE(sl->formula(), QStringLiteral("SL 20 s · answered within 20 s ÷ (answered + abandoned − short abandons)"));
        QCOMPARE(sl->valueText(), QStringLiteral("—"));
        QCOMPARE(sl->level(), MetricTile::Level::None);
        QCOMPARE(longest->valueText(), QStringLiteral("0:00"));

        // A customer enqueues: the tile changes live and crosses amber.
        const QString first = customers->enqueueChat();
        QVERIFY(!first.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(waiting->valueText(), QStringLiteral("1"), 10000);
        QCOMPARE(waiting->level(), MetricTile::Level::Amber);

        // agent1 answers it within 20 s: service level 1 of 1, green; nothing waits. Then
        // agent1 goes Not Ready, so that the next chats wait.
        auto agent = fixtures::signInSession(server, QStringLiteral("agent1"), state.filePath(QStringLiteral("agent1")));
        QVERIFY(agent);
        QVERIFY(fixtures::waitForOk([&](auto done) { agent->agent().setState(session::AgentState::Available, {}, false, done); }));
        QTRY_VERIFY_WITH_TIMEOUT(agent->interactions().indexOf(first) >= 0, 15000);
        QVERIFY(fixtures::waitForOk([&](auto done) { agent->interactions().accept(first, done); }));
        QVERIFY(fixtures::waitForOk([&](auto done) {
            agent->agent().setState(session::AgentState::NotReady, QStringLiteral("reason-break"), false, done);
        }));
        QTRY_COMPARE_WITH_TIMEOUT(sl->valueText(), QStringLiteral("100 %"), 10000);
        QCOMPARE(sl->level(), MetricTile::Level::Green);
        QTRY_COMPARE_WITH_TIMEOUT(waiting->valueText(), QStringLiteral("0"), 10000);
        QCOMPARE(waiting->level(), MetricTile::Level::Green);

        // Two more customers: red.
        QVERIFY(!customers->enqueueChat().isEmpty());
        QVERIFY(!customers->enqueueChat().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(waiting->valueText(), QStringLiteral("2"), 10000);
        QCOMPARE(waiting->level(), MetricTile::Level::Red);
        // Longest wait ticks locally (no server update while they wait) past red.
        QVERIFY(longest->isTicking());
        QTRY_COMPARE_WITH_TIMEOUT(longest->level(), MetricTile::Level::Red, 10000);
        QVERIFY(longest->value() >= 4);

        const int row = stats.indexOfQueue(queueId);
        QCOMPARE(view->queueModel()->index(row, models::QueueMetricsModel::WaitingColumn).data().toString(),
                 QStringLiteral("2"));
        QCOMPARE(view->queueModel()->index(row, models::QueueMetricsModel::AnsweredColumn).data().toString(),
                 QStringLiteral("1"));
        QCOMPARE(resets.size(), 0);
        QVERIFY(fixtures::screenshot(application->mainWindow(), QStringLiteral("supervisor-wallboard")));

        // The dark theme keeps the board legible (checked on its screenshot).
        app::Appearance::instance()->setTheme(app::Appearance::Theme::Dark);
        QVERIFY(fixtures::screenshot(application->mainWindow(), QStringLiteral("supervisor-wallboard-dark")));
        app::Appearance::instance()->setTheme(app::Appearance::Theme::Light);
        QCOMPARE(resets.size(), 0);
    }

    void tvModeIsFullScreenAndRotates()
    {
        app::SupervisorWorkspace *supervisor = workspace();
        app::WallboardView *view = supervisor->wallboards();
        session::StatsStore &stats = supervisor->stats();
        // A second board to rotate to.
        session::Wallboard overview;
        overview.name = QStringLiteral("Wallboard desk overview");
        overview.rotateSeconds = 5;
        const MetricKind metrics[] = {MetricKind::AgentsAvailable, MetricKind::Offered, MetricKind::AbandonRate,
                                      MetricKind::Asa};
        for (int i = 0; i < 4; ++i) {
            session::WallboardTile tile;
            tile.queueId = queueId;
            tile.metric = metrics[i];
            tile.column = i;
            overview.tiles << tile;
        }
        bool done = false;
        stats.saveWallboard(overview, [&](bool ok, const session::Wallboard &, const QString &) { done = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QTRY_COMPARE(view->picker()->count(), 2);
        view->selectBoard(boardId);

        QVERIFY(fixtures::click(view->tvButton()));
        QTRY_VERIFY(view->tvWindow());
        app::WallboardTvWindow *tv = view->tvWindow();
        QVERIFY(QTest::qWaitForWindowExposed(tv));
        QVERIFY(tv->isFullScreen());
        // On the other screen when there is one (the TV), else on this one.
        const QList<QScreen *> screens = QGuiApplication::screens();
        QCOMPARE(tv->screen(), screens.size() > 1 ? screens.at(1) : screens.first());
        QVERIFY(tv->windowState().testFlag(Qt::WindowFullScreen));
        QCOMPARE(tv->geometry(), tv->screen()->geometry());
        QCOMPARE(tv->currentBoardId(), boardId);
        QCOMPARE(tv->boardIds().size(), 2);
        // Large type: the TV's tiles are much larger than the desk's.
        MetricTile *waiting = tv->board()->tileFor(queueId, MetricKind::Waiting);
        QVERIFY(waiting);
        QTRY_VERIFY(waiting->height() > view->board()->tileFor(queueId, MetricKind::Waiting)->height());
        QCOMPARE(waiting->valueText(), QStringLiteral("2"));
        QCOMPARE(waiting->level(), MetricTile::Level::Red);
        QVERIFY(fixtures::screenshot(tv, QStringLiteral("supervisor-wallboard-tv")));

        // After the board's 5 s, the next board.
        QSignalSpy shown(tv, &app::WallboardTvWindow::boardShown);
        QVERIFY(shown.wait(8000));
        QVERIFY(tv->currentBoardId() != boardId);
        QCOMPARE(tv->board()->board().name, QStringLiteral("Wallboard desk overview"));
        QCOMPARE(tv->board()->tiles().size(), 4);
        // Esc leaves TV mode.
        QTest::keyClick(tv, Qt::Key_Escape);
        QTRY_VERIFY(!view->tvWindow());
    }

    void aBoardDetachesIntoItsOwnWindow()
    {
        app::WallboardView *view = workspace()->wallboards();
        view->selectBoard(boardId);
        QVERIFY(fixtures::click(view->detachButton()));
        QTRY_COMPARE(view->detachedWindows().size(), 1);
        app::WallboardWindow *window = view->detachedWindows().first();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->isWindow());
        QVERIFY(window->windowTitle().contains(QStringLiteral("Support floor")));
        QCOMPARE(window->board()->tiles().size(), 3);
        QVERIFY(QGuiApplication::screens().contains(window->screen()));
        QTRY_COMPARE(window->board()->tileFor(queueId, MetricKind::Waiting)->valueText(), QStringLiteral("2"));
        // It can be put on any screen the supervisor chooses.
        window->close();
        QTRY_VERIFY(view->detachedWindows().isEmpty());
        app::WallboardWindow *placed = view->detach(QGuiApplication::screens().last());
        QVERIFY(placed);
        QVERIFY(QTest::qWaitForWindowExposed(placed));
        QCOMPARE(placed->screen(), QGuiApplication::screens().last());
        placed->close();
    }

    void anAlertRuleRaisesABannerAndANotification()
    {
        app::SupervisorWorkspace *supervisor = workspace();
        app::AlertView *alerts = supervisor->alerts();
        supervisor->views()->setCurrentWidget(alerts);
        QSignalSpy notified(supervisor->notifier(), &app::AlertNotifier::notified);

        // A name is required, shown next to the field.
        alerts->nameField()->clear();
        QVERIFY(fixtures::click(alerts->saveButton()));
        QVERIFY(alerts->nameError()->isVisible());

        QTest::keyClicks(alerts->nameField(), QStringLiteral("Long wait"));
        alerts->queueField()->setCurrentIndex(alerts->queueField()->findData(queueId));
        alerts->setMetric(MetricKind::LongestWait);
        QCOMPARE(alerts->aboveField()->suffix(), QStringLiteral(" s"));
        alerts->aboveField()->setValue(1);
        QVERIFY(alerts->enabledField()->isChecked());
        QSignalSpy saved(alerts, &app::AlertView::saved);
        QVERIFY(fixtures::click(alerts->saveButton()));
        QVERIFY(saved.wait(10000));
        QCOMPARE(alerts->rulesTable()->rowCount(), 1);
        QCOMPARE(alerts->rulesTable()->item(0, 0)->text(), QStringLiteral("Long wait"));

        // Two chats have waited for seconds: the rule fires.
        QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 10000);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Alert: Long wait"));
        QVERIFY2(notified.first().at(1).toString().startsWith(QStringLiteral("Longest wait on Wallboard desk is ")),
                 qPrintable(notified.first().at(1).toString()));
        QVERIFY2(notified.first().at(1).toString().endsWith(QStringLiteral(", above 0:01")),
                 qPrintable(notified.first().at(1).toString()));
        // Without a system tray (offscreen), the window alert is the OS notification.
        QCOMPARE(notified.first().at(2).toBool(),
                 QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages());
        QVERIFY(supervisor->alertBanner()->isVisible());
        QVERIFY2(supervisor->alertBannerText()->text().contains(QStringLiteral("Long wait: Longest wait on Wallboard desk")),
                 qPrintable(supervisor->alertBannerText()->text()));
        QVERIFY(alerts->activeList()->item(0)->text().contains(QStringLiteral("Long wait")));
        QVERIFY(fixtures::screenshot(application->mainWindow(), QStringLiteral("supervisor-alert")));

        // Dismissed, the banner goes; the alert stays listed.
        QVERIFY(fixtures::click(supervisor->findChild<QPushButton *>(QStringLiteral("alertBannerDismiss"))));
        QVERIFY(!supervisor->alertBanner()->isVisible());
        QCOMPARE(supervisor->stats().activeAlerts().size(), 1);
    }

    void theBoardIsStillThereAfterSigningInAgain()
    {
        application.reset();
        QSettings().remove(QStringLiteral("lastUser"));     // through the dialog again
        application = signIn();
        QVERIFY(application);
        app::SupervisorWorkspace *supervisor = workspace();
        QVERIFY(supervisor);
        app::WallboardView *view = supervisor->wallboards();
        supervisor->views()->setCurrentWidget(view);
        QTRY_COMPARE_WITH_TIMEOUT(view->picker()->count(), 2, 15000);
        view->selectBoard(boardId);
        QCOMPARE(view->picker()->currentText(), QStringLiteral("Support floor"));
        QCOMPARE(view->board()->tiles().size(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(view->board()->tileFor(queueId, MetricKind::Waiting)->valueText(), QStringLiteral("2"),
                                  15000);
        QCOMPARE(view->board()->tileFor(queueId, MetricKind::Waiting)->level(), MetricTile::Level::Red);
        QCOMPARE(view->board()->board().tiles.at(1).threshold, (session::Threshold{0.8, 0.6, false}));
        QCOMPARE(supervisor->stats().alertRules().size(), 1);
    }

};

QTEST_MAIN(TestSupervisorWallboard)
#include "tst_ui_supervisor_wallboard.moc"
