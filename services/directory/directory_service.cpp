#include "directory_service.h"

#include "directory_entity_store.h"

#include "runtime_auth.h"
#include "runtime_unary.h"
#include "runtime_bus.h"
#include "switchboard/v1/directory.grpc.pb.h"
#include "switchboard/v1/gateway.pb.h"

#include <google/protobuf/util/time_util.h>

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <set>
#include <thread>

namespace directory {

namespace v1 = switchboard::v1;
using grpc::Status;
using grpc::StatusCode;

namespace {

Status invalid(const std::string &field, const std::string &message)
{
    return Status(StatusCode::INVALID_ARGUMENT, field + ": " + message);
}

std::string trimmed(const std::string &text)
{
    const auto begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos)
        return {};
    return text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1);
}

Status checkName(const std::string &field, const std::string &value, size_t maxLength = 64)
{
    const std::string name = trimmed(value);
    if (name.empty())
        return invalid(field, "is required");
    if (name.size() > maxLength)
        return invalid(field, "is longer than " + std::to_string(maxLength) + " characters");
    return Status::OK;
}

// What the generic create/update/delete need to know about each kind of entity.
template<typename T> struct Kind;
template<> struct Kind<v1::Skill> {
    static constexpr const char *name = "skill";
    static std::string label(const v1::Skill &e) { return trimmed(e.name()); }
};
template<> struct Kind<v1::Queue> {
    static constexpr const char *name = "queue";
    static std::string label(const v1::Queue &e) { return trimmed(e.name()); }
};
template<> struct Kind<v1::Team> {
    static constexpr const char *name = "team";
    static std::string label(const v1::Team &e) { return trimmed(e.name()); }
};
template<> struct Kind<v1::ReasonCode> {
    static constexpr const char *name = "reason_code";
    static std::string label(const v1::ReasonCode &e) { return trimmed(e.label()); }
};
template<> struct Kind<v1::WrapUpCode> {
    static constexpr const char *name = "wrap_up_code";
    static std::string label(const v1::WrapUpCode &e) { return trimmed(e.label()); }
};
template<> struct Kind<v1::CannedResponse> {
    static constexpr const char *name = "canned_response";
    static std::string label(const v1::CannedResponse &e) { return trimmed(e.title()); }
};

template<typename T>
std::vector<T> parseAll(const std::vector<std::string> &documents)
{
    std::vector<T> result(documents.size());
    for (size_t i = 0; i < documents.size(); ++i)
        result[i].ParseFromString(documents[i]);
    return result;
}

} // namespace

class Service::Impl final : public v1::DirectoryService::CallbackService {
public:
    explicit Impl(const runtime::ServiceContext &context)
        : m_context(context), m_entities(context.options.dataDir + "/directory.db")
    {
        // Every service's audit entries end up here: ListAuditEntries is the one log.
        m_auditWriter = std::thread([this] { writeAudits(); });
        m_subscription = context.bus.subscribe([this](const v1::Event &event) {
            if (!event.has_audit_recorded() || event.audit_recorded().id().empty()
                || event.audit_recorded().service() == "directory" || event.audit_recorded().service().empty())
                return;
            std::lock_guard lock(m_auditMutex);
            m_pendingAudits.push_back(event.audit_recorded());
            m_auditWake.notify_one();
        });
    }

    ~Impl() override { stopAudits(); }

    // Stops taking bus events and writes what is still queued.
    void stopAudits()
    {
        m_subscription.reset();
        {
            std::lock_guard lock(m_auditMutex);
            m_auditStop = true;
            m_auditWake.notify_one();
        }
        if (m_auditWriter.joinable())
            m_auditWriter.join();
    }

    EntityStore &entities() { return m_entities; }

    // --- generic entity operations -------------------------------------------------

    template<typename T>
    bool exists(const std::string &id)
    {
        return m_entities.get(Kind<T>::name, id).has_value();
    }

    template<typename T>
    Status create(const runtime::Caller &caller, T entity, T *out)
    {
        if (Status s = validate(entity); !s.ok())
            return s;
        const std::string kind = Kind<T>::name;
        return m_entities.store().transaction([&]() -> Status {
            if (entity.id().empty())
                entity.set_id(runtime::newId(kind));
            else if (exists<T>(entity.id()))
                return Status(StatusCode::ALREADY_EXISTS, kind + " '" + entity.id() + "' already exists");
            if (Status s = validateReferences(entity); !s.ok())
                return s;
            if (m_entities.nameTaken(kind, Kind<T>::label(entity), entity.id()))
                return Status(StatusCode::ALREADY_EXISTS,
                              "a " + kind + " named '" + Kind<T>::label(entity) + "' already exists");
            entity.set_version(1);
            m_entities.put(kind, entity.id(), Kind<T>::label(entity), entity.version(), entity);
            m_entities.audit(caller.userId, caller.username, kind + ".create", kind + ":" + entity.id(),
                             "created '" + Kind<T>::label(entity) + "'");
            *out = entity;
            return Status::OK;
        });
    }

