#pragma once
// The last N events of the bus stream, for resume. Thread-safe: the bus handler appends,
// workers read snapshots.

#include "gateway_event_entry.h"

#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace gateway {

class EventRing {
public:
    explicit EventRing(std::size_t capacity);

    // Called once, after subscribing to the bus: events up to lastSequence were published
    // before the gateway listened and can never be replayed.
    void setBaseline(std::uint64_t lastSequence);
    void append(EventEntryPtr entry);

    struct Snapshot {
        std::uint64_t lastSequence = 0;      // the stream's sequence as far as the ring knows
        bool resumable = false;              // every event after `after` is held
        std::vector<EventEntryPtr> missed;   // events after `after`, in order, when resumable
    };
    // The events after `after`, if all of them are still held.
    Snapshot since(std::uint64_t after) const;
    std::uint64_t lastSequence() const;

private:
    mutable std::mutex m_mutex;
    std::size_t m_capacity;
    std::deque<EventEntryPtr> m_entries;
    std::uint64_t m_coveredFrom = 0;   // lowest sequence a client can resume after
    std::uint64_t m_last = 0;
    bool m_initialized = false;
};

} // namespace gateway
