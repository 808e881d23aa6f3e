#pragma once
// session::EventStream: the one WebSocket to the gateway that pushes events (protocol in
// proto/switchboard/v1/gateway.proto). Says hello with the access token and, after a
// reconnect, the epoch and last sequence so that the server can resume; reconnects by
// itself with exponential backoff and jitter; renews the token in place; coalesces the
// events that arrive in one burst into one batch for its consumers.

#include "session_backoff.h"
#include "session_types.h"

#include <QAbstractSocket>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>

class QWebSocket;

namespace switchboard::v1 { class EventBatch; }

namespace session {

// Decoded events of one batch, in sequence order. Only session-internal consumers
// (stores) read them; they include the generated header in their .cpp.
using EventBatchPtr = std::shared_ptr<const switchboard::v1::EventBatch>;

class EventStream : public QObject {
    Q_OBJECT
    Q_PROPERTY(session::StreamState state READ state NOTIFY stateChanged)
public:
    static constexpr int CloseUnauthenticated = 4401;

    explicit EventStream(QObject *parent = nullptr);
    ~EventStream() override;

    void setUrl(const QUrl &url);                  // ws://host:port/events or wss://
    QUrl url() const;
    // Trust roots for wss (the server's CA); empty: the system's.
    void setCaCertificates(const QList<QSslCertificate> &certificates);
    void setBackoff(std::chrono::milliseconds minimum, std::chrono::milliseconds maximum);
    void setHelloTimeout(std::chrono::milliseconds timeout);
    // The client pings this often and gives up on a peer silent for 2 intervals.
    void setPingInterval(std::chrono::milliseconds interval);
    void setExtraTopics(const QStringList &topics);
    void setClientId(const QString &clientId);

    // Sent with the next hello; when connected, sent at once as a renew frame; when the
    // stream waits for a fresh token after 4401, it reconnects at once.
    void setAccessToken(const QString &token);

    void start();
    void stop();

    StreamState state() const;
    quint64 epoch() const;
    quint64 lastSequence() const;
    QString lastError() const;
    int reconnectAttempt() const;   // 0 while connected

signals:
    void stateChanged(session::StreamState state);
    void welcomed(bool resumed);
    // The server could not resume: reload state through the gRPC queries.
    void snapshotRequired();
    void eventsReceived(const session::EventBatchPtr &batch);
    // Closed with 4401: refresh the token, then setAccessToken().
    void tokenRejected();
    void serverError(const QString &code, const QString &message);

private:
    void connectNow();
    void onConnected();
    void onDisconnected();
    void onBinaryMessage(const QByteArray &message);
    void onSocketError(QAbstractSocket::SocketError error);
    void scheduleReconnect();
    void setState(StreamState state);
    void flushBatch();
    void sendFrame(const QByteArray &frame);
    void dropSocket(bool graceful = false);

    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace session

Q_DECLARE_METATYPE(session::EventBatchPtr)
