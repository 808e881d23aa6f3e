#include "app_admin_workspace.h"

#include "app_admin_agents_view.h"
#include "app_admin_queue_editor.h"
#include "app_admin_codes_view.h"
#include "app_admin_queues_view.h"
#include "app_admin_skills_view.h"
#include "app_audit_log_view.h"
#include "app_module_admin_view.h"

#include "session_directory_admin.h"
#include "session_session.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace app {

AdminWorkspace::AdminWorkspace(session::Session &session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_directory(std::make_unique<session::DirectoryAdmin>(session)),
      m_views(new QTabWidget(this)),
      m_loadError(makeErrorLabel(QStringLiteral("adminLoadError"), this))
{
    setObjectName(QStringLiteral("adminWorkspace"));
    m_views->setObjectName(QStringLiteral("adminViews"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_loadError);
    layout->addWidget(m_views, 1);

    m_skills = new AdminSkillsView(*m_directory, m_views);
    m_views->addTab(m_skills, {});
    m_agents = new AdminAgentsView(*m_directory, m_views);
    m_views->addTab(m_agents, {});
    m_queues = new AdminQueuesView(*m_directory, m_views);
    m_views->addTab(m_queues, {});
    m_codes = new AdminCodesView(*m_directory, m_views);
    m_views->addTab(m_codes, {});

    // The catalog's modules and the center's audit log, each with its own session client.
    m_modules = new ModuleAdminView(session, m_views);
    m_views->addTab(m_modules, {});
    m_audit = new AuditLogView(session, m_views);
    m_views->addTab(m_audit, {});

    connect(m_directory.get(), &session::DirectoryAdmin::loadFailed, this, [this](const QString &error) {
        showError(m_loadError, tr("The directory could not be loaded: %1").arg(error));
    });
    connect(m_directory.get(), &session::DirectoryAdmin::loaded, this, [this] {
        showError(m_loadError, {});
        // Columns fit what the directory holds, once (not on every change: a table of
        // thousands of agents is not measured again per event).
        for (QTableView *table : {m_skills->table(), m_agents->table(), m_queues->table(), m_codes->table()})
            fitColumns(table);
    });
    retranslate();
    m_directory->load();
}

AdminWorkspace::~AdminWorkspace() = default;

QLabel *AdminWorkspace::makeErrorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void AdminWorkspace::showError(QLabel *label, const QString &text)
{
    // A red that reads on the light and the dark palette alike.
    const bool dark = label->palette().color(QPalette::Window).lightness() < 128;
    label->setStyleSheet(dark ? QStringLiteral("color: #ff8a80;") : QStringLiteral("color: #b00020;"));
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void AdminWorkspace::fitColumns(QTableView *table, int widest)
{
    table->resizeColumnsToContents();
    const int columns = table->model() ? table->model()->columnCount() : 0;
    for (int column = 0; column + 1 < columns; ++column)
        table->setColumnWidth(column, qBound(90, table->columnWidth(column), widest));
}

void AdminWorkspace::retranslate()
{
    m_views->setAccessibleName(tr("Administration"));
    m_views->setTabText(m_views->indexOf(m_skills), tr("S&kills"));
    m_views->setTabText(m_views->indexOf(m_agents), tr("&Agents"));
    m_views->setTabText(m_views->indexOf(m_queues), tr("&Queues"));
    if (m_codes)
        m_views->setTabText(m_views->indexOf(m_codes), tr("Teams and &codes"));
    if (m_modules)
        m_views->setTabText(m_views->indexOf(m_modules), tr("Modules"));
    if (m_audit)
        m_views->setTabText(m_views->indexOf(m_audit), tr("Audit log"));
}

void AdminWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The headers' words changed length: fit the columns again once every view has
        // retranslated its model (they get the same event, in no fixed order).
        if (m_directory->isLoaded())
            QTimer::singleShot(0, this, [this] {
                for (QTableView *table : {m_skills->table(), m_agents->table(), m_queues->table(), m_codes->table()})
                    fitColumns(table);
            });
    }
    QWidget::changeEvent(event);
}

} // namespace app
