// The agent desktop with several interactions, against a real server and the real chat
// module: two chats accepted at once show as two inbox rows, Ctrl+PageDown / Ctrl+PageUp
// switch the shown panel and the customer context, what is typed in each panel reaches
// its own customer, and the transfer dialog (Ctrl+Shift+T) hands one chat back to the
// queue. And an offer the agent ignores: the toast counts down while the offer alert
// rings, the offer times out and leaves the inbox, and (the queue allowing one missed
// offer) the agent is Not Ready "missed", as the state bar shows.

#include "app_agent_workspace.h"
#include "app_application.h"
#include "app_main_window.h"
#include "app_offer_alert.h"

#include "session_agent_store.h"
#include "session_event_stream.h"
#include "session_interaction_store.h"
#include "session_session.h"
#include "widgets_customer_context.h"
#include "widgets_offer_toast.h"
#include "widgets_transfer_dialog.h"
#include "widgets_wrap_up_form.h"

#include "fixtures_agent_desk.h"
#include "fixtures_chat_customers.h"
#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"

#include <QAbstractItemView>
#include <QApplication>
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
#include <QTest>

namespace v1 = switchboard::v1;

class TestAgentMulti : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    std::unique_ptr<fixtures::ChatCustomers> customers;
    std::unique_ptr<fixtures::ChatCustomers> hurried;     // a queue whose offers time out in 5 s

    std::unique_ptr<app::Application> signIn(const QString &user)
    {
        return fixtures::signInToDesk(server, user, QStringLiteral(SB_MODULES_DIR));
    }

    static QString customerOf(session::Session *s, const QString &id)
    {
        const int row = s->interactions().indexOf(id);
        return row < 0 ? QString() : s->interactions().at(row).customer.displayName;
    }

    // The window, shown at the screenshot size and active (window shortcuts need it).
    static app::MainWindow *showWindow(app::Application *application)
    {
        app::MainWindow *window = application->mainWindow();
        window->resize(1100, 700);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window))
            return nullptr;
        return window;
    }


