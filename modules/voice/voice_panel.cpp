#include "voice_panel.h"

#include "api_interaction_handle.h"
#include "voice_keypad.h"
#include "voice_target_chooser.h"

#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QFontDatabase>
#include <QShortcut>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace modules::voice {

using api::CallAction;
using api::CallInfo;
using api::InteractionHandle;
using api::TransferTarget;

namespace {

QLabel *makeLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    return label;
}

QPushButton *makeButton(QWidget *parent, const QString &objectName, const QKeySequence &shortcut)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    // Not QAbstractButton::setShortcut(): setText() replaces that with the text's mnemonic,
    // and the toggles change their text with the call. A child of the button, the
    // shortcut only works while the button is shown, i.e. for the panel on screen.
    auto *key = new QShortcut(shortcut, button);
    key->setContext(Qt::WindowShortcut);
    QObject::connect(key, &QShortcut::activated, button, [button] {
        if (button->isEnabled())
            button->click();
    });
    return button;
}

// Tooltips carry the shortcut in the platform's spelling, so that agents learn it.
QString withShortcut(const QString &text, const QPushButton *button)
{
    const auto *key = button->findChild<QShortcut *>();
    return key ? QStringLiteral("%1 (%2)").arg(text, key->key().toString(QKeySequence::NativeText)) : text;
}

void setFontScale(QWidget *w, qreal scale, bool bold)
{
    QFont f = w->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    w->setFont(f);
}

} // namespace

