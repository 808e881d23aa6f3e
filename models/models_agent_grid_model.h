#pragma once
// models::AgentGridModel: the supervisor's grid over session::AgentGridStore, a table of
// every agent: name, state (with the reason), time in state, interactions held (count,
// channel and customer of each), queues, team (its name once the directory told) and
// skills with proficiency. Rows are appended and changed in place, never reset. "Time in state" is computed
// when asked (from the state's start), so the view ticks it by repainting once a second:
// no model signal per agent per second. Filter and sort with AgentGridFilter.

#include "session_agent_types.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <functional>

namespace session { class AgentGridStore; struct AgentRow; }

namespace models {

class AgentGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        AgentColumn, StateColumn, TimeInStateColumn, InteractionsColumn, QueuesColumn, TeamColumn, SkillsColumn,
        ColumnCount
    };
    enum Role {
        UserIdRole = Qt::UserRole + 1,
        StateRole,          // session::AgentState
        SinceRole,          // QDateTime (UTC)
        QueueIdsRole,       // QStringList
        TeamIdRole,
        SortRole,           // what the column sorts by
        InteractionCountRole,   // int: offered, active or in wrap-up
        InteractionIdsRole,     // QStringList
        SkillsRole,             // QStringList, "English (7)"
    };

    // Labels for ids: reason codes, queues, teams (what the session knows; the id else).
    using Labeler = std::function<QString(const QString &id)>;

    explicit AgentGridModel(const session::AgentGridStore *store, QObject *parent = nullptr);
    void setLabelers(Labeler reason, Labeler queue, Labeler team);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(const session::AgentRow &row, const Labeler &reason);
    static QString duration(qint64 seconds);
    static QString channelName(session::Channel channel);
    // "chat: Ada Customer, voice: +49 30 1234" (empty when none).
    static QString interactionsText(const session::AgentRow &row);

private:
    const session::AgentGridStore *m_store;
    Labeler m_reason, m_queue, m_team;
};

// Filters by state, queue, team and a text in the agent's name; sorts by SortRole.
class AgentGridFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class StateFilter { All, Available, Busy, NotReady, Offline };
    explicit AgentGridFilter(QObject *parent = nullptr);

    void setStateFilter(StateFilter filter);
    void setQueueFilter(const QString &queueId);    // empty: any
    void setTeamFilter(const QString &teamId);      // empty: any
    void setTextFilter(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StateFilter m_state = StateFilter::All;
    QString m_queue, m_team, m_text;
};

} // namespace models
