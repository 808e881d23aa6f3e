#include "app_agent_workspace.h"

#include "app_interaction_handle.h"
#include "app_module_host_bridge.h"
#include "app_offer_alert.h"

#include "models_interaction_list_model.h"
#include "session_agent_store.h"
#include "session_command_journal.h"
#include "session_directory_admin.h"
#include "session_interaction_store.h"
#include "session_notice_store.h"
#include "session_session.h"
#include "session_transcript_store.h"
#include "widgets_channel_icon.h"
#include "widgets_customer_context.h"
#include "widgets_offer_toast.h"
#include "widgets_transfer_dialog.h"
#include "widgets_wrap_up_form.h"

#include <QAbstractButton>
#include <QApplication>
#include <QAction>
#include <QComboBox>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QShortcut>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace app {

namespace {

// Marks a state-box entry that shows a reason the agent cannot choose.
constexpr int SystemReasonRole = Qt::UserRole + 1;

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

QString channelName(session::Channel channel)
{
    switch (channel) {
    case session::Channel::Chat: return QStringLiteral("chat");
    case session::Channel::Sms: return QStringLiteral("sms");
    case session::Channel::Email: return QStringLiteral("email");
    case session::Channel::Voice: return QStringLiteral("voice");
    case session::Channel::Unspecified: break;
    }
    return {};
}

// One inbox row: the channel's icon; the customer; queue, state and age; and at the
// right the clock that matters for the row: the service-level countdown while the
// customer still waits for an answer (offered), the handle time while active, the
// after-contact-work time left in wrap-up.
class InboxDelegate : public QStyledItemDelegate {
public:
    InboxDelegate(const session::InteractionStore &store, QObject *parent)
        : QStyledItemDelegate(parent), m_store(store) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // Two lines, whatever the text: the clocks change under a fixed row.
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        return {size.width(), 2 * option.fontMetrics.lineSpacing() + 12};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &styleOption, const QModelIndex &index) const override
    {
        using M = models::InteractionListModel;
        QStyleOptionViewItem option = styleOption;
        initStyleOption(&option, index);
        option.text.clear();
        option.icon = QIcon();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
        const QColor text = option.palette.color(QPalette::Active, textRole);
        QColor quiet = text;
        quiet.setAlphaF(0.7f);
        const auto channel = index.data(M::ChannelRole).value<session::Channel>();
        const auto state = index.data(M::StateRole).value<session::InteractionState>();
        const QRect r = option.rect.adjusted(6, 4, -6, -4);
        const int iconSize = 20;
        const QIcon icon = widgets::channelIcon(channelName(channel), text, iconSize);
        icon.paint(painter, QRect(r.left(), r.top() + (r.height() - iconSize) / 2, iconSize, iconSize));

        const auto [clock, clockColor] = this->clock(index, state, text);
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics boldMetrics(bold);
        const int clockWidth = boldMetrics.horizontalAdvance(clock) + 4;
        const int lineHeight = option.fontMetrics.lineSpacing();
        const QRect textRect(r.left() + iconSize + 8, r.top(), r.width() - iconSize - 8 - clockWidth - 6, r.height());

        painter->save();
        painter->setFont(bold);
        painter->setPen(text);
        const QString customer = index.data(M::CustomerNameRole).toString();
        painter->drawText(QRect(textRect.left(), textRect.top(), textRect.width(), lineHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, boldMetrics.elidedText(customer, Qt::ElideRight, textRect.width()));
        painter->setPen(clockColor);
        painter->drawText(QRect(r.right() - clockWidth, r.top(), clockWidth, lineHeight), Qt::AlignRight | Qt::AlignVCenter, clock);
        painter->setFont(option.font);
        painter->setPen(quiet);
        const QString second = AgentWorkspace::tr("%1 · %2 · %3")
            .arg(channelLabel(channel), index.data(M::QueueNameRole).toString(), stateLabel(state));
        painter->drawText(QRect(textRect.left(), textRect.top() + lineHeight + 2, r.width() - iconSize - 8, lineHeight),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(second, Qt::ElideRight, r.width() - iconSize - 8));
        painter->restore();
    }

    // The row's clock text and colour (public for the accessible text).
    std::pair<QString, QColor> clock(const QModelIndex &index, session::InteractionState state, const QColor &normal) const
    {
        using M = models::InteractionListModel;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QColor red(0xd0, 0x36, 0x36), amber(0xd9, 0x8c, 0x00), green(0x2e, 0x9e, 0x5b);
        switch (state) {
        case session::InteractionState::Offered: {
            const QDateTime enqueued = index.data(M::EnqueuedAtRole).toDateTime();
            const int threshold = m_store.serviceLevelSeconds(index.data(M::QueueIdRole).toString());
            if (!enqueued.isValid())
                return {{}, normal};
            const qint64 waited = enqueued.secsTo(now);
            if (threshold <= 0)
                return {duration(waited), normal};
            const qint64 left = threshold - waited;
            if (left < 0)
                return {AgentWorkspace::tr("SL +%1").arg(duration(-left)), red};
            return {AgentWorkspace::tr("SL %1").arg(duration(left)), left * 4 <= threshold ? amber : green};
        }
        case session::InteractionState::Active: {
            const QDateTime since = index.data(M::AcceptedAtRole).toDateTime();
            return {since.isValid() ? duration(since.secsTo(now)) : QString(), normal};
        }
        case session::InteractionState::WrapUp: {
            const QDateTime ends = index.data(M::WrapUpEndsAtRole).toDateTime();
            if (!ends.isValid())
                return {{}, normal};
            const qint64 left = now.secsTo(ends);
            return {AgentWorkspace::tr("ACW %1").arg(duration(std::max<qint64>(0, left))), left <= 15 ? red : normal};
        }
        default:
            return {{}, normal};
        }
    }

private:
    const session::InteractionStore &m_store;
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

AgentWorkspace::AgentWorkspace(session::Session &session, const ModuleFolders &folders, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_bridge(std::make_unique<ModuleHostBridge>(session, folders)),
      m_model(new models::InteractionListModel(&session.interactions(), this)),
      m_inbox(new QListView(this)),
      m_panels(new QStackedWidget(this)),
      m_empty(new QLabel(this)),
      m_end(new QPushButton(this)),
      m_interactionError(errorLabel(this, QStringLiteral("interactionError"))),
      m_wrapUp(new widgets::WrapUpForm(this)),
      m_toast(new widgets::OfferToast(this)),
      m_clock(new QTimer(this)),
      m_transfer(new QPushButton(this)),
      m_context(new widgets::CustomerContext(this))
{
    setObjectName(QStringLiteral("agentWorkspace"));
    buildStateBar();

    m_inbox->setObjectName(QStringLiteral("inbox"));
    m_inbox->setModel(m_model);
    m_inbox->setItemDelegate(new InboxDelegate(session.interactions(), m_inbox));
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
            if (!ok && session::CommandJournal::isQueued(error)) {
                self->updateActions();      // shown as saved, waiting for the server
                return;
            }
            if (!ok && self->m_current == id)
                self->m_wrapUp->setError(tr("Could not finish the wrap-up: %1").arg(error));
        });
    });

    m_transfer->setObjectName(QStringLiteral("transferInteraction"));
    connect(m_transfer, &QPushButton::clicked, this, &AgentWorkspace::openTransfer);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_interactionError, 1);
    actions->addStretch();
    actions->addWidget(m_transfer);
    actions->addWidget(m_end);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_panels, 1);
    rightLayout->addLayout(actions);
    rightLayout->addWidget(m_wrapUp);

    // The side: the customer, then one tab per agent tool installed (a knowledge base, a
    // CRM lookup: modules of kind agent-tool). Each tool view sits in a container of its
    // own so that a new version of its module replaces it in place.
    m_side = new QTabWidget(this);
    m_side->setObjectName(QStringLiteral("sidePanels"));
    m_side->setDocumentMode(true);
    m_side->setMinimumWidth(220);
    m_side->addTab(m_context, QString());
    for (const auto &[title, view] : m_bridge->createToolViews(m_side)) {
        auto *holder = new QWidget(m_side);
        auto *holderLayout = new QVBoxLayout(holder);
        holderLayout->setContentsMargins(8, 4, 0, 0);
        holderLayout->addWidget(view);
        m_side->addTab(holder, title);
        m_toolViews.append(view);
    }
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("agentSplitter"));
    splitter->addWidget(m_inbox);
    splitter->addWidget(right);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 560, 240});

    // Keyboard: the frequent actions without the mouse (the panels add their own).
    auto addShortcut = [this](QKeySequence keys, auto slot) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
        return shortcut;
    };
    m_nextShortcut = addShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { stepInteraction(1); });
    m_previousShortcut = addShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { stepInteraction(-1); });
    m_wrapUpShortcut = addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), [this] {
        if (m_wrapUp->isVisible())
            m_wrapUp->codeBox()->setFocus(Qt::ShortcutFocusReason);
    });
    m_inboxShortcut = addShortcut(QKeySequence(Qt::CTRL | Qt::Key_1), [this] { m_inbox->setFocus(Qt::ShortcutFocusReason); });
    m_panelShortcut = addShortcut(QKeySequence(Qt::CTRL | Qt::Key_2), [this] { focusPanel(); });

    connect(&session.interactions(), &session::InteractionStore::transferTargetsChanged, this,
            [this](const QString &id) {
        if (m_transferDialog && m_transferDialog->isVisible() && m_transferDialog->interactionId() == id) {
            m_transferLoaded = true;
            fillTransferTargets();
        }
    });
    connect(&session.interactions(), &session::InteractionStore::historyChanged, this,
            [this](const QString &) { updateContext(); });

    auto *stateBar = new QHBoxLayout;
    stateBar->addWidget(m_stateLabel);
    stateBar->addWidget(m_stateBox);
    stateBar->addWidget(m_timeInState);
    stateBar->addWidget(m_nextState);
    stateBar->addWidget(m_stateError, 1);
    stateBar->addStretch();
    // The agent's own skills and capacities, live from the directory (issue 7).
    m_mySkills = new QLabel(this);
    m_mySkills->setObjectName(QStringLiteral("mySkills"));
    m_mySkills->setTextInteractionFlags(Qt::TextSelectableByMouse);
    stateBar->addWidget(m_mySkills);
    m_profile = new session::SelfProfile(session, this);
    connect(m_profile, &session::SelfProfile::changed, this, &AgentWorkspace::updateMySkills);
    m_profile->load();
    buildJournalBanner();
    buildModuleNotice();
    buildSupervisorNotice();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(stateBar);
    layout->addWidget(m_supervisorNotice);
    layout->addWidget(m_journalBanner);
    layout->addWidget(m_moduleNotice);
    layout->addWidget(splitter, 1);
    connect(&session.journal(), &session::CommandJournal::changed, this, [this] {
        updateJournalBanner();
        updateStateBar();
        updateActions();
    });

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
        // After a restart (or a reload) the agent is back where they were: the
        // interaction they had open, else the first one they are working on.
        QString shown = ids.contains(m_current) ? m_current : QString();
        if (shown.isEmpty()) {
            const QString last = QSettings().value(lastShownKey()).toString();
            if (ids.contains(last) && isWorkable(last))
                shown = last;
            for (int row = 0; shown.isEmpty() && row < m_session.interactions().count(); ++row)
                if (isWorkable(m_session.interactions().at(row).id))
                    shown = m_session.interactions().at(row).id;
        }
        const QModelIndex index = m_model->indexOf(shown);
        if (index.isValid() && m_inbox->currentIndex() != index)
            m_inbox->setCurrentIndex(index);        // shows it through currentChanged
        else
            showInteraction(shown);
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
    // The modules' panels and tool views go before the modules can be unloaded.
    for (QWidget *panel : std::as_const(m_panelFor))
        delete panel;
    m_panelFor.clear();
    for (const QPointer<QWidget> &view : std::as_const(m_toolViews))
        delete view.data();
    m_toolViews.clear();
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

