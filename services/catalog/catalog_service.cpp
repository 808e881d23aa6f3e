#include "catalog_service.h"

#include "catalog_rules.h"

#include "host_bundle.h"
#include "runtime_auth.h"
#include "runtime_unary.h"
#include "runtime_bus.h"
#include "runtime_store.h"
#include "switchboard/v1/catalog.grpc.pb.h"
#include "switchboard/v1/directory.grpc.pb.h"
#include "switchboard/v1/gateway.pb.h"
#include "switchboard/v1/identity.grpc.pb.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <google/protobuf/util/time_util.h>
#include <grpcpp/grpcpp.h>

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <set>
#include <thread>

namespace catalog {

namespace v1 = switchboard::v1;
using grpc::Status;
using grpc::StatusCode;
using google::protobuf::util::TimeUtil;

namespace {

constexpr std::int64_t kChunkBytes = 64 * 1024;
constexpr int kPeerDeadlineMs = 5000;

const std::vector<std::string> kMigrations = {
    R"(CREATE TABLE versions (
         module_id TEXT NOT NULL, version TEXT NOT NULL,
         meta BLOB NOT NULL,               -- ModuleVersion
         bytes BLOB NOT NULL,              -- the bundle file
         published_at INTEGER NOT NULL,
         PRIMARY KEY (module_id, version));
       CREATE TABLE rules (
         sequence INTEGER PRIMARY KEY AUTOINCREMENT,
         id TEXT NOT NULL UNIQUE, module_id TEXT NOT NULL,
         target_key TEXT NOT NULL,
         rule BLOB NOT NULL);              -- RolloutRule
       CREATE INDEX rules_module ON rules(module_id, sequence);
       CREATE TABLE client_status (
         user_id TEXT NOT NULL, client_id TEXT NOT NULL,
         status BLOB NOT NULL,             -- ClientModuleStatus
         reported_at INTEGER NOT NULL,
         PRIMARY KEY (user_id, client_id));)",
};

Status invalid(const std::string &field, const std::string &message)
{
    return Status(StatusCode::INVALID_ARGUMENT, field + ": " + message);
}

bool plainName(const std::string &text, size_t maxLength = 128)
{
    if (text.empty() || text.size() > maxLength)
        return false;
    for (const char c : text)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-'))
            return false;
    return true;
}

Target toTarget(const v1::RolloutTarget &t)
{
    Target target;
    switch (t.target_case()) {
    case v1::RolloutTarget::kEveryone: target.kind = Target::Everyone; break;
    case v1::RolloutTarget::kTeamId: target.kind = Target::Team; target.id = t.team_id(); break;
    case v1::RolloutTarget::kQueueId: target.kind = Target::Queue; target.id = t.queue_id(); break;
    case v1::RolloutTarget::kPercent: target.kind = Target::Percent; target.percent = t.percent(); break;
    case v1::RolloutTarget::kUsers:
        target.kind = Target::Users;
        target.users.assign(t.users().user_ids().begin(), t.users().user_ids().end());
        std::sort(target.users.begin(), target.users.end());
        break;
    case v1::RolloutTarget::TARGET_NOT_SET: break;
    }
    return target;
}

Status checkTarget(const v1::RolloutTarget &t)
{
    switch (t.target_case()) {
    case v1::RolloutTarget::kEveryone:
        if (!t.everyone())
            return invalid("target.everyone", "must be true when set");
        return Status::OK;
    case v1::RolloutTarget::kTeamId:
        if (t.team_id().empty())
            return invalid("target.team_id", "is empty");
        return Status::OK;
    case v1::RolloutTarget::kQueueId:
        if (t.queue_id().empty())
            return invalid("target.queue_id", "is empty");
        return Status::OK;
    case v1::RolloutTarget::kPercent:
        if (t.percent() < 1 || t.percent() > 100)
            return invalid("target.percent", "must be 1 to 100, not " + std::to_string(t.percent()));
        return Status::OK;
    case v1::RolloutTarget::kUsers: {
        if (t.users().user_ids().empty())
            return invalid("target.users", "names no user");
        std::set<std::string> seen;
        for (const std::string &u : t.users().user_ids()) {
            if (u.empty() || u.size() > 128)
                return invalid("target.users", "a user id or name is empty or too long");
            if (!seen.insert(u).second)
                return invalid("target.users", "'" + u + "' is named twice");
        }
        return Status::OK;
    }
    case v1::RolloutTarget::TARGET_NOT_SET:
        break;
    }
    return invalid("target", "is required: everyone, a team, a queue, a percentage or named users");
}

