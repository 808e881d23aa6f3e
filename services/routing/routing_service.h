#pragma once
// routing: the ACD as a service (switchboard.v1.RoutingService). Hosts one
// routing::Engine on its own thread, persists every consequence of a command to
// DATA_DIR/routing.db before the command is acknowledged, restores the engine from it
// at start, takes its configuration (queues, skills, agent profiles, codes) from the
// directory service over gRPC and publishes AgentStateChanged, InteractionChanged,
// OfferMade and OfferWithdrawn on the bus. See docs/routing-service.md.

#include "runtime_service.h"

#include <memory>

namespace routing {

class Service final : public runtime::Service {
public:
    // Opens DATA_DIR/routing.db (throws runtime::StoreError when it cannot) and
    // subscribes to the bus. context must outlive the service.
    explicit Service(const runtime::ServiceContext &context);
    ~Service() override;

    std::string name() const override { return "routing"; }
    grpc::Service *grpcService() override;
    // Reads the configuration from the directory (context.peers, context.serviceToken)
    // and restores the engine from the store; returns when the restore is done. RPCs
    // that arrive before wait for it.
    void start() override;
    // Finishes the queued commands, stops the engine thread and flushes the store.
    void stop() override;

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace routing
