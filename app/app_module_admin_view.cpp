#include "app_module_admin_view.h"

#include "app_module_publish_dialog.h"

#include "models_module_status_model.h"
#include "session_catalog_admin.h"
#include "session_session.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace app {

namespace {

enum TreeColumn { NameColumn, KeyColumn, PublishedColumn, TargetsColumn };
constexpr int kModuleRole = Qt::UserRole + 1;
constexpr int kVersionRole = Qt::UserRole + 2;

} // namespace

ModuleAdminView::ModuleAdminView(session::Session &session, QWidget *parent)
    : QWidget(parent), m_catalog(std::make_unique<session::CatalogAdmin>(session))
{
    setObjectName(QStringLiteral("moduleAdminView"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_publish = new QPushButton(tr("&Publish…"));
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_publish->setAccessibleName(tr("Publish a signed module version"));
    m_rollout = new QPushButton(tr("Roll &out…"));
    m_rollout->setObjectName(QStringLiteral("rolloutButton"));
    m_rollout->setAccessibleName(tr("Roll a version out"));
    m_rollback = new QPushButton(tr("Roll &back…"));
    m_rollback->setObjectName(QStringLiteral("rollbackButton"));
    m_rollback->setAccessibleName(tr("Roll a target back to its previous version"));
    m_refresh = new QPushButton(tr("Re&fresh"));
    m_refresh->setAccessibleName(tr("Ask the catalog again"));
    bar->addWidget(m_publish);
    bar->addWidget(m_rollout);
    bar->addWidget(m_rollback);
    bar->addStretch(1);
    bar->addWidget(m_refresh);
    layout->addLayout(bar);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("moduleMessage"));
    m_message->setAccessibleName(tr("The catalog's answer"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto *split = new QSplitter(Qt::Vertical);
    layout->addWidget(split, 1);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *modulesLabel = new QLabel(tr("&Modules and versions"));
    topLayout->addWidget(modulesLabel);
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("modulesTree"));
    m_tree->setAccessibleName(tr("Modules and their published versions"));
    m_tree->setHeaderLabels({tr("Module / version"), tr("Signed by"), tr("Published"), tr("Rolled out to")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    modulesLabel->setBuddy(m_tree);
    topLayout->addWidget(m_tree);
    split->addWidget(top);

    auto *bottom = new QWidget;
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *statusBar = new QHBoxLayout;
    auto *statusLabel = new QLabel(tr("&Clients: which user runs which version"));
    statusBar->addWidget(statusLabel);
    statusBar->addStretch(1);
    m_onlySelected = new QCheckBox(tr("Only the &selected module"));
    m_onlySelected->setAccessibleName(tr("Show only the clients of the selected module"));
    statusBar->addWidget(m_onlySelected);
    m_statusCount = new QLabel;
    statusBar->addWidget(m_statusCount);
    bottomLayout->addLayout(statusBar);
    m_statusModel = new models::ModuleStatusModel(this);
    m_statusModel->attach(m_catalog.get());
    m_status = new QTableView;
    m_status->setObjectName(QStringLiteral("moduleStatusTable"));
    m_status->setAccessibleName(tr("Module versions running on each client"));
    m_status->setModel(m_statusModel);
    m_status->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_status->setSelectionMode(QAbstractItemView::SingleSelection);
    m_status->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->verticalHeader()->hide();
    m_status->verticalHeader()->setDefaultSectionSize(m_status->fontMetrics().height() + 8);
    m_status->horizontalHeader()->setStretchLastSection(false);
    m_status->horizontalHeader()->setSectionResizeMode(models::ModuleStatusModel::ReasonColumn, QHeaderView::Stretch);
    m_status->setWordWrap(false);
    statusLabel->setBuddy(m_status);
    bottomLayout->addWidget(m_status);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    setTabOrder(m_publish, m_rollout);
    setTabOrder(m_rollout, m_rollback);
    setTabOrder(m_rollback, m_refresh);
    setTabOrder(m_refresh, m_tree);
    setTabOrder(m_tree, m_onlySelected);
    setTabOrder(m_onlySelected, m_status);

    connect(m_catalog.get(), &session::CatalogAdmin::modulesChanged, this, &ModuleAdminView::rebuildTree);
    connect(m_catalog.get(), &session::CatalogAdmin::statusChanged, this, [this] {
        const int rows = m_statusModel->rowCount();
        m_statusCount->setText(rows == 1 ? tr("1 client module") : tr("%1 client modules").arg(rows));
        for (int c = 0; c < models::ModuleStatusModel::ColumnCount; ++c)
            if (c != models::ModuleStatusModel::ReasonColumn)
                m_status->resizeColumnToContents(c);
    });
    connect(m_catalog.get(), &session::CatalogAdmin::loadFailed, this, [this](const QString &error) {
        showMessage(tr("The catalog could not be read: %1").arg(error), true);
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        updateActions();
        m_statusModel->setModuleFilter(m_onlySelected->isChecked() ? selectedModule() : QString());
    });
    connect(m_onlySelected, &QCheckBox::toggled, this, [this](bool on) {
        m_statusModel->setModuleFilter(on ? selectedModule() : QString());
    });
    connect(m_publish, &QPushButton::clicked, this, [this] { openPublishDialog(); });
    connect(m_rollout, &QPushButton::clicked, this, [this] { openRolloutDialog(RolloutDialog::Mode::Rollout); });
    connect(m_rollback, &QPushButton::clicked, this, [this] { openRolloutDialog(RolloutDialog::Mode::Rollback); });
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_message->hide();
        m_catalog->refresh();
    });
    m_catalog->setStatusInterval(0);    // polled while shown
    m_catalog->refresh();
    updateActions();
}

ModuleAdminView::~ModuleAdminView() = default;

void ModuleAdminView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_catalog->statusInterval() == 0)
        m_catalog->setStatusInterval(5000);
}

