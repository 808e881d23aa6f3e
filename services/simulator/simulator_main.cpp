// switchboard-sim: the contact-center simulator. Each subcommand lives in its own files;
// this only dispatches.
#include "simulator_erlang_command.h"
#include "simulator_live_command.h"
#include "simulator_virtual_command.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

constexpr char kUsage[] =
    "Usage: switchboard-sim <command> [options]   (switchboard-sim <command> --help for its options)\n"
    "\n"
    "Commands:\n"
    "  erlang    Erlang C figures for a queue (the staffing oracle)\n"
    "  virtual   the real routing engine on a virtual clock, measured beside Erlang C\n"
    "  live      customers and bot agents through a real server\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-sim"));
    const QStringList arguments = QCoreApplication::arguments();

    if (arguments.size() < 2) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    const QString command = arguments.at(1);
    const QStringList commandArguments = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (command == QLatin1String("erlang"))
        return simulator::runErlangCommand(commandArguments);
    if (command == QLatin1String("virtual"))
        return simulator::runVirtualCommand(commandArguments);
    if (command == QLatin1String("live"))
        return simulator::runLiveCommand(commandArguments);
    std::fprintf(stderr, "switchboard-sim: unknown command '%s'\n\n%s", qPrintable(command), kUsage);
    return 2;
}
