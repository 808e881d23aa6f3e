#pragma once
// Catalog: feature-module bundles, their signatures, rollout rules and which client runs
// which version (docs/catalog.md).

#include "runtime_service.h"

#include <memory>
#include <string>

namespace catalog {

class Service final : public runtime::Service {
public:
    // trustedKeysDir: the folder of <keyId>.pub files a published bundle must be signed
    // by; empty = DATA_DIR/trusted-keys. Read on every publish, so a key added to it
    // counts without a restart.
    Service(const runtime::ServiceContext &context, const std::string &trustedKeysDir = {});
    ~Service() override;

    std::string name() const override { return "catalog"; }
    grpc::Service *grpcService() override;
    void stop() override;

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace catalog
