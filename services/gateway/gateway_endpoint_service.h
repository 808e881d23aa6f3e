#pragma once
// GatewayService over gRPC: tells clients where the WebSocket listens.

#include "switchboard/v1/gateway.grpc.pb.h"

#include <atomic>
#include <string>
#include <vector>

namespace gateway {

class EndpointService final : public switchboard::v1::GatewayService::CallbackService {
public:
    EndpointService(std::vector<std::string> services, bool tls);

    // Set once the WebSocket listens.
    void setPort(int port) { m_port.store(port); }

    grpc::ServerUnaryReactor *GetEndpoint(grpc::CallbackServerContext *context,
                                          const switchboard::v1::GetEndpointRequest *request,
                                          switchboard::v1::GetEndpointResponse *response) override;

private:
    const std::vector<std::string> m_services;
    const bool m_tls;
    std::atomic<int> m_port{0};
};

} // namespace gateway
