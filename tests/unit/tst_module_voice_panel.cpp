// The voice module as the application will use it: the real plugin file, found by the
// registry in the build tree, loaded by the host, given a call the test plays the
// server for (FakeInteraction::setCall()) and read back through what the panel asked
// (callActions, transfers).

#include "host_module_loader.h"
#include "host_module_registry.h"

#include "api_interaction_handle.h"
#include "api_panel_state.h"
#include "fixtures_fake_interaction.h"
#include "fixtures_module_harness.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QShortcut>
#include <QSignalSpy>
#include <QTest>

using modules::api::CallAction;
using modules::api::CallInfo;
using modules::api::CallParty;
using modules::api::InteractionHandle;
using modules::api::TransferTarget;
using modules::host::ModuleLoader;
using modules::host::ModuleRegistry;
using modules::host::ModuleSpec;

namespace {


using fixtures::FakeInteraction;
using TestContext = fixtures::FakeModuleContext;
using Action = QPair<CallAction, QString>;

const CallParty customer{QStringLiteral("c-1"), QStringLiteral("Maria Lopez"), false};

CallInfo callIn(CallInfo::State state, int talkSeconds = 10)
{
    CallInfo call;
    call.state = state;
    if (state != CallInfo::State::Ringing && state != CallInfo::State::None)
        call.connectedAt = QDateTime::currentDateTimeUtc().addSecs(-talkSeconds);
    call.parties = {customer};
    if (state == CallInfo::State::Held || state == CallInfo::State::Consulting) {
        call.parties[0].onHold = true;
        call.heldSince = QDateTime::currentDateTimeUtc().addSecs(-3);
    }
    return call;
}

QList<TransferTarget> someTargets()
{
    using K = TransferTarget::Kind;
    return {{K::Agent, QStringLiteral("u-7"), QStringLiteral("Sam Okafor"), QStringLiteral("Available"), true},
            {K::Queue, QStringLiteral("q-billing"), QStringLiteral("Billing"), QStringLiteral("3 waiting"), true},
            {K::Agent, QStringLiteral("u-9"), QStringLiteral("Lena Berg"), QStringLiteral("Not Ready — Lunch"), false}};
}

} // namespace

class TestModuleVoicePanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void moduleHasNoGnuUniqueSymbols();
    void headerShowsTheCallerAndTheState();
    void answerWhenRinging();
    void holdThenResumeFollowTheServer();
    void holdShortcutToggles();
    void muteToggles();
    void keypadSendsClickedAndTypedDigits();
    void consultThenCompleteTransfer();
    void consultThenConference();
    void blindTransferToAQueue();
    void emptyTargetListSaysSo();
    void hangUp();
    void refusedActionIsShown();
    void laterFailureIsShown();
    void controlsDisabledWhenEnded();
    void controlsDisabledInWrapUp();
    void talkTimeTicksFromConnectedAt();
    void holdTimeFromHeldSince();
    void snapshotRestoreKeepsKeypadAndChooser();
    void everyControlHasAnAccessibleName();
    void shortcutsAreInTheTooltips();
    void screenshot();
    void unloadsOnceNoPanelIsAlive();   // last: unloads the module

private:
    QWidget *createPanel(InteractionHandle *interaction);
    QPushButton *button(const char *name) { return m_panel->findChild<QPushButton *>(QLatin1String(name)); }
    QLabel *label(const char *name) { return m_panel->findChild<QLabel *>(QLatin1String(name)); }
    QListWidget *list(const char *name) { return m_panel->findChild<QListWidget *>(QLatin1String(name)); }
    QWidget *keypad() { return m_panel->findChild<QWidget *>(QStringLiteral("keypadPad")); }
    void showActive();
    void chooseTarget(const QString &name);

    TestContext m_context{QStringLiteral("voice")};
    std::unique_ptr<ModuleLoader> m_loader;
    std::unique_ptr<FakeInteraction> m_voice;
    QWidget *m_panel = nullptr;
};

