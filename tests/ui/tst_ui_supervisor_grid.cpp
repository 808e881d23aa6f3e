// The supervisor's agent grid (issue 6, first step), against the real server: agents
// signed in as real sessions change state and the supervisor's grid shows it in place
// (no model reset), with the reason and the time in state; filters by state and name
// work; an agent asking for the grid is refused by the server.

#include "app_application.h"
#include "app_main_window.h"
#include "app_agent_grid_view.h"
#include "app_supervisor_workspace.h"

#include "models_agent_grid_model.h"
#include "session_agent_grid_store.h"
#include "session_agent_store.h"
#include "session_event_stream.h"
#include "session_session.h"

#include "fixtures_agent_desk.h"
#include "fixtures_server_process.h"
#include "fixtures_session.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>

class TestSupervisorGrid : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    QTemporaryDir state;

    // The grid's text for an agent's column, or empty when the agent is not shown.
    static QString shown(app::AgentGridView *workspace, const QString &username, int column)
    {
        QAbstractItemModel *model = workspace->grid()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, models::AgentGridModel::AgentColumn).data().toString() == username)
                return model->index(row, column).data().toString();
        return {};
    }

private slots:
    void initTestCase()
    {
        const QString started = fixtures::startDeskTest(QStringLiteral("tst_ui_supervisor_grid"), server);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY(state.isValid());
    }

    void theGridFollowsTheAgentsLive()
    {
        // Two agents at work: routing knows them from their first request.
        auto agent1 = fixtures::signInSession(server, QStringLiteral("agent1"), state.filePath(QStringLiteral("a1")));
        auto agent2 = fixtures::signInSession(server, QStringLiteral("agent2"), state.filePath(QStringLiteral("a2")));
        QVERIFY(agent1 && agent2);
        QVERIFY(fixtures::waitForOk([&](auto done) { agent2->agent().setState(session::AgentState::Available, {}, false, done); }));

        auto application = fixtures::signInToDesk(server, QStringLiteral("supervisor1"), QStringLiteral(SB_MODULES_DIR));
        QVERIFY(application);
        app::MainWindow *window = application->mainWindow();
        window->resize(1100, 700);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *workspace = window->findChild<app::AgentGridView *>();
        QVERIFY(workspace);
        // The supervisor lands on the Supervisor tab, on the agent grid.
        auto *supervisor = window->findChild<app::SupervisorWorkspace *>();
        QVERIFY(supervisor);
        QCOMPARE(window->workspaces()->currentWidget(), supervisor);
        QCOMPARE(supervisor->views()->currentWidget(), workspace);
        // Beside the grid: wallboards, alerts, the intraday chart and staffing.
        QStringList tabs;
        for (int i = 0; i < supervisor->views()->count(); ++i)
            tabs << supervisor->views()->tabText(i);
        QCOMPARE(tabs, (QStringList{QStringLiteral("Agents"), QStringLiteral("Wallboards"), QStringLiteral("Alerts"),
                                    QStringLiteral("Intraday"), QStringLiteral("Staffing")}));
        QAbstractItemModelTester tester(workspace->gridModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(workspace->gridModel(), &QAbstractItemModel::modelReset);

        QTRY_COMPARE_WITH_TIMEOUT(shown(workspace, QStringLiteral("agent2"), models::AgentGridModel::StateColumn),
                                  QStringLiteral("Available"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!shown(workspace, QStringLiteral("agent1"), models::AgentGridModel::StateColumn).isEmpty(), 15000);

        // agent1 goes Available, then Not Ready for lunch: the row changes in place.
        QVERIFY(fixtures::waitForOk([&](auto done) { agent1->agent().setState(session::AgentState::Available, {}, false, done); }));
        QTRY_COMPARE_WITH_TIMEOUT(shown(workspace, QStringLiteral("agent1"), models::AgentGridModel::StateColumn),
                                  QStringLiteral("Available"), 10000);
        QVERIFY(fixtures::waitForOk([&](auto done) {
            agent1->agent().setState(session::AgentState::NotReady, QStringLiteral("reason-lunch"), false, done);
        }));
        QTRY_COMPARE_WITH_TIMEOUT(shown(workspace, QStringLiteral("agent1"), models::AgentGridModel::StateColumn),
                                  QStringLiteral("Not Ready — Lunch"), 10000);
        QVERIFY(shown(workspace, QStringLiteral("agent1"), models::AgentGridModel::TimeInStateColumn).startsWith(QStringLiteral("0:0")));
        QCOMPARE(resets.count(), 0);

        // Filters: Available shows agent2 only; a name finds one agent.
        workspace->stateFilter()->setCurrentIndex(workspace->stateFilter()->findData(
            int(models::AgentGridFilter::StateFilter::Available)));
        QCOMPARE(shown(workspace, QStringLiteral("agent1"), models::AgentGridModel::StateColumn), QString());
        QCOMPARE(shown(workspace, QStringLiteral("agent2"), models::AgentGridModel::StateColumn), QStringLiteral("Available"));
        workspace->stateFilter()->setCurrentIndex(0);
        workspace->searchField()->setText(QStringLiteral("agent1"));
        QCOMPARE(workspace->grid()->model()->rowCount(), 1);
        QVERIFY(fixtures::screenshot(window, QStringLiteral("supervisor-grid-filtered")));
        workspace->searchField()->clear();
        QVERIFY(workspace->grid()->model()->rowCount() >= 2);
        QVERIFY(fixtures::screenshot(window, QStringLiteral("supervisor-grid")));
        QCOMPARE(resets.count(), 0);
    }

    void anAgentCannotLoadTheGrid()
    {
        auto agent = fixtures::signInSession(server, QStringLiteral("agent3"), state.filePath(QStringLiteral("a3")));
        QVERIFY(agent);
        session::AgentGridStore grid(agent->connection(), agent->events());
        QSignalSpy failed(&grid, &session::AgentGridStore::loadFailed);
        grid.load();
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("supervisor"), Qt::CaseInsensitive),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!grid.isLoaded());
    }
};

QTEST_MAIN(TestSupervisorGrid)
#include "tst_ui_supervisor_grid.moc"
