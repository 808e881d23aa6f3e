#pragma once
// models::AdminSkillModel: the directory's skills (name, description, how many agents
// have it, how many queues require it), from session::DirectoryAdmin, kept current.

#include "models_admin_table_model.h"

namespace session { class DirectoryAdmin; }

namespace models {

class AdminSkillModel : public AdminTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, DescriptionColumn, AgentsColumn, QueuesColumn, IdColumn };
    explicit AdminSkillModel(session::DirectoryAdmin &admin, QObject *parent = nullptr);
    void refresh();

protected:
    QStringList headers() const override;

private:
    session::DirectoryAdmin &m_admin;
};

} // namespace models
