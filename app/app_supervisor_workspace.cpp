#include "app_supervisor_workspace.h"

#include "app_agent_grid_view.h"
#include "app_alert_notifier.h"
#include "app_alert_view.h"
#include "app_intraday_view.h"
#include "app_staffing_view.h"
#include "app_wallboard_view.h"

#include "session_event_stream.h"
#include "session_session.h"
#include "session_stats_store.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace app {

SupervisorWorkspace::SupervisorWorkspace(session::Session &session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_stats(std::make_unique<session::StatsStore>(session.connection(), session.events())),
      m_views(new QTabWidget(this)),
      m_agentGrid(new AgentGridView(session, m_views)),
      m_wallboards(new WallboardView(*m_stats, m_views)),
      m_alerts(new AlertView(*m_stats, m_views)),
      m_intraday(new IntradayView(session, m_views)),
      m_staffing(new StaffingView(session, m_views)),
      m_notifier(new AlertNotifier(this, this)),
      m_banner(new QFrame(this)),
      m_bannerText(new QLabel(m_banner)),
      m_bannerShow(new QPushButton(m_banner)),
      m_bannerDismiss(new QPushButton(m_banner))
{
    setObjectName(QStringLiteral("supervisorWorkspace"));
    m_views->setObjectName(QStringLiteral("supervisorViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_agentGrid, {});
    m_views->addTab(m_wallboards, {});
    m_views->addTab(m_alerts, {});
    m_views->addTab(m_intraday, {});
    m_views->addTab(m_staffing, {});

    // A raised alert: a banner above the sub-tabs until it clears or is dismissed. Red
    // with white text reads on the light and the dark theme alike.
    m_banner->setObjectName(QStringLiteral("alertBanner"));
    m_banner->setAutoFillBackground(true);
    QPalette alarm = m_banner->palette();
    alarm.setColor(QPalette::Window, QColor(0xc6, 0x28, 0x28));
    alarm.setColor(QPalette::WindowText, Qt::white);
    m_banner->setPalette(alarm);
    m_bannerText->setObjectName(QStringLiteral("alertBannerText"));
    m_bannerText->setWordWrap(true);
    QFont bold = m_bannerText->font();
    bold.setBold(true);
    m_bannerText->setFont(bold);
    m_bannerShow->setObjectName(QStringLiteral("alertBannerShow"));
    m_bannerDismiss->setObjectName(QStringLiteral("alertBannerDismiss"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerShow);
    bannerLayout->addWidget(m_bannerDismiss);
    m_banner->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_views);

    connect(m_stats.get(), &session::StatsStore::alert, this, [this](const session::Alert &alert) {
        if (!alert.cleared) {
            m_bannerDismissed = false;
            m_notifier->notify(alert);
        }
        refreshBanner();
    });
    connect(m_bannerShow, &QPushButton::clicked, this, [this] { m_views->setCurrentWidget(m_alerts); });
    connect(m_bannerDismiss, &QPushButton::clicked, this, [this] {
        m_bannerDismissed = true;
        refreshBanner();
    });

    retranslate();
    m_stats->load();
    m_stats->loadWallboards();
    m_stats->loadAlertRules();
}

SupervisorWorkspace::~SupervisorWorkspace() = default;

void SupervisorWorkspace::refreshBanner()
{
    const QList<session::Alert> alerts = m_stats->activeAlerts();
    if (alerts.isEmpty() || m_bannerDismissed) {
        m_banner->hide();
        return;
    }
    const session::Alert &latest = alerts.last();
    QString text = tr("⚠ %1: %2").arg(latest.rule.name, AlertView::describe(latest));
    if (alerts.size() > 1)
        text += QLatin1Char(' ') + tr("(and %n more)", nullptr, int(alerts.size()) - 1);
    m_bannerText->setText(text);
    m_banner->show();
}

void SupervisorWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SupervisorWorkspace::retranslate()
{
    m_views->setTabText(m_views->indexOf(m_agentGrid), tr("Agents"));
    m_views->setTabText(m_views->indexOf(m_wallboards), tr("Wallboards"));
    m_views->setTabText(m_views->indexOf(m_alerts), tr("Alerts"));
    m_views->setTabText(m_views->indexOf(m_intraday), tr("Intraday"));
    m_views->setTabText(m_views->indexOf(m_staffing), tr("Staffing"));
    m_bannerShow->setText(tr("Show alerts"));
    m_bannerDismiss->setText(tr("Dismiss"));
    refreshBanner();
}

} // namespace app
