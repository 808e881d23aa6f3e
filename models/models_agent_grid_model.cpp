#include "models_agent_grid_model.h"

#include <QColor>

#include "session_agent_grid_store.h"

namespace models {

AgentGridModel::AgentGridModel(const session::AgentGridStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    auto same = [](const QString &id) { return id; };
    m_reason = m_queue = m_team = same;
    connect(store, &session::AgentGridStore::rowsAboutToBeAdded, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(store, &session::AgentGridStore::rowsAdded, this, [this](int, int) { endInsertRows(); });
    connect(store, &session::AgentGridStore::rowChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

void AgentGridModel::setLabelers(Labeler reason, Labeler queue, Labeler team)
{
    m_reason = std::move(reason);
    m_queue = std::move(queue);
    m_team = std::move(team);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AgentGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store->count();
}

int AgentGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgentGridModel::duration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3").arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString AgentGridModel::channelName(session::Channel channel)
{
    switch (channel) {
    case session::Channel::Voice: return tr("voice");
    case session::Channel::Chat: return tr("chat");
    case session::Channel::Email: return tr("e-mail");
    case session::Channel::Sms: return tr("SMS");
    case session::Channel::Unspecified: break;
    }
    return tr("interaction");
}

QString AgentGridModel::interactionsText(const session::AgentRow &row)
{
    QStringList parts;
    for (const session::Interaction &interaction : row.held) {
        const QString customer = interaction.customer.displayName.isEmpty() ? interaction.customer.id
                                                                            : interaction.customer.displayName;
        parts << tr("%1: %2", "channel: customer").arg(channelName(interaction.channel), customer);
    }
    return parts.join(QLatin1String(", "));
}

QString AgentGridModel::stateText(const session::AgentRow &row, const Labeler &reason)
{
    QString text;
    switch (row.state) {
    case session::AgentState::Available:
        text = row.interactions > 0 ? tr("Busy") : tr("Available");
        break;
    case session::AgentState::NotReady:
        text = row.reasonCodeId.isEmpty() ? tr("Not Ready") : tr("Not Ready — %1").arg(reason(row.reasonCodeId));
        break;
    case session::AgentState::Offline:
        text = tr("Offline");
        break;
    case session::AgentState::Unspecified:
        text = tr("Unknown");
        break;
    }
    if (row.nextState == session::AgentState::NotReady)
        text += QLatin1Char(' ') + tr("(next: Not Ready)");
    return text;
}

QVariant AgentGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_store->count())
        return {};
    const session::AgentRow &row = m_store->at(index.row());
    switch (role) {
    case UserIdRole: return row.userId;
    case StateRole: return QVariant::fromValue(row.state);
    case SinceRole: return row.since;
    case QueueIdsRole: return row.queueIds;
    case TeamIdRole: return row.teamId;
    case InteractionCountRole: return row.interactions;
    case InteractionIdsRole: {
        QStringList ids;
        for (const session::Interaction &interaction : row.held)
            ids << interaction.id;
        return ids;
    }
    case SkillsRole: return row.skills;
    default: break;
    }
    // The clock is read only where time in state is asked for: a paint asks every cell.
    auto inStateSeconds = [&row] {
        return row.since.isValid() ? row.since.secsTo(QDateTime::currentDateTimeUtc()) : qint64(0);
    };
    if (role == Qt::DecorationRole && index.column() == StateColumn) {
        // A coloured mark per state, as on every wallboard: green free, amber busy, red
        // not ready, grey offline. The text beside it says the same for those who
        // cannot tell the colours apart.
        switch (row.state) {
        case session::AgentState::Available:
            return row.interactions > 0 ? QColor(0xd9, 0x9a, 0x1e) : QColor(0x2e, 0x9d, 0x5b);
        case session::AgentState::NotReady: return QColor(0xc0, 0x39, 0x2b);
        default: return QColor(0x8a, 0x8f, 0x98);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case AgentColumn: return row.username.toLower();
        case StateColumn: return stateText(row, m_reason);
        case TimeInStateColumn: return inStateSeconds();
        case InteractionsColumn: return row.interactions;
        case QueuesColumn: return row.queueIds.size();
        case TeamColumn: return row.teamName.isEmpty() ? m_team(row.teamId) : row.teamName;
        case SkillsColumn: return row.skills.join(QLatin1String(", ")).toLower();
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == TimeInStateColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case AgentColumn: return row.username;
    case StateColumn: return stateText(row, m_reason);
    case TimeInStateColumn: return row.since.isValid() ? duration(inStateSeconds()) : QString();
    case InteractionsColumn:
        return row.held.isEmpty() ? QString::number(row.interactions)
                                  : tr("%1 — %2", "count — interactions").arg(row.interactions).arg(interactionsText(row));
    case QueuesColumn: {
        QStringList names;
        for (const QString &queue : row.queueIds)
            names << m_queue(queue);
        names.sort(Qt::CaseInsensitive);
        return names.join(QLatin1String(", "));
    }
    case TeamColumn:
        return row.teamId.isEmpty() ? QString() : row.teamName.isEmpty() ? m_team(row.teamId) : row.teamName;
    case SkillsColumn: return row.skills.join(QLatin1String(", "));
    default: return {};
    }
}

QVariant AgentGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AgentColumn: return tr("Agent");
    case StateColumn: return tr("State");
    case TimeInStateColumn: return tr("In state");
    case InteractionsColumn: return tr("Interactions");
    case QueuesColumn: return tr("Queues");
    case TeamColumn: return tr("Team");
    case SkillsColumn: return tr("Skills");
    default: return {};
    }
}

AgentGridFilter::AgentGridFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AgentGridModel::SortRole);
    setDynamicSortFilter(true);
}

void AgentGridFilter::setStateFilter(StateFilter filter)
{
    m_state = filter;
    invalidateFilter();
}

void AgentGridFilter::setQueueFilter(const QString &queueId)
{
    m_queue = queueId;
    invalidateFilter();
}

void AgentGridFilter::setTeamFilter(const QString &teamId)
{
    m_team = teamId;
    invalidateFilter();
}

void AgentGridFilter::setTextFilter(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool AgentGridFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto state = index.data(AgentGridModel::StateRole).value<session::AgentState>();
    const bool busy = index.data(AgentGridModel::InteractionCountRole).toInt() > 0;
    switch (m_state) {
    case StateFilter::All: break;
    case StateFilter::Available:
        if (state != session::AgentState::Available || busy)
            return false;
        break;
    case StateFilter::Busy:
        if (!busy)
            return false;
        break;
    case StateFilter::NotReady:
        if (state != session::AgentState::NotReady)
            return false;
        break;
    case StateFilter::Offline:
        if (state != session::AgentState::Offline)
            return false;
        break;
    }
    if (!m_queue.isEmpty() && !index.data(AgentGridModel::QueueIdsRole).toStringList().contains(m_queue))
        return false;
    if (!m_team.isEmpty() && index.data(AgentGridModel::TeamIdRole).toString() != m_team)
        return false;
    if (!m_text.isEmpty() && !index.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace models