private slots:
    void initTestCase()
    {
        const QString started = fixtures::startDeskTest(QStringLiteral("tst_ui_agent_multi"), server);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        customers = std::make_unique<fixtures::ChatCustomers>(server, QStringLiteral("Multi desk UI"), QStringLiteral("ui-multi-"));
        QVERIFY2(customers->isValid(), qPrintable(customers->errorString()));
        hurried = std::make_unique<fixtures::ChatCustomers>(
            server, QStringLiteral("Quick offers UI"), QStringLiteral("ui-quick-"), [](v1::Queue &queue) {
                queue.set_offer_timeout_seconds(5);     // the shortest the directory takes
                queue.set_max_missed_offers(1);
            });
        QVERIFY2(hurried->isValid(), qPrintable(hurried->errorString()));
    }

    void init()
    {
        QSettings().clear();
    }

    void twoChatsAtOnce()
    {
        auto application = signIn(QStringLiteral("agent1"));
        QVERIFY(application);
        app::MainWindow *window = showWindow(application.get());
        QVERIFY(window);
        app::AgentWorkspace *workspace = window->agentWorkspace();
        QVERIFY(workspace);
        session::Session *s = application->session();
        QVERIFY(fixtures::goAvailable(workspace, s));
        QTRY_VERIFY(!workspace->timeInState()->text().isEmpty());
        QCOMPARE(workspace->inbox()->model()->rowCount(), 0);
        QVERIFY(!workspace->offerToast()->isVisible());
        QCOMPARE(workspace->panels()->currentWidget()->objectName(), QStringLiteral("noInteraction"));
        QVERIFY(fixtures::screenshot(window, QStringLiteral("agent-idle")));

        const QString first = customers->enqueueChat();
        const QString second = customers->enqueueChat();
        QVERIFY(!first.isEmpty() && !second.isEmpty());

        // Both offers, one toast at a time; accept each from it.
        widgets::OfferToast *toast = workspace->offerToast();
        QStringList accepted;
        for (int n = 0; n < 2; ++n) {
            QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible() && (toast->interactionId() == first || toast->interactionId() == second)
                                         && !accepted.contains(toast->interactionId()), 15000);
            accepted << toast->interactionId();
            QVERIFY(fixtures::click(toast->acceptButton()));
            QTRY_COMPARE_WITH_TIMEOUT(workspace->currentInteractionId(), accepted.last(), 10000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!toast->isVisible(), 10000);
        QCOMPARE(workspace->inbox()->model()->rowCount(), 2);
        QWidget *panelA = workspace->panelFor(accepted[0]);
        QWidget *panelB = workspace->panelFor(accepted[1]);
        QVERIFY(panelA && panelB && panelA != panelB);
        QCOMPARE(workspace->panels()->currentWidget(), panelB);     // the last accepted is shown
        QCOMPARE(workspace->customerContext()->objectName(), QStringLiteral("customerContext"));
        QTRY_COMPARE(workspace->customerContext()->customerName(), customerOf(s, accepted[1]));

        QVERIFY(customers->says(accepted[0], "Where is my parcel?"));
        QVERIFY(customers->says(accepted[1], "I want to change my address"));
        QTRY_VERIFY_WITH_TIMEOUT(fixtures::transcriptShows(panelB, QStringLiteral("change my address")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(fixtures::transcriptShows(panelA, QStringLiteral("Where is my parcel?")), 10000);
        QVERIFY(!fixtures::transcriptShows(panelB, QStringLiteral("Where is my parcel?")));

        // Ctrl+PageDown: the other chat (the list wraps around), its panel and its customer.
        const int shownRow = workspace->inbox()->currentIndex().row();
        QTest::keyClick(window, Qt::Key_PageDown, Qt::ControlModifier);
        QTRY_COMPARE(workspace->currentInteractionId(), accepted[0]);
        QCOMPARE(workspace->panels()->currentWidget(), panelA);
        QCOMPARE(workspace->inbox()->currentIndex().row(), (shownRow + 1) % 2);
        QTRY_COMPARE(workspace->customerContext()->customerName(), customerOf(s, accepted[0]));
        auto *editorA = panelA->findChild<QPlainTextEdit *>(QStringLiteral("editor"));
        QTRY_VERIFY(editorA->hasFocus());       // the shown chat takes the keyboard
        QTest::keyClicks(editorA, QStringLiteral("It left the depot this morning"));
        QTest::keyClick(editorA, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(customers->sees(accepted[0], QStringLiteral("It left the depot this morning")), 10000);

        // Ctrl+PageUp: back.
        QTest::keyClick(window, Qt::Key_PageUp, Qt::ControlModifier);
        QTRY_COMPARE(workspace->currentInteractionId(), accepted[1]);
        QCOMPARE(workspace->panels()->currentWidget(), panelB);
        QTRY_COMPARE(workspace->customerContext()->customerName(), customerOf(s, accepted[1]));
        auto *editorB = panelB->findChild<QPlainTextEdit *>(QStringLiteral("editor"));
        QTRY_VERIFY(editorB->hasFocus());
        QTest::keyClicks(editorB, QStringLiteral("Which address should we use?"));
        QTest::keyClick(editorB, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(customers->sees(accepted[1], QStringLiteral("Which address should we use?")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(fixtures::transcriptShows(panelB, QStringLiteral("Which address should we use?")), 10000);
        // Each customer got only their own answer.
        QVERIFY(!customers->sees(accepted[1], QStringLiteral("It left the depot this morning")));
        QVERIFY(!customers->sees(accepted[0], QStringLiteral("Which address should we use?")));
        QVERIFY(fixtures::screenshot(window, QStringLiteral("agent-two-chats")));

        // Ctrl+Shift+T: the transfer dialog for the shown chat; back to its queue.
        QTest::keyClick(window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        widgets::TransferDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = workspace->transferDialog()) && dialog->isVisible(), 5000);
        QCOMPARE(dialog->interactionId(), accepted[1]);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->selectTarget(QStringLiteral("Multi desk UI")), 10000);
        QVERIFY(dialog->targetList()->count() >= 2);
        QVERIFY(dialog->transferButton()->isEnabled());
        QVERIFY(fixtures::click(dialog->transferButton()));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(s->interactions().indexOf(accepted[1]), -1, 10000);
        QCOMPARE(workspace->inbox()->model()->rowCount(), 1);
        QVERIFY(!workspace->panelFor(accepted[1]));
        QTRY_COMPARE(workspace->currentInteractionId(), accepted[0]);
        QCOMPARE(workspace->panels()->currentWidget(), panelA);
        QTRY_COMPARE(workspace->customerContext()->customerName(), customerOf(s, accepted[0]));

        // The other chat ends as usual; the transferred one nobody takes: let it go.
        QVERIFY(fixtures::click(workspace->endButton()));
        widgets::WrapUpForm *form = workspace->wrapUpForm();
        QTRY_VERIFY_WITH_TIMEOUT(form->isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(form->codeBox()->count(), 2, 10000);
        form->codeBox()->setCurrentIndex(0);
        QVERIFY(fixtures::click(form->doneButton()));
        QTRY_COMPARE_WITH_TIMEOUT(workspace->inbox()->model()->rowCount(), 0, 10000);
        QVERIFY(customers->abandons(accepted[1]));
        QTRY_COMPARE_WITH_TIMEOUT(s->agent().state(), session::AgentState::Available, 10000);
    }

    void anIgnoredOfferTimesOut()
    {
        auto application = signIn(QStringLiteral("agent1"));
        QVERIFY(application);
        app::MainWindow *window = showWindow(application.get());
        QVERIFY(window);
        app::AgentWorkspace *workspace = window->agentWorkspace();
        session::Session *s = application->session();
        QVERIFY(fixtures::goAvailable(workspace, s));
        app::OfferAlert *alert = window->offerAlert();
        QVERIFY(alert);
        QVERIFY(!alert->isRinging());

        const QString id = hurried->enqueueChat();
        QVERIFY(!id.isEmpty());
        widgets::OfferToast *toast = workspace->offerToast();
        QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible() && toast->interactionId() == id, 10000);
        QVERIFY(alert->isRinging());
        QCOMPARE(alert->ringingFor(), id);
        const int first = toast->secondsLeft();
        QVERIFY2(first > 0 && first <= 5, qPrintable(QString::number(first)));
        QVERIFY(toast->countdownText().contains(QString::number(first)));
        QCOMPARE(workspace->inbox()->model()->rowCount(), 1);

        // Nobody answers: the toast counts down, then the offer is gone.
        QTRY_VERIFY_WITH_TIMEOUT(!toast->isVisible() || toast->secondsLeft() < first, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!toast->isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(s->interactions().indexOf(id), -1, 5000);
        QCOMPARE(workspace->inbox()->model()->rowCount(), 0);
        QVERIFY(!alert->isRinging());

        // One missed offer is this queue's limit: routing sets the agent Not Ready
        // "missed" and offers it nothing more; the state bar says so.
        QTRY_COMPARE_WITH_TIMEOUT(s->agent().state(), session::AgentState::NotReady, 10000);
        QCOMPARE(s->agent().reasonCodeId(), QStringLiteral("missed"));
        // (KNOWN BUG, reported: the box has no item for a reason the agent cannot choose,
        // goes to index -1 and paints its placeholder "Offline".)
        QVERIFY2(workspace->stateBox()->currentText().contains(QStringLiteral("Not Ready")),
                 qPrintable(QStringLiteral("Not Ready \"missed\" but the state box shows \"%1\" (index %2, placeholder \"%3\")")
                                .arg(workspace->stateBox()->currentText()).arg(workspace->stateBox()->currentIndex())
                                .arg(workspace->stateBox()->placeholderText())));
        QVERIFY(!toast->isVisible());
        QVERIFY(!alert->isRinging());

        // Available again: the waiting chat is offered again; let the customer go.
        QVERIFY(hurried->abandons(id));
        workspace->stateBox()->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(s->agent().state(), session::AgentState::Available, 10000);
    }
};

QTEST_MAIN(TestAgentMulti)
#include "tst_ui_agent_multi.moc"
