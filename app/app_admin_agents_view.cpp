#include "app_admin_agents_view.h"

#include "app_admin_csv_report_dialog.h"
#include "app_admin_workspace.h"

#include "models_admin_agent_model.h"
#include "models_admin_filter_proxy.h"

#include <QCheckBox>
#include <QDir>
#include <QSet>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace app {

using session::Channel;

namespace {
constexpr Channel kChannels[] = {Channel::Voice, Channel::Chat, Channel::Email, Channel::Sms};
constexpr int kDefault = -1;    // the capacity box's "default" (no entry in the profile)
}

AdminAgentsView::AdminAgentsView(session::DirectoryAdmin &directory, QWidget *parent)
    : QWidget(parent), m_directory(directory)
{
    setObjectName(QStringLiteral("adminAgents"));
    m_model = new models::AdminAgentModel(directory, this);
    m_proxy = new models::AdminFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    // --- the table side -------------------------------------------------------------
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("agentSearch"));
    m_search->setClearButtonEnabled(true);
    m_skillFilter = new QComboBox(left);
    m_skillFilter->setObjectName(QStringLiteral("agentSkillFilter"));
    m_teamFilter = new QComboBox(left);
    m_teamFilter->setObjectName(QStringLiteral("agentTeamFilter"));
    m_import = new QToolButton(left);
    m_import->setObjectName(QStringLiteral("importCsv"));
    m_import->setPopupMode(QToolButton::InstantPopup);
    m_export = new QToolButton(left);
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_newUser = new QPushButton(left);
    m_newUser->setObjectName(QStringLiteral("newUser"));
    bar->addWidget(m_newUser);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_skillFilter);
    bar->addWidget(m_teamFilter);
    bar->addWidget(m_import);
    bar->addWidget(m_export);
    leftLayout->addLayout(bar);
    m_csvStatus = new QLabel(left);
    m_csvStatus->setObjectName(QStringLiteral("csvStatus"));
    m_csvStatus->setWordWrap(true);
    m_csvStatus->hide();
    leftLayout->addWidget(m_csvStatus);

    m_bulkBar = new QFrame(left);
    m_bulkBar->setObjectName(QStringLiteral("bulkBar"));
    m_bulkBar->setFrameShape(QFrame::StyledPanel);
    m_bulkBar->setAutoFillBackground(true);
    m_bulkBar->setBackgroundRole(QPalette::AlternateBase);
    auto *bulkLayout = new QHBoxLayout(m_bulkBar);
    m_bulkText = new QLabel(m_bulkBar);
    m_bulkText->setObjectName(QStringLiteral("bulkText"));
    m_bulkSkill = new QComboBox(m_bulkBar);
    m_bulkSkill->setObjectName(QStringLiteral("bulkSkill"));
    m_bulkAt = new QLabel(m_bulkBar);
    m_bulkProficiency = new QSpinBox(m_bulkBar);
    m_bulkProficiency->setObjectName(QStringLiteral("bulkProficiency"));
    m_bulkProficiency->setRange(1, 10);
    m_bulkProficiency->setValue(5);
    m_bulkAt->setBuddy(m_bulkProficiency);
    m_bulkGive = new QPushButton(m_bulkBar);
    m_bulkGive->setObjectName(QStringLiteral("bulkGive"));
    m_bulkTake = new QPushButton(m_bulkBar);
    m_bulkTake->setObjectName(QStringLiteral("bulkTake"));
    bulkLayout->addWidget(m_bulkText);
    bulkLayout->addWidget(m_bulkSkill, 1);
    bulkLayout->addWidget(m_bulkAt);
    bulkLayout->addWidget(m_bulkProficiency);
    bulkLayout->addWidget(m_bulkGive);
    bulkLayout->addWidget(m_bulkTake);
    m_bulkBar->hide();
    leftLayout->addWidget(m_bulkBar);
    m_bulkStatus = new QLabel(left);
    m_bulkStatus->setObjectName(QStringLiteral("bulkStatus"));
    m_bulkStatus->setWordWrap(true);
    m_bulkStatus->hide();
    leftLayout->addWidget(m_bulkStatus);

    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("agentTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    leftLayout->addWidget(m_table, 1);

    // --- the profile form -----------------------------------------------------------
    m_form = new QWidget(this);
    m_form->setObjectName(QStringLiteral("agentForm"));
    auto *form = new QGridLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    m_formTitle = new QLabel(m_form);
    QFont bold = m_formTitle->font();
    bold.setBold(true);
    m_formTitle->setFont(bold);
    m_formTitle->setWordWrap(true);
    form->addWidget(m_formTitle, 0, 0, 1, 2);
    // The user (identity): display name, roles, disabled.
    m_displayNameLabel = new QLabel(m_form);
    m_displayName = new QLineEdit(m_form);
    m_displayName->setObjectName(QStringLiteral("agentDisplayName"));
    m_displayNameLabel->setBuddy(m_displayName);
    m_displayNameError = AdminWorkspace::makeErrorLabel(QStringLiteral("displayNameError"), m_form);
    form->addWidget(m_displayNameLabel, 1, 0);
    form->addWidget(m_displayName, 1, 1);
    form->addWidget(m_displayNameError, 2, 1);
    m_rolesLabel = new QLabel(m_form);
    auto *roles = new QHBoxLayout;
    m_roleAgent = new QCheckBox(m_form);
    m_roleAgent->setObjectName(QStringLiteral("agentRoleAgent"));
    m_roleSupervisor = new QCheckBox(m_form);
    m_roleSupervisor->setObjectName(QStringLiteral("agentRoleSupervisor"));
    m_roleAdmin = new QCheckBox(m_form);
    m_roleAdmin->setObjectName(QStringLiteral("agentRoleAdmin"));
    roles->addWidget(m_roleAgent);
    roles->addWidget(m_roleSupervisor);
    roles->addWidget(m_roleAdmin);
    roles->addStretch();
    form->addWidget(m_rolesLabel, 3, 0);
    form->addLayout(roles, 3, 1);
    m_rolesError = AdminWorkspace::makeErrorLabel(QStringLiteral("rolesError"), m_form);
    form->addWidget(m_rolesError, 4, 1);
    m_disabled = new QCheckBox(m_form);
    m_disabled->setObjectName(QStringLiteral("agentDisabled"));
    form->addWidget(m_disabled, 5, 1);
    m_teamLabel = new QLabel(m_form);
    m_team = new QComboBox(m_form);
    m_team->setObjectName(QStringLiteral("agentTeam"));
    m_teamLabel->setBuddy(m_team);
    m_teamError = AdminWorkspace::makeErrorLabel(QStringLiteral("teamError"), m_form);
    form->addWidget(m_teamLabel, 6, 0);
    form->addWidget(m_team, 6, 1);
    form->addWidget(m_teamError, 7, 1);
    m_skillsLabel = new QLabel(m_form);
    m_skills = new QTableWidget(0, 2, m_form);
    m_skills->setObjectName(QStringLiteral("agentSkills"));
    m_skills->verticalHeader()->hide();
    m_skills->horizontalHeader()->setStretchLastSection(true);
    m_skills->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_skills->setMinimumHeight(110);
    m_skillsLabel->setBuddy(m_skills);
    form->addWidget(m_skillsLabel, 8, 0, Qt::AlignTop);
    form->addWidget(m_skills, 8, 1);
    auto *skillButtons = new QHBoxLayout;
    m_addSkill = new QPushButton(m_form);
    m_addSkill->setObjectName(QStringLiteral("agentAddSkill"));
    m_removeSkill = new QPushButton(m_form);
    m_removeSkill->setObjectName(QStringLiteral("agentRemoveSkill"));
    skillButtons->addWidget(m_addSkill);
    skillButtons->addWidget(m_removeSkill);
    skillButtons->addStretch();
    form->addLayout(skillButtons, 9, 1);
    m_skillsError = AdminWorkspace::makeErrorLabel(QStringLiteral("skillsError"), m_form);
    form->addWidget(m_skillsError, 10, 1);
    m_capacitiesLabel = new QLabel(m_form);
    auto *capacities = new QGridLayout;
    int column = 0;
    for (Channel c : kChannels) {
        auto *label = new QLabel(m_form);
        auto *spin = new QSpinBox(m_form);
        spin->setObjectName(QStringLiteral("capacity%1").arg(int(c)));
        spin->setRange(kDefault, 99);
        label->setBuddy(spin);
        capacities->addWidget(label, 0, column);
        capacities->addWidget(spin, 1, column);
        ++column;
        m_capacities.insert(c, spin);
        m_capacityLabels.insert(c, label);
        connect(spin, &QSpinBox::valueChanged, this, &AdminAgentsView::validateForm);
    }
    form->addWidget(m_capacitiesLabel, 11, 0, Qt::AlignTop);
    form->addLayout(capacities, 11, 1);
    m_capacitiesError = AdminWorkspace::makeErrorLabel(QStringLiteral("capacitiesError"), m_form);
    form->addWidget(m_capacitiesError, 12, 1);
    m_voiceBlocks = new QCheckBox(m_form);
    m_voiceBlocks->setObjectName(QStringLiteral("voiceBlocks"));
    form->addWidget(m_voiceBlocks, 13, 1);
    auto *buttons = new QHBoxLayout;
    m_reload = new QPushButton(m_form);
    m_reload->setObjectName(QStringLiteral("agentReload"));
    m_reload->hide();
    m_save = new QPushButton(m_form);
    m_save->setObjectName(QStringLiteral("agentSave"));
    buttons->addStretch();
    buttons->addWidget(m_reload);
    buttons->addWidget(m_save);
    form->addLayout(buttons, 14, 0, 1, 2);
    m_status = new QLabel(m_form);
    m_status->setObjectName(QStringLiteral("agentStatus"));
    m_status->setWordWrap(true);
    form->addWidget(m_status, 15, 0, 1, 2);
    form->setRowStretch(16, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &models::AdminFilterProxy::setSearch);
    connect(m_skillFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setTagFilter(QStringLiteral("skill:"), m_skillFilter->currentData().toString());
    });
    connect(m_teamFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setTagFilter(QStringLiteral("team:"), m_teamFilter->currentData().toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AdminAgentsView::selectionChanged);
    connect(&directory, &session::DirectoryAdmin::skillsChanged, this, &AdminAgentsView::fillFilters);
    connect(&directory, &session::DirectoryAdmin::teamsChanged, this, &AdminAgentsView::fillFilters);
    connect(&directory, &session::DirectoryAdmin::agentsChanged, this, [this] {
        // The agent in the form changed elsewhere: follow when there is nothing unsaved.
        const int i = m_directory.indexOfAgent(m_formUserId);
        if (i < 0 || m_savingProfile)
            return;     // our own save is answered in saveProfile()
        const auto &stored = m_directory.agents().at(i);
        if (stored.profileVersion == m_formVersion && stored.userVersion == m_formUserVersion)
            return;
        if (!m_save->property("dirty").toBool()) {
            fillForm();
            return;
        }
        if (stored.profileVersion != m_formVersion)
            AdminWorkspace::showError(m_status, tr("Someone else changed this agent's profile (now version %1). "
                                                   "Reload to see it.").arg(stored.profileVersion));
        else
            AdminWorkspace::showError(m_status, tr("Someone else changed this user (now version %1). "
                                                   "Reload to see it.").arg(stored.userVersion));
        m_reload->show();
    });
    connect(m_addSkill, &QPushButton::clicked, this, [this] {
        addSkillRow(m_directory.skills().isEmpty() ? QString() : m_directory.skills().first().id, 5);
        validateForm();
    });
    connect(m_removeSkill, &QPushButton::clicked, this, [this] {
        if (m_skills->currentRow() >= 0)
            m_skills->removeRow(m_skills->currentRow());
        validateForm();
    });
    connect(m_team, &QComboBox::currentIndexChanged, this, &AdminAgentsView::validateForm);
    connect(m_displayName, &QLineEdit::textEdited, this, &AdminAgentsView::validateForm);
    for (QCheckBox *box : {m_roleAgent, m_roleSupervisor, m_roleAdmin, m_disabled})
        connect(box, &QCheckBox::toggled, this, &AdminAgentsView::validateForm);
    connect(m_newUser, &QPushButton::clicked, this, &AdminAgentsView::openUserDialog);
    connect(m_voiceBlocks, &QCheckBox::toggled, this, &AdminAgentsView::validateForm);
    connect(m_save, &QPushButton::clicked, this, &AdminAgentsView::saveProfile);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        m_reload->hide();
        fillForm();
    });
    connect(m_bulkGive, &QPushButton::clicked, this, [this] { bulk(false); });
    connect(m_bulkTake, &QPushButton::clicked, this, [this] { bulk(true); });

    fillFilters();
    fillForm();
    retranslate();
    selectionChanged();
}

