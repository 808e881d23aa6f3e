#pragma once
// models::AdminAgentModel: the agents (identity's users with the agent role, or with a
// routing profile) with their roles, team, skills with proficiency and channel
// capacities, from session::DirectoryAdmin, kept current. Tags: "skill:<id>",
// "team:<id>" for AdminFilterProxy.

#include "models_admin_table_model.h"

namespace session { class DirectoryAdmin; }

namespace models {

class AdminAgentModel : public AdminTableModel {
    Q_OBJECT
public:
    enum Column { UsernameColumn, NameColumn, RolesColumn, TeamColumn, CapacitiesColumn, SkillsColumn };
    explicit AdminAgentModel(session::DirectoryAdmin &admin, QObject *parent = nullptr);
    void refresh();

protected:
    QStringList headers() const override;

private:
    session::DirectoryAdmin &m_admin;
};

} // namespace models
