#include "app_supervisor_workspace.h"

#include "app_agent_grid_view.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace app {

SupervisorWorkspace::SupervisorWorkspace(session::Session &session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_views(new QTabWidget(this)),
      m_agentGrid(new AgentGridView(session, m_views))
{
    setObjectName(QStringLiteral("supervisorWorkspace"));
    m_views->setObjectName(QStringLiteral("supervisorViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_agentGrid, {});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_views);
    retranslate();
}

SupervisorWorkspace::~SupervisorWorkspace() = default;

void SupervisorWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SupervisorWorkspace::retranslate()
{
    m_views->setTabText(m_views->indexOf(m_agentGrid), tr("Agents"));
}

} // namespace app
