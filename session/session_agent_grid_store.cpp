#include "session_agent_grid_store.h"

#include "session_connection.h"
#include "session_convert_p.h"
#include "session_rpc_p.h"

#include "switchboard/v1/gateway.pb.h"
#include "switchboard/v1/routing.grpc.pb.h"

#include <QHash>

namespace session {

namespace v1 = switchboard::v1;
using RoutingStub = v1::RoutingService::Stub;

namespace {

AgentRow rowOf(const v1::AgentSnapshot &agent)
{
    AgentRow row;
    row.userId = QString::fromStdString(agent.user_id());
    row.username = QString::fromStdString(agent.username());
    row.state = convert::agentState(agent.state());
    row.reasonCodeId = QString::fromStdString(agent.reason_code_id());
    row.since = convert::dateTime(agent.state_since());
    row.nextState = convert::agentState(agent.next_state());
    row.nextReasonCodeId = QString::fromStdString(agent.next_reason_code_id());
    for (const v1::Interaction &interaction : agent.interactions()) {
        const auto state = interaction.state();
        if (state == v1::INTERACTION_STATE_OFFERED || state == v1::INTERACTION_STATE_ACTIVE
            || state == v1::INTERACTION_STATE_WRAP_UP) {
            ++row.interactions;
            row.interactionChannels << convert::channel(interaction.channel());
        }
    }
    for (const std::string &queue : agent.queue_ids())
        row.queueIds << QString::fromStdString(queue);
    row.teamId = QString::fromStdString(agent.team_id());
    return row;
}

bool sameRow(const AgentRow &a, const AgentRow &b)
{
    return a.username == b.username && a.state == b.state && a.reasonCodeId == b.reasonCodeId && a.since == b.since
        && a.nextState == b.nextState && a.nextReasonCodeId == b.nextReasonCodeId && a.interactions == b.interactions
        && a.interactionChannels == b.interactionChannels && a.queueIds == b.queueIds && a.teamId == b.teamId;
}

} // namespace

struct AgentGridStore::Private {
    explicit Private(Connection &connection) : connection(connection) {}

    Connection &connection;
    std::unique_ptr<RoutingStub> routing;
    QList<AgentRow> rows;
    QHash<QString, int> index;      // user id -> row
    bool loaded = false;
    bool wanted = false;            // load() was asked: reload on a snapshot

    // Changes in place, then the new agents appended in one block.
    void merge(AgentGridStore *q, const QList<AgentRow> &incoming)
    {
        QList<AgentRow> added;
        for (const AgentRow &row : incoming) {
            const auto it = index.constFind(row.userId);
            if (it == index.constEnd()) {
                bool again = false;
                for (AgentRow &pending : added)
                    if (pending.userId == row.userId) {
                        pending = row;      // the same agent twice in one batch: the last wins
                        again = true;
                    }
                if (!again)
                    added.append(row);
                continue;
            }
            if (!sameRow(rows.at(*it), row)) {
                rows[*it] = row;
                emit q->rowChanged(*it);
            }
        }
        if (added.isEmpty())
            return;
        const int first = int(rows.size());
        emit q->rowsAboutToBeAdded(first, first + int(added.size()) - 1);
        for (const AgentRow &row : std::as_const(added)) {
            index.insert(row.userId, int(rows.size()));
            rows.append(row);
        }
        emit q->rowsAdded(first, int(rows.size()) - 1);
    }
};

AgentGridStore::AgentGridStore(Connection &connection, EventStream &events, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(connection))
{
    d->routing = v1::RoutingService::NewStub(connection.channel());
    connect(&events, &EventStream::eventsReceived, this, [this](const EventBatchPtr &batch) {
        QList<AgentRow> changed;
        for (const v1::Event &event : batch->events())
            if (event.payload_case() == v1::Event::kAgentStateChanged)
                changed << rowOf(event.agent_state_changed().agent());
        if (!changed.isEmpty() && d->loaded)
            d->merge(this, changed);
    });
    connect(&events, &EventStream::snapshotRequired, this, [this] {
        if (d->wanted)
            load();
    });
}

AgentGridStore::~AgentGridStore() = default;

void AgentGridStore::load()
{
    d->wanted = true;
    rpc::Options options;
    options.service = QStringLiteral("routing");
    rpc::unary(d->connection, this, d->routing->async(), &RoutingStub::async::ListAgents, v1::ListAgentsRequest(),
        [this](const grpc::Status &status, v1::ListAgentsResponse &response) {
            if (!status.ok()) {
                emit loadFailed(describeStatus(status));
                return;
            }
            QList<AgentRow> rows;
            for (const v1::AgentSnapshot &agent : response.agents())
                rows << rowOf(agent);
            d->loaded = true;
            d->merge(this, rows);
            emit loaded();
        },
        options);
}

bool AgentGridStore::isLoaded() const { return d->loaded; }
int AgentGridStore::count() const { return int(d->rows.size()); }
const AgentRow &AgentGridStore::at(int row) const { return d->rows.at(row); }
int AgentGridStore::indexOf(const QString &userId) const { return d->index.value(userId, -1); }

} // namespace session