void TestModuleVoicePanel::initTestCase()
{
    QString error;
    m_loader = fixtures::loadModuleFor(QStringLiteral(SB_MODULES_BUILD_DIR), QStringLiteral("voice"), &m_context, &error);
    QVERIFY2(m_loader, qPrintable(error));
    QCOMPARE(m_loader->spec().id(), QStringLiteral("voice"));
}

void TestModuleVoicePanel::init()
{
    m_voice = std::make_unique<FakeInteraction>(QStringLiteral("voice"));
    m_voice->setCall(callIn(CallInfo::State::Connected));
    m_voice->setTransferTargets(someTargets());
    m_panel = createPanel(m_voice.get());
}

void TestModuleVoicePanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
    m_voice.reset();
}

QWidget *TestModuleVoicePanel::createPanel(InteractionHandle *interaction)
{
    const auto result = m_loader->createPanel(interaction, nullptr);
    if (!result.ok())
        qFatal("createPanel: %s", qPrintable(result.error));
    result.widget->resize(460, 520);
    return result.widget;
}

void TestModuleVoicePanel::showActive()
{
    m_panel->show();
    QApplication::setActiveWindow(m_panel);
    QVERIFY(QTest::qWaitForWindowActive(m_panel));
}

void TestModuleVoicePanel::chooseTarget(const QString &name)
{
    QListWidget *targets = list("targets");
    QVERIFY(targets && targets->isVisibleTo(m_panel));
    const auto items = targets->findItems(name, Qt::MatchStartsWith);
    QCOMPARE(items.size(), 1);
    targets->setCurrentItem(items.first());
    QPushButton *confirm = button("confirmTarget");
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
}

