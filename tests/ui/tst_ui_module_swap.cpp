// Hot swap of the chat panel while agent1 is in a chat, against a real server: chat 1.2.0
// installed into the modules folder replaces 1.1.0's open panel in place (draft, scroll
// position and focus kept, every customer message shown once, the session and its event
// stream untouched, 1.1.0 unmapped); 1.3.0 that cannot initialize, 1.4.0 for another
// API version and 1.5.0 with a bad signature leave the agent on 1.2.0 with a notice
// and a module status that say why; installing the SMS module starts SMS offers and
// removing it stops them; a version that was loading when the client died is
// quarantined on the next start.

#include "app_agent_workspace.h"
#include "app_application.h"
#include "app_main_window.h"
#include "app_module_host_bridge.h"

#include "session_agent_store.h"
#include "session_event_stream.h"
#include "session_interaction_store.h"
#include "session_session.h"
#include "widgets_offer_toast.h"
#include "widgets_wrap_up_form.h"

#include "fixtures_agent_desk.h"
#include "fixtures_chat_customers.h"
#include "fixtures_module_harness.h"
#include "fixtures_server_process.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QProcess>
#include <QTest>
#include <QTextEdit>

#include "api_panel_state.h"

namespace {

const QString swapModules = QStringLiteral(SB_SWAP_MODULES_DIR);
const QString builtModules = QStringLiteral(SB_MODULES_DIR);

// Copies a version folder the way an installer must: every file, the manifest last.
bool installVersion(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    const QDir source(from);
    for (const QString &name : source.entryList(QDir::Files)) {
        if (name == QLatin1String("manifest.json"))
            continue;
        if (!QFile::copy(source.filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return QFile::copy(source.filePath(QStringLiteral("manifest.json")), QDir(to).filePath(QStringLiteral("manifest.json")));
}

// How many transcript rows show `text`.
int rowsShowing(QWidget *panel, const QString &text)
{
    auto *view = panel ? panel->findChild<QAbstractItemView *>(QStringLiteral("transcript")) : nullptr;
    if (!view || !view->model())
        return -1;
    int count = 0;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(Qt::DisplayRole).toString().contains(text))
            ++count;
    return count;
}

// A snapshot's own copy: its keys may be QStringLiterals in the module's library, gone
// once that version is unloaded (docs/modules.md: plain values, used while both live).
QVariantMap ownCopy(const QVariantMap &map)
{
    QVariantMap out;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString key(it.key().constData(), it.key().size());
        out.insert(key, it.value().typeId() == QMetaType::QString
                            ? QVariant(QString(it.value().toString().constData(), it.value().toString().size()))
                            : it.value());
    }
    return out;
}

QString version(QWidget *panel) { return panel ? panel->property("moduleVersion").toString() : QString(); }

} // namespace

// The data-driven failure cases carry the expected state.
Q_DECLARE_METATYPE(app::ModuleStatus::State)

class TestModuleSwap : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    std::unique_ptr<fixtures::ChatCustomers> customers;
    QTemporaryDir modules;
    std::unique_ptr<app::Application> application;
    app::AgentWorkspace *workspace = nullptr;
    session::Session *s = nullptr;
    QString chatId;

