// The floor under the gateway fan-out benchmark: what this machine's kernel alone takes
// to deliver one small message to each of N loopback TCP sockets, with no Qt, no
// WebSocket and no gateway. One thread sends a 40-byte message to every socket each
// 10 ms (100 messages/s per socket, as the fan-out benchmark's latency phase); one
// epoll thread reads them all in the same process, as the fan-out benchmark's clients.
// If this floor's p99 is above a budget, no gateway can meet the budget here.
//
//   bench_loopback_floor [--sockets 1000] [--rounds 500] [--senders 1|2]

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
constexpr std::size_t kMessageBytes = 40;

long long nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

void sendRange(const std::vector<int> &sockets, std::size_t from, std::size_t to, const char *message)
{
    for (std::size_t i = from; i < to; ++i)
        ::send(sockets[i], message, kMessageBytes, MSG_NOSIGNAL);
}

} // namespace

int main(int argc, char **argv)
{
    int count = 1000, rounds = 500, senders = 1;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--sockets" && i + 1 < argc)
            count = std::atoi(argv[++i]);
        else if (arg == "--rounds" && i + 1 < argc)
            rounds = std::atoi(argv[++i]);
        else if (arg == "--senders" && i + 1 < argc)
            senders = std::clamp(std::atoi(argv[++i]), 1, 2);
        else {
            std::fprintf(stderr, "usage: %s [--sockets N] [--rounds R] [--senders 1|2]\n", argv[0]);
            return 2;
        }
    }
    rlimit limit{};
    ::getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &limit);

    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 || ::listen(listener, 4096) != 0
        || ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        std::perror("listen");
        return 1;
    }
    std::vector<int> receivers(static_cast<size_t>(count)), senderSockets(static_cast<size_t>(count));
    const int one = 1;
    for (std::size_t i = 0; i < receivers.size(); ++i) {
        receivers[i] = ::socket(AF_INET, SOCK_STREAM, 0);
        if (::connect(receivers[i], reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            std::perror("connect");
            return 1;
        }
        senderSockets[i] = ::accept(listener, nullptr, nullptr);
        ::setsockopt(senderSockets[i], IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        ::fcntl(receivers[i], F_SETFL, O_NONBLOCK);
    }

    std::atomic<bool> stop{false};
    std::vector<long long> latencies;
    latencies.reserve(size_t(count) * size_t(rounds));
    std::thread reader([&] {
        const int ep = ::epoll_create1(0);
        for (std::size_t i = 0; i < receivers.size(); ++i) {
            epoll_event event{};
            event.events = EPOLLIN;
            event.data.u64 = i;
            ::epoll_ctl(ep, EPOLL_CTL_ADD, receivers[i], &event);
        }
        epoll_event events[256];
        char buffer[4096];
        while (!stop.load()) {
            const int ready = ::epoll_wait(ep, events, 256, 50);
            const long long at = nowNs();
            for (int k = 0; k < ready; ++k) {
                const ssize_t got = ::read(receivers[events[k].data.u64], buffer, sizeof buffer);
                for (ssize_t offset = 0; offset + ssize_t(kMessageBytes) <= got; offset += ssize_t(kMessageBytes)) {
                    long long sent = 0;
                    std::memcpy(&sent, buffer + offset, sizeof sent);
                    latencies.push_back(at - sent);
                }
            }
        }
        ::close(ep);
    });

    char message[kMessageBytes] = {};
    const auto start = Clock::now();
    for (int round = 0; round < rounds; ++round) {
        std::this_thread::sleep_until(start + std::chrono::milliseconds(10 * round));
        const long long sent = nowNs();
        std::memcpy(message, &sent, sizeof sent);
        if (senders == 2) {
            std::thread half([&] { sendRange(senderSockets, 0, senderSockets.size() / 2, message); });
            sendRange(senderSockets, senderSockets.size() / 2, senderSockets.size(), message);
            half.join();
        } else {
            sendRange(senderSockets, 0, senderSockets.size(), message);
        }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    stop = true;
    reader.join();

    std::sort(latencies.begin(), latencies.end());
    auto at = [&](double p) { return latencies[std::min(latencies.size() - 1, size_t(p * double(latencies.size())))] / 1e6; };
    std::printf("loopback floor: %d sockets, %d sender thread(s), %zu deliveries at %d messages/s per socket\n", count,
                senders, latencies.size(), 100);
    std::printf("  p50 %.3f ms   p99 %.3f ms   max %.3f ms\n", at(0.5), at(0.99), latencies.back() / 1e6);
    std::printf("{\"bench\":\"loopback_floor\",\"sockets\":%d,\"senders\":%d,\"deliveries\":%zu,\"p50_ms\":%.3f,"
                "\"p99_ms\":%.3f,\"max_ms\":%.3f}\n",
                count, senders, latencies.size(), at(0.5), at(0.99), latencies.back() / 1e6);
    return latencies.size() == size_t(count) * size_t(rounds) ? 0 : 1;
}
