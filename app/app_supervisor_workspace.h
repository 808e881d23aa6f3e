#pragma once
// app::SupervisorWorkspace: the Supervisor tab. Its sub-tabs are the supervisor's views,
// each its own widget on the same session: the agent grid (app::AgentGridView, with the
// actions on agents), the wallboards (app::WallboardView), the alerts (app::AlertView),
// then the intraday chart and staffing. It owns the one session::StatsStore that the
// views share (live figures, wallboards, alert rules), and shows a raised alert in a
// banner above the sub-tabs, with an OS notification (app::AlertNotifier).

#include <QWidget>

#include <memory>

class QFrame;
class QLabel;
class QPushButton;
class QTabWidget;

namespace session { class Session; class StatsStore; struct Alert; }

namespace app {

class AgentGridView;
class AlertNotifier;
class AlertView;
class IntradayView;
class StaffingView;
class WallboardView;

class SupervisorWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit SupervisorWorkspace(session::Session &session, QWidget *parent = nullptr);
    ~SupervisorWorkspace() override;

    AgentGridView *agentGrid() const { return m_agentGrid; }
    WallboardView *wallboards() const { return m_wallboards; }
    AlertView *alerts() const { return m_alerts; }
    IntradayView *intraday() const { return m_intraday; }
    StaffingView *staffing() const { return m_staffing; }
    QTabWidget *views() const { return m_views; }
    // The live figures, wallboards and alert rules, shared by the sub-tabs.
    session::StatsStore &stats() const { return *m_stats; }
    AlertNotifier *notifier() const { return m_notifier; }
    QFrame *alertBanner() const { return m_banner; }
    QLabel *alertBannerText() const { return m_bannerText; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshBanner();

    session::Session &m_session;
    std::unique_ptr<session::StatsStore> m_stats;
    QTabWidget *m_views;
    AgentGridView *m_agentGrid;
    WallboardView *m_wallboards;
    AlertView *m_alerts;
    IntradayView *m_intraday;
    StaffingView *m_staffing;
    AlertNotifier *m_notifier;
    QFrame *m_banner;
    QLabel *m_bannerText;
    QPushButton *m_bannerShow;
    QPushButton *m_bannerDismiss;
    bool m_bannerDismissed = false;
};

} // namespace app
