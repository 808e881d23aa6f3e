// Benchmark (a) of the foundation: the cost of an authenticated trivial RPC
// (IdentityService.WhoAmI with a bearer token, verified and role-checked by the real
// identity service) against a bare gRPC echo of the same method and messages with no
// authentication, both over TLS on loopback, in the same run and the same process.
// Budget: authenticated / bare <= 1.5 (mean latency, sequential calls; and throughput
// with concurrent callers).
//
//   build/bin/bench_rpc_overhead [--calls N] [--threads T] [--json]

#include "identity_service.h"
#include "runtime_auth.h"
#include "runtime_bus.h"
#include "runtime_service_host.h"
#include "runtime_tls.h"
#include "runtime_tokens.h"
#include "switchboard/v1/identity.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

namespace v1 = switchboard::v1;
using Clock = std::chrono::steady_clock;

namespace {

// The control: WhoAmI answered with a fixed user, no token, no lookups.
class BareEcho final : public v1::IdentityService::CallbackService {
    grpc::ServerUnaryReactor *WhoAmI(grpc::CallbackServerContext *context, const v1::WhoAmIRequest *,
                                     v1::WhoAmIResponse *response) override
    {
        response->mutable_user()->set_id("u-bench");
        response->mutable_user()->set_username("bench");
        response->set_session_id("s-bench");
        auto *reactor = context->DefaultReactor();
        reactor->Finish(grpc::Status::OK);
        return reactor;
    }
};

struct Stats {
    double meanUs = 0, p50Us = 0, p99Us = 0, callsPerSecond = 0;
};

Stats summarize(std::vector<double> samples, double seconds)
{
    std::sort(samples.begin(), samples.end());
    Stats s;
    double sum = 0;
    for (double v : samples)
        sum += v;
    s.meanUs = sum / double(samples.size());
    s.p50Us = samples[samples.size() / 2];
    s.p99Us = samples[std::min(samples.size() - 1, samples.size() * 99 / 100)];
    s.callsPerSecond = double(samples.size()) / seconds;
    return s;
}

// Sequential calls: latency of one call at a time.
std::vector<double> sequential(v1::IdentityService::Stub &stub, const std::string &token, int calls)
{
    std::vector<double> samples;
    samples.reserve(size_t(calls));
    for (int i = 0; i < calls; ++i) {
        grpc::ClientContext context;
        if (!token.empty())
            context.AddMetadata("authorization", "Bearer " + token);
        v1::WhoAmIRequest request;
        v1::WhoAmIResponse response;
        const auto start = Clock::now();
        const grpc::Status status = stub.WhoAmI(&context, request, &response);
        samples.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
        if (!status.ok()) {
            std::fprintf(stderr, "call failed: %s\n", status.error_message().c_str());
            std::exit(1);
        }
    }
    return samples;
}

// Concurrent callers: throughput.
double concurrent(v1::IdentityService::Stub &stub, const std::string &token, int threads, int callsPerThread)
{
    std::vector<std::thread> workers;
    const auto start = Clock::now();
    for (int t = 0; t < threads; ++t)
        workers.emplace_back([&] { sequential(stub, token, callsPerThread); });
    for (auto &w : workers)
        w.join();
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return double(threads) * callsPerThread / seconds;
}

} // namespace

