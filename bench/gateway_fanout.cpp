// Gateway fan-out benchmark: the gateway in-process, N WebSocket clients on loopback
// (raw non-blocking sockets and one epoll thread, so the client side stays cheap), and
// events published on the in-process bus to topic "all".
//   (a) max throughput: deliveries per second (events x receiving clients), with the
//       publisher keeping a bounded window of undelivered events;
//   (b) at half that load: latency from publish (Event.at) to receipt, p50/p99/max.
// Budgets: (a) >= 200,000 deliveries/s, (b) p99 <= 5 ms.
//
// bench_gateway_fanout [--tls] [--clients N] [--seconds S] [--workers W]

#include "gateway_service.h"

#include "runtime_auth.h"
#include "runtime_bus.h"
#include "runtime_service.h"
#include "runtime_tls.h"
#include "runtime_tokens.h"
#include "switchboard/v1/common.pb.h"
#include "switchboard/v1/gateway.pb.h"
#include "switchboard/v1/identity.pb.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QThread>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::system_clock;

std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch())
        .count();
}

// --- a minimal protobuf wire walker: counts events and reads Event.at ---------------

bool readVarint(const std::uint8_t *&p, const std::uint8_t *end, std::uint64_t &v)
{
    v = 0;
    for (int shift = 0; p < end && shift < 64; shift += 7) {
        const std::uint8_t b = *p++;
        v |= std::uint64_t(b & 0x7f) << shift;
        if (!(b & 0x80))
            return true;
    }
    return false;
}

// Calls f(fieldNumber, wireType, varintValue, slice) for each field of a message.
template <typename F>
bool forEachField(const std::uint8_t *p, const std::uint8_t *end, F &&f)
{
    while (p < end) {
        std::uint64_t key = 0, v = 0;
        if (!readVarint(p, end, key))
            return false;
        const int field = int(key >> 3), type = int(key & 7);
        switch (type) {
        case 0:
            if (!readVarint(p, end, v))
                return false;
            f(field, type, v, p, p);
            break;
        case 1: p += 8; break;
        case 5: p += 4; break;
        case 2: {
            if (!readVarint(p, end, v) || std::uint64_t(end - p) < v)
                return false;
            f(field, type, v, p, p + v);
            p += v;
            break;
        }
        default: return false;
        }
    }
    return true;
}

struct Stats {
    std::atomic<std::uint64_t> delivered{0};
    std::atomic<bool> recordLatency{false};
    std::mutex latencyMutex;
    std::vector<std::int64_t> latenciesNs;   // under latencyMutex
};

void countServerFrame(const std::uint8_t *p, const std::uint8_t *end, Stats &stats)
{
    std::uint64_t n = 0;
    const bool record = stats.recordLatency.load(std::memory_order_relaxed);
    const std::int64_t received = record ? nowNs() : 0;
    forEachField(p, end, [&](int field, int type, std::uint64_t, const std::uint8_t *b,
                             const std::uint8_t *e) {
        if (field != 2 || type != 2)
            return;
        forEachField(b, e, [&](int f2, int t2, std::uint64_t, const std::uint8_t *eb,
                               const std::uint8_t *ee) {
            if (f2 != 1 || t2 != 2)
                return;
            ++n;
            if (!record)
                return;
            forEachField(eb, ee, [&](int f3, int t3, std::uint64_t, const std::uint8_t *tb,
                                     const std::uint8_t *te) {
                if (f3 != 2 || t3 != 2)
                    return;
                std::int64_t seconds = 0, nanos = 0;
                forEachField(tb, te, [&](int f4, int t4, std::uint64_t v, auto, auto) {
                    if (t4 == 0 && f4 == 1)
                        seconds = std::int64_t(v);
                    if (t4 == 0 && f4 == 2)
                        nanos = std::int64_t(v);
                });
                std::lock_guard lock(stats.latencyMutex);
                stats.latenciesNs.push_back(received - (seconds * 1000000000 + nanos));
            });
        });
    });
    stats.delivered.fetch_add(n, std::memory_order_relaxed);
}

// --- one client ---------------------------------------------------------------------

struct ClientConn {
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

    // Parses complete frames out of the buffer. Returns false on a close frame.
    bool parseFrames(Stats &stats, bool *sawWelcome = nullptr)
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
            if (op == 0x2) {
                if (sawWelcome && len > 0 && payload[0] == 0x0a)   // ServerFrame.welcome
                    *sawWelcome = true;
                else
                    countServerFrame(payload, payload + len, stats);
            } else if (op == 0x8) {
                open = false;
            }
            pos += header + len;
        }
        buffer.erase(0, pos);
        return open;
    }
};

std::string maskedFrame(int opcode, const std::string &payload)
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

// Blocking connect + TLS + upgrade + hello + welcome; then the socket turns non-blocking.
bool connectClient(ClientConn &c, int port, SSL_CTX *ctx, const std::string &token, Stats &stats)
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
        if (!c.parseFrames(stats, &welcomed))
            return false;
        if (welcomed)
            break;
        const ssize_t n = c.readSome(chunk, sizeof chunk);
        if (n <= 0)
            return false;
        c.buffer.append(chunk, std::size_t(n));
    }
    ::fcntl(c.fd, F_SETFL, ::fcntl(c.fd, F_GETFL) | O_NONBLOCK);
    return true;
}

