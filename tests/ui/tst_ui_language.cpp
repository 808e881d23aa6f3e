// The interface language changes while an agent works: against a real server and the
// real modules, agent1 holds a live chat; switching to German (through app::Appearance
// and through View > Language), to Spanish and back to English retranslates the live
// window — state bar, End/Transfer, menus, the chat panel, the wrap-up form — without
// signing out: the session object stays the same and the event stream stays connected.
// No visible text of the main window is left in English after the switch.
// With SB_SCREENSHOT_DIR set, the German window with the chat goes to agent-german.png.

#include "app_agent_workspace.h"
#include "app_application.h"
#include "app_appearance.h"
#include "app_main_window.h"
#include "app_sign_in_dialog.h"

#include "session_agent_store.h"
#include "session_event_stream.h"
#include "session_interaction_store.h"
#include "session_session.h"
#include "widgets_customer_context.h"
#include "widgets_offer_toast.h"
#include "widgets_wrap_up_form.h"

#include "fixtures_chat_customers.h"
#include "fixtures_server_process.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using Field = app::SignInDialog::Field;

namespace {

// A visible text of the window, and where it is (for a failure message).
struct ShownText {
    QString text;
    QString where;
};

QString describe(const QObject *object)
{
    QString name = QString::fromLatin1(object->metaObject()->className());
    if (!object->objectName().isEmpty())
        name += QLatin1Char('#') + object->objectName();
    return name;
}

void collectMenu(const QMenu *menu, QList<ShownText> &out)
{
    out.append({menu->title(), describe(menu)});
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (action->menu())
            collectMenu(action->menu(), out);
        else
            out.append({action->text(), QStringLiteral("QAction#") + action->objectName() + QStringLiteral(" in ") + describe(menu)});
    }
}

// Every text an agent sees in the window: labels, buttons, group boxes, tabs, the
// menus of the menu bar (all of them: an agent opens them), and placeholders.
QList<ShownText> shownTexts(QMainWindow *window)
{
    QList<ShownText> out;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            out.append({label->text(), describe(label)});
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            out.append({button->text(), describe(button)});
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            out.append({box->title(), describe(box)});
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                out.append({tabs->tabText(i), describe(tabs)});
        } else if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
            out.append({edit->placeholderText(), describe(edit)});
        else if (auto *line = qobject_cast<QLineEdit *>(widget))
            out.append({line->placeholderText(), describe(line)});
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            out.append({combo->currentText(), describe(combo)});
    }
    for (const QAction *action : window->menuBar()->actions()) {
        if (action->menu())
            collectMenu(action->menu(), out);
    }
    return out;
}

bool hasLetters(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return true;
    }
    return false;
}

} // namespace

