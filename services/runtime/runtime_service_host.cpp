#include "runtime_service_host.h"

#include "runtime_tls.h"

#include <grpcpp/create_channel.h>
#include <grpcpp/ext/proto_server_reflection_plugin.h>
#include <grpcpp/health_check_service_interface.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>

#include <chrono>
#include <stdexcept>

namespace runtime {

ServiceHost::ServiceHost(const ServerOptions &options, const TlsMaterial *tls)
    : m_options(options), m_tls(tls)
{
}

ServiceHost::~ServiceHost()
{
    shutdown(0);
}

void ServiceHost::add(std::unique_ptr<Service> service)
{
    m_services.push_back(std::move(service));
}

Service *ServiceHost::find(const std::string &name) const
{
    for (const auto &service : m_services)
        if (service->name() == name)
            return service.get();
    return nullptr;
}

std::string ServiceHost::host() const
{
    return splitHostPort(m_options.listen).first;
}

void ServiceHost::start()
{
    grpc::EnableDefaultHealthCheckService(true);
    grpc::reflection::InitProtoReflectionServerBuilderPlugin();

    std::shared_ptr<grpc::ServerCredentials> credentials;
    if (m_tls) {
        grpc::SslServerCredentialsOptions ssl;
        ssl.pem_key_cert_pairs.push_back({m_tls->serverKeyPem, m_tls->serverCertPem});
        credentials = grpc::SslServerCredentials(ssl);
    } else {
        credentials = grpc::InsecureServerCredentials();
    }

    grpc::ServerBuilder builder;
    builder.AddListeningPort(m_options.listen, credentials, &m_port);
    // A dead peer's connection is found and closed instead of lingering.
    builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIME_MS, 60000);
    builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 20000);
    builder.SetMaxReceiveMessageSize(64 * 1024 * 1024);   // module bundles
    for (const auto &service : m_services)
        if (grpc::Service *grpcService = service->grpcService())
            builder.RegisterService(grpcService);

    m_server = builder.BuildAndStart();
    if (!m_server || m_port == 0)
        throw std::runtime_error("cannot listen for gRPC on " + m_options.listen
                                 + " (address in use or not local?)");

    if (auto *health = m_server->GetHealthCheckService()) {
        health->SetServingStatus(true);
        for (const auto &service : m_services)
            if (service->grpcService())
                health->SetServingStatus(service->healthName(), true);
    }

    for (const auto &service : m_services)
        service->start();
}

void ServiceHost::shutdown(int graceMs)
{
    if (m_stopped || !m_server)
        return;
    m_stopped = true;
    if (auto *health = m_server->GetHealthCheckService())
        health->Shutdown();   // health checks answer NOT_SERVING while we drain
    m_server->Shutdown(std::chrono::system_clock::now() + std::chrono::milliseconds(graceMs));
    m_server->Wait();
    for (auto it = m_services.rbegin(); it != m_services.rend(); ++it)
        (*it)->stop();
}

std::shared_ptr<grpc::Channel> makeClientChannel(const std::string &target, const std::string &caPem,
                                                 bool insecure)
{
    if (insecure)
        return grpc::CreateChannel(target, grpc::InsecureChannelCredentials());
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = caPem;
    return grpc::CreateChannel(target, grpc::SslCredentials(ssl));
}

std::pair<std::string, int> splitHostPort(const std::string &address)
{
    const auto colon = address.rfind(':');
    if (colon == std::string::npos || colon == 0)
        throw std::invalid_argument("'" + address + "' is not HOST:PORT");
    std::string host = address.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    int port = -1;
    try {
        size_t used = 0;
        port = std::stoi(address.substr(colon + 1), &used);
        if (used != address.size() - colon - 1)
            port = -1;
    } catch (const std::exception &) {
        port = -1;
    }
    if (port < 0 || port > 65535)
        throw std::invalid_argument("'" + address + "' has no valid port (0-65535)");
    return {host, port};
}

} // namespace runtime
