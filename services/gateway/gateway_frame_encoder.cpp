#include "gateway_frame_encoder.h"

namespace gateway {

std::size_t FrameEncoder::headerSize(std::uint64_t payloadSize)
{
    if (payloadSize < 126)
        return 2;
    if (payloadSize <= 0xffff)
        return 4;
    return 10;
}

void FrameEncoder::appendHeader(QByteArray &out, Opcode opcode, std::uint64_t payloadSize)
{
    out.append(char(0x80 | std::uint8_t(opcode)));
    if (payloadSize < 126) {
        out.append(char(payloadSize));
    } else if (payloadSize <= 0xffff) {
        out.append(char(126));
        out.append(char(payloadSize >> 8));
        out.append(char(payloadSize & 0xff));
    } else {
        out.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char((payloadSize >> shift) & 0xff));
    }
}

QByteArray FrameEncoder::frame(Opcode opcode, std::string_view payload)
{
    QByteArray out;
    out.reserve(qsizetype(headerSize(payload.size()) + payload.size()));
    appendHeader(out, opcode, payload.size());
    out.append(payload.data(), qsizetype(payload.size()));
    return out;
}

QByteArray FrameEncoder::closeFrame(quint16 code, std::string_view reason)
{
    // Control frames carry at most 125 bytes: the code takes 2.
    reason = reason.substr(0, 123);
    std::string payload;
    payload.push_back(char(code >> 8));
    payload.push_back(char(code & 0xff));
    payload.append(reason);
    return frame(Opcode::Close, payload);
}

} // namespace gateway
