// identity::Service behind an in-process gRPC server (no network): sessions, tokens,
// revocation, administration, first start and demo seeding.

#include "identity_service.h"

#include "runtime_auth.h"
#include "runtime_bus.h"
#include "runtime_service.h"
#include "runtime_store.h"
#include "runtime_tls.h"
#include "runtime_tokens.h"

#include "switchboard/v1/gateway.pb.h"
#include "switchboard/v1/identity.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <QtTest>

#include <sys/stat.h>

#include <map>
#include <mutex>

namespace v1 = switchboard::v1;

namespace {

const std::string AdminPassword = "Admin-Password-1";

// One running identity service over a data folder, as switchboard-server would host it.
struct Harness {
    explicit Harness(const std::string &dataDir, const std::string &adminPasswordFile)
    {
        options.dataDir = dataDir;
        options.adminPasswordFile = adminPasswordFile;
        bus = runtime::makeInProcessBus();
        subscription = bus->subscribe([this](const v1::Event &event) {
            std::lock_guard lock(mutex);
            events.push_back(event);
        });
        auth = std::make_unique<runtime::Authenticator>(verifier);
        context = std::make_unique<runtime::ServiceContext>(
            runtime::ServiceContext{options, *bus, verifier, *auth, nullptr, ""});
        service = std::make_unique<identity::Service>(*context);
        grpc::ServerBuilder builder;
        builder.RegisterService(service->grpcService());
        server = builder.BuildAndStart();
        stub = v1::IdentityService::NewStub(server->InProcessChannel(grpc::ChannelArguments()));
    }

    ~Harness()
    {
        server->Shutdown();
        service->stop();
    }

    std::vector<v1::Event> takeEvents()
    {
        std::lock_guard lock(mutex);
        return std::exchange(events, {});
    }

    runtime::ServerOptions options;
    std::unique_ptr<runtime::Bus> bus;
    std::unique_ptr<runtime::Bus::Subscription> subscription;
    runtime::TokenVerifier verifier;
    std::unique_ptr<runtime::Authenticator> auth;
    std::unique_ptr<runtime::ServiceContext> context;
    std::unique_ptr<identity::Service> service;
    std::unique_ptr<grpc::Server> server;
    std::unique_ptr<v1::IdentityService::Stub> stub;
    std::mutex mutex;
    std::vector<v1::Event> events;
};

std::unique_ptr<grpc::ClientContext> bearer(const std::string &token)
{
    auto context = std::make_unique<grpc::ClientContext>();
    if (!token.empty())
        context->AddMetadata("authorization", "Bearer " + token);
    return context;
}

QByteArray describe(const grpc::Status &status)
{
    return QByteArray::number(int(status.error_code())) + " " + QByteArray::fromStdString(status.error_message());
}

} // namespace

// QCOMPARE of a status code, printing the server's message on failure.
#define QCOMPARE_STATUS(expr, code)                                                          \
    do {                                                                                     \
        const grpc::Status s_ = (expr);                                                      \
        QVERIFY2(s_.error_code() == (code), describe(s_).constData());                       \
    } while (false)

class tst_IdentityService : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstStartCreatesAdminFromThePasswordFile();
    void firstStartWithoutPasswordFileGeneratesOne();
    void signInRejectsWrongCredentialsAlike();
    void signInRequiresBothFields();
    void whoAmIAnswersFromTheToken();
    void callsWithoutAValidTokenAreUnauthenticated();
    void refreshRotatesTheRefreshToken();
    void refreshTokenIsStoredOnlyAsItsHash();
    void signOutRevokesTheSessionEverywhere();
    void revocationsSurviveARestart();
    void signingKeySurvivesARestart();
    void changePasswordChecksTheCurrentOne();
    void adminRpcsNeedTheAdminRole();
    void createUserValidatesItsInput();
    void createUserRejectsDuplicatesIgnoringCase();
    void updateUserWithAStaleVersionIsAborted();
    void disablingAUserEndsTheirSessions();
    void adminCannotDeleteOrDemoteThemselves();
    void deleteUserRemovesTheUserAndTheirSessions();
    void setPasswordReplacesThePassword();
    void listUsersFiltersAndPages();
    void seedDemoWritesPasswordsOnceAndKeepsThem();

private:
    Harness &start();
    void restart();
    v1::SignInResponse signIn(const std::string &username, const std::string &password);
    bool signInRefused(const std::string &username, const std::string &password);
    v1::User createUser(const std::string &token, const std::string &username, std::vector<v1::Role> roles,
                        const std::string &password = "Password-123");

    std::unique_ptr<QTemporaryDir> m_dir;
    std::string m_passwordFile;
    std::unique_ptr<Harness> m_harness;
};

void tst_IdentityService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_passwordFile = m_dir->filePath("admin-password").toStdString();
    runtime::writeFile(m_passwordFile, "  " + AdminPassword + "  \nignored second line\n", 0600);
}

