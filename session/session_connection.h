#pragma once
// session::Connection: the gRPC channel to one Switchboard server, and the health of
// each service behind it as the UI should show it. One service down is shown, never
// fatal. Lives on the GUI thread; gRPC results hop over by queued invocation.

#include "session_types.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

namespace grpc { class Channel; }

namespace session {

struct ConnectionOptions {
    QString address;        // "host:port" of the gRPC listener
    QString caFile;         // PEM trust root (the server's DATA_DIR/tls/ca.crt); empty: system roots
    bool insecure = false;  // plaintext (development only)
};

class Connection : public QObject {
    Q_OBJECT
public:
    explicit Connection(ConnectionOptions options, QObject *parent = nullptr);
    // Cancels the calls in flight and waits until gRPC has finished with them.
    ~Connection() override;

    const ConnectionOptions &options() const;
    QString address() const { return options().address; }
    QString host() const;           // the host part of the address, without brackets
    // False when the options cannot work (e.g. unreadable CA file); see errorString().
    bool isValid() const;
    QString errorString() const;
    QByteArray caPem() const;       // what the event stream must trust too

    std::shared_ptr<grpc::Channel> channel() const;

    // Attached as "authorization: Bearer <token>" to every authenticated call.
    void setAccessToken(const QString &token);
    QString accessToken() const;

    // Health of the named services ("identity", "gateway", ...), checked periodically
    // with grpc.health.v1 and corrected by the outcome of every call.
    void setMonitoredServices(const QStringList &shortNames);
    QStringList monitoredServices() const;
    ServiceState serviceState(const QString &shortName) const;
    QString serviceMessage(const QString &shortName) const;
    void setHealthCheckInterval(std::chrono::milliseconds interval);
    void checkHealthNow();

    // Called with the outcome of each call to a service (by the RPC helper).
    void reportCallOutcome(const QString &shortName, int grpcStatusCode, const QString &message);

    struct Private;
    Private *d_func() const { return d.get(); }     // internal: session_connection_p.h

signals:
    void monitoredServicesChanged(const QStringList &shortNames);
    void serviceStateChanged(const QString &name, session::ServiceState state,
                             const QString &message);

private:
    void setServiceState(const QString &name, ServiceState state, const QString &message);
    void checkService(const QString &name, bool fullName);

    const std::unique_ptr<Private> d;
};

} // namespace session
