#include "app_agent_grid_view.h"

#include "models_agent_grid_model.h"
#include "session_agent_grid_store.h"
#include "session_agent_store.h"
#include "session_event_stream.h"
#include "session_interaction_store.h"
#include "session_session.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTimer>
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
      m_clock(new QTimer(this))
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
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
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
    refill(m_team, tr("All teams"), teams, [](const QString &id) { return id; });
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