void ModuleAdminView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_catalog->setStatusInterval(0);
}

QString ModuleAdminView::selectedModule() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(NameColumn, kModuleRole).toString() : QString();
}

QString ModuleAdminView::selectedVersion() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(NameColumn, kVersionRole).toString() : QString();
}

void ModuleAdminView::selectModule(const QString &moduleId, const QString &version)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *module = m_tree->topLevelItem(i);
        if (module->data(NameColumn, kModuleRole).toString() != moduleId)
            continue;
        QTreeWidgetItem *pick = module;
        for (int j = 0; j < module->childCount(); ++j)
            if (!version.isEmpty() && module->child(j)->data(NameColumn, kVersionRole).toString() == version)
                pick = module->child(j);
        m_tree->setCurrentItem(pick);
        return;
    }
}

void ModuleAdminView::rebuildTree()
{
    const QString module = selectedModule(), version = selectedVersion();
    // Which targets each version is the newest rule for.
    QHash<QString, QStringList> targets;        // "<module>/<version>" -> targets
    QHash<QString, session::RolloutRuleInfo> newest;    // "<module>/<target>" -> rule
    for (const auto &rule : m_catalog->rules())
        newest.insert(rule.moduleId + QLatin1Char('/') + rule.target.describe(), rule);
    for (const auto &rule : std::as_const(newest))
        if (!rule.version.isEmpty())
            targets[rule.moduleId + QLatin1Char('/') + rule.version] << rule.target.describe();
    m_tree->clear();
    for (const QString &id : m_catalog->moduleIds()) {
        auto *item = new QTreeWidgetItem(m_tree, {id});
        item->setData(NameColumn, kModuleRole, id);
        const auto versions = m_catalog->versionsOf(id);
        for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
            QStringList to = targets.value(id + QLatin1Char('/') + it->version);
            to.sort();
            auto *child = new QTreeWidgetItem(item, {it->version, it->signingKeyId,
                tr("%1 by %2").arg(QLocale().toString(it->publishedAt.toLocalTime(), QLocale::ShortFormat),
                                   it->publishedBy),
                to.join(QStringLiteral("; "))});
            child->setData(NameColumn, kModuleRole, id);
            child->setData(NameColumn, kVersionRole, it->version);
            // The rules that gave or took this version, oldest first: who rolled it out when.
            QStringList history;
            for (const auto &rule : m_catalog->rules()) {
                if (rule.moduleId != id || (rule.version != it->version && rule.previousVersion != it->version))
                    continue;
                const QString when = QLocale().toString(rule.createdAt.toLocalTime(), QLocale::ShortFormat);
                history << (rule.version == it->version
                                ? tr("%1: %2 to %3 by %4").arg(when, it->version, rule.target.describe(), rule.createdBy)
                                : tr("%1: %2 replaced it for %3 (by %4)")
                                      .arg(when, rule.version.isEmpty() ? tr("a withdrawal") : rule.version,
                                           rule.target.describe(), rule.createdBy));
            }
            if (!history.isEmpty())
                child->setToolTip(TargetsColumn, history.join(QLatin1Char('\n')));
        }
        item->setText(KeyColumn, versions.size() == 1 ? tr("1 version") : tr("%1 versions").arg(versions.size()));
        item->setExpanded(true);
    }
    for (int c = 0; c < TargetsColumn; ++c)
        m_tree->resizeColumnToContents(c);
    if (!module.isEmpty())
        selectModule(module, version);
    else if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    updateActions();
}

void ModuleAdminView::updateActions()
{
    const bool any = m_tree->topLevelItemCount() > 0;
    m_rollout->setEnabled(any);
    m_rollback->setEnabled(any);
    m_onlySelected->setEnabled(any);
}

void ModuleAdminView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b01e1e;") : QString());
    m_message->setVisible(!text.isEmpty());
}

ModulePublishDialog *ModuleAdminView::openPublishDialog()
{
    if (m_publishDialog) {
        m_publishDialog->raise();
        m_publishDialog->activateWindow();
        return m_publishDialog;
    }
    m_publishDialog = new ModulePublishDialog(*m_catalog, this);
    m_publishDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_publishDialog, &ModulePublishDialog::published, this, [this](const QString &id, const QString &version) {
        showMessage(tr("Published %1 %2. Roll it out to make clients load it.").arg(id, version), false);
        selectModule(id, version);
    });
    m_publishDialog->show();
    return m_publishDialog;
}

RolloutDialog *ModuleAdminView::openRolloutDialog(RolloutDialog::Mode mode)
{
    if (m_rolloutDialog)
        m_rolloutDialog->close();
    m_rolloutDialog = new RolloutDialog(*m_catalog, mode, this);
    m_rolloutDialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!selectedModule().isEmpty())
        m_rolloutDialog->setModule(selectedModule());
    if (!selectedVersion().isEmpty())
        m_rolloutDialog->setVersion(selectedVersion());
    connect(m_rolloutDialog, &RolloutDialog::ruleAdded, this, [this, mode](const session::RolloutRuleInfo &rule) {
        const QString version = rule.version.isEmpty() ? tr("what the older rules give") : rule.version;
        showMessage(mode == RolloutDialog::Mode::Rollout
                        ? tr("Rolled %1 %2 out to %3.").arg(rule.moduleId, version, rule.target.describe())
                        : tr("Rolled %1 back for %2: now %3.").arg(rule.moduleId, rule.target.describe(), version),
                    false);
    });
    m_rolloutDialog->show();
    return m_rolloutDialog;
}

} // namespace app