void tst_IdentityService::cleanup()
{
    m_harness.reset();
    m_dir.reset();
}

Harness &tst_IdentityService::start()
{
    m_harness = std::make_unique<Harness>(m_dir->filePath("data").toStdString(), m_passwordFile);
    return *m_harness;
}

void tst_IdentityService::restart()
{
    m_harness.reset();
    start();
}

v1::SignInResponse tst_IdentityService::signIn(const std::string &username, const std::string &password)
{
    v1::SignInRequest request;
    request.set_username(username);
    request.set_password(password);
    request.set_client_name("tst_identity_service");
    v1::SignInResponse response;
    grpc::ClientContext context;
    const grpc::Status status = m_harness->stub->SignIn(&context, request, &response);
    if (!status.ok())
        qWarning("sign-in of %s failed: %s", username.c_str(), describe(status).constData());
    return response;
}

bool tst_IdentityService::signInRefused(const std::string &username, const std::string &password)
{
    v1::SignInRequest request;
    request.set_username(username);
    request.set_password(password);
    v1::SignInResponse response;
    grpc::ClientContext context;
    const grpc::Status status = m_harness->stub->SignIn(&context, request, &response);
    return status.error_code() == grpc::StatusCode::UNAUTHENTICATED && response.access_token().empty();
}

v1::User tst_IdentityService::createUser(const std::string &token, const std::string &username,
                                         std::vector<v1::Role> roles, const std::string &password)
{
    v1::CreateUserRequest request;
    request.set_username(username);
    request.set_display_name("User " + username);
    for (v1::Role role : roles)
        request.add_roles(role);
    request.set_password(password);
    v1::User user;
    const grpc::Status status = m_harness->stub->CreateUser(bearer(token).get(), request, &user);
    if (!status.ok())
        qWarning("creating %s failed: %s", username.c_str(), describe(status).constData());
    return user;
}

void tst_IdentityService::firstStartCreatesAdminFromThePasswordFile()
{
    start();
    const v1::SignInResponse session = signIn("admin", AdminPassword);
    QVERIFY(!session.access_token().empty());
    QCOMPARE(session.user().username(), std::string("admin"));
    QVERIFY(std::find(session.user().roles().begin(), session.user().roles().end(), v1::ROLE_ADMIN)
            != session.user().roles().end());
    QVERIFY(QFile::exists(m_dir->filePath("data/identity.db")));

    // The password file only matters on the very first start.
    runtime::writeFile(m_passwordFile, "Another-Password-2\n", 0600);
    restart();
    QVERIFY(!signIn("admin", AdminPassword).access_token().empty());
}

void tst_IdentityService::firstStartWithoutPasswordFileGeneratesOne()
{
    m_passwordFile.clear();
    start();
    v1::SignInRequest request;
    request.set_username("admin");
    request.set_password(AdminPassword);
    v1::SignInResponse response;
    grpc::ClientContext context;
    QCOMPARE_STATUS(m_harness->stub->SignIn(&context, request, &response), grpc::StatusCode::UNAUTHENTICATED);

    // An unusable password file stops the first start with a message naming it.
    QTemporaryDir other;
    const std::string shortFile = other.filePath("short").toStdString();
    runtime::writeFile(shortFile, "short\n", 0600);
    try {
        Harness harness(other.filePath("data").toStdString(), shortFile);
        QFAIL("a 5-character administrator password was accepted");
    } catch (const std::runtime_error &e) {
        QVERIFY2(std::string(e.what()).find(shortFile) != std::string::npos, e.what());
    }
}

void tst_IdentityService::signInRejectsWrongCredentialsAlike()
{
    start();
    createUser(signIn("admin", AdminPassword).access_token(), "agent7", {v1::ROLE_AGENT});

    auto attempt = [&](const std::string &username, const std::string &password) {
        v1::SignInRequest request;
        request.set_username(username);
        request.set_password(password);
        v1::SignInResponse response;
        grpc::ClientContext context;
        return m_harness->stub->SignIn(&context, request, &response);
    };
    const grpc::Status wrongPassword = attempt("agent7", "Password-124");
    const grpc::Status unknownUser = attempt("agent8", "Password-123");
    QCOMPARE(wrongPassword.error_code(), grpc::StatusCode::UNAUTHENTICATED);
    QCOMPARE(unknownUser.error_code(), grpc::StatusCode::UNAUTHENTICATED);
    QCOMPARE(wrongPassword.error_message(), unknownUser.error_message());
    QCOMPARE(wrongPassword.error_message(), std::string("wrong username or password"));
    QVERIFY(attempt("agent7", "Password-123").ok());
    QVERIFY(attempt("AGENT7", "Password-123").ok());   // usernames ignore case
}