VoicePanel::VoicePanel(InteractionHandle *interaction, QWidget *parent)
    : QWidget(parent), m_interaction(interaction)
{
    setObjectName(QStringLiteral("voicePanel"));

    // --- header: who, the state, the timers
    m_customerName = makeLabel(this, QStringLiteral("customerName"));
    setFontScale(m_customerName, 1.25, true);
    m_customerName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_customerAddress = makeLabel(this, QStringLiteral("customerAddress"));
    m_customerAddress->setForegroundRole(QPalette::PlaceholderText);
    m_customerAddress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = makeLabel(this, QStringLiteral("callState"));
    setFontScale(m_state, 1.1, true);
    m_state->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_talkCaption = makeLabel(this, QStringLiteral("talkTimeCaption"));
    m_talkTime = makeLabel(this, QStringLiteral("talkTime"));
    m_holdCaption = makeLabel(this, QStringLiteral("holdTimeCaption"));
    m_holdTime = makeLabel(this, QStringLiteral("holdTime"));
    m_holdTotalCaption = makeLabel(this, QStringLiteral("holdTotalCaption"));
    m_holdTotal = makeLabel(this, QStringLiteral("holdTotal"));
    for (QLabel *caption : {m_talkCaption, m_holdCaption, m_holdTotalCaption})
        caption->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel *value : {m_talkTime, m_holdTime, m_holdTotal}) {
        // Qt's own fixed font, not setFamily(QStringLiteral(...)): Qt's process-wide font
        // cache keeps the family string, and a literal's bytes live in this library,
        // which is unmapped when the module is unloaded (a crash on the next load).
        QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        f.setPointSizeF(value->font().pointSizeF() * 1.15);
        value->setFont(f);
    }
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &VoicePanel::updateTimers);

    auto *who = new QGridLayout;
    who->setHorizontalSpacing(12);
    who->setVerticalSpacing(2);
    who->addWidget(m_customerName, 0, 0);
    who->addWidget(m_state, 0, 1);
    who->addWidget(m_customerAddress, 1, 0, 1, 2);
    who->setColumnStretch(0, 1);

    auto *timers = new QGridLayout;
    timers->setHorizontalSpacing(18);
    timers->setVerticalSpacing(0);
    timers->addWidget(m_talkCaption, 0, 0);
    timers->addWidget(m_talkTime, 1, 0);
    timers->addWidget(m_holdCaption, 0, 1);
    timers->addWidget(m_holdTime, 1, 1);
    timers->addWidget(m_holdTotalCaption, 0, 2);
    timers->addWidget(m_holdTotal, 1, 2);
    timers->setColumnStretch(3, 1);

    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("callHeader"));
    header->setFrameShape(QFrame::StyledPanel);
    header->setBackgroundRole(QPalette::AlternateBase);
    header->setAutoFillBackground(true);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(12, 10, 12, 10);
    headerLayout->setSpacing(8);
    headerLayout->addLayout(who);
    headerLayout->addLayout(timers);

    // --- controls
    m_answer = makeButton(this, QStringLiteral("answer"), QKeySequence(QStringLiteral("Ctrl+Shift+P")));   // "pick up": Ctrl+Shift+A accepts offers
    m_hold = makeButton(this, QStringLiteral("hold"), QKeySequence(QStringLiteral("Ctrl+Shift+H")));
    m_mute = makeButton(this, QStringLiteral("mute"), QKeySequence(QStringLiteral("Ctrl+Shift+M")));
    m_keypadButton = makeButton(this, QStringLiteral("keypad"), QKeySequence(QStringLiteral("Ctrl+Shift+K")));
    m_transfer = makeButton(this, QStringLiteral("transfer"), QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    m_consult = makeButton(this, QStringLiteral("consult"), QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    m_completeTransfer = makeButton(this, QStringLiteral("completeTransfer"),
                                    QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    m_conference = makeButton(this, QStringLiteral("conference"), QKeySequence(QStringLiteral("Ctrl+Shift+J")));
    m_hangUp = makeButton(this, QStringLiteral("hangUp"), QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    // Toggles show the server's state: checked means on hold / muted.
    m_hold->setCheckable(true);
    m_mute->setCheckable(true);
    m_keypadButton->setCheckable(true);

    applyButtonPalettes();
    setFontScale(m_answer, 1.0, true);
    setFontScale(m_hangUp, 1.0, true);

    m_errorIcon = makeLabel(this, QStringLiteral("callErrorIcon"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_errorIcon->setAlignment(Qt::AlignTop);
    m_error = makeLabel(this, QStringLiteral("callError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorIcon->hide();
    m_error->hide();

    auto *row1 = new QHBoxLayout;
    row1->setSpacing(6);
    row1->addWidget(m_answer);
    row1->addWidget(m_hold);
    row1->addWidget(m_mute);
    row1->addWidget(m_keypadButton);
    row1->addStretch();
    row1->addWidget(m_hangUp);
    auto *row2 = new QHBoxLayout;
    row2->setSpacing(6);
    row2->addWidget(m_transfer);
    row2->addWidget(m_consult);
    row2->addWidget(m_completeTransfer);
    row2->addWidget(m_conference);
    row2->addStretch();
    auto *errorRow = new QHBoxLayout;
    errorRow->setSpacing(6);
    errorRow->addWidget(m_errorIcon);
    errorRow->addWidget(m_error, 1);

    // --- keypad, chooser, parties
    m_keypad = new Keypad(this);
    m_keypad->hide();
    m_chooser = new TargetChooser(this);
    m_chooser->hide();

    m_partiesCaption = makeLabel(this, QStringLiteral("partiesCaption"));
    m_partiesCaption->setForegroundRole(QPalette::PlaceholderText);
    m_parties = new QListWidget(this);
    m_parties->setObjectName(QStringLiteral("parties"));
    m_parties->setSelectionMode(QAbstractItemView::NoSelection);
    m_parties->setFocusPolicy(Qt::NoFocus);
    m_parties->setFrameShape(QFrame::NoFrame);
    m_parties->setBackgroundRole(QPalette::Window);
    m_parties->viewport()->setBackgroundRole(QPalette::Window);
    m_parties->setMaximumHeight(m_parties->fontMetrics().height() * 5);

    auto *body = new QVBoxLayout;
    body->setContentsMargins(10, 0, 10, 0);
    body->setSpacing(8);
    body->addLayout(row1);
    body->addLayout(row2);
    body->addLayout(errorRow);
    body->addWidget(m_keypad);
    body->addWidget(m_chooser, 1);
    body->addWidget(m_partiesCaption);
    body->addWidget(m_parties);
    body->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 10);
    layout->setSpacing(10);
    layout->addWidget(header);
    layout->addLayout(body, 1);

    connect(m_answer, &QPushButton::clicked, this, [this] { act(CallAction::Answer); });
    connect(m_hold, &QPushButton::clicked, this, &VoicePanel::toggleHold);
    connect(m_mute, &QPushButton::clicked, this, &VoicePanel::toggleMute);
    connect(m_keypadButton, &QPushButton::clicked, this, [this] { setKeypadOpen(m_keypad->isHidden()); });
    connect(m_transfer, &QPushButton::clicked, this, [this] {
        m_chooserMode == ChooserMode::Transfer ? closeChooser() : openChooser(ChooserMode::Transfer);
    });
    connect(m_consult, &QPushButton::clicked, this, [this] {
        m_chooserMode == ChooserMode::Consult ? closeChooser() : openChooser(ChooserMode::Consult);
    });
    connect(m_completeTransfer, &QPushButton::clicked, this, [this] { act(CallAction::CompleteTransfer); });
    connect(m_conference, &QPushButton::clicked, this, [this] { act(CallAction::Conference); });
    connect(m_hangUp, &QPushButton::clicked, this, [this] { act(CallAction::HangUp); });
    connect(m_keypad, &Keypad::digitPressed, this, [this](QChar digit) {
        if (m_keypadButton->isEnabled())
            act(CallAction::SendDtmf, QString(digit));
    });
    connect(m_chooser, &TargetChooser::chosen, this, &VoicePanel::onTargetChosen);
    connect(m_chooser, &TargetChooser::cancelled, this, &VoicePanel::closeChooser);

    connect(interaction, &InteractionHandle::callChanged, this, &VoicePanel::onCallChanged);
    connect(interaction, &InteractionHandle::customerChanged, this, &VoicePanel::updateHeader);
    connect(interaction, &InteractionHandle::stateChanged, this, &VoicePanel::onCallChanged);
    connect(interaction, &InteractionHandle::transferTargetsChanged, this, [this] {
        if (m_interaction)
            m_chooser->setTargets(m_interaction->transferTargets());
    });
    connect(interaction, &InteractionHandle::actionFinished, this, [this](quint64 id, const QString &error) {
        const auto it = m_pending.constFind(id);
        if (it == m_pending.constEnd())
            return;
        const QString what = it.value();
        m_pending.erase(it);
        if (!error.isEmpty())
            showError(tr("%1 failed: %2").arg(what, error));
    });
    connect(interaction, &QObject::destroyed, this, &VoicePanel::onCallChanged);

    retranslate();
    onCallChanged();
}

VoicePanel::~VoicePanel() = default;

QString VoicePanel::formatDuration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

void VoicePanel::retranslate()
{
    m_customerName->setAccessibleName(tr("Caller"));
    m_customerAddress->setAccessibleName(tr("Caller's number"));
    m_state->setAccessibleName(tr("Call state"));
    m_talkCaption->setText(tr("Talk time"));
    m_talkCaption->setAccessibleName(tr("Talk time"));
    m_talkTime->setAccessibleName(tr("Talk time"));
    m_holdCaption->setText(tr("On hold"));
    m_holdCaption->setAccessibleName(tr("On hold"));
    m_holdTime->setAccessibleName(tr("Current hold time"));
    m_holdTotalCaption->setText(tr("Total hold"));
    m_holdTotalCaption->setAccessibleName(tr("Total hold"));
    m_holdTotal->setAccessibleName(tr("Total hold time"));

    m_answer->setText(tr("Answer"));
    m_answer->setAccessibleName(tr("Answer the call"));
    m_answer->setToolTip(withShortcut(tr("Answer the call"), m_answer));
    m_keypadButton->setText(tr("Keypad"));
    m_keypadButton->setAccessibleName(tr("Keypad"));
    m_keypadButton->setToolTip(withShortcut(tr("Show or hide the keypad to send tones"), m_keypadButton));
    m_transfer->setText(tr("Transfer…"));
    m_transfer->setAccessibleName(tr("Transfer the call"));
    m_transfer->setToolTip(withShortcut(tr("Hand the call to a queue or a colleague"), m_transfer));
    m_consult->setText(tr("Consult…"));
    m_consult->setAccessibleName(tr("Consult a colleague"));
    m_consult->setToolTip(withShortcut(tr("Put the caller on hold and call a colleague or a queue"), m_consult));
    m_completeTransfer->setText(tr("Complete transfer"));
    m_completeTransfer->setAccessibleName(tr("Complete the transfer"));
    m_completeTransfer->setToolTip(
        withShortcut(tr("Hand the caller to the consulted colleague and leave the call"), m_completeTransfer));
    m_conference->setText(tr("Conference"));
    m_conference->setAccessibleName(tr("Conference"));
    m_conference->setToolTip(withShortcut(tr("Join the caller, the colleague and you"), m_conference));
    m_hangUp->setText(tr("Hang up"));
    m_hangUp->setAccessibleName(tr("Hang up"));
    m_hangUp->setToolTip(withShortcut(tr("End the call"), m_hangUp));
    m_errorIcon->setAccessibleName(tr("Warning"));
    m_error->setAccessibleName(tr("Call error"));
    m_partiesCaption->setText(tr("On the call"));
    m_partiesCaption->setAccessibleName(tr("On the call"));
    m_parties->setAccessibleName(tr("Parties on the call"));
    updateHeader();
    updateControls();   // the toggles' words
    updateParties();
}

// Answer stands out in the palette's accent; Hang up is the only red thing. Derived from
// the panel's palette, and again when it changes (a switch between light and dark).
void VoicePanel::applyButtonPalettes()
{
    QPalette accent = m_answer->palette();
    QPalette danger = m_hangUp->palette();
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        accent.setColor(group, QPalette::Button, palette().color(group, QPalette::Highlight));
        accent.setColor(group, QPalette::ButtonText, palette().color(group, QPalette::HighlightedText));
        danger.setColor(group, QPalette::Button, QColor(0xc6, 0x28, 0x28));
        danger.setColor(group, QPalette::ButtonText, palette().color(group, QPalette::BrightText));
    }
    m_answer->setPalette(accent);
    m_hangUp->setPalette(danger);
}

void VoicePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        applyButtonPalettes();
    QWidget::changeEvent(event);
}

void VoicePanel::onCallChanged()
{
    m_call = m_interaction ? m_interaction->call() : CallInfo();
    if (m_call.state != CallInfo::State::Consulting && m_call.state != CallInfo::State::Conferenced
        && m_call.state != CallInfo::State::Held) {     // held: the consult may be on its way
        m_consultName.clear();
        m_consultId.clear();
    }
    m_keypad->setSentDigits(m_call.dtmfSent);
    updateHeader();
    updateControls();
    updateParties();
    updateTimers();
    // Tick only while there is something to count: no timer runs for an ended call.
    const bool counting = m_call.isLive() && m_call.connectedAt.isValid();
    if (counting && !m_clock->isActive())
        m_clock->start();
    else if (!counting)
        m_clock->stop();
}

QString VoicePanel::stateText() const
{
    switch (m_call.state) {
    case CallInfo::State::None:
        return m_interaction && m_interaction->state() == InteractionHandle::State::Closed
            ? tr("Ended") : tr("Connecting…");
    case CallInfo::State::Ringing: return tr("Ringing");
    case CallInfo::State::Connected: return tr("Connected");
    case CallInfo::State::Held: return tr("On hold");
    case CallInfo::State::Consulting: {
        // The colleague is the party not on hold (the caller is held while consulting).
        QString name = m_consultName;
        for (const api::CallParty &p : m_call.parties)
            if (!p.onHold && !p.displayName.isEmpty() && m_interaction
                && p.displayName != m_interaction->customerName())
                name = partyName(p);
        return name.isEmpty() ? tr("Consulting") : tr("Consulting %1").arg(name);
    }
    case CallInfo::State::Conferenced: return tr("Conference");
    case CallInfo::State::Ended: return tr("Ended");
    }
    return {};
}

void VoicePanel::updateHeader()
{
    const QString name = m_interaction ? m_interaction->customerName() : QString();
    m_customerName->setText(name.isEmpty() ? tr("Unknown caller") : name);
    m_customerAddress->setText(m_interaction ? m_interaction->customerAddress() : QString());
    QString state = stateText();
    if (m_call.muted && m_call.isLive())
        state = tr("%1 · Muted").arg(state);
    m_state->setText(state);
}

bool VoicePanel::canAct() const
{
    if (!m_interaction || !m_call.isLive())
        return false;
    const auto state = m_interaction->state();
    return state == InteractionHandle::State::Offered || state == InteractionHandle::State::Active;
}

void VoicePanel::updateControls()
{
    using S = CallInfo::State;
    const bool live = canAct();
    const S s = m_call.state;
    const bool answered = live && (s == S::Connected || s == S::Held || s == S::Consulting || s == S::Conferenced);
    const bool consulting = live && s == S::Consulting;

    m_answer->setEnabled(live && s == S::Ringing);
    m_answer->setVisible(live && s == S::Ringing);
    m_hold->setEnabled(live && (s == S::Connected || s == S::Held));
    m_hold->setChecked(s == S::Held);
    m_hold->setText(s == S::Held ? tr("Resume") : tr("Hold"));
    m_hold->setAccessibleName(s == S::Held ? tr("Resume the call") : tr("Put the caller on hold"));
    m_hold->setToolTip(withShortcut(s == S::Held ? tr("Take the caller off hold") : tr("Put the caller on hold"),
                                    m_hold));
    m_mute->setEnabled(answered);
    m_mute->setChecked(m_call.muted);
    m_mute->setText(m_call.muted ? tr("Unmute") : tr("Mute"));
    m_mute->setAccessibleName(m_call.muted ? tr("Unmute the microphone") : tr("Mute the microphone"));
    m_mute->setToolTip(withShortcut(m_call.muted ? tr("Let the other side hear you again")
                                                 : tr("Stop the other side hearing you"), m_mute));
    // Tones go to whoever the agent talks to: not to a caller on hold.
    const bool tones = live && (s == S::Connected || s == S::Consulting || s == S::Conferenced);
    m_keypadButton->setEnabled(tones);
    m_keypad->setEnabled(tones);
    if (!live)
        setKeypadOpen(false);
    m_keypadButton->setChecked(!m_keypad->isHidden());
    const bool handOver = live && (s == S::Connected || s == S::Held);
    m_transfer->setEnabled(handOver);
    m_consult->setEnabled(handOver);
    if (!handOver)
        closeChooser();
    m_completeTransfer->setEnabled(consulting);
    m_completeTransfer->setVisible(consulting);
    m_conference->setEnabled(consulting);
    m_conference->setVisible(consulting);
    m_hangUp->setEnabled(answered);
}

void VoicePanel::updateTimers()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString none = tr("–");
    m_talkTime->setText(m_call.connectedAt.isValid() ? formatDuration(m_call.connectedAt.secsTo(now)) : none);
    const bool held = m_call.heldSince.isValid() && m_call.isLive();
    const qint64 currentHold = held ? qMax<qint64>(0, m_call.heldSince.secsTo(now)) : 0;
    m_holdTime->setText(held ? formatDuration(currentHold) : none);
    const qint64 totalHold = m_call.holdSecondsTotal + currentHold;
    m_holdTotal->setText(m_call.connectedAt.isValid() || totalHold > 0 ? formatDuration(totalHold) : none);
}

QString VoicePanel::partyName(const api::CallParty &party) const
{
    // The server may know a colleague only by id: the transfer targets know their name.
    if (party.displayName.isEmpty() || party.displayName == party.id) {
        if (m_interaction) {
            for (const api::TransferTarget &target : m_interaction->transferTargets())
                if (target.id == party.id)
                    return target.name;
        }
        if (!m_consultName.isEmpty() && party.id == m_consultId)
            return m_consultName;
        return party.id;
    }
    return party.displayName;
}

void VoicePanel::updateParties()
{
    m_parties->clear();
    const QIcon held = style()->standardIcon(QStyle::SP_MediaPause);
    // An ended call has nobody on it any more.
    const QList<api::CallParty> parties = m_call.isLive() ? m_call.parties : QList<api::CallParty>();
    for (const api::CallParty &p : parties) {
        const QString name = partyName(p);
        auto *item = new QListWidgetItem(p.onHold ? tr("%1 — on hold").arg(name) : name, m_parties);
        if (p.onHold)
            item->setIcon(held);
        item->setData(Qt::AccessibleTextRole, p.onHold ? tr("%1, on hold").arg(name) : name);
    }
    const bool any = m_parties->count() > 0;
    m_parties->setVisible(any);
    m_partiesCaption->setVisible(any);
}

void VoicePanel::act(CallAction action, const QString &argument)
{
    if (!m_interaction)
        return;
    QString what;
    switch (action) {
    case CallAction::Answer: what = tr("Answer"); break;
    case CallAction::Hold: what = tr("Hold"); break;
    case CallAction::Resume: what = tr("Resume"); break;
    case CallAction::Mute: what = tr("Mute"); break;
    case CallAction::Unmute: what = tr("Unmute"); break;
    case CallAction::SendDtmf: what = tr("Tone %1").arg(argument); break;
    case CallAction::Consult: what = tr("Consult"); break;
    case CallAction::CompleteTransfer: what = tr("Transfer"); break;
    case CallAction::Conference: what = tr("Conference"); break;
    case CallAction::HangUp: what = tr("Hang up"); break;
    }
    track(m_interaction->callAction(action, argument), what);
}

void VoicePanel::track(const api::ActionResult &result, const QString &what)
{
    if (!result.ok()) {
        showError(tr("%1 refused: %2").arg(what, result.error));
        return;
    }
    clearError();
    m_pending.insert(result.requestId, what);
}

void VoicePanel::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    m_errorIcon->show();
}

void VoicePanel::clearError()
{
    m_error->hide();
    m_errorIcon->hide();
    m_error->clear();
}

void VoicePanel::toggleHold()
{
    // The button shows the server's state, not the click: the next callChanged() sets it.
    m_hold->setChecked(m_call.state == CallInfo::State::Held);
    act(m_call.state == CallInfo::State::Held ? CallAction::Resume : CallAction::Hold);
}

void VoicePanel::toggleMute()
{
    m_mute->setChecked(m_call.muted);
    act(m_call.muted ? CallAction::Unmute : CallAction::Mute);
}

void VoicePanel::setKeypadOpen(bool open)
{
    if (open == !m_keypad->isHidden())
        return;
    m_keypad->setVisible(open);
    m_keypadButton->setChecked(open);
    if (open) {
        closeChooser();
        m_keypad->setFocus(Qt::OtherFocusReason);
    }
}

void VoicePanel::openChooser(ChooserMode mode)
{
    if (!m_interaction || mode == ChooserMode::Closed)
        return;
    setKeypadOpen(false);
    m_chooserMode = mode;
    m_chooser->setPurpose(mode == ChooserMode::Transfer ? TargetChooser::Purpose::Transfer
                                                        : TargetChooser::Purpose::Consult);
    // Show the last list at once; the fresh one replaces it when it arrives.
    m_chooser->setTargets(m_interaction->transferTargets());
    m_interaction->refreshTransferTargets();
    m_chooser->show();
    m_chooser->setFocus(Qt::OtherFocusReason);
}

void VoicePanel::closeChooser()
{
    if (m_chooserMode == ChooserMode::Closed)
        return;
    m_chooserMode = ChooserMode::Closed;
    m_chooser->hide();
}

void VoicePanel::onTargetChosen(const TransferTarget &target)
{
    if (!m_interaction)
        return;
    if (m_chooserMode == ChooserMode::Consult) {
        m_consultName = target.name;
        m_consultId = target.id;
        act(CallAction::Consult, target.id);
    } else if (m_chooserMode == ChooserMode::Transfer) {
        track(m_interaction->transfer(target), tr("Transfer to %1").arg(target.name));
    }
    if (m_error->isHidden())
        closeChooser();     // a refusal keeps the list open to choose again
}

QVariantMap VoicePanel::snapshot() const
{
    QVariantMap state;
    state.insert(QStringLiteral("keypadVisible"), !m_keypad->isHidden());
    state.insert(QStringLiteral("chooser"), m_chooserMode == ChooserMode::Transfer ? QStringLiteral("transfer")
                                            : m_chooserMode == ChooserMode::Consult ? QStringLiteral("consult")
                                                                                    : QString());
    state.insert(QStringLiteral("selectedTarget"), m_chooser->selectedId());
    return state;
}

void VoicePanel::restore(const QVariantMap &state)
{
    // Only what the call allows now: the call may have moved on while the module was replaced.
    if (state.value(QStringLiteral("keypadVisible")).toBool() && m_keypadButton->isEnabled())
        setKeypadOpen(true);
    const QString chooser = state.value(QStringLiteral("chooser")).toString();
    if (chooser == QLatin1String("transfer") && m_transfer->isEnabled())
        openChooser(ChooserMode::Transfer);
    else if (chooser == QLatin1String("consult") && m_consult->isEnabled())
        openChooser(ChooserMode::Consult);
    if (m_chooserMode != ChooserMode::Closed)
        m_chooser->selectId(state.value(QStringLiteral("selectedTarget")).toString());
}

} // namespace modules::voice
