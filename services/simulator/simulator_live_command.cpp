#include "simulator_live_command.h"

#include "simulator_live_run.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

namespace simulator {

int runLiveCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription("Runs a scenario of customers and bot agents through a real Switchboard server.");
    const QCommandLineOption server("server", "gRPC address of the server.", "HOST:PORT", "127.0.0.1:7443");
    const QCommandLineOption ca("ca", "The server's CA certificate (DATA_DIR/tls/ca.crt).", "FILE");
    const QCommandLineOption insecure("insecure", "Plaintext connection (a server started with --insecure).");
    const QCommandLineOption scenario("scenario", "Scenario file (JSON).", "FILE");
    const QCommandLineOption usersFile("users-file", "Passwords of admin1 and simulator (DATA_DIR/demo-users.txt).", "FILE");
    const QCommandLineOption json("json", "Print the summary as one JSON line.");
    parser.addOptions({server, ca, insecure, scenario, usersFile, json});
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "switchboard-sim live: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    auto usage = [](const char *message) {
        std::fprintf(stderr, "switchboard-sim live: %s\n", message);
        return 2;
    };
    if (!parser.isSet(scenario))
        return usage("--scenario FILE is required");
    if (!parser.isSet(usersFile))
        return usage("--users-file FILE is required (the server's DATA_DIR/demo-users.txt)");
    if (!parser.isSet(ca) && !parser.isSet(insecure))
        return usage("--ca FILE is required (or --insecure for a plaintext server)");

    // Dozens of sessions would fill the terminal with their connection chatter.
    QLoggingCategory::setFilterRules(QStringLiteral("switchboard.session*.info=false"));

    QString error;
    const std::optional<Scenario> loaded = Scenario::load(parser.value(scenario), &error);
    if (!loaded)
        return usage(qPrintable(error));

    LiveOptions options;
    options.connection.address = parser.value(server);
    options.connection.caFile = parser.value(ca);
    options.connection.insecure = parser.isSet(insecure);
    options.usersFile = parser.value(usersFile);
    options.json = parser.isSet(json);

    LiveRun run(options, *loaded);
    int exitCode = 0;
    QObject::connect(&run, &LiveRun::finished, qApp, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    if (!run.start(&error)) {
        std::fprintf(stderr, "switchboard-sim live: %s\n", qPrintable(error));
        return 1;
    }
    QCoreApplication::exec();
    return exitCode;
}

} // namespace simulator
