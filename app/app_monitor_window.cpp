#include "app_monitor_window.h"

#include "models_transcript_model.h"
#include "session_call_store.h"
#include "session_interaction_store.h"
#include "session_supervisor_actions.h"
#include "session_session.h"
#include "session_transcript_store.h"

#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace app {

namespace {

// The transcript as the supervisor reads it: who said what, whispers and system lines
// marked as such.
class MonitorTranscriptProxy : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QVariant direction = QIdentityProxyModel::data(index, models::TranscriptModel::DirectionRole);
        const auto dir = direction.value<session::MessageDirection>();
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            const QString text = QIdentityProxyModel::data(index, models::TranscriptModel::TextRole).toString();
            const QString author = QIdentityProxyModel::data(index, models::TranscriptModel::AuthorRole).toString();
            switch (dir) {
            case session::MessageDirection::Whisper:
                return MonitorWindow::tr("Whisper from %1: %2").arg(author, text);
            case session::MessageDirection::System:
                return MonitorWindow::tr("— %1 —").arg(text);
            case session::MessageDirection::Inbound:
                return MonitorWindow::tr("%1 (customer): %2").arg(author.isEmpty() ? MonitorWindow::tr("Customer") : author,
                                                                  text);
            default:
                return MonitorWindow::tr("%1: %2").arg(author.isEmpty() ? MonitorWindow::tr("Agent") : author, text);
            }
        }
        if (role == Qt::FontRole && (dir == session::MessageDirection::Whisper || dir == session::MessageDirection::System)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (role == Qt::ToolTipRole) {
            const QDateTime at = QIdentityProxyModel::data(index, models::TranscriptModel::SentAtRole).toDateTime();
            return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QString callStateText(session::CallState state)
{
    switch (state) {
    case session::CallState::None: return MonitorWindow::tr("No call yet");
    case session::CallState::Ringing: return MonitorWindow::tr("Ringing");
    case session::CallState::Connected: return MonitorWindow::tr("Connected");
    case session::CallState::Held: return MonitorWindow::tr("On hold");
    case session::CallState::Consulting: return MonitorWindow::tr("Consulting");
    case session::CallState::Conferenced: return MonitorWindow::tr("Conference");
    case session::CallState::Ended: return MonitorWindow::tr("Ended");
    }
    return {};
}

QString channelText(session::Channel channel)
{
    switch (channel) {
    case session::Channel::Voice: return MonitorWindow::tr("call");
    case session::Channel::Chat: return MonitorWindow::tr("chat");
    case session::Channel::Email: return MonitorWindow::tr("e-mail");
    case session::Channel::Sms: return MonitorWindow::tr("SMS");
    case session::Channel::Unspecified: break;
    }
    return MonitorWindow::tr("interaction");
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

MonitorWindow::MonitorWindow(session::Session &session, const session::Interaction &interaction,
                             const QString &agentName, QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_session(session),
      m_interaction(interaction),
      m_agentName(agentName),
      m_actions(std::make_unique<session::SupervisorActions>(session)),
      m_title(new QLabel(this)),
      m_status(new QLabel(this)),
      m_whisperLabel(new QLabel(this)),
      m_whisperField(new QLineEdit(this)),
      m_whisperSend(new QPushButton(this)),
      m_whisperError(new QLabel(this)),
      m_barge(new QPushButton(this)),
      m_bargeError(new QLabel(this))
{
    setObjectName(QStringLiteral("monitorWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("monitorTitle"));
    m_title->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("monitorStatus"));
    m_status->setWordWrap(true);
    for (QLabel *error : {m_whisperError, m_bargeError}) {
        error->setStyleSheet(QStringLiteral("color: #b00020;"));
        error->setWordWrap(true);
        error->hide();
    }
    m_whisperError->setObjectName(QStringLiteral("whisperError"));
    m_bargeError->setObjectName(QStringLiteral("bargeError"));
    m_whisperField->setObjectName(QStringLiteral("whisperField"));
    m_whisperSend->setObjectName(QStringLiteral("whisperSend"));
    m_barge->setObjectName(QStringLiteral("bargeButton"));
    m_whisperLabel->setBuddy(m_whisperField);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    if (interaction.channel == session::Channel::Voice) {
        m_callState = new QLabel(this);
        m_callState->setObjectName(QStringLiteral("callState"));
        m_parties = new QListWidget(this);
        m_parties->setObjectName(QStringLiteral("callParties"));
        layout->addWidget(m_callState);
        layout->addWidget(m_parties, 1);
        connect(&session.calls(), &session::CallStore::callChanged, this, [this](const QString &id) {
            if (id == m_interaction.id)
                updateCall();
        });
    } else {
        m_model = new models::TranscriptModel(&session.transcripts(), this);
        auto *proxy = new MonitorTranscriptProxy(this);
        proxy->setSourceModel(m_model);
        m_transcript = new QListView(this);
        m_transcript->setObjectName(QStringLiteral("monitorTranscript"));
        m_transcript->setModel(proxy);
        m_transcript->setWordWrap(true);
        m_transcript->setUniformItemSizes(false);
        m_transcript->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_transcript->setSelectionMode(QAbstractItemView::NoSelection);
        m_transcript->setSpacing(2);
        layout->addWidget(m_transcript, 1);
        // Follow the conversation: a new message scrolls into view.
        connect(proxy, &QAbstractItemModel::rowsInserted, m_transcript, [this] { m_transcript->scrollToBottom(); });
    }
    auto *whisperRow = new QHBoxLayout;
    whisperRow->addWidget(m_whisperLabel);
    whisperRow->addWidget(m_whisperField, 1);
    whisperRow->addWidget(m_whisperSend);
    layout->addLayout(whisperRow);
    layout->addWidget(m_whisperError);
    auto *bargeRow = new QHBoxLayout;
    bargeRow->addWidget(m_barge);
    bargeRow->addWidget(m_bargeError, 1);
    bargeRow->addStretch();
    layout->addLayout(bargeRow);

    connect(m_whisperSend, &QPushButton::clicked, this, &MonitorWindow::sendWhisper);
    connect(m_whisperField, &QLineEdit::returnPressed, this, &MonitorWindow::sendWhisper);
    connect(m_whisperField, &QLineEdit::textChanged, this, &MonitorWindow::updateControls);
    connect(m_barge, &QPushButton::clicked, this, [this] {
        showError(m_bargeError, {});
        m_barge->setEnabled(false);
        m_actions->barge(m_interaction.id);
    });
    auto *bargeKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this);
    connect(bargeKey, &QShortcut::activated, m_barge, &QPushButton::click);
    auto *closeKey = new QShortcut(QKeySequence::Close, this);
    connect(closeKey, &QShortcut::activated, this, &QWidget::close);
    connect(m_actions.get(), &session::SupervisorActions::finished, this, &MonitorWindow::onFinished);

    retranslate();
    updateControls();
    resize(560, 520);
    m_actions->startMonitoring(m_interaction.id, m_interaction.channel);
}

MonitorWindow::~MonitorWindow()
{
    // The supervisor's stores follow it no longer, unless the supervisor holds it as an agent.
    if (m_session.interactions().indexOf(m_interaction.id) < 0) {
        if (m_interaction.channel == session::Channel::Voice)
            m_session.calls().close(m_interaction.id);
        else
            m_session.transcripts().close(m_interaction.id);
    }
}

void MonitorWindow::onFinished(const session::SupervisorResult &result)
{
    using Action = session::SupervisorResult::Action;
    if (result.target != m_interaction.id)
        return;
    switch (result.action) {
    case Action::Monitor:
        m_monitoring = result.ok;
        m_statusError = result.ok ? QString() : result.error;
        if (result.ok && m_model)
            m_model->setInteractionId(m_interaction.id);
        if (result.ok && m_callState)
            updateCall();
        retranslate();
        updateControls();
        emit monitoringStarted(result.ok);
        break;
    case Action::Whisper:
        m_whisperPending = false;
        if (result.ok)
            m_whisperField->clear();
        showError(m_whisperError, result.ok ? QString() : tr("Whisper not sent: %1").arg(result.error));
        updateControls();
        emit whispered(result.ok);
        break;
    case Action::Barge:
        m_barged = result.ok;
        showError(m_bargeError, result.ok ? QString() : tr("Could not barge in: %1").arg(result.error));
        retranslate();
        updateControls();
        emit barged(result.ok);
        break;
    default:
        break;
    }
}

void MonitorWindow::sendWhisper()
{
    const QString text = m_whisperField->text().trimmed();
    if (text.isEmpty() || m_whisperPending)
        return;
    m_whisperPending = true;
    showError(m_whisperError, {});
    updateControls();
    m_actions->whisper(m_interaction.id, text);
}

void MonitorWindow::updateCall()
{
    if (!m_callState)
        return;
    const session::Call call = m_session.calls().call(m_interaction.id);
    m_callState->setText(tr("Call: %1").arg(callStateText(call.state)));
    m_parties->clear();
    for (const session::CallParty &party : call.parties) {
        QString name = party.displayName;
        if (party.id == m_session.userId())
            name = tr("%1 (you)").arg(m_session.username());
        else if (!m_interaction.agentUserId.isEmpty() && party.id == m_interaction.agentUserId)
            name = tr("%1 (agent)").arg(m_agentName);
        m_parties->addItem(party.onHold ? tr("%1 (on hold)").arg(name) : name);
    }
}

void MonitorWindow::updateControls()
{
    m_whisperSend->setEnabled(m_monitoring && !m_whisperPending && !m_whisperField->text().trimmed().isEmpty());
    m_whisperField->setEnabled(m_monitoring);
    m_barge->setEnabled(m_monitoring && !m_barged);
}

void MonitorWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateCall();
    }
    QWidget::changeEvent(event);
}

void MonitorWindow::retranslate()
{
    const QString customer = m_interaction.customer.displayName.isEmpty() ? m_interaction.customer.id
                                                                          : m_interaction.customer.displayName;
    setWindowTitle(tr("Monitoring %1 — %2 with %3").arg(m_agentName, channelText(m_interaction.channel), customer));
    m_title->setText(tr("%1's %2 with %3").arg(m_agentName, channelText(m_interaction.channel), customer));
    if (!m_statusError.isEmpty()) {
        m_status->setText(tr("Cannot monitor: %1").arg(m_statusError));
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    } else {
        m_status->setStyleSheet({});
        m_status->setText(!m_monitoring ? tr("Starting to monitor…")
                          : m_barged    ? tr("You have joined: the customer was told that you are here.")
                                        : tr("Listening (read-only): the customer does not know you are here."));
    }
    if (m_transcript)
        m_transcript->setAccessibleName(tr("Live transcript (read-only)"));
    if (m_parties)
        m_parties->setAccessibleName(tr("Call parties"));
    m_whisperLabel->setText(tr("&Whisper:"));
    m_whisperField->setPlaceholderText(tr("A message only %1 sees").arg(m_agentName));
    m_whisperField->setAccessibleName(tr("Whisper to %1").arg(m_agentName));
    m_whisperSend->setText(tr("Send"));
    m_whisperSend->setAccessibleName(tr("Send the whisper"));
    m_whisperSend->setToolTip(tr("Send the whisper (Enter)"));
    m_barge->setText(m_barged ? tr("Joined") : tr("&Barge in"));
    m_barge->setAccessibleName(tr("Barge in: join the interaction"));
    m_barge->setToolTip(tr("Join the interaction: the customer sees you join (Ctrl+Shift+B)"));
}

} // namespace app
