// The agent desktop as an agent meets it, against a real server and the real chat
// module: go Available from the state bar, an offer toast counts down, Accept opens
// the module's chat panel, messages go both ways, End and a wrap-up that requires its
// code bring the agent back to Available with an empty inbox; and a rejected offer.

#include "app_agent_workspace.h"
#include "app_application.h"
#include "app_main_window.h"
#include "app_sign_in_dialog.h"

#include "session_agent_store.h"
#include "session_draft_store.h"
#include "session_event_stream.h"
#include "session_interaction_store.h"
#include "session_session.h"
#include "widgets_offer_toast.h"
#include "widgets_wrap_up_form.h"

#include "fixtures_agent_desk.h"
#include "fixtures_chat_customers.h"
#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"


#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

using Field = app::SignInDialog::Field;

class TestAgentChat : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    std::unique_ptr<fixtures::ChatCustomers> customers;

    std::unique_ptr<app::Application> signIn(const QString &user)
    {
        return fixtures::signInToDesk(server, user, QStringLiteral(SB_MODULES_DIR));
    }

    static bool panelShows(QWidget *panel, const QString &text) { return fixtures::transcriptShows(panel, text); }
    static void screenshot(QWidget *window, const QString &name) { QVERIFY(fixtures::screenshot(window, name)); }
    static bool goAvailable(app::AgentWorkspace *workspace, session::Session *s) { return fixtures::goAvailable(workspace, s); }

