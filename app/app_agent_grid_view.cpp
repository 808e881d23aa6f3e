#include "app_agent_grid_view.h"

#include "app_monitor_window.h"
#include "models_agent_grid_model.h"
#include "session_agent_grid_store.h"
#include "session_agent_store.h"
#include "session_event_stream.h"
#include "session_interaction_store.h"
#include "session_session.h"
#include "session_supervisor_actions.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace app {

using Filter = models::AgentGridFilter::StateFilter;

AgentGridView::AgentGridView(session::Session &session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_store(std::make_unique<session::AgentGridStore>(session.connection(), session.events())),
      m_model(new models::AgentGridModel(m_store.get(), this)),
      m_filter(new models::AgentGridFilter(this)),
      m_title(new QLabel(this)),
      m_count(new QLabel(this)),
      m_error(new QLabel(this)),
      m_stateLabel(new QLabel(this)),
      m_state(new QComboBox(this)),
      m_queueLabel(new QLabel(this)),
      m_queue(new QComboBox(this)),
      m_teamLabel(new QLabel(this)),
      m_team(new QComboBox(this)),
      m_search(new QLineEdit(this)),
      m_grid(new QTableView(this)),
      m_clock(new QTimer(this)),
      m_actions(std::make_unique<session::SupervisorActions>(session))
{
    setObjectName(QStringLiteral("agentGridView"));
    m_model->setLabelers([&session](const QString &id) { return session.agent().reasonLabel(id); },
                         [&session](const QString &id) { return session.interactions().queueName(id); },
                         [](const QString &id) { return id; });
    m_filter->setSourceModel(m_model);

    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_count->setObjectName(QStringLiteral("agentCount"));
    m_error->setObjectName(QStringLiteral("gridError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_queue->setObjectName(QStringLiteral("queueFilter"));
    m_team->setObjectName(QStringLiteral("teamFilter"));
    m_search->setObjectName(QStringLiteral("agentSearch"));
    m_search->setClearButtonEnabled(true);
    m_stateLabel->setBuddy(m_state);
    m_queueLabel->setBuddy(m_queue);
    m_teamLabel->setBuddy(m_team);

    m_grid->setObjectName(QStringLiteral("agentGrid"));
    m_grid->setModel(m_filter);
    m_grid->setSortingEnabled(true);
    m_grid->sortByColumn(models::AgentGridModel::AgentColumn, Qt::AscendingOrder);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_grid->setAlternatingRowColors(true);
    m_grid->verticalHeader()->hide();
    // Fixed row heights: thousands of agents scroll without measuring each row.
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 8);
    m_grid->horizontalHeader()->setStretchLastSection(true);
    m_grid->horizontalHeader()->setSectionResizeMode(models::AgentGridModel::QueuesColumn, QHeaderView::Stretch);
    m_grid->setColumnWidth(models::AgentGridModel::AgentColumn, 160);
    m_grid->setColumnWidth(models::AgentGridModel::StateColumn, 220);
    m_grid->setColumnWidth(models::AgentGridModel::InteractionsColumn, 200);
    m_grid->setColumnWidth(models::AgentGridModel::TeamColumn, 110);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_title);
    filters->addSpacing(16);
    filters->addWidget(m_stateLabel);
    filters->addWidget(m_state);
    filters->addWidget(m_queueLabel);
    filters->addWidget(m_queue);
    filters->addWidget(m_teamLabel);
    filters->addWidget(m_team);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    buildActions();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_stateButton);
    actions->addWidget(m_signOutButton);
    actions->addWidget(m_monitorButton);
    actions->addWidget(m_actionStatus, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addWidget(m_grid, 1);

    connect(m_state, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setStateFilter(Filter(m_state->itemData(index).toInt()));
        updateCount();
    });
    connect(m_queue, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setQueueFilter(m_queue->itemData(index).toString());
        updateCount();
    });
    connect(m_team, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setTeamFilter(m_team->itemData(index).toString());
        updateCount();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setTextFilter(text);
        updateCount();
    });
    connect(m_store.get(), &session::AgentGridStore::rowsAdded, this, [this] {
        refillChoices();
        updateCount();
    });
    connect(m_store.get(), &session::AgentGridStore::rowChanged, this, &AgentGridView::updateCount);
    connect(m_store.get(), &session::AgentGridStore::loadFailed, this, [this](const QString &error) {
        m_error->setText(tr("The agents could not be loaded: %1").arg(error));
        m_error->show();
    });
    connect(m_store.get(), &session::AgentGridStore::loaded, m_error, &QWidget::hide);
    connect(&session.interactions(), &session::InteractionStore::queueNamesChanged, this, [this] {
        refillChoices();
        m_model->setLabelers([this](const QString &id) { return m_session.agent().reasonLabel(id); },
                             [this](const QString &id) { return m_session.interactions().queueName(id); },
                             [](const QString &id) { return id; });
    });
    // Time in state: one repaint a second of what is visible, not a signal per agent.
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, m_grid->viewport(), qOverload<>(&QWidget::update));
    m_clock->start();

    retranslate();
    m_store->load();
}

