#include "gateway_batch_encoder.h"

#include "gateway_frame_encoder.h"

#include <google/protobuf/util/json_util.h>

namespace gateway {
namespace {

std::size_t varintSize(std::uint64_t v)
{
    std::size_t n = 1;
    while (v >= 0x80) {
        v >>= 7;
        ++n;
    }
    return n;
}

void appendVarint(QByteArray &out, std::uint64_t v)
{
    while (v >= 0x80) {
        out.append(char((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

constexpr char EventBatchEventsTag = (1 << 3) | 2;   // EventBatch.events, length-delimited
constexpr char ServerFrameEventsTag = (2 << 3) | 2;  // ServerFrame.events, length-delimited

} // namespace

QByteArray BatchEncoder::binaryEvents(std::span<const EventEntry *const> events)
{
    std::size_t batchSize = 0;
    for (const EventEntry *e : events)
        batchSize += 1 + varintSize(e->bytes.size()) + e->bytes.size();
    const std::size_t messageSize = 1 + varintSize(batchSize) + batchSize;

    QByteArray out;
    out.reserve(qsizetype(FrameEncoder::headerSize(messageSize) + messageSize));
    FrameEncoder::appendHeader(out, Opcode::Binary, messageSize);
    out.append(ServerFrameEventsTag);
    appendVarint(out, batchSize);
    for (const EventEntry *e : events) {
        out.append(EventBatchEventsTag);
        appendVarint(out, e->bytes.size());
        out.append(e->bytes.data(), qsizetype(e->bytes.size()));
    }
    return out;
}

QByteArray BatchEncoder::jsonEvents(std::span<const EventEntry *const> events)
{
    switchboard::v1::ServerFrame frame;
    auto *batch = frame.mutable_events();
    for (const EventEntry *e : events)
        *batch->add_events() = e->event;
    return BatchEncoder::frame(frame, true);
}

QByteArray BatchEncoder::frame(const switchboard::v1::ServerFrame &frame, bool json)
{
    std::string payload;
    if (json) {
        google::protobuf::util::JsonPrintOptions options;
        options.always_print_primitive_fields = false;
        (void)google::protobuf::util::MessageToJsonString(frame, &payload, options);
        return FrameEncoder::frame(Opcode::Text, payload);
    }
    frame.SerializeToString(&payload);
    return FrameEncoder::frame(Opcode::Binary, payload);
}

} // namespace gateway
