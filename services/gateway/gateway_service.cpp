#include "gateway_service.h"

#include "gateway_context.h"
#include "gateway_endpoint_service.h"
#include "gateway_event_ring.h"
#include "gateway_listener.h"
#include "gateway_logging.h"
#include "gateway_worker.h"

#include "runtime_auth.h"
#include "runtime_bus.h"
#include "runtime_tls.h"

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QThread>

#include <cstdio>
#include <stdexcept>

namespace gateway {

class BusSubscriptionHolder {
public:
    std::unique_ptr<runtime::Bus::Subscription> subscription;
};

namespace {

QSslConfiguration sslConfiguration(const runtime::TlsMaterial &tls)
{
    const QList<QSslCertificate> chain =
        QSslCertificate::fromData(QByteArray::fromStdString(tls.serverCertPem), QSsl::Pem);
    if (chain.isEmpty())
        throw std::runtime_error("gateway: the server certificate is not a PEM certificate");
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
        key = QSslKey(QByteArray::fromStdString(tls.serverKeyPem), algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        throw std::runtime_error("gateway: the server key is not an EC, RSA or DSA PEM key");
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

// "HOST:PORT", "[v6]:PORT"; "*" or "" as host means every interface.
std::pair<QHostAddress, quint16> parseListen(const std::string &listen, QString *hostText)
{
    const std::size_t colon = listen.rfind(':');
    if (colon == std::string::npos)
        throw std::runtime_error("gateway: --ws-listen must be HOST:PORT, not \"" + listen + "\"");
    std::string host = listen.substr(0, colon);
    const std::string portText = listen.substr(colon + 1);
    bool ok = false;
    const uint port = QString::fromStdString(portText).toUInt(&ok);
    if (!ok || port > 65535)
        throw std::runtime_error("gateway: bad port in \"" + listen + "\"");
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    *hostText = QString::fromStdString(host);
    QHostAddress address;
    if (host.empty() || host == "*")
        address = QHostAddress::Any;
    else if (host == "localhost")
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(QString::fromStdString(host)))
        throw std::runtime_error("gateway: \"" + host + "\" is not an IP address");
    return {address, quint16(port)};
}

} // namespace

Service::Service(const runtime::ServiceContext &context, const runtime::TlsMaterial *tls)
    : m_service(context),
      m_ring(std::make_unique<EventRing>(std::size_t(
          std::max<std::int64_t>(1, context.options.wsResumeBufferEvents)))),
      m_endpoint(std::make_unique<EndpointService>(context.options.services, tls != nullptr))
{
    m_context.reset(new Context{context.auth, context.verifier, *m_ring, context.bus.epoch(),
                                context.options.wsSendBufferLimitBytes,
                                std::max<std::int64_t>(10, context.options.wsPingIntervalMs),
                                std::nullopt, context.peers});
    if (tls)
        m_context->tls = sslConfiguration(*tls);
}

Service::~Service()
{
    stop();
}

grpc::Service *Service::grpcService()
{
    return m_endpoint.get();
}

int Service::port() const
{
    return m_port;
}

std::uint64_t Service::epoch() const
{
    return m_context->epoch;
}

int Service::connectionCount() const
{
    int n = 0;
    for (const Worker *w : m_workers)
        n += w->connectionCount();
    return n;
}

void Service::start()
{
    if (m_started)
        return;
    QString hostText;
    const auto [address, port] = parseListen(m_service.options.wsListen, &hostText);

    // By default one worker per core but one, which stays for gRPC and the bus: on two
    // cores a single worker fans out with lower latency than two that compete with them
    // (docs/PERFORMANCE.md).
    const int workerCount = m_service.options.wsThreads > 0
        ? m_service.options.wsThreads
        : std::max(1, QThread::idealThreadCount() - 1);
    for (int i = 0; i < workerCount; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("sb.gateway.worker%1").arg(i));
        auto *worker = new Worker(*m_context);
        worker->moveToThread(thread);
        QObject::connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        QMetaObject::invokeMethod(worker, [worker] { worker->begin(); }, Qt::QueuedConnection);
        m_workerThreads.push_back(thread);
        m_workers.push_back(worker);
    }

    // Subscribe before anyone can read the ring: every event from here on is either in
    // the ring snapshot a hello takes or queued to the workers after it.
    m_subscription = std::make_unique<BusSubscriptionHolder>();
    m_subscription->subscription = m_service.bus.subscribe(
        [ring = m_ring.get(), workers = m_workers](const switchboard::v1::Event &event) {
            EventEntryPtr entry = EventEntry::make(event);
            ring->append(entry);
            for (Worker *w : workers)
                w->post(entry);
        });
    m_ring->setBaseline(m_service.bus.lastSequence());

    m_acceptThread = new QThread;
    m_acceptThread->setObjectName(QStringLiteral("sb.gateway.accept"));
    m_listener = new Listener(m_workers);
    m_listener->moveToThread(m_acceptThread);
    QObject::connect(m_acceptThread, &QThread::finished, m_listener, &QObject::deleteLater);
    m_acceptThread->start();

    bool listening = false;
    QString error;
    QMetaObject::invokeMethod(
        m_listener,
        [&, address = address, port = port] {
            listening = m_listener->listen(address, port);
            if (!listening)
                error = m_listener->errorString();
        },
        Qt::BlockingQueuedConnection);
    m_started = true;
    if (!listening) {
        stop();
        throw std::runtime_error("gateway: cannot listen on " + m_service.options.wsListen + ": "
                                 + error.toStdString());
    }
    m_port = m_listener->serverPort();
    m_endpoint->setPort(m_port);

    const QString shown = hostText.contains(':') ? '[' + hostText + ']' : hostText;
    std::printf("gateway listening on %s:%d\n", qPrintable(shown), m_port);
    std::fflush(stdout);
    qCInfo(lcGateway) << "listening on port" << m_port << (m_context->tls ? "with TLS" : "in plaintext")
                      << "with" << workerCount << "workers";
}

void Service::stop()
{
    if (!m_started)
        return;
    m_started = false;
    // No new events, then no new clients, then say goodbye to the existing ones.
    m_subscription.reset();
    if (m_acceptThread) {
        QMetaObject::invokeMethod(m_listener, [l = m_listener] { l->close(); },
                                  Qt::BlockingQueuedConnection);
        m_acceptThread->quit();
        m_acceptThread->wait();
        delete m_acceptThread;
        m_acceptThread = nullptr;
        m_listener = nullptr;
    }
    for (Worker *w : m_workers)
        QMetaObject::invokeMethod(w, [w] { w->shutdown(); }, Qt::QueuedConnection);
    for (QThread *t : m_workerThreads) {
        t->wait();
        delete t;
    }
    m_workerThreads.clear();
    m_workers.clear();
    m_endpoint->setPort(0);
    qCInfo(lcGateway) << "stopped";
}

} // namespace gateway
