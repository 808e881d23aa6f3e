#include "gateway_worker.h"

#include "gateway_batch_encoder.h"
#include "gateway_connection.h"
#include "gateway_context.h"
#include "gateway_logging.h"

#include <QDateTime>
#include <QSslSocket>
#include <QThread>
#include <QTimer>

#include <map>
#include <unistd.h>

namespace gateway {

namespace {
constexpr quint16 CloseGoingAway = 1001;
constexpr quint16 CloseUnauthenticated = 4401;
constexpr int ShutdownGraceMs = 1000;
} // namespace

Worker::Worker(const Context &context, QObject *parent) : QObject(parent), m_context(context) {}

Worker::~Worker() = default;

void Worker::post(EventEntryPtr entry)
{
    bool schedule = false;
    {
        std::lock_guard lock(m_pendingMutex);
        m_pending.push_back(std::move(entry));
        schedule = !m_drainScheduled;
        m_drainScheduled = true;
    }
    if (schedule)
        QMetaObject::invokeMethod(this, &Worker::drain, Qt::QueuedConnection);
}

void Worker::begin()
{
    m_tickTimer = new QTimer(this);
    m_tickTimer->setInterval(int(std::clamp<qint64>(m_context.pingIntervalMs / 2, 10, 1000)));
    connect(m_tickTimer, &QTimer::timeout, this, &Worker::tick);
    m_tickTimer->start();
}

void Worker::adopt(qintptr descriptor)
{
    if (m_shuttingDown) {
        ::close(int(descriptor));
        return;
    }
    QTcpSocket *socket = nullptr;
    if (m_context.tls) {
        auto *ssl = new QSslSocket;
        ssl->setSslConfiguration(*m_context.tls);
        socket = ssl;
    } else {
        socket = new QTcpSocket;
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcGateway) << "cannot adopt an accepted socket:" << socket->errorString();
        delete socket;
        ::close(int(descriptor));
        return;
    }
    auto *connection = new Connection(m_context, socket, this);
    connect(connection, &Connection::finished, this, &Worker::remove, Qt::QueuedConnection);
    m_connections.append(connection);
    m_connectionCount.store(int(m_connections.size()), std::memory_order_relaxed);
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        connect(ssl, &QSslSocket::sslErrors, ssl, [](const QList<QSslError> &errors) {
            qCDebug(lcGateway) << "TLS errors:" << errors;
        });
        ssl->startServerEncryption();
    }
}

void Worker::remove(Connection *connection)
{
    if (m_connections.removeOne(connection)) {
        m_connectionCount.store(int(m_connections.size()), std::memory_order_relaxed);
        connection->deleteLater();
    }
    maybeQuit();
}

void Worker::drain()
{
    std::vector<EventEntryPtr> events;
    {
        std::lock_guard lock(m_pendingMutex);
        events.swap(m_pending);
        m_drainScheduled = false;
    }
    for (std::size_t i = 0; i < events.size(); i += BatchEncoder::MaxEventsPerFrame) {
        const std::size_t n = std::min(BatchEncoder::MaxEventsPerFrame, events.size() - i);
        deliver(std::span<const EventEntryPtr>(events.data() + i, n));
    }
}

void Worker::deliver(std::span<const EventEntryPtr> events)
{
    // Clients with the same topics receive the same events: key the frames by the list
    // of event indices (and the encoding), so each distinct frame is built once.
    std::map<std::pair<bool, std::vector<std::uint32_t>>, QByteArray> frames;
    std::vector<std::uint32_t> picked;
    std::vector<const EventEntry *> entries;
    const QByteArray *lastFrame = nullptr;   // std::map nodes are stable
    bool lastJson = false;
    std::vector<std::uint32_t> lastPicked;
    for (Connection *c : std::as_const(m_connections)) {
        if (!c->isOpen())
            continue;
        picked.clear();
        for (std::uint32_t i = 0; i < events.size(); ++i) {
            const EventEntry &e = *events[i];
            if (e.sequence > c->deliveredThrough() && c->holds(e.event.topic()))
                picked.push_back(i);
        }
        if (picked.empty())
            continue;
        c->setDeliveredThrough(events[picked.back()]->sequence);
        // Most clients of a fan-out hold the same topics: reuse the previous frame
        // without building a key.
        if (lastFrame && c->json() == lastJson && picked == lastPicked) {
            c->send(*lastFrame);
            continue;
        }
        auto key = std::make_pair(c->json(), picked);
        auto it = frames.find(key);
        if (it == frames.end()) {
            entries.clear();
            for (std::uint32_t i : picked)
                entries.push_back(events[i].get());
            it = frames.emplace(std::move(key),
                                c->json() ? BatchEncoder::jsonEvents(entries)
                                          : BatchEncoder::binaryEvents(entries))
                     .first;
        }
        lastFrame = &it->second;
        lastJson = c->json();
        lastPicked = picked;
        c->send(it->second);
    }

    for (const EventEntryPtr &e : events) {
        if (!e->event.has_session_revoked())
            continue;
        const std::string &session = e->event.session_revoked().session_id();
        for (Connection *c : std::as_const(m_connections)) {
            if (c->isOpen() && c->sessionId() == session)
                c->closeWith(CloseUnauthenticated, QStringLiteral("session revoked"),
                             "unauthenticated");
        }
    }
}

void Worker::tick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // tick() may finish connections; removal is queued, so iterating a copy is not needed.
    for (Connection *c : std::as_const(m_connections))
        c->tick(now);
}

void Worker::shutdown()
{
    m_shuttingDown = true;
    for (Connection *c : std::as_const(m_connections))
        c->closeWith(CloseGoingAway, QStringLiteral("server shutting down"));
    QTimer::singleShot(ShutdownGraceMs, this, &Worker::quitThread);
    maybeQuit();
}

void Worker::maybeQuit()
{
    if (m_shuttingDown && m_connections.isEmpty())
        quitThread();
}

void Worker::quitThread()
{
    // Sockets must die on the thread that owns them.
    for (Connection *c : std::as_const(m_connections))
        delete c;
    m_connections.clear();
    m_connectionCount.store(0, std::memory_order_relaxed);
    thread()->quit();
}

} // namespace gateway
