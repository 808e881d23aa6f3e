// The supervisor's desktop under a busy center (issue 6): event-to-model latency, CPU and
// resident memory of the client while routing publishes 1,000 events a second.
//
// Two processes, so that the client's CPU and memory are the client's alone:
//   - this process hosts identity, directory, routing, stats and the gateway (TLS) with a
//     temporary data folder, creates Q queues (each needs one of Q/10 skills) and A agents
//     (two skills each, so ~20 queues per agent; a token each: no password hashing for
//     thousands of accounts), puts every agent in Not Ready, then starts
//   - the client: this executable again with --client, a real session signed in as
//     supervisor1 with the real Supervisor tab (app::SupervisorWorkspace: the agent grid,
//     the wallboards...) shown offscreen, plus a table of every queue × 8 metrics over
//     models::QueueMetricsModel. It prints "ready" once it holds every agent and queue.
// Then the load: R routing events a second for S seconds, half agent state changes (Not
// Ready with one reason, then another: agent_state_changed), a quarter enqueues and a
// quarter abandons of the oldest waiting interaction (interaction_changed; each moves a
// queue's figures, which the stats service coalesces per 100 ms).
//
// Latency, "including coalescing":
//   - agents: when the client's grid row changes, now − the state's start (state_since,
//     set by routing when it committed the change);
//   - queues: the k-th enqueue into a queue is timed from just before its Enqueue call to
//     the first moment the client's model shows that queue's offered count at k or more.
// Both clocks are this machine's wall clock, read in two processes.
//
//   bench_supervisor_live [--agents 5000] [--queues 500] [--rate 1000] [--seconds 30] [--json]
//
// Budgets: p95 <= 150 ms (agents and queues); client CPU <= 25 % of one core and resident
// memory <= 250 MB during the load; no model reset.

#include "app_agent_grid_view.h"
#include "app_supervisor_workspace.h"
#include "models_agent_grid_model.h"
#include "session_agent_grid_store.h"
#include "session_auth.h"
#include "session_connection.h"
#include "session_event_stream.h"
#include "session_session.h"
#include "session_stats_store.h"

#include "directory_service.h"
#include "gateway_service.h"
#include "identity_service.h"
#include "routing_service.h"
#include "runtime_auth.h"
#include "runtime_bus.h"
#include "runtime_service_host.h"
#include "runtime_tls.h"
#include "runtime_tokens.h"
#include "stats_service.h"

#include "switchboard/v1/directory.grpc.pb.h"
#include "switchboard/v1/routing.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QScrollBar>
#include <QSocketNotifier>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <deque>
#include <mutex>
#include <thread>
#include <unordered_map>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace v1 = switchboard::v1;

namespace {

double wallMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::system_clock::now().time_since_epoch()).count();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t index = std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

QString argValue(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

double cpuSeconds()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// VmRSS and VmHWM of this process, in MiB.
std::pair<double, double> residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double rss = 0, hwm = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                rss = line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
            else if (line.startsWith("VmHWM:"))
                hwm = line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return {rss, hwm};
}