void TestModuleVoicePanel::moduleHasNoGnuUniqueSymbols()
{
    const QString problem = fixtures::unloadabilityProblem(m_loader->spec().filePath());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestModuleVoicePanel::headerShowsTheCallerAndTheState()
{
    QCOMPARE(label("customerName")->text(), QStringLiteral("Maria Lopez"));
    QCOMPARE(label("customerAddress")->text(), QStringLiteral("+49 30 1234567"));
    QCOMPARE(label("callState")->text(), QStringLiteral("Connected"));
    m_voice->setCustomer(QStringLiteral("Maria López-Ortega"), QStringLiteral("+34 91 555 0101"));
    QCOMPARE(label("customerName")->text(), QStringLiteral("Maria López-Ortega"));
    QCOMPARE(label("customerAddress")->text(), QStringLiteral("+34 91 555 0101"));
}

void TestModuleVoicePanel::answerWhenRinging()
{
    m_voice->setState(InteractionHandle::State::Offered);
    m_voice->setCall(callIn(CallInfo::State::Ringing));
    QCOMPARE(label("callState")->text(), QStringLiteral("Ringing"));
    QPushButton *answer = button("answer");
    QVERIFY(answer->isEnabled() && answer->isVisibleTo(m_panel));
    for (const char *other : {"hold", "mute", "keypad", "transfer", "consult", "hangUp"})
        QVERIFY2(!button(other)->isEnabled(), other);
    QTest::mouseClick(answer, Qt::LeftButton);
    QCOMPARE(m_voice->callActions, (QList<Action>{{CallAction::Answer, QString()}}));

    m_voice->setState(InteractionHandle::State::Active);
    m_voice->setCall(callIn(CallInfo::State::Connected));
    QVERIFY(!answer->isEnabled());
    QVERIFY(!answer->isVisibleTo(m_panel));
    QVERIFY(button("hold")->isEnabled());
    QVERIFY(button("hangUp")->isEnabled());
}

void TestModuleVoicePanel::holdThenResumeFollowTheServer()
{
    QPushButton *hold = button("hold");
    QCOMPARE(hold->text(), QStringLiteral("Hold"));
    QTest::mouseClick(hold, Qt::LeftButton);
    QCOMPARE(m_voice->callActions, (QList<Action>{{CallAction::Hold, QString()}}));
    // nothing changes until the server says so
    QVERIFY(!hold->isChecked());
    QCOMPARE(hold->text(), QStringLiteral("Hold"));

    m_voice->setCall(callIn(CallInfo::State::Held));
    QCOMPARE(label("callState")->text(), QStringLiteral("On hold"));
    QVERIFY(hold->isChecked());
    QCOMPARE(hold->text(), QStringLiteral("Resume"));
    QVERIFY(hold->isEnabled());
    QVERIFY(!button("keypad")->isEnabled());   // no tones to a caller on hold
    QTest::mouseClick(hold, Qt::LeftButton);
    QCOMPARE(m_voice->callActions.last(), (Action{CallAction::Resume, QString()}));

    m_voice->setCall(callIn(CallInfo::State::Connected));
    QCOMPARE(hold->text(), QStringLiteral("Hold"));
    QVERIFY(!hold->isChecked());
}

void TestModuleVoicePanel::holdShortcutToggles()
{
    showActive();
    QTest::keyClick(m_panel, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_voice->callActions, (QList<Action>{{CallAction::Hold, QString()}}));
    m_voice->setCall(callIn(CallInfo::State::Held));
    QTest::keyClick(m_panel, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_voice->callActions.last(), (Action{CallAction::Resume, QString()}));
    QTest::keyClick(m_panel, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_voice->callActions.last(), (Action{CallAction::Mute, QString()}));
}

void TestModuleVoicePanel::muteToggles()
{
    QPushButton *mute = button("mute");
    QCOMPARE(mute->text(), QStringLiteral("Mute"));
    QTest::mouseClick(mute, Qt::LeftButton);
    QCOMPARE(m_voice->callActions, (QList<Action>{{CallAction::Mute, QString()}}));
    CallInfo muted = m_voice->call();
    muted.muted = true;
    m_voice->setCall(muted);
    QVERIFY(mute->isChecked());
    QCOMPARE(mute->text(), QStringLiteral("Unmute"));
    QVERIFY(label("callState")->text().contains(QStringLiteral("Muted")));
    QTest::mouseClick(mute, Qt::LeftButton);
    QCOMPARE(m_voice->callActions.last(), (Action{CallAction::Unmute, QString()}));
}

void TestModuleVoicePanel::keypadSendsClickedAndTypedDigits()
{
    showActive();
    QVERIFY(keypad()->isHidden());
    QTest::mouseClick(button("keypad"), Qt::LeftButton);
    QVERIFY(keypad()->isVisible());
    QVERIFY(button("keypad")->isChecked());

    QTest::mouseClick(m_panel->findChild<QAbstractButton *>(QStringLiteral("dtmf_4")), Qt::LeftButton);
    QTest::mouseClick(m_panel->findChild<QAbstractButton *>(QStringLiteral("dtmf_star")), Qt::LeftButton);
    QTRY_VERIFY(keypad()->hasFocus());
    QTest::keyClicks(keypad(), QStringLiteral("07#"));
    QTest::keyClick(keypad(), Qt::Key_A);   // not a tone
    QCOMPARE(m_voice->callActions,
             (QList<Action>{{CallAction::SendDtmf, QStringLiteral("4")}, {CallAction::SendDtmf, QStringLiteral("*")},
                            {CallAction::SendDtmf, QStringLiteral("0")}, {CallAction::SendDtmf, QStringLiteral("7")},
                            {CallAction::SendDtmf, QStringLiteral("#")}}));

    CallInfo call = m_voice->call();
    call.dtmfSent = QStringLiteral("4*07#");
    m_voice->setCall(call);
    QCOMPARE(label("dtmfDigits")->text(), QStringLiteral("4*07#"));
}

void TestModuleVoicePanel::consultThenCompleteTransfer()
{
    QVERIFY(!button("completeTransfer")->isEnabled());
    QVERIFY(!button("conference")->isEnabled());
    QTest::mouseClick(button("consult"), Qt::LeftButton);
    QCOMPARE(m_voice->targetRefreshes, 1);
    chooseTarget(QStringLiteral("Sam Okafor"));
    QCOMPARE(m_voice->callActions, (QList<Action>{{CallAction::Consult, QStringLiteral("u-7")}}));
    QVERIFY(!list("targets")->isVisibleTo(m_panel));

    CallInfo consulting = callIn(CallInfo::State::Consulting);
    consulting.parties.append({QStringLiteral("u-7"), QStringLiteral("Sam Okafor"), false});
    m_voice->setCall(consulting);
    QCOMPARE(label("callState")->text(), QStringLiteral("Consulting Sam Okafor"));
    QVERIFY(button("completeTransfer")->isEnabled());
    QVERIFY(button("conference")->isEnabled());
    QVERIFY(!button("hold")->isEnabled());
    QVERIFY(!button("transfer")->isEnabled());
    QListWidget *parties = list("parties");
    QCOMPARE(parties->count(), 2);
    QCOMPARE(parties->item(0)->text(), QStringLiteral("Maria Lopez — on hold"));
    QCOMPARE(parties->item(1)->text(), QStringLiteral("Sam Okafor"));

    QTest::mouseClick(button("completeTransfer"), Qt::LeftButton);
    QCOMPARE(m_voice->callActions.last(), (Action{CallAction::CompleteTransfer, QString()}));
}

void TestModuleVoicePanel::consultThenConference()
{
    QTest::mouseClick(button("consult"), Qt::LeftButton);
    chooseTarget(QStringLiteral("Sam Okafor"));
    CallInfo consulting = callIn(CallInfo::State::Consulting);
    consulting.parties.append({QStringLiteral("u-7"), QStringLiteral("Sam Okafor"), false});
    m_voice->setCall(consulting);
    QTest::mouseClick(button("conference"), Qt::LeftButton);
    QCOMPARE(m_voice->callActions.last(), (Action{CallAction::Conference, QString()}));

    CallInfo conference = callIn(CallInfo::State::Conferenced);
    conference.parties.append({QStringLiteral("u-7"), QStringLiteral("Sam Okafor"), false});
    m_voice->setCall(conference);
    QCOMPARE(label("callState")->text(), QStringLiteral("Conference"));
    QVERIFY(!button("completeTransfer")->isEnabled());
    QVERIFY(button("hangUp")->isEnabled());
    QVERIFY(button("keypad")->isEnabled());
    QCOMPARE(list("parties")->item(0)->text(), QStringLiteral("Maria Lopez"));
}

void TestModuleVoicePanel::blindTransferToAQueue()
{
    QTest::mouseClick(button("transfer"), Qt::LeftButton);
    QCOMPARE(m_voice->targetRefreshes, 1);
    QListWidget *targets = list("targets");
    QVERIFY(targets->isVisibleTo(m_panel));
    QCOMPARE(targets->count(), 3);
    QVERIFY(targets->item(0)->text().startsWith(QStringLiteral("Billing")));   // queues first
    QVERIFY(targets->item(0)->text().contains(QStringLiteral("3 waiting")));
    // an agent who cannot take it is shown, but cannot be chosen
    const QListWidgetItem *lena = targets->findItems(QStringLiteral("Lena Berg"), Qt::MatchStartsWith).value(0);
    QVERIFY(lena);
    QVERIFY(!(lena->flags() & Qt::ItemIsEnabled));
    QVERIFY(lena->text().contains(QStringLiteral("unavailable")));

    // the refreshed list replaces the shown one
    QList<TransferTarget> fresh = someTargets();
    fresh.append({TransferTarget::Kind::Queue, QStringLiteral("q-sales"), QStringLiteral("Sales"), {}, true});
    m_voice->setTransferTargets(fresh);
    QCOMPARE(targets->count(), 4);

    chooseTarget(QStringLiteral("Billing"));
    QCOMPARE(m_voice->transfers.size(), 1);
    QCOMPARE(m_voice->transfers.first().id, QStringLiteral("q-billing"));
    QVERIFY(m_voice->callActions.isEmpty());
    QVERIFY(!targets->isVisibleTo(m_panel));
}

void TestModuleVoicePanel::emptyTargetListSaysSo()
{
    m_voice->setTransferTargets({});
    QTest::mouseClick(button("transfer"), Qt::LeftButton);
    QLabel *none = label("noTargets");
    QVERIFY(none->isVisibleTo(m_panel));
    QCOMPARE(none->text(), QStringLiteral("No one to transfer to right now."));
    QVERIFY(!button("confirmTarget")->isEnabled());
    // the list arriving later fills it
    m_voice->setTransferTargets(someTargets());
    QVERIFY(!none->isVisibleTo(m_panel));
    QVERIFY(list("targets")->isVisibleTo(m_panel));
}

void TestModuleVoicePanel::hangUp()
{
    QTest::mouseClick(button("hangUp"), Qt::LeftButton);
    QCOMPARE(m_voice->callActions, (QList<Action>{{CallAction::HangUp, QString()}}));
}

void TestModuleVoicePanel::refusedActionIsShown()
{
    QLabel *error = label("callError");
    QVERIFY(error->isHidden());
    m_voice->refuseWith = QStringLiteral("the call is not live");
    QTest::mouseClick(button("hold"), Qt::LeftButton);
    QVERIFY(m_voice->callActions.isEmpty());
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("the call is not live")), qPrintable(error->text()));
    // the next accepted action clears it
    m_voice->refuseWith.clear();
    QTest::mouseClick(button("hold"), Qt::LeftButton);
    QVERIFY(error->isHidden());
}

