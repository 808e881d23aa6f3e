#include "models_admin_queue_model.h"

#include "session_directory_admin.h"

namespace models {

AdminQueueModel::AdminQueueModel(session::DirectoryAdmin &admin, QObject *parent)
    : AdminTableModel(parent), m_admin(admin)
{
    connect(&admin, &session::DirectoryAdmin::queuesChanged, this, &AdminQueueModel::refresh);
    connect(&admin, &session::DirectoryAdmin::skillsChanged, this, &AdminQueueModel::refresh);
    refresh();
}

QStringList AdminQueueModel::headers() const
{
    return {tr("Queue"), tr("Channels"), tr("Required skills"), tr("Priority"), tr("Offer timeout"),
            tr("Wrap-up"), tr("Service level"), tr("Hours"), tr("Version")};
}

void AdminQueueModel::refresh()
{
    QList<Row> rows;
    for (const session::AdminQueue &queue : m_admin.queues()) {
        QStringList channels, skills;
        for (session::Channel c : queue.channels)
            channels << session::DirectoryAdmin::channelName(c);
        Row row;
        row.key = queue.id;
        for (const auto &r : queue.requiredSkills) {
            skills << tr("%1 ≥ %2").arg(m_admin.skillName(r.skillId)).arg(r.minProficiency);
            row.tags << QStringLiteral("skill:") + r.skillId;
        }
        const QString hours = queue.timeZone.isEmpty() && queue.weekly.isEmpty()
            ? tr("always open")
            : (queue.weekly.size() == 1 ? tr("1 day a week") : tr("%1 days a week").arg(queue.weekly.size()))
                + (queue.holidays.isEmpty() ? QString()
                   : queue.holidays.size() == 1 ? tr(", 1 holiday") : tr(", %1 holidays").arg(queue.holidays.size()));
        row.cells = {queue.name,
                     channels.join(QStringLiteral(", ")),
                     skills.join(QStringLiteral(", ")),
                     queue.priority,
                     tr("%1 s").arg(queue.offerTimeoutSeconds),
                     tr("%1 s").arg(queue.wrapUpSeconds),
                     tr("%1 % in %2 s").arg(qRound(queue.serviceLevelTarget * 100)).arg(queue.serviceLevelThresholdSeconds),
                     hours,
                     queue.version};
        row.version = queue.version;
        rows << row;
    }
    setRows(rows);
}

} // namespace models
