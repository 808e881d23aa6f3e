#pragma once
// app::AgentGridView: the supervisor's agent grid, the first sub-tab of the Supervisor
// tab: every agent with state (and reason), time in state ticking locally, interactions
// held, queues, team and skills; filtered by state, queue, team and name, sorted by any
// column. Actions on the selected agent (toolbar, context menu, keyboard): Set state
// (Available, Not Ready with a reason, Offline), Sign out (confirmed), and Monitor one of
// their interactions in an app::MonitorWindow (whisper and barge from there). The server
// refuses what the user may not do; what it says shows next to the actions.

#include "app_monitor_window.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QMenu;
class QToolButton;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace session { class AgentGridStore; class Session; class SupervisorActions; struct SupervisorResult; }
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

    // Actions on the selected agent.
    QString selectedUserId() const;
    void selectAgent(const QString &userId);        // selects its row (if shown)
    QToolButton *stateButton() const { return m_stateButton; }
    QMenu *stateMenu() const { return m_stateMenu; }
    QMenu *notReadyMenu() const { return m_notReadyMenu; }
    QToolButton *signOutButton() const { return m_signOutButton; }
    QToolButton *monitorButton() const { return m_monitorButton; }
    QMenu *monitorMenu() const { return m_monitorMenu; }     // the selected agent's interactions
    QLabel *actionStatus() const { return m_actionStatus; }
    // The open sign-out confirmation, if any.
    QMessageBox *signOutConfirmation() const { return m_confirm; }
    // Opens (or raises) the monitor window of one interaction of the selected agent.
    MonitorWindow *monitor(const QString &interactionId);
    QList<MonitorWindow *> monitorWindows() const;

signals:
    // A forced state or sign-out was answered (ok, or actionStatus() says why not).
    void actionFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refillChoices();
    void updateCount();
    void buildActions();
    void fillStateMenu();
    void fillMonitorMenu();
    void updateActions();
    void confirmSignOut();
    void showContextMenu(const QPoint &at);
    void onFinished(const session::SupervisorResult &result);
    QString usernameOf(const QString &userId) const;

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
    std::unique_ptr<session::SupervisorActions> m_actions;
    QToolButton *m_stateButton = nullptr;
    QMenu *m_stateMenu = nullptr;
    QMenu *m_notReadyMenu = nullptr;
    QAction *m_available = nullptr;
    QAction *m_offline = nullptr;
    QToolButton *m_signOutButton = nullptr;
    QAction *m_signOut = nullptr;
    QToolButton *m_monitorButton = nullptr;
    QMenu *m_monitorMenu = nullptr;
    QAction *m_monitorKey = nullptr;
    QAction *m_stateKey = nullptr;
    QLabel *m_actionStatus = nullptr;
    QPointer<QMessageBox> m_confirm;
    QList<QPointer<MonitorWindow>> m_monitors;
};

} // namespace app