    template<typename T>
    Status update(const runtime::Caller &caller, T entity, T *out)
    {
        const std::string kind = Kind<T>::name;
        if (entity.id().empty())
            return invalid("id", "is required to update a " + kind);
        if (Status s = validate(entity); !s.ok())
            return s;
        return m_entities.store().transaction([&]() -> Status {
            const auto stored = m_entities.get(kind, entity.id());
            if (!stored)
                return Status(StatusCode::NOT_FOUND, kind + " '" + entity.id() + "' does not exist");
            T current;
            current.ParseFromString(*stored);
            if (entity.version() != current.version())
                return Status(StatusCode::ABORTED,
                              "someone else changed this " + kind + " (you edited version "
                                  + std::to_string(entity.version()) + ", it is now version "
                                  + std::to_string(current.version()) + "): reload it and apply your change again");
            if (Status s = validateReferences(entity); !s.ok())
                return s;
            if (m_entities.nameTaken(kind, Kind<T>::label(entity), entity.id()))
                return Status(StatusCode::ALREADY_EXISTS,
                              "a " + kind + " named '" + Kind<T>::label(entity) + "' already exists");
            entity.set_version(current.version() + 1);
            m_entities.put(kind, entity.id(), Kind<T>::label(entity), entity.version(), entity);
            m_entities.audit(caller.userId, caller.username, kind + ".update", kind + ":" + entity.id(),
                             "updated '" + Kind<T>::label(entity) + "' to version " + std::to_string(entity.version()));
            *out = entity;
            return Status::OK;
        });
    }

    template<typename T>
    Status remove(const runtime::Caller &caller, const std::string &id, std::int64_t version)
    {
        const std::string kind = Kind<T>::name;
        if (id.empty())
            return invalid("id", "is required");
        return m_entities.store().transaction([&]() -> Status {
            const auto stored = m_entities.get(kind, id);
            if (!stored)
                return Status(StatusCode::NOT_FOUND, kind + " '" + id + "' does not exist");
            T current;
            current.ParseFromString(*stored);
            if (version != current.version())
                return Status(StatusCode::ABORTED, "someone else changed this " + kind + " (version "
                                                       + std::to_string(current.version())
                                                       + " now): reload it before deleting");
            if (const std::string users = usersOf<T>(id); !users.empty())
                return Status(StatusCode::FAILED_PRECONDITION,
                              "cannot delete " + kind + " '" + Kind<T>::label(current) + "': in use by " + users);
            m_entities.remove(kind, id);
            m_entities.audit(caller.userId, caller.username, kind + ".delete", kind + ":" + id,
                             "deleted '" + Kind<T>::label(current) + "'");
            return Status::OK;
        });
    }

    template<typename T>
    std::vector<T> listAll()
    {
        return m_entities.store().read([&] { return parseAll<T>(m_entities.list(Kind<T>::name)); });
    }

    void announce(const std::string &kind, const std::string &id, std::int64_t version, bool deleted,
                  const std::string &topic = "all")
    {
        v1::Event event;
        event.set_topic(topic);
        auto *changed = event.mutable_directory_changed();
        changed->set_kind(kind);
        changed->set_id(id);
        changed->set_version(version);
        changed->set_deleted(deleted);
        m_context.bus.publish(std::move(event));
    }

    // --- validation ------------------------------------------------------------------

