#include "directory_service.h"

#include "directory_entity_store.h"

#include "runtime_auth.h"
#include "runtime_unary.h"
#include "runtime_bus.h"
#include "switchboard/v1/catalog.grpc.pb.h"
#include "switchboard/v1/directory.grpc.pb.h"
#include "switchboard/v1/identity.grpc.pb.h"
#include "switchboard/v1/routing.grpc.pb.h"
#include "switchboard/v1/gateway.pb.h"

#include <google/protobuf/util/time_util.h>

#include <QDate>
#include <QTimeZone>

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
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
    static constexpr const char *human = "skill";
    static constexpr const char *field = "skill";
    static constexpr const char *name = "skill";
    static std::string label(const v1::Skill &e) { return trimmed(e.name()); }
};
template<> struct Kind<v1::Queue> {
    static constexpr const char *human = "queue";
    static constexpr const char *field = "queue";
    static constexpr const char *name = "queue";
    static std::string label(const v1::Queue &e) { return trimmed(e.name()); }
};
template<> struct Kind<v1::Team> {
    static constexpr const char *human = "team";
    static constexpr const char *field = "team";
    static constexpr const char *name = "team";
    static std::string label(const v1::Team &e) { return trimmed(e.name()); }
};
template<> struct Kind<v1::ReasonCode> {
    static constexpr const char *human = "reason code";
    static constexpr const char *field = "code";
    static constexpr const char *name = "reason_code";
    static std::string label(const v1::ReasonCode &e) { return trimmed(e.label()); }
};
template<> struct Kind<v1::WrapUpCode> {
    static constexpr const char *human = "wrap-up code";
    static constexpr const char *field = "code";
    static constexpr const char *name = "wrap_up_code";
    static std::string label(const v1::WrapUpCode &e) { return trimmed(e.label()); }
};
template<> struct Kind<v1::CannedResponse> {
    static constexpr const char *human = "canned response";
    static constexpr const char *field = "response";
    static constexpr const char *name = "canned_response";
    static std::string label(const v1::CannedResponse &e) { return trimmed(e.title()); }
};

