#pragma once
// app::MainWindow: a workspace tab per role the user holds, the health of each service
// and the event stream's state in the status bar, and the user menu.

#include "app_module_host_bridge.h"
#include "session_types.h"

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QMenu;
class QTabWidget;
class QToolButton;

namespace session { class Session; }
namespace widgets {
class PlaceholderPanel;
class ServiceHealthIndicator;
class ShortcutOverlay;
class StatusIndicator;
}

namespace app {

class AgentWorkspace;
class OfferAlert;
class SupervisorWorkspace;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // folders: where channel-panel modules are found and whose signatures count.
    explicit MainWindow(session::Session &session, const ModuleFolders &folders = {},
                        QWidget *parent = nullptr);

    QTabWidget *workspaces() const { return m_tabs; }
    AgentWorkspace *agentWorkspace() const { return m_agent; }
    widgets::ServiceHealthIndicator *serviceHealth() const { return m_health; }
    widgets::StatusIndicator *streamIndicator() const { return m_stream; }
    // Every service has been heard of and the event stream is connected.
    bool isSettled() const;

    static QString serviceLabel(const QString &service);

    OfferAlert *offerAlert() const { return m_alert; }
    widgets::ShortcutOverlay *shortcutOverlay() const { return m_overlay; }
    // Opens the keyboard help (F1) with the shortcuts that apply now.
    void showShortcuts();

protected:
    void changeEvent(QEvent *event) override;

signals:
    void signOutRequested();
    void settled();

private:
    void buildWorkspaces();
    void buildMenus();
    void retranslate();
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
    SupervisorWorkspace *m_supervisor = nullptr;
    widgets::PlaceholderPanel *m_admin = nullptr;
    widgets::PlaceholderPanel *m_noRole = nullptr;
    OfferAlert *m_alert = nullptr;
    widgets::ShortcutOverlay *m_overlay = nullptr;
    QToolButton *m_userButton = nullptr;
    ModuleFolders m_folders;
    bool m_settled = false;
};

} // namespace app