    Status validate(const v1::Skill &e) { return checkName("name", e.name()); }
    Status validate(const v1::Team &e) { return checkName("name", e.name()); }
    Status validate(const v1::ReasonCode &e) { return checkName("label", e.label()); }
    Status validate(const v1::WrapUpCode &e) { return checkName("label", e.label()); }
    Status validate(const v1::CannedResponse &e)
    {
        if (Status s = checkName("title", e.title()); !s.ok())
            return s;
        if (trimmed(e.text()).empty())
            return invalid("text", "is required");
        if (e.text().size() > 4000)
            return invalid("text", "is longer than 4000 characters");
        return Status::OK;
    }
    Status validate(v1::Queue &q)
    {
        if (Status s = checkName("name", q.name()); !s.ok())
            return s;
        if (q.channels_size() == 0)
            return invalid("channels", "a queue takes at least one channel");
        std::set<int> channels;
        for (int c : q.channels()) {
            if (c == v1::CHANNEL_UNSPECIFIED || !v1::Channel_IsValid(c))
                return invalid("channels", "unknown channel " + std::to_string(c));
            if (!channels.insert(c).second)
                return invalid("channels", "lists " + v1::Channel_Name(c) + " twice");
        }
        std::set<std::string> skills;
        for (const auto &r : q.required_skills()) {
            if (r.skill_id().empty())
                return invalid("required_skills", "a requirement names no skill");
            if (r.min_proficiency() < 1 || r.min_proficiency() > 10)
                return invalid("required_skills", "minimum proficiency must be 1 to 10");
            if (!skills.insert(r.skill_id()).second)
                return invalid("required_skills", "skill '" + r.skill_id() + "' is required twice");
        }
        for (const auto &r : q.relaxations()) {
            if (r.after_seconds() <= 0)
                return invalid("relaxations", "after_seconds must be positive");
            if (!skills.contains(r.skill_id()))
                return invalid("relaxations", "relaxes skill '" + r.skill_id() + "', which the queue does not require");
            if (r.min_proficiency() < 0 || r.min_proficiency() > 10)
                return invalid("relaxations", "the relaxed minimum must be 0 (drop) to 10");
        }
        auto range = [](const std::string &field, int value, int low, int high) {
            return value < low || value > high
                ? invalid(field, "must be between " + std::to_string(low) + " and " + std::to_string(high))
                : Status::OK;
        };
        // Zero means "the default" for these, so an admin only sets what they care about.
        if (q.offer_timeout_seconds() == 0) q.set_offer_timeout_seconds(20);
        if (q.service_level_threshold_seconds() == 0) q.set_service_level_threshold_seconds(20);
        if (q.service_level_target() == 0) q.set_service_level_target(0.8);
        if (q.max_missed_offers() == 0) q.set_max_missed_offers(3);
        if (q.strategy() == v1::ROUTING_STRATEGY_UNSPECIFIED) q.set_strategy(v1::ROUTING_STRATEGY_LONGEST_IDLE);
        if (q.service_level_variant() == v1::SERVICE_LEVEL_VARIANT_UNSPECIFIED)
            q.set_service_level_variant(v1::SERVICE_LEVEL_EXCLUDING_SHORT_ABANDONS);
        for (const Status &s : {range("priority", q.priority(), 0, 100),
                                range("offer_timeout_seconds", q.offer_timeout_seconds(), 5, 600),
                                range("wrap_up_seconds", q.wrap_up_seconds(), 0, 3600),
                                range("service_level_threshold_seconds", q.service_level_threshold_seconds(), 1, 3600),
                                range("short_abandon_seconds", q.short_abandon_seconds(), 0, 60),
                                range("max_missed_offers", q.max_missed_offers(), 1, 10)})
            if (!s.ok())
                return s;
        if (q.service_level_target() < 0 || q.service_level_target() > 1)
            return invalid("service_level_target", "must be between 0 and 1 (e.g. 0.8 for 80 %)");
        if (!v1::RoutingStrategy_IsValid(q.strategy()))
            return invalid("strategy", "unknown strategy");
        if (!v1::ServiceLevelVariant_IsValid(q.service_level_variant()))
            return invalid("service_level_variant", "unknown service-level formula");
        for (const auto &h : q.hours().weekly()) {
            if (h.day_of_week() < 1 || h.day_of_week() > 7)
                return invalid("hours", "day_of_week must be 1 (Monday) to 7 (Sunday)");
            if (h.open_minute() < 0 || h.close_minute() > 24 * 60 || h.open_minute() >= h.close_minute())
                return invalid("hours", "opening must be before closing, within the day");
        }
        return Status::OK;
    }
    Status validate(const v1::AgentProfile &p)
    {
        if (p.user_id().empty())
            return invalid("user_id", "is required");
        std::set<std::string> skills;
        for (const auto &s : p.skills()) {
            if (s.proficiency() < 1 || s.proficiency() > 10)
                return invalid("skills", "proficiency must be 1 to 10");
            if (!skills.insert(s.skill_id()).second)
                return invalid("skills", "skill '" + s.skill_id() + "' is listed twice");
        }
        for (const auto &c : p.capacities()) {
            if (c.channel() == v1::CHANNEL_UNSPECIFIED || !v1::Channel_IsValid(c.channel()))
                return invalid("capacities", "unknown channel");
            if (c.capacity() < 0 || c.capacity() > 20)
                return invalid("capacities", "capacity must be 0 to 20");
        }
        return Status::OK;
    }