private slots:
    void initTestCase()
    {
        const QString started = fixtures::startDeskTest(QStringLiteral("tst_ui_agent_chat"), server);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        customers = std::make_unique<fixtures::ChatCustomers>(server, QStringLiteral("Agent desk UI"), QStringLiteral("ui-cust-"));
        QVERIFY2(customers->isValid(), qPrintable(customers->errorString()));
    }

    void init()
    {
        QSettings().clear();    // no kept token: every test signs in through the dialog
    }

    void anAgentTakesAChatFromOfferToWrapUp()
    {
        auto application = signIn(QStringLiteral("agent1"));
        QVERIFY(application);
        app::MainWindow *window = application->mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        app::AgentWorkspace *workspace = window->agentWorkspace();
        QVERIFY(workspace);
        QCOMPARE(window->workspaces()->currentWidget(), workspace);
        session::Session *s = application->session();
        QVERIFY(goAvailable(workspace, s));
        QTRY_VERIFY(!workspace->timeInState()->text().isEmpty());

        const QString id = customers->enqueueChat();
        QVERIFY(!id.isEmpty());
        widgets::OfferToast *toast = workspace->offerToast();
        QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible() && toast->interactionId() == id, 15000);
        QVERIFY(toast->secondsLeft() > 0);
        QVERIFY(toast->countdownText().contains(QString::number(toast->secondsLeft()))
                || toast->countdownText().contains(QString::number(toast->secondsLeft() + 1)));
        QVERIFY(toast->acceptButton()->toolTip().contains(QStringLiteral("Ctrl+Shift+A")));
        QVERIFY(toast->rejectButton()->toolTip().contains(QStringLiteral("Ctrl+Shift+R")));
        QVERIFY(!toast->acceptButton()->accessibleName().isEmpty());
        QCOMPARE(toast->acceptButton()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+A")));
        QTRY_VERIFY(toast->findChild<QLabel *>(QStringLiteral("offerDetails"))->text().contains(QStringLiteral("Agent desk UI")));

        screenshot(window, QStringLiteral("agent-offer"));
        QTest::mouseClick(toast->acceptButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!toast->isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(workspace->currentInteractionId(), id, 10000);
        QWidget *panel = workspace->panelFor(id);
        QVERIFY(panel);
        QCOMPARE(panel->objectName(), QStringLiteral("chatPanel"));     // the real module's
        QCOMPARE(workspace->panels()->currentWidget(), panel);
        QVERIFY(workspace->endButton()->isVisible());
        QVERIFY(workspace->endButton()->toolTip().contains(QStringLiteral("Ctrl+Shift+E")));

        QVERIFY(customers->says(id, "Hello, my router is broken"));
        QTRY_VERIFY_WITH_TIMEOUT(panelShows(panel, QStringLiteral("Hello, my router is broken")), 10000);

        auto *editor = panel->findChild<QWidget *>(QStringLiteral("editor"));
        QVERIFY(editor);
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Let me help you"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(customers->sees(id, QStringLiteral("Let me help you")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(panelShows(panel, QStringLiteral("Let me help you")), 10000);
        QVERIFY(customers->says(id, "Thanks, it is the blinking red light"));
        QTRY_VERIFY_WITH_TIMEOUT(panelShows(panel, QStringLiteral("blinking red light")), 10000);
        screenshot(window, QStringLiteral("agent-chat"));

        // The knowledge-base tool (a third-party module) follows the chat shown, and its
        // article goes into the reply through the interaction's draft.
        QCOMPARE(workspace->toolViews().size(), 1);
        QWidget *knowledge = workspace->toolViews().first();
        QVERIFY(knowledge);
        QCOMPARE(knowledge->property("moduleId").toString(), QStringLiteral("knowledge-base"));
        workspace->sidePanels()->setCurrentIndex(1);
        auto *articles = knowledge->findChild<QListWidget *>(QStringLiteral("knowledgeArticles"));
        QTRY_COMPARE(articles->item(0)->text(), QStringLiteral("Router: red light blinking"));
        screenshot(window, QStringLiteral("agent-knowledge"));
        QTest::mouseClick(knowledge->findChild<QPushButton *>(QStringLiteral("knowledgeInsert")), Qt::LeftButton);
        QTRY_VERIFY(static_cast<QPlainTextEdit *>(editor)->toPlainText().startsWith(QStringLiteral("A blinking red light")));
        QVERIFY(s->drafts().draft(id).startsWith(QStringLiteral("A blinking red light")));
        static_cast<QPlainTextEdit *>(editor)->clear();
        workspace->sidePanels()->setCurrentIndex(0);

        QTest::mouseClick(workspace->endButton(), Qt::LeftButton);
        widgets::WrapUpForm *form = workspace->wrapUpForm();
        QTRY_VERIFY_WITH_TIMEOUT(form->isVisible(), 10000);
        QVERIFY(!workspace->endButton()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(form->codeBox()->count(), 2, 10000);
        QTest::mouseClick(form->doneButton(), Qt::LeftButton);
        QVERIFY(!form->codeError().isEmpty());             // required, said next to the field
        QCOMPARE(s->interactions().indexOf(id), 0);        // nothing was sent
        form->codeBox()->setCurrentIndex(0);
        QVERIFY(form->codeError().isEmpty());
        QTest::keyClicks(form->findChild<QPlainTextEdit *>(QStringLiteral("wrapUpNotes")), QStringLiteral("router reset"));
        QTest::mouseClick(form->doneButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(workspace->inbox()->model()->rowCount(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(s->agent().state(), session::AgentState::Available, 10000);
        QCOMPARE(workspace->stateBox()->currentIndex(), 0);
        QVERIFY(!form->isVisible());
        QVERIFY(!workspace->panelFor(id));
    }

    void aRejectedOfferLeavesTheInbox()
    {
        auto application = signIn(QStringLiteral("agent1"));
        QVERIFY(application);
        app::AgentWorkspace *workspace = application->mainWindow()->agentWorkspace();
        session::Session *s = application->session();
        QVERIFY(goAvailable(workspace, s));

        const QString id = customers->enqueueChat();
        widgets::OfferToast *toast = workspace->offerToast();
        QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible() && toast->interactionId() == id, 15000);
        QCOMPARE(workspace->inbox()->model()->rowCount(), 1);
        QTest::mouseClick(toast->rejectButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(s->interactions().indexOf(id), -1, 10000);
        QVERIFY(!toast->isVisible());
        QCOMPARE(workspace->inbox()->model()->rowCount(), 0);

        QVERIFY(customers->abandons(id));     // nobody else takes it: let it go
    }
};

QTEST_MAIN(TestAgentChat)
#include "tst_ui_agent_chat.moc"
