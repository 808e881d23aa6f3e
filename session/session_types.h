#pragma once
// Qt-side value types of the session layer, safe to include anywhere (no grpc, no
// protobuf).

#include <QDateTime>
#include <QFlags>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

namespace session {
Q_NAMESPACE

// Health of one backend service as this client sees it.
enum class ServiceState {
    Connecting,     // not checked yet, or the channel is (re)connecting
    Ready,          // the last check or call succeeded
    Unavailable,    // unreachable, not serving or not hosted; see the message
};
Q_ENUM_NS(ServiceState)

// State of the pushed-event WebSocket.
enum class StreamState {
    Disconnected,   // not started, or stopped
    Connecting,     // first connection, waiting for the welcome
    Connected,      // welcomed: events flow
    Reconnecting,   // lost; waiting for the next attempt or for a fresh token
};
Q_ENUM_NS(StreamState)

// Why a sign-in failed, so that the UI can show it next to the field it concerns.
enum class SignInError {
    WrongCredentials,   // wrong username or password
    SessionExpired,     // a stored refresh token is no longer accepted
    ServerUnreachable,  // cannot reach the server (address, TLS, server down)
    Other,
};
Q_ENUM_NS(SignInError)

enum class Role {
    Agent = 0x1,
    Supervisor = 0x2,
    Admin = 0x4,
};
Q_ENUM_NS(Role)
Q_DECLARE_FLAGS(Roles, Role)

struct UserInfo {
    QString id;
    QString username;
    QString displayName;
    Roles roles;
};

// A message for people pushed by the server (whisper notice, maintenance...).
struct Notice {
    quint64 sequence = 0;
    QDateTime at;
    QString text;
    QString fromUsername;
    QString severity;   // "info", "warning", "error"
};

// "identity" -> "switchboard.v1.IdentityService"; returns the name unchanged when it
// already is a full name.
QString fullServiceName(const QString &shortName);

} // namespace session

Q_DECLARE_OPERATORS_FOR_FLAGS(session::Roles)
Q_DECLARE_METATYPE(session::UserInfo)
Q_DECLARE_METATYPE(session::Notice)
