#include "app_agent_workspace.h"

#include "app_interaction_handle.h"
#include "app_module_host_bridge.h"

#include "models_interaction_list_model.h"
#include "session_agent_store.h"
#include "session_interaction_store.h"
#include "session_session.h"
#include "widgets_offer_toast.h"
#include "widgets_wrap_up_form.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

namespace app {

namespace {

QString channelLabel(session::Channel channel)
{
    switch (channel) {
    case session::Channel::Chat: return AgentWorkspace::tr("Chat");
    case session::Channel::Sms: return AgentWorkspace::tr("SMS");
    case session::Channel::Email: return AgentWorkspace::tr("Email");
    case session::Channel::Voice: return AgentWorkspace::tr("Voice");
    case session::Channel::Unspecified: break;
    }
    return AgentWorkspace::tr("Unknown channel");
}

QString duration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3").arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString stateLabel(session::InteractionState state)
{
    switch (state) {
    case session::InteractionState::Offered: return AgentWorkspace::tr("offered");
    case session::InteractionState::Active: return AgentWorkspace::tr("active");
    case session::InteractionState::WrapUp: return AgentWorkspace::tr("wrap-up");
    default: return {};
    }
}

// Two lines per interaction: channel and customer; queue, state and age.
class InboxDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // Two lines, whatever the text: the age and state change under a fixed row.
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        return {size.width(), 2 * option.fontMetrics.lineSpacing() + 10};
    }
protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        using M = models::InteractionListModel;
        const auto channel = index.data(M::ChannelRole).value<session::Channel>();
        const QDateTime enqueued = index.data(M::EnqueuedAtRole).toDateTime();
        const qint64 age = enqueued.isValid() ? enqueued.secsTo(QDateTime::currentDateTimeUtc()) : 0;
        option->text = AgentWorkspace::tr("%1 · %2\n%3 · %4 · %5")
            .arg(channelLabel(channel), index.data(M::CustomerNameRole).toString(),
                 index.data(M::QueueNameRole).toString(),
                 stateLabel(index.data(M::StateRole).value<session::InteractionState>()), duration(age));
        option->text.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));   // the style draws it as a break
    }
};

QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &error)
{
    label->setText(error);
    label->setVisible(!error.isEmpty());
}

} // namespace

