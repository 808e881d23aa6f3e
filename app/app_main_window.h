#pragma once
// app::MainWindow: a workspace tab per role the user holds, the health of each service
// and the event stream's state in the status bar, and the user menu.

#include "session_types.h"

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace session { class Session; }
namespace widgets {
class ServiceHealthIndicator;
class StatusIndicator;
}

namespace app {

class AgentWorkspace;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // modulesDir: where channel-panel modules are found (empty: next to the executable).
    explicit MainWindow(session::Session &session, const QString &modulesDir = {},
                        QWidget *parent = nullptr);

    QTabWidget *workspaces() const { return m_tabs; }
    AgentWorkspace *agentWorkspace() const { return m_agent; }
    widgets::ServiceHealthIndicator *serviceHealth() const { return m_health; }
    widgets::StatusIndicator *streamIndicator() const { return m_stream; }
    // Every service has been heard of and the event stream is connected.
    bool isSettled() const;

    static QString serviceLabel(const QString &service);

signals:
    void signOutRequested();
    void settled();

private:
    void buildWorkspaces();
    void buildMenus();
    void updateServices(const QStringList &services);
    void updateService(const QString &name, session::ServiceState state, const QString &message);
    void updateStream(session::StreamState state);
    void checkSettled();
    void showNotices(int count);
    void updateServerLabel();

    session::Session &m_session;
    QTabWidget *m_tabs;
    widgets::ServiceHealthIndicator *m_health;
    widgets::StatusIndicator *m_stream;
    QLabel *m_serverLabel = nullptr;
    AgentWorkspace *m_agent = nullptr;
    QString m_modulesDir;
    bool m_settled = false;
};

} // namespace app