AgentGridView::~AgentGridView() = default;

void AgentGridView::refillChoices()
{
    // The queues and teams the agents have, as choices; the current choice is kept.
    QSet<QString> queues, teams;
    for (int row = 0; row < m_store->count(); ++row) {
        const session::AgentRow &agent = m_store->at(row);
        for (const QString &queue : agent.queueIds)
            queues.insert(queue);
        if (!agent.teamId.isEmpty())
            teams.insert(agent.teamId);
    }
    auto refill = [](QComboBox *box, const QString &all, const QSet<QString> &ids, auto label) {
        const QString keep = box->currentData().toString();
        QSignalBlocker blocker(box);
        box->clear();
        box->addItem(all, QString());
        QStringList sorted(ids.begin(), ids.end());
        sorted.sort();
        for (const QString &id : sorted)
            box->addItem(label(id), id);
        box->setCurrentIndex(std::max(0, box->findData(keep)));
    };
    refill(m_queue, tr("All queues"), queues, [this](const QString &id) { return m_session.interactions().queueName(id); });
    refill(m_team, tr("All teams"), teams, [this](const QString &id) {
        for (int row = 0; row < m_store->count(); ++row)
            if (m_store->at(row).teamId == id && !m_store->at(row).teamName.isEmpty())
                return m_store->at(row).teamName;
        return id;
    });
}

// --- actions on the selected agent ---------------------------------------------------------

void AgentGridView::buildActions()
{
    m_stateMenu = new QMenu(this);
    m_stateMenu->setObjectName(QStringLiteral("stateMenu"));
    m_available = m_stateMenu->addAction(QString());
    m_available->setObjectName(QStringLiteral("forceAvailable"));
    m_notReadyMenu = m_stateMenu->addMenu(QString());
    m_notReadyMenu->setObjectName(QStringLiteral("forceNotReadyMenu"));
    m_offline = m_stateMenu->addAction(QString());
    m_offline->setObjectName(QStringLiteral("forceOffline"));
    connect(m_available, &QAction::triggered, this, [this] {
        if (const QString user = selectedUserId(); !user.isEmpty())
            m_actions->forceState(user, session::AgentState::Available);
    });
    connect(m_offline, &QAction::triggered, this, [this] {
        if (const QString user = selectedUserId(); !user.isEmpty())
            m_actions->forceState(user, session::AgentState::Offline);
    });
    m_stateButton = new QToolButton(this);
    m_stateButton->setObjectName(QStringLiteral("setStateButton"));
    m_stateButton->setMenu(m_stateMenu);
    m_stateButton->setPopupMode(QToolButton::InstantPopup);
    m_stateButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_signOut = new QAction(this);
    m_signOut->setObjectName(QStringLiteral("forceSignOut"));
    connect(m_signOut, &QAction::triggered, this, &AgentGridView::confirmSignOut);
    m_signOutButton = new QToolButton(this);
    m_signOutButton->setObjectName(QStringLiteral("signOutButton"));
    m_signOutButton->setDefaultAction(m_signOut);
    m_signOutButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_monitorMenu = new QMenu(this);
    m_monitorMenu->setObjectName(QStringLiteral("monitorMenu"));
    connect(m_monitorMenu, &QMenu::aboutToShow, this, &AgentGridView::fillMonitorMenu);
    m_monitorButton = new QToolButton(this);
    m_monitorButton->setObjectName(QStringLiteral("monitorButton"));
    m_monitorButton->setMenu(m_monitorMenu);
    m_monitorButton->setPopupMode(QToolButton::InstantPopup);
    m_monitorButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // Keys work wherever the focus is in the grid view (not in the agent's own tab).
    m_stateKey = new QAction(this);
    m_stateKey->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_stateKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_stateKey, &QAction::triggered, m_stateButton, &QToolButton::showMenu);
    addAction(m_stateKey);
    m_signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_signOut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_signOut);
    m_monitorKey = new QAction(this);
    m_monitorKey->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_monitorKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_monitorKey, &QAction::triggered, m_monitorButton, &QToolButton::showMenu);
    addAction(m_monitorKey);

    m_actionStatus = new QLabel(this);
    m_actionStatus->setObjectName(QStringLiteral("actionStatus"));
    m_actionStatus->setWordWrap(true);

    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_grid, &QWidget::customContextMenuRequested, this, &AgentGridView::showContextMenu);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AgentGridView::updateActions);
    connect(m_store.get(), &session::AgentGridStore::rowChanged, this, &AgentGridView::updateActions);
    connect(&m_session.agent(), &session::AgentStore::reasonCodesChanged, this, &AgentGridView::fillStateMenu);
    connect(m_actions.get(), &session::SupervisorActions::finished, this, &AgentGridView::onFinished);
    updateActions();
}

