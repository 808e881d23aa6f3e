#include "gateway_connection.h"

#include "gateway_batch_encoder.h"
#include "gateway_context.h"
#include "gateway_event_ring.h"
#include "gateway_http_request.h"
#include "gateway_logging.h"
#include "gateway_web_pages.h"

#include "runtime_auth.h"
#include "runtime_tokens.h"
#include "switchboard/v1/common.pb.h"
#include "switchboard/v1/gateway.pb.h"

#include <google/protobuf/util/json_util.h>

#include <QDateTime>
#include <QSslSocket>
#include <QTcpSocket>

#include <mutex>

#include <sys/socket.h>

namespace gateway {
namespace {

using switchboard::v1::ClientFrame;
using switchboard::v1::ServerFrame;

constexpr quint16 CloseNormal = 1000;
constexpr quint16 CloseProtocol = 1008;
constexpr quint16 CloseUnauthenticated = 4401;
constexpr quint16 CloseForbiddenTopic = 4403;
constexpr quint16 CloseTooSlow = 4408;
constexpr quint16 CloseHelloExpected = 4409;

constexpr qint64 CloseGraceMs = 2000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}


} // namespace

Connection::Connection(const Context &context, QTcpSocket *socket, QObject *parent)
    : QObject(parent), m_context(context), m_socket(socket)
{
    m_socket->setParent(this);
    m_tls = qobject_cast<QSslSocket *>(m_socket) != nullptr;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_lastReceivedMs = m_lastPingMs = nowMs();
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &Connection::onDisconnected);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            finish();
    });
}

struct Connection::PendingAnswer {
    std::mutex mutex;
    Connection *connection = nullptr;
};

Connection::~Connection()
{
    if (m_pendingAnswer) {
        std::lock_guard lock(m_pendingAnswer->mutex);
        m_pendingAnswer->connection = nullptr;
    }
}

void Connection::onReadyRead()
{
    if (m_state == State::Closed)
        return;
    m_lastReceivedMs = nowMs();
    const QByteArray bytes = m_socket->readAll();
    if (m_state == State::Handshake) {
        m_httpBuffer.append(bytes);
        handleHttp();
        return;
    }
    if (m_state == State::Closing)
        return; // a closing peer's frames are of no interest any more
    m_parser.append(bytes);
    handleFrames();
}

void Connection::handleHttp()
{
    HttpRequest request;
    qsizetype headSize = 0;
    switch (request.parse(m_httpBuffer, &headSize)) {
    case HttpRequest::ParseStatus::NeedMore:
        return;
    case HttpRequest::ParseStatus::NotHttp:
        qCDebug(lcGateway) << "dropping a peer that does not speak HTTP";
        m_socket->abort();
        finish();
        return;
    case HttpRequest::ParseStatus::TooLarge:
        m_socket->write(HttpRequest::response(431, "Request Header Fields Too Large"));
        m_state = State::Closing;
        m_closeDeadlineMs = nowMs() + CloseGraceMs;
        m_socket->disconnectFromHost();
        return;
    case HttpRequest::ParseStatus::Complete:
        break;
    }
    const QByteArray rest = m_httpBuffer.mid(headSize);
    m_httpBuffer.clear();
    respondHttp(request);
    if (m_state == State::AwaitingHello && !rest.isEmpty()) {
        m_parser.append(rest);
        handleFrames();
    }
}

void Connection::respondHttp(const HttpRequest &request)
{
    auto refuse = [this](int status, QByteArrayView reason,
                         const QList<QPair<QByteArray, QByteArray>> &headers = {}) {
        m_socket->write(HttpRequest::response(status, reason, headers,
                                              reason.toByteArray() + '\n'));
        m_state = State::Closing;
        m_closeDeadlineMs = nowMs() + CloseGraceMs;
        m_socket->disconnectFromHost();
    };

    if (WebPages::isWallboardPath(request.path()))
        return serveWallboard(request);
    if (request.path() != "/events")
        return refuse(404, "Not Found");
    if (request.method() != "GET")
        return refuse(405, "Method Not Allowed", {{"Allow", "GET"}});
    if (!request.headerHasToken("Upgrade", "websocket")
        || !request.headerHasToken("Connection", "upgrade"))
        return refuse(426, "Upgrade Required", {{"Upgrade", "websocket"},
                                                 {"Connection", "Upgrade"}});
    if (request.header("Sec-WebSocket-Version") != "13")
        return refuse(426, "Upgrade Required", {{"Sec-WebSocket-Version", "13"}});
    const QByteArray key = request.header("Sec-WebSocket-Key");
    if (QByteArray::fromBase64(key).size() != 16)
        return refuse(400, "Bad Request");

    m_socket->write(HttpRequest::response(101, "Switching Protocols",
                                          {{"Upgrade", "websocket"},
                                           {"Connection", "Upgrade"},
                                           {"Sec-WebSocket-Accept",
                                            HttpRequest::websocketAccept(key)}}));
    m_state = State::AwaitingHello;
    m_lastPingMs = nowMs();
}

