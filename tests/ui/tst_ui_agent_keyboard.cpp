// The agent desktop from the keyboard, for everyone: the keyboard help (F1) lists the
// workspace's shortcuts and the open panel's; Accept, next/previous interaction, End
// and the wrap-up work without the mouse; every control an agent can reach has an
// accessible name; the light and dark themes switch while signed in; an offer rings and
// stops ringing. Real server, real desktop, real chat module.

#include "app_agent_workspace.h"
#include "app_appearance.h"
#include "app_application.h"
#include "app_main_window.h"
#include "app_offer_alert.h"

#include "session_agent_store.h"
#include "session_interaction_store.h"
#include "session_session.h"
#include "widgets_offer_toast.h"
#include "widgets_shortcut_overlay.h"
#include "widgets_wrap_up_form.h"

#include "fixtures_agent_desk.h"
#include "fixtures_chat_customers.h"
#include "fixtures_server_process.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>

class TestAgentKeyboard : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    std::unique_ptr<fixtures::ChatCustomers> customers;
    std::unique_ptr<app::Application> application;

    static QStringList entriesOf(const widgets::ShortcutOverlay *overlay, const QString &group)
    {
        QStringList out;
        for (const auto &g : overlay->groups()) {
            if (g.title == group)
                for (const auto &e : g.entries)
                    out << e.action + QLatin1Char('=') + e.keys.toString();
        }
        return out;
    }

    // An offered chat, accepted with the keyboard; its id.
    QString acceptWithKeyboard(app::MainWindow *window, app::AgentWorkspace *workspace)
    {
        const QString id = customers->enqueueChat();
        if (id.isEmpty())
            return {};
        if (!QTest::qWaitFor([&] { return workspace->offerToast()->isVisible()
                                       && workspace->offerToast()->interactionId() == id; }, 15000))
            return {};
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        if (!QTest::qWaitFor([&] { return workspace->currentInteractionId() == id; }, 10000))
            return {};
        return id;
    }

