// The session layer against a real switchboard-server (fixtures::ServerProcess): sign-in,
// pushed events, token refresh, revocation, and an event stream that survives a server
// restart by itself.

#include "session_auth.h"
#include "session_connection.h"
#include "session_event_stream.h"
#include "session_session.h"

#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"

#include "switchboard/v1/gateway.pb.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
namespace v1 = switchboard::v1;

namespace {

std::unique_ptr<session::Connection> connectTo(const fixtures::ServerProcess &server)
{
    session::ConnectionOptions options;
    options.address = server.grpcAddress();
    options.caFile = server.caPath();
    auto connection = std::make_unique<session::Connection>(options);
    connection->setHealthCheckInterval(300ms);
    return connection;
}

bool batchesContain(const QSignalSpy &spy, v1::Event::PayloadCase payload, const std::string &sessionId)
{
    for (const QList<QVariant> &arguments : spy) {
        const auto batch = arguments.at(0).value<session::EventBatchPtr>();
        for (const v1::Event &event : batch->events()) {
            if (event.payload_case() == payload
                && (sessionId.empty() || event.session_revoked().session_id() == sessionId))
                return true;
        }
    }
    return false;
}

} // namespace

class TestSessionLive : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    const QStringList serverArgs{QStringLiteral("--seed-demo"),
                                 QStringLiteral("--access-token-ttl"), QStringLiteral("6")};

    // A signed-in session, or nullptr after failing the test.
    std::unique_ptr<session::Session> signIn(const QString &user)
    {
        auto connection = connectTo(server);
        auto auth = std::make_unique<session::Auth>(*connection);
        QSignalSpy signedIn(auth.get(), &session::Auth::signedIn);
        QSignalSpy failed(auth.get(), &session::Auth::signInFailed);
        auth->signIn(user, server.demoPassword(user));
        if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 10000)
            || signedIn.isEmpty()) {
            qWarning() << "sign-in of" << user << "failed:" << (failed.isEmpty() ? QVariant("timeout") : failed.first().at(1));
            return nullptr;
        }
        return std::make_unique<session::Session>(std::move(connection), std::move(auth));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(server.start(serverArgs), qPrintable(server.errorString()));
        QVERIFY(!server.demoPassword(QStringLiteral("agent1")).isEmpty());
    }

    void aWrongPasswordIsReportedAsSuch()
    {
        auto connection = connectTo(server);
        session::Auth auth(*connection);
        QSignalSpy failed(&auth, &session::Auth::signInFailed);
        auth.signIn(QStringLiteral("agent1"), QStringLiteral("not the password"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(failed.first().at(0).value<session::SignInError>(), session::SignInError::WrongCredentials);
        QVERIFY(!auth.isSignedIn());
    }

    void anUnreachableServerIsReportedAsSuch()
    {
        session::ConnectionOptions options;
        options.address = QStringLiteral("127.0.0.1:%1").arg(fixtures::ServerProcess::freePort());
        options.caFile = server.caPath();
        session::Connection connection(options);
        session::Auth auth(connection);
        QSignalSpy failed(&auth, &session::Auth::signInFailed);
        auth.signIn(QStringLiteral("agent1"), QStringLiteral("whatever"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
        QCOMPARE(failed.first().at(0).value<session::SignInError>(), session::SignInError::ServerUnreachable);
        QCOMPARE(connection.serviceState(QStringLiteral("identity")), session::ServiceState::Connecting);
        connection.setMonitoredServices({QStringLiteral("identity")});
        QTRY_COMPARE_WITH_TIMEOUT(connection.serviceState(QStringLiteral("identity")),
                                  session::ServiceState::Unavailable, 10000);
        QVERIFY(!connection.serviceMessage(QStringLiteral("identity")).isEmpty());
    }

    void aSessionSignsInShowsHealthAndReceivesEvents()
    {
        auto session = signIn(QStringLiteral("agent1"));
        QVERIFY(session);
        QCOMPARE(session->username(), QStringLiteral("agent1"));
        QVERIFY(session->hasRole(session::Role::Agent));
        QVERIFY(!session->hasRole(session::Role::Admin));
        QSignalSpy batches(&session->events(), &session::EventStream::eventsReceived);
        QSignalSpy snapshots(&session->events(), &session::EventStream::snapshotRequired);

        QTRY_COMPARE_WITH_TIMEOUT(session->events().state(), session::StreamState::Connected, 15000);
        QCOMPARE(snapshots.size(), 1);
        QVERIFY(session->hostedServices().contains(QStringLiteral("identity")));
        for (const QString &service : session->hostedServices())
            QTRY_COMPARE_WITH_TIMEOUT(session->connection().serviceState(service), session::ServiceState::Ready, 10000);

        // Another session of the same user signs out: its revocation is pushed to
        // every client of the user.
        auto otherConnection = connectTo(server);
        session::Auth other(*otherConnection);
        QSignalSpy otherIn(&other, &session::Auth::signedIn);
        other.signIn(QStringLiteral("agent1"), server.demoPassword(QStringLiteral("agent1")));
        QTRY_COMPARE_WITH_TIMEOUT(otherIn.size(), 1, 10000);
        const std::string otherSession = other.sessionId().toStdString();
        QVERIFY(otherSession != session->auth().sessionId().toStdString());
        other.signOut();
        QTRY_VERIFY_WITH_TIMEOUT(batchesContain(batches, v1::Event::kSessionRevoked, otherSession), 10000);
        QVERIFY(session->isSignedIn());
        QVERIFY(session->events().lastSequence() > 0);
    }

    void aSessionRevokedByAnAdministratorEnds()
    {
        auto session = signIn(QStringLiteral("agent2"));
        QVERIFY(session);
        QTRY_COMPARE_WITH_TIMEOUT(session->events().state(), session::StreamState::Connected, 15000);
        QSignalSpy signedOut(session.get(), &session::Session::signedOut);

        fixtures::GrpcClient admin(server.grpcAddress(), server.caPath());
        const std::string token = admin.tokenFor(QStringLiteral("admin1"), server.demoPassword(QStringLiteral("admin1")));
        QVERIFY(!token.empty());
        v1::RevokeUserSessionsRequest request;
        request.set_user_id(session->userId().toStdString());
        v1::RevokeUserSessionsResponse response;
        const grpc::Status status = admin.identity().RevokeUserSessions(
            fixtures::GrpcClient::context(token).get(), request, &response);
        QVERIFY2(status.ok(), fixtures::describe(status).constData());

        QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, 10000);
        QVERIFY(!session->isSignedIn());
        QCOMPARE(session->events().state(), session::StreamState::Disconnected);
    }

    void theAccessTokenIsRefreshedBeforeItExpires()
    {
        auto session = signIn(QStringLiteral("agent3"));
        QVERIFY(session);
        QTRY_COMPARE_WITH_TIMEOUT(session->events().state(), session::StreamState::Connected, 15000);
        QSignalSpy accessTokens(&session->auth(), &session::Auth::accessTokenChanged);
        QSignalSpy refreshTokens(&session->auth(), &session::Auth::refreshTokenChanged);
        QSignalSpy rejected(&session->events(), &session::EventStream::tokenRejected);
        const QString firstAccess = session->auth().accessToken();
        const QString firstRefresh = session->auth().refreshToken();
        const QDateTime firstExpiry = session->auth().accessExpiresAt();

        QTRY_VERIFY_WITH_TIMEOUT(!accessTokens.isEmpty(), 10000);
        QVERIFY(session->auth().accessToken() != firstAccess);
        QVERIFY(session->auth().refreshToken() != firstRefresh);      // rotated
        QVERIFY(!refreshTokens.isEmpty());
        QVERIFY(session->auth().accessExpiresAt() > firstExpiry);

        // Past the first token's end the stream still stands (renewed in place) and
        // calls still work.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > firstExpiry.addSecs(1), 10000);
        QCOMPARE(session->events().state(), session::StreamState::Connected);
        QCOMPARE(rejected.size(), 0);
        QVERIFY(session->isSignedIn());

        const QString before = session->auth().accessToken();
        session->auth().refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(session->auth().accessToken() != before, 10000);
    }

    void theEventStreamComesBackByItselfAfterAServerRestart()
    {
        auto session = signIn(QStringLiteral("supervisor1"));
        QVERIFY(session);
        QVERIFY(session->hasRole(session::Role::Supervisor));
        QSignalSpy snapshots(&session->events(), &session::EventStream::snapshotRequired);
        QTRY_COMPARE_WITH_TIMEOUT(session->events().state(), session::StreamState::Connected, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(session->connection().serviceState(QStringLiteral("identity")),
                                  session::ServiceState::Ready, 10000);
        const quint64 epoch = session->events().epoch();
        QCOMPARE(snapshots.size(), 1);

        server.kill();
        QTRY_COMPARE_WITH_TIMEOUT(session->events().state(), session::StreamState::Reconnecting, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(session->connection().serviceState(QStringLiteral("identity")),
                                  session::ServiceState::Unavailable, 10000);

        QVERIFY2(server.start(serverArgs), qPrintable(server.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(session->events().state(), session::StreamState::Connected, 30000);
        QCOMPARE(snapshots.size(), 2);              // a new gateway epoch: nothing to resume
        QVERIFY(session->events().epoch() != epoch);
        QTRY_COMPARE_WITH_TIMEOUT(session->connection().serviceState(QStringLiteral("identity")),
                                  session::ServiceState::Ready, 15000);
        QVERIFY(session->isSignedIn());
    }
};

QTEST_GUILESS_MAIN(TestSessionLive)
#include "tst_session_live.moc"
