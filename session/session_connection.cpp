#include "session_connection_p.h"
#include "session_rpc_p.h"

#include "grpc/health/v1/health.grpc.pb.h"

#include <QCoreApplication>
#include <QFile>

#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/support/channel_arguments.h>

namespace session {

using HealthStub = grpc::health::v1::Health::Stub;
using HealthCheckRequest = grpc::health::v1::HealthCheckRequest;
using HealthCheckResponse = grpc::health::v1::HealthCheckResponse;

struct HealthClient {
    std::unique_ptr<HealthStub> stub;
};

Connection::Connection(ConnectionOptions options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->options = std::move(options);
    if (!d->options.insecure && !d->options.caFile.isEmpty()) {
        QFile file(d->options.caFile);
        if (file.open(QIODevice::ReadOnly))
            d->caPem = file.readAll();
        else
            d->error = tr("cannot read the CA certificate %1: %2")
                           .arg(d->options.caFile, file.errorString());
    }
    if (d->options.address.trimmed().isEmpty())
        d->error = tr("no server address given");

    grpc::ChannelArguments args;
    // gRPC's default reconnect backoff grows to two minutes: far too slow to notice a
    // server that came back.
    args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 250);
    args.SetInt(GRPC_ARG_MIN_RECONNECT_BACKOFF_MS, 250);
    args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 5000);
    args.SetInt(GRPC_ARG_KEEPALIVE_TIME_MS, 30000);
    args.SetString(GRPC_ARG_PRIMARY_USER_AGENT_STRING, "switchboard-desktop");
    std::shared_ptr<grpc::ChannelCredentials> credentials;
    if (d->options.insecure) {
        credentials = grpc::InsecureChannelCredentials();
    } else {
        grpc::SslCredentialsOptions ssl;
        ssl.pem_root_certs = d->caPem.toStdString();
        credentials = grpc::SslCredentials(ssl);
    }
    d->channel = grpc::CreateCustomChannel(d->options.address.trimmed().toStdString(),
                                           credentials, args);
    d->healthClient = std::make_unique<HealthClient>();
    d->healthClient->stub = grpc::health::v1::Health::NewStub(d->channel);

    d->healthTimer.setInterval(std::chrono::seconds(5));
    connect(&d->healthTimer, &QTimer::timeout, this, &Connection::checkHealthNow);
}

Connection::~Connection()
{
    d->healthTimer.stop();
    d->calls->cancelAllAndWait();
    d->dispatcher.reset();      // drops results still queued
}

const ConnectionOptions &Connection::options() const { return d->options; }
bool Connection::isValid() const { return d->error.isEmpty(); }
QString Connection::errorString() const { return d->error; }
QByteArray Connection::caPem() const { return d->caPem; }
std::shared_ptr<grpc::Channel> Connection::channel() const { return d->channel; }
void Connection::setAccessToken(const QString &token) { d->accessToken = token; }
QString Connection::accessToken() const { return d->accessToken; }

QString Connection::host() const
{
    QString address = d->options.address.trimmed();
    if (address.startsWith(QLatin1Char('['))) {               // [::1]:7443
        const int end = address.indexOf(QLatin1Char(']'));
        return end > 0 ? address.mid(1, end - 1) : address;
    }
    const int colon = address.lastIndexOf(QLatin1Char(':'));
    return colon > 0 ? address.left(colon) : address;
}

void Connection::setMonitoredServices(const QStringList &shortNames)
{
    if (shortNames == d->monitored)
        return;
    d->monitored = shortNames;
    for (auto it = d->health.begin(); it != d->health.end();) {
        if (shortNames.contains(it.key()))
            ++it;
        else
            it = d->health.erase(it);
    }
    for (const QString &name : shortNames) {
        if (!d->health.contains(name))
            d->health.insert(name, ServiceHealth{});
    }
    emit monitoredServicesChanged(d->monitored);
    if (!d->monitored.isEmpty() && !d->healthTimer.isActive())
        d->healthTimer.start();
    checkHealthNow();
}

QStringList Connection::monitoredServices() const { return d->monitored; }

ServiceState Connection::serviceState(const QString &shortName) const
{
    return d->health.value(shortName).state;
}

QString Connection::serviceMessage(const QString &shortName) const
{
    return d->health.value(shortName).message;
}

void Connection::setHealthCheckInterval(std::chrono::milliseconds interval)
{
    d->healthTimer.setInterval(interval);
}

void Connection::checkHealthNow()
{
    for (const QString &name : std::as_const(d->monitored))
        checkService(name, true);
}

void Connection::checkService(const QString &name, bool fullName)
{
    auto it = d->health.find(name);
    if (it == d->health.end() || (fullName && it->checkInFlight))
        return;
    it->checkInFlight = true;
    HealthCheckRequest request;
    request.set_service((fullName ? fullServiceName(name) : name).toStdString());
    rpc::Options options;
    options.timeout = std::chrono::seconds(3);
    options.authenticated = false;
    rpc::unary(*this, this, d->healthClient->stub->async(), &HealthStub::async::Check,
        std::move(request),
        [this, name, fullName](const grpc::Status &status, HealthCheckResponse &response) {
            auto it = d->health.find(name);
            if (it == d->health.end())
                return;
            if (status.error_code() == grpc::StatusCode::NOT_FOUND && fullName) {
                checkService(name, false);      // a server may register short names
                return;
            }
            it->checkInFlight = false;
            if (status.ok()) {
                if (response.status() == HealthCheckResponse::SERVING)
                    setServiceState(name, ServiceState::Ready, {});
                else
                    setServiceState(name, ServiceState::Unavailable, tr("not serving"));
            } else if (status.error_code() == grpc::StatusCode::NOT_FOUND) {
                setServiceState(name, ServiceState::Unavailable, tr("not hosted by this server"));
            } else if (status.error_code() == grpc::StatusCode::UNIMPLEMENTED) {
                setServiceState(name, ServiceState::Unavailable,
                                tr("the server does not report health"));
            } else {
                setServiceState(name, ServiceState::Unavailable, describeStatus(status));
            }
        },
        options);
}

void Connection::reportCallOutcome(const QString &shortName, int grpcStatusCode,
                                   const QString &message)
{
    const auto code = grpc::StatusCode(grpcStatusCode);
    if (code == grpc::StatusCode::OK)
        setServiceState(shortName, ServiceState::Ready, {});
    else if (code == grpc::StatusCode::UNAVAILABLE)
        setServiceState(shortName, ServiceState::Unavailable, message);
}

void Connection::setServiceState(const QString &name, ServiceState state, const QString &message)
{
    auto it = d->health.find(name);
    if (it == d->health.end())
        return;
    if (it->state == state && it->message == message)
        return;
    it->state = state;
    it->message = message;
    emit serviceStateChanged(name, state, message);
}

} // namespace session