private slots:
    void initTestCase()
    {
        const QString started = fixtures::startDeskTest(QStringLiteral("tst_ui_agent_keyboard"), server);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        customers = std::make_unique<fixtures::ChatCustomers>(server, QStringLiteral("Keyboard desk"), QStringLiteral("kb-cust-"));
        QVERIFY2(customers->isValid(), qPrintable(customers->errorString()));
        application = fixtures::signInToDesk(server, QStringLiteral("agent1"), QStringLiteral(SB_MODULES_DIR));
        QVERIFY(application);
        app::MainWindow *window = application->mainWindow();
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QVERIFY(fixtures::goAvailable(window->agentWorkspace(), application->session()));
    }

    void anOfferRingsUntilItIsAnswered()
    {
        app::MainWindow *window = application->mainWindow();
        app::AgentWorkspace *workspace = window->agentWorkspace();
        app::OfferAlert *alert = window->offerAlert();
        QVERIFY(alert);
        QVERIFY(!alert->isRinging());
        QSignalSpy ringing(alert, &app::OfferAlert::ringingChanged);
        const QString id = acceptWithKeyboard(window, workspace);
        QVERIFY(!id.isEmpty());
        QCOMPARE(ringing.count(), 2);                   // on with the offer, off when accepted
        QCOMPARE(ringing.at(0).at(0).toBool(), true);
        QCOMPARE(ringing.at(1).at(0).toBool(), false);
        QVERIFY(!alert->isRinging());
        QVERIFY(QFileInfo(alert->ringToneFile()).size() > 44);   // a real WAV, more than its header
    }

    void anOfferInTheBackgroundRaisesAnOsNotification()
    {
        app::MainWindow *window = application->mainWindow();
        app::AgentWorkspace *workspace = window->agentWorkspace();
        app::OfferAlert *alert = window->offerAlert();
        QWidget elsewhere;      // the agent works in another window
        elsewhere.show();
        elsewhere.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        QVERIFY(!window->isActiveWindow());
        QSignalSpy notified(alert, &app::OfferAlert::notified);
        const QString id = customers->enqueueChat();
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, 15000);
        QVERIFY(notified.at(0).at(0).toString().contains(QStringLiteral("Chat")));
        QVERIFY(notified.at(0).at(1).toString().contains(QStringLiteral("Keyboard desk")));
        QVERIFY(alert->isRinging());
        // Offscreen there is no system tray: the window alert is what remains, and it says so.
        QCOMPARE(notified.at(0).at(2).toBool(), QSystemTrayIcon::isSystemTrayAvailable());
        QTest::mouseClick(workspace->offerToast()->rejectButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!alert->isRinging(), 10000);
        QVERIFY(customers->abandons(id));
        elsewhere.close();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
    }

    void theKeyboardHelpListsTheWorkspaceAndThePanel()
    {
        app::MainWindow *window = application->mainWindow();
        app::AgentWorkspace *workspace = window->agentWorkspace();
        QVERIFY(!workspace->currentInteractionId().isEmpty());   // the chat of the previous test
        widgets::ShortcutOverlay *overlay = window->shortcutOverlay();
        QVERIFY(!overlay->isVisible());
        QTest::keyClick(window, Qt::Key_F1);
        QTRY_VERIFY(overlay->isVisible());
        const QStringList offers = entriesOf(overlay, QStringLiteral("Offers"));
        QVERIFY2(offers.contains(QStringLiteral("Accept the offer=Ctrl+Shift+A")), qPrintable(offers.join(u'|')));
        QVERIFY(offers.contains(QStringLiteral("Reject the offer=Ctrl+Shift+R")));
        const QStringList interactions = entriesOf(overlay, QStringLiteral("Interactions"));
        for (const QString &expected : {QStringLiteral("Next interaction=Ctrl+PgDown"), QStringLiteral("End the interaction=Ctrl+Shift+E"),
                                        QStringLiteral("Transfer=Ctrl+Shift+T"), QStringLiteral("Wrap up: done=Ctrl+Return")})
            QVERIFY2(interactions.contains(expected), qPrintable(expected + QStringLiteral(" not in ") + interactions.join(u'|')));
        // The chat panel's own keys, read from its tooltips.
        const QStringList panel = entriesOf(overlay, QStringLiteral("In the panel"));
        QVERIFY2(panel.contains(QStringLiteral("Send the message=Enter")), qPrintable(panel.join(u'|')));
        QVERIFY(QTest::qWaitForWindowExposed(overlay));
        QVERIFY(fixtures::screenshot(window, QStringLiteral("agent-keyboard-help")));
        QTest::keyClick(overlay, Qt::Key_Escape);
        QTRY_VERIFY(!overlay->isVisible());
    }

    void everyControlHasAnAccessibleName()
    {
        app::MainWindow *window = application->mainWindow();
        // Whatever takes the keyboard focus must say what it is to a screen reader:
        // its own accessible name, or the text on it (buttons), or a label that is its buddy.
        QSet<const QWidget *> labelled;
        for (const QLabel *label : window->findChildren<QLabel *>())
            if (label->buddy())
                labelled.insert(label->buddy());
        QStringList unnamed;
        for (const QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || w->inherits("QScrollBar")
                || qobject_cast<const QAbstractItemView *>(w->parentWidget()))   // a view's viewport
                continue;
            const auto *button = qobject_cast<const QAbstractButton *>(w);
            const bool named = !w->accessibleName().isEmpty() || labelled.contains(w)
                               || (button && !button->text().remove(u'&').trimmed().isEmpty());
            if (!named)
                unnamed << QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void nextAndPreviousInteractionFromTheKeyboard()
    {
        app::MainWindow *window = application->mainWindow();
        app::AgentWorkspace *workspace = window->agentWorkspace();
        const QString first = workspace->currentInteractionId();
        const QString second = acceptWithKeyboard(window, workspace);
        QVERIFY(!second.isEmpty());
        QCOMPARE(workspace->currentInteractionId(), second);
        QTest::keyClick(window, Qt::Key_PageDown, Qt::ControlModifier);
        QTRY_COMPARE(workspace->currentInteractionId(), first);
        QCOMPARE(workspace->panels()->currentWidget(), workspace->panelFor(first));
        QTest::keyClick(window, Qt::Key_PageUp, Qt::ControlModifier);
        QTRY_COMPARE(workspace->currentInteractionId(), second);
        // The panel has the keyboard: typing goes into its editor.
        auto *editor = workspace->panelFor(second)->findChild<QPlainTextEdit *>(QStringLiteral("editor"));
        QVERIFY(editor);
        QTRY_VERIFY(editor->hasFocus());
    }

    void endAndWrapUpWithoutTheMouse()
    {
        app::MainWindow *window = application->mainWindow();
        app::AgentWorkspace *workspace = window->agentWorkspace();
        session::Session *s = application->session();
        while (s->interactions().count() > 0) {
            const QString id = workspace->currentInteractionId();
            QVERIFY(!id.isEmpty());
            QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
            widgets::WrapUpForm *form = workspace->wrapUpForm();
            QTRY_VERIFY_WITH_TIMEOUT(form->isVisible() && form->codeBox()->count() > 0, 10000);
            QTest::keyClick(window, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
            QTRY_VERIFY(form->codeBox()->hasFocus());
            QTest::keyClick(form->codeBox(), Qt::Key_Down);     // the first code
            QVERIFY(!form->selectedCodeId().isEmpty());
            QTest::keyClick(form->codeBox(), Qt::Key_Return, Qt::ControlModifier);
            QTRY_COMPARE_WITH_TIMEOUT(s->interactions().indexOf(id), -1, 10000);
        }
    }

    void themesSwitchWhileSignedIn()
    {
        app::MainWindow *window = application->mainWindow();
        app::Appearance *appearance = app::Appearance::instance();
        QAction *dark = window->findChild<QAction *>(QStringLiteral("theme-%1").arg(int(app::Appearance::Theme::Dark)));
        QVERIFY(dark);
        dark->trigger();
        QCOMPARE(appearance->theme(), app::Appearance::Theme::Dark);
        QVERIFY(appearance->isDark());
        QTRY_VERIFY(window->palette().color(QPalette::Window).lightness() < 100);
        QVERIFY(window->agentWorkspace()->inbox()->palette().color(QPalette::Base).lightness() < 100);
        QVERIFY(fixtures::screenshot(window, QStringLiteral("agent-dark")));
        QAction *light = window->findChild<QAction *>(QStringLiteral("theme-%1").arg(int(app::Appearance::Theme::Light)));
        light->trigger();
        QVERIFY(!appearance->isDark());
        QTRY_VERIFY(window->palette().color(QPalette::Window).lightness() > 200);
        // The choice is remembered for the next start.
        QCOMPARE(QSettings().value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("light"));

        // "Follow the system": the desktop switches its palette to dark while signed in
        // (what a platform theme does), and the client follows; then back to light.
        appearance->setTheme(app::Appearance::Theme::System);
        QPalette desktopDark = QApplication::palette();
        desktopDark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        desktopDark.setColor(QPalette::Base, QColor(0x18, 0x19, 0x1b));
        QApplication::setPalette(desktopDark);
        QTRY_VERIFY(appearance->isDark());
        QTRY_VERIFY(window->palette().color(QPalette::Window).lightness() < 100);
        QPalette desktopLight = QApplication::palette();
        desktopLight.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
        desktopLight.setColor(QPalette::Base, Qt::white);
        QApplication::setPalette(desktopLight);
        QTRY_VERIFY(!appearance->isDark());
        QTRY_VERIFY(window->palette().color(QPalette::Window).lightness() > 200);
        QVERIFY(application->session()->isSignedIn());
    }

    void cleanupTestCase()
    {
        application.reset();
    }
};

QTEST_MAIN(TestAgentKeyboard)
#include "tst_ui_agent_keyboard.moc"
