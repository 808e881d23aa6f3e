#pragma once
// The gRPC face of identity: switchboard.v1.IdentityService over the callback API.
// Internal to identity (it carries the generated headers); identity::Service owns it.
//
// Handlers run their blocking work (argon2 hashing, SQLite) directly on the gRPC
// callback thread. That is acceptable at a contact center's sign-in rates; if it ever
// starves other services in the same server, move SignIn/ChangePassword/SetPassword
// hashing to a worker pool and finish the reactor from there.

#include "identity_user_store.h"

#include "switchboard/v1/identity.grpc.pb.h"

#include "runtime_tokens.h"

#include <mutex>
#include <string>
#include <vector>

namespace runtime { struct ServiceContext; struct Caller; }

namespace identity {

struct PublicKey {
    std::string keyId;
    std::string publicBytes;
};

class GrpcService final : public switchboard::v1::IdentityService::CallbackService {
public:
    GrpcService(const runtime::ServiceContext &context, UserStore &store,
                const runtime::SigningKey &signingKey, std::vector<PublicKey> publicKeys);

    using Reactor = grpc::ServerUnaryReactor;
    using Context = grpc::CallbackServerContext;

    Reactor *SignIn(Context *, const switchboard::v1::SignInRequest *, switchboard::v1::SignInResponse *) override;
    Reactor *RefreshSession(Context *, const switchboard::v1::RefreshSessionRequest *,
                            switchboard::v1::SignInResponse *) override;
    Reactor *SignOut(Context *, const switchboard::v1::SignOutRequest *, switchboard::v1::SignOutResponse *) override;
    Reactor *WhoAmI(Context *, const switchboard::v1::WhoAmIRequest *, switchboard::v1::WhoAmIResponse *) override;
    Reactor *GetSigningKeys(Context *, const switchboard::v1::GetSigningKeysRequest *,
                            switchboard::v1::GetSigningKeysResponse *) override;
    Reactor *ListRevokedSessions(Context *, const switchboard::v1::ListRevokedSessionsRequest *,
                                 switchboard::v1::ListRevokedSessionsResponse *) override;
    Reactor *ChangePassword(Context *, const switchboard::v1::ChangePasswordRequest *,
                            switchboard::v1::ChangePasswordResponse *) override;
    Reactor *CreateUser(Context *, const switchboard::v1::CreateUserRequest *, switchboard::v1::User *) override;
    Reactor *GetUser(Context *, const switchboard::v1::GetUserRequest *, switchboard::v1::User *) override;
    Reactor *ListUsers(Context *, const switchboard::v1::ListUsersRequest *,
                       switchboard::v1::ListUsersResponse *) override;
    Reactor *UpdateUser(Context *, const switchboard::v1::UpdateUserRequest *, switchboard::v1::User *) override;
    Reactor *DeleteUser(Context *, const switchboard::v1::DeleteUserRequest *,
                        switchboard::v1::DeleteUserResponse *) override;
    Reactor *SetPassword(Context *, const switchboard::v1::SetPasswordRequest *,
                         switchboard::v1::SetPasswordResponse *) override;
    Reactor *RevokeUserSessions(Context *, const switchboard::v1::RevokeUserSessionsRequest *,
                                switchboard::v1::RevokeUserSessionsResponse *) override;

private:
    // The handlers' bodies: they return the status to finish with and may throw.
    grpc::Status signIn(const switchboard::v1::SignInRequest &, switchboard::v1::SignInResponse *);
    grpc::Status refreshSession(const switchboard::v1::RefreshSessionRequest &, switchboard::v1::SignInResponse *);
    grpc::Status signOut(const grpc::ServerContextBase &);
    grpc::Status whoAmI(const grpc::ServerContextBase &, switchboard::v1::WhoAmIResponse *);
    grpc::Status getSigningKeys(const grpc::ServerContextBase &, switchboard::v1::GetSigningKeysResponse *);
    grpc::Status listRevokedSessions(const grpc::ServerContextBase &,
                                     switchboard::v1::ListRevokedSessionsResponse *);
    grpc::Status changePassword(const grpc::ServerContextBase &, const switchboard::v1::ChangePasswordRequest &);
    grpc::Status createUser(const grpc::ServerContextBase &, const switchboard::v1::CreateUserRequest &,
                            switchboard::v1::User *);
    grpc::Status getUser(const grpc::ServerContextBase &, const switchboard::v1::GetUserRequest &,
                         switchboard::v1::User *);
    grpc::Status listUsers(const grpc::ServerContextBase &, const switchboard::v1::ListUsersRequest &,
                           switchboard::v1::ListUsersResponse *);
    grpc::Status updateUser(const grpc::ServerContextBase &, const switchboard::v1::UpdateUserRequest &,
                            switchboard::v1::User *);
    grpc::Status deleteUser(const grpc::ServerContextBase &, const switchboard::v1::DeleteUserRequest &);
    grpc::Status setPassword(const grpc::ServerContextBase &, const switchboard::v1::SetPasswordRequest &);
    grpc::Status revokeUserSessions(const grpc::ServerContextBase &,
                                    const switchboard::v1::RevokeUserSessionsRequest &,
                                    switchboard::v1::RevokeUserSessionsResponse *);

    grpc::Status issueTokens(const UserRecord &user, const SessionRecord &session,
                             const std::string &refreshToken, switchboard::v1::SignInResponse *response);
    // Tells every verifier in this process and, through the bus, every client and every
    // other process that these sessions are over.
    void announceRevoked(const std::vector<SessionRecord> &sessions, const std::string &reason);
    void announceUserChanged(const UserRecord &user, bool deleted);
    // The hash an unknown username is checked against, so that a wrong username takes
    // as long as a wrong password.
    const std::string &decoyHash();

    const runtime::ServiceContext &m_context;
    UserStore &m_store;
    const runtime::SigningKey &m_signingKey;
    const std::vector<PublicKey> m_publicKeys;
    std::once_flag m_decoyOnce;
    std::string m_decoyHash;
};

void toProto(const UserRecord &user, switchboard::v1::User *out);

} // namespace identity