std::string describeTarget(const v1::RolloutTarget &t)
{
    switch (t.target_case()) {
    case v1::RolloutTarget::kEveryone: return "everyone";
    case v1::RolloutTarget::kTeamId: return "team '" + t.team_id() + "'";
    case v1::RolloutTarget::kQueueId: return "the agents of queue '" + t.queue_id() + "'";
    case v1::RolloutTarget::kPercent: return std::to_string(t.percent()) + "% of users";
    case v1::RolloutTarget::kUsers: return "users " + toTarget(t).key().substr(6);
    case v1::RolloutTarget::TARGET_NOT_SET: break;
    }
    return "nobody";
}

// Runs tasks one after another on its own thread: the RPCs that ask other services
// (directory, identity) do it here, never on a gRPC callback thread.
class Worker {
public:
    Worker() : m_thread([this] { run(); }) {}
    ~Worker() { stop(); }
    void post(std::function<void()> task)
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping) {
                task = {};
            } else {
                m_tasks.push_back(std::move(task));
            }
        }
        m_wake.notify_one();
    }
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping && !m_thread.joinable())
                return;
            m_stopping = true;
        }
        m_wake.notify_one();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    void run()
    {
        for (;;) {
            std::function<void()> task;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [&] { return m_stopping || !m_tasks.empty(); });
                if (m_tasks.empty())
                    return;
                task = std::move(m_tasks.front());
                m_tasks.pop_front();
            }
            task();
        }
    }
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_tasks;
    bool m_stopping = false;
    std::thread m_thread;
};

// Streams one bundle in 64 KiB chunks.
class DownloadReactor final : public grpc::ServerWriteReactor<v1::ModuleChunk> {
public:
    void start(std::string bytes)
    {
        m_bytes = std::move(bytes);
        next();
    }
    void OnWriteDone(bool ok) override
    {
        if (!ok) {
            Finish(Status(StatusCode::CANCELLED, "download cancelled"));
            return;
        }
        next();
    }
    void OnDone() override { delete this; }

private:
    void next()
    {
        if (m_offset >= std::int64_t(m_bytes.size())) {
            Finish(Status::OK);
            return;
        }
        const std::int64_t size = std::min<std::int64_t>(kChunkBytes, std::int64_t(m_bytes.size()) - m_offset);
        m_chunk.set_data(m_bytes.data() + m_offset, size_t(size));
        m_chunk.set_offset(m_offset);
        m_chunk.set_total_size(std::int64_t(m_bytes.size()));
        m_offset += size;
        StartWrite(&m_chunk);
    }
    std::string m_bytes;
    std::int64_t m_offset = 0;
    v1::ModuleChunk m_chunk;
};

} // namespace

class Service::Impl final : public v1::CatalogService::CallbackService {
public:
    Impl(const runtime::ServiceContext &context, std::string trustedKeysDir)
        : m_context(context),
          m_keysDir(trustedKeysDir.empty() ? context.options.dataDir + "/trusted-keys" : std::move(trustedKeysDir)),
          m_store(context.options.dataDir + "/catalog.db", kMigrations)
    {
        if (context.peers) {
            m_directory = v1::DirectoryService::NewStub(context.peers);
            m_identity = v1::IdentityService::NewStub(context.peers);
        }
    }

    void stop()
    {
        m_worker.stop();
        m_store.flush();
    }

    // --- peers ---------------------------------------------------------------------------

