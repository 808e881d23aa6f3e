// End-to-end offer latency (routing issue): an Enqueue RPC returns -> the offer event
// reaches a bot agent over its WebSocket. The real identity, directory, routing and
// gateway services run in this process (over TLS unless --insecure) with a temporary
// data folder; 2,000 bot agents hold one WebSocket each (raw sockets read by one epoll
// thread) and accept and finish every offer through gRPC, so the center stays in a
// steady state; customers arrive at a fixed rate.
//
//   bench_offer_latency [--agents 2000] [--rates 100,500] [--seconds 10] [--insecure]
//
// Budget: p99 <= 10 ms at 500 interactions/s.

#include "bench_ws_client.h"

#include "directory_service.h"
#include "gateway_service.h"
#include "identity_service.h"
#include "routing_service.h"
#include "runtime_auth.h"
#include "runtime_bus.h"
#include "runtime_service_host.h"
#include "runtime_tls.h"
#include "runtime_tokens.h"

#include "switchboard/v1/directory.grpc.pb.h"
#include "switchboard/v1/gateway.pb.h"
#include "switchboard/v1/routing.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <map>
#include <mutex>
#include <sys/resource.h>
#include <thread>
#include <unordered_map>

namespace v1 = switchboard::v1;
using Clock = std::chrono::steady_clock;

namespace {

std::int64_t nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now().time_since_epoch()).count();
}

std::unique_ptr<grpc::ClientContext> contextWith(const std::string &token)
{
    auto context = std::make_unique<grpc::ClientContext>();
    context->AddMetadata("authorization", "Bearer " + token);
    context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
    return context;
}

struct Timing {
    std::int64_t sentUs = 0, returnedUs = 0, offeredUs = 0;
};