    // References are checked inside the write transaction.
    template<typename T>
    Status validateReferences(const T &) { return Status::OK; }
    Status validateReferences(const v1::Queue &q)
    {
        for (const auto &r : q.required_skills())
            if (!exists<v1::Skill>(r.skill_id()))
                return invalid("required_skills", "skill '" + r.skill_id() + "' does not exist");
        for (const auto &code : q.wrap_up_code_ids())
            if (!exists<v1::WrapUpCode>(code))
                return invalid("wrap_up_code_ids", "wrap-up code '" + code + "' does not exist");
        return Status::OK;
    }
    Status validateReferences(const v1::AgentProfile &p)
    {
        for (const auto &s : p.skills())
            if (!exists<v1::Skill>(s.skill_id()))
                return invalid("skills", "skill '" + s.skill_id() + "' does not exist");
        if (!p.team_id().empty() && !exists<v1::Team>(p.team_id()))
            return invalid("team_id", "team '" + p.team_id() + "' does not exist");
        return Status::OK;
    }

    // Who uses an entity, for refusing its deletion; empty when nobody does.
    template<typename T>
    std::string usersOf(const std::string &) { return {}; }

    std::string describeUsers(std::vector<std::string> names)
    {
        std::string out;
        const size_t shown = std::min<size_t>(names.size(), 5);
        for (size_t i = 0; i < shown; ++i)
            out += (i ? ", " : "") + names[i];
        if (names.size() > shown)
            out += " and " + std::to_string(names.size() - shown) + " more";
        return out;
    }

    // --- RPCs --------------------------------------------------------------------------

    using Reactor = grpc::ServerUnaryReactor;

    template<typename Fn>
    Reactor *handle(grpc::CallbackServerContext *context, std::initializer_list<v1::Role> roles, Fn &&fn)
    {
        return runtime::answerUnary(context, m_context.auth, roles, "directory store", std::forward<Fn>(fn));
    }

    template<typename T>
    Reactor *createRpc(grpc::CallbackServerContext *ctx, const T &entity, T *out)
    {
        return handle(ctx, {v1::ROLE_ADMIN}, [&](const runtime::Caller &caller) {
            Status s = create(caller, entity, out);
            if (s.ok())
                announce(Kind<T>::name, out->id(), out->version(), false);
            return s;
        });
    }
    template<typename T>
    Reactor *updateRpc(grpc::CallbackServerContext *ctx, const T &entity, T *out)
    {
        return handle(ctx, {v1::ROLE_ADMIN}, [&](const runtime::Caller &caller) {
            Status s = update(caller, entity, out);
            if (s.ok())
                announce(Kind<T>::name, out->id(), out->version(), false);
            return s;
        });
    }
    template<typename T, typename Request>
    Reactor *deleteRpc(grpc::CallbackServerContext *ctx, const Request &request)
    {
        return handle(ctx, {v1::ROLE_ADMIN}, [&](const runtime::Caller &caller) {
            Status s = remove<T>(caller, request.id(), request.version());
            if (s.ok())
                announce(Kind<T>::name, request.id(), request.version(), true);
            return s;
        });
    }

    Reactor *ListSkills(grpc::CallbackServerContext *ctx, const v1::ListSkillsRequest *req,
                        v1::ListSkillsResponse *resp) override
    {
        return handle(ctx, {}, [&](const runtime::Caller &) {
            for (auto &skill : listAll<v1::Skill>())
                if (req->filter().empty() || skill.name().find(req->filter()) != std::string::npos)
                    *resp->add_skills() = std::move(skill);
            return Status::OK;
        });
    }
    Reactor *CreateSkill(grpc::CallbackServerContext *ctx, const v1::CreateSkillRequest *req, v1::Skill *resp) override
    {
        return createRpc(ctx, req->skill(), resp);
    }
    Reactor *UpdateSkill(grpc::CallbackServerContext *ctx, const v1::UpdateSkillRequest *req, v1::Skill *resp) override
    {
        return updateRpc(ctx, req->skill(), resp);
    }
    Reactor *DeleteSkill(grpc::CallbackServerContext *ctx, const v1::DeleteSkillRequest *req,
                         v1::DeleteResponse *) override
    {
        return deleteRpc<v1::Skill>(ctx, *req);
    }

