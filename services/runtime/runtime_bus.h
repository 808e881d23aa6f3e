#pragma once
// The event bus between services. Services learn about each other only through gRPC
// calls and these events. The embedded server uses InProcessBus; the scale-out setup
// puts NATS JetStream behind the same interface.

#include <cstdint>
#include <functional>
#include <memory>

namespace switchboard::v1 { class Event; }

namespace runtime {

class Bus {
public:
    using Handler = std::function<void(const switchboard::v1::Event &)>;

    // Keeps a subscription alive; destroying it unsubscribes (and waits until no
    // delivery to that handler is running).
    class Subscription {
    public:
        virtual ~Subscription() = default;
    };

    virtual ~Bus() = default;

    // Stamps the event with the next stream sequence number and the current time,
    // then delivers it to every subscriber, in sequence order. Thread-safe.
    // Returns the sequence number given.
    virtual std::uint64_t publish(switchboard::v1::Event event) = 0;

    // Handlers run on the publishing thread, one event at a time, in sequence order:
    // they must be quick (queue the work elsewhere) and must not publish.
    virtual std::unique_ptr<Subscription> subscribe(Handler handler) = 0;

    // Identifies this stream: sequence numbers are only comparable within one epoch.
    virtual std::uint64_t epoch() const = 0;
    virtual std::uint64_t lastSequence() const = 0;
};

std::unique_ptr<Bus> makeInProcessBus();

} // namespace runtime