// Thrown out of an import's transaction to roll a dry run back.
struct DryRun {};

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
                return Status(StatusCode::ALREADY_EXISTS, std::string(Kind<T>::human) + " '" + entity.id() + "' already exists");
            if (Status s = validateReferences(entity); !s.ok())
                return s;
            if (m_entities.nameTaken(kind, Kind<T>::label(entity), entity.id()))
                return Status(StatusCode::ALREADY_EXISTS,
                              std::string("a ") + Kind<T>::human + " named '" + Kind<T>::label(entity) + "' already exists");
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
            return invalid(std::string(Kind<T>::field) + ".id", "is required to update a " + kind);
        if (Status s = validate(entity); !s.ok())
            return s;
        return m_entities.store().transaction([&]() -> Status {
            const auto stored = m_entities.get(kind, entity.id());
            if (!stored)
                return Status(StatusCode::NOT_FOUND, std::string(Kind<T>::human) + " '" + entity.id() + "' does not exist");
            T current;
            current.ParseFromString(*stored);
            if (entity.version() != current.version())
                return Status(StatusCode::ABORTED,
                              changedBy(kind, Kind<T>::human, entity.id(), Kind<T>::label(current)) + " since you loaded it (you edited version "
                                  + std::to_string(entity.version()) + ", it is now version "
                                  + std::to_string(current.version()) + "): reload it and apply your change again");
            if (Status s = validateReferences(entity); !s.ok())
                return s;
            if (m_entities.nameTaken(kind, Kind<T>::label(entity), entity.id()))
                return Status(StatusCode::ALREADY_EXISTS,
                              std::string("a ") + Kind<T>::human + " named '" + Kind<T>::label(entity) + "' already exists");
            entity.set_version(current.version() + 1);
            m_entities.put(kind, entity.id(), Kind<T>::label(entity), entity.version(), entity);
            m_entities.audit(caller.userId, caller.username, kind + ".update", kind + ":" + entity.id(),
                             "updated '" + Kind<T>::label(entity) + "' to version " + std::to_string(entity.version()));
            *out = entity;
            return Status::OK;
        });
    }

    // "admin2 changed queue 'Support'" (or "someone else" when the log does not say).
    std::string changedBy(const std::string &kind, const std::string &human, const std::string &id,
                          const std::string &label)
    {
        std::string who = m_entities.lastChangedBy(kind + ":" + id);
        return (who.empty() ? std::string("someone else") : who) + " changed " + human + " '" + label + "'";
    }

    // elsewhere: users other services reported (waiting interactions, rollouts...).
    template<typename T>
    Status remove(const runtime::Caller &caller, const std::string &id, std::int64_t version,
                  const std::vector<std::string> &elsewhere = {})
    {
        const std::string kind = Kind<T>::name;
        if (id.empty())
            return invalid("id", "is required");
        return m_entities.store().transaction([&]() -> Status {
            const auto stored = m_entities.get(kind, id);
            if (!stored)
                return Status(StatusCode::NOT_FOUND, std::string(Kind<T>::human) + " '" + id + "' does not exist");
            T current;
            current.ParseFromString(*stored);
            if (version != current.version())
                return Status(StatusCode::ABORTED, changedBy(kind, Kind<T>::human, id, Kind<T>::label(current))
                                                       + " since you loaded it (you had version " + std::to_string(version)
                                                       + ", it is now version " + std::to_string(current.version())
                                                       + "): reload it and decide again whether to delete it");
            std::vector<std::string> found = elsewhere;
            if (const std::string users = describeUsers(usersOf<T>(id, found)); !users.empty())
                return Status(StatusCode::FAILED_PRECONDITION,
                              "cannot delete " + std::string(Kind<T>::human) + " '" + Kind<T>::label(current)
                                  + "': in use by " + users);
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
    // A refusal names the field by its path in the request ("queue.hours.weekly[1].open_minute:
    // ..."), so that an editor can show the sentence next to that field.

    Status validate(const v1::Skill &e)
    {
        if (Status s = checkName("skill.name", e.name()); !s.ok())
            return s;
        if (e.description().size() > 500)
            return invalid("skill.description", "is longer than 500 characters");
        return Status::OK;
    }
    Status validate(const v1::Team &e)
    {
        if (Status s = checkName("team.name", e.name()); !s.ok())
            return s;
        std::set<std::string> supervisors;
        for (int i = 0; i < e.supervisor_user_ids_size(); ++i) {
            const std::string field = "team.supervisor_user_ids[" + std::to_string(i) + "]";
            if (e.supervisor_user_ids(i).empty())
                return invalid(field, "is empty");
            if (!supervisors.insert(e.supervisor_user_ids(i)).second)
                return invalid(field, "'" + e.supervisor_user_ids(i) + "' is listed twice");
        }
        return Status::OK;
    }
    Status validate(const v1::ReasonCode &e) { return checkName("code.label", e.label()); }
    Status validate(const v1::WrapUpCode &e) { return checkName("code.label", e.label()); }
    Status validate(const v1::CannedResponse &e)
    {
        if (Status s = checkName("response.title", e.title()); !s.ok())
            return s;
        if (trimmed(e.text()).empty())
            return invalid("response.text", "is required");
        if (e.text().size() > 4000)
            return invalid("response.text", "is longer than 4000 characters");
        if (!e.shortcut().empty()) {
            if (e.shortcut().size() < 2 || e.shortcut().size() > 32 || e.shortcut()[0] != '/'
                || e.shortcut().find_first_of(" \t\r\n") != std::string::npos)
                return invalid("response.shortcut", "must start with '/' and be 2 to 32 characters without spaces (e.g. /hi)");
        }
        std::set<int> channels;
        for (int c : e.channels()) {
            if (c == v1::CHANNEL_UNSPECIFIED || !v1::Channel_IsValid(c))
                return invalid("response.channels", "unknown channel " + std::to_string(c));
            if (!channels.insert(c).second)
                return invalid("response.channels", "lists " + v1::Channel_Name(c) + " twice");
        }
        return Status::OK;
    }
    static Status range(const std::string &field, std::int64_t value, std::int64_t low, std::int64_t high)
    {
        return value < low || value > high
            ? invalid(field, "must be " + std::to_string(low) + " to " + std::to_string(high))
            : Status::OK;
    }
    static std::string clock(int minute)
    {
        char text[24];
        std::snprintf(text, sizeof text, "%02d:%02d", minute / 60, minute % 60);
        return text;
    }
    static Status validateHours(const v1::BusinessHours &h)
    {
        const bool hasRules = h.weekly_size() > 0 || h.holidays_size() > 0;
        if (h.time_zone().empty()) {
            if (hasRules)
                return invalid("queue.hours.time_zone",
                               "is required with opening hours or holidays (an IANA name such as Europe/Berlin)");
        } else if (!QTimeZone(QByteArray::fromStdString(h.time_zone())).isValid()) {
            return invalid("queue.hours.time_zone",
                           "'" + h.time_zone() + "' is not a time zone this server knows (use an IANA name such as Europe/Berlin)");
        }
        std::map<int, std::vector<std::pair<int, int>>> byDay;
        for (int i = 0; i < h.weekly_size(); ++i) {
            const auto &w = h.weekly(i);
            const std::string field = "queue.hours.weekly[" + std::to_string(i) + "]";
            if (w.day_of_week() < 1 || w.day_of_week() > 7)
                return invalid(field + ".day_of_week", "must be 1 (Monday) to 7 (Sunday)");
            if (w.open_minute() < 0 || w.open_minute() >= 24 * 60)
                return invalid(field + ".open_minute", "must be 0 to 1439 (minutes after midnight)");
            if (w.close_minute() < 1 || w.close_minute() > 24 * 60)
                return invalid(field + ".close_minute", "must be 1 to 1440 (minutes after midnight)");
            if (w.open_minute() >= w.close_minute())
                return invalid(field + ".close_minute", "closing (" + clock(w.close_minute())
                                                            + ") must be after opening (" + clock(w.open_minute()) + ")");
            for (const auto &[open, close] : byDay[w.day_of_week()])
                if (w.open_minute() < close && open < w.close_minute())
                    return invalid(field, clock(w.open_minute()) + "-" + clock(w.close_minute()) + " overlaps "
                                              + clock(open) + "-" + clock(close) + " on the same day");
            byDay[w.day_of_week()].emplace_back(w.open_minute(), w.close_minute());
        }
        std::set<std::string> dates;
        for (int i = 0; i < h.holidays_size(); ++i) {
            const auto &holiday = h.holidays(i);
            const std::string field = "queue.hours.holidays[" + std::to_string(i) + "]";
            const QDate date = QDate::fromString(QString::fromStdString(holiday.date()), Qt::ISODate);
            if (holiday.date().size() != 10 || !date.isValid())
                return invalid(field + ".date", "'" + holiday.date() + "' is not a date (YYYY-MM-DD)");
            if (!dates.insert(holiday.date()).second)
                return invalid(field + ".date", holiday.date() + " is listed twice");
            if (holiday.name().size() > 64)
                return invalid(field + ".name", "is longer than 64 characters");
        }
        if (h.closed_message().size() > 500)
            return invalid("queue.hours.closed_message", "is longer than 500 characters");
        return Status::OK;
    }
    Status validate(v1::Queue &q)
    {
        if (Status s = checkName("queue.name", q.name()); !s.ok())
            return s;
        if (q.channels_size() == 0)
            return invalid("queue.channels", "a queue takes at least one channel");
        std::set<int> channels;
        for (int c : q.channels()) {
            if (c == v1::CHANNEL_UNSPECIFIED || !v1::Channel_IsValid(c))
                return invalid("queue.channels", "unknown channel " + std::to_string(c));
            if (!channels.insert(c).second)
                return invalid("queue.channels", "lists " + v1::Channel_Name(c) + " twice");
        }
        std::set<std::string> skills;
        for (int i = 0; i < q.required_skills_size(); ++i) {
            const auto &r = q.required_skills(i);
            const std::string field = "queue.required_skills[" + std::to_string(i) + "]";
            if (r.skill_id().empty())
                return invalid(field + ".skill_id", "a requirement names no skill");
            if (r.min_proficiency() < 1 || r.min_proficiency() > 10)
                return invalid(field + ".min_proficiency", "must be 1 to 10");
            if (!skills.insert(r.skill_id()).second)
                return invalid(field + ".skill_id", "skill '" + r.skill_id() + "' is required twice");
        }
        for (int i = 0; i < q.relaxations_size(); ++i) {
            const auto &r = q.relaxations(i);
            const std::string field = "queue.relaxations[" + std::to_string(i) + "]";
            if (r.after_seconds() <= 0 || r.after_seconds() > 86400)
                return invalid(field + ".after_seconds", "must be 1 to 86400");
            if (!skills.contains(r.skill_id()))
                return invalid(field + ".skill_id", "relaxes skill '" + r.skill_id() + "', which the queue does not require");
            if (r.min_proficiency() < 0 || r.min_proficiency() > 10)
                return invalid(field + ".min_proficiency", "must be 0 (drop the requirement) to 10");
        }
        // Zero means "the default" for these, so an admin only sets what they care about.
        if (q.offer_timeout_seconds() == 0) q.set_offer_timeout_seconds(20);
        if (q.service_level_threshold_seconds() == 0) q.set_service_level_threshold_seconds(20);
        if (q.service_level_target() == 0) q.set_service_level_target(0.8);
        if (q.max_missed_offers() == 0) q.set_max_missed_offers(3);
        if (q.strategy() == v1::ROUTING_STRATEGY_UNSPECIFIED) q.set_strategy(v1::ROUTING_STRATEGY_LONGEST_IDLE);
        if (q.service_level_variant() == v1::SERVICE_LEVEL_VARIANT_UNSPECIFIED)
            q.set_service_level_variant(v1::SERVICE_LEVEL_EXCLUDING_SHORT_ABANDONS);
        for (const Status &s : {range("queue.priority", q.priority(), 0, 100),
                                range("queue.offer_timeout_seconds", q.offer_timeout_seconds(), 5, 3600),
                                range("queue.wrap_up_seconds", q.wrap_up_seconds(), 0, 3600),
                                range("queue.service_level_threshold_seconds", q.service_level_threshold_seconds(), 1, 3600),
                                range("queue.short_abandon_seconds", q.short_abandon_seconds(), 0, 60),
                                range("queue.max_missed_offers", q.max_missed_offers(), 1, 10)})
            if (!s.ok())
                return s;
        if (q.service_level_target() < 0 || q.service_level_target() > 1)
            return invalid("queue.service_level_target", "must be 0 to 1 (e.g. 0.8 for 80 %)");
        if (!v1::RoutingStrategy_IsValid(q.strategy()))
            return invalid("queue.strategy", "unknown strategy");
        if (!v1::ServiceLevelVariant_IsValid(q.service_level_variant()))
            return invalid("queue.service_level_variant", "unknown service-level formula");
        std::set<std::string> codes;
        for (int i = 0; i < q.wrap_up_code_ids_size(); ++i)
            if (!codes.insert(q.wrap_up_code_ids(i)).second)
                return invalid("queue.wrap_up_code_ids[" + std::to_string(i) + "]",
                               "wrap-up code '" + q.wrap_up_code_ids(i) + "' is listed twice");
        return validateHours(q.hours());
    }
    Status validate(const v1::AgentProfile &p)
    {
        if (p.user_id().empty())
            return invalid("profile.user_id", "is required");
        std::set<std::string> skills;
        for (int i = 0; i < p.skills_size(); ++i) {
            const auto &s = p.skills(i);
            const std::string field = "profile.skills[" + std::to_string(i) + "]";
            if (s.skill_id().empty())
                return invalid(field + ".skill_id", "is required");
            if (s.proficiency() < 1 || s.proficiency() > 10)
                return invalid(field + ".proficiency", "must be 1 to 10");
            if (!skills.insert(s.skill_id()).second)
                return invalid(field + ".skill_id", "skill '" + s.skill_id() + "' is listed twice");
        }
        std::set<int> channels;
        for (int i = 0; i < p.capacities_size(); ++i) {
            const auto &c = p.capacities(i);
            const std::string field = "profile.capacities[" + std::to_string(i) + "]";
            if (c.channel() == v1::CHANNEL_UNSPECIFIED || !v1::Channel_IsValid(c.channel()))
                return invalid(field + ".channel", "unknown channel");
            if (!channels.insert(c.channel()).second)
                return invalid(field + ".channel", v1::Channel_Name(c.channel()) + " is listed twice");
            // One call at a time; a person cannot follow more than ten chats or twenty mails.
            const int most = c.channel() == v1::CHANNEL_VOICE ? 1 : c.channel() == v1::CHANNEL_CHAT ? 10 : 20;
            if (Status s = range(field + ".capacity", c.capacity(), 0, most); !s.ok())
                return invalid(field + ".capacity", channelLabel(c.channel()) + " capacity must be 0 to "
                                                        + std::to_string(most));
        }
        return Status::OK;
    }

    // References are checked inside the write transaction.
    template<typename T>
    Status validateReferences(const T &) { return Status::OK; }
    Status validateReferences(const v1::Queue &q)
    {
        for (int i = 0; i < q.required_skills_size(); ++i)
            if (!exists<v1::Skill>(q.required_skills(i).skill_id()))
                return invalid("queue.required_skills[" + std::to_string(i) + "].skill_id",
                               "skill '" + q.required_skills(i).skill_id() + "' does not exist");
        for (int i = 0; i < q.wrap_up_code_ids_size(); ++i)
            if (!exists<v1::WrapUpCode>(q.wrap_up_code_ids(i)))
                return invalid("queue.wrap_up_code_ids[" + std::to_string(i) + "]",
                               "wrap-up code '" + q.wrap_up_code_ids(i) + "' does not exist");
        return Status::OK;
    }
    Status validateReferences(const v1::AgentProfile &p)
    {
        for (int i = 0; i < p.skills_size(); ++i)
            if (!exists<v1::Skill>(p.skills(i).skill_id()))
                return invalid("profile.skills[" + std::to_string(i) + "].skill_id",
                               "skill '" + p.skills(i).skill_id() + "' does not exist");
        if (!p.team_id().empty() && !exists<v1::Team>(p.team_id()))
            return invalid("profile.team_id", "team '" + p.team_id() + "' does not exist");
        return Status::OK;
    }

    // --- what other services hold of an entity (asked before deleting it) ---------------

    std::unique_ptr<grpc::ClientContext> peerContext()
    {
        auto ctx = std::make_unique<grpc::ClientContext>();
        ctx->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
        const std::string token = m_context.serviceToken ? m_context.serviceToken() : std::string();
        if (!token.empty())
            ctx->AddMetadata("authorization", "Bearer " + token);
        return ctx;
    }
    // A service this server does not host answers UNIMPLEMENTED: it holds nothing.
    static Status peerFailed(const std::string &what, const std::string &service, const Status &s)
    {
        return Status(StatusCode::UNAVAILABLE, "cannot tell whether " + what + " is in use: " + service
                                                   + " did not answer (" + s.error_message() + "); try again");
    }
    Status rolloutsTargeting(const std::string &what, bool queue, const std::string &id, std::vector<std::string> &users)
    {
        if (!m_context.peers)
            return Status::OK;
        v1::ListModulesResponse modules;
        const Status s = v1::CatalogService::NewStub(m_context.peers)->ListModules(peerContext().get(), {}, &modules);
        if (s.error_code() == StatusCode::UNIMPLEMENTED)
            return Status::OK;
        if (!s.ok())
            return peerFailed(what, "the catalog", s);
        for (const auto &rule : modules.rules())
            if ((queue && rule.target().has_queue_id() && rule.target().queue_id() == id)
                || (!queue && rule.target().has_team_id() && rule.target().team_id() == id))
                users.push_back("the rollout of " + rule.module_id() + " " + rule.version());
        return Status::OK;
    }
    Status agentsInRouting(const std::string &what, const std::string &queueId, std::vector<v1::AgentSnapshot> &agents)
    {
        if (!m_context.peers)
            return Status::OK;
        v1::ListAgentsRequest request;
        request.set_queue_id(queueId);
        v1::ListAgentsResponse response;
        const Status s = v1::RoutingService::NewStub(m_context.peers)->ListAgents(peerContext().get(), request, &response);
        if (s.error_code() == StatusCode::UNIMPLEMENTED || s.error_code() == StatusCode::NOT_FOUND)
            return Status::OK;   // routing never saw the queue: nobody is eligible
        if (!s.ok())
            return peerFailed(what, "routing", s);
        agents.assign(response.agents().begin(), response.agents().end());
        return Status::OK;
    }

    // The ids among `ids` that identity does not know. A profile belongs to a user: an
    // admin typing a wrong id is told so. Without identity in reach (UNIMPLEMENTED), no check.
    Status unknownUsers(const std::vector<std::string> &ids, std::set<std::string> &unknown)
    {
        if (!m_context.peers || ids.empty())
            return Status::OK;
        auto identity = v1::IdentityService::NewStub(m_context.peers);
        auto failed = [](const Status &s) {
            return Status(StatusCode::UNAVAILABLE, "cannot check the users with identity (" + s.error_message()
                                                       + "); try again");
        };
        if (ids.size() <= 20) {
            for (const std::string &id : ids) {
                v1::GetUserRequest request;
                request.set_id(id);
                v1::User user;
                const Status s = identity->GetUser(peerContext().get(), request, &user);
                if (s.error_code() == StatusCode::UNIMPLEMENTED)
                    return Status::OK;
                if (s.error_code() == StatusCode::NOT_FOUND)
                    unknown.insert(id);
                else if (!s.ok())
                    return failed(s);
            }
            return Status::OK;
        }
        std::set<std::string> known;
        v1::ListUsersRequest request;
        request.mutable_page()->set_page_size(1000);
        for (;;) {
            v1::ListUsersResponse page;
            const Status s = identity->ListUsers(peerContext().get(), request, &page);
            if (s.error_code() == StatusCode::UNIMPLEMENTED)
                return Status::OK;
            if (!s.ok())
                return failed(s);
            for (const auto &user : page.users())
                known.insert(user.id());
            if (page.page().next_page_token().empty())
                break;
            request.mutable_page()->set_page_token(page.page().next_page_token());
        }
        for (const std::string &id : ids)
            if (!known.contains(id))
                unknown.insert(id);
        return Status::OK;
    }

    // Usernames of agents (immutable in identity, so kept once read), for naming the users
    // of an entity in a refusal: "agent anna" rather than "agent user-8f3a...".
    void learnNames(const std::vector<std::string> &userIds)
    {
        if (!m_context.peers)
            return;
        auto identity = v1::IdentityService::NewStub(m_context.peers);
        int asked = 0;
        for (const std::string &id : userIds) {
            {
                std::lock_guard lock(m_namesMutex);
                if (m_userNames.contains(id))
                    continue;
            }
            if (++asked > 10)
                break;   // a refusal shows five; the rest stay ids
            v1::GetUserRequest request;
            request.set_id(id);
            v1::User user;
            const Status s = identity->GetUser(peerContext().get(), request, &user);
            if (s.error_code() == StatusCode::UNIMPLEMENTED)
                return;
            if (s.ok() && !user.username().empty()) {
                std::lock_guard lock(m_namesMutex);
                m_userNames[id] = user.username();
            }
        }
    }
    std::string agentLabel(const std::string &userId)
    {
        std::lock_guard lock(m_namesMutex);
        const auto it = m_userNames.find(userId);
        return "agent " + (it == m_userNames.end() ? userId : it->second);
    }
    template<typename Pred>
    void learnNamesOfProfiles(Pred &&holds)
    {
        std::vector<std::string> ids;
        m_entities.store().read([&] {
            for (const auto &profile : parseAll<v1::AgentProfile>(m_entities.list("agent_profile")))
                if (holds(profile))
                    ids.push_back(profile.user_id());
        });
        learnNames(ids);
    }

    template<typename T>
    Status usersElsewhere(const std::string &, std::vector<std::string> &) { return Status::OK; }

    // Who uses an entity, for refusing its deletion; empty when nobody does.
    template<typename T>
    std::vector<std::string> usersOf(const std::string &, std::vector<std::string> &found) { return found; }

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
            std::vector<std::string> elsewhere;
            if (!request.id().empty())
                if (Status s = usersElsewhere<T>(request.id(), elsewhere); !s.ok())
                    return s;
            Status s = remove<T>(caller, request.id(), request.version(), elsewhere);
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
            std::set<std::string> unknown;
            if (Status s = unknownUsers({profile.user_id()}, unknown); !s.ok())
                return s;
            if (!unknown.empty())
                return invalid("profile.user_id", "user '" + profile.user_id() + "' does not exist (create the user first)");
            Status status = m_entities.store().transaction([&]() -> Status {
                const auto stored = m_entities.get("agent_profile", profile.user_id());
                std::int64_t current = 0;
                if (stored) {
                    v1::AgentProfile existing;
                    existing.ParseFromString(*stored);
                    current = existing.version();
                }
                if (profile.version() != current) {
                    const std::string who = m_entities.lastChangedBy("user:" + profile.user_id());
                    return Status(StatusCode::ABORTED, (who.empty() ? std::string("someone else") : who)
                                                           + " changed the profile of agent " + profile.user_id()
                                                           + " since you loaded it (you edited version "
                                                           + std::to_string(profile.version()) + ", it is now version "
                                                           + std::to_string(current) + "): reload it and apply your change again");
                }
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

    // Gives (or takes) one skill to many agents in one transaction: all or nothing.
    Reactor *BulkAssignSkill(grpc::CallbackServerContext *ctx, const v1::BulkAssignSkillRequest *req,
                             v1::BulkAssignSkillResponse *resp) override
    {
        return handle(ctx, {v1::ROLE_ADMIN}, [&](const runtime::Caller &caller) -> Status {
            if (req->user_ids_size() == 0)
                return invalid("user_ids", "name at least one agent");
            if (req->skill().skill_id().empty())
                return invalid("skill.skill_id", "is required");
            if (!req->remove() && (req->skill().proficiency() < 1 || req->skill().proficiency() > 10))
                return invalid("skill.proficiency", "must be 1 to 10");
            std::set<std::string> seen;
            for (int i = 0; i < req->user_ids_size(); ++i) {
                if (req->user_ids(i).empty())
                    return invalid("user_ids[" + std::to_string(i) + "]", "is empty");
                if (!seen.insert(req->user_ids(i)).second)
                    return invalid("user_ids[" + std::to_string(i) + "]", "'" + req->user_ids(i) + "' is listed twice");
            }
            std::set<std::string> unknown;
            if (Status s = unknownUsers({req->user_ids().begin(), req->user_ids().end()}, unknown); !s.ok())
                return s;
            for (int i = 0; i < req->user_ids_size(); ++i)
                if (unknown.contains(req->user_ids(i)))
                    return invalid("user_ids[" + std::to_string(i) + "]", "user '" + req->user_ids(i) + "' does not exist");
            std::vector<v1::AgentProfile> changed;
            Status status = m_entities.store().transaction([&]() -> Status {
                if (!exists<v1::Skill>(req->skill().skill_id()))
                    return invalid("skill.skill_id", "skill '" + req->skill().skill_id() + "' does not exist");
                for (const std::string &userId : req->user_ids()) {
                    v1::AgentProfile profile;
                    if (const auto stored = m_entities.get("agent_profile", userId))
                        profile.ParseFromString(*stored);
                    else
                        profile.set_user_id(userId);
                    auto *skills = profile.mutable_skills();
                    auto it = std::find_if(skills->begin(), skills->end(),
                                           [&](const auto &s) { return s.skill_id() == req->skill().skill_id(); });
                    if (req->remove()) {
                        if (it == skills->end())
                            continue;
                        skills->erase(it);
                    } else if (it != skills->end()) {
                        if (it->proficiency() == req->skill().proficiency())
                            continue;
                        it->set_proficiency(req->skill().proficiency());
                    } else {
                        *profile.add_skills() = req->skill();
                    }
                    profile.set_version(profile.version() + 1);
                    m_entities.put("agent_profile", userId, userId, profile.version(), profile);
                    m_entities.audit(caller.userId, caller.username, "agent_profile.update", "user:" + userId,
                                     (req->remove() ? "took skill " + req->skill().skill_id()
                                                    : "gave skill " + req->skill().skill_id() + " at "
                                                          + std::to_string(req->skill().proficiency()))
                                         + " (bulk), profile version " + std::to_string(profile.version()));
                    changed.push_back(std::move(profile));
                }
                return Status::OK;
            });
            if (!status.ok())
                return status;
            for (const auto &profile : changed) {
                announce("agent_profile", profile.user_id(), profile.version(), false, "user:" + profile.user_id());
                announce("agent_profile", profile.user_id(), profile.version(), false, "role:supervisor");
            }
            // Every named agent's profile as it now stands, changed or not.
            m_entities.store().read([&] {
                for (const std::string &userId : req->user_ids()) {
                    v1::AgentProfile *profile = resp->add_profiles();
                    if (const auto stored = m_entities.get("agent_profile", userId))
                        profile->ParseFromString(*stored);
                    else
                        profile->set_user_id(userId);
                }
            });
            return Status::OK;
        });
    }

    // --- CSV: agents (user_id,team_id,skills,capacities,voice_blocks_other_channels) and
    // skills (id,name,description). skills = "skill-english:5;skill-tech:7",
    // capacities = "chat:3;email:5;voice:1". Import is an upsert by id.

    static std::vector<std::vector<std::string>> parseCsv(const std::string &text, std::vector<int> &lines)
    {
        std::vector<std::vector<std::string>> rows;
        std::vector<std::string> row;
        std::string field;
        bool quoted = false, any = false;
        int line = 1, rowLine = 1;
        auto endRow = [&] {
            if (any || !field.empty() || !row.empty()) {
                row.push_back(trimmed(field));
                rows.push_back(std::move(row));
                lines.push_back(rowLine);
            }
            row.clear();
            field.clear();
            any = false;
        };
        for (size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (quoted) {
                if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n')
                        ++line;
                    field += c;
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                row.push_back(trimmed(field));
                field.clear();
                any = true;
            } else if (c == '\n') {
                endRow();
                rowLine = ++line;
            } else if (c != '\r') {
                field += c;
            }
        }
        endRow();
        return rows;
    }
    static std::string csvField(const std::string &value)
    {
        if (value.find_first_of(",\"\n\r") == std::string::npos)
            return value;
        std::string out = "\"";
        for (char c : value)
            out += c == '"' ? std::string("\"\"") : std::string(1, c);
        return out + "\"";
    }
    static std::vector<std::string> splitList(const std::string &text)
    {
        std::vector<std::string> out;
        size_t start = 0;
        while (start <= text.size()) {
            const size_t end = std::min(text.find(';', start), text.size());
            if (const std::string item = trimmed(text.substr(start, end - start)); !item.empty())
                out.push_back(item);
            start = end + 1;
        }
        return out;
    }
    static std::optional<v1::Channel> channelNamed(std::string name)
    {
        for (auto &c : name)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        for (int c = 1; v1::Channel_IsValid(c); ++c) {
            std::string n = v1::Channel_Name(c);
            n = n.substr(n.find('_') + 1);
            for (auto &ch : n)
                ch = char(std::tolower(static_cast<unsigned char>(ch)));
            if (n == name)
                return v1::Channel(c);
        }
        return std::nullopt;
    }
    static std::string channelLabel(int channel)
    {
        std::string n = v1::Channel_Name(channel);
        n = n.substr(n.find('_') + 1);
        for (auto &ch : n)
            ch = char(std::tolower(static_cast<unsigned char>(ch)));
        return n;
    }

    Reactor *ImportCsv(grpc::CallbackServerContext *ctx, const v1::ImportCsvRequest *req,
                       v1::ImportCsvResponse *resp) override
    {
        return handle(ctx, {v1::ROLE_ADMIN}, [&](const runtime::Caller &caller) -> Status {
            if (req->kind() != v1::CSV_KIND_AGENTS && req->kind() != v1::CSV_KIND_SKILLS)
                return invalid("kind", "choose agents or skills");
            if (req->csv().size() > 4 * 1024 * 1024)
                return invalid("csv", "is larger than 4 MiB; split it");
            std::vector<int> lines;
            const auto rows = parseCsv(req->csv(), lines);
            if (rows.empty())
                return invalid("csv", "is empty: the first line names the columns");
            const bool agents = req->kind() == v1::CSV_KIND_AGENTS;
            const std::vector<std::string> known = agents
                ? std::vector<std::string>{"user_id", "team_id", "skills", "capacities", "voice_blocks_other_channels"}
                : std::vector<std::string>{"id", "name", "description"};
            std::map<std::string, size_t> column;
            for (size_t i = 0; i < rows[0].size(); ++i) {
                if (std::find(known.begin(), known.end(), rows[0][i]) == known.end()) {
                    std::string list;
                    for (const auto &k : known)
                        list += (list.empty() ? "" : ", ") + k;
                    return invalid("csv", "line 1: unknown column '" + rows[0][i] + "' (the columns are " + list + ")");
                }
                column[rows[0][i]] = i;
            }
            const std::string key = agents ? "user_id" : "name";
            if (!column.contains(key))
                return invalid("csv", "line 1: the column " + key + " is required");
            auto cell = [&](const std::vector<std::string> &row, const std::string &name) {
                const auto it = column.find(name);
                return it != column.end() && it->second < row.size() ? row[it->second] : std::string();
            };
            std::set<std::string> unknown;
            if (agents) {
                std::vector<std::string> ids;
                for (size_t r = 1; r < rows.size(); ++r)
                    if (const std::string id = cell(rows[r], "user_id"); !id.empty())
                        ids.push_back(id);
                if (Status s = unknownUsers(ids, unknown); !s.ok())
                    return s;
            }
            std::vector<std::pair<std::string, std::int64_t>> announced;
            Status status;
            try {
            status = m_entities.store().transaction([&]() -> Status {
                std::set<std::string> seen;
                for (size_t r = 1; r < rows.size(); ++r) {
                    const auto &row = rows[r];
                    auto reject = [&](const std::string &field, const std::string &message) {
                        auto *error = resp->add_rejected();
                        error->set_line(lines[r]);
                        error->set_field(field);
                        error->set_message(message);
                    };
                    if (row.size() > rows[0].size()) {
                        reject("", "has " + std::to_string(row.size()) + " fields, the header "
                                       + std::to_string(rows[0].size()));
                        continue;
                    }
                    Status s;
                    if (agents)
                        s = importAgentRow(caller, row, cell, seen, announced, unknown);
                    else
                        s = importSkillRow(caller, row, cell, seen, announced);
                    if (!s.ok()) {
                        const std::string &message = s.error_message();
                        const size_t colon = message.find(": ");
                        if (s.error_code() == StatusCode::INVALID_ARGUMENT && colon != std::string::npos)
                            reject(message.substr(0, colon), message.substr(colon + 2));
                        else
                            reject("", message);
                        continue;
                    }
                    resp->set_accepted(resp->accepted() + 1);
                }
                // A dry run reports without applying: an exception rolls the transaction back.
                if (req->dry_run())
                    throw DryRun();
                return Status::OK;
            });
            } catch (const DryRun &) {
                status = Status::OK;
            }
            if (!req->dry_run() && status.ok())
                for (const auto &[id, version] : announced) {
                    if (agents) {   // as UpsertAgentProfile: the agent and the supervisors
                        announce("agent_profile", id, version, false, "user:" + id);
                        announce("agent_profile", id, version, false, "role:supervisor");
                    } else {
                        announce("skill", id, version, false);
                    }
                }
            return status;
        });
    }

    Reactor *ExportCsv(grpc::CallbackServerContext *ctx, const v1::ExportCsvRequest *req,
                       v1::ExportCsvResponse *resp) override
    {
        return handle(ctx, {v1::ROLE_ADMIN}, [&](const runtime::Caller &) -> Status {
            std::string out;
            if (req->kind() == v1::CSV_KIND_SKILLS) {
                out = "id,name,description\n";
                for (const auto &skill : listAll<v1::Skill>())
                    out += csvField(skill.id()) + "," + csvField(skill.name()) + "," + csvField(skill.description()) + "\n";
            } else if (req->kind() == v1::CSV_KIND_AGENTS) {
                out = "user_id,team_id,skills,capacities,voice_blocks_other_channels\n";
                const auto profiles = m_entities.store().read(
                    [&] { return parseAll<v1::AgentProfile>(m_entities.list("agent_profile")); });
                for (const auto &p : profiles) {
                    std::string skills, capacities;
                    for (const auto &s : p.skills())
                        skills += (skills.empty() ? "" : ";") + s.skill_id() + ":" + std::to_string(s.proficiency());
                    for (const auto &c : p.capacities())
                        capacities += (capacities.empty() ? "" : ";") + channelLabel(c.channel()) + ":"
                            + std::to_string(c.capacity());
                    out += csvField(p.user_id()) + "," + csvField(p.team_id()) + "," + csvField(skills) + ","
                        + csvField(capacities) + "," + (p.voice_blocks_other_channels() ? "true" : "false") + "\n";
                }
            } else {
                return invalid("kind", "choose agents or skills");
            }
            resp->set_csv(std::move(out));
            return Status::OK;
        });
    }

    template<typename Cell>
    Status importSkillRow(const runtime::Caller &caller, const std::vector<std::string> &row, Cell &&cell,
                          std::set<std::string> &seen, std::vector<std::pair<std::string, std::int64_t>> &announced)
    {
        v1::Skill skill;
        skill.set_id(cell(row, "id"));
        skill.set_name(cell(row, "name"));
        skill.set_description(cell(row, "description"));
        if (Status s = validate(skill); !s.ok())
            return Status(s.error_code(), s.error_message().substr(std::string("skill.").size()));
        std::string lowered = trimmed(skill.name());
        for (auto &c : lowered)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        if (seen.contains(lowered))
            return invalid("name", "'" + skill.name() + "' appears twice in this file (an earlier line already has it)");
        seen.insert(lowered);
        if (!skill.id().empty()) {
            if (const auto stored = m_entities.get("skill", skill.id())) {
                v1::Skill current;
                current.ParseFromString(*stored);
                if (current.name() == skill.name() && current.description() == skill.description())
                    return Status::OK;   // unchanged
                if (m_entities.nameTaken("skill", trimmed(skill.name()), skill.id()))
                    return Status(StatusCode::ALREADY_EXISTS, "another skill is named '" + skill.name() + "'");
                skill.set_version(current.version() + 1);
                m_entities.put("skill", skill.id(), trimmed(skill.name()), skill.version(), skill);
                m_entities.audit(caller.userId, caller.username, "skill.update", "skill:" + skill.id(),
                                 "imported '" + trimmed(skill.name()) + "', version " + std::to_string(skill.version()));
                announced.emplace_back(skill.id(), skill.version());
                return Status::OK;
            }
        }
        // New (the transaction is already open: no create() here).
        if (m_entities.nameTaken("skill", trimmed(skill.name()), skill.id()))
            return Status(StatusCode::ALREADY_EXISTS, "a skill named '" + trimmed(skill.name()) + "' already exists");
        if (skill.id().empty())
            skill.set_id(runtime::newId("skill"));
        skill.set_version(1);
        m_entities.put("skill", skill.id(), trimmed(skill.name()), skill.version(), skill);
        m_entities.audit(caller.userId, caller.username, "skill.create", "skill:" + skill.id(),
                         "imported '" + trimmed(skill.name()) + "'");
        announced.emplace_back(skill.id(), skill.version());
        return Status::OK;
    }

    template<typename Cell>
    Status importAgentRow(const runtime::Caller &caller, const std::vector<std::string> &row, Cell &&cell,
                          std::set<std::string> &seen, std::vector<std::pair<std::string, std::int64_t>> &announced,
                          const std::set<std::string> &unknownUsers)
    {
        v1::AgentProfile profile;
        profile.set_user_id(cell(row, "user_id"));
        if (profile.user_id().empty())
            return invalid("user_id", "is required");
        if (unknownUsers.contains(profile.user_id()))
            return invalid("user_id", "user '" + profile.user_id() + "' does not exist");
        if (seen.contains(profile.user_id()))
            return invalid("user_id", "'" + profile.user_id() + "' appears twice in this file (an earlier line already has it)");
        std::optional<v1::AgentProfile> current;
        if (const auto stored = m_entities.get("agent_profile", profile.user_id())) {
            current.emplace();
            current->ParseFromString(*stored);
            profile = *current;   // columns left out keep their values
        }
        profile.set_team_id(cell(row, "team_id"));
        profile.clear_skills();
        for (const std::string &item : splitList(cell(row, "skills"))) {
            const size_t colon = item.find(':');
            auto *skill = profile.add_skills();
            skill->set_skill_id(trimmed(item.substr(0, colon)));
            if (colon == std::string::npos)
                return invalid("skills", "'" + item + "' has no proficiency (write skill-id:1..10)");
            try {
                size_t used = 0;
                skill->set_proficiency(std::stoi(item.substr(colon + 1), &used));
                if (trimmed(item.substr(colon + 1)).size() != used)
                    throw std::invalid_argument("trailing");
            } catch (const std::exception &) {
                return invalid("skills", "'" + item + "': the proficiency is not a number (write skill-id:1..10)");
            }
        }
        profile.clear_capacities();
        for (const std::string &item : splitList(cell(row, "capacities"))) {
            const size_t colon = item.find(':');
            const auto channel = channelNamed(trimmed(item.substr(0, colon)));
            if (!channel)
                return invalid("capacities", "'" + item + "': unknown channel (voice, chat, email or sms)");
            if (colon == std::string::npos)
                return invalid("capacities", "'" + item + "' has no number (write channel:capacity)");
            auto *capacity = profile.add_capacities();
            capacity->set_channel(*channel);
            try {
                capacity->set_capacity(std::stoi(item.substr(colon + 1)));
            } catch (const std::exception &) {
                return invalid("capacities", "'" + item + "': the capacity is not a number");
            }
        }
        const std::string blocks = cell(row, "voice_blocks_other_channels");
        if (blocks == "true" || blocks == "1" || blocks == "yes")
            profile.set_voice_blocks_other_channels(true);
        else if (blocks == "false" || blocks == "0" || blocks == "no" || blocks.empty())
            profile.set_voice_blocks_other_channels(false);
        else
            return invalid("voice_blocks_other_channels", "'" + blocks + "' is not true or false");
        auto unprefixed = [](const Status &s) {
            const std::string prefix = "profile.";
            return s.error_message().starts_with(prefix) ? Status(s.error_code(), s.error_message().substr(prefix.size())) : s;
        };
        if (Status s = validate(profile); !s.ok())
            return unprefixed(s);
        if (Status s = validateReferences(profile); !s.ok())
            return unprefixed(s);
        if (current && current->SerializeAsString() == [&] { auto p = profile; p.set_version(current->version()); return p.SerializeAsString(); }()) {
            seen.insert(profile.user_id());
            return Status::OK;   // unchanged
        }
        seen.insert(profile.user_id());
        profile.set_version((current ? current->version() : 0) + 1);
        m_entities.put("agent_profile", profile.user_id(), profile.user_id(), profile.version(), profile);
        m_entities.audit(caller.userId, caller.username, "agent_profile.update", "user:" + profile.user_id(),
                         "imported, profile version " + std::to_string(profile.version()));
        announced.emplace_back(profile.user_id(), profile.version());
        return Status::OK;
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
    std::mutex m_namesMutex;
    std::map<std::string, std::string> m_userNames;   // user id -> username
};

template<>
Status Service::Impl::usersElsewhere<v1::Queue>(const std::string &id, std::vector<std::string> &users)
{
    const std::string what = "queue '" + id + "'";
    if (m_context.peers) {
        v1::ListWaitingRequest request;
        request.set_queue_id(id);
        v1::ListWaitingResponse waiting;
        const Status s = v1::RoutingService::NewStub(m_context.peers)->ListWaiting(peerContext().get(), request, &waiting);
        if (s.ok() && waiting.interactions_size() > 0)
            users.push_back(std::to_string(waiting.interactions_size()) + " interaction"
                            + (waiting.interactions_size() == 1 ? "" : "s") + " waiting in it");
        else if (!s.ok() && s.error_code() != StatusCode::UNIMPLEMENTED && s.error_code() != StatusCode::NOT_FOUND)
            return peerFailed(what, "routing", s);
    }
    std::vector<v1::AgentSnapshot> agents;
    if (Status s = agentsInRouting(what, id, agents); !s.ok())
        return s;
    for (const auto &agent : agents)
        if (agent.state() != v1::AGENT_STATE_OFFLINE && agent.state() != v1::AGENT_STATE_UNSPECIFIED)
            users.push_back("agent " + (agent.username().empty() ? agent.user_id() : agent.username())
                            + " (signed in and eligible for it)");
    return rolloutsTargeting(what, true, id, users);
}

template<>
Status Service::Impl::usersElsewhere<v1::Team>(const std::string &id, std::vector<std::string> &users)
{
    learnNamesOfProfiles([&](const v1::AgentProfile &p) { return p.team_id() == id; });
    return rolloutsTargeting("team '" + id + "'", false, id, users);
}

template<>
Status Service::Impl::usersElsewhere<v1::Skill>(const std::string &id, std::vector<std::string> &)
{
    learnNamesOfProfiles([&](const v1::AgentProfile &p) {
        return std::any_of(p.skills().begin(), p.skills().end(), [&](const auto &s) { return s.skill_id() == id; });
    });
    return Status::OK;
}

template<>
Status Service::Impl::usersElsewhere<v1::ReasonCode>(const std::string &id, std::vector<std::string> &users)
{
    std::vector<v1::AgentSnapshot> agents;
    if (Status s = agentsInRouting("reason code '" + id + "'", {}, agents); !s.ok())
        return s;
    for (const auto &agent : agents)
        if (agent.reason_code_id() == id || agent.next_reason_code_id() == id)
            users.push_back("agent " + (agent.username().empty() ? agent.user_id() : agent.username())
                            + " (Not Ready with it)");
    return Status::OK;
}

template<>
std::vector<std::string> Service::Impl::usersOf<v1::Skill>(const std::string &id, std::vector<std::string> &users)
{
    for (const auto &queue : parseAll<v1::Queue>(m_entities.list("queue")))
        for (const auto &r : queue.required_skills())
            if (r.skill_id() == id)
                users.push_back("queue '" + queue.name() + "'");
    for (const auto &profile : parseAll<v1::AgentProfile>(m_entities.list("agent_profile")))
        for (const auto &s : profile.skills())
            if (s.skill_id() == id)
                users.push_back(agentLabel(profile.user_id()));
    return users;
}

template<>
std::vector<std::string> Service::Impl::usersOf<v1::WrapUpCode>(const std::string &id, std::vector<std::string> &users)
{
    for (const auto &queue : parseAll<v1::Queue>(m_entities.list("queue")))
        for (const auto &code : queue.wrap_up_code_ids())
            if (code == id)
                users.push_back("queue '" + queue.name() + "'");
    return users;
}

template<>
std::vector<std::string> Service::Impl::usersOf<v1::Team>(const std::string &id, std::vector<std::string> &users)
{
    for (const auto &profile : parseAll<v1::AgentProfile>(m_entities.list("agent_profile")))
        if (profile.team_id() == id)
            users.push_back(agentLabel(profile.user_id()));
    return users;
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
