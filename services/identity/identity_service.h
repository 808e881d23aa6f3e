#pragma once
// identity: users, roles, password hashes and signed session tokens
// (switchboard.v1.IdentityService). The only holder of the token signing key.

#include "runtime_service.h"

#include <memory>
#include <string>
#include <vector>

namespace identity {

class Service final : public runtime::Service {
public:
    // Opens DATA_DIR/identity.db, loads (or creates) the Ed25519 signing key and
    // registers its public half and the still-relevant revoked sessions with
    // context.verifier. On the very first start it creates the administrator "admin",
    // with the password in options.adminPasswordFile or a generated one, printed once.
    // Throws (std::runtime_error, runtime::StoreError) when the store or the password
    // file cannot be used. context.options, bus, verifier and auth must outlive it.
    explicit Service(const runtime::ServiceContext &context);
    ~Service() override;

    std::string name() const override { return "identity"; }
    grpc::Service *grpcService() override;
    void stop() override;

    // --seed-demo: creates, when missing, agent1-3, supervisor1 and admin1 with generated
    // passwords and lists them in DATA_DIR/demo-users.txt ("username password" lines,
    // mode 0600). Idempotent: a password already written there is never changed.
    void seedDemo();

    // A token for another service of this process to call its peers with (admin,
    // supervisor and integration roles, user id "svc-<name>"), valid ttlMs.
    std::string issueServiceToken(const std::string &serviceName, std::int64_t ttlMs);
    // A token for any principal of this process (benchmarks drive thousands of agents
    // without thousands of password hashes). Never reachable over the network.
    std::string issueToken(const std::string &userId, const std::string &username, const std::vector<int> &roles,
                           std::int64_t ttlMs);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace identity