AgentWorkspace::AgentWorkspace(session::Session &session, const QString &modulesDir, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_bridge(std::make_unique<ModuleHostBridge>(session, modulesDir)),
      m_model(new models::InteractionListModel(&session.interactions(), this)),
      m_inbox(new QListView(this)),
      m_panels(new QStackedWidget(this)),
      m_empty(new QLabel(this)),
      m_end(new QPushButton(this)),
      m_interactionError(errorLabel(this, QStringLiteral("interactionError"))),
      m_wrapUp(new widgets::WrapUpForm(this)),
      m_toast(new widgets::OfferToast(this)),
      m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("agentWorkspace"));
    buildStateBar();

    m_inbox->setObjectName(QStringLiteral("inbox"));
    m_inbox->setModel(m_model);
    m_inbox->setItemDelegate(new InboxDelegate(m_inbox));
    m_inbox->setSelectionMode(QAbstractItemView::SingleSelection);
    m_inbox->setUniformItemSizes(true);
    m_inbox->setWordWrap(true);
    m_inbox->setTextElideMode(Qt::ElideRight);
    m_inbox->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_inbox->setMinimumWidth(220);
    connect(m_inbox->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
        showInteraction(current.data(models::InteractionListModel::IdRole).toString());
    });

    m_panels->setObjectName(QStringLiteral("panels"));
    auto *empty = static_cast<QLabel *>(m_empty);
    empty->setObjectName(QStringLiteral("noInteraction"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_panels->addWidget(m_empty);

    m_end->setObjectName(QStringLiteral("endInteraction"));
    connect(m_end, &QPushButton::clicked, this, [this] {
        const QString id = m_current;
        if (id.isEmpty())
            return;
        m_end->setEnabled(false);
        showError(m_interactionError, {});
        QPointer<AgentWorkspace> self(this);
        m_session.interactions().end(id, [self, id](bool ok, const QString &error) {
            if (!self)
                return;
            self->m_end->setEnabled(true);
            if (!ok && self->m_current == id)
                showError(self->m_interactionError, tr("Could not end the interaction: %1").arg(error));
        });
    });
    m_wrapUp->hide();
    connect(m_wrapUp, &widgets::WrapUpForm::doneRequested, this,
            [this](const QString &code, const QString &notes) {
        const QString id = m_current;
        m_wrapUp->setBusy(true);
        QPointer<AgentWorkspace> self(this);
        m_session.interactions().completeWrapUp(id, code, notes, [self, id](bool ok, const QString &error) {
            if (!self)
                return;
            self->m_wrapUp->setBusy(false);
            if (!ok && self->m_current == id)
                self->m_wrapUp->setError(tr("Could not finish the wrap-up: %1").arg(error));
        });
    });

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_interactionError, 1);
    actions->addStretch();
    actions->addWidget(m_end);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_panels, 1);
    rightLayout->addLayout(actions);
    rightLayout->addWidget(m_wrapUp);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_inbox);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 740});

    auto *stateBar = new QHBoxLayout;
    stateBar->addWidget(m_stateLabel);
    stateBar->addWidget(m_stateBox);
    stateBar->addWidget(m_timeInState);
    stateBar->addWidget(m_nextState);
    stateBar->addWidget(m_stateError, 1);
    stateBar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(stateBar);
    layout->addWidget(splitter, 1);

    session::AgentStore &agent = session.agent();
    connect(&agent, &session::AgentStore::changed, this, &AgentWorkspace::updateStateBar);
    connect(&agent, &session::AgentStore::reasonCodesChanged, this, &AgentWorkspace::fillStateBox);
    connect(&agent, &session::AgentStore::commandFailed, this, [this](const QString &error) {
        showError(m_stateError, tr("State not changed: %1").arg(error));
    });

    session::InteractionStore &store = session.interactions();
    connect(&store, &session::InteractionStore::rowsAdded, this, &AgentWorkspace::updateOffer);
    connect(&store, &session::InteractionStore::interactionChanged, this, [this](int, const QString &id) {
        updateOffer();
        if (id == m_current)
            showInteraction(id);
        else if (m_current.isEmpty())
            updateActions();
    });
    connect(&store, &session::InteractionStore::reloaded, this, [this](const QStringList &ids) {
        for (const QString &id : m_panelFor.keys()) {
            if (!ids.contains(id))
                dropPanel(id);
        }
        updateOffer();
        showInteraction(ids.contains(m_current) ? m_current : QString());
    });
    connect(&store, &session::InteractionStore::interactionRemoved, this, [this](const QString &id) {
        dropPanel(id);
        updateOffer();
        if (id == m_current) {
            const QModelIndex first = m_model->index(0, 0);
            m_inbox->setCurrentIndex(first);
            showInteraction(first.data(models::InteractionListModel::IdRole).toString());
        }
    });
    connect(&store, &session::InteractionStore::wrapUpCodesChanged, this, [this](const QString &) {
        m_wrapUpFor.clear();
        updateActions();
    });
    connect(&store, &session::InteractionStore::commandFailed, this, [this](const QString &id, const QString &error) {
        if (id == m_toast->interactionId() && m_toast->isVisible())
            m_toast->setError(error);
    });

    connect(m_toast, &widgets::OfferToast::acceptRequested, this, [this](const QString &id) {
        m_toast->setBusy(true);
        QPointer<AgentWorkspace> self(this);
        m_session.interactions().accept(id, [self, id](bool ok, const QString &error) {
            if (!self)
                return;
            self->m_toast->setBusy(false);
            if (!ok) {
                self->m_toast->setError(tr("Could not accept: %1").arg(error));
                return;
            }
            const QModelIndex index = self->m_model->indexOf(id);
            if (index.isValid())
                self->m_inbox->setCurrentIndex(index);
        });
    });
    connect(m_toast, &widgets::OfferToast::rejectRequested, this, [this](const QString &id) {
        m_toast->setBusy(true);
        QPointer<AgentWorkspace> self(this);
        m_session.interactions().reject(id, [self](bool ok, const QString &error) {
            if (!self)
                return;
            self->m_toast->setBusy(false);
            if (!ok)
                self->m_toast->setError(tr("Could not reject: %1").arg(error));
        });
    });
    m_toast->hide();

    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &AgentWorkspace::tick);
    m_clock->start();

    retranslate();
    fillStateBox();
    updateOffer();
    showInteraction({});
}