// ---------------------------------------------------------------------------------------
// The client: --client --address HOST:PORT --ca FILE --password-file FILE
//             --expect-agents N --expect-queues M
int runClient(int argc, char **argv)
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
    const QStringList args = app.arguments();
    const int expectAgents = argValue(args, QStringLiteral("--expect-agents")).toInt();
    const int expectQueues = argValue(args, QStringLiteral("--expect-queues")).toInt();
    const QString screenshot = argValue(args, QStringLiteral("--screenshot"));
    QFile passwordFile(argValue(args, QStringLiteral("--password-file")));
    if (!passwordFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "client: no password file\n");
        return 2;
    }

    session::ConnectionOptions options;
    options.address = argValue(args, QStringLiteral("--address"));
    options.caFile = argValue(args, QStringLiteral("--ca"));
    auto connection = std::make_unique<session::Connection>(options);
    auto auth = std::make_unique<session::Auth>(*connection);
    std::unique_ptr<session::Session> session;
    std::unique_ptr<app::SupervisorWorkspace> workspace;
    session::StatsStore *stats = nullptr;
    bool boardSaved = false;

    // Measurements.
    std::vector<double> agentLatencies;
    QJsonArray queueObservations;       // [queue id, offered, wall ms] when offered grows
    std::unordered_map<std::string, int> offeredShown;
    std::unordered_map<std::string, qint64> sinceShown;     // user id -> state start shown
    int resets = 0;
    bool measuring = false;
    double cpuAtReady = 0, wallAtReady = 0;
    bool readyPrinted = false;

    auto checkReady = [&] {
        if (readyPrinted || !workspace || !stats)
            return;
        const session::AgentGridStore &agents = workspace->agentGrid()->agents();
        if (agents.count() >= expectAgents && stats->queueCount() >= expectQueues) {
            readyPrinted = true;
            measuring = true;
            for (int row = 0; row < agents.count(); ++row) {
                const session::AgentRow &r = agents.at(row);
                sinceShown[r.userId.toStdString()] = r.since.isValid() ? r.since.toMSecsSinceEpoch() : 0;
            }
            cpuAtReady = cpuSeconds();
            wallAtReady = wallMs();
            std::printf("ready %d agents %d queues\n", agents.count(), stats->queueCount());
            std::fflush(stdout);
            if (!screenshot.isEmpty()) {
                // Wait for the offers the bench makes next to show as busy agents.
                QTimer::singleShot(4000, &app, [&] {
                    workspace->agentGrid()->grid()->sortByColumn(models::AgentGridModel::AgentColumn, Qt::AscendingOrder);
                    const bool ok = workspace->grab().save(screenshot);
                    std::printf("%s %s\n", ok ? "saved" : "failed to save", qPrintable(screenshot));
                    std::fflush(stdout);
                    app.quit();
                });
            }
        }
    };

    QObject::connect(auth.get(), &session::Auth::signInFailed, &app, [&](session::SignInError, const QString &message) {
        std::fprintf(stderr, "client: sign-in failed: %s\n", qPrintable(message));
        app.exit(2);
    });
    QObject::connect(auth.get(), &session::Auth::signedIn, &app, [&] {
        session = std::make_unique<session::Session>(std::move(connection), std::move(auth));
        workspace = std::make_unique<app::SupervisorWorkspace>(*session);
        workspace->resize(1600, 1000);
        workspace->show();
        session::AgentGridStore &agents = workspace->agentGrid()->agents();
        QObject::connect(workspace->agentGrid()->gridModel(), &QAbstractItemModel::modelReset, &app, [&] { ++resets; });
        QObject::connect(&agents, &session::AgentGridStore::rowChanged, &app, [&](int row) {
            if (!measuring)
                return;
            // Only a new state (a new start) is a change routing made just now; a row
            // also changes when, say, its interactions do.
            const session::AgentRow &r = workspace->agentGrid()->agents().at(row);
            const qint64 since = r.since.isValid() ? r.since.toMSecsSinceEpoch() : 0;
            qint64 &known = sinceShown[r.userId.toStdString()];
            if (since != 0 && since != known) {
                agentLatencies.push_back(wallMs() - double(since));
                if (qEnvironmentVariableIsSet("BENCH_DEBUG") && agentLatencies.back() > 300)
                    std::fprintf(stderr, "slow %s since %lld known %lld lat %.0f\n", qPrintable(r.userId), since, known, agentLatencies.back());
            }
            known = since;
        });
        QObject::connect(&agents, &session::AgentGridStore::rowsAdded, &app, checkReady);

        // Every queue × 8 metrics: the Wallboards sub-tab is shown, with a board of one
        // queue's 8 metrics above the table of every queue (the app's shared StatsStore).
        stats = &workspace->stats();
        if (screenshot.isEmpty())
            workspace->views()->setCurrentIndex(1);
        if (auto *queueTable = workspace->findChild<QTableView *>(QStringLiteral("queueTable")))
            QObject::connect(queueTable->model(), &QAbstractItemModel::modelReset, &app, [&] { ++resets; });
        auto observe = [&](int row) {
            const session::QueueFigures &q = stats->queueAt(row);
            int &shown = offeredShown[q.queueId.toStdString()];
            if (q.offered > shown) {
                shown = q.offered;
                if (measuring)
                    queueObservations.append(QJsonArray{q.queueId, q.offered, wallMs()});
            }
        };
        QObject::connect(stats, &session::StatsStore::queueChanged, &app, observe);
        QObject::connect(stats, &session::StatsStore::queuesAdded, &app, [&, observe](int first, int last) {
            for (int row = first; row <= last; ++row)
                observe(row);
            if (!boardSaved && stats->queueCount() > 0) {
                boardSaved = true;
                session::Wallboard board;
                board.name = QStringLiteral("Bench");
                const QString queueId = stats->queueAt(0).queueId;
                const session::MetricKind metrics[] = {
                    session::MetricKind::Waiting, session::MetricKind::LongestWait, session::MetricKind::Offered,
                    session::MetricKind::Answered, session::MetricKind::Abandoned, session::MetricKind::ServiceLevel,
                    session::MetricKind::Asa, session::MetricKind::AgentsAvailable};
                for (int i = 0; i < 8; ++i)
                    board.tiles.append({queueId, metrics[i], {}, i / 4, i % 4});
                stats->saveWallboard(board);
            }
            checkReady();
        });
        QObject::connect(stats, &session::StatsStore::loaded, &app, checkReady);
        checkReady();
    });

    // "stop" on stdin ends the measurement: the result is one JSON line.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[64];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n > 0 && !QByteArray(buffer, int(n)).contains("stop"))
            return;
        const double cpu = cpuSeconds() - cpuAtReady;
        const double wall = (wallMs() - wallAtReady) / 1000.0;
        const auto [rss, hwm] = residentMiB();
        // Smoothness: the grid of every agent scrolled a page at a time, each frame
        // painted at once (repaint), as the supervisor drags through thousands of rows.
        std::vector<double> frames;
        if (workspace) {
            workspace->views()->setCurrentIndex(0);
            QTableView *grid = workspace->agentGrid()->grid();
            QScrollBar *bar = grid->verticalScrollBar();
            for (int step = 0; step < 60 && bar->maximum() > 0; ++step) {
                bar->setValue((bar->maximum() / 60) * step);
                const double start = wallMs();
                grid->viewport()->repaint();
                frames.push_back(wallMs() - start);
            }
        }
        QJsonObject result{
            {QStringLiteral("cpu_percent"), wall > 0 ? 100.0 * cpu / wall : 0.0},
            {QStringLiteral("rss_mib"), rss},
            {QStringLiteral("hwm_mib"), hwm},
            {QStringLiteral("resets"), resets},
            {QStringLiteral("agents"), workspace ? workspace->agentGrid()->agents().count() : 0},
            {QStringLiteral("queues"), stats ? stats->queueCount() : 0},
            {QStringLiteral("agent_changes"), int(agentLatencies.size())},
            {QStringLiteral("agent_p50_ms"), percentile(agentLatencies, 0.5)},
            {QStringLiteral("agent_p95_ms"), percentile(agentLatencies, 0.95)},
            {QStringLiteral("agent_p99_ms"), percentile(agentLatencies, 0.99)},
            {QStringLiteral("scroll_frame_p95_ms"), percentile(frames, 0.95)},
            {QStringLiteral("scroll_frame_max_ms"), percentile(frames, 1.0)},
            {QStringLiteral("queue_observations"), queueObservations},
        };
        std::printf("result %s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        app.quit();
    });

    auth->signIn(QStringLiteral("supervisor1"), QString::fromUtf8(passwordFile.readAll()).trimmed());
    return app.exec();
}

