#include "session_auth.h"

#include "session_rpc_p.h"

#include "switchboard/v1/identity.grpc.pb.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <algorithm>

namespace session {

namespace v1 = switchboard::v1;
using IdentityStub = v1::IdentityService::Stub;

namespace {
QDateTime toDateTime(const google::protobuf::Timestamp &ts)
{
    return QDateTime::fromMSecsSinceEpoch(ts.seconds() * 1000 + ts.nanos() / 1000000, Qt::UTC);
}

Roles toRoles(const google::protobuf::RepeatedField<int> &roles)
{
    Roles result;
    for (int role : roles) {
        switch (role) {
        case v1::ROLE_AGENT: result |= Role::Agent; break;
        case v1::ROLE_SUPERVISOR: result |= Role::Supervisor; break;
        case v1::ROLE_ADMIN: result |= Role::Admin; break;
        default: break;
        }
    }
    return result;
}
} // namespace

struct Auth::Private {
    std::unique_ptr<IdentityStub> stub;
    QString clientName;
    QString accessToken;
    QString refreshToken;
    QDateTime accessExpiresAt;
    QDateTime refreshExpiresAt;
    QString sessionId;
    UserInfo user;
    bool busy = false;          // sign-in or resume in flight
    bool refreshing = false;
    QTimer refreshTimer;
    Backoff retry{std::chrono::seconds(1), std::chrono::seconds(30)};
};

Auth::Auth(Connection &connection, QObject *parent)
    : QObject(parent), m_connection(connection), d(std::make_unique<Private>())
{
    d->stub = v1::IdentityService::NewStub(connection.channel());
    d->clientName = QStringLiteral("switchboard-desktop %1 on %2")
                        .arg(QCoreApplication::applicationVersion(), QSysInfo::machineHostName());
    d->refreshTimer.setSingleShot(true);
    connect(&d->refreshTimer, &QTimer::timeout, this, &Auth::refresh);
}

Auth::~Auth() = default;

void Auth::setClientName(const QString &name) { d->clientName = name; }
bool Auth::isSignedIn() const { return !d->accessToken.isEmpty(); }
bool Auth::isBusy() const { return d->busy; }
QString Auth::accessToken() const { return d->accessToken; }
QString Auth::refreshToken() const { return d->refreshToken; }
QDateTime Auth::accessExpiresAt() const { return d->accessExpiresAt; }
QDateTime Auth::refreshExpiresAt() const { return d->refreshExpiresAt; }
QString Auth::sessionId() const { return d->sessionId; }
UserInfo Auth::user() const { return d->user; }

template <class Response>
void Auth::adopt(const Response &response)
{
    d->accessToken = QString::fromStdString(response.access_token());
    d->refreshToken = QString::fromStdString(response.refresh_token());
    d->accessExpiresAt = toDateTime(response.access_expires_at());
    d->refreshExpiresAt = toDateTime(response.refresh_expires_at());
    if (!response.session_id().empty())
        d->sessionId = QString::fromStdString(response.session_id());
    if (response.has_user()) {
        const v1::User &user = response.user();
        d->user.id = QString::fromStdString(user.id());
        d->user.username = QString::fromStdString(user.username());
        d->user.displayName = QString::fromStdString(user.display_name());
        if (d->user.displayName.isEmpty())
            d->user.displayName = d->user.username;
        d->user.roles = toRoles(user.roles());
    }
    m_connection.setAccessToken(d->accessToken);
    d->retry.reset();
    scheduleRefresh();
    emit accessTokenChanged(d->accessToken);
    emit refreshTokenChanged(d->refreshToken);
}

void Auth::signIn(const QString &username, const QString &password)
{
    if (d->busy)
        return;
    d->busy = true;
    v1::SignInRequest request;
    request.set_username(username.trimmed().toStdString());
    request.set_password(password.toStdString());
    request.set_client_name(d->clientName.toStdString());
    rpc::Options options;
    options.service = QStringLiteral("identity");
    options.authenticated = false;
    rpc::unary(m_connection, this, d->stub->async(), &IdentityStub::async::SignIn,
        std::move(request),
        [this](const grpc::Status &status, v1::SignInResponse &response) {
            d->busy = false;
            if (status.ok()) {
                adopt(response);
                emit signedIn();
            } else if (status.error_code() == grpc::StatusCode::UNAUTHENTICATED) {
                emit signInFailed(SignInError::WrongCredentials, tr("wrong username or password"));
            } else if (isUnreachable(status)) {
                emit signInFailed(SignInError::ServerUnreachable, describeStatus(status));
            } else {
                emit signInFailed(SignInError::Other, describeStatus(status));
            }
        },
        options);
}

void Auth::resume(const QString &refreshToken)
{
    if (d->busy)
        return;
    d->busy = true;
    v1::RefreshSessionRequest request;
    request.set_refresh_token(refreshToken.toStdString());
    rpc::Options options;
    options.service = QStringLiteral("identity");
    options.authenticated = false;
    rpc::unary(m_connection, this, d->stub->async(), &IdentityStub::async::RefreshSession,
        std::move(request),
        [this](const grpc::Status &status, v1::SignInResponse &response) {
            d->busy = false;
            if (status.ok()) {
                adopt(response);
                emit signedIn();
            } else if (isUnreachable(status)) {
                emit signInFailed(SignInError::ServerUnreachable, describeStatus(status));
            } else if (status.error_code() == grpc::StatusCode::UNAUTHENTICATED
                       || status.error_code() == grpc::StatusCode::NOT_FOUND
                       || status.error_code() == grpc::StatusCode::PERMISSION_DENIED) {
                emit signInFailed(SignInError::SessionExpired,
                                  tr("your saved session has ended; sign in again"));
            } else {
                emit signInFailed(SignInError::Other, describeStatus(status));
            }
        },
        options);
}

void Auth::scheduleRefresh()
{
    const qint64 remaining = QDateTime::currentDateTimeUtc().msecsTo(d->accessExpiresAt);
    // Renew at 80% of the lifetime, and at least a minute before the end when the
    // lifetime allows it, so that a slow server or a retry still has time.
    qint64 delay = std::min<qint64>(remaining * 8 / 10, remaining - 60000);
    delay = std::max<qint64>(delay, remaining / 2);
    d->refreshTimer.start(std::chrono::milliseconds(std::max<qint64>(delay, 1000)));
}

void Auth::refreshNow()
{
    if (!isSignedIn())
        return;
    d->refreshTimer.stop();
    refresh();
}

void Auth::refresh()
{
    if (d->refreshing || d->refreshToken.isEmpty())
        return;
    d->refreshing = true;
    v1::RefreshSessionRequest request;
    request.set_refresh_token(d->refreshToken.toStdString());
    rpc::Options options;
    options.service = QStringLiteral("identity");
    options.authenticated = false;
    rpc::unary(m_connection, this, d->stub->async(), &IdentityStub::async::RefreshSession,
        std::move(request),
        [this](const grpc::Status &status, v1::SignInResponse &response) {
            d->refreshing = false;
            if (!isSignedIn())
                return;     // signed out meanwhile
            if (status.ok()) {
                adopt(response);
            } else if (status.error_code() == grpc::StatusCode::UNAUTHENTICATED
                       || status.error_code() == grpc::StatusCode::PERMISSION_DENIED
                       || status.error_code() == grpc::StatusCode::NOT_FOUND) {
                expire(tr("your session has ended; sign in again"));
            } else {
                emit refreshFailed(describeStatus(status));
                d->refreshTimer.start(d->retry.nextDelay());
            }
        },
        options);
}

void Auth::signOut()
{
    if (!isSignedIn())
        return;
    rpc::Options options;
    options.service = QStringLiteral("identity");
    options.timeout = std::chrono::seconds(3);
    // The answer does not matter: locally the session ends now either way.
    rpc::unary(m_connection, this, d->stub->async(), &IdentityStub::async::SignOut,
        v1::SignOutRequest(), [](const grpc::Status &, v1::SignOutResponse &) {}, options);
    expire(tr("signed out"));
}

void Auth::expire(const QString &reason)
{
    if (!isSignedIn())
        return;
    d->refreshTimer.stop();
    d->accessToken.clear();
    d->refreshToken.clear();
    d->sessionId.clear();
    m_connection.setAccessToken({});
    emit refreshTokenChanged({});
    emit signedOut(reason);
}

} // namespace session