    std::unique_ptr<grpc::ClientContext> peerContext()
    {
        auto ctx = std::make_unique<grpc::ClientContext>();
        ctx->set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(kPeerDeadlineMs));
        const std::string token = m_context.serviceToken ? m_context.serviceToken() : std::string();
        if (!token.empty())
            ctx->AddMetadata("authorization", "Bearer " + token);
        return ctx;
    }

    static Member memberFrom(const std::string &userId, const std::string &username, const v1::AgentProfile *profile)
    {
        Member m{userId, username, {}, {}};
        if (profile) {
            m.teamId = profile->team_id();
            for (const auto &s : profile->skills())
                m.skills[s.skill_id()] = s.proficiency();
        }
        return m;
    }

    // The caller as a member: their agent profile from directory (none for a non-agent).
    Member memberOf(const runtime::Caller &caller)
    {
        if (m_directory) {
            v1::GetAgentProfileRequest request;
            request.set_user_id(caller.userId);
            v1::AgentProfile profile;
            if (m_directory->GetAgentProfile(peerContext().get(), request, &profile).ok())
                return memberFrom(caller.userId, caller.username, &profile);
        }
        return memberFrom(caller.userId, caller.username, nullptr);
    }

    // Every user with their profile; nullopt when identity is not reachable.
    std::optional<std::vector<Member>> allMembers()
    {
        if (!m_identity)
            return std::nullopt;
        std::vector<v1::User> users;
        v1::ListUsersRequest request;
        request.mutable_page()->set_page_size(500);
        for (int pages = 0; pages < 1000; ++pages) {
            v1::ListUsersResponse response;
            if (!m_identity->ListUsers(peerContext().get(), request, &response).ok())
                return std::nullopt;
            users.insert(users.end(), response.users().begin(), response.users().end());
            if (response.page().next_page_token().empty())
                break;
            request.mutable_page()->set_page_token(response.page().next_page_token());
        }
        std::map<std::string, v1::AgentProfile> profiles;
        if (m_directory) {
            v1::ListAgentProfilesResponse response;
            if (m_directory->ListAgentProfiles(peerContext().get(), v1::ListAgentProfilesRequest(), &response).ok())
                for (const auto &p : response.profiles())
                    profiles[p.user_id()] = p;
        }
        std::vector<Member> members;
        for (const v1::User &u : users) {
            if (u.disabled())
                continue;
            const auto it = profiles.find(u.id());
            members.push_back(memberFrom(u.id(), u.username(), it == profiles.end() ? nullptr : &it->second));
        }
        return members;
    }

    // Looks queues up in directory, each once per lookup object.
    QueueLookup queueLookup()
    {
        auto cache = std::make_shared<std::map<std::string, std::optional<std::vector<SkillRequirement>>>>();
        return [this, cache](const std::string &queueId) -> std::optional<std::vector<SkillRequirement>> {
            if (const auto it = cache->find(queueId); it != cache->end())
                return it->second;
            std::optional<std::vector<SkillRequirement>> result;
            if (m_directory) {
                v1::GetQueueRequest request;
                request.set_id(queueId);
                v1::Queue queue;
                if (m_directory->GetQueue(peerContext().get(), request, &queue).ok()) {
                    result.emplace();
                    for (const auto &r : queue.required_skills())
                        result->push_back({r.skill_id(), r.min_proficiency()});
                }
            }
            (*cache)[queueId] = result;
            return result;
        };
    }

    Status checkTargetExists(const v1::RolloutTarget &t)
    {
        if (!m_directory)
            return Status::OK;
        if (t.target_case() == v1::RolloutTarget::kQueueId) {
            v1::GetQueueRequest request;
            request.set_id(t.queue_id());
            v1::Queue queue;
            const Status s = m_directory->GetQueue(peerContext().get(), request, &queue);
            if (s.error_code() == StatusCode::NOT_FOUND)
                return Status(StatusCode::NOT_FOUND, "queue '" + t.queue_id() + "' does not exist");
        } else if (t.target_case() == v1::RolloutTarget::kTeamId) {
            v1::ListTeamsResponse teams;
            if (m_directory->ListTeams(peerContext().get(), v1::ListTeamsRequest(), &teams).ok()) {
                const bool found = std::any_of(teams.teams().begin(), teams.teams().end(),
                                               [&](const v1::Team &team) { return team.id() == t.team_id(); });
                if (!found)
                    return Status(StatusCode::NOT_FOUND, "team '" + t.team_id() + "' does not exist");
            }
        }
        return Status::OK;
    }

    // --- the store -------------------------------------------------------------------------

    std::optional<v1::ModuleVersion> version(const std::string &moduleId, const std::string &version)
    {
        auto st = m_store.prepare("SELECT meta FROM versions WHERE module_id = ? AND version = ?");
        st.bind(1, moduleId).bind(2, version);
        if (!st.step())
            return std::nullopt;
        v1::ModuleVersion v;
        v.ParseFromString(st.blob(0));
        return v;
    }

    std::vector<v1::RolloutRule> rulesOf(const std::string &moduleId)
    {
        std::vector<v1::RolloutRule> rules;
        auto st = moduleId.empty() ? m_store.prepare("SELECT rule FROM rules ORDER BY sequence")
                                   : m_store.prepare("SELECT rule FROM rules WHERE module_id = ? ORDER BY sequence");
        if (!moduleId.empty())
            st.bind(1, moduleId);
        while (st.step()) {
            rules.emplace_back();
            rules.back().ParseFromString(st.blob(0));
        }
        return rules;
    }

    static std::vector<Rule> toRules(const std::vector<v1::RolloutRule> &rules)
    {
        std::vector<Rule> result;
        for (const auto &r : rules)
            result.push_back({r.version_counter(), r.version(), toTarget(r.target())});
        return result;
    }

    // module id -> its rules, for every module that has any.
    std::map<std::string, std::vector<Rule>> allRules()
    {
        std::map<std::string, std::vector<Rule>> byModule;
        for (const auto &r : rulesOf({}))
            byModule[r.module_id()].push_back({r.version_counter(), r.version(), toTarget(r.target())});
        return byModule;
    }

    std::vector<v1::ModuleVersion> assignedTo(const Member &member, const QueueLookup &queues)
    {
        const auto byModule = m_store.read([&] { return allRules(); });
        std::vector<v1::ModuleVersion> result;
        for (const auto &[moduleId, rules] : byModule) {
            const std::string v = assignedVersion(rules, member, moduleId, queues);
            if (v.empty())
                continue;
            if (auto meta = m_store.read([&] { return version(moduleId, v); }))
                result.push_back(*meta);
        }
        return result;
    }

    // Tells each user whose version of `moduleId` the new rule changed.
    void announce(const std::string &moduleId, const std::vector<Rule> &before, const std::vector<Rule> &after,
                  const v1::RolloutRule &rule)
    {
        const auto members = allMembers();
        if (!members) {
            // No identity to ask who is affected: everyone re-reads their assignment.
            v1::Event event;
            event.set_topic("all");
            if (auto meta = m_store.read([&] { return version(moduleId, rule.version()); }))
                *event.mutable_module_assignment_changed()->add_modules() = *meta;
            else
                event.mutable_module_assignment_changed();
            m_context.bus.publish(std::move(event));
            return;
        }
        const QueueLookup queues = queueLookup();
        for (const Member &member : *members) {
            if (assignedVersion(before, member, moduleId, queues) == assignedVersion(after, member, moduleId, queues))
                continue;
            v1::Event event;
            event.set_topic("user:" + member.userId);
            auto *changed = event.mutable_module_assignment_changed();
            for (const auto &v : assignedTo(member, queues))
                *changed->add_modules() = v;
            m_context.bus.publish(std::move(event));
        }
    }

    // --- RPCs --------------------------------------------------------------------------------

    using Reactor = grpc::ServerUnaryReactor;

    template<typename Fn>
    Reactor *handle(grpc::CallbackServerContext *context, std::initializer_list<v1::Role> roles, Fn &&fn)
    {
        return runtime::answerUnary(context, m_context.auth, roles, "catalog store", std::forward<Fn>(fn));
    }

    // Like handle(), but fn runs on the worker (it asks other services) and its status
    // finishes the call there.
    template<typename Fn>
    Reactor *handleLater(grpc::CallbackServerContext *context, std::initializer_list<v1::Role> roles, Fn fn)
    {
        auto *reactor = context->DefaultReactor();
        const runtime::AuthResult auth = m_context.auth.require(*context, roles);
        if (!auth.ok()) {
            reactor->Finish(auth.status);
            return reactor;
        }
        m_worker.post([reactor, caller = auth.caller, fn = std::move(fn)]() mutable {
            try {
                reactor->Finish(fn(caller));
            } catch (const std::exception &e) {
                reactor->Finish(Status(StatusCode::INTERNAL, std::string("catalog: ") + e.what()));
            }
        });
        return reactor;
    }

    static v1::Actor actor(const runtime::Caller &caller)
    {
        v1::Actor a;
        a.set_user_id(caller.userId);
        a.set_username(caller.username);
        return a;
    }

    Reactor *PublishModule(grpc::CallbackServerContext *ctx, const v1::PublishModuleRequest *request,
                           v1::ModuleVersion *response) override
    {
        return handle(ctx, {v1::ROLE_ADMIN}, [&](const runtime::Caller &caller) -> Status {
            if (request->bundle().empty())
                return invalid("bundle", "is empty: send the file `switchboard-ctl module sign` wrote");
            const QByteArray bytes = QByteArray::fromStdString(request->bundle());
            QString error;
            const modules::host::Bundle bundle = modules::host::Bundle::fromBytes(bytes, &error);
            if (bundle.isNull())
                return invalid("bundle", "not a module bundle: " + error.toStdString());
            QString keysError;
            const auto keys = modules::host::TrustedKeys::fromDirectory(QString::fromStdString(m_keysDir), &keysError);
            if (keys.isEmpty())
                return Status(StatusCode::FAILED_PRECONDITION,
                              "this server trusts no module signing key, so it accepts no module: put an "
                              "administrator's public key (<key id>.pub, made by `switchboard-ctl key generate`) "
                              "into " + m_keysDir + " or start the server with --module-trusted-keys DIR"
                                  + (keysError.isEmpty() ? std::string() : " (" + keysError.toStdString() + ")"));
            if (const QString why = bundle.verify(keys); !why.isEmpty()) {
                const bool unknownKey = bundle.isSigned() && keys.key(bundle.keyId()).isEmpty();
                if (unknownKey)
                    return Status(StatusCode::FAILED_PRECONDITION,
                                  bundle.id().toStdString() + " " + bundle.version().toStdString()
                                      + " is signed by key '" + bundle.keyId().toStdString()
                                      + "', which this server does not trust: add its .pub to " + m_keysDir
                                      + " to accept it");
                return Status(StatusCode::INVALID_ARGUMENT, why.toStdString());
            }
            const std::string moduleId = bundle.id().toStdString();
            const std::string moduleVersion = bundle.version().toStdString();
            if (!plainName(moduleId, 64) || !plainName(moduleVersion, 64))
                return invalid("bundle", "its id and version must be letters, digits, '.', '_' or '-'");

            v1::ModuleVersion meta;
            meta.set_module_id(moduleId);
            meta.set_version(moduleVersion);
            if (const auto *manifest = bundle.file(QStringLiteral("manifest.json"))) {
                const QJsonObject m = QJsonDocument::fromJson(manifest->data).object();
                meta.set_kind(m.value("kind").toString().toStdString());
                meta.set_channel(m.value("channel").toString().toStdString());
                meta.set_api_version(
                    m.value(m.contains("apiVersion") ? "apiVersion" : "api_version").toVariant().toString().toStdString());
            }
            meta.set_bundle_sha256(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toStdString());
            meta.set_signature(bundle.signature().toStdString());
            meta.set_signing_key_id(bundle.keyId().toStdString());
            meta.set_size_bytes(bytes.size());
            const std::int64_t now = runtime::nowMs();
            *meta.mutable_published_at() = TimeUtil::MillisecondsToTimestamp(now);
            *meta.mutable_published_by() = actor(caller);

            const Status stored = m_store.transaction([&]() -> Status {
                if (version(moduleId, moduleVersion))
                    return Status(StatusCode::ALREADY_EXISTS,
                                  moduleId + " " + moduleVersion
                                      + " is already published: a published version never changes, give the new "
                                        "build a new version");
                auto st = m_store.prepare(
                    "INSERT INTO versions (module_id, version, meta, bytes, published_at) VALUES (?, ?, ?, ?, ?)");
                st.bind(1, moduleId).bind(2, moduleVersion).bindBlob(3, meta.SerializeAsString());
                st.bindBlob(4, request->bundle()).bind(5, now);
                st.run();
                *response = meta;
                return Status::OK;
            });
            if (stored.ok())
                audit(caller, "module.publish", "module:" + moduleId,
                      caller.username + " published " + moduleId + " " + moduleVersion + " (signed by key '"
                          + meta.signing_key_id() + "')");
            return stored;
        });
    }

    // Every publish, rollout and rollback goes into the center's one audit log: the
    // directory keeps what services publish as audit_recorded (docs/admin.md). The rule
    // itself, with who made it, stays in the catalog's own store.
    void audit(const runtime::Caller &caller, const std::string &action, const std::string &target,
               const std::string &details)
    {
        v1::AuditEntry entry;
        entry.set_id(runtime::newId("audit"));
        *entry.mutable_at() = TimeUtil::MillisecondsToTimestamp(runtime::nowMs());
        *entry.mutable_actor() = actor(caller);
        entry.set_service("catalog");
        entry.set_action(action);
        entry.set_target(target);
        entry.set_details(details);
        for (const char *topic : {"role:admin", "role:supervisor"}) {
            v1::Event event;
            event.set_topic(topic);
            *event.mutable_audit_recorded() = entry;
            m_context.bus.publish(std::move(event));
        }
    }

    // Stores a rule and tells the users it changes; previous: the version the same
    // target's newest rule gave (empty: none).
    Status addRule(const runtime::Caller &caller, const std::string &moduleId, const std::string &newVersion,
                   const v1::RolloutTarget &target, v1::RolloutRule *response, bool rollback)
    {
        const std::string key = toTarget(target).key();
        std::vector<Rule> before, after;
        const Status status = m_store.transaction([&]() -> Status {
            const auto rules = rulesOf(moduleId);
            const v1::RolloutRule *last = nullptr;
            for (const auto &r : rules)
                if (toTarget(r.target()).key() == key)
                    last = &r;
            v1::RolloutRule rule;
            rule.set_id(runtime::newId("rule"));
            rule.set_module_id(moduleId);
            *rule.mutable_target() = target;
            *rule.mutable_created_at() = TimeUtil::MillisecondsToTimestamp(runtime::nowMs());
            *rule.mutable_created_by() = actor(caller);
            if (rollback) {
                if (!last)
                    return Status(StatusCode::FAILED_PRECONDITION,
                                  moduleId + " was never rolled out to " + describeTarget(target)
                                      + ": nothing to roll back (rollback names the same target as the rollout)");
                rule.set_version(last->previous_version());
                rule.set_previous_version(last->version());
            } else {
                if (!version(moduleId, newVersion))
                    return Status(StatusCode::NOT_FOUND, moduleId + " " + newVersion
                                                             + " is not published: publish it first "
                                                               "(switchboard-ctl module publish FILE.sbm)");
                rule.set_version(newVersion);
                rule.set_previous_version(last ? last->version() : std::string());
            }
            auto st = m_store.prepare("INSERT INTO rules (id, module_id, target_key, rule) VALUES (?, ?, ?, '')");
            st.bind(1, rule.id()).bind(2, moduleId).bind(3, key);
            st.run();
            auto seq = m_store.prepare("SELECT sequence FROM rules WHERE id = ?");
            seq.bind(1, rule.id());
            seq.step();
            rule.set_version_counter(seq.integer(0));
            auto update = m_store.prepare("UPDATE rules SET rule = ? WHERE id = ?");
            update.bindBlob(1, rule.SerializeAsString()).bind(2, rule.id());
            update.run();
            before = toRules(rules);
            after = before;
            after.push_back({rule.version_counter(), rule.version(), toTarget(rule.target())});
            *response = rule;
            return Status::OK;
        });
        if (status.ok()) {
            announce(moduleId, before, after, *response);
            audit(caller, rollback ? "module.rollback" : "module.rollout", "module:" + moduleId,
                  caller.username + (rollback ? " rolled " + moduleId + " back to " : " rolled out " + moduleId + " ")
                      + (response->version().empty() ? std::string("the built-in version") : response->version())
                      + " for " + describeTarget(target));
        }
        return status;
    }

    Reactor *Rollout(grpc::CallbackServerContext *ctx, const v1::RolloutRequest *request,
                     v1::RolloutRule *response) override
    {
        if (request->module_id().empty() || request->version().empty() || checkTarget(request->target()).ok() == false) {
            auto *reactor = ctx->DefaultReactor();
            const runtime::AuthResult auth = m_context.auth.require(*ctx, {v1::ROLE_ADMIN});
            if (!auth.ok())
                reactor->Finish(auth.status);
            else if (request->module_id().empty())
                reactor->Finish(invalid("module_id", "is required"));
            else if (request->version().empty())
                reactor->Finish(invalid("version", "is required"));
            else
                reactor->Finish(checkTarget(request->target()));
            return reactor;
        }
        return handleLater(ctx, {v1::ROLE_ADMIN}, [this, request, response](const runtime::Caller &caller) {
            if (Status s = checkTargetExists(request->target()); !s.ok())
                return s;
            return addRule(caller, request->module_id(), request->version(), request->target(), response, false);
        });
    }

    Reactor *Rollback(grpc::CallbackServerContext *ctx, const v1::RollbackRequest *request,
                      v1::RolloutRule *response) override
    {
        if (request->module_id().empty() || !checkTarget(request->target()).ok()) {
            auto *reactor = ctx->DefaultReactor();
            const runtime::AuthResult auth = m_context.auth.require(*ctx, {v1::ROLE_ADMIN});
            if (!auth.ok())
                reactor->Finish(auth.status);
            else if (request->module_id().empty())
                reactor->Finish(invalid("module_id", "is required"));
            else
                reactor->Finish(checkTarget(request->target()));
            return reactor;
        }
        return handleLater(ctx, {v1::ROLE_ADMIN}, [this, request, response](const runtime::Caller &caller) {
            return addRule(caller, request->module_id(), {}, request->target(), response, true);
        });
    }

    Reactor *ListModules(grpc::CallbackServerContext *ctx, const v1::ListModulesRequest *,
                         v1::ListModulesResponse *response) override
    {
        return handle(ctx, {v1::ROLE_ADMIN, v1::ROLE_SUPERVISOR}, [&](const runtime::Caller &) {
            m_store.read([&] {
                auto st = m_store.prepare("SELECT meta FROM versions ORDER BY module_id, published_at");
                while (st.step())
                    response->add_versions()->ParseFromString(st.blob(0));
                for (const auto &r : rulesOf({}))
                    *response->add_rules() = r;
            });
            return Status::OK;
        });
    }

    Reactor *GetModuleStatus(grpc::CallbackServerContext *ctx, const v1::GetModuleStatusRequest *request,
                             v1::GetModuleStatusResponse *response) override
    {
        return handle(ctx, {v1::ROLE_ADMIN, v1::ROLE_SUPERVISOR}, [&](const runtime::Caller &) {
            m_store.read([&] {
                auto st = m_store.prepare("SELECT status FROM client_status ORDER BY user_id, client_id");
                while (st.step()) {
                    v1::ClientModuleStatus status;
                    status.ParseFromString(st.blob(0));
                    if (!request->module_id().empty()) {
                        auto *modules = status.mutable_modules();
                        modules->erase(std::remove_if(modules->begin(), modules->end(),
                                                      [&](const v1::ClientModule &m) {
                                                          return m.module_id() != request->module_id();
                                                      }),
                                       modules->end());
                        if (modules->empty())
                            continue;
                    }
                    *response->add_clients() = status;
                }
            });
            return Status::OK;
        });
    }

    Reactor *GetAssignedModules(grpc::CallbackServerContext *ctx, const v1::GetAssignedModulesRequest *,
                                v1::GetAssignedModulesResponse *response) override
    {
        return handleLater(ctx, {}, [this, response](const runtime::Caller &caller) {
            for (const auto &v : assignedTo(memberOf(caller), queueLookup()))
                *response->add_modules() = v;
            return Status::OK;
        });
    }

    grpc::ServerWriteReactor<v1::ModuleChunk> *DownloadModule(grpc::CallbackServerContext *ctx,
                                                              const v1::DownloadModuleRequest *request) override
    {
        auto *reactor = new DownloadReactor;
        const runtime::AuthResult auth = m_context.auth.require(*ctx);
        if (!auth.ok()) {
            reactor->Finish(auth.status);
            return reactor;
        }
        if (request->module_id().empty() || request->version().empty()) {
            reactor->Finish(invalid(request->module_id().empty() ? "module_id" : "version", "is required"));
            return reactor;
        }
        m_worker.post([this, reactor, caller = auth.caller, moduleId = request->module_id(),
                       wanted = request->version()] {
            try {
                const auto bytes = m_store.read([&]() -> std::optional<std::string> {
                    auto st = m_store.prepare("SELECT bytes FROM versions WHERE module_id = ? AND version = ?");
                    st.bind(1, moduleId).bind(2, wanted);
                    if (!st.step())
                        return std::nullopt;
                    return st.blob(0);
                });
                if (!bytes) {
                    reactor->Finish(Status(StatusCode::NOT_FOUND, moduleId + " " + wanted + " is not published"));
                    return;
                }
                const bool staff = caller.hasRole(v1::ROLE_ADMIN) || caller.hasRole(v1::ROLE_SUPERVISOR);
                if (!staff) {
                    const auto rules = m_store.read([&] { return toRules(rulesOf(moduleId)); });
                    if (assignedVersion(rules, memberOf(caller), moduleId, queueLookup()) != wanted) {
                        reactor->Finish(Status(StatusCode::PERMISSION_DENIED,
                                               moduleId + " " + wanted + " is not rolled out to you"));
                        return;
                    }
                }
                reactor->start(*bytes);
            } catch (const std::exception &e) {
                reactor->Finish(Status(StatusCode::INTERNAL, std::string("catalog store: ") + e.what()));
            }
        });
        return reactor;
    }

    Reactor *ReportClientModules(grpc::CallbackServerContext *ctx, const v1::ReportClientModulesRequest *request,
                                 v1::ReportClientModulesResponse *) override
    {
        return handle(ctx, {}, [&](const runtime::Caller &caller) -> Status {
            if (request->client_id().empty() || request->client_id().size() > 128)
                return invalid("client_id", "is required (at most 128 characters): the client's installation id");
            if (request->modules_size() > 1000)
                return invalid("modules", "more than 1000 modules");
            for (const auto &m : request->modules()) {
                if (m.module_id().empty())
                    return invalid("modules", "a module has no module_id");
                if (m.message().size() > 2000)
                    return invalid("modules", "the message of " + m.module_id() + " is longer than 2000 characters");
            }
            v1::ClientModuleStatus status;
            status.set_user_id(caller.userId);
            status.set_client_id(request->client_id());
            *status.mutable_modules() = request->modules();
            const std::int64_t now = runtime::nowMs();
            *status.mutable_reported_at() = TimeUtil::MillisecondsToTimestamp(now);
            m_store.transaction([&] {
                auto st = m_store.prepare(
                    "INSERT OR REPLACE INTO client_status (user_id, client_id, status, reported_at) VALUES (?, ?, ?, ?)");
                st.bind(1, caller.userId).bind(2, request->client_id()).bindBlob(3, status.SerializeAsString());
                st.bind(4, now);
                st.run();
            });
            return Status::OK;
        });
    }

private:
    const runtime::ServiceContext &m_context;
    const std::string m_keysDir;
    runtime::Store m_store;
    std::unique_ptr<v1::DirectoryService::Stub> m_directory;
    std::unique_ptr<v1::IdentityService::Stub> m_identity;
    Worker m_worker;    // last: stopped (joined) before the rest is destroyed
};

Service::Service(const runtime::ServiceContext &context, const std::string &trustedKeysDir)
    : d(std::make_unique<Impl>(context, trustedKeysDir))
{
}
Service::~Service() = default;

grpc::Service *Service::grpcService()
{
    return d.get();
}

void Service::stop()
{
    d->stop();
}

} // namespace catalog