// ---------------------------------------------------------------------------------------
// The center and the load.

// "ana.silva.0017": people's names, so that a screenshot of the grid reads like a center.
std::string agentName(int i)
{
    static const char *first[] = {"ana", "ben", "chloe", "david", "elena", "farid", "grace", "hugo", "ines", "jonas",
                                  "kim", "lena", "marco", "nora", "omar", "paula", "quinn", "rosa", "sami", "tara"};
    static const char *last[] = {"silva", "meyer", "dubois", "rossi", "novak", "garcia", "kowalski", "jensen",
                                 "okafor", "tanaka", "murphy", "haddad", "larsen", "costa", "weber", "ivanova"};
    char name[48];
    std::snprintf(name, sizeof name, "%s.%s.%04d", first[i % 20], last[(i / 20) % 16], i);
    return name;
}

std::string skillName(int i)
{
    // Not the demo center's skill names (Billing, German...): names are unique.
    static const char *names[] = {"Invoices", "Broadband", "Upgrades", "Returns", "Portuguese",
                                  "Dutch", "Italian", "VIP", "Claims", "Onboarding"};
    return i < 10 ? std::string(names[i]) : std::string(names[i % 10]) + " " + std::to_string(i / 10 + 1);
}

std::unique_ptr<grpc::ClientContext> contextWith(const std::string &token)
{
    auto context = std::make_unique<grpc::ClientContext>();
    context->AddMetadata("authorization", "Bearer " + token);
    context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
    return context;
}

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
    ::close(fd);
    return int(ntohs(addr.sin_port));
}

