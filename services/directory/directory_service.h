#pragma once
// Directory: the admin surface (skills, queues, teams, agent profiles, codes, canned
// responses) and the audit log of configuration changes.

#include "runtime_service.h"

#include <memory>

namespace directory {

class Service final : public runtime::Service {
public:
    explicit Service(const runtime::ServiceContext &context);
    ~Service() override;

    std::string name() const override { return "directory"; }
    grpc::Service *grpcService() override;
    void stop() override;

    // Creates the demo center's skills, queues, teams and codes if they are missing.
    void seedDemo();

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace directory