void TestModuleVoicePanel::laterFailureIsShown()
{
    QTest::mouseClick(button("mute"), Qt::LeftButton);
    QLabel *error = label("callError");
    QVERIFY(error->isHidden());
    m_voice->finish(m_voice->lastRequest(), QStringLiteral("media server unreachable"));
    QVERIFY(!error->isHidden());
    QVERIFY(error->text().contains(QStringLiteral("Mute")));
    QVERIFY(error->text().contains(QStringLiteral("media server unreachable")));
    // a success of another request says nothing
    QTest::mouseClick(button("hangUp"), Qt::LeftButton);
    m_voice->finish(m_voice->lastRequest(), {});
    QVERIFY(error->isHidden());
}

void TestModuleVoicePanel::controlsDisabledWhenEnded()
{
    QTest::mouseClick(button("keypad"), Qt::LeftButton);
    CallInfo ended = callIn(CallInfo::State::Connected, 80);
    ended.state = CallInfo::State::Ended;
    m_voice->setCall(ended);
    QCOMPARE(label("callState")->text(), QStringLiteral("Ended"));
    for (const char *name : {"answer", "hold", "mute", "keypad", "transfer", "consult", "completeTransfer",
                             "conference", "hangUp"})
        QVERIFY2(!button(name)->isEnabled(), name);
    QVERIFY(keypad()->isHidden());
}

