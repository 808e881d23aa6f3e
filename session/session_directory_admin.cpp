#include "session_directory_admin.h"

#include "session_connection.h"
#include "session_convert_p.h"
#include "session_event_stream.h"
#include "session_rpc_p.h"
#include "session_session.h"

#include "switchboard/v1/directory.grpc.pb.h"
#include "switchboard/v1/gateway.pb.h"
#include "switchboard/v1/identity.grpc.pb.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

namespace session {

namespace v1 = switchboard::v1;
using DirectoryStub = v1::DirectoryService::Stub;
using IdentityStub = v1::IdentityService::Stub;

namespace {

std::string s(const QString &text) { return text.toStdString(); }
QString q(const std::string &text) { return QString::fromStdString(text); }

rpc::Options options(const char *service = "directory")
{
    rpc::Options o;
    o.service = QString::fromLatin1(service);
    return o;
}

// The server says "field: what is wrong" for INVALID_ARGUMENT (and some names carry the
// entity, "queue.offer_timeout_seconds"); the field is what a view puts the sentence by.
AdminResult resultOf(const grpc::Status &status)
{
    AdminResult r;
    r.ok = status.ok();
    r.statusCode = int(status.error_code());
    r.error = describeStatus(status);
    if (!r.ok && status.error_code() == grpc::StatusCode::INVALID_ARGUMENT) {
        static const QRegularExpression fieldPattern(QStringLiteral("^([a-z_][a-z0-9_.\\[\\]]*):\\s*(.*)$"),
                                                     QRegularExpression::DotMatchesEverythingOption);
        const auto match = fieldPattern.match(r.error);
        if (match.hasMatch()) {
            QString field = match.captured(1);
            for (const char *prefix : {"queue.", "skill.", "profile.", "team.", "code.", "response.", "agent."})
                if (field.startsWith(QLatin1String(prefix)))
                    field = field.mid(int(qstrlen(prefix)));
            r.field = field;
            r.fieldMessage = match.captured(2);
        }
    }
    return r;
}

RoutingStrategy strategyOf(v1::RoutingStrategy strategy)
{
    switch (strategy) {
    case v1::ROUTING_STRATEGY_MOST_SKILLED: return RoutingStrategy::MostSkilled;
    case v1::ROUTING_STRATEGY_ROUND_ROBIN: return RoutingStrategy::RoundRobin;
    case v1::ROUTING_STRATEGY_FEWEST_ACTIVE: return RoutingStrategy::FewestActive;
    default: return RoutingStrategy::LongestIdle;
    }
}
v1::RoutingStrategy strategyOf(RoutingStrategy strategy)
{
    switch (strategy) {
    case RoutingStrategy::MostSkilled: return v1::ROUTING_STRATEGY_MOST_SKILLED;
    case RoutingStrategy::RoundRobin: return v1::ROUTING_STRATEGY_ROUND_ROBIN;
    case RoutingStrategy::FewestActive: return v1::ROUTING_STRATEGY_FEWEST_ACTIVE;
    case RoutingStrategy::LongestIdle: break;
    }
    return v1::ROUTING_STRATEGY_LONGEST_IDLE;
}
ServiceLevelVariant variantOf(v1::ServiceLevelVariant variant)
{
    return variant == v1::SERVICE_LEVEL_VARIANT_UNSPECIFIED ? ServiceLevelVariant::ExcludingShortAbandons
                                                           : ServiceLevelVariant(int(variant));
}
v1::ServiceLevelVariant variantOf(ServiceLevelVariant variant)
{
    return variant == ServiceLevelVariant::Unspecified ? v1::SERVICE_LEVEL_EXCLUDING_SHORT_ABANDONS
                                                       : v1::ServiceLevelVariant(int(variant));
}

AdminSkill fromProto(const v1::Skill &p) { return {q(p.id()), q(p.name()), q(p.description()), p.version()}; }
v1::Skill toProto(const AdminSkill &e)
{
    v1::Skill p;
    p.set_id(s(e.id));
    p.set_name(s(e.name));
    p.set_description(s(e.description));
    p.set_version(e.version);
    return p;
}

AdminQueue fromProto(const v1::Queue &p)
{
    AdminQueue e;
    e.id = q(p.id());
    e.name = q(p.name());
    for (int c : p.channels())
        e.channels << convert::channel(v1::Channel(c));
    for (const auto &r : p.required_skills())
        e.requiredSkills << SkillRequirement{q(r.skill_id()), r.min_proficiency()};
    for (const auto &r : p.relaxations())
        e.relaxations << SkillRelaxation{r.after_seconds(), q(r.skill_id()), r.min_proficiency()};
    e.priority = p.priority();
    e.offerTimeoutSeconds = p.offer_timeout_seconds();
    e.wrapUpSeconds = p.wrap_up_seconds();
    e.serviceLevelThresholdSeconds = p.service_level_threshold_seconds();
    e.shortAbandonSeconds = p.short_abandon_seconds();
    e.serviceLevelTarget = p.service_level_target();
    e.maxMissedOffers = p.max_missed_offers();
    e.strategy = strategyOf(p.strategy());
    e.serviceLevelVariant = variantOf(p.service_level_variant());
    e.timeZone = q(p.hours().time_zone());
    for (const auto &h : p.hours().weekly())
        e.weekly << WeeklyHours{h.day_of_week(), h.open_minute(), h.close_minute()};
    for (const auto &h : p.hours().holidays())
        e.holidays << Holiday{q(h.date()), q(h.name())};
    e.closedMessage = q(p.hours().closed_message());
    for (const auto &code : p.wrap_up_code_ids())
        e.wrapUpCodeIds << q(code);
    e.version = p.version();
    return e;
}
v1::Queue toProto(const AdminQueue &e)
{
    v1::Queue p;
    p.set_id(s(e.id));
    p.set_name(s(e.name));
    for (Channel c : e.channels)
        p.add_channels(convert::channel(c));
    for (const auto &r : e.requiredSkills) {
        auto *out = p.add_required_skills();
        out->set_skill_id(s(r.skillId));
        out->set_min_proficiency(r.minProficiency);
    }
    for (const auto &r : e.relaxations) {
        auto *out = p.add_relaxations();
        out->set_after_seconds(r.afterSeconds);
        out->set_skill_id(s(r.skillId));
        out->set_min_proficiency(r.minProficiency);
    }
    p.set_priority(e.priority);
    p.set_offer_timeout_seconds(e.offerTimeoutSeconds);
    p.set_wrap_up_seconds(e.wrapUpSeconds);
    p.set_service_level_threshold_seconds(e.serviceLevelThresholdSeconds);
    p.set_short_abandon_seconds(e.shortAbandonSeconds);
    p.set_service_level_target(e.serviceLevelTarget);
    p.set_max_missed_offers(e.maxMissedOffers);
    p.set_strategy(strategyOf(e.strategy));
    p.set_service_level_variant(variantOf(e.serviceLevelVariant));
    auto *hours = p.mutable_hours();
    hours->set_time_zone(s(e.timeZone));
    for (const auto &h : e.weekly) {
        auto *out = hours->add_weekly();
        out->set_day_of_week(h.dayOfWeek);
        out->set_open_minute(h.openMinute);
        out->set_close_minute(h.closeMinute);
    }
    for (const auto &h : e.holidays) {
        auto *out = hours->add_holidays();
        out->set_date(s(h.date));
        out->set_name(s(h.name));
    }
    hours->set_closed_message(s(e.closedMessage));
    for (const QString &code : e.wrapUpCodeIds)
        p.add_wrap_up_code_ids(s(code));
    p.set_version(e.version);
    return p;
}

void applyProfile(AdminAgent &a, const v1::AgentProfile &p)
{
    a.skills.clear();
    for (const auto &skill : p.skills())
        a.skills << AgentSkill{q(skill.skill_id()), skill.proficiency()};
    a.capacities.clear();
    for (const auto &c : p.capacities())
        a.capacities << ChannelCapacity{convert::channel(c.channel()), c.capacity()};
    a.voiceBlocksOtherChannels = p.voice_blocks_other_channels();
    a.teamId = q(p.team_id());
    a.profileVersion = p.version();
}
v1::AgentProfile profileOf(const AdminAgent &a)
{
    v1::AgentProfile p;
    p.set_user_id(s(a.userId));
    for (const auto &skill : a.skills) {
        auto *out = p.add_skills();
        out->set_skill_id(s(skill.skillId));
        out->set_proficiency(skill.proficiency);
    }
    for (const auto &c : a.capacities) {
        auto *out = p.add_capacities();
        out->set_channel(convert::channel(c.channel));
        out->set_capacity(c.capacity);
    }
    p.set_voice_blocks_other_channels(a.voiceBlocksOtherChannels);
    p.set_team_id(s(a.teamId));
    p.set_version(a.profileVersion);
    return p;
}
void applyUser(AdminAgent &a, const v1::User &u)
{
    a.userId = q(u.id());
    a.username = q(u.username());
    a.displayName = q(u.display_name());
    a.isAgent = a.isSupervisor = a.isAdmin = false;
    for (int role : u.roles()) {
        a.isAgent |= role == v1::ROLE_AGENT;
        a.isSupervisor |= role == v1::ROLE_SUPERVISOR;
        a.isAdmin |= role == v1::ROLE_ADMIN;
    }
    a.disabled = u.disabled();
    a.userVersion = u.version();
}

AdminTeam fromProto(const v1::Team &p)
{
    AdminTeam e{q(p.id()), q(p.name()), {}, p.version()};
    for (const auto &id : p.supervisor_user_ids())
        e.supervisorUserIds << q(id);
    return e;
}
v1::Team toProto(const AdminTeam &e)
{
    v1::Team p;
    p.set_id(s(e.id));
    p.set_name(s(e.name));
    for (const QString &id : e.supervisorUserIds)
        p.add_supervisor_user_ids(s(id));
    p.set_version(e.version);
    return p;
}
AdminReasonCode fromProto(const v1::ReasonCode &p) { return {q(p.id()), q(p.label()), p.paid(), p.version()}; }
v1::ReasonCode toProto(const AdminReasonCode &e)
{
    v1::ReasonCode p;
    p.set_id(s(e.id));
    p.set_label(s(e.label));
    p.set_paid(e.paid);
    p.set_version(e.version);
    return p;
}
AdminWrapUpCode fromProto(const v1::WrapUpCode &p) { return {q(p.id()), q(p.label()), p.version()}; }
v1::WrapUpCode toProto(const AdminWrapUpCode &e)
{
    v1::WrapUpCode p;
    p.set_id(s(e.id));
    p.set_label(s(e.label));
    p.set_version(e.version);
    return p;
}
AdminCannedResponse fromProto(const v1::CannedResponse &p)
{
    AdminCannedResponse e{q(p.id()), q(p.title()), q(p.text()), q(p.shortcut()), {}, p.version()};
    for (int c : p.channels())
        e.channels << convert::channel(v1::Channel(c));
    return e;
}
v1::CannedResponse toProto(const AdminCannedResponse &e)
{
    v1::CannedResponse p;
    p.set_id(s(e.id));
    p.set_title(s(e.title));
    p.set_text(s(e.text));
    p.set_shortcut(s(e.shortcut));
    for (Channel c : e.channels)
        p.add_channels(convert::channel(c));
    p.set_version(e.version);
    return p;
}

// Replaces or appends by id; a stored newer version wins over an older answer.
template<typename T>
void upsert(QList<T> &list, const T &entity)
{
    for (T &existing : list)
        if (existing.id == entity.id) {
            if (existing.version <= entity.version)
                existing = entity;
            return;
        }
    list.append(entity);
}
// A list answer may have left the server before a save this client already merged (a
// reload started by an earlier event): an entity's newer version here is kept, so that a
// stale list never takes back what the server already confirmed. (The save's own event
// reloads the list again.)
template<typename T>
QList<T> keepNewer(const QList<T> &current, QList<T> incoming)
{
    QHash<QString, const T *> byId;
    for (const T &e : current)
        byId.insert(e.id, &e);
    for (T &e : incoming)
        if (const T *mine = byId.value(e.id); mine && mine->version > e.version)
            e = *mine;
    return incoming;
}

// Identity's sentences name no field ("a username has 3 to 64 characters..."): the field
// is the one the sentence is about.
AdminResult userResultOf(const grpc::Status &status)
{
    AdminResult r = resultOf(status);
    if (r.ok)
        return r;
    const QString text = r.error.toLower();
    if (status.error_code() == grpc::StatusCode::ALREADY_EXISTS || text.contains(QLatin1String("username")))
        r.field = QStringLiteral("username");
    else if (text.contains(QLatin1String("password")))
        r.field = QStringLiteral("password");
    else if (text.contains(QLatin1String("role")))
        r.field = QStringLiteral("roles");
    else if (text.contains(QLatin1String("display name")) || text.contains(QLatin1String("display_name")))
        r.field = QStringLiteral("display_name");
    if (!r.field.isEmpty() && r.fieldMessage.isEmpty())
        r.fieldMessage = QString::fromStdString(status.error_message());
    return r;
}

template<typename T>
void eraseId(QList<T> &list, const QString &id)
{
    list.removeIf([&](const T &e) { return e.id == id; });
}

} // namespace

struct DirectoryAdmin::Private {
    explicit Private(Session &session) : session(session) {}

