// Identity and authorization through the real server over TLS: sign-in, wrong
// credentials, roles enforced on the server, expired, revoked and rotated tokens.

#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"

#include <QTest>

using fixtures::describe;
using fixtures::GrpcClient;
namespace v1 = switchboard::v1;

class TestIdentityRpc : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A short access-token lifetime lets the expiry test run in seconds.
        QVERIFY2(m_server.start({"--seed-demo", "--access-token-ttl", "3"}), qPrintable(m_server.errorString()));
        m_client = std::make_unique<GrpcClient>(m_server.grpcAddress(), m_server.caPath());
    }

    void signInReturnsTokensAndTheUser()
    {
        v1::SignInResponse response;
        const grpc::Status status = m_client->signIn("supervisor1", m_server.demoPassword("supervisor1"), &response);
        QVERIFY2(status.ok(), describe(status));
        QVERIFY(!response.access_token().empty());
        QVERIFY(!response.refresh_token().empty());
        QCOMPARE(response.user().username(), "supervisor1");
        QVERIFY(std::count(response.user().roles().begin(), response.user().roles().end(), v1::ROLE_SUPERVISOR));

        v1::WhoAmIResponse who;
        const grpc::Status whoStatus =
            m_client->identity().WhoAmI(GrpcClient::context(response.access_token()).get(), {}, &who);
        QVERIFY2(whoStatus.ok(), describe(whoStatus));
        QCOMPARE(who.user().username(), "supervisor1");
        QCOMPARE(who.session_id(), response.session_id());
    }

    void wrongPasswordIsUnauthenticated()
    {
        v1::SignInResponse response;
        const grpc::Status status = m_client->signIn("agent1", "not-the-password", &response);
        QCOMPARE(status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
        QVERIFY(response.access_token().empty());
    }

    void unknownUserLooksLikeAWrongPassword()
    {
        v1::SignInResponse wrongPassword, unknownUser;
        const grpc::Status a = m_client->signIn("agent1", "not-the-password", &wrongPassword);
        const grpc::Status b = m_client->signIn("nobody-here", "not-the-password", &unknownUser);
        QCOMPARE(b.error_code(), grpc::StatusCode::UNAUTHENTICATED);
        QCOMPARE(b.error_message(), a.error_message());   // never tells which was wrong
    }

    void emptyUsernameIsInvalidArgument()
    {
        v1::SignInResponse response;
        const grpc::Status status = m_client->signIn("", "whatever", &response);
        QCOMPARE(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    }

    void callWithoutTokenIsUnauthenticated()
    {
        v1::WhoAmIResponse who;
        const grpc::Status status = m_client->identity().WhoAmI(GrpcClient::context().get(), {}, &who);
        QCOMPARE(status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
    }

    void forgedTokenIsUnauthenticated()
    {
        std::string token = m_client->tokenFor("agent1", m_server.demoPassword("agent1"));
        // Flip one character of the signed payload.
        token[10] = token[10] == 'A' ? 'B' : 'A';
        v1::WhoAmIResponse who;
        const grpc::Status status = m_client->identity().WhoAmI(GrpcClient::context(token).get(), {}, &who);
        QCOMPARE(status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
    }

    void agentCallingAdminRpcsIsPermissionDenied()
    {
        const std::string token = m_client->tokenFor("agent1", m_server.demoPassword("agent1"));

        v1::CreateUserRequest createUser;
        createUser.set_username("sneaky");
        createUser.set_password("password-123");
        createUser.add_roles(v1::ROLE_ADMIN);
        v1::User user;
        grpc::Status status = m_client->identity().CreateUser(GrpcClient::context(token).get(), createUser, &user);
        QCOMPARE(status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
        QVERIFY2(status.error_message().find("admin") != std::string::npos, describe(status));

        v1::CreateSkillRequest createSkill;
        createSkill.mutable_skill()->set_name("Not allowed");
        v1::Skill skill;
        status = m_client->directory().CreateSkill(GrpcClient::context(token).get(), createSkill, &skill);
        QCOMPARE(status.error_code(), grpc::StatusCode::PERMISSION_DENIED);

        v1::ListUsersResponse users;
        status = m_client->identity().ListUsers(GrpcClient::context(token).get(), {}, &users);
        QCOMPARE(status.error_code(), grpc::StatusCode::PERMISSION_DENIED);

        // The same calls from an admin succeed: the refusal is about the role.
        const std::string adminToken = m_client->tokenFor("admin1", m_server.demoPassword("admin1"));
        status = m_client->identity().ListUsers(GrpcClient::context(adminToken).get(), {}, &users);
        QVERIFY2(status.ok(), describe(status));
        QVERIFY(users.users_size() >= 5);
    }

    void expiredTokenIsRefused()
    {
        const std::string token = m_client->tokenFor("agent2", m_server.demoPassword("agent2"));
        v1::WhoAmIResponse who;
        grpc::Status status = m_client->identity().WhoAmI(GrpcClient::context(token).get(), {}, &who);
        QVERIFY2(status.ok(), describe(status));
        // The server runs with 3-second access tokens.
        QTRY_VERIFY_WITH_TIMEOUT(
            (status = m_client->identity().WhoAmI(GrpcClient::context(token).get(), {}, &who)).error_code()
                == grpc::StatusCode::UNAUTHENTICATED,
            15000);
        QVERIFY2(status.error_message().find("expired") != std::string::npos, describe(status));
    }

    void refreshRotatesTheRefreshToken()
    {
        v1::SignInResponse first;
        QVERIFY(m_client->signIn("agent3", m_server.demoPassword("agent3"), &first).ok());
        v1::RefreshSessionRequest refresh;
        refresh.set_refresh_token(first.refresh_token());
        v1::SignInResponse second;
        grpc::Status status = m_client->identity().RefreshSession(GrpcClient::context().get(), refresh, &second);
        QVERIFY2(status.ok(), describe(status));
        QVERIFY(second.access_token() != first.access_token());
        QVERIFY(second.refresh_token() != first.refresh_token());

        v1::WhoAmIResponse who;
        status = m_client->identity().WhoAmI(GrpcClient::context(second.access_token()).get(), {}, &who);
        QVERIFY2(status.ok(), describe(status));

        // The old refresh token was used up.
        v1::SignInResponse third;
        status = m_client->identity().RefreshSession(GrpcClient::context().get(), refresh, &third);
        QCOMPARE(status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
    }

    void revokedTokenIsRefusedEverywhere()
    {
        v1::SignInResponse session;
        QVERIFY(m_client->signIn("agent1", m_server.demoPassword("agent1"), &session).ok());
        const std::string token = session.access_token();

        v1::SignOutResponse out;
        grpc::Status status = m_client->identity().SignOut(GrpcClient::context(token).get(), {}, &out);
        QVERIFY2(status.ok(), describe(status));

        v1::WhoAmIResponse who;
        status = m_client->identity().WhoAmI(GrpcClient::context(token).get(), {}, &who);
        QCOMPARE(status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
        // Another service refuses it too.
        v1::ListSkillsResponse skills;
        status = m_client->directory().ListSkills(GrpcClient::context(token).get(), {}, &skills);
        QCOMPARE(status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
        // And its refresh token is dead.
        v1::RefreshSessionRequest refresh;
        refresh.set_refresh_token(session.refresh_token());
        v1::SignInResponse renewed;
        status = m_client->identity().RefreshSession(GrpcClient::context().get(), refresh, &renewed);
        QCOMPARE(status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
    }

    void revocationSurvivesARestart()
    {
        v1::SignInResponse session;
        QVERIFY(m_client->signIn("supervisor1", m_server.demoPassword("supervisor1"), &session).ok());
        v1::SignOutResponse out;
        QVERIFY(m_client->identity().SignOut(GrpcClient::context(session.access_token()).get(), {}, &out).ok());

        QVERIFY2(m_server.stop(), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.start({"--seed-demo", "--access-token-ttl", "3"}), qPrintable(m_server.errorString()));
        m_client = std::make_unique<GrpcClient>(m_server.grpcAddress(), m_server.caPath());

        v1::RefreshSessionRequest refresh;
        refresh.set_refresh_token(session.refresh_token());
        v1::SignInResponse renewed;
        const grpc::Status status = m_client->identity().RefreshSession(GrpcClient::context().get(), refresh, &renewed);
        QCOMPARE(status.error_code(), grpc::StatusCode::UNAUTHENTICATED);
    }

private:
    fixtures::ServerProcess m_server;
    std::unique_ptr<GrpcClient> m_client;
};

QTEST_GUILESS_MAIN(TestIdentityRpc)
#include "tst_identity_rpc.moc"