void AgentGridView::fillStateMenu()
{
    m_notReadyMenu->clear();
    for (const session::Code &code : m_session.agent().reasonCodes()) {
        QAction *action = m_notReadyMenu->addAction(code.label);
        action->setObjectName(QStringLiteral("forceNotReady:") + code.id);
        action->setData(code.id);
        connect(action, &QAction::triggered, this, [this, id = code.id] {
            if (const QString user = selectedUserId(); !user.isEmpty())
                m_actions->forceState(user, session::AgentState::NotReady, id);
        });
    }
    m_notReadyMenu->setEnabled(!m_notReadyMenu->isEmpty());
}

void AgentGridView::fillMonitorMenu()
{
    m_monitorMenu->clear();
    const int row = m_store->indexOf(selectedUserId());
    if (row < 0)
        return;
    for (const session::Interaction &interaction : m_store->at(row).held) {
        const QString customer = interaction.customer.displayName.isEmpty() ? interaction.customer.id
                                                                            : interaction.customer.displayName;
        QAction *action = m_monitorMenu->addAction(
            tr("%1 with %2", "channel with customer")
                .arg(models::AgentGridModel::channelName(interaction.channel), customer));
        action->setObjectName(QStringLiteral("monitor:") + interaction.id);
        action->setData(interaction.id);
        connect(action, &QAction::triggered, this, [this, id = interaction.id] { monitor(id); });
    }
    if (m_monitorMenu->isEmpty())
        m_monitorMenu->addAction(tr("No interaction to monitor"))->setEnabled(false);
}

QString AgentGridView::selectedUserId() const
{
    const QModelIndex current = m_grid->selectionModel()->currentIndex();
    return current.isValid() ? current.data(models::AgentGridModel::UserIdRole).toString() : QString();
}

void AgentGridView::selectAgent(const QString &userId)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(models::AgentGridModel::UserIdRole).toString() == userId) {
            m_grid->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_grid->scrollTo(index);
            return;
        }
    }
}

QString AgentGridView::usernameOf(const QString &userId) const
{
    const int row = m_store->indexOf(userId);
    return row < 0 || m_store->at(row).username.isEmpty() ? userId : m_store->at(row).username;
}

void AgentGridView::updateActions()
{
    const int row = m_store->indexOf(selectedUserId());
    const bool selected = row >= 0;
    m_stateButton->setEnabled(selected);
    m_signOut->setEnabled(selected && m_store->at(row).state != session::AgentState::Offline);
    m_monitorButton->setEnabled(selected && !m_store->at(row).held.isEmpty());
    m_stateKey->setEnabled(selected);
    m_monitorKey->setEnabled(m_monitorButton->isEnabled());
}

void AgentGridView::showContextMenu(const QPoint &at)
{
    const QModelIndex index = m_grid->indexAt(at);
    if (!index.isValid())
        return;
    m_grid->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("agentContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QMenu *state = menu->addMenu(m_stateButton->text());
    state->addActions(m_stateMenu->actions());
    menu->addAction(m_signOut);
    fillMonitorMenu();
    QMenu *monitorMenu = menu->addMenu(m_monitorButton->text());
    monitorMenu->addActions(m_monitorMenu->actions());
    monitorMenu->setEnabled(m_monitorButton->isEnabled());
    menu->popup(m_grid->viewport()->mapToGlobal(at));
}

void AgentGridView::confirmSignOut()
{
    const QString user = selectedUserId();
    if (user.isEmpty())
        return;
    if (m_confirm)
        m_confirm->close();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Sign out agent"),
                                tr("Sign %1 out? Their offers go to other agents and their active interactions "
                                   "go back to their queues.").arg(usernameOf(user)),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("signOutConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Sign out"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, user] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            m_actions->forceSignOut(user);
    });
    m_confirm = box;
    box->open();
}