void AdminAgentsView::retranslate()
{
    m_search->setPlaceholderText(tr("Search agents"));
    m_search->setAccessibleName(tr("Search agents"));
    m_skillFilter->setAccessibleName(tr("Filter by skill"));
    m_teamFilter->setAccessibleName(tr("Filter by team"));
    m_skillFilter->setItemText(0, tr("All skills"));
    m_teamFilter->setItemText(0, tr("All teams"));
    m_table->setAccessibleName(tr("Agents"));
    m_import->setText(tr("&Import CSV"));
    m_export->setText(tr("E&xport CSV"));
    auto menuOf = [this](QToolButton *button, bool import) {
        delete button->menu();
        auto *menu = new QMenu(button);
        auto pick = [this, import](session::CsvKind kind) {
            if (import) {
                const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), {}, tr("CSV files (*.csv);;All files (*)"));
                if (!path.isEmpty())
                    importCsvFile(kind, path);
            } else {
                const QString path = QFileDialog::getSaveFileName(
                    this, tr("Export CSV"), kind == session::CsvKind::Agents ? QStringLiteral("agents.csv") : QStringLiteral("skills.csv"),
                    tr("CSV files (*.csv)"));
                if (!path.isEmpty())
                    exportCsvFile(kind, path);
            }
        };
        menu->addAction(tr("&Agents…"), this, [pick] { pick(session::CsvKind::Agents); });
        menu->addAction(tr("&Skills…"), this, [pick] { pick(session::CsvKind::Skills); });
        button->setMenu(menu);
    };
    menuOf(m_import, true);
    menuOf(m_export, false);
    m_import->setToolTip(tr("Agents: user_id,team_id,skills,capacities,voice_blocks_other_channels "
                            "(skills as skill-id:1..10 separated by ';', capacities as channel:0..20). "
                            "Skills: id,name,description."));
    m_bulkAt->setText(tr("at &proficiency"));
    m_bulkSkill->setAccessibleName(tr("Skill to give"));
    m_bulkGive->setText(tr("&Give skill"));
    m_bulkTake->setText(tr("&Take skill away"));
    m_newUser->setText(tr("New &user…"));
    m_newUser->setToolTip(tr("Create a user: username, display name, roles and an initial password."));
    m_displayNameLabel->setText(tr("Display &name"));
    m_rolesLabel->setText(tr("Roles"));
    m_roleAgent->setText(tr("Agent"));
    m_roleSupervisor->setText(tr("Supervisor"));
    m_roleAdmin->setText(tr("Admin"));
    m_roleAgent->setAccessibleName(tr("Role: agent"));
    m_roleSupervisor->setAccessibleName(tr("Role: supervisor"));
    m_roleAdmin->setAccessibleName(tr("Role: admin"));
    m_disabled->setText(tr("&Disabled (cannot sign in)"));
    m_teamLabel->setText(tr("T&eam"));
    m_skillsLabel->setText(tr("Ski&lls"));
    m_capacitiesLabel->setText(tr("Capacity"));
    m_skills->setHorizontalHeaderLabels({tr("Skill"), tr("Proficiency (1–10)")});
    m_addSkill->setText(tr("Add skill"));
    m_removeSkill->setText(tr("Remove"));
    m_capacityLabels[Channel::Voice]->setText(tr("Voice"));
    m_capacityLabels[Channel::Chat]->setText(tr("Chat"));
    m_capacityLabels[Channel::Email]->setText(tr("E-mail"));
    m_capacityLabels[Channel::Sms]->setText(tr("SMS"));
    for (QSpinBox *spin : std::as_const(m_capacities)) {
        spin->setSpecialValueText(tr("default"));
        spin->setToolTip(tr("How many interactions of this channel at once (voice 0–1, chat 0–10, e-mail and SMS 0–20); "
                          "“default” uses the center's default."));
    }
    m_voiceBlocks->setText(tr("A call blocks other channels"));
    m_save->setText(tr("Save profile"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the agent's profile (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_reload->setText(tr("Rel&oad"));
    m_model->retranslate();
    m_model->refresh();     // the cells' words ("defaults", "always open"...) too
    selectionChanged();
}

void AdminAgentsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AdminAgentsView::fillFilters()
{
    auto refill = [](QComboBox *combo, const QList<QPair<QString, QString>> &items, const QString &all) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker block(combo);
        combo->clear();
        if (!all.isNull())
            combo->addItem(all, QString());
        for (const auto &[id, name] : items)
            combo->addItem(name, id);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    };
    QList<QPair<QString, QString>> skills, teams;
    for (const auto &skill : m_directory.skills())
        skills << qMakePair(skill.id, skill.name);
    for (const auto &team : m_directory.teams())
        teams << qMakePair(team.id, team.name);
    refill(m_skillFilter, skills, tr("All skills"));
    refill(m_teamFilter, teams, tr("All teams"));
    refill(m_bulkSkill, skills, QString());
    QList<QPair<QString, QString>> formTeams = {qMakePair(QString(), tr("(no team)"))};
    formTeams << teams;
    {
        const QString current = m_team->currentData().toString();
        const QSignalBlocker block(m_team);
        m_team->clear();
        for (const auto &[id, name] : formTeams)
            m_team->addItem(name, id);
        m_team->setCurrentIndex(qMax(0, m_team->findData(current)));
    }
    // The filters may have lost their choice: apply what they show now.
    m_proxy->setTagFilter(QStringLiteral("skill:"), m_skillFilter->currentData().toString());
    m_proxy->setTagFilter(QStringLiteral("team:"), m_teamFilter->currentData().toString());
}

