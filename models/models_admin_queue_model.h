#pragma once
// models::AdminQueueModel: the directory's queues with their main routing parameters
// (channels, required skills, priority, offer timeout, wrap-up, service level, hours),
// from session::DirectoryAdmin, kept current.

#include "models_admin_table_model.h"

namespace session { class DirectoryAdmin; }

namespace models {

class AdminQueueModel : public AdminTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ChannelsColumn, SkillsColumn, PriorityColumn, OfferTimeoutColumn, WrapUpColumn,
                  ServiceLevelColumn, HoursColumn, VersionColumn };
    explicit AdminQueueModel(session::DirectoryAdmin &admin, QObject *parent = nullptr);
    void refresh();

protected:
    QStringList headers() const override;

private:
    session::DirectoryAdmin &m_admin;
};

} // namespace models