// What the measuring side shares between its threads.
struct Shared {
    std::mutex mutex;
    std::unordered_map<std::string, Timing> timings;     // by interaction id
    std::deque<std::pair<std::size_t, std::string>> toHandle;   // (agent, interaction)
    std::condition_variable work;
    std::atomic<bool> stop{false};
    std::atomic<int> handleErrors{0};
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int agentCount = 2000, seconds = 10;
    bool insecure = false;
    std::vector<int> rates = {100, 500};
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == "--agents" && i + 1 < args.size())
            agentCount = args[++i].toInt();
        else if (args[i] == "--seconds" && i + 1 < args.size())
            seconds = args[++i].toInt();
        else if (args[i] == "--rates" && i + 1 < args.size()) {
            rates.clear();
            for (const QString &r : args[++i].split(','))
                rates.push_back(r.toInt());
        } else if (args[i] == "--insecure")
            insecure = true;
        else {
            std::fprintf(stderr, "usage: %s [--agents N] [--rates R1,R2] [--seconds S] [--insecure]\n", argv[0]);
            return 2;
        }
    }
    QLoggingCategory::setFilterRules(QStringLiteral("switchboard.*.debug=false\nswitchboard.*.info=false"));
    rlimit rl{};
    ::getrlimit(RLIMIT_NOFILE, &rl);
    rl.rlim_cur = rl.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &rl);

    QTemporaryDir dataDir;
    runtime::ServerOptions options;
    options.dataDir = dataDir.path().toStdString();
    const int grpcPort = [] {
        // The peers channel needs the port before the server binds it.
        int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
        socklen_t len = sizeof addr;
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
        ::close(fd);
        return int(ntohs(addr.sin_port));
    }();
    options.listen = "127.0.0.1:" + std::to_string(grpcPort);
    options.wsListen = "127.0.0.1:0";
    options.insecure = insecure;
    options.services = {"identity", "directory", "routing", "gateway"};
    options.wsPingIntervalMs = 600000;
    std::optional<runtime::TlsMaterial> tls;
    if (!insecure)
        tls = runtime::ensureServerTls(options.dataDir);
    const std::string caPem = tls ? tls->caCertPem : std::string();

    auto bus = runtime::makeInProcessBus();
    runtime::TokenVerifier verifier;
    runtime::Authenticator auth(verifier);
    const std::string target = "localhost:" + std::to_string(grpcPort);
    runtime::ServiceContext context{options, *bus, verifier, auth,
                                    runtime::makeClientChannel(target, caPem, insecure), std::to_string(grpcPort), {}};
    runtime::ServiceHost host(options, tls ? &*tls : nullptr);
    auto identityOwned = std::make_unique<identity::Service>(context);
    identity::Service *identityService = identityOwned.get();
    const std::string serviceToken = identityService->issueServiceToken("bench", 3600 * 1000);
    context.serviceToken = [serviceToken] { return serviceToken; };
    host.add(std::move(identityOwned));
    host.add(std::make_unique<directory::Service>(context));
    host.add(std::make_unique<routing::Service>(context));
    auto gatewayOwned = std::make_unique<gateway::Service>(context, tls ? &*tls : nullptr);
    gateway::Service *gatewayService = gatewayOwned.get();
    host.add(std::move(gatewayOwned));
    host.start();

    int exitCode = 0;
    std::thread driver([&] {
        auto channel = runtime::makeClientChannel(target, caPem, insecure);
        auto directory = v1::DirectoryService::NewStub(channel);
        auto routing = v1::RoutingService::NewStub(channel);

        v1::CreateQueueRequest createQueue;
        createQueue.mutable_queue()->set_name("Bench");
        createQueue.mutable_queue()->add_channels(v1::CHANNEL_CHAT);
        createQueue.mutable_queue()->set_offer_timeout_seconds(60);
        v1::Queue queue;
        if (auto s = directory->CreateQueue(contextWith(serviceToken).get(), createQueue, &queue); !s.ok()) {
            std::fprintf(stderr, "cannot create the queue: %s\n", s.error_message().c_str());
            exitCode = 1;
            QMetaObject::invokeMethod(&app, [] { QCoreApplication::quit(); });
            return;
        }

        // Agents: a token each (no password hashing for 2,000 accounts), a WebSocket each,
        // then Available.
        std::vector<std::string> tokens(static_cast<size_t>(agentCount));
        std::vector<bench::WsClient> clients(static_cast<size_t>(agentCount));
        SSL_CTX *ssl = nullptr;
        if (!insecure) {
            ssl = SSL_CTX_new(TLS_client_method());
            SSL_CTX_set_verify(ssl, SSL_VERIFY_NONE, nullptr);
        }
        const auto setupStart = Clock::now();
        for (int i = 0; i < agentCount; ++i) {
            char name[32];
            std::snprintf(name, sizeof name, "bench-agent-%04d", i);
            tokens[size_t(i)] = identityService->issueToken(name, name, {v1::ROLE_AGENT}, 3600 * 1000);
            if (!bench::connectWs(clients[size_t(i)], gatewayService->port(), ssl, tokens[size_t(i)])) {
                std::fprintf(stderr, "agent %d could not connect its WebSocket\n", i);
                exitCode = 1;
                QMetaObject::invokeMethod(&app, [] { QCoreApplication::quit(); });
                return;
            }
        }
        {
            std::vector<std::thread> starters;
            std::atomic<int> next{0}, failed{0};
            for (int t = 0; t < 8; ++t)
                starters.emplace_back([&] {
                    for (int i = next++; i < agentCount; i = next++) {
                        v1::SetAgentStateRequest available;
                        available.set_state(v1::AGENT_STATE_AVAILABLE);
                        v1::AgentSnapshot agent;
                        if (!routing->SetAgentState(contextWith(tokens[size_t(i)]).get(), available, &agent).ok())
                            ++failed;
                    }
                });
            for (auto &t : starters)
                t.join();
            if (failed) {
                std::fprintf(stderr, "%d agents could not go available\n", failed.load());
                exitCode = 1;
                QMetaObject::invokeMethod(&app, [] { QCoreApplication::quit(); });
                return;
            }
        }
        const double setupSeconds = std::chrono::duration<double>(Clock::now() - setupStart).count();

        Shared shared;
        std::thread receiver([&] {
            bench::receiveLoop(clients, shared.stop, [&](std::size_t agent, const std::uint8_t *b, const std::uint8_t *e) {
                const std::int64_t at = nowUs();
                v1::ServerFrame frame;
                if (!frame.ParseFromArray(b, int(e - b)))
                    return;
                for (const v1::Event &event : frame.events().events()) {
                    if (!event.has_offer_made())
                        continue;
                    const std::string &id = event.offer_made().interaction().id();
                    std::lock_guard lock(shared.mutex);
                    Timing &t = shared.timings[id];
                    if (t.offeredUs == 0)
                        t.offeredUs = at;
                    shared.toHandle.emplace_back(agent, id);
                    shared.work.notify_one();
                }
            });
        });
        // Bots: accept and finish every offer (the queue has no wrap-up), freeing the agent.
        std::vector<std::thread> bots;
        for (int t = 0; t < 6; ++t)
            bots.emplace_back([&] {
                for (;;) {
                    std::pair<std::size_t, std::string> job;
                    {
                        std::unique_lock lock(shared.mutex);
                        shared.work.wait(lock, [&] { return shared.stop || !shared.toHandle.empty(); });
                        if (shared.toHandle.empty())
                            return;
                        job = std::move(shared.toHandle.front());
                        shared.toHandle.pop_front();
                    }
                    const std::string &token = tokens[job.first];
                    v1::AcceptOfferRequest accept;
                    accept.set_interaction_id(job.second);
                    v1::Interaction interaction;
                    v1::EndInteractionRequest end;
                    end.set_interaction_id(job.second);
                    if (!routing->AcceptOffer(contextWith(token).get(), accept, &interaction).ok()
                        || !routing->EndInteraction(contextWith(token).get(), end, &interaction).ok())
                        ++shared.handleErrors;
                }
            });

        struct RateResult {
            int rate = 0, enqueued = 0, offered = 0;
            double p50Return = 0, p99Return = 0, p50Send = 0, p99Send = 0, maxReturn = 0;
        };
        std::vector<RateResult> results;
        for (const int rate : rates) {
            // Customers: senders pacing rate/4 each; 2 s of warm-up are not measured.
            const int senders = 4;
            const double warmup = 2.0;
            std::vector<std::string> measured;
            std::mutex measuredMutex;
            std::vector<std::thread> threads;
            const auto phaseStart = Clock::now();
            for (int s = 0; s < senders; ++s)
                threads.emplace_back([&, s] {
                    const double interval = double(senders) / rate;
                    const int total = int((warmup + seconds) * rate / senders);
                    for (int k = 0; k < total; ++k) {
                        const auto due = phaseStart + std::chrono::duration_cast<Clock::duration>(
                                                          std::chrono::duration<double>((k + double(s) / senders) * interval));
                        std::this_thread::sleep_until(due);
                        v1::EnqueueRequest enqueue;
                        enqueue.set_queue_id(queue.id());
                        enqueue.set_channel(v1::CHANNEL_CHAT);
                        enqueue.mutable_customer()->set_id("bench-customer-" + std::to_string(k));
                        const std::int64_t sent = nowUs();
                        v1::Interaction interaction;
                        const grpc::Status status = routing->Enqueue(contextWith(serviceToken).get(), enqueue, &interaction);
                        const std::int64_t returned = nowUs();
                        if (!status.ok()) {
                            std::fprintf(stderr, "enqueue failed: %s\n", status.error_message().c_str());
                            continue;
                        }
                        {
                            std::lock_guard lock(shared.mutex);
                            Timing &t = shared.timings[interaction.id()];
                            t.sentUs = sent;
                            t.returnedUs = returned;
                        }
                        if (std::chrono::duration<double>(Clock::now() - phaseStart).count() >= warmup) {
                            std::lock_guard lock(measuredMutex);
                            measured.push_back(interaction.id());
                        }
                    }
                });
            for (auto &t : threads)
                t.join();
            // Let the last offers arrive.
            for (int wait = 0; wait < 100; ++wait) {
                std::lock_guard lock(shared.mutex);
                const bool all = std::all_of(measured.begin(), measured.end(),
                                             [&](const std::string &id) { return shared.timings[id].offeredUs != 0; });
                if (all)
                    break;
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
            RateResult r;
            r.rate = rate;
            r.enqueued = int(measured.size());
            std::vector<double> fromReturn, fromSend;
            {
                std::lock_guard lock(shared.mutex);
                for (const std::string &id : measured) {
                    const Timing &t = shared.timings[id];
                    if (t.offeredUs == 0)
                        continue;
                    ++r.offered;
                    // An offer can reach the agent before the Enqueue answer reaches the
                    // customer: that counts as 0 after the return.
                    fromReturn.push_back(std::max<std::int64_t>(0, t.offeredUs - t.returnedUs) / 1000.0);
                    fromSend.push_back((t.offeredUs - t.sentUs) / 1000.0);
                }
            }
            r.p50Return = percentile(fromReturn, 0.5);
            r.p99Return = percentile(fromReturn, 0.99);
            r.maxReturn = percentile(fromReturn, 1.0);
            r.p50Send = percentile(fromSend, 0.5);
            r.p99Send = percentile(fromSend, 0.99);
            results.push_back(r);
        }

        shared.stop = true;
        shared.work.notify_all();
        for (auto &t : bots)
            t.join();
        receiver.join();

        std::printf("\noffer latency (%s, %d bot agents, %d s per rate, setup %.1f s)\n", insecure ? "plaintext" : "TLS",
                    agentCount, seconds, setupSeconds);
        std::printf("  %-8s %9s %8s %14s %14s %14s %14s\n", "rate/s", "enqueued", "offered", "p50 ret (ms)",
                    "p99 ret (ms)", "p50 call (ms)", "p99 call (ms)");
        bool ok = true;
        std::string json = "{\"bench\":\"offer_latency\",\"tls\":" + std::string(insecure ? "false" : "true")
            + ",\"agents\":" + std::to_string(agentCount) + ",\"rates\":[";
        for (size_t i = 0; i < results.size(); ++i) {
            const RateResult &r = results[i];
            std::printf("  %-8d %9d %8d %14.2f %14.2f %14.2f %14.2f\n", r.rate, r.enqueued, r.offered, r.p50Return,
                        r.p99Return, r.p50Send, r.p99Send);
            if (r.offered != r.enqueued)
                ok = false;
            if (r.rate >= 500 && r.p99Return > 10.0)
                ok = false;
            char entry[256];
            std::snprintf(entry, sizeof entry,
                          "%s{\"rate\":%d,\"enqueued\":%d,\"offered\":%d,\"p50_ms\":%.3f,\"p99_ms\":%.3f,"
                          "\"p50_from_call_ms\":%.3f,\"p99_from_call_ms\":%.3f}",
                          i ? "," : "", r.rate, r.enqueued, r.offered, r.p50Return, r.p99Return, r.p50Send, r.p99Send);
            json += entry;
        }
        json += "],\"handle_errors\":" + std::to_string(shared.handleErrors.load()) + ",\"budget_ok\":"
            + (ok ? "true" : "false") + "}";
        std::printf("  budget: p99 <= 10 ms after the Enqueue returns at 500/s: %s\n%s\n", ok ? "met" : "MISSED",
                    json.c_str());
        exitCode = ok ? 0 : 3;
        QMetaObject::invokeMethod(&app, [] { QCoreApplication::quit(); });
    });

    app.exec();
    driver.join();
    host.shutdown(1000);
    return exitCode;
}
