#pragma once
// Builds complete WebSocket frames of ServerFrame messages. An event batch is encoded
// from the events' bytes serialized once on arrival: a ServerFrame holding
// EventBatch{events} is, on the wire, field 2 wrapping repeated field 1 entries, so
// the batch is concatenated rather than re-serialized per recipient.

#include "gateway_event_entry.h"

#include <QByteArray>

#include <span>

namespace gateway {

class BatchEncoder {
public:
    // Events per frame at most; larger batches (resume, bursts) are split.
    static constexpr std::size_t MaxEventsPerFrame = 512;

    static QByteArray binaryEvents(std::span<const EventEntry *const> events);
    static QByteArray jsonEvents(std::span<const EventEntry *const> events);
    // Any ServerFrame, as a binary frame or a JSON text frame.
    static QByteArray frame(const switchboard::v1::ServerFrame &frame, bool json);
};

} // namespace gateway
