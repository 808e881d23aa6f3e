#pragma once
// Routing's interaction events, taken off the bus and applied on a worker thread of
// their own: bus handlers must be quick and must not publish, and applying an event
// writes the store and may publish a CallChanged.
//
// An RPC calls catchUp() first, so that it never answers from a state older than the
// events already on the bus when it started (an agent who was just offered an
// interaction can use it at once).

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "runtime_bus.h"

namespace switchboard::v1 { class Event; }

namespace conversation {

class EventInbox {
public:
    using Apply = std::function<void(const switchboard::v1::Event &)>;

    // Subscribes to the bus; apply runs on the inbox's thread, one event at a time, in
    // bus order. Only interaction_changed and offer_made events are taken.
    EventInbox(runtime::Bus &bus, Apply apply);
    // Unsubscribes, then applies what is still queued and stops the thread.
    ~EventInbox();

    // Waits until every event taken before this call has been applied, or the timeout
    // passed; false on timeout.
    bool catchUp(std::chrono::milliseconds timeout = std::chrono::seconds(2));

private:
    void run();

    Apply m_apply;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_applied;
    std::deque<std::unique_ptr<switchboard::v1::Event>> m_queue;
    std::uint64_t m_taken = 0;
    std::uint64_t m_done = 0;
    bool m_stopping = false;
    std::thread m_thread;
    std::unique_ptr<runtime::Bus::Subscription> m_subscription;
};

} // namespace conversation
