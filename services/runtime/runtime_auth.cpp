#include "runtime_auth.h"

#include "runtime_store.h"
#include "switchboard/v1/identity.pb.h"

#include <grpcpp/server_context.h>

#include <algorithm>

namespace runtime {

const char *roleName(int role)
{
    switch (role) {
    case switchboard::v1::ROLE_AGENT: return "agent";
    case switchboard::v1::ROLE_SUPERVISOR: return "supervisor";
    case switchboard::v1::ROLE_ADMIN: return "admin";
    case switchboard::v1::ROLE_INTEGRATION: return "integration";
    default: return nullptr;
    }
}

bool Caller::hasRole(switchboard::v1::Role role) const
{
    return std::find(roles.begin(), roles.end(), int(role)) != roles.end();
}

Authenticator::Authenticator(const TokenVerifier &verifier) : m_verifier(verifier) {}

AuthResult Authenticator::require(const grpc::ServerContextBase &context,
                                  std::initializer_list<switchboard::v1::Role> anyOf) const
{
    const auto &metadata = context.client_metadata();
    const auto it = metadata.find("authorization");
    if (it == metadata.end())
        return {grpc::Status(grpc::StatusCode::UNAUTHENTICATED,
                             "sign in first: the call carries no session token"),
                {}};
    const std::string_view value(it->second.data(), it->second.size());
    constexpr std::string_view bearer = "Bearer ";
    if (!value.starts_with(bearer))
        return {grpc::Status(grpc::StatusCode::UNAUTHENTICATED,
                             "the authorization header must be 'Bearer <token>'"),
                {}};
    return verifyToken(value.substr(bearer.size()), anyOf);
}

AuthResult Authenticator::verifyToken(std::string_view token,
                                      std::initializer_list<switchboard::v1::Role> anyOf) const
{
    const VerifiedToken verified = m_verifier.verify(token, nowMs());
    if (!verified)
        return {grpc::Status(grpc::StatusCode::UNAUTHENTICATED, describe(verified.problem)), {}};

    const auto &claims = *verified.claims;
    AuthResult result;
    result.caller.userId = claims.user_id();
    result.caller.username = claims.username();
    result.caller.sessionId = claims.session_id();
    result.caller.expiresAtMs = claims.expires_at_ms();
    result.caller.roles.assign(claims.roles().begin(), claims.roles().end());

    if (anyOf.size() == 0)
        return result;
    for (auto role : anyOf)
        if (result.caller.hasRole(role))
            return result;

    std::string needed;
    for (auto role : anyOf) {
        if (!needed.empty())
            needed += " or ";
        const char *name = roleName(role);
        needed += name ? name : "unknown";
    }
    result.status = grpc::Status(grpc::StatusCode::PERMISSION_DENIED,
                                 "this needs the " + needed + " role, which user '"
                                     + result.caller.username + "' does not hold");
    return result;
}

} // namespace runtime
