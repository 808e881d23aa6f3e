#pragma once
// Incremental parser of client-to-server RFC 6455 frames: every client frame must be
// masked, no extension (RSV) bits, messages (fragments reassembled) of at most
// maxMessageSize bytes. Any violation is an error and the connection must be closed.

#include "gateway_frame_encoder.h"

#include <QByteArray>
#include <QString>

namespace gateway {

class FrameParser {
public:
    static constexpr qsizetype DefaultMaxMessageSize = 1024 * 1024;

    struct Result {
        enum Kind { NeedMore, Message, Error } kind = NeedMore;
        Opcode opcode = Opcode::Binary;   // Text/Binary for data, or a control opcode
        QByteArray payload;               // unmasked; whole message when reassembled
        QString error;                    // when kind == Error
    };

    explicit FrameParser(qsizetype maxMessageSize = DefaultMaxMessageSize)
        : m_maxMessageSize(maxMessageSize) {}

    void append(const QByteArray &bytes);
    // The next complete message or control frame, NeedMore, or Error (sticky).
    Result next();

private:
    Result fail(const QString &why);

    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_maxMessageSize;
    bool m_inFragmentedMessage = false;
    Opcode m_fragmentOpcode = Opcode::Binary;
    QByteArray m_fragments;
    bool m_failed = false;
};

} // namespace gateway