class TestLanguage : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    std::unique_ptr<fixtures::ChatCustomers> customers;
    std::unique_ptr<app::Application> application;
    QPointer<session::Session> session;
    QString chatId;
    QList<ShownText> english;     // the window's texts before any switch
    std::unique_ptr<QSignalSpy> streamChanges;

    // The same in every language, or data rather than interface text.
    QSet<QString> sameEverywhere() const
    {
        QSet<QString> same = {
            QStringLiteral("&Switchboard"), QStringLiteral("Switchboard"),
            QStringLiteral("Chat"), QStringLiteral("SMS"), QStringLiteral("Offline"),
            QStringLiteral("Routing"), QStringLiteral("Gateway"), QStringLiteral("Supervisor"),
            QStringLiteral("Admin"),
        };
        for (const QString &code : app::Appearance::languages())
            same << app::Appearance::nativeName(code);      // each language under its own name
        if (application && application->session()) {
            same << application->session()->displayName() << application->session()->username();
        }
        same << QStringLiteral("Agent");                    // the German tab reads the same
        same << QStringLiteral("Agent desk UI");            // the queue's name
        same << workspace()->customerContext()->customerName();
        same << customers->lastCustomerId();
        return same;
    }

    // The English texts still shown (not allowed to be the same in `language`).
    QStringList leftInEnglish(const QSet<QString> &alsoAllowed = {}) const
    {
        QSet<QString> originals;
        for (const ShownText &shown : english)
            originals.insert(shown.text);
        const QSet<QString> allowed = sameEverywhere() + alsoAllowed;
        QStringList left;
        for (const ShownText &shown : shownTexts(application->mainWindow())) {
            if (shown.text.isEmpty() || !hasLetters(shown.text) || allowed.contains(shown.text))
                continue;
            if (originals.contains(shown.text))
                left << shown.where + QStringLiteral(": \"") + shown.text + QLatin1Char('"');
        }
        return left;
    }

    app::MainWindow *window() const { return application->mainWindow(); }
    app::AgentWorkspace *workspace() const { return window()->agentWorkspace(); }

    QLabel *buddyOf(QWidget *parent, QWidget *buddy) const
    {
        for (QLabel *label : parent->findChildren<QLabel *>()) {
            if (label->buddy() == buddy)
                return label;
        }
        return nullptr;
    }

    QStringList menuTitles() const
    {
        QStringList titles;
        for (const QAction *action : window()->menuBar()->actions())
            titles << action->text();
        return titles;
    }

    QWidget *chatPanel() const { return workspace()->panelFor(chatId); }

    // The menus in the menu bar now (a language change builds new ones).
    QMenu *shownMenu(const QString &name) const
    {
        QList<QMenu *> menus;
        for (const QAction *action : window()->menuBar()->actions()) {
            if (action->menu())
                menus << action->menu();
        }
        while (!menus.isEmpty()) {
            QMenu *menu = menus.takeFirst();
            if (menu->objectName() == name)
                return menu;
            for (const QAction *action : menu->actions()) {
                if (action->menu())
                    menus << action->menu();
            }
        }
        return nullptr;
    }

    QAction *languageAction(const QString &code) const
    {
        QMenu *menu = shownMenu(QStringLiteral("languageMenu"));
        if (!menu)
            return nullptr;
        for (QAction *action : menu->actions()) {
            if (action->objectName() == QStringLiteral("language-") + code)
                return action;
        }
        return nullptr;
    }

    // The session and the stream survive every switch.
    void verifyStillSignedIn()
    {
        QVERIFY(application->session());
        QCOMPARE(application->session(), session.data());
        QCOMPARE(session->events().state(), session::StreamState::Connected);
        QVERIFY2(streamChanges->isEmpty(), "the event stream changed state during a language switch");
        QCOMPARE(session->agent().state(), session::AgentState::Available);
        QCOMPARE(workspace()->currentInteractionId(), chatId);
    }

    static bool panelShows(QWidget *panel, const QString &text)
    {
        auto *view = panel->findChild<QAbstractItemView *>(QStringLiteral("transcript"));
        if (!view || !view->model())
            return false;
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QMap<int, QVariant> data = model->itemData(model->index(row, 0));
            for (const QVariant &value : data) {
                if (value.toString().contains(text))
                    return true;
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_language"));
        QSettings().clear();
        QVERIFY2(server.start({QStringLiteral("--seed-demo")}), qPrintable(server.errorString()));
        customers = std::make_unique<fixtures::ChatCustomers>(server, QStringLiteral("Agent desk UI"), QStringLiteral("lang-cust-"));
        QVERIFY2(customers->isValid(), qPrintable(customers->errorString()));

        app::StartupOptions options;
        options.caFile = server.caPath();
        options.modulesDir = QStringLiteral(SB_MODULES_DIR);
        options.language = QStringLiteral("en");
        application = std::make_unique<app::Application>(options);
        application->start();
        QTRY_VERIFY_WITH_TIMEOUT(application->signInDialog() != nullptr, 5000);
        QSignalSpy signedIn(application.get(), &app::Application::signedIn);
        app::SignInDialog *dialog = application->signInDialog();
        dialog->field(Field::Server)->setText(server.grpcAddress());
        dialog->field(Field::User)->setText(QStringLiteral("agent1"));
        dialog->field(Field::Password)->setText(server.demoPassword(QStringLiteral("agent1")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signIn")), Qt::LeftButton);
        QVERIFY(signedIn.wait(15000) || !signedIn.isEmpty());
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        window()->resize(1280, 800);
        session = application->session();
        QVERIFY(session);
        QCOMPARE(app::Appearance::instance()->language(), QStringLiteral("en"));

        QTRY_VERIFY_WITH_TIMEOUT(session->agent().isLoaded() && session->interactions().isLoaded()
                                 && session->events().state() == session::StreamState::Connected, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(window()->isSettled(), 15000);
        if (session->agent().state() != session::AgentState::Available)
            workspace()->stateBox()->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(session->agent().state(), session::AgentState::Available, 10000);

        // A live chat with a customer message in it.
        chatId = customers->enqueueChat();
        QVERIFY(!chatId.isEmpty());
        widgets::OfferToast *toast = workspace()->offerToast();
        QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible() && toast->interactionId() == chatId, 15000);
        QTest::mouseClick(toast->acceptButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(workspace()->currentInteractionId(), chatId, 10000);
        QVERIFY(chatPanel());
        QCOMPARE(chatPanel()->objectName(), QStringLiteral("chatPanel"));
        QVERIFY(customers->says(chatId, "Hallo, mein Router blinkt rot"));
        QTRY_VERIFY_WITH_TIMEOUT(panelShows(chatPanel(), QStringLiteral("mein Router blinkt rot")), 10000);
        QTRY_VERIFY(!workspace()->timeInState()->text().isEmpty());

        english = shownTexts(window());
        streamChanges = std::make_unique<QSignalSpy>(&session->events(), &session::EventStream::stateChanged);
    }

    void cleanupTestCase()
    {
        if (application)
            app::Appearance::instance()->setLanguage(QStringLiteral("en"));
        streamChanges.reset();
        application.reset();
    }

    void theEnglishWindowIsTheBaseline()
    {
        QCOMPARE(workspace()->endButton()->text(), QStringLiteral("End"));
        QCOMPARE(chatPanel()->findChild<QPushButton *>(QStringLiteral("sendButton"))->text(), QStringLiteral("Send"));
        QVERIFY(menuTitles().contains(QStringLiteral("&View")));
        QVERIFY(english.size() > 20);
    }

    void germanRetranslatesTheLiveWindow()
    {
        QVERIFY(app::Appearance::instance()->setLanguage(QStringLiteral("de")));
        QCOMPARE(app::Appearance::instance()->language(), QStringLiteral("de"));
        app::AgentWorkspace *w = workspace();
        QTRY_COMPARE(w->endButton()->text(), QStringLiteral("Beenden"));
        QCOMPARE(w->transferButton()->text(), QStringLiteral("Weiterleiten…"));
        QCOMPARE(buddyOf(w, w->stateBox())->text(), QStringLiteral("S&tatus:"));
        QCOMPARE(w->stateBox()->itemText(0), QStringLiteral("Verfügbar"));
        QCOMPARE(w->stateBox()->currentText(), QStringLiteral("Verfügbar"));
        QVERIFY2(w->timeInState()->text().startsWith(QStringLiteral("seit ")), qPrintable(w->timeInState()->text()));
        QCOMPARE(menuTitles(), (QStringList{QStringLiteral("&Switchboard"), QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}));
        QCOMPARE(shownMenu(QStringLiteral("languageMenu"))->title(), QStringLiteral("&Sprache"));
        QCOMPARE(window()->workspaces()->tabText(window()->workspaces()->indexOf(w)), QStringLiteral("Agent"));

        QWidget *panel = chatPanel();
        QCOMPARE(panel->findChild<QPushButton *>(QStringLiteral("sendButton"))->text(), QStringLiteral("Senden"));
        QCOMPARE(panel->findChild<QPlainTextEdit *>(QStringLiteral("editor"))->placeholderText(),
                 QStringLiteral("Nachricht eingeben. Enter sendet, Shift+Enter beginnt eine neue Zeile, "
                                "/ fügt einen Textbaustein ein"));
        QVERIFY(panelShows(panel, QStringLiteral("mein Router blinkt rot")));   // the transcript is kept

        const QStringList left = leftInEnglish();
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("still English:\n") + left.join(QLatin1Char('\n'))));
        verifyStillSignedIn();

        const QString dir = qEnvironmentVariable("SB_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            // The longer texts ask for a new layout (posted): let it happen before the grab.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QTRY_VERIFY(w->transferButton()->width() >= w->transferButton()->sizeHint().width());
            QVERIFY(window()->grab().save(dir + QStringLiteral("/agent-german.png")));
        }
    }

    void spanishThroughTheLanguageMenu()
    {
        QAction *spanish = languageAction(QStringLiteral("es"));
        QVERIFY(spanish);
        QCOMPARE(spanish->text(), app::Appearance::nativeName(QStringLiteral("es")));
        spanish->trigger();
        QTRY_COMPARE(app::Appearance::instance()->language(), QStringLiteral("es"));
        app::AgentWorkspace *w = workspace();
        QTRY_COMPARE(w->endButton()->text(), QStringLiteral("Finalizar"));
        QCOMPARE(w->transferButton()->text(), QStringLiteral("Transferir…"));
        QCOMPARE(buddyOf(w, w->stateBox())->text(), QStringLiteral("&Estado:"));
        QCOMPARE(w->stateBox()->currentText(), QStringLiteral("Disponible"));
        QCOMPARE(menuTitles(), (QStringList{QStringLiteral("&Switchboard"), QStringLiteral("&Ver"), QStringLiteral("A&yuda")}));
        QCOMPARE(shownMenu(QStringLiteral("languageMenu"))->title(), QStringLiteral("&Idioma"));
        QVERIFY(languageAction(QStringLiteral("es"))->isChecked());     // the rebuilt menu shows the choice
        QCOMPARE(chatPanel()->findChild<QPushButton *>(QStringLiteral("sendButton"))->text(), QStringLiteral("Enviar"));
        QVERIFY(chatPanel()->findChild<QPlainTextEdit *>(QStringLiteral("editor"))->placeholderText()
                    .startsWith(QStringLiteral("Escriba un mensaje.")));

        const QStringList left = leftInEnglish();
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("still English:\n") + left.join(QLatin1Char('\n'))));
        verifyStillSignedIn();
    }

    void backToEnglishShowsTheOriginalTexts()
    {
        QAction *englishAction = languageAction(QStringLiteral("en"));
        QVERIFY(englishAction);
        englishAction->trigger();
        QTRY_COMPARE(app::Appearance::instance()->language(), QStringLiteral("en"));
        app::AgentWorkspace *w = workspace();
        QTRY_COMPARE(w->endButton()->text(), QStringLiteral("End"));
        QCOMPARE(w->transferButton()->text(), QStringLiteral("Transfer…"));
        QCOMPARE(buddyOf(w, w->stateBox())->text(), QStringLiteral("&State:"));
        QCOMPARE(menuTitles(), (QStringList{QStringLiteral("&Switchboard"), QStringLiteral("&View"), QStringLiteral("&Help")}));
        QCOMPARE(chatPanel()->findChild<QPushButton *>(QStringLiteral("sendButton"))->text(), QStringLiteral("Send"));

        // Every text shown at the start is shown again (timers and the like aside).
        QSet<QString> now;
        for (const ShownText &shown : shownTexts(window()))
            now.insert(shown.text);
        QStringList missing;
        for (const ShownText &shown : std::as_const(english)) {
            if (!now.contains(shown.text) && hasLetters(shown.text) && shown.where != QStringLiteral("QLabel#timeInState"))
                missing << shown.where + QStringLiteral(": \"") + shown.text + QLatin1Char('"');
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not restored:\n") + missing.join(QLatin1Char('\n'))));
        verifyStillSignedIn();
    }

    void germanThroughTheMenuTranslatesTheWrapUpForm()
    {
        QAction *german = languageAction(QStringLiteral("de"));
        QVERIFY(german);
        QCOMPARE(german->text(), app::Appearance::nativeName(QStringLiteral("de")));
        german->trigger();
        QTRY_COMPARE(workspace()->endButton()->text(), QStringLiteral("Beenden"));
        verifyStillSignedIn();

        // End the chat: the wrap-up form comes up in German.
        QTest::mouseClick(workspace()->endButton(), Qt::LeftButton);
        widgets::WrapUpForm *form = workspace()->wrapUpForm();
        QTRY_VERIFY_WITH_TIMEOUT(form->isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(form->codeBox()->count(), 2, 10000);
        QCOMPARE(buddyOf(form, form->codeBox())->text(), QStringLiteral("&Code:"));
        QCOMPARE(buddyOf(form, form->findChild<QPlainTextEdit *>(QStringLiteral("wrapUpNotes")))->text(), QStringLiteral("&Notizen:"));
        QCOMPARE(form->doneButton()->text(), QStringLiteral("&Fertig"));
        QCOMPARE(form->codeBox()->placeholderText(), QStringLiteral("Code auswählen"));
        QVERIFY(form->findChildren<QLabel *>().size() > 0);
        bool titled = false;
        for (QLabel *label : form->findChildren<QLabel *>())
            titled = titled || label->text() == QStringLiteral("Nachbearbeitung");
        QVERIFY(titled);

        // Switched during wrap-up: Spanish, then English, the form follows.
        QVERIFY(app::Appearance::instance()->setLanguage(QStringLiteral("es")));
        QTRY_COMPARE(form->doneButton()->text(), QStringLiteral("&Finalizar"));
        QCOMPARE(buddyOf(form, form->codeBox())->text(), QStringLiteral("&Código:"));
        QCOMPARE(buddyOf(form, form->findChild<QPlainTextEdit *>(QStringLiteral("wrapUpNotes")))->text(), QStringLiteral("&Notas:"));
        QVERIFY(app::Appearance::instance()->setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(form->doneButton()->text(), QStringLiteral("&Done"));
        QCOMPARE(buddyOf(form, form->codeBox())->text(), QStringLiteral("&Code:"));

        form->codeBox()->setCurrentIndex(0);
        QTest::mouseClick(form->doneButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(workspace()->inbox()->model()->rowCount(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(session->agent().state(), session::AgentState::Available, 10000);
        QCOMPARE(application->session(), session.data());
        QCOMPARE(session->events().state(), session::StreamState::Connected);
        QVERIFY(streamChanges->isEmpty());
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_ui_language.moc"
