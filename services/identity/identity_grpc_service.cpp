#include "identity_grpc_service.h"

#include "identity_secrets.h"
#include "identity_validation.h"

#include "runtime_auth.h"
#include "runtime_bus.h"
#include "runtime_password.h"
#include "runtime_service.h"
#include "runtime_store.h"

#include "switchboard/v1/gateway.pb.h"

#include <algorithm>

namespace identity {

namespace v1 = switchboard::v1;
using grpc::Status;
using grpc::StatusCode;

namespace {

constexpr int DefaultPageSize = 100;
constexpr int MaxPageSize = 1000;
const char *const WrongCredentials = "wrong username or password";

Status invalid(const std::string &message) { return Status(StatusCode::INVALID_ARGUMENT, message); }

void setTimestamp(google::protobuf::Timestamp *out, std::int64_t ms)
{
    std::int64_t seconds = ms / 1000;
    std::int64_t millis = ms % 1000;
    if (millis < 0) {
        millis += 1000;
        seconds -= 1;
    }
    out->set_seconds(seconds);
    out->set_nanos(int(millis * 1000000));
}

std::vector<int> rolesOf(const google::protobuf::RepeatedField<int> &roles)
{
    return std::vector<int>(roles.begin(), roles.end());
}

// Runs a handler body, turning what it throws into a status a person can read.
template<typename Fn>
Status guarded(Fn &&fn)
{
    try {
        return fn();
    } catch (const runtime::StoreError &e) {
        return Status(StatusCode::INTERNAL, std::string("the identity database failed: ") + e.what());
    } catch (const std::exception &e) {
        return Status(StatusCode::INTERNAL, std::string("identity failed: ") + e.what());
    }
}

template<typename Fn>
grpc::ServerUnaryReactor *finish(grpc::CallbackServerContext *context, Fn &&fn)
{
    grpc::ServerUnaryReactor *reactor = context->DefaultReactor();
    reactor->Finish(guarded(std::forward<Fn>(fn)));
    return reactor;
}

Status versionMismatch(const UserRecord &current, std::int64_t sent)
{
    return Status(StatusCode::ABORTED,
                  "user '" + current.username + "' was changed by someone else since you loaded it (it is at version "
                      + std::to_string(current.version) + ", you sent " + std::to_string(sent)
                      + "): reload it and apply your change again");
}

Status noSuchUser(const std::string &id)
{
    return Status(StatusCode::NOT_FOUND, "there is no user with id '" + id + "'; it may have been deleted");
}

} // namespace

void toProto(const UserRecord &user, v1::User *out)
{
    out->set_id(user.id);
    out->set_username(user.username);
    out->set_display_name(user.displayName);
    out->clear_roles();
    for (int role : user.roles)
        out->add_roles(v1::Role(role));
    out->set_disabled(user.disabled);
    out->set_version(user.version);
    setTimestamp(out->mutable_created_at(), user.createdAtMs);
}

GrpcService::GrpcService(const runtime::ServiceContext &context, UserStore &store,
                         const runtime::SigningKey &signingKey, std::vector<PublicKey> publicKeys)
    : m_context(context), m_store(store), m_signingKey(signingKey), m_publicKeys(std::move(publicKeys))
{
}

// The gRPC entry points.

GrpcService::Reactor *GrpcService::SignIn(Context *c, const v1::SignInRequest *rq, v1::SignInResponse *rs)
{
    return finish(c, [&] { return signIn(*rq, rs); });
}

GrpcService::Reactor *GrpcService::RefreshSession(Context *c, const v1::RefreshSessionRequest *rq,
                                                  v1::SignInResponse *rs)
{
    return finish(c, [&] { return refreshSession(*rq, rs); });
}

GrpcService::Reactor *GrpcService::SignOut(Context *c, const v1::SignOutRequest *, v1::SignOutResponse *)
{
    return finish(c, [&] { return signOut(*c); });
}

GrpcService::Reactor *GrpcService::WhoAmI(Context *c, const v1::WhoAmIRequest *, v1::WhoAmIResponse *rs)
{
    return finish(c, [&] { return whoAmI(*c, rs); });
}

GrpcService::Reactor *GrpcService::GetSigningKeys(Context *c, const v1::GetSigningKeysRequest *,
                                                  v1::GetSigningKeysResponse *rs)
{
    return finish(c, [&] { return getSigningKeys(*c, rs); });
}

GrpcService::Reactor *GrpcService::ListRevokedSessions(Context *c, const v1::ListRevokedSessionsRequest *,
                                                       v1::ListRevokedSessionsResponse *rs)
{
    return finish(c, [&] { return listRevokedSessions(*c, rs); });
}

GrpcService::Reactor *GrpcService::ChangePassword(Context *c, const v1::ChangePasswordRequest *rq,
                                                  v1::ChangePasswordResponse *)
{
    return finish(c, [&] { return changePassword(*c, *rq); });
}

GrpcService::Reactor *GrpcService::CreateUser(Context *c, const v1::CreateUserRequest *rq, v1::User *rs)
{
    return finish(c, [&] { return createUser(*c, *rq, rs); });
}

GrpcService::Reactor *GrpcService::GetUser(Context *c, const v1::GetUserRequest *rq, v1::User *rs)
{
    return finish(c, [&] { return getUser(*c, *rq, rs); });
}

GrpcService::Reactor *GrpcService::ListUsers(Context *c, const v1::ListUsersRequest *rq, v1::ListUsersResponse *rs)
{
    return finish(c, [&] { return listUsers(*c, *rq, rs); });
}

GrpcService::Reactor *GrpcService::UpdateUser(Context *c, const v1::UpdateUserRequest *rq, v1::User *rs)
{
    return finish(c, [&] { return updateUser(*c, *rq, rs); });
}

GrpcService::Reactor *GrpcService::DeleteUser(Context *c, const v1::DeleteUserRequest *rq, v1::DeleteUserResponse *)
{
    return finish(c, [&] { return deleteUser(*c, *rq); });
}

GrpcService::Reactor *GrpcService::SetPassword(Context *c, const v1::SetPasswordRequest *rq, v1::SetPasswordResponse *)
{
    return finish(c, [&] { return setPassword(*c, *rq); });
}

GrpcService::Reactor *GrpcService::RevokeUserSessions(Context *c, const v1::RevokeUserSessionsRequest *rq,
                                                      v1::RevokeUserSessionsResponse *rs)
{
    return finish(c, [&] { return revokeUserSessions(*c, *rq, rs); });
}

// Sessions.

Status GrpcService::signIn(const v1::SignInRequest &request, v1::SignInResponse *response)
{
    const std::string username = trimmed(request.username());
    if (username.empty())
        return invalid("enter a username");
    if (request.password().empty())
        return invalid("enter a password");
    if (request.password().size() > MaxPasswordLength)
        return Status(StatusCode::UNAUTHENTICATED, WrongCredentials);

    const std::optional<UserRecord> user = m_store.userByUsername(username);
    if (!user) {
        runtime::verifyPassword(request.password(), decoyHash());
        return Status(StatusCode::UNAUTHENTICATED, WrongCredentials);
    }
    // A disabled account answers like a wrong password: the message must not tell a
    // guesser that they found a real account.
    if (!runtime::verifyPassword(request.password(), user->passwordHash) || user->disabled)
        return Status(StatusCode::UNAUTHENTICATED, WrongCredentials);

    const std::int64_t now = runtime::nowMs();
    const std::string refreshToken = newRefreshToken();
    const SessionRecord session = m_store.createSession(
        user->id, sha256Hex(refreshToken), now + m_context.options.refreshTokenTtlSeconds * 1000,
        now + m_context.options.accessTokenTtlSeconds * 1000,
        trimmed(request.client_name()).substr(0, MaxClientNameLength));
    return issueTokens(*user, session, refreshToken, response);
}

Status GrpcService::refreshSession(const v1::RefreshSessionRequest &request, v1::SignInResponse *response)
{
    if (request.refresh_token().empty())
        return invalid("refresh_token is required");
    const std::string oldHash = sha256Hex(request.refresh_token());
    std::optional<SessionRecord> session = m_store.sessionByRefreshHash(oldHash);
    if (!session)
        return Status(StatusCode::UNAUTHENTICATED,
                      "this refresh token is unknown or was already used: sign in again");
    if (session->revokedAtMs != 0)
        return Status(StatusCode::UNAUTHENTICATED,
                      "this session was ended (signed out, or revoked by an administrator): sign in again");
    const std::int64_t now = runtime::nowMs();
    if (session->refreshExpiresAtMs <= now)
        return Status(StatusCode::UNAUTHENTICATED, "this session expired: sign in again");
    const std::optional<UserRecord> user = m_store.userById(session->userId);
    if (!user || user->disabled)
        return Status(StatusCode::UNAUTHENTICATED, "this account was disabled or deleted: ask an administrator");

    const std::string refreshToken = newRefreshToken();
    session->refreshExpiresAtMs = now + m_context.options.refreshTokenTtlSeconds * 1000;
    session->accessExpiresAtMs = now + m_context.options.accessTokenTtlSeconds * 1000;
    if (!m_store.rotateRefreshToken(session->id, oldHash, sha256Hex(refreshToken), session->refreshExpiresAtMs,
                                    session->accessExpiresAtMs))
        return Status(StatusCode::UNAUTHENTICATED,
                      "this refresh token was used by another request at the same time: sign in again");
    return issueTokens(*user, *session, refreshToken, response);
}

Status GrpcService::issueTokens(const UserRecord &user, const SessionRecord &session,
                                const std::string &refreshToken, v1::SignInResponse *response)
{
    v1::SessionClaims claims;
    claims.set_user_id(user.id);
    claims.set_username(user.username);
    for (int role : user.roles)
        claims.add_roles(v1::Role(role));
    claims.set_session_id(session.id);
    claims.set_issued_at_ms(runtime::nowMs());
    claims.set_expires_at_ms(session.accessExpiresAtMs);

    response->set_access_token(m_signingKey.sign(claims));
    setTimestamp(response->mutable_access_expires_at(), session.accessExpiresAtMs);
    response->set_refresh_token(refreshToken);
    setTimestamp(response->mutable_refresh_expires_at(), session.refreshExpiresAtMs);
    toProto(user, response->mutable_user());
    response->set_session_id(session.id);
    return Status::OK;
}

Status GrpcService::signOut(const grpc::ServerContextBase &context)
{
    const runtime::AuthResult auth = m_context.auth.require(context);
    if (!auth.ok())
        return auth.status;
    if (std::optional<SessionRecord> session = m_store.revokeSession(auth.caller.sessionId)) {
        session->accessExpiresAtMs = std::max(session->accessExpiresAtMs, auth.caller.expiresAtMs);
        announceRevoked({*session}, "signed out");
    }
    return Status::OK;
}

Status GrpcService::whoAmI(const grpc::ServerContextBase &context, v1::WhoAmIResponse *response)
{
    // The benchmark's trivial authenticated RPC: the token (verified once, then cached by
    // the verifier) and the in-memory user copy answer it, without SQLite.
    const runtime::AuthResult auth = m_context.auth.require(context);
    if (!auth.ok())
        return auth.status;
    const std::optional<UserRecord> user = m_store.userById(auth.caller.userId);
    if (!user)
        return Status(StatusCode::UNAUTHENTICATED, "this account no longer exists: sign in with another one");
    v1::User *out = response->mutable_user();
    toProto(*user, out);
    // The roles the server enforces for this session are the token's; they catch up with
    // an administrator's change at the next refresh.
    out->clear_roles();
    for (int role : auth.caller.roles)
        out->add_roles(v1::Role(role));
    response->set_session_id(auth.caller.sessionId);
    setTimestamp(response->mutable_expires_at(), auth.caller.expiresAtMs);
    return Status::OK;
}

Status GrpcService::getSigningKeys(const grpc::ServerContextBase &context, v1::GetSigningKeysResponse *response)
{
    const runtime::AuthResult auth = m_context.auth.require(context);
    if (!auth.ok())
        return auth.status;
    for (const PublicKey &key : m_publicKeys) {
        v1::SigningKey *out = response->add_keys();
        out->set_key_id(key.keyId);
        out->set_ed25519_public_key(key.publicBytes);
    }
    return Status::OK;
}

Status GrpcService::listRevokedSessions(const grpc::ServerContextBase &context,
                                        v1::ListRevokedSessionsResponse *response)
{
    // For services in other processes (their service principal holds admin), not desks:
    // an agent has no use for the ids of everyone's revoked sessions.
    const runtime::AuthResult auth = m_context.auth.require(context, {v1::ROLE_ADMIN});
    if (!auth.ok())
        return auth.status;
    for (const SessionRecord &session : m_store.revokedSessions(runtime::nowMs())) {
        auto *out = response->add_sessions();
        out->set_session_id(session.id);
        out->set_expires_at_ms(session.accessExpiresAtMs);
    }
    return Status::OK;
}

Status GrpcService::changePassword(const grpc::ServerContextBase &context, const v1::ChangePasswordRequest &request)
{
    const runtime::AuthResult auth = m_context.auth.require(context);
    if (!auth.ok())
        return auth.status;
    if (request.current_password().empty())
        return invalid("enter your current password");
    if (std::string problem = passwordProblem(request.new_password(), "the new password"); !problem.empty())
        return invalid(problem);
    const std::optional<UserRecord> user = m_store.userById(auth.caller.userId);
    if (!user)
        return Status(StatusCode::UNAUTHENTICATED, "this account no longer exists");
    if (!runtime::verifyPassword(request.current_password(), user->passwordHash))
        return Status(StatusCode::PERMISSION_DENIED, "the current password is wrong");

    UserRecord changed;
    if (m_store.setPasswordHash(user->id, runtime::hashPassword(request.new_password()), &changed)
        != UserStore::Outcome::Done)
        return Status(StatusCode::UNAUTHENTICATED, "this account no longer exists");
    // Whoever else knew the old password loses their sessions; this one stays signed in.
    announceRevoked(m_store.revokeUserSessions(user->id, auth.caller.sessionId), "password changed");
    announceUserChanged(changed, false);
    return Status::OK;
}

// Administration.

Status GrpcService::createUser(const grpc::ServerContextBase &context, const v1::CreateUserRequest &request,
                               v1::User *response)
{
    const runtime::AuthResult auth = m_context.auth.require(context, {v1::ROLE_ADMIN});
    if (!auth.ok())
        return auth.status;
    if (std::string problem = usernameProblem(request.username()); !problem.empty())
        return invalid(problem);
    const std::string displayName = trimmed(request.display_name());
    if (std::string problem = displayNameProblem(displayName); !problem.empty())
        return invalid(problem);
    const std::vector<int> roles = rolesOf(request.roles());
    if (std::string problem = rolesProblem(roles); !problem.empty())
        return invalid(problem);
    if (std::string problem = passwordProblem(request.password()); !problem.empty())
        return invalid(problem);
    // Checked before hashing too, so that a duplicate is answered without the hash's cost.
    if (m_store.userByUsername(request.username()))
        return Status(StatusCode::ALREADY_EXISTS,
                      "a user named '" + request.username() + "' already exists (usernames ignore case)");

    const std::optional<UserRecord> user =
        m_store.createUser(request.username(), displayName.empty() ? request.username() : displayName, roles,
                           runtime::hashPassword(request.password()));
    if (!user)
        return Status(StatusCode::ALREADY_EXISTS,
                      "a user named '" + request.username() + "' already exists (usernames ignore case)");
    toProto(*user, response);
    announceUserChanged(*user, false);
    return Status::OK;
}

Status GrpcService::getUser(const grpc::ServerContextBase &context, const v1::GetUserRequest &request,
                            v1::User *response)
{
    const runtime::AuthResult auth = m_context.auth.require(context, {v1::ROLE_ADMIN});
    if (!auth.ok())
        return auth.status;
    if (request.id().empty())
        return invalid("id is required");
    const std::optional<UserRecord> user = m_store.userById(request.id());
    if (!user)
        return noSuchUser(request.id());
    toProto(*user, response);
    return Status::OK;
}

Status GrpcService::listUsers(const grpc::ServerContextBase &context, const v1::ListUsersRequest &request,
                              v1::ListUsersResponse *response)
{
    const runtime::AuthResult auth = m_context.auth.require(context, {v1::ROLE_ADMIN});
    if (!auth.ok())
        return auth.status;
    const int requestedSize = request.page().page_size();
    if (requestedSize < 0)
        return invalid("page_size cannot be negative");
    const int pageSize = requestedSize == 0 ? DefaultPageSize : std::min(requestedSize, MaxPageSize);
    if (request.role() != v1::ROLE_UNSPECIFIED && !v1::Role_IsValid(request.role()))
        return invalid("unknown role " + std::to_string(request.role()) + ": use agent, supervisor or admin");

    // The page token is the (lower-cased) username the previous page ended with, so that
    // pages stay correct while users are created and deleted between calls.
    std::string after;
    if (!request.page().page_token().empty()) {
        std::optional<std::string> decoded = runtime::base64UrlDecode(request.page().page_token());
        if (!decoded || decoded->rfind("u:", 0) != 0)
            return invalid("page_token is not one this server handed out: start again without it");
        after = decoded->substr(2);
    }

    const std::string filter = lowerCase(trimmed(request.filter()));
    int total = 0;
    std::string lastName;
    bool more = false;
    for (const UserRecord &user : m_store.users()) {
        if (request.role() != v1::ROLE_UNSPECIFIED && !user.hasRole(request.role()))
            continue;
        if (!filter.empty() && lowerCase(user.username).find(filter) == std::string::npos
            && lowerCase(user.displayName).find(filter) == std::string::npos)
            continue;
        ++total;
        const std::string name = lowerCase(user.username);
        if (!after.empty() && name <= after)
            continue;
        if (response->users_size() == pageSize) {
            more = true;
            continue;
        }
        toProto(user, response->add_users());
        lastName = name;
    }
    response->mutable_page()->set_total_size(total);
    if (more)
        response->mutable_page()->set_next_page_token(runtime::base64UrlEncode("u:" + lastName));
    return Status::OK;
}

Status GrpcService::updateUser(const grpc::ServerContextBase &context, const v1::UpdateUserRequest &request,
                               v1::User *response)
{
    const runtime::AuthResult auth = m_context.auth.require(context, {v1::ROLE_ADMIN});
    if (!auth.ok())
        return auth.status;
    if (!request.has_user())
        return invalid("user is required");
    const v1::User &wanted = request.user();
    if (wanted.id().empty())
        return invalid("user.id is required");
    if (wanted.version() <= 0)
        return invalid("user.version is required: send the version you loaded, so that nobody else's change is "
                       "overwritten");
    const std::string displayName = trimmed(wanted.display_name());
    if (std::string problem = displayNameProblem(displayName); !problem.empty())
        return invalid(problem);
    const std::vector<int> roles = rolesOf(wanted.roles());
    if (std::string problem = rolesProblem(roles); !problem.empty())
        return invalid(problem);

    const std::optional<UserRecord> current = m_store.userById(wanted.id());
    if (!current)
        return noSuchUser(wanted.id());
    if (!wanted.username().empty() && wanted.username() != current->username)
        return invalid("a username cannot be changed (it is '" + current->username
                       + "'); create a new user instead");
    const bool keepsAdmin = std::find(roles.begin(), roles.end(), int(v1::ROLE_ADMIN)) != roles.end();
    if (wanted.id() == auth.caller.userId && (!keepsAdmin || wanted.disabled()))
        return Status(StatusCode::FAILED_PRECONDITION,
                      "you cannot disable yourself or take away your own admin role: ask another administrator");

    UserRecord updated;
    switch (m_store.updateUser(wanted.id(), wanted.version(), displayName.empty() ? current->username : displayName,
                               roles, wanted.disabled(), &updated)) {
    case UserStore::Outcome::NotFound:
        return noSuchUser(wanted.id());
    case UserStore::Outcome::VersionMismatch:
        return versionMismatch(updated, wanted.version());
    case UserStore::Outcome::Done:
        break;
    }

    // Tokens carry roles; a session must not keep a role it lost, nor outlive a disabled
    // account, until its token expires. A role gained waits for the next refresh.
    bool lostRole = false;
    for (int role : current->roles)
        lostRole = lostRole || !updated.hasRole(role);
    if (updated.disabled && !current->disabled)
        announceRevoked(m_store.revokeUserSessions(updated.id), "account disabled by an administrator");
    else if (lostRole)
        announceRevoked(m_store.revokeUserSessions(updated.id), "roles changed by an administrator");

    toProto(updated, response);
    announceUserChanged(updated, false);
    return Status::OK;
}

Status GrpcService::deleteUser(const grpc::ServerContextBase &context, const v1::DeleteUserRequest &request)
{
    const runtime::AuthResult auth = m_context.auth.require(context, {v1::ROLE_ADMIN});
    if (!auth.ok())
        return auth.status;
    if (request.id().empty())
        return invalid("id is required");
    if (request.id() == auth.caller.userId)
        return Status(StatusCode::FAILED_PRECONDITION,
                      "you cannot delete your own account: ask another administrator");

    UserRecord deleted;
    std::vector<SessionRecord> revoked;
    switch (m_store.deleteUser(request.id(), request.version(), &deleted, &revoked)) {
    case UserStore::Outcome::NotFound:
        return noSuchUser(request.id());
    case UserStore::Outcome::VersionMismatch:
        return versionMismatch(deleted, request.version());
    case UserStore::Outcome::Done:
        break;
    }
    announceRevoked(revoked, "account deleted by an administrator");
    announceUserChanged(deleted, true);
    return Status::OK;
}

Status GrpcService::setPassword(const grpc::ServerContextBase &context, const v1::SetPasswordRequest &request)
{
    const runtime::AuthResult auth = m_context.auth.require(context, {v1::ROLE_ADMIN});
    if (!auth.ok())
        return auth.status;
    if (request.user_id().empty())
        return invalid("user_id is required");
    if (std::string problem = passwordProblem(request.new_password(), "the new password"); !problem.empty())
        return invalid(problem);
    if (!m_store.userById(request.user_id()))
        return noSuchUser(request.user_id());

    UserRecord changed;
    if (m_store.setPasswordHash(request.user_id(), runtime::hashPassword(request.new_password()), &changed)
        != UserStore::Outcome::Done)
        return noSuchUser(request.user_id());
    // Sessions opened with the old password end; an administrator resetting their own
    // password keeps the session they do it from.
    announceRevoked(m_store.revokeUserSessions(changed.id, auth.caller.sessionId),
                    "password reset by an administrator");
    announceUserChanged(changed, false);
    return Status::OK;
}

Status GrpcService::revokeUserSessions(const grpc::ServerContextBase &context,
                                       const v1::RevokeUserSessionsRequest &request,
                                       v1::RevokeUserSessionsResponse *response)
{
    const runtime::AuthResult auth = m_context.auth.require(context, {v1::ROLE_ADMIN});
    if (!auth.ok())
        return auth.status;
    if (request.user_id().empty())
        return invalid("user_id is required");
    if (!m_store.userById(request.user_id()))
        return noSuchUser(request.user_id());
    const std::vector<SessionRecord> revoked = m_store.revokeUserSessions(request.user_id());
    announceRevoked(revoked, "revoked by an administrator");
    response->set_revoked(int(revoked.size()));
    return Status::OK;
}

// Helpers.

void GrpcService::announceRevoked(const std::vector<SessionRecord> &sessions, const std::string &reason)
{
    for (const SessionRecord &session : sessions) {
        m_context.verifier.revokeSession(session.id, session.accessExpiresAtMs);
        v1::Event event;
        event.set_topic("user:" + session.userId);
        v1::SessionRevoked *revoked = event.mutable_session_revoked();
        revoked->set_session_id(session.id);
        revoked->set_user_id(session.userId);
        revoked->set_expires_at_ms(session.accessExpiresAtMs);
        revoked->set_reason(reason);
        m_context.bus.publish(std::move(event));
    }
}

void GrpcService::announceUserChanged(const UserRecord &user, bool deleted)
{
    v1::Event event;
    event.set_topic("role:admin");
    v1::UserChanged *changed = event.mutable_user_changed();
    toProto(user, changed->mutable_user());
    changed->set_deleted(deleted);
    m_context.bus.publish(std::move(event));
}

const std::string &GrpcService::decoyHash()
{
    std::call_once(m_decoyOnce, [this] { m_decoyHash = runtime::hashPassword(runtime::generatePassword()); });
    return m_decoyHash;
}

} // namespace identity