void receiveLoop(std::vector<ClientConn> &clients, Stats &stats, std::atomic<bool> &stop)
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
    while (!stop.load(std::memory_order_relaxed)) {
        const int n = ::epoll_wait(ep, events.data(), int(events.size()), 50);
        for (int k = 0; k < n; ++k) {
            ClientConn &c = clients[events[k].data.u64];
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
            c.parseFrames(stats);
        }
    }
    ::close(ep);
}

std::int64_t percentile(std::vector<std::int64_t> &v, double p)
{
    if (v.empty())
        return 0;
    const std::size_t i = std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5));
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(i), v.end());
    return v[i];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bool tls = false;
    int clientCount = 1000, seconds = 5, workers = 0;   // 0: the server default
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == "--tls")
            tls = true;
        else if (args[i] == "--clients" && i + 1 < args.size())
            clientCount = args[++i].toInt();
        else if (args[i] == "--seconds" && i + 1 < args.size())
            seconds = args[++i].toInt();
        else if (args[i] == "--workers" && i + 1 < args.size())
            workers = args[++i].toInt();
        else {
            std::fprintf(stderr, "usage: %s [--tls] [--clients N] [--seconds S] [--workers W]\n",
                         argv[0]);
            return 2;
        }
    }
    QLoggingCategory::setFilterRules(QStringLiteral("sb.gateway.debug=false\nsb.gateway.info=false"));
    rlimit rl{};
    ::getrlimit(RLIMIT_NOFILE, &rl);
    rl.rlim_cur = rl.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &rl);

    runtime::ServerOptions options;
    options.services = {"gateway"};
    options.wsListen = "127.0.0.1:0";
    options.insecure = !tls;
    options.wsThreads = workers;
    if (workers == 0)
        workers = std::max(1, QThread::idealThreadCount() - 1);   // what the gateway picks
    options.wsPingIntervalMs = 600000;
    auto bus = runtime::makeInProcessBus();
    const runtime::SigningKey key = runtime::SigningKey::generate();
    runtime::TokenVerifier verifier;
    verifier.addPublicKey(key.keyId(), key.publicBytes());
    runtime::Authenticator auth(verifier);
    runtime::ServiceContext context{options, *bus, verifier, auth, nullptr, "0"};
    QTemporaryDir dataDir;
    std::optional<runtime::TlsMaterial> material;
    if (tls)
        material = runtime::ensureServerTls(dataDir.path().toStdString());
    gateway::Service gateway(context, material ? &*material : nullptr);
    gateway.start();

    SSL_CTX *ctx = nullptr;
    if (tls) {
        ctx = SSL_CTX_new(TLS_client_method());
        SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
    }
    Stats stats;
    std::vector<ClientConn> clients(static_cast<std::size_t>(clientCount));
    const auto setupStart = Clock::now();
    for (int i = 0; i < clientCount; ++i) {
        switchboard::v1::SessionClaims claims;
        claims.set_user_id("bench-" + std::to_string(i));
        claims.add_roles(switchboard::v1::ROLE_AGENT);
        claims.set_session_id("s" + std::to_string(i));
        claims.set_expires_at_ms(nowNs() / 1000000 + 3600 * 1000);
        if (!connectClient(clients[std::size_t(i)], gateway.port(), ctx, key.sign(claims), stats)) {
            std::fprintf(stderr, "client %d could not connect\n", i);
            return 1;
        }
    }
    const double setupSeconds =
        std::chrono::duration<double>(Clock::now() - setupStart).count();

    std::atomic<bool> stop{false};
    std::thread receiver(receiveLoop, std::ref(clients), std::ref(stats), std::ref(stop));

    switchboard::v1::Event event;
    event.set_topic("all");
    event.mutable_notice()->set_text("bench notice: the queue q-sales has 3 waiting");
    event.mutable_notice()->set_severity("info");
    auto publishNow = [&] {
        switchboard::v1::Event e = event;
        const std::int64_t ns = nowNs();
        e.mutable_at()->set_seconds(ns / 1000000000);
        e.mutable_at()->set_nanos(int(ns % 1000000000));
        bus->publish(std::move(e));
    };

    // (a) Max throughput: at most `window` events not yet delivered to every client.
    const std::uint64_t window = 64;
    const std::uint64_t n = std::uint64_t(clientCount);
    std::uint64_t published = 0;
    const auto aStart = Clock::now();
    const auto aEnd = aStart + std::chrono::seconds(seconds);
    while (Clock::now() < aEnd) {
        if (published * n - stats.delivered.load(std::memory_order_relaxed) < window * n) {
            publishNow();
            ++published;
        } else {
            std::this_thread::yield();
        }
    }
    while (stats.delivered.load() < published * n && Clock::now() < aEnd + std::chrono::seconds(10))
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    const double aSeconds = std::chrono::duration<double>(Clock::now() - aStart).count();
    const std::uint64_t aDelivered = stats.delivered.load();
    const double throughput = double(aDelivered) / aSeconds;

    // (b) Latency under a paced load of `deliveriesPerSecond`.
    struct LatencyResult {
        double eventsPerSecond = 0, p50 = 0, p99 = 0, max = 0;
        std::uint64_t delivered = 0, expected = 0;
    };
    auto measureLatency = [&](double deliveriesPerSecond) {
        LatencyResult r;
        r.eventsPerSecond = std::max(1.0, deliveriesPerSecond / double(n));
        const auto interval = std::chrono::nanoseconds(std::int64_t(1e9 / r.eventsPerSecond));
        {
            std::lock_guard lock(stats.latencyMutex);
            stats.latenciesNs.clear();
        }
        const std::uint64_t base = stats.delivered.load();
        stats.recordLatency = true;
        std::uint64_t count = 0;
        auto next = Clock::now();
        const auto end = next + std::chrono::seconds(seconds);
        while (next < end) {
            std::this_thread::sleep_until(next);
            publishNow();
            ++count;
            next += interval;
        }
        r.expected = count * n;
        while (stats.delivered.load() - base < r.expected
               && Clock::now() < end + std::chrono::seconds(10))
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        stats.recordLatency = false;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));   // receiver settles
        r.delivered = stats.delivered.load() - base;
        std::vector<std::int64_t> lat;
        {
            std::lock_guard lock(stats.latencyMutex);
            lat = stats.latenciesNs;
        }
        r.p50 = double(percentile(lat, 0.50)) / 1e6;
        r.p99 = double(percentile(lat, 0.99)) / 1e6;
        r.max = lat.empty() ? 0 : double(*std::max_element(lat.begin(), lat.end())) / 1e6;
        return r;
    };
    // At half the throughput budget (the budgeted load), then at half the measured max.
    const LatencyResult budgetLoad = measureLatency(200000.0 / 2);
    const LatencyResult halfMax = measureLatency(throughput / 2);
    stop = true;
    receiver.join();

    const bool ok = throughput >= 200000 && budgetLoad.p99 <= 5;
    std::printf("\ngateway fan-out (%s, %d clients, %d workers, %d s per phase, %u cores)\n",
                tls ? "TLS" : "plaintext", clientCount, workers, seconds,
                std::thread::hardware_concurrency());
    std::printf("  %-44s %12s %10s %4s\n", "measure", "value", "budget", "ok");
    std::printf("  %-44s %12.1f\n", "client setup (s)", setupSeconds);
    std::printf("  %-44s %12.0f %10s %4s\n", "(a) max deliveries/s", throughput, ">=200000",
                throughput >= 200000 ? "yes" : "NO");
    std::printf("  %-44s %12llu\n", "(a) events published", (unsigned long long)published);
    auto row = [&](const char *name, const LatencyResult &r, bool budgeted) {
        std::printf("  %s: %.0f deliveries/s (%.1f events/s), %llu of %llu delivered\n", name,
                    r.eventsPerSecond * double(n), r.eventsPerSecond,
                    (unsigned long long)r.delivered, (unsigned long long)r.expected);
        std::printf("  %-44s %12.3f\n", "    latency p50 (ms)", r.p50);
        std::printf("  %-44s %12.3f %10s %4s\n", "    latency p99 (ms)", r.p99,
                    budgeted ? "<=5" : "", budgeted ? (r.p99 <= 5 ? "yes" : "NO") : "");
        std::printf("  %-44s %12.3f\n", "    latency max (ms)", r.max);
    };
    row("(b) half the budget load", budgetLoad, true);
    row("(b') half the measured max", halfMax, false);
    auto json = [&](const LatencyResult &r) {
        return QStringLiteral("{\"deliveries_per_s\":%1,\"events_per_s\":%2,\"delivered\":%3,"
                              "\"expected\":%4,\"p50_ms\":%5,\"p99_ms\":%6,\"max_ms\":%7}")
            .arg(r.eventsPerSecond * double(n), 0, 'f', 0)
            .arg(r.eventsPerSecond, 0, 'f', 1)
            .arg(r.delivered)
            .arg(r.expected)
            .arg(r.p50, 0, 'f', 3)
            .arg(r.p99, 0, 'f', 3)
            .arg(r.max, 0, 'f', 3);
    };
    std::printf("{\"bench\":\"gateway_fanout\",\"tls\":%s,\"clients\":%d,\"workers\":%d,"
                "\"seconds\":%d,\"max_deliveries_per_s\":%.0f,\"events_published\":%llu,"
                "\"latency_half_budget\":%s,\"latency_half_max\":%s,\"budget_ok\":%s}\n",
                tls ? "true" : "false", clientCount, workers, seconds, throughput,
                (unsigned long long)published, qPrintable(json(budgetLoad)),
                qPrintable(json(halfMax)), ok ? "true" : "false");
    std::fflush(stdout);

    gateway.stop();
    for (ClientConn &c : clients) {
        if (c.ssl)
            SSL_free(c.ssl);
        ::close(c.fd);
    }
    if (ctx)
        SSL_CTX_free(ctx);
    return ok ? 0 : 1;
}
