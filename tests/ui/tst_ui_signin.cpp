// The client as a user meets it, against a real server: the sign-in dialog puts each
// error next to its field, a signed-in user gets a workspace per role and a status bar
// with the services' health, sign-out goes back to the dialog, and a restart signs
// back in with the kept refresh token.

#include "app_application.h"
#include "app_main_window.h"
#include "app_sign_in_dialog.h"

#include "session_connection.h"
#include "session_event_stream.h"
#include "session_session.h"
#include "widgets_service_health_indicator.h"
#include "widgets_status_indicator.h"

#include "fixtures_server_process.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using Field = app::SignInDialog::Field;
using Level = widgets::StatusIndicator::Level;

class TestSignIn : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;

    app::StartupOptions options() const
    {
        app::StartupOptions options;
        options.caFile = server.caPath();
        return options;
    }

    static void fillIn(app::SignInDialog *dialog, const QString &server, const QString &user,
                       const QString &password)
    {
        dialog->field(Field::Server)->setText(server);
        dialog->field(Field::User)->setText(user);
        dialog->field(Field::Password)->setText(password);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signIn")), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_signin"));
        QVERIFY2(server.start({QStringLiteral("--seed-demo")}), qPrintable(server.errorString()));
    }

    void init()
    {
        QSettings().clear();
    }

    void emptyFieldsAreNamedUnderThemselves()
    {
        app::SignInDialog dialog;
        QSignalSpy requested(&dialog, &app::SignInDialog::signInRequested);
        dialog.show();
        fillIn(&dialog, QString(), QString(), QString());
        QCOMPARE(requested.size(), 0);
        QVERIFY(!dialog.error(Field::Server).isEmpty());
        QVERIFY(!dialog.error(Field::User).isEmpty());
        QVERIFY(!dialog.error(Field::Password).isEmpty());
        dialog.field(Field::Server)->setFocus();
        QTest::keyClick(dialog.field(Field::Server), Qt::Key_A);
        QVERIFY(dialog.error(Field::Server).isEmpty());     // editing clears it
    }

    void aWrongPasswordIsShownUnderThePassword()
    {
        app::Application application(options());
        application.start();
        QTRY_VERIFY(application.signInDialog() && application.signInDialog()->isVisible());
        fillIn(application.signInDialog(), server.grpcAddress(), QStringLiteral("agent1"),
               QStringLiteral("wrong-password"));
        QTRY_VERIFY_WITH_TIMEOUT(!application.signInDialog()->error(Field::Password).isEmpty(), 10000);
        QVERIFY(application.signInDialog()->error(Field::Password).contains(QStringLiteral("password")));
        QVERIFY(application.signInDialog()->error(Field::Server).isEmpty());
        QVERIFY(!application.signInDialog()->isBusy());
        QVERIFY(!application.session());
    }

    void anUnreachableServerIsShownUnderTheServer()
    {
        app::Application application(options());
        application.start();
        QTRY_VERIFY(application.signInDialog());
        fillIn(application.signInDialog(),
               QStringLiteral("127.0.0.1:%1").arg(fixtures::ServerProcess::freePort()),
               QStringLiteral("agent1"), QStringLiteral("whatever"));
        QTRY_VERIFY_WITH_TIMEOUT(!application.signInDialog()->error(Field::Server).isEmpty(), 20000);
        QVERIFY(application.signInDialog()->error(Field::Server).contains(QStringLiteral("reach")));
        QVERIFY(application.signInDialog()->error(Field::Password).isEmpty());
    }

    void aSupervisorGetsTheirWorkspacesAndTheServicesHealth()
    {
        app::Application application(options());
        application.start();
        QTRY_VERIFY(application.signInDialog());
        QSignalSpy signedIn(&application, &app::Application::signedIn);
        fillIn(application.signInDialog(), server.grpcAddress(), QStringLiteral("supervisor1"),
               server.demoPassword(QStringLiteral("supervisor1")));
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 10000);
        app::MainWindow *window = application.mainWindow();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(!application.signInDialog()->isVisible());

        QTabWidget *tabs = window->workspaces();
        QCOMPARE(tabs->count(), 2);             // agent and supervisor, no admin
        QCOMPARE(tabs->tabText(0), QStringLiteral("Agent"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Supervisor"));
        QCOMPARE(tabs->currentIndex(), 1);

        QTRY_VERIFY_WITH_TIMEOUT(window->isSettled(), 15000);
        QVERIFY(window->serviceHealth()->services().contains(QStringLiteral("identity")));
        for (const QString &service : window->serviceHealth()->services())
            QTRY_COMPARE_WITH_TIMEOUT(window->serviceHealth()->level(service), Level::Ok, 10000);
        QCOMPARE(window->streamIndicator()->level(), Level::Ok);
        QVERIFY(!window->serviceHealth()->indicator(QStringLiteral("identity"))->toolTip().isEmpty());
    }

    void signingOutReturnsToTheDialogAndForgetsTheSession()
    {
        app::Application application(options());
        application.start();
        QTRY_VERIFY(application.signInDialog());
        QSignalSpy signedIn(&application, &app::Application::signedIn);
        fillIn(application.signInDialog(), server.grpcAddress(), QStringLiteral("agent2"),
               server.demoPassword(QStringLiteral("agent2")));
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 10000);
        QPointer<app::MainWindow> window = application.mainWindow();
        QCOMPARE(window->workspaces()->count(), 1);

        QAction *signOut = window->findChild<QAction *>(QStringLiteral("signOutAction"));
        QVERIFY(signOut);
        signOut->trigger();
        QTRY_VERIFY(!window);
        QTRY_VERIFY(application.signInDialog() && application.signInDialog()->isVisible());
        QTRY_VERIFY(!application.session());
        QCOMPARE(application.signInDialog()->field(Field::User)->text(), QStringLiteral("agent2"));

        // Nothing kept: a new start asks for the password again (the dialog shows only
        // once the token store answered that it holds nothing).
        app::Application restarted(options());
        restarted.start();
        QTRY_VERIFY(restarted.signInDialog() && restarted.signInDialog()->isVisible());
        QVERIFY(!restarted.session());
    }

    void aRestartSignsBackInWithoutThePassword()
    {
        {
            app::Application first(options());
            first.start();
            QTRY_VERIFY(first.signInDialog());
            QSignalSpy signedIn(&first, &app::Application::signedIn);
            fillIn(first.signInDialog(), server.grpcAddress(), QStringLiteral("agent3"),
                   server.demoPassword(QStringLiteral("agent3")));
            QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 10000);
        }   // quit without signing out

        app::Application second(app::StartupOptions{});    // no --ca: remembered too
        QSignalSpy signedIn(&second, &app::Application::signedIn);
        second.start();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 10000);
        QCOMPARE(second.session()->username(), QStringLiteral("agent3"));
        QVERIFY(!second.signInDialog() || !second.signInDialog()->isVisible());
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_ui_signin.moc"