int main(int argc, char **argv)
{
    int calls = 20000;
    int threads = 8;
    bool json = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--calls" && i + 1 < argc)
            calls = std::atoi(argv[++i]);
        else if (arg == "--threads" && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (arg == "--json")
            json = true;
        else {
            std::fprintf(stderr, "usage: %s [--calls N] [--threads T] [--json]\n", argv[0]);
            return 2;
        }
    }

    const auto dataDir = std::filesystem::temp_directory_path() / ("sb-bench-rpc-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dataDir);
    const std::string password = "bench-password-1";
    runtime::writeFile((dataDir / "admin-password").string(), password + "\n", 0600);

    runtime::ServerOptions options;
    options.dataDir = dataDir.string();
    options.listen = "127.0.0.1:0";
    options.services = {"identity"};
    options.adminPasswordFile = (dataDir / "admin-password").string();
    const runtime::TlsMaterial tls = runtime::ensureServerTls(options.dataDir);

    auto bus = runtime::makeInProcessBus();
    runtime::TokenVerifier verifier;
    runtime::Authenticator auth(verifier);
    runtime::ServiceContext context{options, *bus, verifier, auth, nullptr, "0"};
    runtime::ServiceHost host(options, &tls);
    host.add(std::make_unique<identity::Service>(context));
    host.start();

    BareEcho echo;
    grpc::SslServerCredentialsOptions ssl;
    ssl.pem_key_cert_pairs.push_back({tls.serverKeyPem, tls.serverCertPem});
    int echoPort = 0;
    grpc::ServerBuilder builder;
    builder.AddListeningPort("127.0.0.1:0", grpc::SslServerCredentials(ssl), &echoPort);
    builder.RegisterService(&echo);
    auto echoServer = builder.BuildAndStart();

    auto identityStub = v1::IdentityService::NewStub(
        runtime::makeClientChannel("localhost:" + std::to_string(host.port()), tls.caCertPem, false));
    auto echoStub = v1::IdentityService::NewStub(
        runtime::makeClientChannel("localhost:" + std::to_string(echoPort), tls.caCertPem, false));

    grpc::ClientContext signInContext;
    v1::SignInRequest signIn;
    signIn.set_username("admin");
    signIn.set_password(password);
    v1::SignInResponse session;
    if (const auto status = identityStub->SignIn(&signInContext, signIn, &session); !status.ok()) {
        std::fprintf(stderr, "sign-in failed: %s\n", status.error_message().c_str());
        return 1;
    }
    const std::string token = session.access_token();

    // Warm up both connections (TLS handshakes, HTTP/2 windows, token cache).
    sequential(*identityStub, token, 500);
    sequential(*echoStub, {}, 500);

    // Interleave rounds so that drift of the machine affects both sides alike.
    std::vector<double> authSamples, echoSamples;
    double authSeconds = 0, echoSeconds = 0;
    const int rounds = 10;
    for (int r = 0; r < rounds; ++r) {
        auto start = Clock::now();
        auto a = sequential(*identityStub, token, calls / rounds);
        authSeconds += std::chrono::duration<double>(Clock::now() - start).count();
        start = Clock::now();
        auto e = sequential(*echoStub, {}, calls / rounds);
        echoSeconds += std::chrono::duration<double>(Clock::now() - start).count();
        authSamples.insert(authSamples.end(), a.begin(), a.end());
        echoSamples.insert(echoSamples.end(), e.begin(), e.end());
    }
    const Stats authStats = summarize(authSamples, authSeconds);
    const Stats echoStats = summarize(echoSamples, echoSeconds);
    const int perThread = std::max(1, calls / threads);
    const double authThroughput = concurrent(*identityStub, token, threads, perThread);
    const double echoThroughput = concurrent(*echoStub, {}, threads, perThread);

    const double latencyRatio = authStats.meanUs / echoStats.meanUs;
    const double throughputRatio = echoThroughput / authThroughput;
    if (json) {
        std::printf("{\"calls\":%d,\"auth_mean_us\":%.1f,\"auth_p50_us\":%.1f,\"auth_p99_us\":%.1f,"
                    "\"echo_mean_us\":%.1f,\"echo_p50_us\":%.1f,\"echo_p99_us\":%.1f,\"latency_ratio\":%.3f,"
                    "\"auth_calls_per_s\":%.0f,\"echo_calls_per_s\":%.0f,\"throughput_ratio\":%.3f,\"threads\":%d}\n",
                    calls, authStats.meanUs, authStats.p50Us, authStats.p99Us, echoStats.meanUs, echoStats.p50Us,
                    echoStats.p99Us, latencyRatio, authThroughput, echoThroughput, throughputRatio, threads);
    } else {
        std::printf("RPC overhead over TLS on loopback, %d sequential calls each (interleaved in %d rounds)\n", calls,
                    rounds);
        std::printf("%-28s %10s %10s %10s %12s\n", "", "mean us", "p50 us", "p99 us", "calls/s");
        std::printf("%-28s %10.1f %10.1f %10.1f %12.0f\n", "bare echo (WhoAmI, no auth)", echoStats.meanUs,
                    echoStats.p50Us, echoStats.p99Us, echoStats.callsPerSecond);
        std::printf("%-28s %10.1f %10.1f %10.1f %12.0f\n", "authenticated WhoAmI", authStats.meanUs, authStats.p50Us,
                    authStats.p99Us, authStats.callsPerSecond);
        std::printf("latency ratio authenticated/bare: %.3f (budget <= 1.5)\n", latencyRatio);
        std::printf("throughput with %d callers: bare %.0f/s, authenticated %.0f/s, ratio %.3f (budget <= 1.5)\n",
                    threads, echoThroughput, authThroughput, throughputRatio);
    }

    echoServer->Shutdown();
    host.shutdown(0);
    std::filesystem::remove_all(dataDir);
    return latencyRatio <= 1.5 && throughputRatio <= 1.5 ? 0 : 3;
}