void tst_IdentityService::signInRequiresBothFields()
{
    start();
    v1::SignInResponse response;
    v1::SignInRequest noUser;
    noUser.set_password("x");
    grpc::ClientContext c1;
    QCOMPARE_STATUS(m_harness->stub->SignIn(&c1, noUser, &response), grpc::StatusCode::INVALID_ARGUMENT);
    v1::SignInRequest noPassword;
    noPassword.set_username("admin");
    grpc::ClientContext c2;
    QCOMPARE_STATUS(m_harness->stub->SignIn(&c2, noPassword, &response), grpc::StatusCode::INVALID_ARGUMENT);
}

void tst_IdentityService::whoAmIAnswersFromTheToken()
{
    start();
    const v1::SignInResponse session = signIn("admin", AdminPassword);
    v1::WhoAmIResponse me;
    QCOMPARE_STATUS(m_harness->stub->WhoAmI(bearer(session.access_token()).get(), {}, &me), grpc::StatusCode::OK);
    QCOMPARE(me.user().id(), session.user().id());
    QCOMPARE(me.user().username(), std::string("admin"));
    QCOMPARE(me.user().display_name(), std::string("Administrator"));
    QCOMPARE(me.session_id(), session.session_id());
    QCOMPARE(me.expires_at().seconds(), session.access_expires_at().seconds());
    // The access token lives accessTokenTtlSeconds, the refresh token refreshTokenTtlSeconds.
    const std::int64_t nowSeconds = runtime::nowMs() / 1000;
    QVERIFY(std::abs(session.access_expires_at().seconds() - nowSeconds - 15 * 60) <= 5);
    QVERIFY(std::abs(session.refresh_expires_at().seconds() - nowSeconds - 30 * 24 * 3600) <= 5);
}

void tst_IdentityService::callsWithoutAValidTokenAreUnauthenticated()
{
    start();
    v1::WhoAmIResponse me;
    QCOMPARE_STATUS(m_harness->stub->WhoAmI(bearer("").get(), {}, &me), grpc::StatusCode::UNAUTHENTICATED);
    QCOMPARE_STATUS(m_harness->stub->WhoAmI(bearer("sb1.garbage.garbage").get(), {}, &me),
                    grpc::StatusCode::UNAUTHENTICATED);
    v1::SignOutResponse out;
    QCOMPARE_STATUS(m_harness->stub->SignOut(bearer("").get(), {}, &out), grpc::StatusCode::UNAUTHENTICATED);
    v1::ListUsersResponse users;
    QCOMPARE_STATUS(m_harness->stub->ListUsers(bearer("").get(), {}, &users), grpc::StatusCode::UNAUTHENTICATED);
}

void tst_IdentityService::refreshRotatesTheRefreshToken()
{
    start();
    const v1::SignInResponse first = signIn("admin", AdminPassword);

    v1::RefreshSessionRequest request;
    request.set_refresh_token(first.refresh_token());
    v1::SignInResponse second;
    grpc::ClientContext c1;
    QCOMPARE_STATUS(m_harness->stub->RefreshSession(&c1, request, &second), grpc::StatusCode::OK);
    QCOMPARE(second.session_id(), first.session_id());
    QVERIFY(second.refresh_token() != first.refresh_token());
    QVERIFY(!second.access_token().empty());
    v1::WhoAmIResponse me;
    QCOMPARE_STATUS(m_harness->stub->WhoAmI(bearer(second.access_token()).get(), {}, &me), grpc::StatusCode::OK);

    // The old refresh token was used up.
    v1::SignInResponse again;
    grpc::ClientContext c2;
    QCOMPARE_STATUS(m_harness->stub->RefreshSession(&c2, request, &again), grpc::StatusCode::UNAUTHENTICATED);

    v1::RefreshSessionRequest empty;
    grpc::ClientContext c3;
    QCOMPARE_STATUS(m_harness->stub->RefreshSession(&c3, empty, &again), grpc::StatusCode::INVALID_ARGUMENT);
}

void tst_IdentityService::refreshTokenIsStoredOnlyAsItsHash()
{
    start();
    const v1::SignInResponse session = signIn("admin", AdminPassword);
    m_harness.reset();

    runtime::Store store(m_dir->filePath("data/identity.db").toStdString(), {});
    const std::string dump = store.read([&] {
        auto statement = store.prepare("SELECT id, user_id, refresh_hash, client_name FROM sessions");
        std::string all;
        while (statement.step())
            for (int column = 0; column < 4; ++column)
                all += statement.text(column) + "|";
        return all;
    });
    QVERIFY(dump.find(session.session_id()) != std::string::npos);
    QVERIFY(dump.find("tst_identity_service") != std::string::npos);
    QVERIFY(dump.find(session.refresh_token()) == std::string::npos);
    const std::string raw = runtime::readFile(m_dir->filePath("data/identity.db").toStdString());
    QVERIFY(raw.find(session.refresh_token()) == std::string::npos);
}