    Reactor *ListQueues(grpc::CallbackServerContext *ctx, const v1::ListQueuesRequest *req,
                        v1::ListQueuesResponse *resp) override
    {
        return handle(ctx, {}, [&](const runtime::Caller &) {
            for (auto &queue : listAll<v1::Queue>())
                if (req->filter().empty() || queue.name().find(req->filter()) != std::string::npos)
                    *resp->add_queues() = std::move(queue);
            return Status::OK;
        });
    }
    Reactor *GetQueue(grpc::CallbackServerContext *ctx, const v1::GetQueueRequest *req, v1::Queue *resp) override
    {
        return handle(ctx, {}, [&](const runtime::Caller &) {
            if (req->id().empty())
                return invalid("id", "is required");
            const auto stored = m_entities.store().read([&] { return m_entities.get("queue", req->id()); });
            if (!stored)
                return Status(StatusCode::NOT_FOUND, "queue '" + req->id() + "' does not exist");
            resp->ParseFromString(*stored);
            return Status::OK;
        });
    }
    Reactor *CreateQueue(grpc::CallbackServerContext *ctx, const v1::CreateQueueRequest *req, v1::Queue *resp) override
    {
        return createRpc(ctx, req->queue(), resp);
    }
    Reactor *UpdateQueue(grpc::CallbackServerContext *ctx, const v1::UpdateQueueRequest *req, v1::Queue *resp) override
    {
        return updateRpc(ctx, req->queue(), resp);
    }
    Reactor *DeleteQueue(grpc::CallbackServerContext *ctx, const v1::DeleteQueueRequest *req,
                         v1::DeleteResponse *) override
    {
        return deleteRpc<v1::Queue>(ctx, *req);
    }

    Reactor *ListTeams(grpc::CallbackServerContext *ctx, const v1::ListTeamsRequest *, v1::ListTeamsResponse *resp) override
    {
        return handle(ctx, {}, [&](const runtime::Caller &) {
            for (auto &team : listAll<v1::Team>())
                *resp->add_teams() = std::move(team);
            return Status::OK;
        });
    }
    Reactor *CreateTeam(grpc::CallbackServerContext *ctx, const v1::CreateTeamRequest *req, v1::Team *resp) override
    {
        return createRpc(ctx, req->team(), resp);
    }
    Reactor *UpdateTeam(grpc::CallbackServerContext *ctx, const v1::UpdateTeamRequest *req, v1::Team *resp) override
    {
        return updateRpc(ctx, req->team(), resp);
    }
    Reactor *DeleteTeam(grpc::CallbackServerContext *ctx, const v1::DeleteTeamRequest *req,
                        v1::DeleteResponse *) override
    {
        return deleteRpc<v1::Team>(ctx, *req);
    }

    Reactor *ListReasonCodes(grpc::CallbackServerContext *ctx, const v1::ListReasonCodesRequest *,
                             v1::ListReasonCodesResponse *resp) override
    {
        return handle(ctx, {}, [&](const runtime::Caller &) {
            for (auto &code : listAll<v1::ReasonCode>())
                *resp->add_codes() = std::move(code);
            return Status::OK;
        });
    }
    Reactor *CreateReasonCode(grpc::CallbackServerContext *ctx, const v1::CreateReasonCodeRequest *req,
                              v1::ReasonCode *resp) override
    {
        return createRpc(ctx, req->code(), resp);
    }
    Reactor *UpdateReasonCode(grpc::CallbackServerContext *ctx, const v1::UpdateReasonCodeRequest *req,
                              v1::ReasonCode *resp) override
    {
        return updateRpc(ctx, req->code(), resp);
    }
    Reactor *DeleteReasonCode(grpc::CallbackServerContext *ctx, const v1::DeleteReasonCodeRequest *req,
                              v1::DeleteResponse *) override
    {
        return deleteRpc<v1::ReasonCode>(ctx, *req);
    }

    Reactor *ListWrapUpCodes(grpc::CallbackServerContext *ctx, const v1::ListWrapUpCodesRequest *req,
                             v1::ListWrapUpCodesResponse *resp) override
    {
        return handle(ctx, {}, [&](const runtime::Caller &) {
            std::set<std::string> allowed;
            if (!req->queue_id().empty()) {
                const auto stored = m_entities.store().read([&] { return m_entities.get("queue", req->queue_id()); });
                if (!stored)
                    return Status(StatusCode::NOT_FOUND, "queue '" + req->queue_id() + "' does not exist");
                v1::Queue queue;
                queue.ParseFromString(*stored);
                allowed.insert(queue.wrap_up_code_ids().begin(), queue.wrap_up_code_ids().end());
            }
            for (auto &code : listAll<v1::WrapUpCode>())
                if (req->queue_id().empty() || allowed.contains(code.id()))
                    *resp->add_codes() = std::move(code);
            return Status::OK;
        });
    }
    Reactor *CreateWrapUpCode(grpc::CallbackServerContext *ctx, const v1::CreateWrapUpCodeRequest *req,
                              v1::WrapUpCode *resp) override
    {
        return createRpc(ctx, req->code(), resp);
    }
    Reactor *UpdateWrapUpCode(grpc::CallbackServerContext *ctx, const v1::UpdateWrapUpCodeRequest *req,
                              v1::WrapUpCode *resp) override
    {
        return updateRpc(ctx, req->code(), resp);
    }
    Reactor *DeleteWrapUpCode(grpc::CallbackServerContext *ctx, const v1::DeleteWrapUpCodeRequest *req,
                              v1::DeleteResponse *) override
    {
        return deleteRpc<v1::WrapUpCode>(ctx, *req);
    }

