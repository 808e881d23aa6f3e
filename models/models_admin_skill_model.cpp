#include "models_admin_skill_model.h"

#include "session_directory_admin.h"

namespace models {

AdminSkillModel::AdminSkillModel(session::DirectoryAdmin &admin, QObject *parent)
    : AdminTableModel(parent), m_admin(admin)
{
    connect(&admin, &session::DirectoryAdmin::skillsChanged, this, &AdminSkillModel::refresh);
    connect(&admin, &session::DirectoryAdmin::agentsChanged, this, &AdminSkillModel::refresh);
    connect(&admin, &session::DirectoryAdmin::queuesChanged, this, &AdminSkillModel::refresh);
    refresh();
}

QStringList AdminSkillModel::headers() const
{
    return {tr("Skill"), tr("Description"), tr("Agents"), tr("Queues"), tr("Id")};
}

void AdminSkillModel::refresh()
{
    QList<Row> rows;
    for (const session::AdminSkill &skill : m_admin.skills()) {
        int agents = 0, queues = 0;
        for (const auto &agent : m_admin.agents())
            for (const auto &s : agent.skills)
                agents += s.skillId == skill.id;
        for (const auto &queue : m_admin.queues())
            for (const auto &r : queue.requiredSkills)
                queues += r.skillId == skill.id;
        Row row;
        row.key = skill.id;
        row.cells = {skill.name, skill.description, agents, queues, skill.id};
        row.version = skill.version;
        rows << row;
    }
    setRows(rows);
}

} // namespace models
