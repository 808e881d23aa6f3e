// Supervisor actions on agents (issue 6), against the real server: supervisor1's desk
// (the agent grid's Set state, Sign out and Monitor), agent1's desk (a MainWindow on a
// real session, the real chat module) and agent2 as a session. Force state and force
// sign-out change the agent and the agent is told by name; monitoring a chat shows the
// customer's messages live; a whisper reaches the agent and never the customer; a barge
// shows the supervisor joining; the same on a voice call (the supervisor is a party);
// every action is in the directory's audit log with who, what and when; an agent is
// refused by the server.

#include "app_agent_grid_view.h"
#include "app_agent_workspace.h"
#include "app_application.h"
#include "app_main_window.h"
#include "app_monitor_window.h"

#include "models_agent_grid_model.h"
#include "session_agent_grid_store.h"
#include "session_agent_store.h"
#include "session_call_store.h"
#include "session_interaction_store.h"
#include "session_notice_store.h"
#include "session_session.h"
#include "session_supervisor_actions.h"
#include "session_transcript_store.h"
#include "widgets_offer_toast.h"

#include "fixtures_agent_desk.h"
#include "fixtures_chat_customers.h"
#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"
#include "fixtures_session.h"

#include "switchboard/v1/directory.grpc.pb.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace v1 = switchboard::v1;
using Action = session::SupervisorResult::Action;

class TestSupervisorActions : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    QTemporaryDir state;
    std::unique_ptr<fixtures::ChatCustomers> customers;
    std::unique_ptr<app::Application> desk;         // supervisor1
    std::unique_ptr<session::Session> agent1;
    std::unique_ptr<app::MainWindow> agent1Desk;
    std::unique_ptr<session::Session> agent2;
    app::AgentGridView *grid = nullptr;
    QDateTime started;
    QString chatId, callId;

    static QStringList noticesOf(session::Session &s)
    {
        QStringList out;
        for (const session::Notice &notice : s.notices().notices())
            out << notice.text;
        return out;
    }

    static bool hasMessage(session::Session &s, const QString &id, session::MessageDirection direction,
                           const QString &text)
    {
        for (int row = 0; row < s.transcripts().rowCount(id); ++row) {
            const session::Message &m = s.transcripts().at(id, row);
            if (m.direction == direction && m.text == text)
                return true;
        }
        return false;
    }

    static bool listShows(QAbstractItemView *view, const QString &text)
    {
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data().toString().contains(text))
                return true;
        return false;
    }

    static QStringList items(QListWidget *list)
    {
        QStringList out;
        for (int row = 0; row < list->count(); ++row)
            out << list->item(row)->text();
        return out;
    }

    QString gridText(const QString &username, int column) const
    {
        QAbstractItemModel *model = grid->grid()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, models::AgentGridModel::AgentColumn).data().toString() == username)
                return model->index(row, column).data().toString();
        return {};
    }

    // The grid's Monitor menu for the selected agent, as it is when it opens.
    QAction *monitorAction(const QString &interactionId)
    {
        emit grid->monitorMenu()->aboutToShow();
        return grid->monitorMenu()->findChild<QAction *>(QStringLiteral("monitor:") + interactionId);
    }

    // A screenshot of a window with a menu open: the menu is a window of its own, so it
    // is painted over the grab where it shows.
    static bool screenshotWithMenus(QWidget *window, const QList<QMenu *> &menus, const QString &name)
    {
        QPixmap pixmap = window->grab();
        QPainter painter(&pixmap);
        for (QMenu *menu : menus)
            if (menu->isVisible())
                painter.drawPixmap(window->mapFromGlobal(menu->mapToGlobal(QPoint(0, 0))), menu->grab());
        painter.end();
        QLabel shot;
        shot.setPixmap(pixmap);
        shot.resize(pixmap.size() / pixmap.devicePixelRatio());
        return fixtures::screenshot(&shot, name);
    }