    QString folder(const QString &id, const QString &version) const
    {
        return modules.filePath(id + QLatin1Char('/') + version);
    }
    bool install(const QString &variant, const QString &version)
    {
        return installVersion(swapModules + QLatin1Char('/') + variant + QStringLiteral("/chat/") + version,
                              folder(QStringLiteral("chat"), version));
    }
    app::ModuleStatus chatStatus() const { return workspace->bridge().moduleStatus().value(QStringLiteral("chat")); }

private slots:
    void initTestCase()
    {
        const QString started = fixtures::startDeskTest(QStringLiteral("tst_ui_module_swap"), server);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        // What earlier runs left: downloads, markers, the quarantine list.
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir(data + QStringLiteral("/modules")).removeRecursively();
        QDir(data + QStringLiteral("/module-loading")).removeRecursively();
        QFile::remove(data + QStringLiteral("/module-quarantine.json"));
        customers = std::make_unique<fixtures::ChatCustomers>(server, QStringLiteral("Module swap"), QStringLiteral("swap-cust-"));
        QVERIFY2(customers->isValid(), qPrintable(customers->errorString()));

        // The agent's modules: chat 1.1.0 and the built-in e-mail and voice panels; no SMS.
        QVERIFY(modules.isValid());
        QVERIFY(install(QStringLiteral("v110"), QStringLiteral("1.1.0")));
        for (const QString &id : {QStringLiteral("email"), QStringLiteral("voice")}) {
            const QDir built(builtModules + QLatin1Char('/') + id);
            const QString v = built.entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0);
            QVERIFY2(!v.isEmpty(), qPrintable(id));
            QVERIFY(installVersion(built.filePath(v), folder(id, v)));
        }
    }

    void cleanupTestCase()
    {
        application.reset();
    }

    void aNewVersionReplacesTheOpenPanelInPlace()
    {
        application = fixtures::signInToDesk(server, QStringLiteral("agent1"), modules.path());
        QVERIFY(application);
        app::MainWindow *window = application->mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        workspace = window->agentWorkspace();
        s = application->session();
        QVERIFY(fixtures::goAvailable(workspace, s));

        chatId = customers->enqueueChat();
        QVERIFY(!chatId.isEmpty());
        widgets::OfferToast *toast = workspace->offerToast();
        QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible() && toast->interactionId() == chatId, 15000);
        QTest::mouseClick(toast->acceptButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(workspace->currentInteractionId(), chatId, 10000);
        QWidget *panel = workspace->panelFor(chatId);
        QCOMPARE(version(panel), QStringLiteral("1.1.0"));

        // A transcript long enough to scroll, scrolled up, and a draft being typed.
        for (int i = 1; i <= 30; ++i)
            QVERIFY(customers->says(chatId, QStringLiteral("line %1 of the story").arg(i).toStdString()));
        QTRY_VERIFY_WITH_TIMEOUT(rowsShowing(panel, QStringLiteral("line 30 of the story")) == 1, 15000);
        auto *editor = panel->findChild<QPlainTextEdit *>(QStringLiteral("editor"));
        QVERIFY(editor);
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Unsent draft"));
        const bool editorHadFocus = QApplication::focusWidget() == editor;
        auto *view = panel->findChild<QAbstractItemView *>(QStringLiteral("transcript"));
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 3);
        const QVariantMap before = ownCopy(qobject_cast<modules::api::PanelState *>(panel)->snapshot());
        QVERIFY(!before.value(QStringLiteral("atBottom")).toBool());
        const int index = workspace->panels()->indexOf(panel);

        QSignalSpy streamChanges(&s->events(), &session::EventStream::stateChanged);
        session::Session *const sessionBefore = application->session();
        QPointer<QWidget> old(panel);
        const QString v110 = QDir(folder(QStringLiteral("chat"), QStringLiteral("1.1.0")))
                                 .filePath(QStringLiteral("libsb_swap_chat_v110.so"));
        QVERIFY(fixtures::isMapped(v110));

        // Messages right before and right after the new version lands.
        QVERIFY(customers->says(chatId, "right before the swap"));
        QVERIFY(install(QStringLiteral("v120"), QStringLiteral("1.2.0")));
        QVERIFY(customers->says(chatId, "right after the swap"));

        QTRY_COMPARE_WITH_TIMEOUT(version(workspace->panelFor(chatId)), QStringLiteral("1.2.0"), 10000);
        QWidget *replaced = workspace->panelFor(chatId);
        QTRY_VERIFY(old.isNull());
        QCOMPARE(workspace->panels()->indexOf(replaced), index);
        QCOMPARE(workspace->panels()->currentWidget(), replaced);
        auto *newEditor = replaced->findChild<QPlainTextEdit *>(QStringLiteral("editor"));
        QCOMPARE(newEditor->toPlainText(), QStringLiteral("Unsent draft"));
        if (editorHadFocus)
            QCOMPARE(QApplication::focusWidget(), newEditor);
        const QVariantMap after = ownCopy(qobject_cast<modules::api::PanelState *>(replaced)->snapshot());
        QVERIFY(!after.value(QStringLiteral("atBottom")).toBool());
        QCOMPARE(after.value(QStringLiteral("firstVisible")), before.value(QStringLiteral("firstVisible")));

        QTRY_COMPARE_WITH_TIMEOUT(rowsShowing(replaced, QStringLiteral("right after the swap")), 1, 10000);
        QCOMPARE(rowsShowing(replaced, QStringLiteral("right before the swap")), 1);
        for (int i = 1; i <= 30; ++i)
            QCOMPARE(rowsShowing(replaced, QStringLiteral("line %1 of the story").arg(i)), 1);

        // The session and its stream went on as if nothing happened.
        QCOMPARE(application->session(), sessionBefore);
        QCOMPARE(s->events().state(), session::StreamState::Connected);
        QVERIFY2(streamChanges.isEmpty(), "the event stream changed state during the swap");
        QCOMPARE(s->interactions().indexOf(chatId) >= 0, true);

        QCOMPARE(chatStatus().version, QStringLiteral("1.2.0"));
        QCOMPARE(chatStatus().state, app::ModuleStatus::State::Running);
        QCOMPARE(workspace->bridge().loadedVersion(QStringLiteral("chat")), QStringLiteral("1.2.0"));
        // The replaced version is gone from the process.
        QTRY_VERIFY_WITH_TIMEOUT(!fixtures::isMapped(v110), 5000);
        QVERIFY(!workspace->moduleNotice()->isVisible());
    }

    // switchboard-ctl as an administrator (admin1) against this server.
    int ctl(const QStringList &arguments, QByteArray *output = nullptr)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(SWITCHBOARD_BIN_DIR "/switchboard-ctl"),
                      arguments + QStringList{QStringLiteral("--server"), server.grpcAddress(), QStringLiteral("--ca"),
                                              server.caPath(), QStringLiteral("--user"), QStringLiteral("admin1"),
                                              QStringLiteral("--password-file"), server.demoPasswordFile(QStringLiteral("admin1"))});
        if (!process.waitForFinished(30000))
            return -1;
        if (output)
            *output = process.readAll();
        return process.exitCode();
    }

    void aCatalogRolloutSwapsThePanelLiveAndARollbackSwapsItBack()
    {
        // The previous test left agent1 on chat 1.2.0 with a draft. An administrator
        // publishes chat 1.1.0 (signed with the build's key, which the server and the
        // client trust) and rolls it out to agent1: the client downloads, verifies and
        // installs it, and swaps the open panel without touching the session.
        QVERIFY(application && workspace && s);
        const QString keys = QStringLiteral(SWITCHBOARD_BIN_DIR "/../share/switchboard/trusted-keys");
        QDir().mkpath(server.dataDir() + QStringLiteral("/trusted-keys"));
        QFile::remove(server.dataDir() + QStringLiteral("/trusted-keys/dev.pub"));
        QVERIFY(QFile::copy(keys + QStringLiteral("/dev.pub"), server.dataDir() + QStringLiteral("/trusted-keys/dev.pub")));
        const QString bundle = modules.filePath(QStringLiteral("chat-1.1.0.sbm"));
        QByteArray out;
        QProcess sign;
        sign.start(QStringLiteral(SWITCHBOARD_BIN_DIR "/switchboard-ctl"),
                   {QStringLiteral("module"), QStringLiteral("sign"), swapModules + QStringLiteral("/v110/chat/1.1.0"),
                    QStringLiteral("--key"), QStringLiteral(SWITCHBOARD_BIN_DIR "/../keys/dev.key"), QStringLiteral("--out"), bundle});
        QVERIFY(sign.waitForFinished(30000) && sign.exitCode() == 0);
        QCOMPARE(ctl({QStringLiteral("module"), QStringLiteral("publish"), bundle}, &out), 0);

        QWidget *panel = workspace->panelFor(chatId);
        QCOMPARE(version(panel), QStringLiteral("1.2.0"));
        auto *editor = panel->findChild<QPlainTextEdit *>(QStringLiteral("editor"));
        QCOMPARE(editor->toPlainText(), QStringLiteral("Unsent draft"));
        const QVariantMap before = ownCopy(qobject_cast<modules::api::PanelState *>(panel)->snapshot());
        QVERIFY(!before.value(QStringLiteral("atBottom")).toBool());     // still scrolled up
        QSignalSpy streamChanges(&s->events(), &session::EventStream::stateChanged);

        QCOMPARE(ctl({QStringLiteral("module"), QStringLiteral("rollout"), QStringLiteral("chat"), QStringLiteral("1.1.0"),
                      QStringLiteral("--users"), QStringLiteral("agent1")}, &out), 0);
        QTRY_COMPARE_WITH_TIMEOUT(version(workspace->panelFor(chatId)), QStringLiteral("1.1.0"), 15000);
        QWidget *rolledOut = workspace->panelFor(chatId);
        QCOMPARE(rolledOut->findChild<QPlainTextEdit *>(QStringLiteral("editor"))->toPlainText(), QStringLiteral("Unsent draft"));
        const QVariantMap after = ownCopy(qobject_cast<modules::api::PanelState *>(rolledOut)->snapshot());
        QCOMPARE(after.value(QStringLiteral("firstVisible")), before.value(QStringLiteral("firstVisible")));
        QCOMPARE(rowsShowing(rolledOut, QStringLiteral("right after the swap")), 1);
        QVERIFY(customers->says(chatId, "after the rollout"));
        QTRY_COMPARE_WITH_TIMEOUT(rowsShowing(rolledOut, QStringLiteral("after the rollout")), 1, 10000);
        QVERIFY2(streamChanges.isEmpty(), "the event stream changed state during the rollout");
        // What the client runs reached the catalog.
        QTRY_VERIFY2_WITH_TIMEOUT(ctl({QStringLiteral("module"), QStringLiteral("status"), QStringLiteral("chat")}, &out) == 0
                                      && out.contains("1.1.0") && out.toLower().contains("running"),
                                  out.constData(), 15000);

        // Rolled back: the client returns to what it had (1.2.0, still installed), live.
        QCOMPARE(ctl({QStringLiteral("module"), QStringLiteral("rollback"), QStringLiteral("chat"),
                      QStringLiteral("--users"), QStringLiteral("agent1")}, &out), 0);
        QTRY_COMPARE_WITH_TIMEOUT(version(workspace->panelFor(chatId)), QStringLiteral("1.2.0"), 15000);
        QCOMPARE(workspace->panelFor(chatId)->findChild<QPlainTextEdit *>(QStringLiteral("editor"))->toPlainText(),
                 QStringLiteral("Unsent draft"));
        QCOMPARE(rowsShowing(workspace->panelFor(chatId), QStringLiteral("after the rollout")), 1);
        QVERIFY2(streamChanges.isEmpty(), "the event stream changed state during the rollback");
        QCOMPARE(s->events().state(), session::StreamState::Connected);
    }

    void everyBuiltInModuleCanBeUnloaded()
    {
        QDirIterator it(builtModules, {QStringLiteral("lib*.so")}, QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (it.hasNext()) {
            const QString library = it.next();
            const QString problem = fixtures::unloadabilityProblem(library);
            QVERIFY2(problem.isEmpty(), qPrintable(library + QStringLiteral(": ") + problem));
            ++checked;
        }
        QVERIFY(checked >= 4);      // chat, sms, email, voice
    }

    void aVersionThatCannotStartLeavesTheAgentOnThePreviousOne_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("version");
        QTest::addColumn<app::ModuleStatus::State>("state");
        QTest::addColumn<QString>("why");
        QTest::newRow("fails to initialize") << QStringLiteral("v130-init-fails") << QStringLiteral("1.3.0")
                                             << app::ModuleStatus::State::Failed
                                             << QStringLiteral("translations for this version are missing");
        QTest::newRow("wrong API version") << QStringLiteral("v140-wrong-api") << QStringLiteral("1.4.0")
                                           << app::ModuleStatus::State::Refused << QStringLiteral("2.0");
        QTest::newRow("bad signature") << QStringLiteral("v150-bad-signature") << QStringLiteral("1.5.0")
                                       << app::ModuleStatus::State::Refused << QStringLiteral("changed since it was signed");
    }

    void aVersionThatCannotStartLeavesTheAgentOnThePreviousOne()
    {
        QFETCH(QString, variant);
        QFETCH(QString, version);
        QFETCH(app::ModuleStatus::State, state);
        QFETCH(QString, why);
        QVERIFY(workspace);
        QWidget *panel = workspace->panelFor(chatId);
        QCOMPARE(::version(panel), QStringLiteral("1.2.0"));
        QSignalSpy streamChanges(&s->events(), &session::EventStream::stateChanged);
        workspace->moduleNotice()->hide();

        QVERIFY(install(variant, version));
        QTRY_VERIFY_WITH_TIMEOUT(chatStatus().attempted == version, 10000);
        const app::ModuleStatus status = chatStatus();
        QCOMPARE(status.state, state);
        QCOMPARE(status.version, QStringLiteral("1.2.0"));
        QVERIFY2(status.message.contains(why), qPrintable(status.message));
        QTRY_VERIFY(workspace->moduleNotice()->isVisible());
        const QString notice = workspace->moduleNoticeText()->text();
        QVERIFY2(notice.contains(QStringLiteral("Chat ") + version) || notice.contains(QStringLiteral("chat ") + version),
                 qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("staying on 1.2.0")), qPrintable(notice));
        // The administrator sees it too: `switchboard-ctl module status` lists this client
        // with the version that could not start, its state and the reason.
        QByteArray out;
        const QByteArray stateName = state == app::ModuleStatus::State::Failed ? "FAILED" : "REFUSED";
        QTRY_VERIFY2_WITH_TIMEOUT(ctl({QStringLiteral("module"), QStringLiteral("status"), QStringLiteral("chat")}, &out) == 0
                                      && out.contains(version.toUtf8()) && out.contains(stateName) && out.contains(why.toUtf8()),
                                  out.constData(), 15000);
        // The agent's panel is the same widget of the same version.
        QCOMPARE(workspace->panelFor(chatId), panel);
        QCOMPARE(workspace->bridge().loadedVersion(QStringLiteral("chat")), QStringLiteral("1.2.0"));
        const QString still = QStringLiteral("still there after %1?").arg(version);
        QVERIFY(customers->says(chatId, still.toStdString()));
        QTRY_COMPARE_WITH_TIMEOUT(rowsShowing(panel, still), 1, 10000);
        QVERIFY(streamChanges.isEmpty());
        // Not tried again on the next scan.
        workspace->bridge().rescan();
        QCOMPARE(chatStatus().attempted, version);
        QCOMPARE(workspace->bridge().loadedVersion(QStringLiteral("chat")), QStringLiteral("1.2.0"));
        // Uninstalled again, so that the next row is the newest version.
        QVERIFY(QDir(folder(QStringLiteral("chat"), version)).removeRecursively());
    }

    void installingAndRemovingTheSmsModuleStartsAndStopsSmsOffers()
    {
        QVERIFY(workspace);
        // The chat ends first, so that capacity is not what keeps offers away.
        QTest::mouseClick(workspace->endButton(), Qt::LeftButton);
        widgets::WrapUpForm *form = workspace->wrapUpForm();
        QTRY_VERIFY_WITH_TIMEOUT(form->isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(form->codeBox()->count(), 2, 10000);
        form->codeBox()->setCurrentIndex(0);
        QTest::mouseClick(form->doneButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(s->interactions().indexOf(chatId), -1, 10000);
        QVERIFY(fixtures::goAvailable(workspace, s));
        QVERIFY(!workspace->bridge().servedChannels().contains(QStringLiteral("sms")));
        QTRY_VERIFY_WITH_TIMEOUT(!s->agent().loadedChannels().contains(session::Channel::Sms), 10000);

        // Without the SMS module: an SMS waits, a chat enqueued after it is offered.
        const QString sms = customers->enqueue(switchboard::v1::CHANNEL_SMS);
        QVERIFY(!sms.isEmpty());
        const QString chat = customers->enqueueChat();
        widgets::OfferToast *toast = workspace->offerToast();
        QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible() && toast->interactionId() == chat, 15000);
        QCOMPARE(s->interactions().indexOf(sms), -1);
        QTest::mouseClick(toast->rejectButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(s->interactions().indexOf(chat), -1, 10000);
        QVERIFY(customers->abandons(chat));
        QVERIFY(fixtures::goAvailable(workspace, s));
        QCOMPARE(s->interactions().indexOf(sms), -1);

        // Installed: the waiting SMS is offered.
        const QDir built(builtModules + QStringLiteral("/sms"));
        const QString v = built.entryList(QDir::Dirs | QDir::NoDotAndDotDot).value(0);
        QVERIFY(installVersion(built.filePath(v), folder(QStringLiteral("sms"), v)));
        QTRY_VERIFY_WITH_TIMEOUT(workspace->bridge().servedChannels().contains(QStringLiteral("sms")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible() && toast->interactionId() == sms, 15000);
        QTest::mouseClick(toast->acceptButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(workspace->currentInteractionId(), sms, 10000);
        QTRY_VERIFY(workspace->panelFor(sms) && workspace->panelFor(sms)->objectName() != QLatin1String("noPanel"));
        QPointer<QWidget> smsPanel(workspace->panelFor(sms));

        // Removed: the open SMS goes on in its panel; a new SMS is not offered, a chat is.
        QVERIFY(QDir(modules.filePath(QStringLiteral("sms"))).removeRecursively());
        QTRY_VERIFY_WITH_TIMEOUT(!workspace->bridge().servedChannels().contains(QStringLiteral("sms")), 10000);
        // Routing has heard it (its answer to SetLoadedChannels): only then is an SMS
        // enqueued now certain not to be offered here.
        QTRY_VERIFY_WITH_TIMEOUT(!s->agent().loadedChannels().contains(session::Channel::Sms), 10000);
        QVERIFY(smsPanel);
        QCOMPARE(workspace->panelFor(sms), smsPanel.data());
        const QString sms2 = customers->enqueue(switchboard::v1::CHANNEL_SMS);
        const QString chat2 = customers->enqueueChat();
        QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible() && toast->interactionId() == chat2, 15000);
        QCOMPARE(s->interactions().indexOf(sms2), -1);
        QTest::mouseClick(toast->rejectButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(s->interactions().indexOf(chat2), -1, 10000);
        QVERIFY(customers->abandons(chat2));
        QVERIFY(customers->abandons(sms2));
    }

    void aVersionThatWasLoadingWhenTheClientDiedIsQuarantined()
    {
        QVERIFY(s);
        // What a crash leaves: the marker of chat 1.2.0 being loaded, never removed.
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(QDir().mkpath(data + QStringLiteral("/module-loading")));
        QFile marker(data + QStringLiteral("/module-loading/chat-1.2.0"));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write("2024-05-06T10:00:00Z");
        marker.close();

        // The next start (a second bridge over the same folders and state).
        app::ModuleHostBridge next(*s, app::ModuleFolders{modules.path(), {}, {}, {}});
        QVERIFY(!QFile::exists(marker.fileName()));
        const app::ModuleStatus status = next.moduleStatus().value(QStringLiteral("chat"));
        QCOMPARE(status.state, app::ModuleStatus::State::Quarantined);
        QCOMPARE(status.attempted, QStringLiteral("1.2.0"));
        QCOMPARE(status.version, QStringLiteral("1.1.0"));
        QVERIFY2(status.message.contains(QStringLiteral("quarantined: it crashed the client on 2024-05-06")),
                 qPrintable(status.message));
        QVERIFY(QFile::exists(data + QStringLiteral("/module-quarantine.json")));

        // And the one after: still quarantined, from the list.
        app::ModuleHostBridge third(*s, app::ModuleFolders{modules.path(), {}, {}, {}});
        QCOMPARE(third.moduleStatus().value(QStringLiteral("chat")).state, app::ModuleStatus::State::Quarantined);
    }
};


QTEST_MAIN(TestModuleSwap)
#include "tst_ui_module_swap.moc"