AgentWorkspace::~AgentWorkspace()
{
    // The modules' panels go before the modules can be unloaded.
    for (QWidget *panel : std::as_const(m_panelFor))
        delete panel;
    m_panelFor.clear();
    m_bridge.reset();
}

void AgentWorkspace::buildStateBar()
{
    m_stateLabel = new QLabel(this);
    m_stateBox = new QComboBox(this);
    m_stateBox->setObjectName(QStringLiteral("agentState"));
    m_stateBox->setMinimumWidth(200);
    m_stateLabel->setBuddy(m_stateBox);
    m_timeInState = new QLabel(this);
    m_timeInState->setObjectName(QStringLiteral("timeInState"));
    m_nextState = new QLabel(this);
    m_nextState->setObjectName(QStringLiteral("nextState"));
    m_stateError = errorLabel(this, QStringLiteral("stateError"));
    connect(m_stateBox, &QComboBox::currentIndexChanged, this, &AgentWorkspace::requestState);
}

void AgentWorkspace::retranslate()
{
    m_stateLabel->setText(tr("&State:"));
    m_stateBox->setAccessibleName(tr("Your state"));
    m_stateBox->setPlaceholderText(tr("Offline"));
    m_inbox->setAccessibleName(tr("Interactions"));
    m_panels->setAccessibleName(tr("Interaction"));
    m_end->setText(tr("End"));      // no mnemonic: it would replace the shortcut
    m_end->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_end->setToolTip(tr("End the interaction and start wrap-up (%1)")
                          .arg(m_end->shortcut().toString(QKeySequence::NativeText)));
    m_end->setAccessibleName(tr("End interaction"));
    static_cast<QLabel *>(m_empty)->setText(tr("No interaction selected. Offers appear here when you are Available."));
    fillStateBox();
}

void AgentWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AgentWorkspace::fillStateBox()
{
    m_syncingState = true;
    m_stateBox->clear();
    m_stateBox->addItem(tr("Available"), QString());
    for (const session::Code &code : m_session.agent().reasonCodes())
        m_stateBox->addItem(tr("Not Ready — %1").arg(code.label), code.id);
    m_syncingState = false;
    updateStateBar();
}

void AgentWorkspace::updateStateBar()
{
    const session::AgentStore &agent = m_session.agent();
    m_syncingState = true;
    switch (agent.state()) {
    case session::AgentState::Available:
        m_stateBox->setCurrentIndex(0);
        break;
    case session::AgentState::NotReady:
        m_stateBox->setCurrentIndex(std::max(-1, m_stateBox->findData(agent.reasonCodeId())));
        break;
    default:
        m_stateBox->setCurrentIndex(-1);
        break;
    }
    m_syncingState = false;
    switch (agent.nextState()) {
    case session::AgentState::Available:
        m_nextState->setText(tr("Next: Available"));
        break;
    case session::AgentState::NotReady:
        m_nextState->setText(tr("Next: Not Ready — %1").arg(agent.reasonLabel(agent.nextReasonCodeId())));
        break;
    default:
        m_nextState->clear();
        break;
    }
    m_nextState->setVisible(!m_nextState->text().isEmpty());
    tick();
}

