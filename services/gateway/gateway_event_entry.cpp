#include "gateway_event_entry.h"

namespace gateway {

std::shared_ptr<const EventEntry> EventEntry::make(const switchboard::v1::Event &event)
{
    auto entry = std::make_shared<EventEntry>();
    entry->sequence = event.sequence();
    entry->event = event;
    event.SerializeToString(&entry->bytes);
    return entry;
}

} // namespace gateway