void Connection::answerHttp(int status, QByteArrayView reason, const QByteArray &contentType,
                            const QByteArray &body)
{
    if (m_state == State::Closed)
        return;
    // Pages change with the server: never cached, never framed by other sites.
    m_socket->write(HttpRequest::response(status, reason,
                                          {{"Content-Type", contentType},
                                           {"Cache-Control", "no-store"},
                                           {"X-Content-Type-Options", "nosniff"},
                                           {"X-Frame-Options", "DENY"}},
                                          body));
    m_state = State::Closing;
    m_closeDeadlineMs = nowMs() + CloseGraceMs;
    m_socket->disconnectFromHost();
}

void Connection::serveWallboard(const HttpRequest &request)
{
    if (request.method() != "GET")
        return answerHttp(405, "Method Not Allowed", "text/plain; charset=utf-8", "use GET\n");
    if (!WebPages::isSnapshotPath(request.path())) {
        if (const auto page = WebPages::staticPage(request.path()))
            return answerHttp(200, "OK", page->contentType, page->body);
        return answerHttp(404, "Not Found", "text/plain; charset=utf-8", "no such page\n");
    }

    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Bearer "))
        return answerHttp(401, "Unauthorized", "text/plain; charset=utf-8",
                          "send 'Authorization: Bearer <access token>'\n");
    const std::string token = authorization.mid(7).trimmed().toStdString();
    const runtime::AuthResult auth = m_context.auth.verifyToken(
        token, {switchboard::v1::ROLE_SUPERVISOR, switchboard::v1::ROLE_ADMIN});
    if (!auth.ok()) {
        const bool denied = auth.status.error_code() == grpc::StatusCode::PERMISSION_DENIED;
        return answerHttp(denied ? 403 : 401, denied ? "Forbidden" : "Unauthorized", "text/plain; charset=utf-8",
                          QByteArray::fromStdString(auth.status.error_message()) + '\n');
    }
    if (!m_context.peers)
        return answerHttp(503, "Service Unavailable", "text/plain; charset=utf-8",
                          "this gateway reaches no stats service\n");

    // Wait for the stats service; the close deadline bounds the wait.
    m_state = State::Closing;
    m_closeDeadlineMs = nowMs() + 6000;
    m_pendingAnswer = std::make_shared<PendingAnswer>();
    m_pendingAnswer->connection = this;
    WebPages::fetchSnapshot(m_context.peers, token,
                            [pending = m_pendingAnswer](int status, QByteArray reason, QByteArray type, QByteArray body) {
        std::lock_guard lock(pending->mutex);
        if (!pending->connection)
            return;
        // Posted while the lock holds the connection alive; Qt drops it if the
        // connection is deleted before its worker runs it.
        QMetaObject::invokeMethod(pending->connection, [connection = pending->connection, status, reason, type, body] {
            connection->answerHttp(status, reason, type, body);
        }, Qt::QueuedConnection);
    });
}

void Connection::handleFrames()
{
    while (m_state == State::AwaitingHello || m_state == State::Open) {
        FrameParser::Result r = m_parser.next();
        if (r.kind == FrameParser::Result::NeedMore)
            return;
        if (r.kind == FrameParser::Result::Error) {
            qCDebug(lcGateway) << "protocol error:" << r.error;
            closeWith(CloseProtocol, r.error, "invalid_frame");
            return;
        }
        handleMessage(r.opcode, r.payload);
    }
}

