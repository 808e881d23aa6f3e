#include "models_admin_agent_model.h"

#include "session_directory_admin.h"

namespace models {

AdminAgentModel::AdminAgentModel(session::DirectoryAdmin &admin, QObject *parent)
    : AdminTableModel(parent), m_admin(admin)
{
    connect(&admin, &session::DirectoryAdmin::agentsChanged, this, &AdminAgentModel::refresh);
    connect(&admin, &session::DirectoryAdmin::skillsChanged, this, &AdminAgentModel::refresh);
    connect(&admin, &session::DirectoryAdmin::teamsChanged, this, &AdminAgentModel::refresh);
    refresh();
}

QStringList AdminAgentModel::headers() const
{
    return {tr("User"), tr("Name"), tr("Roles"), tr("Team"), tr("Capacities"), tr("Skills")};
}

void AdminAgentModel::refresh()
{
    QList<Row> rows;
    for (const session::AdminAgent &agent : m_admin.agents()) {
        Row row;
        row.key = agent.userId;
        QStringList roles, skills, capacities;
        if (agent.isAgent) roles << tr("agent");
        if (agent.isSupervisor) roles << tr("supervisor");
        if (agent.isAdmin) roles << tr("admin");
        if (agent.disabled) roles << tr("disabled");
        for (const auto &skill : agent.skills) {
            skills << tr("%1 (%2)").arg(m_admin.skillName(skill.skillId)).arg(skill.proficiency);
            row.tags << QStringLiteral("skill:") + skill.skillId;
        }
        for (const auto &c : agent.capacities)
            capacities << tr("%1 %2").arg(session::DirectoryAdmin::channelName(c.channel)).arg(c.capacity);
        if (!agent.teamId.isEmpty())
            row.tags << QStringLiteral("team:") + agent.teamId;
        row.cells = {agent.username, agent.displayName, roles.join(QStringLiteral(", ")),
                     agent.teamId.isEmpty() ? QString() : m_admin.teamName(agent.teamId),
                     capacities.isEmpty() ? tr("defaults") : capacities.join(QStringLiteral(", ")),
                     skills.join(QStringLiteral(", "))};
        row.tooltips = {agent.userId};
        row.version = agent.profileVersion;
        rows << row;
    }
    setRows(rows);
}

} // namespace models