void tst_IdentityService::signOutRevokesTheSessionEverywhere()
{
    start();
    const v1::SignInResponse session = signIn("admin", AdminPassword);
    const v1::SignInResponse other = signIn("admin", AdminPassword);
    m_harness->takeEvents();

    v1::SignOutResponse out;
    QCOMPARE_STATUS(m_harness->stub->SignOut(bearer(session.access_token()).get(), {}, &out), grpc::StatusCode::OK);

    v1::WhoAmIResponse me;
    QCOMPARE_STATUS(m_harness->stub->WhoAmI(bearer(session.access_token()).get(), {}, &me),
                    grpc::StatusCode::UNAUTHENTICATED);
    QCOMPARE_STATUS(m_harness->stub->WhoAmI(bearer(other.access_token()).get(), {}, &me), grpc::StatusCode::OK);
    v1::RefreshSessionRequest refresh;
    refresh.set_refresh_token(session.refresh_token());
    v1::SignInResponse refreshed;
    grpc::ClientContext c1;
    QCOMPARE_STATUS(m_harness->stub->RefreshSession(&c1, refresh, &refreshed), grpc::StatusCode::UNAUTHENTICATED);

    const std::vector<v1::Event> events = m_harness->takeEvents();
    QCOMPARE(events.size(), size_t(1));
    QCOMPARE(events[0].topic(), "user:" + session.user().id());
    QVERIFY(events[0].has_session_revoked());
    QCOMPARE(events[0].session_revoked().session_id(), session.session_id());
    QCOMPARE(events[0].session_revoked().user_id(), session.user().id());
    QVERIFY(events[0].session_revoked().expires_at_ms() >= session.access_expires_at().seconds() * 1000);

    v1::ListRevokedSessionsResponse revoked;
    QCOMPARE_STATUS(m_harness->stub->ListRevokedSessions(bearer(other.access_token()).get(), {}, &revoked),
                    grpc::StatusCode::OK);
    QCOMPARE(revoked.sessions_size(), 1);
    QCOMPARE(revoked.sessions(0).session_id(), session.session_id());
}

void tst_IdentityService::revocationsSurviveARestart()
{
    start();
    const v1::SignInResponse session = signIn("admin", AdminPassword);
    v1::SignOutResponse out;
    QCOMPARE_STATUS(m_harness->stub->SignOut(bearer(session.access_token()).get(), {}, &out), grpc::StatusCode::OK);
    restart();
    QVERIFY(m_harness->verifier.isRevoked(session.session_id()));
    v1::WhoAmIResponse me;
    QCOMPARE_STATUS(m_harness->stub->WhoAmI(bearer(session.access_token()).get(), {}, &me),
                    grpc::StatusCode::UNAUTHENTICATED);
}

void tst_IdentityService::signingKeySurvivesARestart()
{
    start();
    const v1::SignInResponse session = signIn("admin", AdminPassword);
    v1::GetSigningKeysResponse before;
    QCOMPARE_STATUS(m_harness->stub->GetSigningKeys(bearer(session.access_token()).get(), {}, &before),
                    grpc::StatusCode::OK);
    QCOMPARE(before.keys_size(), 1);
    QCOMPARE(before.keys(0).ed25519_public_key().size(), size_t(32));

    restart();
    // A token signed before the restart still verifies after it.
    v1::WhoAmIResponse me;
    QCOMPARE_STATUS(m_harness->stub->WhoAmI(bearer(session.access_token()).get(), {}, &me), grpc::StatusCode::OK);
    v1::GetSigningKeysResponse after;
    QCOMPARE_STATUS(m_harness->stub->GetSigningKeys(bearer(session.access_token()).get(), {}, &after),
                    grpc::StatusCode::OK);
    QCOMPARE(after.keys_size(), 1);
    QCOMPARE(after.keys(0).key_id(), before.keys(0).key_id());
    QCOMPARE(after.keys(0).ed25519_public_key(), before.keys(0).ed25519_public_key());
}

void tst_IdentityService::changePasswordChecksTheCurrentOne()
{
    start();
    const std::string admin = signIn("admin", AdminPassword).access_token();
    createUser(admin, "agent7", {v1::ROLE_AGENT});
    const v1::SignInResponse session = signIn("agent7", "Password-123");
    const v1::SignInResponse elsewhere = signIn("agent7", "Password-123");

    v1::ChangePasswordRequest request;
    v1::ChangePasswordResponse response;
    request.set_current_password("Wrong-Password");
    request.set_new_password("New-Password-9");
    QCOMPARE_STATUS(m_harness->stub->ChangePassword(bearer(session.access_token()).get(), request, &response),
                    grpc::StatusCode::PERMISSION_DENIED);
    request.set_current_password("Password-123");
    request.set_new_password("short");
    QCOMPARE_STATUS(m_harness->stub->ChangePassword(bearer(session.access_token()).get(), request, &response),
                    grpc::StatusCode::INVALID_ARGUMENT);
    request.set_new_password("New-Password-9");
    QCOMPARE_STATUS(m_harness->stub->ChangePassword(bearer(session.access_token()).get(), request, &response),
                    grpc::StatusCode::OK);

    QVERIFY(signInRefused("agent7", "Password-123"));
    QVERIFY(!signIn("agent7", "New-Password-9").access_token().empty());
    // This session stays; the other one, opened with the old password, ends.
    v1::WhoAmIResponse me;
    QCOMPARE_STATUS(m_harness->stub->WhoAmI(bearer(session.access_token()).get(), {}, &me), grpc::StatusCode::OK);
    QCOMPARE_STATUS(m_harness->stub->WhoAmI(bearer(elsewhere.access_token()).get(), {}, &me),
                    grpc::StatusCode::UNAUTHENTICATED);
}

