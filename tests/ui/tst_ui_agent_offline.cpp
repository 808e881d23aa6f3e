// Never lose work: a state change and a wrap-up the agent makes while the server is
// down are saved (the desktop says so, and shows what the agent chose), and sent when
// the same server comes back; a saved command the server refuses on replay stays on
// screen, in red, until the agent dismisses it. Real server process, stopped and
// started on the same ports; real client desktop.

#include "app_agent_workspace.h"
#include "app_application.h"
#include "app_main_window.h"

#include "session_agent_store.h"
#include "session_command_journal.h"
#include "session_event_stream.h"
#include "session_interaction_store.h"
#include "session_session.h"
#include "widgets_offer_toast.h"
#include "widgets_wrap_up_form.h"

#include "fixtures_agent_desk.h"
#include "fixtures_chat_customers.h"
#include "fixtures_server_process.h"

#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestAgentOffline : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    std::unique_ptr<fixtures::ChatCustomers> customers;

    std::unique_ptr<app::Application> signIn()
    {
        return fixtures::signInToDesk(server, QStringLiteral("agent1"), QStringLiteral(SB_MODULES_DIR));
    }

    static QString bannerText(app::AgentWorkspace *workspace)
    {
        QStringList texts;
        for (const QLabel *label : workspace->journalBanner()->findChildren<QLabel *>())
            texts << label->text();
        return texts.join(QLatin1Char('\n'));
    }

    // Stops the server and waits until the desktop knows it is gone.
    bool serverDown(session::Session *s)
    {
        if (!server.stop())
            return false;
        return QTest::qWaitFor([&] { return s->events().state() != session::StreamState::Connected; }, 15000);
    }