void AgentWorkspace::requestState(int index)
{
    if (m_syncingState || index < 0)
        return;
    const QString reason = m_stateBox->itemData(index).toString();
    const auto state = reason.isEmpty() ? session::AgentState::Available : session::AgentState::NotReady;
    // Busy with interactions: the change waits until the agent is free.
    const bool whenFree = m_session.interactions().count() > 0;
    showError(m_stateError, {});
    QPointer<AgentWorkspace> self(this);
    m_session.agent().setState(state, reason, whenFree, [self](bool ok, const QString &error) {
        if (!self)
            return;
        if (!ok)
            showError(self->m_stateError, tr("State not changed: %1").arg(error));
        self->updateStateBar();     // back to what the server holds
    });
}

void AgentWorkspace::tick()
{
    const QDateTime since = m_session.agent().stateSince();
    m_timeInState->setText(since.isValid()
        ? tr("for %1").arg(duration(since.secsTo(QDateTime::currentDateTimeUtc()))) : QString());
    m_inbox->viewport()->update();      // the ages
}

void AgentWorkspace::updateOffer()
{
    const session::InteractionStore &store = m_session.interactions();
    for (int row = 0; row < store.count(); ++row) {
        const session::Interaction &i = store.at(row);
        if (i.state != session::InteractionState::Offered)
            continue;
        m_toast->setOffer(i.id, i.customer.displayName.isEmpty() ? i.customer.address : i.customer.displayName,
                          channelLabel(i.channel), store.queueName(i.queueId), i.offerExpiresAt);
        m_toast->show();
        m_toast->raise();
        placeToast();
        return;
    }
    m_toast->hide();
}

void AgentWorkspace::placeToast()
{
    m_toast->adjustSize();
    const QSize size(std::max(360, m_toast->sizeHint().width()), m_toast->sizeHint().height());
    m_toast->setGeometry(width() - size.width() - 16, 48, size.width(), size.height());
}

void AgentWorkspace::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeToast();
}

void AgentWorkspace::showInteraction(const QString &id)
{
    m_current = id;
    const int row = m_session.interactions().indexOf(id);
    if (id.isEmpty() || row < 0) {
        m_current.clear();
        m_panels->setCurrentWidget(m_empty);
        updateActions();
        return;
    }
    const session::Interaction &i = m_session.interactions().at(row);
    if (i.state != session::InteractionState::Offered && !m_panelFor.contains(id)) {
        const modules::api::PanelResult result = m_bridge->createPanel(id, m_panels);
        QWidget *panel = result.widget;
        if (!result.ok()) {
            delete result.widget;
            auto *label = new QLabel(result.error, m_panels);
            label->setObjectName(QStringLiteral("noPanel"));
            label->setAlignment(Qt::AlignCenter);
            label->setWordWrap(true);
            panel = label;
        }
        m_panels->addWidget(panel);
        m_panelFor.insert(id, panel);
    }
    m_panels->setCurrentWidget(m_panelFor.value(id, m_empty));
    updateActions();
}

void AgentWorkspace::updateActions()
{
    const int row = m_session.interactions().indexOf(m_current);
    const auto state = row < 0 ? session::InteractionState::Unspecified : m_session.interactions().at(row).state;
    m_end->setVisible(state == session::InteractionState::Active);
    if (state != session::InteractionState::WrapUp) {
        m_wrapUp->hide();
        m_wrapUpFor.clear();
        return;
    }
    const QString queue = m_session.interactions().at(row).queueId;
    if (m_wrapUpFor != m_current) {
        m_wrapUpFor = m_current;
        if (!m_session.interactions().hasWrapUpCodes(queue))
            m_session.interactions().loadWrapUpCodes(queue);
        QList<QPair<QString, QString>> codes;
        for (const session::Code &code : m_session.interactions().wrapUpCodes(queue))
            codes.append({code.id, code.label});
        m_wrapUp->clear();
        m_wrapUp->setCodes(codes);
    }
    showError(m_interactionError, {});
    m_wrapUp->show();
}

void AgentWorkspace::dropPanel(const QString &id)
{
    if (QWidget *panel = m_panelFor.take(id)) {
        m_panels->removeWidget(panel);
        delete panel;
    }
}

} // namespace app