void tst_IdentityService::adminRpcsNeedTheAdminRole()
{
    start();
    const std::string admin = signIn("admin", AdminPassword).access_token();
    const v1::User agent = createUser(admin, "agent7", {v1::ROLE_AGENT});
    const v1::User supervisor = createUser(admin, "super7", {v1::ROLE_SUPERVISOR, v1::ROLE_AGENT});
    for (const std::string &token : {signIn("agent7", "Password-123").access_token(),
                                     signIn("super7", "Password-123").access_token()}) {
        v1::User user;
        v1::CreateUserRequest create;
        create.set_username("someone");
        create.add_roles(v1::ROLE_ADMIN);
        create.set_password("Password-123");
        QCOMPARE_STATUS(m_harness->stub->CreateUser(bearer(token).get(), create, &user),
                        grpc::StatusCode::PERMISSION_DENIED);
        v1::GetUserRequest get;
        get.set_id(agent.id());
        QCOMPARE_STATUS(m_harness->stub->GetUser(bearer(token).get(), get, &user), grpc::StatusCode::PERMISSION_DENIED);
        v1::ListUsersResponse list;
        QCOMPARE_STATUS(m_harness->stub->ListUsers(bearer(token).get(), {}, &list), grpc::StatusCode::PERMISSION_DENIED);
        v1::DeleteUserRequest del;
        del.set_id(supervisor.id());
        v1::DeleteUserResponse deleted;
        QCOMPARE_STATUS(m_harness->stub->DeleteUser(bearer(token).get(), del, &deleted),
                        grpc::StatusCode::PERMISSION_DENIED);
        v1::SetPasswordRequest set;
        set.set_user_id(agent.id());
        set.set_new_password("Password-456");
        v1::SetPasswordResponse setResponse;
        QCOMPARE_STATUS(m_harness->stub->SetPassword(bearer(token).get(), set, &setResponse),
                        grpc::StatusCode::PERMISSION_DENIED);
        v1::RevokeUserSessionsRequest revoke;
        revoke.set_user_id(agent.id());
        v1::RevokeUserSessionsResponse revokeResponse;
        QCOMPARE_STATUS(m_harness->stub->RevokeUserSessions(bearer(token).get(), revoke, &revokeResponse),
                        grpc::StatusCode::PERMISSION_DENIED);
    }
}

void tst_IdentityService::createUserValidatesItsInput()
{
    start();
    const std::string admin = signIn("admin", AdminPassword).access_token();
    auto attempt = [&](const std::string &username, std::vector<int> roles, const std::string &password) {
        v1::CreateUserRequest request;
        request.set_username(username);
        for (int role : roles)
            request.add_roles(v1::Role(role));
        request.set_password(password);
        v1::User user;
        return m_harness->stub->CreateUser(bearer(admin).get(), request, &user);
    };
    QCOMPARE_STATUS(attempt("ab", {v1::ROLE_AGENT}, "Password-123"), grpc::StatusCode::INVALID_ARGUMENT);
    QCOMPARE_STATUS(attempt(std::string(65, 'a'), {v1::ROLE_AGENT}, "Password-123"), grpc::StatusCode::INVALID_ARGUMENT);
    QCOMPARE_STATUS(attempt("with space", {v1::ROLE_AGENT}, "Password-123"), grpc::StatusCode::INVALID_ARGUMENT);
    QCOMPARE_STATUS(attempt("ümlaut", {v1::ROLE_AGENT}, "Password-123"), grpc::StatusCode::INVALID_ARGUMENT);
    QCOMPARE_STATUS(attempt("norole", {}, "Password-123"), grpc::StatusCode::INVALID_ARGUMENT);
    QCOMPARE_STATUS(attempt("badrole", {v1::ROLE_UNSPECIFIED}, "Password-123"), grpc::StatusCode::INVALID_ARGUMENT);
    QCOMPARE_STATUS(attempt("badrole", {42}, "Password-123"), grpc::StatusCode::INVALID_ARGUMENT);
    QCOMPARE_STATUS(attempt("shortpw", {v1::ROLE_AGENT}, "1234567"), grpc::StatusCode::INVALID_ARGUMENT);
    QCOMPARE_STATUS(attempt("a.b_c-9", {v1::ROLE_AGENT, v1::ROLE_AGENT}, "12345678"), grpc::StatusCode::OK);

    v1::ListUsersResponse list;
    QCOMPARE_STATUS(m_harness->stub->ListUsers(bearer(admin).get(), {}, &list), grpc::StatusCode::OK);
    QCOMPARE(list.users_size(), 2);   // admin and a.b_c-9
    const v1::User &created = list.users(0).username() == "a.b_c-9" ? list.users(0) : list.users(1);
    QCOMPARE(created.roles_size(), 1);
    QCOMPARE(created.version(), std::int64_t(1));
    QVERIFY(created.created_at().seconds() > 0);
}