    Reactor *ListCannedResponses(grpc::CallbackServerContext *ctx, const v1::ListCannedResponsesRequest *req,
                                 v1::ListCannedResponsesResponse *resp) override
    {
        return handle(ctx, {}, [&](const runtime::Caller &) {
            for (auto &response : listAll<v1::CannedResponse>()) {
                const bool forChannel = req->channel() == v1::CHANNEL_UNSPECIFIED || response.channels_size() == 0
                    || std::find(response.channels().begin(), response.channels().end(), req->channel())
                        != response.channels().end();
                if (forChannel)
                    *resp->add_responses() = std::move(response);
            }
            return Status::OK;
        });
    }
    Reactor *CreateCannedResponse(grpc::CallbackServerContext *ctx, const v1::CreateCannedResponseRequest *req,
                                  v1::CannedResponse *resp) override
    {
        return createRpc(ctx, req->response(), resp);
    }
    Reactor *UpdateCannedResponse(grpc::CallbackServerContext *ctx, const v1::UpdateCannedResponseRequest *req,
                                  v1::CannedResponse *resp) override
    {
        return updateRpc(ctx, req->response(), resp);
    }
    Reactor *DeleteCannedResponse(grpc::CallbackServerContext *ctx, const v1::DeleteCannedResponseRequest *req,
                                  v1::DeleteResponse *) override
    {
        return deleteRpc<v1::CannedResponse>(ctx, *req);
    }

    Reactor *ListAgentProfiles(grpc::CallbackServerContext *ctx, const v1::ListAgentProfilesRequest *req,
                               v1::ListAgentProfilesResponse *resp) override
    {
        return handle(ctx, {v1::ROLE_SUPERVISOR, v1::ROLE_ADMIN}, [&](const runtime::Caller &) {
            const auto profiles =
                m_entities.store().read([&] { return parseAll<v1::AgentProfile>(m_entities.list("agent_profile")); });
            for (const auto &profile : profiles) {
                if (!req->team_id().empty() && profile.team_id() != req->team_id())
                    continue;
                if (!req->skill_id().empty()
                    && std::none_of(profile.skills().begin(), profile.skills().end(),
                                    [&](const auto &s) { return s.skill_id() == req->skill_id(); }))
                    continue;
                *resp->add_profiles() = profile;
            }
            return Status::OK;
        });
    }
    Reactor *GetAgentProfile(grpc::CallbackServerContext *ctx, const v1::GetAgentProfileRequest *req,
                             v1::AgentProfile *resp) override
    {
        return handle(ctx, {}, [&](const runtime::Caller &caller) {
            const std::string userId = req->user_id().empty() ? caller.userId : req->user_id();
            if (userId != caller.userId && !caller.hasRole(v1::ROLE_SUPERVISOR) && !caller.hasRole(v1::ROLE_ADMIN))
                return Status(StatusCode::PERMISSION_DENIED, "agents may only read their own profile");
            const auto stored = m_entities.store().read([&] { return m_entities.get("agent_profile", userId); });
            if (stored)
                resp->ParseFromString(*stored);
            else
                resp->set_user_id(userId);   // nobody configured this agent yet: defaults
            return Status::OK;
        });
    }
    Reactor *UpsertAgentProfile(grpc::CallbackServerContext *ctx, const v1::UpsertAgentProfileRequest *req,
                                v1::AgentProfile *resp) override
    {
        return handle(ctx, {v1::ROLE_ADMIN}, [&](const runtime::Caller &caller) {
            v1::AgentProfile profile = req->profile();
            if (Status s = validate(profile); !s.ok())
                return s;
            Status status = m_entities.store().transaction([&]() -> Status {
                const auto stored = m_entities.get("agent_profile", profile.user_id());
                std::int64_t current = 0;
                if (stored) {
                    v1::AgentProfile existing;
                    existing.ParseFromString(*stored);
                    current = existing.version();
                }
                if (profile.version() != current)
                    return Status(StatusCode::ABORTED, "someone else changed this agent's profile (now version "
                                                           + std::to_string(current) + "): reload it and apply your change again");
                if (Status s = validateReferences(profile); !s.ok())
                    return s;
                profile.set_version(current + 1);
                m_entities.put("agent_profile", profile.user_id(), profile.user_id(), profile.version(), profile);
                m_entities.audit(caller.userId, caller.username, "agent_profile.update",
                                 "user:" + profile.user_id(), "profile version " + std::to_string(profile.version()));
                return Status::OK;
            });
            if (status.ok()) {
                *resp = profile;
                announce("agent_profile", profile.user_id(), profile.version(), false, "user:" + profile.user_id());
                announce("agent_profile", profile.user_id(), profile.version(), false, "role:supervisor");
            }
            return status;
        });
    }

