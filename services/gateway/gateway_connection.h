#pragma once
// One client socket on a worker thread: the HTTP upgrade, RFC 6455 frames, the hello
// (token, topics, resume), renewals, pings and closing. Lives and dies on its worker.

#include "gateway_event_entry.h"
#include "gateway_frame_parser.h"

#include <QObject>

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_set>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace switchboard::v1 { class ClientHello; class ServerFrame; }

namespace gateway {

struct Context;
class HttpRequest;

class Connection : public QObject {
    Q_OBJECT
public:
    enum class State { Handshake, AwaitingHello, Open, Closing, Closed };

    Connection(const Context &context, QTcpSocket *socket, QObject *parent = nullptr);
    ~Connection() override;

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    bool json() const { return m_json; }
    bool holds(const std::string &topic) const { return m_topics.contains(topic); }
    const std::string &sessionId() const { return m_sessionId; }
    // Events up to this sequence were sent (or predate the welcome): skip them.
    std::uint64_t deliveredThrough() const { return m_deliveredThrough; }
    void setDeliveredThrough(std::uint64_t sequence) { m_deliveredThrough = sequence; }

    // Writes a complete frame; cuts the client off (4408) when its unsent bytes exceed
    // the limit.
    void send(const QByteArray &frame);
    // Sends ServerFrame.error (when code is not empty) and a close frame, then closes.
    void closeWith(quint16 closeCode, const QString &reason, const char *errorCode = nullptr);
    // Pings, silence, token expiry and close deadlines; called by the worker's timer.
    void tick(qint64 nowMs);

signals:
    void finished(gateway::Connection *connection);

private:
    void onReadyRead();
    void onDisconnected();
    void handleHttp();
    void respondHttp(const HttpRequest &request);
    // GET /wallboard and its files and snapshot (gateway_web_pages.h); the socket
    // closes after the answer.
    void serveWallboard(const HttpRequest &request);
    void answerHttp(int status, QByteArrayView reason, const QByteArray &contentType, const QByteArray &body);
    void handleFrames();
    void handleMessage(Opcode opcode, const QByteArray &payload);
    void handleHello(const switchboard::v1::ClientHello &hello);
    bool addTopics(const auto &topics);
    void sendServerFrame(const switchboard::v1::ServerFrame &frame);
    qint64 unsentBytes() const;
    void finish();

    const Context &m_context;
    QTcpSocket *m_socket;
    State m_state = State::Handshake;
    QByteArray m_httpBuffer;
    FrameParser m_parser;
    bool m_json = false;
    bool m_tls = false;   // the socket is a QSslSocket: bytes must go through it

    std::string m_userId;
    std::string m_sessionId;
    std::vector<int> m_roles;
    std::int64_t m_expiresAtMs = 0;
    std::unordered_set<std::string> m_topics;
    std::uint64_t m_deliveredThrough = 0;
    // An HTTP answer that waits on another service: the gRPC callback posts back here
    // only while this connection is alive (the destructor clears it under the lock).
    struct PendingAnswer;
    std::shared_ptr<PendingAnswer> m_pendingAnswer;

    qint64 m_lastReceivedMs = 0;
    qint64 m_lastPingMs = 0;
    qint64 m_closeDeadlineMs = 0;
};

} // namespace gateway