void tst_IdentityService::createUserRejectsDuplicatesIgnoringCase()
{
    start();
    const std::string admin = signIn("admin", AdminPassword).access_token();
    const v1::User agent = createUser(admin, "agent7", {v1::ROLE_AGENT});
    QVERIFY(!agent.id().empty());
    const std::vector<v1::Event> events = m_harness->takeEvents();
    QVERIFY(!events.empty());
    QCOMPARE(events.back().topic(), std::string("role:admin"));
    QCOMPARE(events.back().user_changed().user().id(), agent.id());
    QVERIFY(!events.back().user_changed().deleted());

    for (const char *name : {"agent7", "Agent7"}) {
        v1::CreateUserRequest request;
        request.set_username(name);
        request.add_roles(v1::ROLE_AGENT);
        request.set_password("Password-123");
        v1::User user;
        QCOMPARE_STATUS(m_harness->stub->CreateUser(bearer(admin).get(), request, &user),
                        grpc::StatusCode::ALREADY_EXISTS);
    }
}

void tst_IdentityService::updateUserWithAStaleVersionIsAborted()
{
    start();
    const std::string admin = signIn("admin", AdminPassword).access_token();
    const v1::User loaded = createUser(admin, "agent7", {v1::ROLE_AGENT});

    v1::UpdateUserRequest first;
    *first.mutable_user() = loaded;
    first.mutable_user()->set_display_name("Agent Seven");
    first.mutable_user()->add_roles(v1::ROLE_SUPERVISOR);
    v1::User updated;
    QCOMPARE_STATUS(m_harness->stub->UpdateUser(bearer(admin).get(), first, &updated), grpc::StatusCode::OK);
    QCOMPARE(updated.version(), loaded.version() + 1);
    QCOMPARE(updated.display_name(), std::string("Agent Seven"));
    QCOMPARE(updated.roles_size(), 2);

    // A second admin still holding the first version.
    v1::UpdateUserRequest stale;
    *stale.mutable_user() = loaded;
    stale.mutable_user()->set_display_name("Someone Else");
    v1::User ignored;
    const grpc::Status status = m_harness->stub->UpdateUser(bearer(admin).get(), stale, &ignored);
    QCOMPARE(status.error_code(), grpc::StatusCode::ABORTED);
    QVERIFY2(status.error_message().find("someone else") != std::string::npos, status.error_message().c_str());

    v1::GetUserRequest get;
    get.set_id(loaded.id());
    v1::User current;
    QCOMPARE_STATUS(m_harness->stub->GetUser(bearer(admin).get(), get, &current), grpc::StatusCode::OK);
    QCOMPARE(current.display_name(), std::string("Agent Seven"));

    v1::UpdateUserRequest rename;
    *rename.mutable_user() = current;
    rename.mutable_user()->set_username("agent8");
    QCOMPARE_STATUS(m_harness->stub->UpdateUser(bearer(admin).get(), rename, &ignored),
                    grpc::StatusCode::INVALID_ARGUMENT);
    v1::UpdateUserRequest noVersion;
    *noVersion.mutable_user() = current;
    noVersion.mutable_user()->set_version(0);
    QCOMPARE_STATUS(m_harness->stub->UpdateUser(bearer(admin).get(), noVersion, &ignored),
                    grpc::StatusCode::INVALID_ARGUMENT);
    v1::UpdateUserRequest missing;
    *missing.mutable_user() = current;
    missing.mutable_user()->set_id("u-missing");
    QCOMPARE_STATUS(m_harness->stub->UpdateUser(bearer(admin).get(), missing, &ignored), grpc::StatusCode::NOT_FOUND);
}

