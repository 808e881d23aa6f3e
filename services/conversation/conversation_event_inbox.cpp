#include "conversation_event_inbox.h"

#include "switchboard/v1/gateway.pb.h"

namespace conversation {

EventInbox::EventInbox(runtime::Bus &bus, Apply apply) : m_apply(std::move(apply))
{
    m_thread = std::thread([this] { run(); });
    m_subscription = bus.subscribe([this](const switchboard::v1::Event &event) {
        if (event.payload_case() != switchboard::v1::Event::kInteractionChanged
            && event.payload_case() != switchboard::v1::Event::kOfferMade)
            return;
        auto copy = std::make_unique<switchboard::v1::Event>(event);
        {
            std::lock_guard lock(m_mutex);
            m_queue.push_back(std::move(copy));
            ++m_taken;
        }
        m_wake.notify_one();
    });
}

EventInbox::~EventInbox()
{
    m_subscription.reset();
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

bool EventInbox::catchUp(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    const std::uint64_t target = m_taken;
    return m_applied.wait_for(lock, timeout, [&] { return m_done >= target; });
}

void EventInbox::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [&] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty() && m_stopping)
            return;
        std::unique_ptr<switchboard::v1::Event> event = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        m_apply(*event);   // the callback handles its own errors
        lock.lock();
        ++m_done;
        m_applied.notify_all();
    }
}

} // namespace conversation