void TestModuleVoicePanel::controlsDisabledInWrapUp()
{
    // the interaction is in wrap-up even if the last call event still says connected
    m_voice->setState(InteractionHandle::State::WrapUp);
    for (const char *name : {"answer", "hold", "mute", "keypad", "transfer", "consult", "completeTransfer",
                             "conference", "hangUp"})
        QVERIFY2(!button(name)->isEnabled(), name);
    m_voice->setState(InteractionHandle::State::Closed);
    QVERIFY(!button("hangUp")->isEnabled());
}

void TestModuleVoicePanel::talkTimeTicksFromConnectedAt()
{
    m_voice->setCall(callIn(CallInfo::State::Connected, 63));
    QVERIFY2(label("talkTime")->text().startsWith(QStringLiteral("1:0")), qPrintable(label("talkTime")->text()));
    // the panel's own clock moves it on, without another callChanged()
    QTRY_COMPARE(label("talkTime")->text(), QStringLiteral("1:05"));
    QCOMPARE(label("holdTime")->text(), QStringLiteral("–"));
    QCOMPARE(label("holdTotal")->text(), QStringLiteral("0:00"));
    m_voice->setCall(callIn(CallInfo::State::Connected, 3725));
    QCOMPARE(label("talkTime")->text(), QStringLiteral("1:02:05"));
}