void Connection::handleMessage(Opcode opcode, const QByteArray &payload)
{
    switch (opcode) {
    case Opcode::Ping:
        send(FrameEncoder::frame(Opcode::Pong, std::string_view(payload.constData(),
                                                                std::size_t(payload.size()))));
        return;
    case Opcode::Pong:
        return;
    case Opcode::Close: {
        quint16 code = CloseNormal;
        if (payload.size() == 1)
            return closeWith(CloseProtocol, QStringLiteral("invalid close frame"));
        if (payload.size() >= 2)
            code = quint16((quint8(payload[0]) << 8) | quint8(payload[1]));
        // Echo the peer's code, unless it is one that must never be sent.
        const bool sendable = (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1011)
            || (code >= 3000 && code <= 4999);
        closeWith(sendable ? code : CloseNormal, QString());
        return;
    }
    default:
        break;
    }

    ClientFrame frame;
    const bool text = opcode == Opcode::Text;
    bool parsed = false;
    if (text) {
        parsed = google::protobuf::util::JsonStringToMessage(
                     std::string(payload.constData(), std::size_t(payload.size())), &frame)
                     .ok();
    } else {
        parsed = frame.ParseFromArray(payload.constData(), int(payload.size()));
    }
    if (!parsed)
        return closeWith(CloseProtocol, QStringLiteral("not a ClientFrame"), "invalid_frame");

    if (m_state == State::AwaitingHello) {
        if (!frame.has_hello())
            return closeWith(CloseHelloExpected, QStringLiteral("hello expected first"),
                             "hello_expected");
        m_json = text;
        handleHello(frame.hello());
        return;
    }

    switch (frame.frame_case()) {
    case ClientFrame::kSubscribe:
        addTopics(frame.subscribe().topics());
        return;
    case ClientFrame::kUnsubscribe:
        for (const std::string &topic : frame.unsubscribe().topics()) {
            // The topics that come with the user stay.
            if (topic != "all" && !topic.starts_with("user:") && !topic.starts_with("role:"))
                m_topics.erase(topic);
        }
        return;
    case ClientFrame::kRenew: {
        const runtime::AuthResult auth = m_context.auth.verifyToken(frame.renew().access_token());
        if (!auth.ok())
            return closeWith(CloseUnauthenticated,
                             QString::fromStdString(auth.status.error_message()),
                             "unauthenticated");
        if (auth.caller.userId != m_userId)
            return closeWith(CloseUnauthenticated,
                             QStringLiteral("a renewed token must be for the same user"),
                             "unauthenticated");
        m_sessionId = auth.caller.sessionId;
        m_expiresAtMs = auth.caller.expiresAtMs;
        return;
    }
    case ClientFrame::kHello:
        return closeWith(CloseProtocol, QStringLiteral("hello sent twice"), "invalid_frame");
    case ClientFrame::FRAME_NOT_SET:
        return closeWith(CloseProtocol, QStringLiteral("empty ClientFrame"), "invalid_frame");
    }
}

bool Connection::addTopics(const auto &topics)
{
    auto hasRole = [this](int role) {
        return std::find(m_roles.begin(), m_roles.end(), role) != m_roles.end();
    };
    for (const std::string &topic : topics) {
        if (topic == "all" || topic == "user:" + m_userId) {
            m_topics.insert(topic);
        } else if (topic.starts_with("queue:") && topic.size() > 6) {
            if (!hasRole(switchboard::v1::ROLE_SUPERVISOR) && !hasRole(switchboard::v1::ROLE_ADMIN)) {
                closeWith(CloseForbiddenTopic,
                          QStringLiteral("%1 needs the supervisor or admin role")
                              .arg(QString::fromStdString(topic)),
                          "forbidden_topic");
                return false;
            }
            m_topics.insert(topic);
        } else if ((topic.starts_with("role:") && topic.size() > 5)
                   || (topic.starts_with("user:") && topic.size() > 5)) {
            // Other users' and roles' streams are not for this client.
            closeWith(CloseForbiddenTopic,
                      QStringLiteral("%1 is not yours").arg(QString::fromStdString(topic)),
                      "forbidden_topic");
            return false;
        } else {
            closeWith(CloseProtocol,
                      QStringLiteral("unknown topic \"%1\"").arg(QString::fromStdString(topic)),
                      "invalid_topic");
            return false;
        }
    }
    return true;
}

void Connection::handleHello(const switchboard::v1::ClientHello &hello)
{
    const runtime::AuthResult auth = m_context.auth.verifyToken(hello.access_token());
    if (!auth.ok())
        return closeWith(CloseUnauthenticated,
                         QString::fromStdString(auth.status.error_message()), "unauthenticated");

    m_userId = auth.caller.userId;
    m_sessionId = auth.caller.sessionId;
    m_roles = auth.caller.roles;
    m_expiresAtMs = auth.caller.expiresAtMs;
    m_topics.insert("all");
    m_topics.insert("user:" + m_userId);
    for (int role : m_roles) {
        if (const char *name = runtime::roleName(role))
            m_topics.insert(std::string("role:") + name);
    }
    if (!addTopics(hello.extra_topics()))
        return;

    // The bus subscription was taken before the ring could be read, and the worker skips
    // events up to the snapshot's sequence: nothing falls between, nothing repeats.
    EventRing::Snapshot snapshot;
    if (hello.resume_epoch() != 0 && hello.resume_epoch() == m_context.epoch)
        snapshot = m_context.ring.since(hello.last_sequence());
    else
        snapshot.lastSequence = m_context.ring.lastSequence();

    ServerFrame welcome;
    auto *w = welcome.mutable_welcome();
    w->set_epoch(m_context.epoch);
    w->set_last_sequence(snapshot.lastSequence);
    w->set_resumed(snapshot.resumable);
    w->set_user_id(m_userId);
    std::vector<std::string> topics(m_topics.begin(), m_topics.end());
    std::sort(topics.begin(), topics.end());
    for (const std::string &t : topics)
        w->add_topics(t);
    m_state = State::Open;
    sendServerFrame(welcome);

    std::vector<const EventEntry *> mine;
    for (const EventEntryPtr &e : snapshot.missed) {
        if (holds(e->event.topic()))
            mine.push_back(e.get());
    }
    for (std::size_t i = 0; i < mine.size() && isOpen(); i += BatchEncoder::MaxEventsPerFrame) {
        const std::size_t n = std::min(BatchEncoder::MaxEventsPerFrame, mine.size() - i);
        const std::span<const EventEntry *const> chunk(mine.data() + i, n);
        send(m_json ? BatchEncoder::jsonEvents(chunk) : BatchEncoder::binaryEvents(chunk));
    }
    m_deliveredThrough = snapshot.lastSequence;
    qCDebug(lcGateway) << "client" << QString::fromStdString(hello.client_id()) << "of user"
                       << QString::fromStdString(m_userId) << "welcomed, resumed"
                       << snapshot.resumable << "with" << mine.size() << "missed events";
}

