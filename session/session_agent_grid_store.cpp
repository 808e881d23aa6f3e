#include "session_agent_grid_store.h"

#include "session_connection.h"
#include "session_convert_p.h"
#include "session_rpc_p.h"

#include "switchboard/v1/directory.grpc.pb.h"
#include "switchboard/v1/gateway.pb.h"
#include "switchboard/v1/routing.grpc.pb.h"

#include <QHash>

namespace session {

namespace v1 = switchboard::v1;
using RoutingStub = v1::RoutingService::Stub;
using DirectoryStub = v1::DirectoryService::Stub;

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
            row.held << convert::interaction(interaction);
        }
    }
    for (const std::string &queue : agent.queue_ids())
        row.queueIds << QString::fromStdString(queue);
    row.teamId = QString::fromStdString(agent.team_id());
    return row;
}

bool sameHeld(const QList<Interaction> &a, const QList<Interaction> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].id != b[i].id || a[i].state != b[i].state || a[i].customer.displayName != b[i].customer.displayName)
            return false;
    return true;
}

bool sameRow(const AgentRow &a, const AgentRow &b)
{
    return a.username == b.username && a.state == b.state && a.reasonCodeId == b.reasonCodeId && a.since == b.since
        && a.nextState == b.nextState && a.nextReasonCodeId == b.nextReasonCodeId && a.interactions == b.interactions
        && a.interactionChannels == b.interactionChannels && a.queueIds == b.queueIds && a.teamId == b.teamId
        && a.teamName == b.teamName && a.skills == b.skills && sameHeld(a.held, b.held);
}

} // namespace

struct AgentGridStore::Private {
    explicit Private(Connection &connection) : connection(connection) {}

    Connection &connection;
    std::unique_ptr<RoutingStub> routing;
    std::unique_ptr<DirectoryStub> directory;
    QList<AgentRow> rows;
    // From the directory: skills per agent (skill id, proficiency), skill and team names.
    QHash<QString, QList<QPair<QString, int>>> profileSkills;
    QHash<QString, QString> skillNames;
    QHash<QString, QString> teamNames;
    bool directoryPending = false;

    // Adds the directory's names to a row from routing.
    void decorate(AgentRow &row) const
    {
        row.teamName = teamNames.value(row.teamId);
        row.skills.clear();
        for (const auto &[skill, proficiency] : profileSkills.value(row.userId))
            row.skills << QStringLiteral("%1 (%2)").arg(skillNames.value(skill, skill)).arg(proficiency);
    }

    // After the directory answered: every row decorated again, changed rows signalled.
    void redecorate(AgentGridStore *q)
    {
        for (int i = 0; i < rows.size(); ++i) {
            AgentRow row = rows.at(i);
            decorate(row);
            if (!sameRow(rows.at(i), row)) {
                rows[i] = row;
                emit q->rowChanged(i);
            }
        }
    }
    QHash<QString, int> index;      // user id -> row
    bool loaded = false;
    bool wanted = false;            // load() was asked: reload on a snapshot

    // Changes in place, then the new agents appended in one block.
    void merge(AgentGridStore *q, const QList<AgentRow> &incoming)
    {
        QList<AgentRow> added;
        for (AgentRow row : incoming) {
            decorate(row);
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
    d->directory = v1::DirectoryService::NewStub(connection.channel());
    connect(&events, &EventStream::eventsReceived, this, [this](const EventBatchPtr &batch) {
        QList<AgentRow> changed;
        bool directoryChanged = false;
        for (const v1::Event &event : batch->events()) {
            if (event.payload_case() == v1::Event::kAgentStateChanged) {
                changed << rowOf(event.agent_state_changed().agent());
            } else if (event.payload_case() == v1::Event::kDirectoryChanged) {
                const std::string &kind = event.directory_changed().kind();
                directoryChanged |= kind == "agent_profile" || kind == "skill" || kind == "team";
            }
        }
        if (!changed.isEmpty() && d->loaded)
            d->merge(this, changed);
        if (directoryChanged && d->wanted)
            loadDirectory();
    });
    connect(&events, &EventStream::snapshotRequired, this, [this] {
        if (d->wanted)
            load();
    });
}

AgentGridStore::~AgentGridStore() = default;

void AgentGridStore::loadDirectory()
{
    if (d->directoryPending)
        return;     // one round at a time; the next change asks again
    d->directoryPending = true;
    // Skills, then teams, then profiles: the rows are decorated once, when all are in.
    auto profiles = std::make_shared<QHash<QString, QList<QPair<QString, int>>>>();
    auto skills = std::make_shared<QHash<QString, QString>>();
    auto teams = std::make_shared<QHash<QString, QString>>();
    rpc::Options options;
    options.service = QStringLiteral("directory");
    auto finish = [this, profiles, skills, teams] {
        d->directoryPending = false;
        d->profileSkills = *profiles;
        d->skillNames = *skills;
        d->teamNames = *teams;
        d->redecorate(this);
        emit directoryLoaded();
    };
    auto loadProfiles = [this, profiles, options, finish] {
        rpc::unary(d->connection, this, d->directory->async(), &DirectoryStub::async::ListAgentProfiles,
            v1::ListAgentProfilesRequest(),
            [this, profiles, finish](const grpc::Status &status, v1::ListAgentProfilesResponse &response) {
                if (!status.ok()) {
                    d->directoryPending = false;
                    return;
                }
                for (const v1::AgentProfile &profile : response.profiles()) {
                    auto &list = (*profiles)[QString::fromStdString(profile.user_id())];
                    for (const v1::AgentSkill &skill : profile.skills())
                        list.append({QString::fromStdString(skill.skill_id()), skill.proficiency()});
                }
                finish();
            },
            options);
    };
    auto loadTeams = [this, teams, options, loadProfiles] {
        rpc::unary(d->connection, this, d->directory->async(), &DirectoryStub::async::ListTeams, v1::ListTeamsRequest(),
            [this, teams, loadProfiles](const grpc::Status &status, v1::ListTeamsResponse &response) {
                if (!status.ok()) {
                    d->directoryPending = false;
                    return;
                }
                for (const v1::Team &team : response.teams())
                    teams->insert(QString::fromStdString(team.id()), QString::fromStdString(team.name()));
                loadProfiles();
            },
            options);
    };
    rpc::unary(d->connection, this, d->directory->async(), &DirectoryStub::async::ListSkills, v1::ListSkillsRequest(),
        [this, skills, loadTeams](const grpc::Status &status, v1::ListSkillsResponse &response) {
            if (!status.ok()) {
                d->directoryPending = false;
                return;
            }
            for (const v1::Skill &skill : response.skills())
                skills->insert(QString::fromStdString(skill.id()), QString::fromStdString(skill.name()));
            loadTeams();
        },
        options);
}

void AgentGridStore::load()
{
    loadDirectory();
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