    Reactor *ListAuditEntries(grpc::CallbackServerContext *ctx, const v1::ListAuditEntriesRequest *req,
                              v1::ListAuditEntriesResponse *resp) override
    {
        return handle(ctx, {v1::ROLE_SUPERVISOR, v1::ROLE_ADMIN}, [&](const runtime::Caller &) {
            const int pageSize = req->page().page_size() <= 0 ? 100 : std::min(req->page().page_size(), 1000);
            std::int64_t before = INT64_MAX;
            if (!req->page().page_token().empty()) {
                try {
                    before = std::stoll(req->page().page_token());
                } catch (const std::exception &) {
                    return invalid("page.page_token", "is not a token this server gave out");
                }
            }
            const std::int64_t sinceMs = req->has_since()
                ? google::protobuf::util::TimeUtil::TimestampToMilliseconds(req->since())
                : 0;
            m_entities.store().read([&] {
                auto statement = m_entities.store().prepare(
                    "SELECT seq, id, at_ms, actor_id, actor_name, action, target, details, service FROM audit "
                    "WHERE seq < ?1 AND at_ms >= ?2 AND (?3 = '' OR action LIKE '%' || ?3 || '%' OR "
                    "target LIKE '%' || ?3 || '%' OR details LIKE '%' || ?3 || '%' OR actor_name LIKE '%' || ?3 || '%' "
                    "OR service LIKE '%' || ?3 || '%') "
                    "ORDER BY seq DESC LIMIT ?4");
                statement.bind(1, before).bind(2, sinceMs).bind(3, req->search()).bind(4, pageSize + 1);
                std::int64_t lastSeq = 0;
                while (statement.step()) {
                    if (resp->entries_size() == pageSize) {
                        resp->mutable_page()->set_next_page_token(std::to_string(lastSeq));
                        break;
                    }
                    lastSeq = statement.integer(0);
                    auto *entry = resp->add_entries();
                    entry->set_id(statement.text(1));
                    *entry->mutable_at() = google::protobuf::util::TimeUtil::MillisecondsToTimestamp(statement.integer(2));
                    entry->mutable_actor()->set_user_id(statement.text(3));
                    entry->mutable_actor()->set_username(statement.text(4));
                    entry->set_service(statement.text(8));
                    entry->set_action(statement.text(5));
                    entry->set_target(statement.text(6));
                    entry->set_details(statement.text(7));
                }
            });
            return Status::OK;
        });
    }

private:
    // The bus handler only queues (it must be quick); this thread writes in batches.
    void writeAudits()
    {
        std::unique_lock lock(m_auditMutex);
        for (;;) {
            m_auditWake.wait(lock, [this] { return m_auditStop || !m_pendingAudits.empty(); });
            if (m_pendingAudits.empty() && m_auditStop)
                return;
            std::deque<v1::AuditEntry> batch;
            batch.swap(m_pendingAudits);
            lock.unlock();
            try {
                m_entities.store().transaction([&] {
                    for (const v1::AuditEntry &entry : batch)
                        m_entities.addForeignAudit({entry.id(),
                                                    google::protobuf::util::TimeUtil::TimestampToMilliseconds(entry.at()),
                                                    entry.actor().user_id(), entry.actor().username(), entry.service(),
                                                    entry.action(), entry.target(), entry.details()});
                });
            } catch (const std::exception &e) {
                std::fprintf(stderr, "directory: cannot store %zu audit entries: %s\n", batch.size(), e.what());
            }
            lock.lock();
        }
    }

    const runtime::ServiceContext &m_context;
    EntityStore m_entities;
    std::mutex m_auditMutex;
    std::condition_variable m_auditWake;
    std::deque<v1::AuditEntry> m_pendingAudits;
    bool m_auditStop = false;
    std::thread m_auditWriter;
    std::unique_ptr<runtime::Bus::Subscription> m_subscription;
};

template<>
std::string Service::Impl::usersOf<v1::Skill>(const std::string &id)
{
    std::vector<std::string> users;
    for (const auto &queue : parseAll<v1::Queue>(m_entities.list("queue")))
        for (const auto &r : queue.required_skills())
            if (r.skill_id() == id)
                users.push_back("queue '" + queue.name() + "'");
    for (const auto &profile : parseAll<v1::AgentProfile>(m_entities.list("agent_profile")))
        for (const auto &s : profile.skills())
            if (s.skill_id() == id)
                users.push_back("agent " + profile.user_id());
    return describeUsers(std::move(users));
}

