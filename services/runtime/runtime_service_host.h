#pragma once
// Hosts a set of services in one gRPC server: TLS or plaintext, the standard health
// service (grpc.health.v1.Health, one status per hosted service) and server reflection.

#include "runtime_service.h"

#include <memory>
#include <string>
#include <vector>

namespace grpc { class Server; }

namespace runtime {

struct TlsMaterial;

class ServiceHost {
public:
    // tls == nullptr serves plaintext (only with --insecure).
    ServiceHost(const ServerOptions &options, const TlsMaterial *tls);
    ~ServiceHost();

    void add(std::unique_ptr<Service> service);
    Service *find(const std::string &name) const;
    const std::vector<std::unique_ptr<Service>> &services() const { return m_services; }

    // Builds and starts the gRPC server, then starts every service. Throws
    // std::runtime_error when the address cannot be bound.
    void start();
    // The port the gRPC server listens on (resolves --listen HOST:0).
    int port() const { return m_port; }
    std::string host() const;

    // Graceful: stops taking new calls, lets calls in flight finish (up to the
    // deadline), then stops the services in reverse order (they flush their stores).
    void shutdown(int graceMs = 5000);

private:
    const ServerOptions &m_options;
    const TlsMaterial *m_tls;
    std::vector<std::unique_ptr<Service>> m_services;
    std::unique_ptr<grpc::Server> m_server;
    int m_port = 0;
    bool m_stopped = false;
};

// Credentials a client uses to reach this server: TLS trusting caPem, or plaintext.
std::shared_ptr<grpc::Channel> makeClientChannel(const std::string &target, const std::string &caPem,
                                                 bool insecure);

// "host:port" split; throws std::invalid_argument with a readable message.
std::pair<std::string, int> splitHostPort(const std::string &address);

} // namespace runtime
