#include "models_admin_code_model.h"

#include "session_directory_admin.h"

namespace models {

AdminCodeModel::AdminCodeModel(session::DirectoryAdmin &admin, QObject *parent)
    : AdminTableModel(parent), m_admin(admin)
{
    connect(&admin, &session::DirectoryAdmin::teamsChanged, this, &AdminCodeModel::refresh);
    connect(&admin, &session::DirectoryAdmin::codesChanged, this, &AdminCodeModel::refresh);
    connect(&admin, &session::DirectoryAdmin::cannedResponsesChanged, this, &AdminCodeModel::refresh);
    connect(&admin, &session::DirectoryAdmin::agentsChanged, this, &AdminCodeModel::refresh);
    connect(&admin, &session::DirectoryAdmin::queuesChanged, this, &AdminCodeModel::refresh);
    refresh();
}

void AdminCodeModel::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    // Different columns: the old rows go, the header changes, the new rows come.
    m_kind = kind;
    setRows({});
    retranslate();
    refresh();
}

QStringList AdminCodeModel::headers() const
{
    switch (m_kind) {
    case Kind::Teams: return {tr("Team"), tr("Agents"), tr("Id")};
    case Kind::ReasonCodes: return {tr("Reason"), tr("Paid"), tr("Id")};
    case Kind::WrapUpCodes: return {tr("Wrap-up code"), tr("Queues"), tr("Id")};
    case Kind::CannedResponses: return {tr("Title"), tr("Shortcut"), tr("Text")};
    }
    return {};
}

void AdminCodeModel::refresh()
{
    QList<Row> rows;
    switch (m_kind) {
    case Kind::Teams:
        for (const auto &team : m_admin.teams()) {
            int agents = 0;
            for (const auto &agent : m_admin.agents())
                agents += agent.teamId == team.id;
            rows << Row{team.id, {team.name, agents, team.id}, {}, {}, team.version};
        }
        break;
    case Kind::ReasonCodes:
        for (const auto &code : m_admin.reasonCodes())
            rows << Row{code.id, {code.label, code.paid ? tr("paid") : tr("unpaid"), code.id}, {}, {}, code.version};
        break;
    case Kind::WrapUpCodes:
        for (const auto &code : m_admin.wrapUpCodes()) {
            QStringList queues;
            for (const auto &queue : m_admin.queues())
                if (queue.wrapUpCodeIds.contains(code.id))
                    queues << queue.name;
            rows << Row{code.id, {code.label, queues.join(QStringLiteral(", ")), code.id}, {}, {}, code.version};
        }
        break;
    case Kind::CannedResponses:
        for (const auto &response : m_admin.cannedResponses())
            rows << Row{response.id, {response.title, response.shortcut, response.text}, {{}, {}, response.text}, {},
                        response.version};
        break;
    }
    setRows(rows);
}

} // namespace models
