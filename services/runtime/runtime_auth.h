#pragma once
// Authentication and roles for every RPC: the caller's bearer token is verified and the
// method's roles are enforced on the server.

#include "runtime_tokens.h"

#include <grpcpp/support/status.h>

#include <initializer_list>
#include <string>
#include <vector>

namespace grpc { class ServerContextBase; }
namespace switchboard::v1 { enum Role : int; }

namespace runtime {

// "agent", "supervisor", "admin", "integration"; nullptr for anything else. The names
// used in topics ("role:agent") and messages.
const char *roleName(int role);

struct Caller {
    std::string userId;
    std::string username;
    std::string sessionId;
    std::vector<int> roles;              // switchboard::v1::Role values
    std::int64_t expiresAtMs = 0;

    bool hasRole(switchboard::v1::Role role) const;
};

// The outcome of an authorization check: a caller, or the status to answer with.
struct AuthResult {
    grpc::Status status;
    Caller caller;
    bool ok() const { return status.ok(); }
};

class Authenticator {
public:
    explicit Authenticator(const TokenVerifier &verifier);

    // UNAUTHENTICATED without a valid "authorization: Bearer <token>" metadata entry;
    // PERMISSION_DENIED when the caller holds none of anyOf (empty = any signed-in user).
    AuthResult require(const grpc::ServerContextBase &context,
                       std::initializer_list<switchboard::v1::Role> anyOf = {}) const;

    // For tokens that do not arrive as gRPC metadata (the gateway's hello).
    AuthResult verifyToken(std::string_view token,
                           std::initializer_list<switchboard::v1::Role> anyOf = {}) const;

    const TokenVerifier &verifier() const { return m_verifier; }

private:
    const TokenVerifier &m_verifier;
};

} // namespace runtime
