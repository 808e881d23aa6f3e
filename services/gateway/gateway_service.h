#pragma once
// The gateway: pushes bus events to clients over one authenticated WebSocket each,
// with per-user topics and resume by sequence number (proto/switchboard/v1/gateway.proto
// is the protocol).
//
// Threads: the bus handler (on the publisher's thread) only records each event in the
// resume ring and queues it for the workers; one thread accepts connections; each of
// options.wsThreads workers runs its own event loop and owns its clients.

#include "runtime_service.h"

#include <QString>

#include <memory>
#include <string>
#include <vector>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace runtime { struct TlsMaterial; }

namespace gateway {

struct Context;
class EndpointService;
class EventRing;
class Listener;
class Worker;

class Service final : public runtime::Service {
public:
    // tls == nullptr: plaintext WebSocket (options.insecure). The material is copied.
    Service(const runtime::ServiceContext &context, const runtime::TlsMaterial *tls);
    ~Service() override;

    std::string name() const override { return "gateway"; }
    grpc::Service *grpcService() override;

    // Listens on options.wsListen and prints "gateway listening on HOST:PORT".
    // Throws std::runtime_error when the address cannot be listened on.
    void start() override;
    // Closes every client with 1001 (server going away) and stops listening.
    void stop() override;

    // The port actually listened on (0 before start).
    int port() const;
    std::uint64_t epoch() const;
    // Connected sockets over all workers (any state), for tests and diagnostics.
    int connectionCount() const;

private:
    const runtime::ServiceContext &m_service;
    std::unique_ptr<EventRing> m_ring;
    std::unique_ptr<Context> m_context;
    std::unique_ptr<EndpointService> m_endpoint;
    std::vector<QThread *> m_workerThreads;
    std::vector<Worker *> m_workers;
    QThread *m_acceptThread = nullptr;
    Listener *m_listener = nullptr;
    std::unique_ptr<class BusSubscriptionHolder> m_subscription;
    int m_port = 0;
    bool m_started = false;
};

} // namespace gateway