private slots:
    void initTestCase()
    {
        const QString startedError = fixtures::startDeskTest(QStringLiteral("tst_ui_supervisor_actions"), server);
        QVERIFY2(startedError.isEmpty(), qPrintable(startedError));
        QVERIFY(state.isValid());
        started = QDateTime::currentDateTimeUtc().addSecs(-1);
        customers = std::make_unique<fixtures::ChatCustomers>(server, QStringLiteral("Supervised"),
                                                              QStringLiteral("sup-cust-"));
        QVERIFY2(customers->isValid(), qPrintable(customers->errorString()));

        // agent1 at their desk (the real chat module), agent2 as a session.
        agent1 = fixtures::signInSession(server, QStringLiteral("agent1"), state.filePath(QStringLiteral("a1")));
        agent2 = fixtures::signInSession(server, QStringLiteral("agent2"), state.filePath(QStringLiteral("a2")));
        QVERIFY(agent1 && agent2);
        app::ModuleFolders folders;
        folders.modules = QStringLiteral(SB_MODULES_DIR);
        folders.downloads = state.filePath(QStringLiteral("a1-downloads"));
        folders.state = state.filePath(QStringLiteral("a1-state"));
        agent1Desk = std::make_unique<app::MainWindow>(*agent1, folders);
        agent1Desk->resize(1100, 700);
        agent1Desk->show();
        QVERIFY(QTest::qWaitForWindowExposed(agent1Desk.get()));
        QVERIFY(fixtures::waitForOk([&](auto done) { agent1->agent().setState(session::AgentState::Available, {}, false, done); }));
        QVERIFY(fixtures::waitForOk([&](auto done) {
            agent2->agent().setState(session::AgentState::NotReady, QStringLiteral("reason-break"), false, done);
        }));

        // The supervisor's desk needs no channel module, and one module host per process
        // is what the client is built for: agent1's desk has the modules.
        QVERIFY(QDir().mkpath(state.filePath(QStringLiteral("no-modules"))));
        desk = fixtures::signInToDesk(server, QStringLiteral("supervisor1"), state.filePath(QStringLiteral("no-modules")));
        QVERIFY(desk);
        app::MainWindow *window = desk->mainWindow();
        window->resize(1200, 700);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        grid = window->findChild<app::AgentGridView *>();
        QVERIFY(grid);
        QTRY_COMPARE_WITH_TIMEOUT(gridText(QStringLiteral("agent1"), models::AgentGridModel::StateColumn),
                                  QStringLiteral("Available"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!gridText(QStringLiteral("agent2"), models::AgentGridModel::StateColumn).isEmpty(), 15000);
        // Skills and team names come from the directory's agent profiles, live: an admin
        // gives agent1 two skills and a team while the grid is open.
        v1::UpsertAgentProfileRequest upsert;
        v1::AgentProfile &profile = *upsert.mutable_profile();
        profile.set_user_id(agent1->userId().toStdString());
        profile.set_team_id("team-blue");
        for (const auto &[skill, proficiency] : {std::pair{"skill-english", 7}, std::pair{"skill-billing", 4}}) {
            v1::AgentSkill &s = *profile.add_skills();
            s.set_skill_id(skill);
            s.set_proficiency(proficiency);
        }
        v1::AgentProfile stored;
        const grpc::Status upserted = customers->client().directory().UpsertAgentProfile(
            fixtures::GrpcClient::context(customers->adminToken()).get(), upsert, &stored);
        QVERIFY2(upserted.ok(), upserted.error_message().c_str());
        QTRY_COMPARE_WITH_TIMEOUT(gridText(QStringLiteral("agent1"), models::AgentGridModel::SkillsColumn),
                                  QStringLiteral("English (7), Billing (4)"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(gridText(QStringLiteral("agent1"), models::AgentGridModel::TeamColumn),
                                  QStringLiteral("Team Blue"), 15000);
    }

    void nothingIsOfferedWithoutASelection()
    {
        grid->grid()->selectionModel()->clear();
        QVERIFY(!grid->stateButton()->isEnabled());
        QVERIFY(!grid->monitorButton()->isEnabled());
        for (QWidget *control : QList<QWidget *>{grid->stateButton(), grid->signOutButton(), grid->monitorButton()})
            QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
        QVERIFY(grid->stateButton()->toolTip().contains(QStringLiteral("Ctrl+Shift+S")));
        QVERIFY(grid->signOutButton()->toolTip().contains(QStringLiteral("Ctrl+Shift+O")));
        QVERIFY(grid->monitorButton()->toolTip().contains(QStringLiteral("Ctrl+Shift+M")));
    }

    void forceStateTellsTheAgentWhoDidIt()
    {
        grid->selectAgent(agent1->userId());
        QCOMPARE(grid->selectedUserId(), agent1->userId());
        QTRY_VERIFY(grid->stateButton()->isEnabled());
        // The reasons are the directory's.
        QTRY_VERIFY(grid->notReadyMenu()->findChild<QAction *>(QStringLiteral("forceNotReady:reason-lunch")));
        QAction *lunch = grid->notReadyMenu()->findChild<QAction *>(QStringLiteral("forceNotReady:reason-lunch"));
        QCOMPARE(lunch->text(), QStringLiteral("Lunch"));

        // The menu as the supervisor sees it (Set state ▸ Not Ready ▸ reasons).
        app::MainWindow *window = desk->mainWindow();
        grid->stateMenu()->popup(grid->stateButton()->mapToGlobal(QPoint(0, grid->stateButton()->height())));
        QTRY_VERIFY(grid->stateMenu()->isVisible());
        grid->stateMenu()->setActiveAction(grid->notReadyMenu()->menuAction());
        grid->notReadyMenu()->popup(grid->stateMenu()->mapToGlobal(
            grid->stateMenu()->actionGeometry(grid->notReadyMenu()->menuAction()).topRight()));
        QTRY_VERIFY(grid->notReadyMenu()->isVisible());
        QVERIFY(screenshotWithMenus(window, {grid->stateMenu(), grid->notReadyMenu()},
                                    QStringLiteral("supervisor-actions-menu")));
        grid->notReadyMenu()->hide();
        grid->stateMenu()->hide();

        // The row's context menu offers the same actions, on the row clicked.
        grid->grid()->selectionModel()->clear();
        QAbstractItemModel *model = grid->grid()->model();
        int agent1Row = -1;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(models::AgentGridModel::UserIdRole).toString() == agent1->userId())
                agent1Row = row;
        QVERIFY(agent1Row >= 0);
        emit grid->grid()->customContextMenuRequested(grid->grid()->visualRect(model->index(agent1Row, 1)).center());
        QCOMPARE(grid->selectedUserId(), agent1->userId());
        auto *context = grid->findChild<QMenu *>(QStringLiteral("agentContextMenu"));
        QVERIFY(context);
        QTRY_VERIFY(context->isVisible());
        QStringList titles;
        for (QAction *action : context->actions())
            titles << action->text();
        QCOMPARE(titles, (QStringList{QStringLiteral("Set &state"), QStringLiteral("Sign &out…"), QStringLiteral("&Monitor…")}));
        QVERIFY(context->actions().at(0)->menu()->actions().contains(grid->notReadyMenu()->menuAction()));
        context->close();

        QSignalSpy finished(grid, &app::AgentGridView::actionFinished);
        lunch->trigger();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(agent1->agent().state(), session::AgentState::NotReady, 10000);
        QCOMPARE(agent1->agent().reasonCodeId(), QStringLiteral("reason-lunch"));
        // The agent is told, by name, in their desk.
        const QString told = QStringLiteral("supervisor1 set you to Not Ready — Lunch");
        QTRY_VERIFY_WITH_TIMEOUT(noticesOf(*agent1).contains(told), 10000);
        app::AgentWorkspace *workspace = agent1Desk->agentWorkspace();
        QTRY_VERIFY(workspace->supervisorNotice()->isVisible());
        QVERIFY2(workspace->supervisorNoticeLines().last().startsWith(told),
                 qPrintable(workspace->supervisorNoticeLines().join(QLatin1Char('|'))));
        QTRY_COMPARE_WITH_TIMEOUT(gridText(QStringLiteral("agent1"), models::AgentGridModel::StateColumn),
                                  QStringLiteral("Not Ready — Lunch"), 10000);
        QVERIFY(!noticesOf(*agent2).contains(told));

        // And back to Available.
        finished.clear();
        grid->stateMenu()->findChild<QAction *>(QStringLiteral("forceAvailable"))->trigger();
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(agent1->agent().state(), session::AgentState::Available, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(noticesOf(*agent1).contains(QStringLiteral("supervisor1 set you to Available")), 10000);
    }

    void monitorWhisperAndBargeAChat()
    {
        app::AgentWorkspace *workspace = agent1Desk->agentWorkspace();
        chatId = customers->enqueueChat();
        QVERIFY(!chatId.isEmpty());
        widgets::OfferToast *toast = workspace->offerToast();
        QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible() && toast->interactionId() == chatId, 15000);
        QVERIFY(fixtures::click(toast->acceptButton()));
        QTRY_COMPARE_WITH_TIMEOUT(workspace->currentInteractionId(), chatId, 10000);
        QWidget *panel = workspace->panelFor(chatId);
        QVERIFY(panel);
        QVERIFY(customers->says(chatId, "Hello, where is my parcel?"));
        QTRY_VERIFY_WITH_TIMEOUT(fixtures::transcriptShows(panel, QStringLiteral("where is my parcel")), 10000);

        // The grid shows the chat among agent1's interactions; Monitor… offers it.
        QTRY_VERIFY_WITH_TIMEOUT(gridText(QStringLiteral("agent1"), models::AgentGridModel::InteractionsColumn)
                                     .contains(QStringLiteral("chat: Customer")), 10000);
        grid->selectAgent(agent1->userId());
        QTRY_VERIFY(grid->monitorButton()->isEnabled());
        QAction *monitorIt = monitorAction(chatId);
        QVERIFY(monitorIt);
        monitorIt->trigger();
        QCOMPARE(grid->monitorWindows().size(), 1);
        app::MonitorWindow *monitor = grid->monitorWindows().first();
        QCOMPARE(monitor->interactionId(), chatId);
        QVERIFY(QTest::qWaitForWindowExposed(monitor));
        QTRY_VERIFY_WITH_TIMEOUT(monitor->isMonitoring(), 10000);
        // What was said before, then what is said now, live and read-only.
        QTRY_VERIFY_WITH_TIMEOUT(listShows(monitor->transcript(), QStringLiteral("Hello, where is my parcel?")), 10000);
        QVERIFY(customers->says(chatId, "It was due on Monday"));
        QTRY_VERIFY_WITH_TIMEOUT(listShows(monitor->transcript(), QStringLiteral("It was due on Monday")), 10000);
        QCOMPARE(monitor->transcript()->editTriggers(), QAbstractItemView::NoEditTriggers);
        // The agent's answer too.
        auto *editor = panel->findChild<QWidget *>(QStringLiteral("editor"));
        QVERIFY(editor);
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Let me check that for you"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(listShows(monitor->transcript(), QStringLiteral("Let me check that for you")), 10000);
        const QString customer = agent1->interactions().at(agent1->interactions().indexOf(chatId)).customer.displayName;
        QVERIFY(customer.startsWith(QStringLiteral("Customer ")));
        QTRY_VERIFY_WITH_TIMEOUT(noticesOf(*agent1).contains(
                                     QStringLiteral("supervisor1 is monitoring your chat with ") + customer), 10000);
        QVERIFY(monitor->windowTitle().contains(customer));

        // A whisper: the agent sees it (their transcript, marked, and the banner); the
        // customer never does.
        QVERIFY(!monitor->whisperButton()->isEnabled());      // nothing typed yet
        monitor->whisperField()->setText(QStringLiteral("Offer the express refund"));
        QVERIFY(monitor->whisperButton()->isEnabled());
        QSignalSpy whispered(monitor, &app::MonitorWindow::whispered);
        QVERIFY(fixtures::click(monitor->whisperButton()));
        QVERIFY(whispered.wait(10000));
        QCOMPARE(whispered.first().first().toBool(), true);
        QVERIFY(monitor->whisperError()->isHidden());
        QVERIFY(monitor->whisperField()->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(hasMessage(*agent1, chatId, session::MessageDirection::Whisper,
                                            QStringLiteral("Offer the express refund")), 10000);
        // In the chat panel the whisper says who whispered.
        QTRY_VERIFY_WITH_TIMEOUT(fixtures::transcriptShows(panel, QStringLiteral("Whisper from supervisor1: Offer the express refund")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(workspace->supervisorNoticeLines().join(QLatin1Char('|')).contains(
                                     QStringLiteral("Whisper from supervisor1: Offer the express refund (")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(listShows(monitor->transcript(),
                                           QStringLiteral("Whisper from supervisor1: Offer the express refund")), 10000);
        QVERIFY(customers->says(chatId, "Are you still there?"));
        QTRY_VERIFY_WITH_TIMEOUT(customers->sees(chatId, QStringLiteral("Are you still there?")), 10000);
        QVERIFY(!customers->sees(chatId, QStringLiteral("Offer the express refund")));
        QVERIFY(fixtures::screenshot(agent1Desk.get(), QStringLiteral("agent-whisper")));

        // Barge: the customer sees the supervisor join.
        QSignalSpy barged(monitor, &app::MonitorWindow::barged);
        QVERIFY(fixtures::click(monitor->bargeButton()));
        QVERIFY(barged.wait(10000));
        QCOMPARE(barged.first().first().toBool(), true);
        QVERIFY(!monitor->bargeButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(customers->sees(chatId, QStringLiteral("supervisor1 joined")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(listShows(monitor->transcript(), QStringLiteral("supervisor1 joined")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(noticesOf(*agent1).join(QLatin1Char('|')).contains(
                                     QStringLiteral("supervisor1 joined your chat with")), 10000);
        QVERIFY(!customers->sees(chatId, QStringLiteral("Offer the express refund")));
        QVERIFY(fixtures::screenshot(monitor, QStringLiteral("supervisor-monitor-chat")));

        // Monitoring the same chat again raises the same window.
        QCOMPARE(grid->monitor(chatId), monitor);
        QCOMPARE(grid->monitorWindows().size(), 1);
        monitor->close();
        QTRY_COMPARE(grid->monitorWindows().size(), 0);
    }

    void monitorWhisperAndBargeACall()
    {
        // agent1 takes no call: agent2 does.
        QVERIFY(fixtures::waitForOk([&](auto done) {
            agent1->agent().setState(session::AgentState::NotReady, QStringLiteral("reason-break"), false, done);
        }));
        QVERIFY(fixtures::waitForOk([&](auto done) { agent2->agent().setState(session::AgentState::Available, {}, false, done); }));
        callId = customers->enqueue(v1::CHANNEL_VOICE, QStringLiteral("Billing question"));
        QVERIFY(!callId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(agent2->interactions().indexOf(callId) >= 0, 15000);
        QVERIFY(fixtures::waitForOk([&](auto done) { agent2->interactions().accept(callId, done); }));
        QTRY_COMPARE_WITH_TIMEOUT(agent2->calls().call(callId).state, session::CallState::Connected, 10000);

        QTRY_VERIFY_WITH_TIMEOUT(gridText(QStringLiteral("agent2"), models::AgentGridModel::InteractionsColumn)
                                     .contains(QStringLiteral("voice: Customer")), 10000);
        grid->selectAgent(agent2->userId());
        QAction *monitorIt = monitorAction(callId);
        QVERIFY(monitorIt);
        monitorIt->trigger();
        app::MonitorWindow *monitor = grid->monitorWindows().value(0);
        QVERIFY(monitor);
        QVERIFY(monitor->callParties());
        QVERIFY(!monitor->transcript());
        QTRY_VERIFY_WITH_TIMEOUT(monitor->isMonitoring(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(monitor->callState()->text(), QStringLiteral("Call: Connected"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(monitor->callParties()->count(), 2, 10000);
        QVERIFY(items(monitor->callParties()).contains(QStringLiteral("agent2 (agent)")));
        QVERIFY(!items(monitor->callParties()).join(QLatin1Char('|')).contains(QStringLiteral("supervisor1")));
        QTRY_VERIFY_WITH_TIMEOUT(noticesOf(*agent2).join(QLatin1Char('|')).contains(
                                     QStringLiteral("supervisor1 is monitoring your voice call with")), 10000);

        QSignalSpy whispered(monitor, &app::MonitorWindow::whispered);
        monitor->whisperField()->setText(QStringLiteral("Mention the new tariff"));
        QTest::keyClick(monitor->whisperField(), Qt::Key_Return);
        QVERIFY(whispered.wait(10000));
        QCOMPARE(whispered.first().first().toBool(), true);
        // The agent gets the whisper itself (their desk keeps the call's transcript open for it).
        agent2->transcripts().open(callId);
        QTRY_VERIFY_WITH_TIMEOUT(hasMessage(*agent2, callId, session::MessageDirection::Whisper,
                                            QStringLiteral("Mention the new tariff")), 10000);
        QVERIFY(!customers->sees(callId, QStringLiteral("Mention the new tariff")));

        QSignalSpy barged(monitor, &app::MonitorWindow::barged);
        QVERIFY(fixtures::click(monitor->bargeButton()));
        QVERIFY(barged.wait(10000));
        QCOMPARE(barged.first().first().toBool(), true);
        // The supervisor is a party of the call now, for everyone.
        QTRY_VERIFY_WITH_TIMEOUT(items(monitor->callParties()).contains(QStringLiteral("supervisor1 (you)")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (const session::CallParty &party : agent2->calls().call(callId).parties)
                if (party.displayName == QStringLiteral("supervisor1"))
                    return true;
            return false;
        }(), 10000);
        QVERIFY(fixtures::screenshot(monitor, QStringLiteral("supervisor-monitor-call")));
        monitor->close();
    }

    void forceSignOutIsConfirmedAndTheDeskSaysByWhom()
    {
        grid->selectAgent(agent1->userId());
        QTRY_VERIFY(grid->signOutButton()->isEnabled());
        // Cancel changes nothing.
        QVERIFY(fixtures::click(grid->signOutButton()));
        QTRY_VERIFY(grid->signOutConfirmation() && grid->signOutConfirmation()->isVisible());
        QVERIFY(grid->signOutConfirmation()->text().contains(QStringLiteral("agent1")));
        QVERIFY(fixtures::click(grid->signOutConfirmation()->button(QMessageBox::Cancel)));
        QTRY_VERIFY(!grid->signOutConfirmation());
        QCOMPARE(agent1->agent().state(), session::AgentState::NotReady);

        QSignalSpy finished(grid, &app::AgentGridView::actionFinished);
        QVERIFY(fixtures::click(grid->signOutButton()));
        QTRY_VERIFY(grid->signOutConfirmation() && grid->signOutConfirmation()->isVisible());
        QVERIFY(fixtures::click(grid->signOutConfirmation()->button(QMessageBox::Yes)));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(agent1->agent().state(), session::AgentState::Offline, 10000);
        QCOMPARE(grid->actionStatus()->text(), QStringLiteral("agent1 was signed out."));
        // The chat agent1 held went back to its queue; the desk says who signed them out.
        QTRY_COMPARE_WITH_TIMEOUT(agent1->interactions().indexOf(chatId), -1, 10000);
        app::AgentWorkspace *workspace = agent1Desk->agentWorkspace();
        QTRY_VERIFY_WITH_TIMEOUT(workspace->supervisorNoticeLines().join(QLatin1Char('|'))
                                     .contains(QStringLiteral("supervisor1 signed you out")), 10000);
        QVERIFY(workspace->supervisorNotice()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(gridText(QStringLiteral("agent1"), models::AgentGridModel::StateColumn),
                                  QStringLiteral("Offline"), 10000);
        QVERIFY(fixtures::screenshot(agent1Desk.get(), QStringLiteral("agent-signed-out")));
        // Offline: nothing more to sign out.
        QVERIFY(!grid->signOutButton()->isEnabled());
    }

    void everyActionIsAudited()
    {
        session::SupervisorActions actions(*desk->session());
        QList<session::AuditItem> entries;
        QString error;
        auto load = [&] {
            bool done = false;
            actions.listAudit({}, [&](const QList<session::AuditItem> &list, const QString &e) {
                entries = list;
                error = e;
                done = true;
            });
            return QTest::qWaitFor([&] { return done; }, 10000);
        };
        auto has = [&](const QString &action, const QString &target, const QString &detail = {}) {
            for (const session::AuditItem &e : std::as_const(entries))
                if (e.action == action && e.target == target && e.details.contains(detail)
                    && e.actorName == QStringLiteral("supervisor1") && e.actorUserId == desk->session()->userId()
                    && e.at >= started && e.at <= QDateTime::currentDateTimeUtc())
                    return true;
            return false;
        };
        const QString user1 = QStringLiteral("user:") + agent1->userId();
        const QString chat = QStringLiteral("interaction:") + chatId;
        const QString call = QStringLiteral("interaction:") + callId;
        QTRY_VERIFY_WITH_TIMEOUT(load() && has(QStringLiteral("agent.force_sign_out"), user1), 10000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(has(QStringLiteral("agent.force_state"), user1, QStringLiteral("Not Ready — Lunch")));
        QVERIFY(has(QStringLiteral("agent.force_state"), user1, QStringLiteral("to Available")));
        QVERIFY(has(QStringLiteral("conversation.monitor"), chat));
        QVERIFY(has(QStringLiteral("conversation.whisper"), chat));
        QVERIFY(has(QStringLiteral("conversation.barge"), chat));
        QVERIFY(has(QStringLiteral("conversation.monitor"), call));
        QVERIFY(has(QStringLiteral("conversation.whisper"), call));
        QVERIFY(has(QStringLiteral("conversation.barge"), call));
        for (const session::AuditItem &e : std::as_const(entries))
            if (e.action.startsWith(QStringLiteral("agent.force")))
                QCOMPARE(e.service, QStringLiteral("routing"));
            else if (e.action.startsWith(QStringLiteral("conversation.")))
                QCOMPARE(e.service, QStringLiteral("conversation"));
        // Searchable: by what was done.
        entries.clear();
        bool done = false;
        actions.listAudit(QStringLiteral("conversation.barge"), [&](const QList<session::AuditItem> &list, const QString &) {
            entries = list;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(entries.size(), 2);
    }

    void anAgentIsRefusedByTheServer()
    {
        auto agent3 = fixtures::signInSession(server, QStringLiteral("agent3"), state.filePath(QStringLiteral("a3")));
        QVERIFY(agent3);
        session::SupervisorActions actions(*agent3);
        QSignalSpy finished(&actions, &session::SupervisorActions::finished);
        actions.forceState(agent2->userId(), session::AgentState::NotReady, QStringLiteral("reason-lunch"));
        actions.forceSignOut(agent2->userId());
        actions.startMonitoring(callId, session::Channel::Voice);
        actions.whisper(callId, QStringLiteral("psst"));
        actions.barge(callId);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 5, 10000);
        QSet<int> seen;
        for (const QList<QVariant> &args : std::as_const(finished)) {
            const auto result = args.first().value<session::SupervisorResult>();
            QVERIFY2(!result.ok, qPrintable(result.error));
            QCOMPARE(result.statusCode, 7);     // PERMISSION_DENIED
            QVERIFY(!result.error.isEmpty());
            seen.insert(int(result.action));
        }
        QCOMPARE(seen.size(), 5);
        // Nothing happened to agent2.
        QCOMPARE(agent2->agent().state(), session::AgentState::Available);
        QVERIFY(!noticesOf(*agent2).join(QLatin1Char('|')).contains(QStringLiteral("agent3")));
    }

    void cleanupTestCase()
    {
        agent1Desk.reset();
        desk.reset();
    }
};

QTEST_MAIN(TestSupervisorActions)
#include "tst_ui_supervisor_actions.moc"