void TestModuleVoicePanel::holdTimeFromHeldSince()
{
    CallInfo held = callIn(CallInfo::State::Held, 200);
    held.heldSince = QDateTime::currentDateTimeUtc().addSecs(-29);
    held.holdSecondsTotal = 60;
    m_voice->setCall(held);
    QTRY_COMPARE(label("holdTime")->text(), QStringLiteral("0:31"));
    QCOMPARE(label("holdTotal")->text(), QStringLiteral("1:31"));
    // resumed: the current hold is gone, the total stays
    CallInfo resumed = callIn(CallInfo::State::Connected, 240);
    resumed.holdSecondsTotal = 91;
    m_voice->setCall(resumed);
    QCOMPARE(label("holdTime")->text(), QStringLiteral("–"));
    QCOMPARE(label("holdTotal")->text(), QStringLiteral("1:31"));
}

void TestModuleVoicePanel::snapshotRestoreKeepsKeypadAndChooser()
{
    auto *state = qobject_cast<modules::api::PanelState *>(m_panel);
    QVERIFY(state);
    QCOMPARE(state->snapshot().value(QStringLiteral("keypadVisible")).toBool(), false);
    QCOMPARE(state->snapshot().value(QStringLiteral("chooser")).toString(), QString());

    QTest::mouseClick(button("transfer"), Qt::LeftButton);
    list("targets")->setCurrentItem(list("targets")->findItems(QStringLiteral("Sam"), Qt::MatchStartsWith).first());
    QVariantMap snapshot = state->snapshot();
    QCOMPARE(snapshot.value(QStringLiteral("chooser")).toString(), QStringLiteral("transfer"));
    QCOMPARE(snapshot.value(QStringLiteral("selectedTarget")).toString(), QStringLiteral("u-7"));

    delete m_panel;
    m_panel = createPanel(m_voice.get());
    qobject_cast<modules::api::PanelState *>(m_panel)->restore(snapshot);
    QVERIFY(list("targets")->isVisibleTo(m_panel));
    QVERIFY(list("targets")->currentItem()->text().startsWith(QStringLiteral("Sam Okafor")));
    QTest::mouseClick(button("confirmTarget"), Qt::LeftButton);
    QCOMPARE(m_voice->transfers.size(), 1);
    QCOMPARE(m_voice->transfers.first().id, QStringLiteral("u-7"));

    // the keypad, and unknown keys ignored
    QTest::mouseClick(button("keypad"), Qt::LeftButton);
    snapshot = qobject_cast<modules::api::PanelState *>(m_panel)->snapshot();
    QCOMPARE(snapshot.value(QStringLiteral("keypadVisible")).toBool(), true);
    snapshot.insert(QStringLiteral("fromAFutureVersion"), 42);
    delete m_panel;
    m_panel = createPanel(m_voice.get());
    qobject_cast<modules::api::PanelState *>(m_panel)->restore(snapshot);
    QVERIFY(keypad()->isVisibleTo(m_panel));
    QVERIFY(!list("targets")->isVisibleTo(m_panel));

    // a call that moved on meanwhile does not get its keypad back
    m_voice->setCall(callIn(CallInfo::State::Held));
    delete m_panel;
    m_panel = createPanel(m_voice.get());
    qobject_cast<modules::api::PanelState *>(m_panel)->restore(snapshot);
    QVERIFY(keypad()->isHidden());
}

void TestModuleVoicePanel::everyControlHasAnAccessibleName()
{
    // every state's controls: open the keypad and the chooser, and be consulting
    QTest::mouseClick(button("keypad"), Qt::LeftButton);
    int checked = 0;
    const auto check = [&] {
        const auto widgets = m_panel->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!qobject_cast<QAbstractButton *>(w) && !qobject_cast<QAbstractScrollArea *>(w)
                && !qobject_cast<QLabel *>(w))
                continue;
            if (qobject_cast<QAbstractScrollArea *>(w->parentWidget()))
                continue;   // viewports and scroll bars of the lists
            if (w->parentWidget() && qobject_cast<QAbstractScrollArea *>(w->parentWidget()->parentWidget()))
                continue;
            ++checked;
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    };
    check();
    QVERIFY2(checked >= 35, qPrintable(QString::number(checked)));   // 12 digits, 9 controls, labels, lists
    for (const char *name : {"answer", "hold", "mute", "keypad", "transfer", "consult", "completeTransfer",
                             "conference", "hangUp", "callError", "callState", "talkTime", "holdTime",
                             "dtmfDigits", "confirmTarget", "cancelTarget"})
        QVERIFY2(m_panel->findChild<QWidget *>(QLatin1String(name)), name);
    QVERIFY(!list("parties")->accessibleName().isEmpty());
    QVERIFY(!list("targets")->accessibleName().isEmpty());
}

