#include "runtime_bus.h"

#include "switchboard/v1/gateway.pb.h"

#include <google/protobuf/util/time_util.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <random>
#include <shared_mutex>
#include <vector>

namespace runtime {
namespace {

class InProcessBus final : public Bus {
    struct Slot {
        std::uint64_t id;
        Handler handler;
    };

    class InProcessSubscription final : public Subscription {
    public:
        InProcessSubscription(InProcessBus *bus, std::uint64_t id) : m_bus(bus), m_id(id) {}
        ~InProcessSubscription() override { m_bus->unsubscribe(m_id); }

    private:
        InProcessBus *m_bus;
        std::uint64_t m_id;
    };

public:
    InProcessBus()
    {
        // Epoch: wall-clock milliseconds mixed with randomness, so that two servers
        // started in the same millisecond still differ.
        std::random_device rd;
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
        m_epoch = (std::uint64_t(ms) << 16) ^ (rd() & 0xffff);
        if (m_epoch == 0)
            m_epoch = 1;
    }

    std::uint64_t publish(switchboard::v1::Event event) override
    {
        // One lock orders sequence assignment and delivery: subscribers see events in
        // exactly sequence order.
        std::lock_guard lock(m_deliveryMutex);
        const std::uint64_t seq = m_lastSequence.load(std::memory_order_relaxed) + 1;
        event.set_sequence(seq);
        if (!event.has_at())
            *event.mutable_at() = google::protobuf::util::TimeUtil::GetCurrentTime();
        m_lastSequence.store(seq, std::memory_order_release);
        for (const Slot &slot : m_slots)
            slot.handler(event);
        return seq;
    }

    std::unique_ptr<Subscription> subscribe(Handler handler) override
    {
        std::lock_guard lock(m_deliveryMutex);
        const std::uint64_t id = ++m_nextId;
        m_slots.push_back({id, std::move(handler)});
        return std::make_unique<InProcessSubscription>(this, id);
    }

    std::uint64_t epoch() const override { return m_epoch; }
    std::uint64_t lastSequence() const override
    {
        return m_lastSequence.load(std::memory_order_acquire);
    }

private:
    void unsubscribe(std::uint64_t id)
    {
        std::lock_guard lock(m_deliveryMutex);
        std::erase_if(m_slots, [id](const Slot &s) { return s.id == id; });
    }

    std::mutex m_deliveryMutex;
    std::vector<Slot> m_slots;
    std::uint64_t m_nextId = 0;
    std::atomic<std::uint64_t> m_lastSequence{0};
    std::uint64_t m_epoch = 1;
};

} // namespace

std::unique_ptr<Bus> makeInProcessBus()
{
    return std::make_unique<InProcessBus>();
}

} // namespace runtime
