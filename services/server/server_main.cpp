// switchboard-server: hosts any subset of Switchboard's services in one process
// (--services all by default), in the manner of Temporal's and Loki's single binary.

#include "server_signal_watcher.h"

#include "runtime_auth.h"
#include "runtime_bus.h"
#include "runtime_service_host.h"
#include "runtime_store.h"
#include "runtime_tls.h"
#include "runtime_tokens.h"

#include "catalog_service.h"
#include "conversation_service.h"
#include "directory_service.h"
#include "gateway_service.h"
#include "identity_service.h"
#include "routing_service.h"
#include "stats_service.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

#include <grpcpp/channel.h>

#include <cstdio>
#include <sys/stat.h>
#include <functional>
#include <mutex>
#include <map>

Q_LOGGING_CATEGORY(lcServer, "switchboard.server")

namespace {

// Services this build can host, in start-up order (identity first: it registers the
// token keys every other service verifies with).
// Routing reads its configuration from directory, so directory comes before it.
// Stats seeds itself from routing (and the directory), so it comes after routing.
// Catalog asks identity and directory who a rollout reaches.
const std::vector<std::string> kAvailableServices = {"identity", "directory", "routing", "stats", "conversation",
                                                     "catalog", "gateway"};
const std::vector<std::string> kPlannedServices = {};

int fail(const QString &message)
{
    std::fprintf(stderr, "switchboard-server: %s\n", qPrintable(message));
    return 2;
}

bool parseOptions(QCoreApplication &app, runtime::ServerOptions &options, std::string &moduleTrustedKeys,
                  QString &error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Switchboard contact-center server: hosts the identity, directory, gateway and "
        "other services over gRPC (TLS by default) and the gateway's WebSocket.");
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption services("services", "Services to host: 'all' or a comma-separated list.", "LIST", "all");
    const QCommandLineOption listen("listen", "gRPC address.", "HOST:PORT", QString::fromStdString(options.listen));
    const QCommandLineOption wsListen("ws-listen", "Gateway WebSocket address (port 0: any free port).", "HOST:PORT",
                                      QString::fromStdString(options.wsListen));
    const QCommandLineOption dataDir("data-dir", "Folder for the services' stores and TLS material.", "DIR");
    const QCommandLineOption seedDemo("seed-demo", "Create a small demo center and demo users (DATA_DIR/demo-users.txt).");
    const QCommandLineOption insecure("insecure", "Serve plaintext gRPC and WebSocket (no TLS). For local experiments only.");
    const QCommandLineOption tlsCert("tls-cert", "Server certificate (PEM) instead of the generated one.", "FILE");
    const QCommandLineOption tlsKey("tls-key", "Private key (PEM) of --tls-cert.", "FILE");
    const QCommandLineOption adminPassword("admin-password-file", "First start: the administrator's password.", "FILE");
    const QCommandLineOption tokenTtl("access-token-ttl", "Access token lifetime in seconds.", "SECONDS", "900");
    const QCommandLineOption pingInterval("ws-ping-interval-ms", "Gateway ping interval.", "MS", "15000");
    const QCommandLineOption sendLimit("ws-send-buffer-limit", "Bytes queued for one client before it is cut off as too slow.",
                                       "BYTES", QString::number(options.wsSendBufferLimitBytes));
    const QCommandLineOption wsThreads("ws-threads", "Gateway worker threads (0: one per core, less one).", "N", "0");
    const QCommandLineOption resumeEvents("ws-resume-events", "Events kept for clients that reconnect.", "N",
                                          QString::number(options.wsResumeBufferEvents));
    const QCommandLineOption moduleKeys("module-trusted-keys",
                                        "Catalog: folder of the <key id>.pub files a published module must be signed "
                                        "by (default DATA_DIR/trusted-keys).", "DIR");
    parser.addOptions({services, listen, wsListen, dataDir, seedDemo, insecure, tlsCert, tlsKey, adminPassword,
                       tokenTtl, pingInterval, sendLimit, resumeEvents, wsThreads, moduleKeys});
    parser.process(app);

    if (!parser.isSet(dataDir)) {
        error = "--data-dir DIR is required (the folder where the services keep their data)";
        return false;
    }
    options.dataDir = QDir(parser.value(dataDir)).absolutePath().toStdString();
    options.listen = parser.value(listen).toStdString();
    options.wsListen = parser.value(wsListen).toStdString();
    options.seedDemo = parser.isSet(seedDemo);
    options.insecure = parser.isSet(insecure);
    options.tlsCert = parser.value(tlsCert).toStdString();
    options.tlsKey = parser.value(tlsKey).toStdString();
    options.adminPasswordFile = parser.value(adminPassword).toStdString();
    if (parser.isSet(moduleKeys)) {
        const QString dir = parser.value(moduleKeys);
        if (!QFileInfo(dir).isDir()) {
            error = QString("--module-trusted-keys %1 is not a folder").arg(dir);
            return false;
        }
        moduleTrustedKeys = QDir(dir).absolutePath().toStdString();
    }
    if (options.tlsCert.empty() != options.tlsKey.empty()) {
        error = "--tls-cert and --tls-key go together";
        return false;
    }

    auto positive = [&](const QCommandLineOption &option, std::int64_t &target) {
        bool ok = false;
        const qlonglong value = parser.value(option).toLongLong(&ok);
        if (!ok || value <= 0) {
            error = QString("--%1 must be a positive number, not '%2'").arg(option.names().first(), parser.value(option));
            return false;
        }
        target = value;
        return true;
    };
    if (!positive(tokenTtl, options.accessTokenTtlSeconds) || !positive(pingInterval, options.wsPingIntervalMs)
        || !positive(sendLimit, options.wsSendBufferLimitBytes) || !positive(resumeEvents, options.wsResumeBufferEvents))
        return false;