MonitorWindow *AgentGridView::monitor(const QString &interactionId)
{
    for (const QPointer<MonitorWindow> &window : std::as_const(m_monitors))
        if (window && window->interactionId() == interactionId) {
            window->show();
            window->raise();
            window->activateWindow();
            return window;
        }
    // What the grid knows of it: whose, which channel, which customer.
    for (int row = 0; row < m_store->count(); ++row)
        for (const session::Interaction &interaction : m_store->at(row).held)
            if (interaction.id == interactionId) {
                session::Interaction known = interaction;
                known.agentUserId = m_store->at(row).userId;
                auto *window = new MonitorWindow(m_session, known, usernameOf(known.agentUserId), this);
                m_monitors.removeAll(nullptr);
                m_monitors << window;
                window->show();
                return window;
            }
    return nullptr;
}

QList<MonitorWindow *> AgentGridView::monitorWindows() const
{
    QList<MonitorWindow *> out;
    for (const QPointer<MonitorWindow> &window : m_monitors)
        if (window)
            out << window;
    return out;
}

void AgentGridView::onFinished(const session::SupervisorResult &result)
{
    using Action = session::SupervisorResult::Action;
    const QString who = usernameOf(result.target);
    if (result.ok) {
        m_actionStatus->setStyleSheet({});
        m_actionStatus->setText(result.action == Action::ForceSignOut ? tr("%1 was signed out.").arg(who)
                                                                      : tr("The state of %1 was changed.").arg(who));
    } else {
        m_actionStatus->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_actionStatus->setText(result.action == Action::ForceSignOut
                                    ? tr("%1 was not signed out: %2").arg(who, result.error)
                                    : tr("The state of %1 was not changed: %2").arg(who, result.error));
    }
    emit actionFinished(result.ok);
}

void AgentGridView::updateCount()
{
    m_count->setText(tr("%1 of %2 agents").arg(m_filter->rowCount()).arg(m_store->count()));
}

void AgentGridView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AgentGridView::retranslate()
{
    m_title->setText(tr("Agents"));
    m_stateLabel->setText(tr("S&tate:"));
    m_queueLabel->setText(tr("&Queue:"));
    m_teamLabel->setText(tr("T&eam:"));
    m_search->setPlaceholderText(tr("Find an agent"));
    m_search->setAccessibleName(tr("Find an agent by name"));
    m_grid->setAccessibleName(tr("Agents"));
    m_stateButton->setText(tr("Set &state"));
    m_stateButton->setAccessibleName(tr("Set the selected agent's state"));
    m_stateButton->setToolTip(tr("Set the selected agent's state (Ctrl+Shift+S)"));
    m_available->setText(tr("Available"));
    m_notReadyMenu->setTitle(tr("Not Ready"));
    m_offline->setText(tr("Offline"));
    m_signOut->setText(tr("Sign &out…"));
    m_signOutButton->setAccessibleName(tr("Sign the selected agent out"));
    m_signOut->setToolTip(tr("Sign the selected agent out (Ctrl+Shift+O)"));
    m_monitorButton->setText(tr("&Monitor…"));
    m_monitorButton->setAccessibleName(tr("Monitor one of the selected agent's interactions"));
    m_monitorButton->setToolTip(tr("Monitor one of the selected agent's interactions (Ctrl+Shift+M)"));
    m_stateKey->setText(tr("Set state"));
    m_monitorKey->setText(tr("Monitor"));
    fillStateMenu();
    const int state = std::max(0, m_state->currentIndex());
    QSignalBlocker blocker(m_state);
    m_state->clear();
    m_state->addItem(tr("All states"), int(Filter::All));
    m_state->addItem(tr("Available"), int(Filter::Available));
    m_state->addItem(tr("Busy"), int(Filter::Busy));
    m_state->addItem(tr("Not Ready"), int(Filter::NotReady));
    m_state->addItem(tr("Offline"), int(Filter::Offline));
    m_state->setCurrentIndex(state);
    refillChoices();
    updateCount();
}

} // namespace app
