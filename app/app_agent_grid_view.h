#pragma once
// app::AgentGridView: the supervisor's agent grid, the first sub-tab of the Supervisor
// tab: every agent with state (and reason), time in state ticking locally, interactions
// held, queues and team; filtered by state, queue, team and name, sorted by any column.

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace session { class AgentGridStore; class Session; }
namespace models { class AgentGridFilter; class AgentGridModel; }

namespace app {

class AgentGridView : public QWidget {
    Q_OBJECT
public:
    explicit AgentGridView(session::Session &session, QWidget *parent = nullptr);
    ~AgentGridView() override;

    session::AgentGridStore &agents() const { return *m_store; }
    models::AgentGridModel *gridModel() const { return m_model; }
    models::AgentGridFilter *gridFilter() const { return m_filter; }
    QTableView *grid() const { return m_grid; }
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *queueFilter() const { return m_queue; }
    QComboBox *teamFilter() const { return m_team; }
    QLineEdit *searchField() const { return m_search; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refillChoices();
    void updateCount();

    session::Session &m_session;
    std::unique_ptr<session::AgentGridStore> m_store;
    models::AgentGridModel *m_model;
    models::AgentGridFilter *m_filter;
    QLabel *m_title;
    QLabel *m_count;
    QLabel *m_error;
    QLabel *m_stateLabel;
    QComboBox *m_state;
    QLabel *m_queueLabel;
    QComboBox *m_queue;
    QLabel *m_teamLabel;
    QComboBox *m_team;
    QLineEdit *m_search;
    QTableView *m_grid;
    QTimer *m_clock;
};

} // namespace app