// Runs fn(i) for i in [0, n) on `threads` threads; the number of failures.
int parallel(int n, int threads, const std::function<bool(int)> &fn)
{
    std::atomic<int> next{0}, failed{0};
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t)
        workers.emplace_back([&] {
            for (int i = next++; i < n; i = next++)
                if (!fn(i))
                    ++failed;
        });
    for (auto &w : workers)
        w.join();
    return failed;
}

int runBench(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
    const QStringList args = app.arguments();
    const int agentCount = argValue(args, QStringLiteral("--agents"), QStringLiteral("5000")).toInt();
    const int queueCount = std::max(10, argValue(args, QStringLiteral("--queues"), QStringLiteral("500")).toInt());
    const int rate = argValue(args, QStringLiteral("--rate"), QStringLiteral("1000")).toInt();
    const int seconds = argValue(args, QStringLiteral("--seconds"), QStringLiteral("30")).toInt();
    const bool jsonOnly = args.contains(QStringLiteral("--json"));
    // --screenshot FILE: a center's mix of states instead of the load; the client saves
    // its Supervisor tab to FILE once every agent is shown (docs/screenshots).
    const QString screenshot = argValue(args, QStringLiteral("--screenshot"));
    const int skillCount = queueCount / 10;

    QTemporaryDir dataDir;
    runtime::ServerOptions options;
    options.dataDir = dataDir.path().toStdString();
    const int grpcPort = freePort();
    options.listen = "127.0.0.1:" + std::to_string(grpcPort);
    options.wsListen = "127.0.0.1:0";
    options.services = {"identity", "directory", "routing", "stats", "gateway"};
    options.wsPingIntervalMs = 600000;
    options.seedDemo = true;
    const runtime::TlsMaterial tls = runtime::ensureServerTls(options.dataDir);

    auto bus = runtime::makeInProcessBus();
    runtime::TokenVerifier verifier;
    runtime::Authenticator auth(verifier);
    const std::string target = "localhost:" + std::to_string(grpcPort);
    runtime::ServiceContext context{options, *bus, verifier, auth, runtime::makeClientChannel(target, tls.caCertPem, false),
                                    std::to_string(grpcPort), {}};
    runtime::ServiceHost host(options, &tls);
    auto identityOwned = std::make_unique<identity::Service>(context);
    identity::Service *identityService = identityOwned.get();
    const std::string serviceToken = identityService->issueServiceToken("bench", 3600 * 1000);
    context.serviceToken = [serviceToken] { return serviceToken; };
    host.add(std::move(identityOwned));
    auto directoryOwned = std::make_unique<directory::Service>(context);
    directory::Service *directoryService = directoryOwned.get();
    host.add(std::move(directoryOwned));
    host.add(std::make_unique<routing::Service>(context));
    host.add(std::make_unique<stats::Service>(context));
    host.add(std::make_unique<gateway::Service>(context, &tls));
    identityService->seedDemo();
    directoryService->seedDemo();
    host.start();

    int exitCode = 0;
    std::thread driver([&] {
        auto quit = [&](int code, const std::string &why) {
            if (!why.empty())
                std::fprintf(stderr, "bench_supervisor_live: %s\n", why.c_str());
            exitCode = code;
            QMetaObject::invokeMethod(&app, [] { QCoreApplication::quit(); });
        };
        auto channel = runtime::makeClientChannel(target, tls.caCertPem, false);
        auto directory = v1::DirectoryService::NewStub(channel);
        auto routing = v1::RoutingService::NewStub(channel);
        const auto setupStart = std::chrono::steady_clock::now();

        // Skills and queues: queue i needs skill i / 10.
        std::vector<std::string> skillIds(static_cast<std::size_t>(skillCount));
        std::vector<std::string> queueIds(static_cast<std::size_t>(queueCount));
        if (parallel(skillCount, 4, [&](int i) {
                v1::CreateSkillRequest request;
                request.mutable_skill()->set_name(skillName(i));
                v1::Skill skill;
                const grpc::Status status = directory->CreateSkill(contextWith(serviceToken).get(), request, &skill);
                if (!status.ok()) {
                    std::fprintf(stderr, "skill %s: %s\n", request.skill().name().c_str(), status.error_message().c_str());
                    return false;
                }
                skillIds[std::size_t(i)] = skill.id();
                return true;
            }))
            return quit(1, "cannot create the skills");
        if (parallel(queueCount, 4, [&](int i) {
                v1::CreateQueueRequest request;
                v1::Queue &q = *request.mutable_queue();
                char name[64];
                std::snprintf(name, sizeof name, "%s %02d", skillName(i / 10).c_str(), i % 10 + 1);
                q.set_name(name);
                q.add_channels(v1::CHANNEL_CHAT);
                q.set_offer_timeout_seconds(60);
                auto *required = q.add_required_skills();
                required->set_skill_id(skillIds[std::size_t(i / 10)]);
                required->set_min_proficiency(1);
                v1::Queue created;
                const grpc::Status status = directory->CreateQueue(contextWith(serviceToken).get(), request, &created);
                if (!status.ok()) {
                    std::fprintf(stderr, "queue: %s\n", status.error_message().c_str());
                    return false;
                }
                queueIds[std::size_t(i)] = created.id();
                return true;
            }))
            return quit(1, "cannot create the queues");

        // Teams: the demo's Team Blue and two more.
        std::vector<std::string> teamIds = {"team-blue"};
        for (const char *name : {"Team Red", "Team Green"}) {
            v1::CreateTeamRequest request;
            request.mutable_team()->set_name(name);
            v1::Team team;
            if (!directory->CreateTeam(contextWith(serviceToken).get(), request, &team).ok())
                return quit(1, std::string("cannot create ") + name);
            teamIds.push_back(team.id());
        }

        // Agents: a token, a profile with two skills, then Not Ready.
        v1::ListReasonCodesResponse reasons;
        if (!directory->ListReasonCodes(contextWith(serviceToken).get(), {}, &reasons).ok() || reasons.codes_size() < 2)
            return quit(1, "the demo center has fewer than two reason codes");
        const std::string reasonA = reasons.codes(0).id(), reasonB = reasons.codes(1).id();
        std::vector<std::string> tokens(static_cast<std::size_t>(agentCount));
        for (int i = 0; i < agentCount; ++i) {
            const std::string name = agentName(i);
            tokens[std::size_t(i)] = identityService->issueToken(name, name, {v1::ROLE_AGENT}, 3600 * 1000);
        }
        if (const int failed = parallel(agentCount, 8, [&](int i) {
                v1::UpsertAgentProfileRequest profile;
                profile.mutable_profile()->set_user_id(agentName(i));
                profile.mutable_profile()->set_team_id(teamIds[std::size_t(i % 3)]);
                for (int s : {i % skillCount, (i % skillCount + 1 + (i / skillCount) % (skillCount - 1)) % skillCount}) {
                    auto *skill = profile.mutable_profile()->add_skills();
                    skill->set_skill_id(skillIds[std::size_t(s)]);
                    skill->set_proficiency(5);
                }
                v1::AgentProfile saved;
                const grpc::Status status = directory->UpsertAgentProfile(contextWith(serviceToken).get(), profile, &saved);
                if (!status.ok()) {
                    std::fprintf(stderr, "profile: %s\n", status.error_message().c_str());
                    return false;
                }
                // Under load everyone is Not Ready (no offers: the figures move only by
                // the load). For the screenshot, a center's mix.
                v1::SetAgentStateRequest state;
                state.set_state(v1::AGENT_STATE_NOT_READY);
                state.set_reason_code_id(reasonA);
                if (!screenshot.isEmpty()) {
                    const int mix = (i * 7 + i / 20) % 10;
                    if (mix < 6)
                        state.set_state(v1::AGENT_STATE_AVAILABLE);
                    else if (mix == 8)
                        state.set_reason_code_id(reasonB);
                }
                v1::AgentSnapshot agent;
                if (!routing->SetAgentState(contextWith(tokens[std::size_t(i)]).get(), state, &agent).ok())
                    return false;
                if (!screenshot.isEmpty() && (i * 7 + i / 20) % 10 == 9) {
                    v1::SetAgentStateRequest offline;
                    offline.set_state(v1::AGENT_STATE_OFFLINE);
                    return routing->SetAgentState(contextWith(tokens[std::size_t(i)]).get(), offline, &agent).ok();
                }
                return true;
            }))
            return quit(1, std::to_string(failed) + " agents could not be set up");
        const double setupSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - setupStart).count();

        // The client.
        QFile password(QString::fromStdString(options.dataDir) + QStringLiteral("/supervisor1.password"));
        QFile users(QString::fromStdString(options.dataDir) + QStringLiteral("/demo-users.txt"));
        QString supervisorPassword;
        if (users.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : users.readAll().split('\n')) {
                const QList<QByteArray> parts = line.simplified().split(' ');
                if (parts.size() >= 2 && parts.first() == "supervisor1")
                    supervisorPassword = QString::fromUtf8(parts.last());
            }
        }
        if (supervisorPassword.isEmpty() || !password.open(QIODevice::WriteOnly))
            return quit(1, "no demo password for supervisor1");
        password.write(supervisorPassword.toUtf8());
        password.close();
        QProcess client;
        client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), QString::fromStdString(options.dataDir));
        client.setProcessEnvironment(env);
        client.start(QCoreApplication::applicationFilePath(),
                     QStringList{QStringLiteral("--client"), QStringLiteral("--address"),
                      QStringLiteral("127.0.0.1:%1").arg(grpcPort), QStringLiteral("--ca"),
                      QString::fromStdString(options.dataDir) + QStringLiteral("/tls/ca.crt"),
                      QStringLiteral("--password-file"), password.fileName(), QStringLiteral("--expect-agents"),
                      QString::number(agentCount), QStringLiteral("--expect-queues"), QString::number(queueCount)}
                         + (screenshot.isEmpty() ? QStringList() : QStringList{QStringLiteral("--screenshot"), screenshot}));
        QByteArray clientOutput;
        auto readLine = [&](const char *prefix, int timeoutMs) -> QByteArray {
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
            while (std::chrono::steady_clock::now() < deadline) {
                client.waitForReadyRead(100);
                clientOutput += client.readAllStandardOutput();
                // Complete lines only: a long result arrives in several reads.
                QList<QByteArray> lines = clientOutput.split('\n');
                lines.removeLast();
                for (const QByteArray &line : lines)
                    if (line.startsWith(prefix))
                        return line;
                if (client.state() == QProcess::NotRunning)
                    break;
            }
            return {};
        };
        const auto clientStart = std::chrono::steady_clock::now();
        const QByteArray ready = readLine("ready", 180000);
        if (ready.isEmpty()) {
            client.kill();
            client.waitForFinished();
            return quit(1, "the client never held every agent and queue: " + clientOutput.toStdString());
        }
        const double clientLoadSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - clientStart).count();
        if (!screenshot.isEmpty()) {
            // Some customers, so that some agents are busy with an offer.
            for (int i = 0; i < agentCount / 8; ++i) {
                v1::EnqueueRequest request;
                request.set_queue_id(queueIds[std::size_t(i % queueCount)]);
                request.set_channel(v1::CHANNEL_CHAT);
                request.mutable_customer()->set_id("customer-" + std::to_string(i));
                v1::Interaction out;
                routing->Enqueue(contextWith(serviceToken).get(), request, &out);
            }
            const QByteArray saved = readLine("saved", 60000);
            client.waitForFinished(10000);
            std::printf("%s\n", saved.isEmpty() ? "the client saved no screenshot" : saved.constData());
            return quit(saved.isEmpty() ? 1 : 0, {});
        }

        // The load: R events a second, paced by four threads.
        struct Waiting { std::string interactionId; };
        std::mutex mutex;
        std::unordered_map<std::string, std::vector<double>> enqueueSentMs;   // queue -> send times, k-th = offered k
        std::deque<std::string> waiting;
        std::atomic<int> failures{0}, agentChanges{0}, enqueues{0}, abandons{0};
        std::vector<int> agentReason(static_cast<std::size_t>(agentCount), 0);
        const int senders = 4;
        const auto loadStart = std::chrono::steady_clock::now();
        std::vector<std::thread> threads;
        for (int s = 0; s < senders; ++s)
            threads.emplace_back([&, s] {
                const int total = rate * seconds / senders;
                for (int k = 0; k < total; ++k) {
                    const long event = long(k) * senders + s;
                    std::this_thread::sleep_until(loadStart + std::chrono::microseconds(event * 1000000L / rate));
                    const int kind = int(event % 4);
                    if (kind < 2) {
                        const int agent = int((event / 2) % agentCount);
                        v1::SetAgentStateRequest request;
                        request.set_state(v1::AGENT_STATE_NOT_READY);
                        {
                            std::lock_guard lock(mutex);
                            agentReason[std::size_t(agent)] ^= 1;
                            request.set_reason_code_id(agentReason[std::size_t(agent)] ? reasonB : reasonA);
                        }
                        v1::AgentSnapshot out;
                        if (routing->SetAgentState(contextWith(tokens[std::size_t(agent)]).get(), request, &out).ok())
                            ++agentChanges;
                        else
                            ++failures;
                    } else if (kind == 2) {
                        const std::string &queueId = queueIds[std::size_t((event / 4) * 7919 % queueCount)];
                        v1::EnqueueRequest request;
                        request.set_queue_id(queueId);
                        request.set_channel(v1::CHANNEL_CHAT);
                        request.mutable_customer()->set_id("bench-customer-" + std::to_string(event));
                        v1::Interaction out;
                        // The send time is kept before the call, in call order per queue.
                        std::unique_lock lock(mutex);
                        enqueueSentMs[queueId].push_back(wallMs());
                        lock.unlock();
                        if (routing->Enqueue(contextWith(serviceToken).get(), request, &out).ok()) {
                            ++enqueues;
                            std::lock_guard relock(mutex);
                            waiting.push_back(out.id());
                        } else {
                            ++failures;
                        }
                    } else {
                        std::string id;
                        {
                            std::lock_guard lock(mutex);
                            if (waiting.size() > 50) {
                                id = waiting.front();
                                waiting.pop_front();
                            }
                        }
                        if (id.empty())
                            continue;
                        v1::AbandonRequest request;
                        request.set_interaction_id(id);
                        v1::Interaction out;
                        if (routing->Abandon(contextWith(serviceToken).get(), request, &out).ok())
                            ++abandons;
                        else
                            ++failures;
                    }
                }
            });
        for (auto &t : threads)
            t.join();
        const double loadSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - loadStart).count();
        // The last deltas: a coalescing window and the way there.
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        client.write("stop\n");
        const QByteArray resultLine = readLine("result ", 60000);
        client.waitForFinished(10000);
        if (resultLine.isEmpty())
            return quit(1, "the client gave no result");
        const QJsonObject result = QJsonDocument::fromJson(resultLine.mid(7)).object();

        // Queue latency: the k-th enqueue of a queue against the first observation of
        // offered >= k. Enqueues of the same queue are sent in order; a failed call
        // has no observation and is left out.
        std::unordered_map<std::string, std::vector<std::pair<int, double>>> seen;
        for (const QJsonValue &o : result[QStringLiteral("queue_observations")].toArray()) {
            const QJsonArray a = o.toArray();
            seen[a[0].toString().toStdString()].emplace_back(a[1].toInt(), a[2].toDouble());
        }
        std::vector<double> queueLatencies;
        int unseen = 0;
        for (const auto &[queueId, sent] : enqueueSentMs) {
            const auto &observations = seen[queueId];
            std::size_t o = 0;
            for (std::size_t k = 0; k < sent.size(); ++k) {
                while (o < observations.size() && observations[o].first < int(k + 1))
                    ++o;
                if (o == observations.size()) {
                    ++unseen;
                    continue;
                }
                queueLatencies.push_back(std::max(0.0, observations[o].second - sent[k]));
            }
        }

        const double agentP95 = result[QStringLiteral("agent_p95_ms")].toDouble();
        const double queueP95 = percentile(queueLatencies, 0.95);
        const double cpu = result[QStringLiteral("cpu_percent")].toDouble();
        const double rss = result[QStringLiteral("rss_mib")].toDouble();
        const int resets = result[QStringLiteral("resets")].toInt();
        const double achieved = (agentChanges + enqueues + abandons) / loadSeconds;
        const bool ok = agentP95 <= 150 && queueP95 <= 150 && cpu <= 25 && rss <= 250 && resets == 0 && unseen == 0
            && result[QStringLiteral("agents")].toInt() >= agentCount;
        char json[1024];
        std::snprintf(json, sizeof json,
                      "{\"bench\":\"supervisor_live\",\"agents\":%d,\"queues\":%d,\"rate\":%d,\"seconds\":%d,"
                      "\"achieved_rate\":%.0f,\"agent_changes\":%d,\"enqueues\":%d,\"abandons\":%d,\"failures\":%d,"
                      "\"agent_p50_ms\":%.1f,\"agent_p95_ms\":%.1f,\"agent_p99_ms\":%.1f,"
                      "\"queue_p50_ms\":%.1f,\"queue_p95_ms\":%.1f,\"queue_p99_ms\":%.1f,\"queue_unseen\":%d,"
                      "\"client_cpu_percent\":%.1f,\"client_rss_mib\":%.1f,\"client_hwm_mib\":%.1f,\"resets\":%d,"
                      "\"scroll_frame_p95_ms\":%.1f,"
                      "\"setup_s\":%.1f,\"client_load_s\":%.1f,\"budget_ok\":%s}",
                      agentCount, queueCount, rate, seconds, achieved, agentChanges.load(), enqueues.load(),
                      abandons.load(), failures.load(), result[QStringLiteral("agent_p50_ms")].toDouble(), agentP95,
                      result[QStringLiteral("agent_p99_ms")].toDouble(), percentile(queueLatencies, 0.5), queueP95,
                      percentile(queueLatencies, 0.99), unseen, cpu, rss, result[QStringLiteral("hwm_mib")].toDouble(),
                      resets, result[QStringLiteral("scroll_frame_p95_ms")].toDouble(), setupSeconds, clientLoadSeconds, ok ? "true" : "false");
        if (!jsonOnly) {
            std::printf("\nsupervisor desktop under load: %d agents, %d queues, %d routing events/s for %d s "
                        "(achieved %.0f/s; setup %.1f s, client loaded in %.1f s)\n",
                        agentCount, queueCount, rate, seconds, achieved, setupSeconds, clientLoadSeconds);
            std::printf("  event -> model latency (ms)   p50     p95     p99     samples\n");
            std::printf("  agent state (grid row)     %7.1f %7.1f %7.1f %9d\n",
                        result[QStringLiteral("agent_p50_ms")].toDouble(), agentP95,
                        result[QStringLiteral("agent_p99_ms")].toDouble(), result[QStringLiteral("agent_changes")].toInt());
            std::printf("  queue offered (stats row)  %7.1f %7.1f %7.1f %9zu (unseen %d)\n",
                        percentile(queueLatencies, 0.5), queueP95, percentile(queueLatencies, 0.99),
                        queueLatencies.size(), unseen);
            std::printf("  client: CPU %.1f %% of one core, RSS %.1f MiB (peak %.1f MiB), model resets %d\n", cpu, rss,
                        result[QStringLiteral("hwm_mib")].toDouble(), resets);
            std::printf("  grid of %d agents scrolled a page at a time: frame p95 %.1f ms, max %.1f ms\n",
                        result[QStringLiteral("agents")].toInt(), result[QStringLiteral("scroll_frame_p95_ms")].toDouble(),
                        result[QStringLiteral("scroll_frame_max_ms")].toDouble());
            std::printf("  budgets: p95 <= 150 ms, CPU <= 25 %%, RSS <= 250 MB, 0 resets: %s\n",
                        ok ? "met" : "MISSED");
        }
        std::printf("%s\n", json);
        quit(ok ? 0 : 3, {});
    });

    app.exec();
    driver.join();
    host.shutdown(1000);
    return exitCode;
}

} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::string(argv[i]) == "--client")
            return runClient(argc, argv);
    return runBench(argc, argv);
}