    bool threadsOk = false;
    options.wsThreads = parser.value(wsThreads).toInt(&threadsOk);
    if (!threadsOk || options.wsThreads < 0 || options.wsThreads > 64) {
        error = QString("--ws-threads must be 0 to 64, not '%1'").arg(parser.value(wsThreads));
        return false;
    }

    for (const std::string &address : {options.listen, options.wsListen}) {
        try {
            runtime::splitHostPort(address);
        } catch (const std::invalid_argument &e) {
            error = e.what();
            return false;
        }
    }

    const QStringList names = parser.value(services).split(',', Qt::SkipEmptyParts);
    if (names.isEmpty()) {
        error = "--services needs 'all' or at least one service name";
        return false;
    }
    for (const QString &raw : names) {
        const std::string name = raw.trimmed().toStdString();
        if (name == "all") {
            options.services = kAvailableServices;
            break;
        }
        if (std::find(kAvailableServices.begin(), kAvailableServices.end(), name) == kAvailableServices.end()) {
            const bool planned = std::find(kPlannedServices.begin(), kPlannedServices.end(), name) != kPlannedServices.end();
            error = planned ? QString("service '%1' is not available in this build yet").arg(raw)
                            : QString("unknown service '%1' (known: identity, directory, gateway, routing, "
                                      "conversation, stats, catalog)").arg(raw);
            return false;
        }
        options.services.push_back(name);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    // The data folder holds password hashes, keys and transcripts: nobody else reads it.
    ::umask(077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("switchboard-server");
    QCoreApplication::setApplicationVersion("0.1.0");

    runtime::ServerOptions options;
    QString error;
    std::string moduleTrustedKeys;
    if (!parseOptions(app, options, moduleTrustedKeys, error))
        return fail(error);
    if (!QDir().mkpath(QString::fromStdString(options.dataDir)))
        return fail(QString("cannot create the data folder %1").arg(QString::fromStdString(options.dataDir)));

    std::unique_ptr<runtime::TlsMaterial> tls;
    if (!options.insecure) {
        try {
            tls = std::make_unique<runtime::TlsMaterial>(
                options.tlsCert.empty() ? runtime::ensureServerTls(options.dataDir)
                                        : runtime::loadTls(options.tlsCert, options.tlsKey));
        } catch (const std::exception &e) {
            return fail(QString("TLS: %1").arg(e.what()));
        }
    }

    const auto bus = runtime::makeInProcessBus();
    runtime::TokenVerifier verifier;
    const runtime::Authenticator auth(verifier);
    const auto [listenHost, listenPort] = runtime::splitHostPort(options.listen);
    const std::string peerTarget = "localhost:" + std::to_string(listenPort);
    runtime::ServiceContext context{options, *bus, verifier, auth,
                                    runtime::makeClientChannel(peerTarget, tls ? tls->caCertPem : std::string(),
                                                               options.insecure),
                                    std::to_string(listenPort), {}};

    // Services call their peers with a token that the in-process identity signs.
    identity::Service *identityService = nullptr;
    std::mutex serviceTokenMutex;
    std::string serviceToken;
    std::int64_t serviceTokenRenewAt = 0;
    context.serviceToken = [&]() -> std::string {
        if (!identityService)
            return {};
        std::lock_guard lock(serviceTokenMutex);
        const std::int64_t now = runtime::nowMs();
        if (serviceToken.empty() || now >= serviceTokenRenewAt) {
            constexpr std::int64_t ttl = 60 * 60 * 1000;
            serviceToken = identityService->issueServiceToken("server", ttl);
            serviceTokenRenewAt = now + ttl / 2;
        }
        return serviceToken;
    };

    runtime::ServiceHost host(options, tls.get());
    try {
        for (const std::string &name : options.services) {
            if (name == "identity") {
                auto service = std::make_unique<identity::Service>(context);
                identityService = service.get();
                host.add(std::move(service));
            }
            else if (name == "directory")
                host.add(std::make_unique<directory::Service>(context));
            else if (name == "routing")
                host.add(std::make_unique<routing::Service>(context));
            else if (name == "stats")
                host.add(std::make_unique<stats::Service>(context));
            else if (name == "conversation")
                host.add(std::make_unique<conversation::Service>(context));
            else if (name == "catalog")
                host.add(std::make_unique<catalog::Service>(context, moduleTrustedKeys));
            else if (name == "gateway")
                host.add(std::make_unique<gateway::Service>(context, tls.get()));
        }
        if (options.seedDemo) {
            if (auto *identityService = dynamic_cast<identity::Service *>(host.find("identity")))
                identityService->seedDemo();
            if (auto *directoryService = dynamic_cast<directory::Service *>(host.find("directory")))
                directoryService->seedDemo();
        }
        host.start();
    } catch (const std::exception &e) {
        return fail(QString("cannot start: %1").arg(e.what()));
    }

    std::printf("grpc listening on %s:%d (%s)\n", listenHost.c_str(), host.port(),
                tls ? "TLS" : "plaintext, --insecure");
    if (tls)
        std::printf("clients trust %s/tls/ca.crt\n", options.dataDir.c_str());
    std::fflush(stdout);

    server::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &server::SignalWatcher::terminationRequested, &app, [&](int signalNumber) {
        qCInfo(lcServer) << "signal" << signalNumber << "received: finishing calls in flight";
        host.shutdown();
        std::printf("stopped\n");
        std::fflush(stdout);
        app.quit();
    });

    return app.exec();
}
