#include "gateway_frame_parser.h"

#include <cstring>

namespace gateway {

void FrameParser::append(const QByteArray &bytes)
{
    if (m_failed)
        return;
    if (m_pos > 0 && m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    } else if (m_pos > 64 * 1024 && m_pos > m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes);
}

FrameParser::Result FrameParser::fail(const QString &why)
{
    m_failed = true;
    m_buffer.clear();
    m_fragments.clear();
    m_pos = 0;
    Result r;
    r.kind = Result::Error;
    r.error = why;
    return r;
}

FrameParser::Result FrameParser::next()
{
    if (m_failed)
        return fail(QStringLiteral("earlier protocol error"));

    for (;;) {
        const auto *data = reinterpret_cast<const unsigned char *>(m_buffer.constData()) + m_pos;
        const qsizetype avail = m_buffer.size() - m_pos;
        if (avail < 2)
            return {};

        const bool fin = data[0] & 0x80;
        const unsigned rsv = data[0] & 0x70;
        const unsigned op = data[0] & 0x0f;
        const bool masked = data[1] & 0x80;
        std::uint64_t len = data[1] & 0x7f;

        if (rsv != 0)
            return fail(QStringLiteral("reserved bits set (no extension was negotiated)"));
        if (op != 0x0 && op != 0x1 && op != 0x2 && op != 0x8 && op != 0x9 && op != 0xA)
            return fail(QStringLiteral("unknown opcode %1").arg(op));
        if (!masked)
            return fail(QStringLiteral("client frames must be masked"));
        const bool control = op >= 0x8;
        if (control && (!fin || len > 125))
            return fail(QStringLiteral("control frames must be final and at most 125 bytes"));

        qsizetype headerSize = 2;
        if (len == 126) {
            if (avail < 4)
                return {};
            len = (std::uint64_t(data[2]) << 8) | data[3];
            headerSize = 4;
        } else if (len == 127) {
            if (avail < 10)
                return {};
            len = 0;
            for (int i = 0; i < 8; ++i)
                len = (len << 8) | data[2 + i];
            headerSize = 10;
            if (len >> 63)
                return fail(QStringLiteral("invalid payload length"));
        }
        const std::uint64_t already = control ? 0 : std::uint64_t(m_fragments.size());
        if (len + already > std::uint64_t(m_maxMessageSize))
            return fail(QStringLiteral("message larger than %1 bytes").arg(m_maxMessageSize));
        headerSize += 4; // masking key
        if (avail < headerSize + qsizetype(len))
            return {};

        const unsigned char *mask = data + headerSize - 4;
        QByteArray payload(reinterpret_cast<const char *>(data + headerSize), qsizetype(len));
        char *p = payload.data();
        for (qsizetype i = 0; i < qsizetype(len); ++i)
            p[i] = char(p[i] ^ mask[i & 3]);
        m_pos += headerSize + qsizetype(len);

        if (control) {
            Result r;
            r.kind = Result::Message;
            r.opcode = Opcode(op);
            r.payload = std::move(payload);
            return r;
        }
        if (op == 0x0) {
            if (!m_inFragmentedMessage)
                return fail(QStringLiteral("continuation frame without a message to continue"));
            m_fragments.append(payload);
        } else {
            if (m_inFragmentedMessage)
                return fail(QStringLiteral("new message before the fragmented one ended"));
            if (fin) {
                Result r;
                r.kind = Result::Message;
                r.opcode = Opcode(op);
                r.payload = std::move(payload);
                return r;
            }
            m_inFragmentedMessage = true;
            m_fragmentOpcode = Opcode(op);
            m_fragments = std::move(payload);
        }
        if (fin) {
            Result r;
            r.kind = Result::Message;
            r.opcode = m_fragmentOpcode;
            r.payload = std::move(m_fragments);
            m_fragments = QByteArray();
            m_inFragmentedMessage = false;
            return r;
        }
    }
}

} // namespace gateway