void tst_IdentityService::disablingAUserEndsTheirSessions()
{
    start();
    const std::string admin = signIn("admin", AdminPassword).access_token();
    const v1::User agent = createUser(admin, "agent7", {v1::ROLE_AGENT});
    const v1::SignInResponse session = signIn("agent7", "Password-123");
    m_harness->takeEvents();

    v1::UpdateUserRequest request;
    *request.mutable_user() = agent;
    request.mutable_user()->set_disabled(true);
    v1::User updated;
    QCOMPARE_STATUS(m_harness->stub->UpdateUser(bearer(admin).get(), request, &updated), grpc::StatusCode::OK);
    QVERIFY(updated.disabled());

    v1::WhoAmIResponse me;
    QCOMPARE_STATUS(m_harness->stub->WhoAmI(bearer(session.access_token()).get(), {}, &me),
                    grpc::StatusCode::UNAUTHENTICATED);
    QVERIFY(signInRefused("agent7", "Password-123"));

    std::map<std::string, int> topics;
    for (const v1::Event &event : m_harness->takeEvents())
        ++topics[event.topic()];
    QCOMPARE(topics["user:" + agent.id()], 1);
    QCOMPARE(topics["role:admin"], 1);
}

void tst_IdentityService::adminCannotDeleteOrDemoteThemselves()
{
    start();
    const v1::SignInResponse admin = signIn("admin", AdminPassword);
    v1::DeleteUserRequest del;
    del.set_id(admin.user().id());
    v1::DeleteUserResponse deleted;
    QCOMPARE_STATUS(m_harness->stub->DeleteUser(bearer(admin.access_token()).get(), del, &deleted),
                    grpc::StatusCode::FAILED_PRECONDITION);

    v1::UpdateUserRequest demote;
    *demote.mutable_user() = admin.user();
    demote.mutable_user()->clear_roles();
    demote.mutable_user()->add_roles(v1::ROLE_AGENT);
    v1::User updated;
    QCOMPARE_STATUS(m_harness->stub->UpdateUser(bearer(admin.access_token()).get(), demote, &updated),
                    grpc::StatusCode::FAILED_PRECONDITION);
}

void tst_IdentityService::deleteUserRemovesTheUserAndTheirSessions()
{
    start();
    const std::string admin = signIn("admin", AdminPassword).access_token();
    const v1::User agent = createUser(admin, "agent7", {v1::ROLE_AGENT});
    const v1::SignInResponse session = signIn("agent7", "Password-123");
    m_harness->takeEvents();

    v1::DeleteUserRequest stale;
    stale.set_id(agent.id());
    stale.set_version(agent.version() + 5);
    v1::DeleteUserResponse deleted;
    QCOMPARE_STATUS(m_harness->stub->DeleteUser(bearer(admin).get(), stale, &deleted), grpc::StatusCode::ABORTED);

    v1::DeleteUserRequest request;
    request.set_id(agent.id());
    request.set_version(agent.version());
    QCOMPARE_STATUS(m_harness->stub->DeleteUser(bearer(admin).get(), request, &deleted), grpc::StatusCode::OK);
    QCOMPARE_STATUS(m_harness->stub->DeleteUser(bearer(admin).get(), request, &deleted), grpc::StatusCode::NOT_FOUND);

    v1::GetUserRequest get;
    get.set_id(agent.id());
    v1::User user;
    QCOMPARE_STATUS(m_harness->stub->GetUser(bearer(admin).get(), get, &user), grpc::StatusCode::NOT_FOUND);
    v1::WhoAmIResponse me;
    QCOMPARE_STATUS(m_harness->stub->WhoAmI(bearer(session.access_token()).get(), {}, &me),
                    grpc::StatusCode::UNAUTHENTICATED);

    bool announced = false;
    for (const v1::Event &event : m_harness->takeEvents())
        announced = announced || (event.has_user_changed() && event.user_changed().deleted()
                                  && event.user_changed().user().id() == agent.id());
    QVERIFY(announced);
    // The name is free again.
    QVERIFY(!createUser(admin, "agent7", {v1::ROLE_AGENT}).id().empty());
}

void tst_IdentityService::setPasswordReplacesThePassword()
{
    start();
    const std::string admin = signIn("admin", AdminPassword).access_token();
    const v1::User agent = createUser(admin, "agent7", {v1::ROLE_AGENT});
    const v1::SignInResponse session = signIn("agent7", "Password-123");

    v1::SetPasswordRequest request;
    v1::SetPasswordResponse response;
    request.set_user_id(agent.id());
    request.set_new_password("1234");
    QCOMPARE_STATUS(m_harness->stub->SetPassword(bearer(admin).get(), request, &response),
                    grpc::StatusCode::INVALID_ARGUMENT);
    request.set_new_password("Reset-Password-1");
    QCOMPARE_STATUS(m_harness->stub->SetPassword(bearer(admin).get(), request, &response), grpc::StatusCode::OK);
    QVERIFY(signInRefused("agent7", "Password-123"));
    const v1::SignInResponse fresh = signIn("agent7", "Reset-Password-1");
    QVERIFY(!fresh.access_token().empty());
    v1::WhoAmIResponse me;
    QCOMPARE_STATUS(m_harness->stub->WhoAmI(bearer(session.access_token()).get(), {}, &me),
                    grpc::StatusCode::UNAUTHENTICATED);

    v1::RevokeUserSessionsRequest revoke;
    revoke.set_user_id(agent.id());
    v1::RevokeUserSessionsResponse revoked;
    QCOMPARE_STATUS(m_harness->stub->RevokeUserSessions(bearer(admin).get(), revoke, &revoked), grpc::StatusCode::OK);
    QCOMPARE(revoked.revoked(), 1);
    QCOMPARE_STATUS(m_harness->stub->WhoAmI(bearer(fresh.access_token()).get(), {}, &me),
                    grpc::StatusCode::UNAUTHENTICATED);

    request.set_user_id("u-missing");
    QCOMPARE_STATUS(m_harness->stub->SetPassword(bearer(admin).get(), request, &response), grpc::StatusCode::NOT_FOUND);
}

