#include "session_event_stream.h"

#include "switchboard/v1/gateway.pb.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QWebSocket>

namespace session {

Q_LOGGING_CATEGORY(lcStream, "switchboard.session.stream", QtInfoMsg)

namespace v1 = switchboard::v1;

struct EventStream::Private {
    QUrl url;
    QList<QSslCertificate> caCertificates;
    Backoff backoff;
    std::chrono::milliseconds helloTimeout{10000};
    std::chrono::milliseconds pingInterval{15000};
    QStringList extraTopics;
    QString clientId;
    QString token;

    QWebSocket *socket = nullptr;
    StreamState state = StreamState::Disconnected;
    bool running = false;
    bool awaitingToken = false;
    bool everWelcomed = false;
    quint64 epoch = 0;
    quint64 lastSequence = 0;
    QString lastError;

    QTimer reconnectTimer;
    QTimer helloTimer;
    QTimer pingTimer;
    QElapsedTimer lastHeard;

    std::shared_ptr<v1::EventBatch> pending;
    bool flushScheduled = false;
};

EventStream::EventStream(QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<EventBatchPtr>();
    d->reconnectTimer.setSingleShot(true);
    connect(&d->reconnectTimer, &QTimer::timeout, this, &EventStream::connectNow);
    d->helloTimer.setSingleShot(true);
    connect(&d->helloTimer, &QTimer::timeout, this, [this] {
        d->lastError = tr("the server did not welcome the client in time");
        qCInfo(lcStream) << d->lastError;
        dropSocket();
        scheduleReconnect();
    });
    connect(&d->pingTimer, &QTimer::timeout, this, [this] {
        if (!d->socket)
            return;
        if (d->lastHeard.elapsed() > 2 * d->pingInterval.count()) {
            d->lastError = tr("the server stopped answering");
            qCInfo(lcStream) << d->lastError;
            dropSocket();
            scheduleReconnect();
            return;
        }
        d->socket->ping();
    });
}

EventStream::~EventStream()
{
    stop();
}

void EventStream::setUrl(const QUrl &url) { d->url = url; }
QUrl EventStream::url() const { return d->url; }
void EventStream::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    d->caCertificates = certificates;
}
void EventStream::setBackoff(std::chrono::milliseconds minimum, std::chrono::milliseconds maximum)
{
    d->backoff = Backoff(minimum, maximum);
}
void EventStream::setHelloTimeout(std::chrono::milliseconds timeout) { d->helloTimeout = timeout; }
void EventStream::setPingInterval(std::chrono::milliseconds interval) { d->pingInterval = interval; }
void EventStream::setExtraTopics(const QStringList &topics) { d->extraTopics = topics; }
void EventStream::setClientId(const QString &clientId) { d->clientId = clientId; }

StreamState EventStream::state() const { return d->state; }
quint64 EventStream::epoch() const { return d->epoch; }
quint64 EventStream::lastSequence() const { return d->lastSequence; }
QString EventStream::lastError() const { return d->lastError; }
int EventStream::reconnectAttempt() const { return d->backoff.attempt(); }

void EventStream::setAccessToken(const QString &token)
{
    d->token = token;
    if (d->state == StreamState::Connected && d->socket) {
        v1::ClientFrame frame;
        frame.mutable_renew()->set_access_token(token.toStdString());
        sendFrame(QByteArray::fromStdString(frame.SerializeAsString()));
    } else if (d->running && d->awaitingToken && !token.isEmpty()) {
        d->awaitingToken = false;
        d->reconnectTimer.stop();
        connectNow();
    }
}

void EventStream::start()
{
    if (d->running)
        return;
    d->running = true;
    d->everWelcomed = false;
    d->backoff.reset();
    connectNow();
}

void EventStream::stop()
{
    d->running = false;
    d->awaitingToken = false;
    d->reconnectTimer.stop();
    dropSocket(true);
    setState(StreamState::Disconnected);
}

void EventStream::setState(StreamState state)
{
    if (d->state == state)
        return;
    d->state = state;
    qCDebug(lcStream) << "state" << state;
    emit stateChanged(state);
}

void EventStream::dropSocket(bool graceful)
{
    d->helloTimer.stop();
    d->pingTimer.stop();
    if (!d->socket)
        return;
    QWebSocket *socket = d->socket;
    d->socket = nullptr;
    socket->disconnect(this);
    if (graceful && socket->state() == QAbstractSocket::ConnectedState)
        socket->close(QWebSocketProtocol::CloseCodeNormal);
    else if (socket->state() != QAbstractSocket::UnconnectedState)
        socket->abort();
    socket->deleteLater();
}

void EventStream::connectNow()
{
    if (!d->running)
        return;
    dropSocket();
    if (!d->url.isValid()) {
        d->lastError = tr("no event stream address");
        setState(StreamState::Reconnecting);
        return;
    }
    setState(d->everWelcomed ? StreamState::Reconnecting : StreamState::Connecting);

    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    d->socket = socket;
    if (d->url.scheme() == QLatin1String("wss") && !d->caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(d->caCertificates);
        socket->setSslConfiguration(ssl);
    }
    connect(socket, &QWebSocket::connected, this, &EventStream::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &EventStream::onDisconnected);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &EventStream::onBinaryMessage);
    connect(socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error),
            this, &EventStream::onSocketError);
    connect(socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts << error.errorString();
        d->lastError = tr("TLS: %1").arg(texts.join(QLatin1String("; ")));
        qCWarning(lcStream) << d->lastError;
    });
    connect(socket, &QWebSocket::pong, this, [this] { d->lastHeard.restart(); });

    d->helloTimer.start(d->helloTimeout);
    qCDebug(lcStream) << "connecting to" << d->url << "attempt" << d->backoff.attempt();
    socket->open(d->url);
}