void AgentWorkspace::updateMySkills()
{
    if (!m_mySkills || !m_profile)
        return;
    const QString skills = m_profile->skillsText();
    const QString capacities = m_profile->capacitiesText();
    m_mySkills->setText(m_profile->isLoaded() ? tr("My skills: %1").arg(skills.isEmpty() ? tr("none") : skills) : QString());
    m_mySkills->setToolTip(capacities.isEmpty() ? tr("Capacity: the center's defaults")
                                                : tr("Capacity at once: %1").arg(capacities));
    m_mySkills->setAccessibleName(m_mySkills->text());
}

void AgentWorkspace::retranslate()
{
    updateMySkills();
    m_side->setTabText(0, tr("Customer"));
    // A tool's title is the module's own tr(): asked again in the new language.
    for (int tool = 0; tool < m_toolViews.size(); ++tool)
        if (m_toolViews.at(tool))
            m_side->setTabText(tool + 1, m_bridge->toolTitle(m_toolViews.at(tool)->property("moduleId").toString()));
    m_side->setAccessibleName(tr("Customer and tools"));
    m_side->tabBar()->setAccessibleName(tr("Customer and tools"));
    if (auto *dismiss = m_moduleNotice->findChild<QPushButton *>(QStringLiteral("dismissModuleNotice")))
        dismiss->setText(tr("Dismiss"));
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
    m_transfer->setText(tr("Transfer…"));
    m_transfer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_transfer->setToolTip(tr("Transfer to a queue or a colleague (%1)")
                               .arg(m_transfer->shortcut().toString(QKeySequence::NativeText)));
    m_transfer->setAccessibleName(tr("Transfer interaction"));
    static_cast<QLabel *>(m_empty)->setText(tr("No interaction selected. Offers appear here when you are Available."));
    fillStateBox();
    if (m_context)
        updateContext();    // its lines are made of translated words (channel, "via", "Subject:")
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
    for (int i = m_stateBox->count() - 1; i >= 0; --i)
        if (m_stateBox->itemData(i, SystemReasonRole).toBool())
            m_stateBox->removeItem(i);      // added again below if still the state
    // A change saved while the server was unreachable is what the agent asked for: show
    // it (and say it is not sent yet) rather than snap back to the server's state.
    const bool pending = agent.hasPendingState();
    const session::AgentState shown = pending ? agent.pendingState() : agent.state();
    const QString shownReason = pending ? agent.pendingReasonCodeId() : agent.reasonCodeId();
    switch (shown) {
    case session::AgentState::Available:
        m_stateBox->setCurrentIndex(0);
        break;
    case session::AgentState::NotReady:
    {
        int index = m_stateBox->findData(shownReason);
        if (index < 0) {
            // A reason the agent cannot choose (routing's "missed" after unanswered
            // offers, a code retired meanwhile): shown as it is, not as "Offline".
            m_stateBox->addItem(tr("Not Ready — %1").arg(agent.reasonLabel(shownReason)), shownReason);
            index = m_stateBox->count() - 1;
            m_stateBox->setItemData(index, true, SystemReasonRole);
        }
        m_stateBox->setCurrentIndex(index);
    }
        break;
    default:
        m_stateBox->setCurrentIndex(-1);
        break;
    }
    m_syncingState = false;
    if (pending) {
        m_nextState->setText(tr("Saved offline: sent when the server is reachable"));
    } else switch (agent.nextState()) {
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
    if (m_stateBox->itemData(index, SystemReasonRole).toBool()) {
        updateStateBar();   // not the agent's to choose: back to what the server holds
        return;
    }
    const QString reason = m_stateBox->itemData(index).toString();
    const auto state = reason.isEmpty() ? session::AgentState::Available : session::AgentState::NotReady;
    // Busy with interactions: the change waits until the agent is free.
    const bool whenFree = m_session.interactions().count() > 0;
    showError(m_stateError, {});
    QPointer<AgentWorkspace> self(this);
    m_session.agent().setState(state, reason, whenFree, [self](bool ok, const QString &error) {
        if (!self)
            return;
        if (!ok && !session::CommandJournal::isQueued(error))
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
        const QString customer = i.customer.displayName.isEmpty() ? i.customer.address : i.customer.displayName;
        m_toast->setOffer(i.id, customer, channelLabel(i.channel), store.queueName(i.queueId), i.offerExpiresAt);
        m_toast->show();
        m_toast->raise();
        placeToast();
        if (m_alert)
            m_alert->offerShown(i.id, tr("New %1 from %2").arg(channelLabel(i.channel), customer),
                                tr("Queue %1 — accept with %2")
                                    .arg(store.queueName(i.queueId),
                                         m_toast->acceptButton()->shortcut().toString(QKeySequence::NativeText)));
        return;
    }
    m_toast->hide();
    if (m_alert)
        m_alert->offerClosed();
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

QString AgentWorkspace::lastShownKey() const
{
    return QStringLiteral("agent/%1/lastShownInteraction").arg(m_session.userId());
}

bool AgentWorkspace::isWorkable(const QString &id) const
{
    const int row = m_session.interactions().indexOf(id);
    return row >= 0 && m_session.interactions().at(row).state != session::InteractionState::Offered;
}

void AgentWorkspace::showInteraction(const QString &id)
{
    if (!id.isEmpty() && id != m_current)
        QSettings().setValue(lastShownKey(), id);
    m_current = id;
    const int row = m_session.interactions().indexOf(id);
    if (id.isEmpty() || row < 0) {
        m_current.clear();
        m_panels->setCurrentWidget(m_empty);
        updateActions();
        updateContext();
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
    QWidget *shown = m_panelFor.value(id, m_empty);
    const bool changed = m_panels->currentWidget() != shown;
    m_panels->setCurrentWidget(shown);
    updateActions();
    updateContext();
    // A newly shown interaction takes the keyboard: the agent types the answer at once.
    if (changed && i.state == session::InteractionState::Active && window()->isActiveWindow())
        focusPanel();
}

void AgentWorkspace::buildModuleNotice()
{
    // Says why a module version the agent was about to get is not running. Never a
    // dialog: the agent is in the middle of a conversation and keeps working.
    m_moduleNotice = new QFrame(this);
    m_moduleNotice->setObjectName(QStringLiteral("moduleNotice"));
    m_moduleNotice->setFrameShape(QFrame::StyledPanel);
    auto *row = new QHBoxLayout(m_moduleNotice);
    m_moduleNoticeText = new QLabel(m_moduleNotice);
    m_moduleNoticeText->setObjectName(QStringLiteral("moduleNoticeText"));
    m_moduleNoticeText->setWordWrap(true);
    m_moduleNoticeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QPushButton(tr("Dismiss"), m_moduleNotice);
    dismiss->setObjectName(QStringLiteral("dismissModuleNotice"));
    connect(dismiss, &QPushButton::clicked, m_moduleNotice, &QWidget::hide);
    row->addWidget(m_moduleNoticeText, 1);
    row->addWidget(dismiss);
    m_moduleNotice->hide();
    connect(m_bridge.get(), &ModuleHostBridge::moduleNotice, this, [this](const QString &text) {
        if (text.isEmpty())
            return;     // a later success does not hide what the agent has not read yet
        m_moduleNoticeText->setText(text);
        m_moduleNotice->show();
    });
    connect(m_bridge.get(), &ModuleHostBridge::panelReplaced, this,
            [this](const QString &id, QWidget *old, QWidget *replacement) {
        if (m_panelFor.value(id) == old)
            m_panelFor.insert(id, replacement);
        const int tool = m_toolViews.indexOf(old);
        if (tool >= 0) {
            m_toolViews[tool] = replacement;
            ModuleHostBridge::setToolInteraction(replacement, m_bridge->interaction(m_current));
        }
    });
    connect(m_bridge.get(), &ModuleHostBridge::modulesChanged, this, [this] {
        // An interaction shown with "no panel for sms is installed" gets one now, if it can.
        const QStringList ids = m_panelFor.keys();
        for (const QString &id : ids) {
            if (m_panelFor.value(id)->objectName() == QLatin1String("noPanel"))
                dropPanel(id);
        }
        if (!m_current.isEmpty() && !m_panelFor.contains(m_current))
            showInteraction(m_current);
    });
}

void AgentWorkspace::buildSupervisorNotice()
{
    m_supervisorNotice = new QFrame(this);
    m_supervisorNotice->setObjectName(QStringLiteral("supervisorNotice"));
    m_supervisorNotice->setFrameShape(QFrame::StyledPanel);
    m_supervisorNotice->setAutoFillBackground(true);
    m_supervisorNotice->setBackgroundRole(QPalette::ToolTipBase);
    m_supervisorNoticeText = new QLabel(m_supervisorNotice);
    m_supervisorNoticeText->setObjectName(QStringLiteral("supervisorNoticeText"));
    m_supervisorNoticeText->setWordWrap(true);
    m_supervisorNoticeText->setForegroundRole(QPalette::ToolTipText);
    m_supervisorNoticeText->setTextFormat(Qt::PlainText);
    m_supervisorDismiss = new QPushButton(tr("Dismiss"), m_supervisorNotice);
    m_supervisorDismiss->setObjectName(QStringLiteral("supervisorNoticeDismiss"));
    m_supervisorDismiss->setAccessibleName(tr("Dismiss the supervisor's notices"));
    auto *row = new QHBoxLayout(m_supervisorNotice);
    row->addWidget(m_supervisorNoticeText, 1);
    row->addWidget(m_supervisorDismiss, 0, Qt::AlignTop);
    m_supervisorNotice->hide();
    connect(m_supervisorDismiss, &QPushButton::clicked, this, [this] {
        m_supervisorLines.clear();
        m_supervisorNotice->hide();
    });
    // Notices from a person (the server names the supervisor: "supervisor1 set you to
    // Not Ready — Lunch", "supervisor1 signed you out", "... is monitoring your chat").
    connect(&m_session.notices(), &session::NoticeStore::noticesAdded, this, [this](int count, int) {
        const QList<session::Notice> &notices = m_session.notices().notices();
        for (qsizetype i = std::max<qsizetype>(0, notices.size() - count); i < notices.size(); ++i) {
            const session::Notice &notice = notices.at(i);
            if (notice.fromUsername.isEmpty())
                continue;
            addSupervisorLine(tr("%1 (%2)").arg(notice.text, QLocale().toString(notice.at.toLocalTime().time(),
                                                                                 QLocale::ShortFormat)));
            // A forced sign-out (a warning) must not be missed among the rest.
            QFont font = m_supervisorNoticeText->font();
            font.setBold(notice.severity == QLatin1String("warning"));
            m_supervisorNoticeText->setFont(font);
        }
    });
    // Whispers come as messages of the interaction: keep the transcript of every
    // interaction the agent works on open (a call's too, which no panel shows), so that a
    // whisper reaches the agent whichever interaction is on screen.
    auto openTranscripts = [this] {
        for (const session::Interaction &interaction : m_session.interactions().interactions())
            if (interaction.state == session::InteractionState::Active
                && !m_session.transcripts().isOpen(interaction.id))
                m_session.transcripts().open(interaction.id);
    };
    connect(&m_session.interactions(), &session::InteractionStore::interactionChanged, this, openTranscripts);
    connect(&m_session.interactions(), &session::InteractionStore::rowsAdded, this, openTranscripts);
    connect(&m_session.interactions(), &session::InteractionStore::reloaded, this, openTranscripts);
    // A whisper: shown in the transcript too, and here, whichever interaction is open;
    // only new ones (not those loaded with the transcript).
    connect(&m_session.transcripts(), &session::TranscriptStore::loaded, this,
            [this](const QString &id) { m_liveTranscripts.insert(id); });
    connect(&m_session.transcripts(), &session::TranscriptStore::closed, this,
            [this](const QString &id) { m_liveTranscripts.remove(id); });
    connect(&m_session.transcripts(), &session::TranscriptStore::rowsInserted, this,
            [this](const QString &id, int first, int last) {
        if (!m_liveTranscripts.contains(id) || m_session.interactions().indexOf(id) < 0)
            return;
        for (int row = first; row <= last; ++row) {
            const session::Message &m = m_session.transcripts().at(id, row);
            if (m.direction == session::MessageDirection::Whisper)
                addSupervisorLine(tr("Whisper from %1: %2 (%3)")
                                      .arg(m.authorName, m.text,
                                           QLocale().toString(m.sentAt.toLocalTime().time(), QLocale::ShortFormat)));
        }
    });
}

void AgentWorkspace::addSupervisorLine(const QString &line)
{
    m_supervisorLines << line;
    while (m_supervisorLines.size() > 4)
        m_supervisorLines.removeFirst();
    m_supervisorNoticeText->setText(m_supervisorLines.join(QLatin1Char('\n')));
    m_supervisorDismiss->setText(tr("Dismiss"));
    m_supervisorDismiss->setAccessibleName(tr("Dismiss the supervisor's notices"));
    m_supervisorNotice->show();
}

void AgentWorkspace::buildJournalBanner()
{
    m_journalBanner = new QFrame(this);
    m_journalBanner->setObjectName(QStringLiteral("journalBanner"));
    m_journalBanner->setFrameShape(QFrame::StyledPanel);
    m_journalBanner->setAutoFillBackground(true);
    new QVBoxLayout(m_journalBanner);
    m_journalBanner->hide();
    updateJournalBanner();
}

void AgentWorkspace::updateJournalBanner()
{
    // What the agent did while the server was away: pending (will be sent) or refused
    // by the server on replay (must be read, then dismissed). Never silently dropped.
    auto *layout = static_cast<QVBoxLayout *>(m_journalBanner->layout());
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *inner = row->takeAt(0)) {
                if (inner->widget())
                    inner->widget()->deleteLater();
                delete inner;
            }
        }
        delete item;
    }
    const session::CommandJournal &journal = m_session.journal();
    const int pending = journal.pendingCount();
    if (pending > 0) {
        QStringList what;
        for (const session::JournalEntry &entry : journal.entries())
            if (entry.status != session::JournalEntry::Status::Failed)
                what << entry.description;
        auto *label = new QLabel(tr("Saved while the server is unreachable, sent as soon as it is back: %1")
                                     .arg(what.join(QLatin1String("; "))), m_journalBanner);
        label->setObjectName(QStringLiteral("journalPending"));
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    for (const session::JournalEntry &entry : journal.entries()) {
        if (entry.status != session::JournalEntry::Status::Failed)
            continue;
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(tr("Not done: %1. The server refused it: %2").arg(entry.description, entry.error),
                                 m_journalBanner);
        label->setObjectName(QStringLiteral("journalFailed"));
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #b00020;"));
        auto *dismiss = new QPushButton(tr("Dismiss"), m_journalBanner);
        dismiss->setObjectName(QStringLiteral("journalDismiss"));
        dismiss->setAccessibleName(tr("Dismiss: %1").arg(entry.description));
        const QString id = entry.id;
        connect(dismiss, &QPushButton::clicked, this, [this, id] { m_session.journal().dismiss(id); });
        row->addWidget(label, 1);
        row->addWidget(dismiss);
        layout->addLayout(row);
    }
    m_journalBanner->setVisible(!journal.entries().isEmpty());
}

void AgentWorkspace::focusPanel()
{
    if (QWidget *panel = m_panelFor.value(m_current)) {
        QWidget *target = panel->focusProxy() ? panel->focusProxy() : panel;
        if (target->focusPolicy() == Qt::NoFocus) {
            // The panel takes no focus itself: its first control that does.
            for (QWidget *child : panel->findChildren<QWidget *>()) {
                if (child->isVisibleTo(panel) && child->isEnabled() && (child->focusPolicy() & Qt::TabFocus)) {
                    target = child;
                    break;
                }
            }
        }
        target->setFocus(Qt::OtherFocusReason);
    }
}

void AgentWorkspace::stepInteraction(int step)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const int row = m_inbox->currentIndex().isValid() ? m_inbox->currentIndex().row() : (step > 0 ? -1 : 0);
    const QModelIndex next = m_model->index(((row + step) % count + count) % count, 0);
    m_inbox->setCurrentIndex(next);
    focusPanel();
}

void AgentWorkspace::updateContext()
{
    for (const QPointer<QWidget> &view : std::as_const(m_toolViews))
        if (view)
            ModuleHostBridge::setToolInteraction(view, m_bridge->interaction(m_current));
    const int row = m_session.interactions().indexOf(m_current);
    if (row < 0) {
        m_context->clear();
        m_context->setEnabled(false);
        return;
    }
    m_context->setEnabled(true);
    const session::InteractionStore &store = m_session.interactions();
    const session::Interaction &i = store.at(row);
    m_context->setCustomer(i.customer.displayName, i.customer.address, channelName(i.channel),
                           channelLabel(i.channel), store.queueName(i.queueId), i.subject);
    const QString customerId = i.customer.id;
    if (customerId.isEmpty()) {
        m_context->setHistory({}, true);
        return;
    }
    if (!store.hasHistory(customerId)) {
        m_context->setHistory({}, false);
        m_session.interactions().loadHistory(customerId);
        return;
    }
    QList<widgets::CustomerContext::Visit> visits;
    for (const session::HistoryItem &item : store.history(customerId)) {
        if (item.interactionId == i.id)
            continue;   // the screen pop shows what came before this one
        QString outcome;
        for (const session::Code &code : store.wrapUpCodes(item.queueId))
            if (code.id == item.wrapUpCodeId)
                outcome = code.label;
        if (outcome.isEmpty())
            outcome = item.wrapUpCodeId;
        visits.append({item.startedAt, channelName(item.channel), channelLabel(item.channel),
                       store.queueName(item.queueId), outcome, item.summary});
    }
    m_context->setHistory(visits, true);
}

void AgentWorkspace::openTransfer()
{
    const int row = m_session.interactions().indexOf(m_current);
    if (row < 0 || m_session.interactions().at(row).state != session::InteractionState::Active)
        return;
    if (!m_transferDialog) {
        m_transferDialog = new widgets::TransferDialog(this);
        connect(m_transferDialog, &widgets::TransferDialog::transferRequested, this,
                [this](const QString &id, bool toQueue, const QString &target) {
            m_transferDialog->setBusy(true);
            QPointer<AgentWorkspace> self(this);
            auto done = [self](bool ok, const QString &error) {
                if (!self || !self->m_transferDialog)
                    return;
                self->m_transferDialog->setBusy(false);
                if (ok)
                    self->m_transferDialog->accept();
                else
                    self->m_transferDialog->setError(tr("Not transferred: %1").arg(error));
            };
            if (toQueue)
                m_session.interactions().transferToQueue(id, target, done);
            else
                m_session.interactions().transferToAgent(id, target, done);
        });
    }
    const session::Interaction &i = m_session.interactions().at(row);
    const QString customer = i.customer.displayName.isEmpty() ? i.customer.address : i.customer.displayName;
    m_transferDialog->setInteraction(i.id, tr("the %1 with %2").arg(channelLabel(i.channel).toLower(), customer));
    m_transferLoaded = false;
    fillTransferTargets();
    m_session.interactions().loadTransferTargets(i.id);
    m_transferDialog->open();
    m_transferDialog->filterEdit()->setFocus();
}

void AgentWorkspace::fillTransferTargets()
{
    if (!m_transferDialog)
        return;
    const QString id = m_transferDialog->interactionId();
    QList<widgets::TransferDialog::Target> targets;
    for (const session::TransferTarget &t : m_session.interactions().transferTargets(id))
        targets.append({t.kind == session::TransferTarget::Kind::Queue, t.id, t.name, t.detail, t.available});
    m_transferDialog->setTargets(targets, m_transferLoaded);
}

QList<widgets::ShortcutOverlay::Group> AgentWorkspace::shortcutGroups() const
{
    auto keys = [](const QAbstractButton *button) { return button->shortcut(); };
    QList<widgets::ShortcutOverlay::Group> groups;
    groups.append({tr("Offers"), {
        {tr("Accept the offer"), keys(m_toast->acceptButton())},
        {tr("Reject the offer"), keys(m_toast->rejectButton())},
    }});
    groups.append({tr("Interactions"), {
        {tr("Next interaction"), m_nextShortcut->key()},
        {tr("Previous interaction"), m_previousShortcut->key()},
        {tr("Go to the inbox"), m_inboxShortcut->key()},
        {tr("Go to the panel"), m_panelShortcut->key()},
        {tr("Transfer"), keys(m_transfer)},
        {tr("End the interaction"), keys(m_end)},
        {tr("Wrap up: choose the code"), m_wrapUpShortcut->key()},
        {tr("Wrap up: done"), QKeySequence(Qt::CTRL | Qt::Key_Return)},
    }});
    // What the current module's panel offers. The convention of every panel (and of this
    // workspace): a control's tooltip ends with its shortcut in parentheses, "Send the
    // message (Enter)", so the help lists exactly what the tooltips teach.
    if (QWidget *panel = m_panelFor.value(m_current)) {
        static const QRegularExpression withKeys(QStringLiteral("^(.*\\S)\\s*\\(([^()]+)\\)$"));
        QList<widgets::ShortcutOverlay::Entry> entries;
        QSet<QString> seen;
        for (const QWidget *control : panel->findChildren<QWidget *>()) {
            if (!control->isVisibleTo(panel) || control->toolTip().isEmpty())
                continue;
            const QRegularExpressionMatch match = withKeys.match(control->toolTip());
            if (!match.hasMatch())
                continue;
            const QKeySequence keys = QKeySequence::fromString(match.captured(2), QKeySequence::NativeText);
            // Only what reads back as the same keys: "(or type / then Tab)" is prose.
            if (keys.isEmpty() || keys.toString(QKeySequence::NativeText) != match.captured(2).trimmed()
                || seen.contains(keys.toString()))
                continue;
            seen.insert(keys.toString());
            entries.append({match.captured(1), keys});
        }
        if (!entries.isEmpty())
            groups.append({tr("In the panel"), entries});
    }
    return groups;
}

void AgentWorkspace::updateActions()
{
    const int row = m_session.interactions().indexOf(m_current);
    const auto state = row < 0 ? session::InteractionState::Unspecified : m_session.interactions().at(row).state;
    // A call is ended and transferred from its own panel (hang up goes to wrap-up, and
    // consult-then-transfer needs the call's controls): no second End or Transfer for it.
    const bool voice = row >= 0 && m_session.interactions().at(row).channel == session::Channel::Voice;
    m_end->setVisible(state == session::InteractionState::Active && !voice);
    m_transfer->setVisible(state == session::InteractionState::Active && !voice);
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
    m_wrapUp->setDeadline(m_session.interactions().at(row).wrapUpEndsAt);
    showError(m_interactionError, {});
    const bool saved = m_session.interactions().hasPendingWrapUp(m_current);
    if (saved || m_wrapUpSaved) {
        m_wrapUp->setBusy(saved);
        m_wrapUp->setError(saved ? tr("Wrap-up saved while offline: it is sent when the server is reachable.") : QString());
        m_wrapUpSaved = saved;
    }
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