template<>
std::string Service::Impl::usersOf<v1::WrapUpCode>(const std::string &id)
{
    std::vector<std::string> users;
    for (const auto &queue : parseAll<v1::Queue>(m_entities.list("queue")))
        for (const auto &code : queue.wrap_up_code_ids())
            if (code == id)
                users.push_back("queue '" + queue.name() + "'");
    return describeUsers(std::move(users));
}

template<>
std::string Service::Impl::usersOf<v1::Team>(const std::string &id)
{
    std::vector<std::string> users;
    for (const auto &profile : parseAll<v1::AgentProfile>(m_entities.list("agent_profile")))
        if (profile.team_id() == id)
            users.push_back("agent " + profile.user_id());
    return describeUsers(std::move(users));
}

Service::Service(const runtime::ServiceContext &context) : d(std::make_unique<Impl>(context)) {}
Service::~Service() = default;

grpc::Service *Service::grpcService()
{
    return d.get();
}

void Service::stop()
{
    d->stopAudits();
    d->entities().store().flush();
}

void Service::seedDemo()
{
    runtime::Caller seeder;
    seeder.username = "seed-demo";
    auto ensure = [&](auto entity) {
        using T = decltype(entity);
        if (d->entities().store().read([&] { return d->template exists<T>(entity.id()); }))
            return;
        T created;
        const Status s = d->create(seeder, entity, &created);
        if (!s.ok())
            throw std::runtime_error("seeding " + entity.id() + ": " + s.error_message());
    };
    auto skill = [](const char *id, const char *name) {
        v1::Skill s;
        s.set_id(id);
        s.set_name(name);
        return s;
    };
    ensure(skill("skill-english", "English"));
    ensure(skill("skill-german", "German"));
    ensure(skill("skill-billing", "Billing"));
    ensure(skill("skill-tech", "Technical support"));

    auto wrapUp = [](const char *id, const char *label) {
        v1::WrapUpCode c;
        c.set_id(id);
        c.set_label(label);
        return c;
    };
    ensure(wrapUp("wrap-resolved", "Resolved"));
    ensure(wrapUp("wrap-follow-up", "Follow-up needed"));
    ensure(wrapUp("wrap-escalated", "Escalated"));
    ensure(wrapUp("wrap-sale", "Sale"));

    auto reason = [](const char *id, const char *label, bool paid) {
        v1::ReasonCode c;
        c.set_id(id);
        c.set_label(label);
        c.set_paid(paid);
        return c;
    };
    ensure(reason("reason-break", "Break", true));
    ensure(reason("reason-lunch", "Lunch", false));
    ensure(reason("reason-training", "Training", true));
    ensure(reason("reason-meeting", "Meeting", true));

    v1::Team team;
    team.set_id("team-blue");
    team.set_name("Team Blue");
    ensure(team);

    auto queue = [](const char *id, const char *name, std::initializer_list<v1::Channel> channels,
                    const char *skillId, int priority) {
        v1::Queue q;
        q.set_id(id);
        q.set_name(name);
        for (auto c : channels)
            q.add_channels(c);
        auto *r = q.add_required_skills();
        r->set_skill_id(skillId);
        r->set_min_proficiency(3);
        auto *relax = q.add_relaxations();
        relax->set_after_seconds(60);
        relax->set_skill_id(skillId);
        relax->set_min_proficiency(1);
        q.set_priority(priority);
        q.set_wrap_up_seconds(30);
        q.set_short_abandon_seconds(5);
        for (const char *code : {"wrap-resolved", "wrap-follow-up", "wrap-escalated"})
            q.add_wrap_up_code_ids(code);
        return q;
    };
    ensure(queue("queue-support", "Support", {v1::CHANNEL_CHAT, v1::CHANNEL_EMAIL, v1::CHANNEL_VOICE}, "skill-tech", 10));
    ensure(queue("queue-billing", "Billing", {v1::CHANNEL_VOICE, v1::CHANNEL_EMAIL, v1::CHANNEL_SMS}, "skill-billing", 20));
    ensure(queue("queue-sales", "Sales", {v1::CHANNEL_CHAT, v1::CHANNEL_VOICE, v1::CHANNEL_SMS}, "skill-english", 30));

    v1::CannedResponse greeting;
    greeting.set_id("canned-greeting");
    greeting.set_title("Greeting");
    greeting.set_text("Hello, thank you for contacting us. How can I help you today?");
    greeting.set_shortcut("/hi");
    ensure(greeting);
}

} // namespace directory