    Session &session;
    std::unique_ptr<DirectoryStub> directory;
    std::unique_ptr<IdentityStub> identity;
    QList<AdminSkill> skills;
    QList<AdminQueue> queues;
    QList<AdminAgent> agents;
    QList<AdminTeam> teams;
    QList<AdminReasonCode> reasonCodes;
    QList<AdminWrapUpCode> wrapUpCodes;
    QList<AdminCannedResponse> canned;
    bool wanted = false;
    int pending = 0;        // list calls of a load still out
    bool loaded = false;
    QString loadError;
    // Kinds announced since the last reload; reloaded together after a short pause so
    // that a bulk change (or a CSV import) is one reload, not one per row.
    QSet<QString> dirtyKinds;
    QTimer reloadTimer;
    // Agents: the users and the profiles of the last load, joined.
    QList<v1::User> users;
    QHash<QString, v1::AgentProfile> profiles;
    int agentLoads = 0;
};

DirectoryAdmin::DirectoryAdmin(Session &session, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(session))
{
    qRegisterMetaType<AdminResult>();
    d->directory = v1::DirectoryService::NewStub(session.connection().channel());
    d->identity = v1::IdentityService::NewStub(session.connection().channel());
    d->reloadTimer.setSingleShot(true);
    d->reloadTimer.setInterval(100);
    connect(&d->reloadTimer, &QTimer::timeout, this, [this] {
        const QSet<QString> kinds = std::exchange(d->dirtyKinds, {});
        auto any = [&](std::initializer_list<const char *> names) {
            for (const char *name : names)
                if (kinds.contains(QLatin1String(name)))
                    return true;
            return false;
        };
        auto done = [](bool) {};
        if (any({"skill"}))
            listSkills(done);
        if (any({"queue", "wrap_up_code"})) {
            listQueues(done);
            listCodes(done);
        } else if (any({"reason_code"})) {
            listCodes(done);
        }
        if (any({"team"}))
            listTeams(done);
        if (any({"canned_response"}))
            listCanned(done);
        if (any({"agent_profile", "user"}))
            listAgents(done);
    });
    connect(&session.events(), &EventStream::eventsReceived, this, [this](const EventBatchPtr &batch) {
        if (!d->wanted)
            return;
        for (const v1::Event &event : batch->events()) {
            if (event.has_directory_changed())
                d->dirtyKinds.insert(q(event.directory_changed().kind()));
            else if (event.has_user_changed())
                d->dirtyKinds.insert(QStringLiteral("user"));
        }
        if (!d->dirtyKinds.isEmpty() && !d->reloadTimer.isActive())
            d->reloadTimer.start();
    });
    connect(&session.events(), &EventStream::snapshotRequired, this, [this] {
        if (d->wanted)
            load();
    });
}

DirectoryAdmin::~DirectoryAdmin() = default;

bool DirectoryAdmin::isLoaded() const { return d->loaded; }
QString DirectoryAdmin::loadError() const { return d->loadError; }
const QList<AdminSkill> &DirectoryAdmin::skills() const { return d->skills; }
const QList<AdminQueue> &DirectoryAdmin::queues() const { return d->queues; }
const QList<AdminAgent> &DirectoryAdmin::agents() const { return d->agents; }
const QList<AdminTeam> &DirectoryAdmin::teams() const { return d->teams; }
const QList<AdminReasonCode> &DirectoryAdmin::reasonCodes() const { return d->reasonCodes; }
const QList<AdminWrapUpCode> &DirectoryAdmin::wrapUpCodes() const { return d->wrapUpCodes; }
const QList<AdminCannedResponse> &DirectoryAdmin::cannedResponses() const { return d->canned; }

QString DirectoryAdmin::skillName(const QString &id) const
{
    for (const AdminSkill &skill : d->skills)
        if (skill.id == id)
            return skill.name;
    return id;
}

QString DirectoryAdmin::teamName(const QString &id) const
{
    for (const AdminTeam &team : d->teams)
        if (team.id == id)
            return team.name;
    return id;
}

int DirectoryAdmin::indexOfQueue(const QString &id) const
{
    for (int i = 0; i < d->queues.size(); ++i)
        if (d->queues.at(i).id == id)
            return i;
    return -1;
}

int DirectoryAdmin::indexOfAgent(const QString &userId) const
{
    for (int i = 0; i < d->agents.size(); ++i)
        if (d->agents.at(i).userId == userId)
            return i;
    return -1;
}

QString DirectoryAdmin::channelName(Channel channel)
{
    switch (channel) {
    case Channel::Voice: return QCoreApplication::translate("session::DirectoryAdmin", "Voice");
    case Channel::Chat: return QCoreApplication::translate("session::DirectoryAdmin", "Chat");
    case Channel::Email: return QCoreApplication::translate("session::DirectoryAdmin", "E-mail");
    case Channel::Sms: return QCoreApplication::translate("session::DirectoryAdmin", "SMS");
    case Channel::Unspecified: break;
    }
    return {};
}

void DirectoryAdmin::load()
{
    d->wanted = true;
    d->pending = 6;
    d->loadError.clear();
    auto done = [this](bool ok) {
        if (d->pending <= 0)
            return;
        if (!ok) {
            d->pending = 0;
            emit loadFailed(d->loadError);
            return;
        }
        if (--d->pending == 0) {
            d->loaded = true;
            emit loaded();
        }
    };
    listSkills(done);
    listQueues(done);
    listTeams(done);
    listCodes(done);
    listCanned(done);
    listAgents(done);
}

// --- lists -----------------------------------------------------------------------------

void DirectoryAdmin::listSkills(const std::function<void(bool)> &done)
{
    rpc::unary(d->session.connection(), this, d->directory->async(), &DirectoryStub::async::ListSkills,
        v1::ListSkillsRequest(), [this, done](const grpc::Status &status, v1::ListSkillsResponse &response) {
            if (!status.ok()) {
                d->loadError = describeStatus(status);
                done(false);
                return;
            }
            decltype(d->skills) listed;
            for (const auto &p : response.skills())
                listed << fromProto(p);
            d->skills = keepNewer(d->skills, listed);
            emit skillsChanged();
            emit agentsChanged();   // skill names in the agents' rows
            done(true);
        },
        options());
}

void DirectoryAdmin::listQueues(const std::function<void(bool)> &done)
{
    rpc::unary(d->session.connection(), this, d->directory->async(), &DirectoryStub::async::ListQueues,
        v1::ListQueuesRequest(), [this, done](const grpc::Status &status, v1::ListQueuesResponse &response) {
            if (!status.ok()) {
                d->loadError = describeStatus(status);
                done(false);
                return;
            }
            decltype(d->queues) listed;
            for (const auto &p : response.queues())
                listed << fromProto(p);
            d->queues = keepNewer(d->queues, listed);
            emit queuesChanged();
            done(true);
        },
        options());
}

void DirectoryAdmin::listTeams(const std::function<void(bool)> &done)
{
    rpc::unary(d->session.connection(), this, d->directory->async(), &DirectoryStub::async::ListTeams,
        v1::ListTeamsRequest(), [this, done](const grpc::Status &status, v1::ListTeamsResponse &response) {
            if (!status.ok()) {
                d->loadError = describeStatus(status);
                done(false);
                return;
            }
            decltype(d->teams) listed;
            for (const auto &p : response.teams())
                listed << fromProto(p);
            d->teams = keepNewer(d->teams, listed);
            emit teamsChanged();
            emit agentsChanged();
            done(true);
        },
        options());
}

void DirectoryAdmin::listCodes(const std::function<void(bool)> &done)
{
    auto remaining = std::make_shared<int>(2);
    auto failed = std::make_shared<bool>(false);
    auto finish = [this, remaining, failed, done](bool ok) {
        if (*failed)
            return;
        if (!ok) {
            *failed = true;
            done(false);
            return;
        }
        if (--*remaining == 0) {
            emit codesChanged();
            done(true);
        }
    };
    rpc::unary(d->session.connection(), this, d->directory->async(), &DirectoryStub::async::ListReasonCodes,
        v1::ListReasonCodesRequest(), [this, finish](const grpc::Status &status, v1::ListReasonCodesResponse &response) {
            if (!status.ok()) {
                d->loadError = describeStatus(status);
                finish(false);
                return;
            }
            decltype(d->reasonCodes) listed;
            for (const auto &p : response.codes())
                listed << fromProto(p);
            d->reasonCodes = keepNewer(d->reasonCodes, listed);
            finish(true);
        },
        options());
    rpc::unary(d->session.connection(), this, d->directory->async(), &DirectoryStub::async::ListWrapUpCodes,
        v1::ListWrapUpCodesRequest(), [this, finish](const grpc::Status &status, v1::ListWrapUpCodesResponse &response) {
            if (!status.ok()) {
                d->loadError = describeStatus(status);
                finish(false);
                return;
            }
            decltype(d->wrapUpCodes) listed;
            for (const auto &p : response.codes())
                listed << fromProto(p);
            d->wrapUpCodes = keepNewer(d->wrapUpCodes, listed);
            finish(true);
        },
        options());
}

void DirectoryAdmin::listCanned(const std::function<void(bool)> &done)
{
    rpc::unary(d->session.connection(), this, d->directory->async(), &DirectoryStub::async::ListCannedResponses,
        v1::ListCannedResponsesRequest(),
        [this, done](const grpc::Status &status, v1::ListCannedResponsesResponse &response) {
            if (!status.ok()) {
                d->loadError = describeStatus(status);
                done(false);
                return;
            }
            decltype(d->canned) listed;
            for (const auto &p : response.responses())
                listed << fromProto(p);
            d->canned = keepNewer(d->canned, listed);
            emit cannedResponsesChanged();
            done(true);
        },
        options());
}

void DirectoryAdmin::listAgents(const std::function<void(bool)> &done)
{
    // Users (identity, paged) and profiles (directory); joined when both are in.
    const int round = ++d->agentLoads;
    auto users = std::make_shared<QList<v1::User>>();
    auto profiles = std::make_shared<QHash<QString, v1::AgentProfile>>();
    auto remaining = std::make_shared<int>(2);
    auto failed = std::make_shared<bool>(false);
    auto finish = [this, round, users, profiles, remaining, failed, done](bool ok) {
        if (*failed)
            return;
        if (!ok) {
            *failed = true;
            done(false);
            return;
        }
        if (--*remaining > 0)
            return;
        if (round != d->agentLoads) {
            done(true);     // a newer round is out: it will emit
            return;
        }
        QList<AdminAgent> agents;
        for (const v1::User &user : *users) {
            AdminAgent agent;
            applyUser(agent, user);
            if (!agent.isAgent && !profiles->contains(agent.userId))
                continue;   // only people routing may offer work to
            if (auto it = profiles->constFind(agent.userId); it != profiles->constEnd())
                applyProfile(agent, *it);
            agents << agent;
        }
        // As keepNewer(): a profile this client merged from a newer answer stays.
        for (AdminAgent &agent : agents) {
            const int i = indexOfAgent(agent.userId);
            if (i >= 0 && d->agents.at(i).profileVersion > agent.profileVersion) {
                const AdminAgent &mine = d->agents.at(i);
                agent.skills = mine.skills;
                agent.capacities = mine.capacities;
                agent.voiceBlocksOtherChannels = mine.voiceBlocksOtherChannels;
                agent.teamId = mine.teamId;
                agent.profileVersion = mine.profileVersion;
            }
            if (i >= 0 && d->agents.at(i).userVersion > agent.userVersion) {
                const AdminAgent &mine = d->agents.at(i);
                agent.displayName = mine.displayName;
                agent.isAgent = mine.isAgent;
                agent.isSupervisor = mine.isSupervisor;
                agent.isAdmin = mine.isAdmin;
                agent.disabled = mine.disabled;
                agent.userVersion = mine.userVersion;
            }
        }
        d->agents = agents;
        emit agentsChanged();
        done(true);
    };
    auto page = std::make_shared<std::function<void(const std::string &)>>();
    *page = [this, users, finish, page](const std::string &token) {
        v1::ListUsersRequest request;
        request.mutable_page()->set_page_size(1000);
        request.mutable_page()->set_page_token(token);
        rpc::unary(d->session.connection(), this, d->identity->async(), &IdentityStub::async::ListUsers, request,
            [this, users, finish, page](const grpc::Status &status, v1::ListUsersResponse &response) {
                if (!status.ok()) {
                    d->loadError = describeStatus(status);
                    finish(false);
                    *page = nullptr;
                    return;
                }
                for (const auto &user : response.users())
                    users->append(user);
                if (!response.page().next_page_token().empty()) {
                    (*page)(response.page().next_page_token());
                } else {
                    finish(true);
                    *page = nullptr;   // breaks the cycle
                }
            },
            options("identity"));
    };
    (*page)({});
    rpc::unary(d->session.connection(), this, d->directory->async(), &DirectoryStub::async::ListAgentProfiles,
        v1::ListAgentProfilesRequest(),
        [this, profiles, finish](const grpc::Status &status, v1::ListAgentProfilesResponse &response) {
            if (!status.ok()) {
                d->loadError = describeStatus(status);
                finish(false);
                return;
            }
            for (const auto &p : response.profiles())
                profiles->insert(q(p.user_id()), p);
            finish(true);
        },
        options());
}

// --- writes ----------------------------------------------------------------------------

void DirectoryAdmin::reloadQueue(const QString &id, std::function<void(const AdminQueue &, const AdminResult &)> done)
{
    v1::GetQueueRequest request;
    request.set_id(s(id));
    rpc::unary(d->session.connection(), this, d->directory->async(), &DirectoryStub::async::GetQueue, request,
        [this, done](const grpc::Status &status, v1::Queue &response) {
            AdminResult r = resultOf(status);
            AdminQueue queue;
            if (r.ok) {
                queue = fromProto(response);
                r.id = queue.id;
                r.version = queue.version;
                upsert(d->queues, queue);
                emit queuesChanged();
            }
            done(queue, r);
        },
        options());
}

void DirectoryAdmin::saveAgentProfile(const AdminAgent &agent, AdminCallback done)
{
    v1::UpsertAgentProfileRequest request;
    *request.mutable_profile() = profileOf(agent);
    rpc::unary(d->session.connection(), this, d->directory->async(), &DirectoryStub::async::UpsertAgentProfile, request,
        [this, done](const grpc::Status &status, v1::AgentProfile &response) {
            AdminResult r = resultOf(status);
            if (r.ok) {
                r.id = q(response.user_id());
                r.version = response.version();
                const int i = indexOfAgent(r.id);
                if (i >= 0 && d->agents[i].profileVersion <= response.version()) {
                    applyProfile(d->agents[i], response);
                    emit agentsChanged();
                }
            }
            done(r);
        },
        options());
}

namespace {
void setRoles(v1::User &user, DirectoryAdmin::UserRoles roles)
{
    if (roles.agent)
        user.add_roles(v1::ROLE_AGENT);
    if (roles.supervisor)
        user.add_roles(v1::ROLE_SUPERVISOR);
    if (roles.admin)
        user.add_roles(v1::ROLE_ADMIN);
}
// The answer's user into the agents: updated in place (a newer stored version wins), added
// when an agent and not listed yet, removed when neither an agent nor profiled any more.
// Whether anything changed.
bool mergeUser(QList<AdminAgent> &agents, const v1::User &user)
{
    for (int i = 0; i < agents.size(); ++i) {
        if (agents.at(i).userId != q(user.id()))
            continue;
        if (agents.at(i).userVersion > user.version())
            return false;
        applyUser(agents[i], user);
        if (!agents.at(i).isAgent && agents.at(i).profileVersion == 0)
            agents.removeAt(i);
        return true;
    }
    AdminAgent agent;
    applyUser(agent, user);
    if (!agent.isAgent)
        return false;
    agents << agent;
    return true;
}
} // namespace

void DirectoryAdmin::createUser(const QString &username, const QString &displayName, UserRoles roles,
                                const QString &password, AdminCallback done)
{
    v1::CreateUserRequest request;
    request.set_username(s(username));
    request.set_display_name(s(displayName));
    v1::User rolesOnly;
    setRoles(rolesOnly, roles);
    *request.mutable_roles() = rolesOnly.roles();
    request.set_password(s(password));
    rpc::unary(d->session.connection(), this, d->identity->async(), &IdentityStub::async::CreateUser, request,
        [this, done](const grpc::Status &status, v1::User &response) {
            AdminResult r = userResultOf(status);
            if (r.ok) {
                r.id = q(response.id());
                r.version = response.version();
                if (mergeUser(d->agents, response))
                    emit agentsChanged();
            }
            done(r);
        },
        options("identity"));
}

void DirectoryAdmin::updateUser(const QString &userId, const QString &displayName, UserRoles roles, bool disabled,
                                qint64 version, AdminCallback done)
{
    v1::UpdateUserRequest request;
    v1::User &user = *request.mutable_user();
    user.set_id(s(userId));
    user.set_display_name(s(displayName));
    setRoles(user, roles);
    user.set_disabled(disabled);
    user.set_version(version);
    rpc::unary(d->session.connection(), this, d->identity->async(), &IdentityStub::async::UpdateUser, request,
        [this, done](const grpc::Status &status, v1::User &response) {
            AdminResult r = userResultOf(status);
            if (r.ok) {
                r.id = q(response.id());
                r.version = response.version();
                if (mergeUser(d->agents, response))
                    emit agentsChanged();
            }
            done(r);
        },
        options("identity"));
}

void DirectoryAdmin::setPassword(const QString &userId, const QString &password, AdminCallback done)
{
    v1::SetPasswordRequest request;
    request.set_user_id(s(userId));
    request.set_new_password(s(password));
    rpc::unary(d->session.connection(), this, d->identity->async(), &IdentityStub::async::SetPassword, request,
        [done](const grpc::Status &status, v1::SetPasswordResponse &) {
            AdminResult r = userResultOf(status);
            r.id.clear();
            done(r);
        },
        options("identity"));
}

void DirectoryAdmin::bulkAssignSkill(const QStringList &userIds, const AgentSkill &skill, bool remove, AdminCallback done)
{
    v1::BulkAssignSkillRequest request;
    for (const QString &id : userIds)
        request.add_user_ids(s(id));
    request.mutable_skill()->set_skill_id(s(skill.skillId));
    request.mutable_skill()->set_proficiency(skill.proficiency);
    request.set_remove(remove);
    rpc::unary(d->session.connection(), this, d->directory->async(), &DirectoryStub::async::BulkAssignSkill, request,
        [this, done](const grpc::Status &status, v1::BulkAssignSkillResponse &response) {
            AdminResult r = resultOf(status);
            if (r.ok) {
                for (const auto &profile : response.profiles()) {
                    const int i = indexOfAgent(q(profile.user_id()));
                    if (i >= 0 && d->agents[i].profileVersion <= profile.version())
                        applyProfile(d->agents[i], profile);
                }
                emit agentsChanged();
            }
            done(r);
        },
        options());
}

// Save (create at version 0, else update) and delete of every directory entity kept in a
// list: the same shape for skills, queues, teams, codes and canned responses.
#define SB_SIMPLE_ENTITY(Entity, Proto, field, list, signal)                                                        \
    void DirectoryAdmin::save##Entity(const Admin##Entity &entity, AdminCallback done)                             \
    {                                                                                                              \
        auto answer = [this, done](const grpc::Status &status, v1::Proto &response) {                              \
            AdminResult r = resultOf(status);                                                                      \
            if (r.ok) {                                                                                            \
                r.id = q(response.id());                                                                           \
                r.version = response.version();                                                                    \
                upsert(d->list, fromProto(response));                                                              \
                emit signal();                                                                                     \
            }                                                                                                      \
            done(r);                                                                                               \
        };                                                                                                         \
        if (entity.version == 0) {                                                                                 \
            v1::Create##Proto##Request request;                                                                    \
            *request.mutable_##field() = toProto(entity);                                                          \
            rpc::unary(d->session.connection(), this, d->directory->async(), &DirectoryStub::async::Create##Proto, \
                       request, answer, options());                                                                \
        } else {                                                                                                   \
            v1::Update##Proto##Request request;                                                                    \
            *request.mutable_##field() = toProto(entity);                                                          \
            rpc::unary(d->session.connection(), this, d->directory->async(), &DirectoryStub::async::Update##Proto, \
                       request, answer, options());                                                                \
        }                                                                                                          \
    }                                                                                                              \
    void DirectoryAdmin::delete##Entity(const QString &id, qint64 version, AdminCallback done)                     \
    {                                                                                                              \
        v1::Delete##Proto##Request request;                                                                        \
        request.set_id(s(id));                                                                                     \
        request.set_version(version);                                                                              \
        rpc::unary(d->session.connection(), this, d->directory->async(), &DirectoryStub::async::Delete##Proto,     \
            request, [this, id, done](const grpc::Status &status, v1::DeleteResponse &) {                          \
                AdminResult r = resultOf(status);                                                                  \
                if (r.ok) {                                                                                        \
                    eraseId(d->list, id);                                                                          \
                    emit signal();                                                                                 \
                }                                                                                                  \
                done(r);                                                                                           \
            },                                                                                                     \
            options());                                                                                            \
    }

SB_SIMPLE_ENTITY(Skill, Skill, skill, skills, skillsChanged)
SB_SIMPLE_ENTITY(Queue, Queue, queue, queues, queuesChanged)
SB_SIMPLE_ENTITY(Team, Team, team, teams, teamsChanged)
SB_SIMPLE_ENTITY(ReasonCode, ReasonCode, code, reasonCodes, codesChanged)
SB_SIMPLE_ENTITY(WrapUpCode, WrapUpCode, code, wrapUpCodes, codesChanged)
SB_SIMPLE_ENTITY(CannedResponse, CannedResponse, response, canned, cannedResponsesChanged)
#undef SB_SIMPLE_ENTITY

void DirectoryAdmin::importCsv(CsvKind kind, const QString &csv, bool dryRun,
                               std::function<void(const CsvImportResult &)> done)
{
    v1::ImportCsvRequest request;
    request.set_kind(kind == CsvKind::Agents ? v1::CSV_KIND_AGENTS : v1::CSV_KIND_SKILLS);
    request.set_csv(s(csv));
    request.set_dry_run(dryRun);
    rpc::Options o = options();
    o.timeout = std::chrono::seconds(60);
    rpc::unary(d->session.connection(), this, d->directory->async(), &DirectoryStub::async::ImportCsv, request,
        [done](const grpc::Status &status, v1::ImportCsvResponse &response) {
            CsvImportResult result;
            result.result = resultOf(status);
            result.accepted = response.accepted();
            for (const auto &row : response.rejected())
                result.rejected << CsvRowError{row.line(), q(row.field()), q(row.message())};
            done(result);
        },
        o);
}

void DirectoryAdmin::exportCsv(CsvKind kind, std::function<void(const QString &, const AdminResult &)> done)
{
    v1::ExportCsvRequest request;
    request.set_kind(kind == CsvKind::Agents ? v1::CSV_KIND_AGENTS : v1::CSV_KIND_SKILLS);
    rpc::Options o = options();
    o.timeout = std::chrono::seconds(60);
    rpc::unary(d->session.connection(), this, d->directory->async(), &DirectoryStub::async::ExportCsv, request,
        [done](const grpc::Status &status, v1::ExportCsvResponse &response) {
            done(q(response.csv()), resultOf(status));
        },
        o);
}

// --- SelfProfile -----------------------------------------------------------------------

struct SelfProfile::Private {
    explicit Private(Session &session) : session(session) {}
    Session &session;
    std::unique_ptr<DirectoryStub> directory;
    QList<AgentSkill> skills;
    QList<ChannelCapacity> capacities;
    QHash<QString, QString> skillNames;
    qint64 version = 0;
    bool loaded = false;
    bool wanted = false;
    bool pending = false;
    bool again = false;
};

SelfProfile::SelfProfile(Session &session, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(session))
{
    d->directory = v1::DirectoryService::NewStub(session.connection().channel());
    connect(&session.events(), &EventStream::eventsReceived, this, [this](const EventBatchPtr &batch) {
        if (!d->wanted)
            return;
        for (const v1::Event &event : batch->events()) {
            if (!event.has_directory_changed())
                continue;
            const auto &changed = event.directory_changed();
            if (changed.kind() == "skill"
                || (changed.kind() == "agent_profile" && q(changed.id()) == d->session.userId())) {
                load();
                return;
            }
        }
    });
    connect(&session.events(), &EventStream::snapshotRequired, this, [this] {
        if (d->wanted)
            load();
    });
}

SelfProfile::~SelfProfile() = default;

void SelfProfile::load()
{
    d->wanted = true;
    if (d->pending) {
        d->again = true;
        return;
    }
    d->pending = true;
    rpc::unary(d->session.connection(), this, d->directory->async(), &DirectoryStub::async::ListSkills,
        v1::ListSkillsRequest(), [this](const grpc::Status &status, v1::ListSkillsResponse &response) {
            if (status.ok()) {
                d->skillNames.clear();
                for (const auto &skill : response.skills())
                    d->skillNames.insert(q(skill.id()), q(skill.name()));
            }
            v1::GetAgentProfileRequest request;
            request.set_user_id(s(d->session.userId()));
            rpc::unary(d->session.connection(), this, d->directory->async(), &DirectoryStub::async::GetAgentProfile,
                request, [this](const grpc::Status &status, v1::AgentProfile &response) {
                    d->pending = false;
                    if (status.ok()) {
                        AdminAgent agent;
                        applyProfile(agent, response);
                        d->skills = agent.skills;
                        d->capacities = agent.capacities;
                        d->version = agent.profileVersion;
                        d->loaded = true;
                        emit changed();
                    }
                    if (std::exchange(d->again, false))
                        load();
                },
                options());
        },
        options());
}

bool SelfProfile::isLoaded() const { return d->loaded; }
QList<AgentSkill> SelfProfile::skills() const { return d->skills; }
QList<ChannelCapacity> SelfProfile::capacities() const { return d->capacities; }
qint64 SelfProfile::version() const { return d->version; }

QString SelfProfile::skillsText() const
{
    QStringList parts;
    for (const AgentSkill &skill : d->skills)
        parts << QStringLiteral("%1 (%2)").arg(d->skillNames.value(skill.skillId, skill.skillId)).arg(skill.proficiency);
    return parts.join(QStringLiteral(", "));
}

QString SelfProfile::capacitiesText() const
{
    QStringList parts;
    for (const ChannelCapacity &c : d->capacities)
        parts << QStringLiteral("%1 %2").arg(DirectoryAdmin::channelName(c.channel)).arg(c.capacity);
    return parts.join(QStringLiteral(", "));
}

} // namespace session
