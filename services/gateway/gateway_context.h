#pragma once
// What every worker and connection of one gateway shares. Read-only after start, except
// the ring, which is thread-safe.

#include <QSslConfiguration>

#include <cstdint>
#include <memory>
#include <optional>

namespace grpc { class Channel; }
namespace runtime { class Authenticator; class TokenVerifier; }

namespace gateway {

class EventRing;

struct Context {
    const runtime::Authenticator &auth;
    const runtime::TokenVerifier &verifier;
    EventRing &ring;
    std::uint64_t epoch = 0;
    qint64 sendBufferLimitBytes = 8 * 1024 * 1024;
    qint64 pingIntervalMs = 15000;
    std::optional<QSslConfiguration> tls;   // set: every connection is TLS
    // The other services (the web wallboard's snapshot asks stats); null in tests
    // that run the gateway alone.
    std::shared_ptr<grpc::Channel> peers;
};

} // namespace gateway
