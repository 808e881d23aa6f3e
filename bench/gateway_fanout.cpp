// Gateway fan-out benchmark: the gateway in-process, N WebSocket clients on loopback
// (raw non-blocking sockets and one epoll thread, so the client side stays cheap), and
// events published on the in-process bus to topic "all".
//   (a) max throughput: deliveries per second (events x receiving clients), with the
//       publisher keeping a bounded window of undelivered events;
//   (b) at half that load: latency from publish (Event.at) to receipt, p50/p99/max.
// Budgets: (a) >= 200,000 deliveries/s, (b) p99 <= 5 ms.
//
// bench_gateway_fanout [--tls] [--clients N] [--seconds S] [--workers W]

#include "bench_ws_client.h"
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
    QLoggingCategory::setFilterRules(QStringLiteral("switchboard.gateway.debug=false\nswitchboard.gateway.info=false"));
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
    std::vector<bench::WsClient> clients(static_cast<std::size_t>(clientCount));
    const auto setupStart = Clock::now();
    for (int i = 0; i < clientCount; ++i) {
        switchboard::v1::SessionClaims claims;
        claims.set_user_id("bench-" + std::to_string(i));
        claims.add_roles(switchboard::v1::ROLE_AGENT);
        claims.set_session_id("s" + std::to_string(i));
        claims.set_expires_at_ms(nowNs() / 1000000 + 3600 * 1000);
        if (!bench::connectWs(clients[std::size_t(i)], gateway.port(), ctx, key.sign(claims))) {
            std::fprintf(stderr, "client %d could not connect\n", i);
            return 1;
        }
    }
    const double setupSeconds =
        std::chrono::duration<double>(Clock::now() - setupStart).count();

    std::atomic<bool> stop{false};
    std::thread receiver([&] {
        bench::receiveLoop(clients, stop, [&](std::size_t, const std::uint8_t *b, const std::uint8_t *e) {
            countServerFrame(b, e, stats);
        });
    });

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
    for (bench::WsClient &c : clients) {
        if (c.ssl)
            SSL_free(c.ssl);
        ::close(c.fd);
    }
    if (ctx)
        SSL_CTX_free(ctx);
    return ok ? 0 : 1;
}