void TestModuleVoicePanel::shortcutsAreInTheTooltips()
{
    const QList<QPair<const char *, QString>> expected{
        {"answer", QStringLiteral("Ctrl+Shift+P")},   {"hold", QStringLiteral("Ctrl+Shift+H")},
        {"mute", QStringLiteral("Ctrl+Shift+M")},     {"keypad", QStringLiteral("Ctrl+Shift+K")},
        {"transfer", QStringLiteral("Ctrl+Shift+T")}, {"consult", QStringLiteral("Ctrl+Shift+C")},
        {"completeTransfer", QStringLiteral("Ctrl+Shift+L")}, {"conference", QStringLiteral("Ctrl+Shift+J")},
        {"hangUp", QStringLiteral("Ctrl+Shift+E")}};
    for (const auto &[name, keys] : expected) {
        const auto *shortcut = button(name)->findChild<QShortcut *>();
        QVERIFY2(shortcut, name);
        QCOMPARE(shortcut->key(), QKeySequence(keys));
        QVERIFY2(button(name)->toolTip().contains(keys), qPrintable(button(name)->toolTip()));
    }
}

// Saves the panel with the caller on hold as voice-panel-hold.png in SB_SCREENSHOT_DIR
// (docs/screenshots, for people to look at), else in the temporary directory.
void TestModuleVoicePanel::screenshot()
{
    cleanup();
    m_voice = std::make_unique<FakeInteraction>(QStringLiteral("voice"));
    m_voice->setTransferTargets(someTargets());
    CallInfo held;
    held.state = CallInfo::State::Held;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    held.connectedAt = now.addSecs(-134);
    held.heldSince = now.addSecs(-31);
    held.parties = {{QStringLiteral("c-1"), QStringLiteral("Maria Lopez"), true}};
    held.dtmfSent = QStringLiteral("4411#");
    m_voice->setCall(held);
    m_panel = createPanel(m_voice.get());
    m_panel->resize(460, 330);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    QCOMPARE(label("talkTime")->text(), QStringLiteral("2:14"));
    QCOMPARE(label("holdTime")->text(), QStringLiteral("0:31"));
    const QImage image = m_panel->grab().toImage();
    QVERIFY(!image.isNull());
    const QString dir = qEnvironmentVariableIsSet("SB_SCREENSHOT_DIR")
        ? qEnvironmentVariable("SB_SCREENSHOT_DIR") : QDir::tempPath();
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(image.save(dir + QStringLiteral("/voice-panel-hold.png")));

    // and in a dark palette (kept out of docs: for a look when the colours change)
    m_panel->setPalette(fixtures::darkTestPalette());
    QVERIFY(m_panel->grab().toImage().save(QDir::tempPath() + QStringLiteral("/voice-panel-hold-dark.png")));
}

void TestModuleVoicePanel::unloadsOnceNoPanelIsAlive()
{
    const QString path = m_loader->spec().filePath();
    QVERIFY(fixtures::isMapped(path));
    QCOMPARE(m_loader->livePanelCount(), 1);    // init() made one
    QVERIFY(!m_loader->unload());
    QVERIFY(m_loader->unloadError().contains(QStringLiteral("panel")));
    QVERIFY(fixtures::isMapped(path));
    cleanup();
    QCOMPARE(m_loader->livePanelCount(), 0);
    QVERIFY2(m_loader->unload(), qPrintable(m_loader->unloadError()));
    QCOMPARE(m_loader->state(), ModuleSpec::State::Stopped);
    QVERIFY2(!fixtures::isMapped(path), "the voice module must be unmapped once unloaded");
}

QTEST_MAIN(TestModuleVoicePanel)
#include "tst_module_voice_panel.moc"
