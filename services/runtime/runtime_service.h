#pragma once
// What every service hosted by switchboard-server implements, and what it is given.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace grpc { class Service; class Channel; }

namespace runtime {

class Authenticator;
class Bus;
class TokenVerifier;

struct ServerOptions {
    std::vector<std::string> services;          // names; "all" expanded
    std::string dataDir;
    std::string listen = "127.0.0.1:7443";      // gRPC
    std::string wsListen = "127.0.0.1:7444";    // gateway WebSocket
    bool insecure = false;                      // plaintext gRPC and WebSocket
    std::string tlsCert, tlsKey;                // operator-provided; else generated
    bool seedDemo = false;
    std::string adminPasswordFile;              // first-start admin password, else random

    std::int64_t accessTokenTtlSeconds = 15 * 60;
    std::int64_t refreshTokenTtlSeconds = 30 * 24 * 3600;

    // Gateway.
    std::int64_t wsPingIntervalMs = 15000;      // a peer silent for 2 intervals is dead
    std::int64_t wsSendBufferLimitBytes = 8 * 1024 * 1024;   // above: cut off as too slow
    std::int64_t wsResumeBufferEvents = 100000; // events kept for resume
    int wsThreads = 0;                          // 0: one per core, less one for gRPC
};

// Handed to each service: its folder, the bus, token verification, and a channel to
// the other services (to this server itself in the embedded mode).
struct ServiceContext {
    const ServerOptions &options;
    Bus &bus;
    TokenVerifier &verifier;
    const Authenticator &auth;
    std::shared_ptr<grpc::Channel> peers;       // reach other services through gRPC
    std::string grpcAdvertisedPort;             // the port clients use for gRPC
    // A bearer token for calls to peers (a service principal holding the admin,
    // supervisor and integration roles). Cheap: cached and renewed before it expires.
    // Empty when no identity is reachable.
    std::function<std::string()> serviceToken;
};

class Service {
public:
    virtual ~Service() = default;
    virtual std::string name() const = 0;       // "identity", "gateway", ...
    // The gRPC service to register, or nullptr.
    virtual grpc::Service *grpcService() = 0;
    // The name the standard health service reports this service under.
    virtual std::string healthName() const
    {
        std::string capitalized = name();
        if (!capitalized.empty())
            capitalized[0] = char(capitalized[0] - 'a' + 'A');
        return "switchboard.v1." + capitalized + "Service";
    }
    // After every service is constructed and the gRPC server is serving.
    virtual void start() {}
    // Graceful shutdown, after the gRPC server stopped taking calls and finished the
    // ones in flight: close connections, flush the store.
    virtual void stop() {}
};

} // namespace runtime