void EventStream::onConnected()
{
    v1::ClientFrame frame;
    v1::ClientHello *hello = frame.mutable_hello();
    hello->set_access_token(d->token.toStdString());
    hello->set_resume_epoch(d->epoch);
    hello->set_last_sequence(d->lastSequence);
    for (const QString &topic : std::as_const(d->extraTopics))
        hello->add_extra_topics(topic.toStdString());
    hello->set_client_id(d->clientId.toStdString());
    d->lastHeard.start();
    sendFrame(QByteArray::fromStdString(frame.SerializeAsString()));
}

void EventStream::sendFrame(const QByteArray &frame)
{
    if (d->socket)
        d->socket->sendBinaryMessage(frame);
}

void EventStream::onBinaryMessage(const QByteArray &message)
{
    d->lastHeard.restart();
    v1::ServerFrame frame;
    if (!frame.ParseFromArray(message.constData(), int(message.size()))) {
        d->lastError = tr("undecodable frame from the server");
        qCWarning(lcStream) << d->lastError;
        return;
    }
    switch (frame.frame_case()) {
    case v1::ServerFrame::kWelcome: {
        const v1::Welcome &welcome = frame.welcome();
        d->helloTimer.stop();
        const bool resumed = welcome.resumed();
        if (!resumed) {
            flushBatch();   // what came before belongs to the old state
            d->lastSequence = welcome.last_sequence();
        }
        d->epoch = welcome.epoch();
        d->everWelcomed = true;
        d->backoff.reset();
        d->lastError.clear();
        d->pingTimer.start(d->pingInterval);
        setState(StreamState::Connected);
        qCInfo(lcStream) << "welcomed; epoch" << d->epoch << "sequence" << d->lastSequence
                         << "resumed" << resumed;
        emit welcomed(resumed);
        if (!resumed)
            emit snapshotRequired();
        break;
    }
    case v1::ServerFrame::kEvents: {
        v1::EventBatch *batch = frame.mutable_events();
        for (v1::Event &event : *batch->mutable_events()) {
            if (event.sequence() <= d->lastSequence)
                continue;   // already processed (overlap after a resume)
            d->lastSequence = event.sequence();
            if (!d->pending)
                d->pending = std::make_shared<v1::EventBatch>();
            d->pending->add_events()->Swap(&event);
        }
        if (d->pending && !d->flushScheduled) {
            // Everything that arrives before the event loop comes round again goes
            // out as one batch.
            d->flushScheduled = true;
            QMetaObject::invokeMethod(this, &EventStream::flushBatch, Qt::QueuedConnection);
        }
        break;
    }
    case v1::ServerFrame::kError:
        d->lastError = QString::fromStdString(frame.error().message());
        qCWarning(lcStream) << "server error" << frame.error().code().c_str() << d->lastError;
        emit serverError(QString::fromStdString(frame.error().code()), d->lastError);
        break;
    case v1::ServerFrame::FRAME_NOT_SET:
        break;
    }
}

void EventStream::flushBatch()
{
    d->flushScheduled = false;
    if (!d->pending)
        return;
    EventBatchPtr batch = std::move(d->pending);
    d->pending.reset();
    emit eventsReceived(batch);
}

void EventStream::onSocketError(QAbstractSocket::SocketError)
{
    if (!d->socket)
        return;
    d->lastError = d->socket->errorString();
    qCInfo(lcStream) << "socket error:" << d->lastError;
    // A failed connect never emits disconnected(); a failing open socket does.
    if (d->socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

void EventStream::onDisconnected()
{
    if (!d->socket)
        return;
    const int closeCode = d->socket->closeCode();
    const QString reason = d->socket->closeReason();
    dropSocket();
    if (!d->running)
        return;
    if (!reason.isEmpty())
        d->lastError = reason;
    qCInfo(lcStream) << "disconnected; close code" << closeCode << reason;
    if (closeCode == CloseUnauthenticated) {
        d->lastError = tr("the server did not accept the access token");
        d->awaitingToken = true;
        setState(StreamState::Reconnecting);
        emit tokenRejected();
        // In case no fresh token comes: try again later all the same.
        if (d->awaitingToken && !d->reconnectTimer.isActive())
            d->reconnectTimer.start(std::max(d->backoff.nextDelay(), std::chrono::milliseconds(5000)));
        return;
    }
    scheduleReconnect();
}

void EventStream::scheduleReconnect()
{
    if (!d->running)
        return;
    setState(StreamState::Reconnecting);
    const auto delay = d->backoff.nextDelay();
    qCDebug(lcStream) << "reconnecting in" << delay.count() << "ms";
    d->reconnectTimer.start(delay);
}

} // namespace session
