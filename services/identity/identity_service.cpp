#include "identity_service.h"

#include "identity_grpc_service.h"
#include "identity_user_store.h"
#include "identity_validation.h"

#include "runtime_password.h"
#include "runtime_store.h"
#include "runtime_tls.h"
#include "runtime_tokens.h"

#include "switchboard/v1/common.pb.h"

#include <filesystem>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>

namespace identity {

namespace v1 = switchboard::v1;
namespace fs = std::filesystem;

namespace {

runtime::SigningKey loadOrCreateSigningKey(UserStore &store, std::vector<PublicKey> *publicKeys)
{
    std::optional<runtime::SigningKey> active;
    for (const StoredSigningKey &stored : store.signingKeys()) {
        runtime::SigningKey key = runtime::SigningKey::fromPrivateBytes(stored.privateBytes);
        // Retired keys still verify the tokens they signed until those expire.
        publicKeys->push_back({key.keyId(), key.publicBytes()});
        if (stored.active)
            active = key;
    }
    if (active)
        return *active;
    runtime::SigningKey key = runtime::SigningKey::generate();
    store.addSigningKey({key.keyId(), key.privateBytes(), runtime::nowMs(), true});
    publicKeys->push_back({key.keyId(), key.publicBytes()});
    return key;
}

std::string readAdminPassword(const std::string &path)
{
    const std::string content = runtime::readFile(path);
    const std::string password = trimmed(content.substr(0, content.find('\n')));
    if (std::string problem = passwordProblem(password, "the administrator password in " + path);
        !problem.empty())
        throw std::runtime_error(problem);
    return password;
}

std::map<std::string, std::string> readDemoUsers(const std::string &path)
{
    std::map<std::string, std::string> passwords;
    std::istringstream lines(runtime::readFile(path));
    std::string line;
    while (std::getline(lines, line)) {
        std::istringstream fields(line);
        std::string username, password;
        if (fields >> username >> password)
            passwords[username] = password;
    }
    return passwords;
}

} // namespace

struct Service::Private {
    explicit Private(const runtime::ServiceContext &context)
        : context(context)
        , store((fs::create_directories(context.options.dataDir),
                 (fs::path(context.options.dataDir) / "identity.db").string()))
        , signingKey(loadOrCreateSigningKey(store, &publicKeys))
    {
    }

    runtime::ServiceContext context;    // a copy: the caller's may be a temporary
    UserStore store;
    std::vector<PublicKey> publicKeys;
    runtime::SigningKey signingKey;
    std::unique_ptr<GrpcService> grpc;
};

Service::Service(const runtime::ServiceContext &context) : d(std::make_unique<Private>(context))
{
    for (const PublicKey &key : d->publicKeys)
        d->context.verifier.addPublicKey(key.keyId, key.publicBytes);

    const std::int64_t now = runtime::nowMs();
    d->store.pruneSessions(now);
    for (const SessionRecord &session : d->store.revokedSessions(now))
        d->context.verifier.revokeSession(session.id, session.accessExpiresAtMs);

    if (!d->store.hasUsers()) {
        const runtime::ServerOptions &options = d->context.options;
        const bool generated = options.adminPasswordFile.empty();
        const std::string password = generated ? runtime::generatePassword() : readAdminPassword(options.adminPasswordFile);
        if (!d->store.createUser("admin", "Administrator", {v1::ROLE_ADMIN, v1::ROLE_SUPERVISOR},
                                 runtime::hashPassword(password)))
            throw std::runtime_error("cannot create the administrator 'admin'");
        if (generated)
            std::cout << "Created administrator 'admin' with password: " << password << std::endl;
    }

    d->grpc = std::make_unique<GrpcService>(d->context, d->store, d->signingKey, d->publicKeys);
}

Service::~Service() = default;

grpc::Service *Service::grpcService()
{
    return d->grpc.get();
}

void Service::stop()
{
    d->store.flush();
}

std::string Service::issueServiceToken(const std::string &serviceName, std::int64_t ttlMs)
{
    return issueToken("svc-" + serviceName, serviceName, {v1::ROLE_ADMIN, v1::ROLE_SUPERVISOR, v1::ROLE_INTEGRATION},
                      ttlMs);
}

std::string Service::issueToken(const std::string &userId, const std::string &username, const std::vector<int> &roles,
                                std::int64_t ttlMs)
{
    v1::SessionClaims claims;
    claims.set_user_id(userId);
    claims.set_username(username);
    claims.set_session_id("svc-session-" + userId);
    for (int role : roles)
        claims.add_roles(v1::Role(role));
    const std::int64_t now = runtime::nowMs();
    claims.set_issued_at_ms(now);
    claims.set_expires_at_ms(now + ttlMs);
    return d->signingKey.sign(claims);
}

void Service::seedDemo()
{
    struct DemoUser {
        const char *username;
        const char *displayName;
        std::vector<int> roles;
    };
    const std::vector<DemoUser> demoUsers = {
        {"agent1", "Agent One", {v1::ROLE_AGENT}},
        {"agent2", "Agent Two", {v1::ROLE_AGENT}},
        {"agent3", "Agent Three", {v1::ROLE_AGENT}},
        {"supervisor1", "Supervisor One", {v1::ROLE_SUPERVISOR, v1::ROLE_AGENT}},
        {"admin1", "Admin One", {v1::ROLE_ADMIN, v1::ROLE_SUPERVISOR}},
        {"simulator", "Simulator", {v1::ROLE_INTEGRATION}},
    };

    const std::string path = (fs::path(d->context.options.dataDir) / "demo-users.txt").string();
    std::map<std::string, std::string> written;
    if (fs::exists(path))
        written = readDemoUsers(path);

    bool changed = false;
    std::string content;
    for (const DemoUser &demo : demoUsers) {
        const std::optional<UserRecord> existing = d->store.userByUsername(demo.username);
        auto known = written.find(demo.username);
        std::string password;
        if (existing && known != written.end()) {
            password = known->second;                       // the usual restart: nothing to do
        } else if (existing) {
            // Its password was never written down (or the file was lost): a demo account
            // nobody can sign in to is useless, so it gets a new one.
            password = runtime::generatePassword();
            UserRecord updated;
            d->store.setPasswordHash(existing->id, runtime::hashPassword(password), &updated);
            changed = true;
        } else {
            password = runtime::generatePassword();
            if (!d->store.createUser(demo.username, demo.displayName, demo.roles, runtime::hashPassword(password)))
                throw std::runtime_error(std::string("cannot create the demo user ") + demo.username);
            changed = true;
        }
        content += std::string(demo.username) + " " + password + "\n";
    }
    if (changed || !fs::exists(path))
        runtime::writeFile(path, content, 0600);
}

} // namespace identity
