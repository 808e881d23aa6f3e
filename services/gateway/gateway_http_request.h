#pragma once
// The head of an HTTP/1.1 request, enough for the WebSocket upgrade and plain GET pages.

#include <QByteArray>
#include <QList>
#include <QPair>

namespace gateway {

class HttpRequest {
public:
    enum class ParseStatus { NeedMore, Complete, NotHttp, TooLarge };
    static constexpr qsizetype MaxHeadSize = 16 * 1024;

    // Parses the head at the start of buffer. On Complete, headSize is the number of
    // bytes the head took (the rest belongs to what follows it).
    ParseStatus parse(const QByteArray &buffer, qsizetype *headSize);

    QByteArray method() const { return m_method; }
    QByteArray path() const { return m_path; }     // without the query string
    // The value of a header (case-insensitive name), empty when absent.
    QByteArray header(QByteArrayView name) const;
    // True when a comma-separated header contains token (case-insensitive).
    bool headerHasToken(QByteArrayView name, QByteArrayView token) const;

    // Sec-WebSocket-Accept for a Sec-WebSocket-Key.
    static QByteArray websocketAccept(const QByteArray &key);
    static QByteArray response(int status, QByteArrayView reason,
                               const QList<QPair<QByteArray, QByteArray>> &headers = {},
                               const QByteArray &body = {});

private:
    QByteArray m_method;
    QByteArray m_path;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace gateway
