#pragma once
// Stats: the switchboard.v1.StatsService on the metrics engine (docs/stats.md, "The
// service"). Fed by routing's bus events, seeded from routing and the directory at start,
// publishing coalesced queue/agent metric deltas and alerts on role:supervisor, keeping
// closed 15-minute intervals, wallboards and alert rules in DATA_DIR/stats.db.

#include "runtime_service.h"

#include <memory>
#include <string>

namespace stats {

class Service final : public runtime::Service {
public:
    explicit Service(const runtime::ServiceContext &context);
    ~Service() override;

    std::string name() const override { return "stats"; }
    grpc::Service *grpcService() override;
    void start() override;
    void stop() override;

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace stats