void tst_IdentityService::listUsersFiltersAndPages()
{
    start();
    const std::string admin = signIn("admin", AdminPassword).access_token();
    for (int i = 1; i <= 5; ++i)
        createUser(admin, "agent" + std::to_string(i), {v1::ROLE_AGENT});
    createUser(admin, "boss", {v1::ROLE_SUPERVISOR});

    v1::ListUsersRequest byRole;
    byRole.set_role(v1::ROLE_SUPERVISOR);
    v1::ListUsersResponse supervisors;
    QCOMPARE_STATUS(m_harness->stub->ListUsers(bearer(admin).get(), byRole, &supervisors), grpc::StatusCode::OK);
    QCOMPARE(supervisors.users_size(), 2);   // admin and boss
    QCOMPARE(supervisors.page().total_size(), 2);

    v1::ListUsersRequest byName;
    byName.set_filter("AGENT");
    byName.mutable_page()->set_page_size(2);
    std::vector<std::string> names;
    for (int page = 0; page < 10; ++page) {
        v1::ListUsersResponse response;
        QCOMPARE_STATUS(m_harness->stub->ListUsers(bearer(admin).get(), byName, &response), grpc::StatusCode::OK);
        QCOMPARE(response.page().total_size(), 5);
        QVERIFY(response.users_size() <= 2);
        for (const v1::User &user : response.users())
            names.push_back(user.username());
        if (response.page().next_page_token().empty())
            break;
        byName.mutable_page()->set_page_token(response.page().next_page_token());
    }
    QCOMPARE(names, (std::vector<std::string>{"agent1", "agent2", "agent3", "agent4", "agent5"}));

    v1::ListUsersRequest badToken;
    badToken.mutable_page()->set_page_token("not-a-token!");
    v1::ListUsersResponse response;
    QCOMPARE_STATUS(m_harness->stub->ListUsers(bearer(admin).get(), badToken, &response),
                    grpc::StatusCode::INVALID_ARGUMENT);
    v1::ListUsersRequest negative;
    negative.mutable_page()->set_page_size(-1);
    QCOMPARE_STATUS(m_harness->stub->ListUsers(bearer(admin).get(), negative, &response),
                    grpc::StatusCode::INVALID_ARGUMENT);
}

void tst_IdentityService::seedDemoWritesPasswordsOnceAndKeepsThem()
{
    start();
    m_harness->service->seedDemo();
    const QString path = m_dir->filePath("data/demo-users.txt");
    const std::string first = runtime::readFile(path.toStdString());
    struct stat st {};
    QCOMPARE(stat(path.toLocal8Bit().constData(), &st), 0);
    QCOMPARE(unsigned(st.st_mode & 0777), 0600u);

    std::map<std::string, std::string> passwords;
    std::istringstream lines(first);
    std::string username, password;
    while (lines >> username >> password)
        passwords[username] = password;
    QCOMPARE(passwords.size(), size_t(6));
    for (const char *name : {"agent1", "agent2", "agent3", "supervisor1", "admin1", "simulator"})
        QVERIFY2(passwords.count(name), name);

    const v1::SignInResponse supervisor = signIn("supervisor1", passwords["supervisor1"]);
    QCOMPARE(supervisor.user().roles_size(), 2);
    const v1::SignInResponse admin1 = signIn("admin1", passwords["admin1"]);
    v1::ListUsersResponse all;
    QCOMPARE_STATUS(m_harness->stub->ListUsers(bearer(admin1.access_token()).get(), {}, &all), grpc::StatusCode::OK);
    QCOMPARE(all.users_size(), 7);   // the demo users and the first administrator

    m_harness->service->seedDemo();
    QCOMPARE(runtime::readFile(path.toStdString()), first);
    restart();
    m_harness->service->seedDemo();
    QCOMPARE(runtime::readFile(path.toStdString()), first);
    QVERIFY(!signIn("agent3", passwords["agent3"]).access_token().empty());
}

QTEST_APPLESS_MAIN(tst_IdentityService)
#include "tst_identity_service.moc"
