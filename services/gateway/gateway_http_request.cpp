#include "gateway_http_request.h"

#include <QCryptographicHash>

namespace gateway {
namespace {

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (c <= 32 || c >= 127)
            return false;
    }
    return true;
}

} // namespace

HttpRequest::ParseStatus HttpRequest::parse(const QByteArray &buffer, qsizetype *headSize)
{
    // Reject non-HTTP early, before waiting for a full head: the first bytes must look
    // like an uppercase method followed by a space.
    const qsizetype probe = qMin<qsizetype>(buffer.size(), 8);
    for (qsizetype i = 0; i < probe; ++i) {
        const char c = buffer.at(i);
        if (c == ' ' && i > 0)
            break;
        if (c < 'A' || c > 'Z')
            return ParseStatus::NotHttp;
    }
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return buffer.size() > MaxHeadSize ? ParseStatus::TooLarge : ParseStatus::NeedMore;
    if (end + 4 > MaxHeadSize)
        return ParseStatus::TooLarge;

    const QByteArray head = buffer.left(end);
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.first().trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || !parts[1].startsWith('/')
        || !parts[2].startsWith("HTTP/1."))
        return ParseStatus::NotHttp;
    m_method = parts[0];
    m_path = parts[1];
    if (const qsizetype q = m_path.indexOf('?'); q >= 0)
        m_path.truncate(q);

    m_headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return ParseStatus::NotHttp;
        m_headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    *headSize = end + 4;
    return ParseStatus::Complete;
}

QByteArray HttpRequest::header(QByteArrayView name) const
{
    const QByteArray lower = name.toByteArray().toLower();
    for (const auto &[key, value] : m_headers) {
        if (key == lower)
            return value;
    }
    return {};
}

bool HttpRequest::headerHasToken(QByteArrayView name, QByteArrayView token) const
{
    const QByteArray lower = name.toByteArray().toLower();
    const QByteArray wanted = token.toByteArray().toLower();
    for (const auto &[key, value] : m_headers) {
        if (key != lower)
            continue;
        for (const QByteArray &part : value.split(',')) {
            if (part.trimmed().toLower() == wanted)
                return true;
        }
    }
    return false;
}

QByteArray HttpRequest::websocketAccept(const QByteArray &key)
{
    return QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                    QCryptographicHash::Sha1)
        .toBase64();
}

QByteArray HttpRequest::response(int status, QByteArrayView reason,
                                 const QList<QPair<QByteArray, QByteArray>> &headers,
                                 const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason.toByteArray()
        + "\r\n";
    for (const auto &[key, value] : headers)
        out += key + ": " + value + "\r\n";
    if (status != 101) {
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        out += "Connection: close\r\n";
    }
    out += "\r\n";
    out += body;
    return out;
}

} // namespace gateway
