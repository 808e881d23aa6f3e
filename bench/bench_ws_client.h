#pragma once
// A minimal WebSocket client for benchmarks: blocking connect, optional TLS, the HTTP
// upgrade and the gateway's hello; then non-blocking reads driven by one epoll thread
// for thousands of clients, so that the measuring side stays cheap. Not a general
// WebSocket implementation: it reads the server's unmasked frames and writes masked
// ones, nothing more.

#include "switchboard/v1/gateway.pb.h"

#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace bench {

struct WsClient {
    int fd = -1;
    SSL *ssl = nullptr;
    std::string buffer;

    ssize_t readSome(char *out, std::size_t size)
    {
        if (!ssl)
            return ::read(fd, out, size);
        const int n = SSL_read(ssl, out, int(size));
        if (n > 0)
            return n;
        const int err = SSL_get_error(ssl, n);
        if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) {
            errno = EAGAIN;
            return -1;
        }
        return 0;
    }

    bool writeAll(const std::string &data)
    {
        std::size_t off = 0;
        while (off < data.size()) {
            const ssize_t n = ssl ? SSL_write(ssl, data.data() + off, int(data.size() - off))
                                  : ::write(fd, data.data() + off, data.size() - off);
            if (n <= 0)
                return false;
            off += std::size_t(n);
        }
        return true;
    }

    // Calls onBinary(payloadBegin, payloadEnd) for each complete binary frame in the
    // buffer and drops what it consumed. Returns false once a close frame came.
    template <typename OnBinary>
    bool parseFrames(OnBinary &&onBinary)
    {
        std::size_t pos = 0;
        bool open = true;
        while (buffer.size() - pos >= 2) {
            const auto *d = reinterpret_cast<const std::uint8_t *>(buffer.data()) + pos;
            const std::size_t avail = buffer.size() - pos;
            const int op = d[0] & 0x0f;
            std::uint64_t len = d[1] & 0x7f;
            std::size_t header = 2;
            if (len == 126) {
                if (avail < 4)
                    break;
                len = (std::uint64_t(d[2]) << 8) | d[3];
                header = 4;
            } else if (len == 127) {
                if (avail < 10)
                    break;
                len = 0;
                for (int i = 0; i < 8; ++i)
                    len = (len << 8) | d[2 + i];
                header = 10;
            }
            if (avail < header + len)
                break;
            const std::uint8_t *payload = d + header;
            if (op == 0x2)
                onBinary(payload, payload + len);
            else if (op == 0x8)
                open = false;
            pos += header + len;
        }
        buffer.erase(0, pos);
        return open;
    }
};

inline std::string maskedFrame(int opcode, const std::string &payload)
{
    std::string f;
    f.push_back(char(0x80 | opcode));
    if (payload.size() < 126) {
        f.push_back(char(0x80 | payload.size()));
    } else {
        f.push_back(char(0x80 | 126));
        f.push_back(char(payload.size() >> 8));
        f.push_back(char(payload.size() & 0xff));
    }
    const char mask[4] = {0x12, 0x34, 0x56, 0x78};
    f.append(mask, 4);
    for (std::size_t i = 0; i < payload.size(); ++i)
        f.push_back(char(payload[i] ^ mask[i & 3]));
    return f;
}

// Blocking connect + TLS (ctx may be null) + upgrade + hello + welcome; then the socket
// turns non-blocking. Frames that arrive with the welcome stay in the buffer.
inline bool connectWs(WsClient &c, int port, SSL_CTX *ctx, const std::string &token)
{
    c.fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(std::uint16_t(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(c.fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0)
        return false;
    int one = 1;
    ::setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (ctx) {
        c.ssl = SSL_new(ctx);
        SSL_set_fd(c.ssl, c.fd);
        if (SSL_connect(c.ssl) != 1)
            return false;
    }
    if (!c.writeAll("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                    "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"))
        return false;
    char chunk[4096];
    while (c.buffer.find("\r\n\r\n") == std::string::npos) {
        const ssize_t n = c.readSome(chunk, sizeof chunk);
        if (n <= 0)
            return false;
        c.buffer.append(chunk, std::size_t(n));
    }
    if (c.buffer.rfind("HTTP/1.1 101", 0) != 0)
        return false;
    c.buffer.erase(0, c.buffer.find("\r\n\r\n") + 4);

    switchboard::v1::ClientFrame hello;
    hello.mutable_hello()->set_access_token(token);
    if (!c.writeAll(maskedFrame(0x2, hello.SerializeAsString())))
        return false;
    bool welcomed = false;
    while (!welcomed) {
        // ServerFrame.welcome is field 1: its frame's payload starts with tag 0x0a. Only
        // the welcome is consumed here; later frames wait for the receive loop.
        if (c.buffer.size() >= 3 && (std::uint8_t(c.buffer[0]) & 0x0f) == 0x2) {
            std::size_t header = 2;
            std::uint64_t len = std::uint8_t(c.buffer[1]) & 0x7f;
            if (len == 126 && c.buffer.size() >= 4) {
                len = (std::uint64_t(std::uint8_t(c.buffer[2])) << 8) | std::uint8_t(c.buffer[3]);
                header = 4;
            }
            if (len < 126 || header == 4) {
                if (c.buffer.size() >= header + len) {
                    welcomed = std::uint8_t(c.buffer[header]) == 0x0a;
                    c.buffer.erase(0, header + len);
                    continue;
                }
            }
        }
        const ssize_t n = c.readSome(chunk, sizeof chunk);
        if (n <= 0)
            return false;
        c.buffer.append(chunk, std::size_t(n));
    }
    ::fcntl(c.fd, F_SETFL, ::fcntl(c.fd, F_GETFL) | O_NONBLOCK);
    return true;
}

// One epoll thread reading every client until stop; onBinary(clientIndex, begin, end)
// for each binary frame.
template <typename OnBinary>
void receiveLoop(std::vector<WsClient> &clients, std::atomic<bool> &stop, OnBinary &&onBinary)
{
    const int ep = ::epoll_create1(0);
    for (std::size_t i = 0; i < clients.size(); ++i) {
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.u64 = i;
        ::epoll_ctl(ep, EPOLL_CTL_ADD, clients[i].fd, &ev);
    }
    std::vector<epoll_event> events(256);
    std::vector<char> chunk(256 * 1024);
    // Frames that arrived together with the welcome.
    for (std::size_t i = 0; i < clients.size(); ++i)
        clients[i].parseFrames([&](const std::uint8_t *b, const std::uint8_t *e) { onBinary(i, b, e); });
    while (!stop.load(std::memory_order_relaxed)) {
        const int n = ::epoll_wait(ep, events.data(), int(events.size()), 50);
        for (int k = 0; k < n; ++k) {
            const std::size_t index = events[k].data.u64;
            WsClient &c = clients[index];
            for (;;) {
                const ssize_t got = c.readSome(chunk.data(), chunk.size());
                if (got <= 0) {
                    if (got == 0 || errno != EAGAIN) {
                        ::epoll_ctl(ep, EPOLL_CTL_DEL, c.fd, nullptr);
                        std::fprintf(stderr, "a client was disconnected\n");
                    }
                    break;
                }
                c.buffer.append(chunk.data(), std::size_t(got));
                if (std::size_t(got) < chunk.size() && !(c.ssl && SSL_pending(c.ssl)))
                    break;
            }
            c.parseFrames([&](const std::uint8_t *b, const std::uint8_t *e) { onBinary(index, b, e); });
        }
    }
    ::close(ep);
}

} // namespace bench
