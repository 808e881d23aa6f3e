#pragma once
// One bus event as the gateway keeps it: serialized once, shared by the resume ring and
// every worker.

#include "switchboard/v1/gateway.pb.h"

#include <cstdint>
#include <memory>
#include <string>

namespace gateway {

struct EventEntry {
    std::uint64_t sequence = 0;
    switchboard::v1::Event event;
    std::string bytes;                 // event.SerializeAsString()

    static std::shared_ptr<const EventEntry> make(const switchboard::v1::Event &event);
};

using EventEntryPtr = std::shared_ptr<const EventEntry>;

} // namespace gateway