QStringList AdminAgentsView::selectedUserIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(models::AdminTableModel::KeyRole).toString();
    return ids;
}

int AdminAgentsView::selectAgents(const QStringList &userIds)
{
    QItemSelection selection;
    for (const QString &id : userIds) {
        const int row = m_model->rowOf(id);
        const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(m_proxy->columnCount() - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_table->selectionModel()->setCurrentIndex(selection.first().topLeft(), QItemSelectionModel::NoUpdate);
    return int(selectedUserIds().size());
}

void AdminAgentsView::selectionChanged()
{
    const QStringList ids = selectedUserIds();
    m_bulkBar->setVisible(!ids.isEmpty());
    m_bulkText->setText(ids.size() == 1 ? tr("1 agent selected:") : tr("%1 agents selected:").arg(ids.size()));
    m_bulkGive->setToolTip(tr("Give the skill at this proficiency to every selected agent (one change, all or nothing)."));
    const QString single = ids.size() == 1 ? ids.first() : QString();
    if (single != m_formUserId) {
        m_formUserId = single;
        fillForm();
    }
    for (QWidget *child : m_form->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (child != m_formTitle)
            child->setEnabled(!m_formUserId.isEmpty());
    if (m_formUserId.isEmpty())
        m_formTitle->setText(ids.isEmpty() ? tr("Select an agent to edit their profile, or several to give them a skill.")
                                           : tr("%1 agents selected: use the bar over the table.").arg(ids.size()));
}

void AdminAgentsView::addSkillRow(const QString &skillId, int proficiency)
{
    const int row = m_skills->rowCount();
    m_skills->insertRow(row);
    auto *combo = new QComboBox(m_skills);
    for (const auto &skill : m_directory.skills())
        combo->addItem(skill.name, skill.id);
    int index = combo->findData(skillId);
    if (index < 0 && !skillId.isEmpty()) {
        combo->addItem(skillId, skillId);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
    auto *spin = new QSpinBox(m_skills);
    spin->setRange(0, 99);      // anything: the check says what is wrong
    spin->setValue(proficiency);
    combo->setAccessibleName(tr("Skill in row %1").arg(row + 1));
    spin->setAccessibleName(tr("Proficiency in row %1").arg(row + 1));
    m_skills->setCellWidget(row, 0, combo);
    m_skills->setCellWidget(row, 1, spin);
    connect(combo, &QComboBox::currentIndexChanged, this, &AdminAgentsView::validateForm);
    connect(spin, &QSpinBox::valueChanged, this, &AdminAgentsView::validateForm);
}

void AdminAgentsView::fillForm()
{
    m_filling = true;
    m_skills->setRowCount(0);
    const int i = m_directory.indexOfAgent(m_formUserId);
    session::AdminAgent agent;
    if (i >= 0)
        agent = m_directory.agents().at(i);
    m_formVersion = agent.profileVersion;
    m_formUserVersion = agent.userVersion;
    m_displayName->setText(agent.displayName);
    m_roleAgent->setChecked(agent.isAgent);
    m_roleSupervisor->setChecked(agent.isSupervisor);
    m_roleAdmin->setChecked(agent.isAdmin);
    m_disabled->setChecked(agent.disabled);
    m_formTitle->setText(i < 0 ? QString()
                               : tr("%1 — %2 (profile version %3)").arg(agent.username, agent.displayName).arg(agent.profileVersion));
    m_team->setCurrentIndex(qMax(0, m_team->findData(agent.teamId)));
    for (const auto &skill : agent.skills)
        addSkillRow(skill.skillId, skill.proficiency);
    for (Channel c : kChannels) {
        int value = kDefault;
        for (const auto &capacity : agent.capacities)
            if (capacity.channel == c)
                value = capacity.capacity;
        m_capacities[c]->setValue(value);
    }
    m_voiceBlocks->setChecked(agent.voiceBlocksOtherChannels);
    m_filling = false;
    m_save->setProperty("dirty", false);
    m_status->clear();
    m_status->setStyleSheet({});
    m_reload->hide();
    validateForm();
    m_save->setProperty("dirty", false);
}

session::AdminAgent AdminAgentsView::formProfile() const
{
    session::AdminAgent agent;
    const int i = m_directory.indexOfAgent(m_formUserId);
    if (i >= 0)
        agent = m_directory.agents().at(i);
    agent.userId = m_formUserId;
    agent.profileVersion = m_formVersion;
    agent.teamId = m_team->currentData().toString();
    agent.skills.clear();
    for (int row = 0; row < m_skills->rowCount(); ++row) {
        auto *combo = qobject_cast<QComboBox *>(m_skills->cellWidget(row, 0));
        auto *spin = qobject_cast<QSpinBox *>(m_skills->cellWidget(row, 1));
        agent.skills << session::AgentSkill{combo->currentData().toString(), spin->value()};
    }
    agent.capacities.clear();
    for (Channel c : kChannels)
        if (m_capacities[c]->value() != kDefault)
            agent.capacities << session::ChannelCapacity{c, m_capacities[c]->value()};
    agent.voiceBlocksOtherChannels = m_voiceBlocks->isChecked();
    agent.displayName = m_displayName->text().trimmed();
    agent.isAgent = m_roleAgent->isChecked();
    agent.isSupervisor = m_roleSupervisor->isChecked();
    agent.isAdmin = m_roleAdmin->isChecked();
    agent.disabled = m_disabled->isChecked();
    agent.userVersion = m_formUserVersion;
    return agent;
}

QCheckBox *AdminAgentsView::roleBox(const QString &role) const
{
    if (role == QLatin1String("agent"))
        return m_roleAgent;
    if (role == QLatin1String("supervisor"))
        return m_roleSupervisor;
    if (role == QLatin1String("admin"))
        return m_roleAdmin;
    return nullptr;
}

AdminUserDialog *AdminAgentsView::openUserDialog()
{
    if (m_userDialog)
        return m_userDialog;
    m_userDialog = new AdminUserDialog(m_directory, this);
    m_userDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_userDialog, &AdminUserDialog::created, this, [this](const QString &userId) {
        m_search->clear();
        m_skillFilter->setCurrentIndex(0);
        m_teamFilter->setCurrentIndex(0);
        selectAgents({userId});
        m_status->setStyleSheet({});
    });
    m_userDialog->open();
    return m_userDialog;
}

bool AdminAgentsView::userFieldsChanged() const
{
    const int i = m_directory.indexOfAgent(m_formUserId);
    if (i < 0)
        return false;
    const session::AdminAgent &stored = m_directory.agents().at(i);
    const session::AdminAgent form = formProfile();
    return form.displayName != stored.displayName || form.isAgent != stored.isAgent
           || form.isSupervisor != stored.isSupervisor || form.isAdmin != stored.isAdmin
           || form.disabled != stored.disabled;
}

bool AdminAgentsView::profileFieldsChanged() const
{
    const int i = m_directory.indexOfAgent(m_formUserId);
    if (i < 0)
        return true;
    const session::AdminAgent &stored = m_directory.agents().at(i);
    const session::AdminAgent form = formProfile();
    auto sortedCapacities = [](QList<session::ChannelCapacity> list) {
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return int(a.channel) < int(b.channel); });
        return list;
    };
    return form.teamId != stored.teamId || form.skills != stored.skills
           || sortedCapacities(form.capacities) != sortedCapacities(stored.capacities)
           || form.voiceBlocksOtherChannels != stored.voiceBlocksOtherChannels;
}

void AdminAgentsView::validateForm()
{
    if (m_filling)
        return;
    m_save->setProperty("dirty", true);
    const session::AdminAgent agent = formProfile();
    QString skills, capacities;
    QSet<QString> seen;
    for (const auto &skill : agent.skills) {
        if (skill.skillId.isEmpty()) {
            skills = tr("Choose a skill in every row.");
            break;
        }
        if (skill.proficiency < 1 || skill.proficiency > 10) {
            skills = tr("%1: proficiency is 1 to 10.").arg(m_directory.skillName(skill.skillId));
            break;
        }
        if (seen.contains(skill.skillId)) {
            skills = tr("%1 is listed twice.").arg(m_directory.skillName(skill.skillId));
            break;
        }
        seen.insert(skill.skillId);
    }
    for (const auto &c : agent.capacities) {
        // One call at a time; at most ten chats, twenty of the others (the server's limits).
        const int most = c.channel == Channel::Voice ? 1 : c.channel == Channel::Chat ? 10 : 20;
        if (c.capacity < 0 || c.capacity > most) {
            capacities = tr("%1: capacity is 0 to %2.").arg(session::DirectoryAdmin::channelName(c.channel)).arg(most);
            break;
        }
    }
    AdminWorkspace::showError(m_skillsError, skills);
    AdminWorkspace::showError(m_capacitiesError, capacities);
    AdminWorkspace::showError(m_teamError, {});
    AdminWorkspace::showError(m_rolesError, !agent.isAgent && !agent.isSupervisor && !agent.isAdmin
                                                ? tr("Choose at least one role.") : QString());
    AdminWorkspace::showError(m_displayNameError, agent.displayName.size() > 128 ? tr("At most 128 characters.") : QString());
}

void AdminAgentsView::saveProfile()
{
    validateForm();
    if (m_skillsError->isVisible() || m_capacitiesError->isVisible() || m_rolesError->isVisible()
        || m_displayNameError->isVisible()) {
        AdminWorkspace::showError(m_status, tr("Not saved: fix the fields marked first."));
        return;
    }
    const QString userId = m_formUserId;
    if (!userFieldsChanged()) {
        saveProfileOnly(userId, {});
        return;
    }
    // The user first (identity, at the user's version), then the profile when it changed.
    const session::AdminAgent form = formProfile();
    session::DirectoryAdmin::UserRoles roles;
    roles.agent = form.isAgent;
    roles.supervisor = form.isSupervisor;
    roles.admin = form.isAdmin;
    const bool profileToo = profileFieldsChanged();
    m_save->setEnabled(false);
    m_savingProfile = true;
    m_directory.updateUser(userId, form.displayName, roles, form.disabled, m_formUserVersion,
        [this, userId, profileToo](const session::AdminResult &r) {
            m_save->setEnabled(true);
            m_savingProfile = false;
            if (userId != m_formUserId)
                return;
            if (r.ok) {
                m_formUserVersion = r.version;
                const QString saved = tr("Saved: user version %1.").arg(r.version);
                if (profileToo) {
                    saveProfileOnly(userId, saved);
                } else {
                    fillForm();
                    m_status->setText(saved);
                }
                return;
            }
            if (r.conflict()) {
                AdminWorkspace::showError(m_status, tr("Not saved: someone else changed this user. Reload it, "
                                                       "then apply your change again."));
                m_reload->show();
                return;
            }
            QLabel *label = r.field == QLatin1String("roles")          ? m_rolesError
                            : r.field == QLatin1String("display_name") ? m_displayNameError
                                                                       : nullptr;
            if (label) {
                AdminWorkspace::showError(label, r.fieldMessage);
                AdminWorkspace::showError(m_status, tr("The server refused the user: see the field marked."));
            } else {
                AdminWorkspace::showError(m_status, tr("Not saved: %1").arg(r.error));
            }
        });
}

void AdminAgentsView::saveProfileOnly(const QString &userId, const QString &savedUser)
{
    m_save->setEnabled(false);
    m_savingProfile = true;
    m_directory.saveAgentProfile(formProfile(), [this, userId, savedUser](const session::AdminResult &r) {
        m_save->setEnabled(true);
        m_savingProfile = false;
        if (userId != m_formUserId)
            return;
        if (r.ok) {
            fillForm();
            const QString saved = tr("Saved: profile version %1. Routing uses it for the next offer.").arg(r.version);
            m_status->setText(savedUser.isEmpty() ? saved : savedUser + QLatin1Char(' ') + saved);
            return;
        }
        if (r.conflict()) {
            AdminWorkspace::showError(m_status, tr("Not saved: someone else changed this agent's profile. Reload it, "
                                                   "then apply your change again."));
            m_reload->show();
            return;
        }
        QLabel *label = r.field.startsWith(QLatin1String("skills")) ? m_skillsError
            : r.field.startsWith(QLatin1String("capacities"))      ? m_capacitiesError
            : r.field.startsWith(QLatin1String("team"))            ? m_teamError
                                                                   : nullptr;
        if (label) {
            AdminWorkspace::showError(label, r.fieldMessage);
            AdminWorkspace::showError(m_status, tr("The server refused the profile: see the field marked."));
        } else {
            AdminWorkspace::showError(m_status, tr("Not saved: %1").arg(r.error));
        }
    });
}

void AdminAgentsView::bulk(bool remove)
{
    const QStringList ids = selectedUserIds();
    const QString skillId = m_bulkSkill->currentData().toString();
    if (ids.isEmpty() || skillId.isEmpty())
        return;
    const QString skillName = m_bulkSkill->currentText();
    const int proficiency = m_bulkProficiency->value();
    m_bulkGive->setEnabled(false);
    m_bulkTake->setEnabled(false);
    m_bulkStatus->setStyleSheet({});
    m_bulkStatus->setText(tr("Saving…"));
    m_bulkStatus->show();
    m_directory.bulkAssignSkill(ids, {skillId, proficiency}, remove,
        [this, ids, skillName, proficiency, remove](const session::AdminResult &r) {
            m_bulkGive->setEnabled(true);
            m_bulkTake->setEnabled(true);
            if (!r.ok) {
                AdminWorkspace::showError(m_bulkStatus, tr("Nothing changed: %1").arg(r.error));
                return;
            }
            m_bulkStatus->setStyleSheet({});
            const int n = int(ids.size());
            if (remove)
                m_bulkStatus->setText(n == 1 ? tr("Took %1 from 1 agent.").arg(skillName)
                                             : tr("Took %1 from %2 agents.").arg(skillName).arg(n));
            else
                m_bulkStatus->setText(n == 1 ? tr("Gave %1 at %2 to 1 agent.").arg(skillName).arg(proficiency)
                                             : tr("Gave %1 at %2 to %3 agents.").arg(skillName).arg(proficiency).arg(n));
            m_bulkStatus->show();
        });
}

void AdminAgentsView::importCsvFile(session::CsvKind kind, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        AdminWorkspace::showError(m_csvStatus, tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return;
    }
    const QString csv = QString::fromUtf8(file.readAll());
    QStringList lines = csv.split(QLatin1Char('\n'));
    for (QString &line : lines)
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    m_csvStatus->setStyleSheet({});
    m_csvStatus->setText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    m_csvStatus->show();
    m_directory.importCsv(kind, csv, false, [this, kind, path, lines](const session::CsvImportResult &result) {
        if (result.result.ok)
            m_csvStatus->setText((result.accepted == 1 ? tr("%1: 1 row imported").arg(QFileInfo(path).fileName())
                                                       : tr("%1: %2 rows imported").arg(QFileInfo(path).fileName()).arg(result.accepted))
                                 + (result.rejected.isEmpty() ? QString()
                                                              : tr(", %1 rejected").arg(result.rejected.size())));
        else
            AdminWorkspace::showError(m_csvStatus, tr("%1 was not imported: %2").arg(QFileInfo(path).fileName(), result.result.error));
        delete m_report;
        QHash<QString, QString> names;
        for (const auto &agent : m_directory.agents())
            names.insert(agent.userId, agent.username);
        m_report = new AdminCsvReportDialog(path, kind, result, lines, names, this);
        m_report->setAttribute(Qt::WA_DeleteOnClose);
        m_report->open();
        emit csvImported(result);
    });
}

void AdminAgentsView::exportCsvFile(session::CsvKind kind, const QString &path)
{
    m_directory.exportCsv(kind, [this, path](const QString &csv, const session::AdminResult &r) {
        QString error = r.ok ? QString() : r.error;
        if (error.isEmpty()) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0 || !file.commit())
                error = file.errorString();
        }
        if (error.isEmpty()) {
            m_csvStatus->setStyleSheet({});
            m_csvStatus->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
            m_csvStatus->show();
        } else {
            AdminWorkspace::showError(m_csvStatus, tr("Not exported: %1").arg(error));
        }
        emit exported(path, error);
    });
}

} // namespace app
