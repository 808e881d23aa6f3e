#include "gateway_event_ring.h"

namespace gateway {

EventRing::EventRing(std::size_t capacity) : m_capacity(capacity == 0 ? 1 : capacity) {}

void EventRing::setBaseline(std::uint64_t lastSequence)
{
    std::lock_guard lock(m_mutex);
    if (m_initialized)
        return; // an event arrived first and set the baseline itself
    m_initialized = true;
    m_coveredFrom = m_last = lastSequence;
}

void EventRing::append(EventEntryPtr entry)
{
    std::lock_guard lock(m_mutex);
    if (!m_initialized || entry->sequence != m_last + 1) {
        // A gap (or the first event): only what follows can be replayed.
        m_entries.clear();
        m_coveredFrom = entry->sequence - 1;
        m_initialized = true;
    }
    m_last = entry->sequence;
    m_entries.push_back(std::move(entry));
    if (m_entries.size() > m_capacity) {
        m_coveredFrom = m_entries.front()->sequence;
        m_entries.pop_front();
    }
}

EventRing::Snapshot EventRing::since(std::uint64_t after) const
{
    std::lock_guard lock(m_mutex);
    Snapshot s;
    s.lastSequence = m_last;
    if (after < m_coveredFrom || after > m_last)
        return s;
    s.resumable = true;
    const std::size_t first = after - m_coveredFrom;   // index of sequence after + 1
    s.missed.assign(m_entries.begin() + std::ptrdiff_t(first), m_entries.end());
    return s;
}

std::uint64_t EventRing::lastSequence() const
{
    std::lock_guard lock(m_mutex);
    return m_last;
}

} // namespace gateway
