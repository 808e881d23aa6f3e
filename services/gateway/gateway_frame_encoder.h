#pragma once
// Server-to-client RFC 6455 frames. Server frames are never masked, so a frame built
// once can be written unchanged to every recipient.

#include <QByteArray>

#include <cstdint>
#include <string_view>

namespace gateway {

enum class Opcode : std::uint8_t {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA,
};

class FrameEncoder {
public:
    // Appends the header of a final (FIN) frame carrying payloadSize bytes.
    static void appendHeader(QByteArray &out, Opcode opcode, std::uint64_t payloadSize);
    static std::size_t headerSize(std::uint64_t payloadSize);

    static QByteArray frame(Opcode opcode, std::string_view payload);
    static QByteArray closeFrame(quint16 code, std::string_view reason);
};

} // namespace gateway