void Connection::sendServerFrame(const ServerFrame &frame)
{
    send(BatchEncoder::frame(frame, m_json));
}

qint64 Connection::unsentBytes() const
{
    qint64 n = m_socket->bytesToWrite();
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
        n += ssl->encryptedBytesToWrite();
    return n;
}

void Connection::send(const QByteArray &frame)
{
    if (m_state != State::Open && m_state != State::AwaitingHello)
        return;
    qsizetype written = 0;
    // Fast path for plaintext fan-out: when Qt holds nothing unsent for this socket,
    // hand the frame straight to the kernel. Qt's write() would copy it into its own
    // buffer and flush() would then make the same syscall; skipping that per-client
    // overhead is most of the cost of sending one event to a thousand clients.
    // Order is kept: we only write directly while Qt's buffer is empty.
    if (!m_tls && m_socket->bytesToWrite() == 0) {
        const ssize_t n = ::send(int(m_socket->socketDescriptor()), frame.constData(), size_t(frame.size()),
                                 MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n == frame.size())
            return;   // all in the kernel: nothing can be pending here
        if (n > 0)
            written = n;
    }
    if (written < frame.size()) {
        m_socket->write(frame.constData() + written, frame.size() - written);
        // Hand it to the kernel now rather than on the next event-loop turn: the
        // recipients of a fan-out do not wait for the write notifiers.
        m_socket->flush();
    }
    if (unsentBytes() > m_context.sendBufferLimitBytes) {
        qCInfo(lcGateway) << "cutting off a client too slow to read:" << unsentBytes()
                          << "bytes unsent";
        closeWith(CloseTooSlow, QStringLiteral("too slow: send buffer limit exceeded"));
    }
}

void Connection::closeWith(quint16 closeCode, const QString &reason, const char *errorCode)
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    if (m_state == State::Handshake) {
        m_socket->abort();
        finish();
        return;
    }
    if (errorCode) {
        ServerFrame frame;
        frame.mutable_error()->set_code(errorCode);
        frame.mutable_error()->set_message(reason.toStdString());
        sendServerFrame(frame);
    }
    m_socket->write(FrameEncoder::closeFrame(closeCode, reason.toStdString()));
    m_state = State::Closing;
    // A client that cannot even take the close frame gets a short grace, then the cut.
    m_closeDeadlineMs = nowMs() + (closeCode == CloseTooSlow ? 500 : CloseGraceMs);
    m_socket->disconnectFromHost();
}

void Connection::tick(qint64 now)
{
    switch (m_state) {
    case State::Closed:
        return;
    case State::Closing:
        if (now >= m_closeDeadlineMs) {
            m_socket->abort();
            finish();
        }
        return;
    default:
        break;
    }
    if (now - m_lastReceivedMs > 2 * m_context.pingIntervalMs) {
        qCInfo(lcGateway) << "dropping a silent peer";
        m_socket->abort();
        finish();
        return;
    }
    if (m_state == State::Open) {
        if (m_expiresAtMs > 0 && now >= m_expiresAtMs)
            return closeWith(CloseUnauthenticated, QStringLiteral("token expired"),
                             "unauthenticated");
        if (m_context.verifier.isRevoked(m_sessionId))
            return closeWith(CloseUnauthenticated, QStringLiteral("session revoked"),
                             "unauthenticated");
    }
    if (m_state != State::Handshake && now - m_lastPingMs >= m_context.pingIntervalMs) {
        m_lastPingMs = now;
        send(FrameEncoder::frame(Opcode::Ping, {}));
    }
}

void Connection::onDisconnected()
{
    finish();
}

void Connection::finish()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    emit finished(this);
}

} // namespace gateway
