#pragma once
// app::SupervisorWorkspace: the Supervisor tab. Its sub-tabs are the supervisor's views,
// each its own widget on the same session: the agent grid (app::AgentGridView, with the
// actions on agents), then the wallboards, the intraday chart and staffing.

#include <QWidget>

class QTabWidget;

namespace session { class Session; }

namespace app {

class AgentGridView;

class SupervisorWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit SupervisorWorkspace(session::Session &session, QWidget *parent = nullptr);
    ~SupervisorWorkspace() override;

    AgentGridView *agentGrid() const { return m_agentGrid; }
    QTabWidget *views() const { return m_views; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    session::Session &m_session;
    QTabWidget *m_views;
    AgentGridView *m_agentGrid;
};

} // namespace app
