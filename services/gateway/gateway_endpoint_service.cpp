#include "gateway_endpoint_service.h"

namespace gateway {

EndpointService::EndpointService(std::vector<std::string> services, bool tls)
    : m_services(std::move(services)), m_tls(tls)
{
}

grpc::ServerUnaryReactor *EndpointService::GetEndpoint(
    grpc::CallbackServerContext *context, const switchboard::v1::GetEndpointRequest *,
    switchboard::v1::GetEndpointResponse *response)
{
    auto *reactor = context->DefaultReactor();
    const int port = m_port.load();
    if (port == 0) {
        reactor->Finish(grpc::Status(grpc::StatusCode::UNAVAILABLE,
                                     "the gateway is not listening yet; try again shortly"));
        return reactor;
    }
    response->set_port(port);
    response->set_path("/events");
    response->set_tls(m_tls);
    response->set_server_version("0.1.0");
    for (const std::string &s : m_services)
        response->add_services(s);
    reactor->Finish(grpc::Status::OK);
    return reactor;
}

} // namespace gateway