private slots:
    void initTestCase()
    {
        const QString started = fixtures::startDeskTest(QStringLiteral("tst_ui_agent_offline"), server);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        customers = std::make_unique<fixtures::ChatCustomers>(server, QStringLiteral("Offline desk"), QStringLiteral("off-cust-"));
        QVERIFY2(customers->isValid(), qPrintable(customers->errorString()));
    }

    void init()
    {
        QSettings().clear();
        if (!server.isRunning())
            QVERIFY2(server.start(), qPrintable(server.errorString()));
    }

    void aStateChosenWhileTheServerIsDownIsSentWhenItIsBack()
    {
        auto application = signIn();
        QVERIFY(application);
        app::AgentWorkspace *workspace = application->mainWindow()->agentWorkspace();
        session::Session *s = application->session();
        QVERIFY(fixtures::goAvailable(workspace, s));
        QVERIFY(!workspace->journalBanner()->isVisible());

        QVERIFY(serverDown(s));
        const int lunch = workspace->stateBox()->findData(QStringLiteral("reason-lunch"));
        QVERIFY(lunch > 0);
        workspace->stateBox()->setCurrentIndex(lunch);

        // Saved, said so, and the state bar shows what the agent chose (not the server's).
        QTRY_VERIFY_WITH_TIMEOUT(workspace->journalBanner()->isVisible(), 15000);
        QVERIFY(bannerText(workspace).contains(QStringLiteral("Lunch")));
        QCOMPARE(s->journal().pendingCount(), 1);
        QVERIFY(QFile::exists(s->journal().filePath()));
        QCOMPARE(workspace->stateBox()->currentIndex(), lunch);
        QVERIFY(workspace->findChild<QLabel *>(QStringLiteral("nextState"))->text().contains(QStringLiteral("offline")));
        QVERIFY(!workspace->findChild<QLabel *>(QStringLiteral("stateError"))->isVisible());
        fixtures::screenshot(application->mainWindow(), QStringLiteral("agent-offline"));

        // The same server comes back: the change is replayed and becomes the server's state.
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(s->journal().pendingCount(), 0, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(s->agent().state(), session::AgentState::NotReady, 15000);
        QCOMPARE(s->agent().reasonCodeId(), QStringLiteral("reason-lunch"));
        QTRY_VERIFY(!workspace->journalBanner()->isVisible());
        QCOMPARE(workspace->stateBox()->currentIndex(), lunch);
        QVERIFY(!QFile::exists(s->journal().filePath()));
    }

    void aWrapUpDoneWhileTheServerIsDownIsSentWhenItIsBack()
    {
        auto application = signIn();
        QVERIFY(application);
        app::AgentWorkspace *workspace = application->mainWindow()->agentWorkspace();
        session::Session *s = application->session();
        QVERIFY(fixtures::goAvailable(workspace, s));

        const QString id = customers->enqueueChat();
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(workspace->offerToast()->isVisible() && workspace->offerToast()->interactionId() == id, 15000);
        QTest::mouseClick(workspace->offerToast()->acceptButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(workspace->currentInteractionId(), id, 10000);
        QTRY_VERIFY(workspace->endButton()->isVisible());
        QTest::mouseClick(workspace->endButton(), Qt::LeftButton);
        widgets::WrapUpForm *form = workspace->wrapUpForm();
        QTRY_VERIFY_WITH_TIMEOUT(form->isVisible() && form->codeBox()->count() == 2, 10000);
        QVERIFY(!form->countdownText().isEmpty());      // the queue gives 600 s of after-contact work

        QVERIFY(serverDown(s));
        form->codeBox()->setCurrentIndex(0);
        QTest::mouseClick(form->doneButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(s->interactions().hasPendingWrapUp(id), 15000);
        QTRY_VERIFY(form->findChild<QLabel *>(QStringLiteral("wrapUpError"))->text().contains(QStringLiteral("offline")));
        QVERIFY(!form->doneButton()->isEnabled());          // not twice
        QVERIFY(bannerText(workspace).contains(id) || bannerText(workspace).contains(QStringLiteral("rap")));
        QCOMPARE(s->interactions().indexOf(id), 0);         // still on the desk until the server decides

        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(s->interactions().indexOf(id), -1, 30000);
        QCOMPARE(s->journal().pendingCount(), 0);
        QTRY_VERIFY(!workspace->journalBanner()->isVisible());
        QVERIFY(!form->isVisible());
    }

    void aSavedCommandTheServerRefusesStaysUntilDismissed()
    {
        auto application = signIn();
        QVERIFY(application);
        app::AgentWorkspace *workspace = application->mainWindow()->agentWorkspace();
        session::Session *s = application->session();
        QVERIFY(fixtures::goAvailable(workspace, s));

        QVERIFY(serverDown(s));
        // A reason code an administrator deleted while the agent was offline: journaled
        // as the store journals it, refused by the server on replay.
        const int lunch = workspace->stateBox()->findData(QStringLiteral("reason-lunch"));
        workspace->stateBox()->setItemData(lunch, QStringLiteral("reason-deleted-meanwhile"));
        workspace->stateBox()->setCurrentIndex(lunch);
        QTRY_COMPARE_WITH_TIMEOUT(s->journal().pendingCount(), 1, 15000);

        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(workspace->findChild<QPushButton *>(QStringLiteral("journalDismiss")), 30000);
        QTRY_VERIFY(workspace->findChild<QLabel *>(QStringLiteral("journalFailed"))->isVisible());
        QVERIFY(bannerText(workspace).contains(QStringLiteral("refused")));
        QCOMPARE(s->agent().state(), session::AgentState::Available);   // the server's truth
        fixtures::screenshot(application->mainWindow(), QStringLiteral("agent-offline-refused"));

        QTest::mouseClick(workspace->findChild<QPushButton *>(QStringLiteral("journalDismiss")), Qt::LeftButton);
        QTRY_VERIFY(!workspace->journalBanner()->isVisible());
        QVERIFY(s->journal().entries().isEmpty());
    }
};

QTEST_MAIN(TestAgentOffline)
#include "tst_ui_agent_offline.moc"
