#pragma once
// session::Auth: signs a user in (IdentityService.SignIn, or a stored refresh token),
// keeps the access token fresh (RefreshSession shortly before it expires; the refresh
// token rotates each time) and signs out. The access token goes on every call of the
// Connection.

#include "session_backoff.h"
#include "session_types.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

namespace session {

class Connection;

class Auth : public QObject {
    Q_OBJECT
public:
    explicit Auth(Connection &connection, QObject *parent = nullptr);
    ~Auth() override;

    void setClientName(const QString &name);    // e.g. "switchboard-desktop 0.1 on host"

    void signIn(const QString &username, const QString &password);
    // Signs back in without a password, with a refresh token kept from a former run.
    void resume(const QString &refreshToken);
    // Refreshes the access token now (e.g. after the event stream was told 4401).
    void refreshNow();
    // Revokes the session on the server (best effort), then signedOut().
    void signOut();
    // Forgets the session locally, without telling the server (e.g. it was revoked).
    void expire(const QString &reason);

    bool isSignedIn() const;
    bool isBusy() const;
    QString accessToken() const;
    QString refreshToken() const;
    QDateTime accessExpiresAt() const;
    QDateTime refreshExpiresAt() const;
    QString sessionId() const;
    UserInfo user() const;

signals:
    void signedIn();
    void signInFailed(session::SignInError error, const QString &message);
    void accessTokenChanged(const QString &accessToken);    // sign-in and each refresh
    void refreshTokenChanged(const QString &refreshToken);  // rotated; keep it
    void refreshFailed(const QString &message);             // transient: retried
    void signedOut(const QString &reason);

private:
    struct Private;
    template <class Response> void adopt(const Response &response);
    void scheduleRefresh();
    void refresh();

    Connection &m_connection;
    const std::unique_ptr<Private> d;
};

} // namespace session
