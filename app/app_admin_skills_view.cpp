#include "app_admin_skills_view.h"

#include "app_admin_workspace.h"

#include "models_admin_filter_proxy.h"
#include "models_admin_skill_model.h"
#include "session_directory_admin.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace app {

AdminSkillsView::AdminSkillsView(session::DirectoryAdmin &directory, QWidget *parent)
    : QWidget(parent), m_directory(directory)
{
    setObjectName(QStringLiteral("adminSkills"));
    m_model = new models::AdminSkillModel(directory, this);
    m_proxy = new models::AdminFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("skillSearch"));
    m_search->setClearButtonEnabled(true);
    left->addWidget(m_search);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("skillTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    left->addWidget(m_table, 1);
    m_error = AdminWorkspace::makeErrorLabel(QStringLiteral("skillError"), this);
    left->addWidget(m_error);
    layout->addLayout(left, 3);

    auto *form = new QGridLayout;
    m_formTitle = new QLabel(this);
    QFont bold = m_formTitle->font();
    bold.setBold(true);
    m_formTitle->setFont(bold);
    form->addWidget(m_formTitle, 0, 0, 1, 2);
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("skillName"));
    m_nameLabel->setBuddy(m_name);
    m_nameError = AdminWorkspace::makeErrorLabel(QStringLiteral("skillNameError"), this);
    m_descriptionLabel = new QLabel(this);
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("skillDescription"));
    m_descriptionLabel->setBuddy(m_description);
    form->addWidget(m_nameLabel, 1, 0);
    form->addWidget(m_name, 1, 1);
    form->addWidget(m_nameError, 2, 1);
    form->addWidget(m_descriptionLabel, 3, 0);
    form->addWidget(m_description, 3, 1);
    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newSkill"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveSkill"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteSkill"));
    buttons->addWidget(m_new);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);
    form->addLayout(buttons, 4, 0, 1, 2);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("skillStatus"));
    m_status->setWordWrap(true);
    form->addWidget(m_status, 5, 0, 1, 2);
    form->setRowStretch(6, 1);
    layout->addLayout(form, 2);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &models::AdminFilterProxy::setSearch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AdminSkillsView::openSelected);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        AdminWorkspace::showError(m_nameError, text.trimmed().isEmpty() ? tr("Name the skill.")
                                               : text.trimmed().size() > 64 ? tr("At most 64 characters.") : QString());
    });
    connect(m_name, &QLineEdit::returnPressed, this, &AdminSkillsView::save);
    connect(m_save, &QPushButton::clicked, this, &AdminSkillsView::save);
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_table->clearSelection();
        m_editingId.clear();
        m_editingVersion = 0;
        m_name->clear();
        m_description->clear();
        AdminWorkspace::showError(m_nameError, {});
        m_status->clear();
        retranslate();
        m_name->setFocus();
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(true); });
    retranslate();
}

void AdminSkillsView::retranslate()
{
    m_search->setPlaceholderText(tr("Search skills"));
    m_search->setAccessibleName(tr("Search skills"));
    m_table->setAccessibleName(tr("Skills"));
    m_formTitle->setText(m_editingVersion == 0 ? tr("New skill") : tr("Skill (version %1)").arg(m_editingVersion));
    m_nameLabel->setText(tr("&Name"));
    m_descriptionLabel->setText(tr("&Description"));
    m_new->setText(tr("Ne&w skill"));
    m_save->setText(m_editingVersion == 0 ? tr("Create") : tr("Save"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the skill (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_delete->setText(tr("De&lete"));
    m_delete->setEnabled(m_editingVersion != 0);
    m_model->retranslate();
    m_model->refresh();     // the cells' words ("defaults", "always open"...) too
}

void AdminSkillsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool AdminSkillsView::selectSkill(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void AdminSkillsView::openSelected()
{
    const QString id = m_table->currentIndex().data(models::AdminTableModel::KeyRole).toString();
    for (const auto &skill : m_directory.skills())
        if (skill.id == id) {
            m_editingId = skill.id;
            m_editingVersion = skill.version;
            m_name->setText(skill.name);
            m_description->setText(skill.description);
            m_status->clear();
            AdminWorkspace::showError(m_error, {});
            retranslate();
            return;
        }
}

void AdminSkillsView::save()
{
    if (m_name->text().trimmed().isEmpty()) {
        AdminWorkspace::showError(m_nameError, tr("Name the skill."));
        m_name->setFocus();
        return;
    }
    session::AdminSkill skill{m_editingId, m_name->text().trimmed(), m_description->text().trimmed(), m_editingVersion};
    m_save->setEnabled(false);
    m_directory.saveSkill(skill, [this](const session::AdminResult &r) {
        m_save->setEnabled(true);
        if (r.ok) {
            m_editingId = r.id;
            m_editingVersion = r.version;
            m_status->setText(tr("Saved: version %1.").arg(r.version));
            AdminWorkspace::showError(m_nameError, {});
            retranslate();
            const QSignalBlocker block(m_table->selectionModel());
            selectSkill(r.id);
        } else if (r.conflict()) {
            m_status->clear();
            AdminWorkspace::showError(m_nameError, tr("Someone else changed this skill; select it again to see "
                                                      "their change. (%1)").arg(r.error));
        } else if (r.field.startsWith(QLatin1String("name")) || r.statusCode == 6) {
            AdminWorkspace::showError(m_nameError, r.fieldMessage.isEmpty() ? r.error : r.fieldMessage);
        } else {
            AdminWorkspace::showError(m_nameError, r.error);
        }
    });
}

void AdminSkillsView::deleteSelected(bool confirm)
{
    if (m_editingVersion == 0)
        return;
    const QString id = m_editingId, name = m_name->text();
    if (confirm && QMessageBox::question(this, tr("Delete skill"), tr("Delete the skill “%1”?").arg(name)) != QMessageBox::Yes)
        return;
    m_directory.deleteSkill(id, m_editingVersion, [this, id, name](const session::AdminResult &r) {
        if (r.ok) {
            AdminWorkspace::showError(m_error, {});
            if (m_editingId == id)
                m_new->click();
            m_status->setText(tr("Deleted “%1”.").arg(name));
        } else {
            AdminWorkspace::showError(m_error, tr("“%1” was not deleted: %2").arg(name, r.error));
        }
    });
}

} // namespace app
