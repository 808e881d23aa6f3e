#include "simulator_erlang_command.h"

#include "simulator_command_line.h"
#include "simulator_figures.h"
#include "stats_erlang_c.h"

#include <algorithm>
#include <cstdio>

namespace simulator {

int runErlangCommand(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("erlang"),
                    QStringLiteral("Erlang C (M/M/N) figures for one queue: Poisson arrivals, exponential "
                                   "handle times, N agents, nobody abandons. See docs/staffing.md."));
    cli.addValueOption(QStringLiteral("arrival-rate"), QStringLiteral("PER_S"),
                       QStringLiteral("Arrivals per second (e.g. 100 per 30 min = 0.055556)."));
    cli.addValueOption(QStringLiteral("aht"), QStringLiteral("S"), QStringLiteral("Average handle time, seconds."));
    cli.addValueOption(QStringLiteral("agents"), QStringLiteral("N"),
                       QStringLiteral("Agents. Optional with --target-service-level: then the fewest that reach it."));
    cli.addValueOption(QStringLiteral("threshold"), QStringLiteral("S"),
                       QStringLiteral("Service-level threshold, seconds (answered within it)."));
    cli.addValueOption(QStringLiteral("target-service-level"), QStringLiteral("P"),
                       QStringLiteral("Also report the fewest agents reaching this service level (0..1)."));
    cli.addFlag(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    if (!cli.parse(arguments))
        return cli.exitCode();

    const auto rate = cli.number(QStringLiteral("arrival-rate"), 0);
    if (!rate)
        return cli.exitCode();
    const auto aht = cli.number(QStringLiteral("aht"), 0, true);
    if (!aht)
        return cli.exitCode();
    const auto threshold = cli.number(QStringLiteral("threshold"), 0);
    if (!threshold)
        return cli.exitCode();

    std::optional<int> needed;
    double target = 0;
    if (cli.isSet(QStringLiteral("target-service-level"))) {
        const auto t = cli.number(QStringLiteral("target-service-level"), 0);
        if (!t)
            return cli.exitCode();
        if (*t > 1) {
            cli.usageError(QStringLiteral("--target-service-level is a fraction between 0 and 1"));
            return cli.exitCode();
        }
        target = *t;
        needed = stats::agentsNeeded(*rate, *aht, *threshold, target);
    }
    int agents = 0;
    if (cli.isSet(QStringLiteral("agents")) || !needed) {
        const auto n = cli.integer(QStringLiteral("agents"), 0);
        if (!n)
            return cli.exitCode();
        agents = *n;
    } else if (*needed < 0) {
        std::fprintf(stderr, "switchboard-sim erlang: no staff up to 100000 agents reaches %g\n", target);
        return 1;
    } else {
        agents = std::max(*needed, 1);   // no traffic needs no agent; show one idle agent
    }

    const stats::ErlangCResult r = stats::erlangC(*rate, *aht, agents, *threshold);
    const Figures figures{r.pWait, r.serviceLevel, r.asaSeconds, *aht, 0.0, r.occupancy};

    if (cli.isSet(QStringLiteral("json"))) {
        QJsonObject json = toJson(figures);
        json.insert(QStringLiteral("traffic_erlangs"), r.trafficErlangs);
        json.insert(QStringLiteral("agents"), agents);
        json.insert(QStringLiteral("threshold"), *threshold);
        json.insert(QStringLiteral("stable"), r.stable);
        if (needed)
            json.insert(QStringLiteral("agents_needed"), *needed);
        printJson(json);
        return 0;
    }

    std::printf("Erlang C (M/M/N): %g arrivals/s x AHT %g s = %.4f Erlangs, %d agents, threshold %g s\n",
                *rate, *aht, r.trafficErlangs, agents, *threshold);
    if (!r.stable)
        std::printf("UNSTABLE: %d agents <= %.4f Erlangs of traffic; the queue grows without bound "
                    "(the figures below are its limits).\n",
                    agents, r.trafficErlangs);
    std::fputs(qPrintable(figuresTable(*threshold, {{QStringLiteral("Erlang C"), figures}})), stdout);
    if (needed) {
        if (*needed < 0)
            std::printf("No staff up to 100000 agents reaches a service level of %g.\n", target);
        else
            std::printf("Fewest agents for a service level of %g within %g s: %d (occupancy %.3f)\n", target,
                        *threshold, *needed, stats::erlangC(*rate, *aht, *needed, *threshold).occupancy);
    }
    return 0;
}

} // namespace simulator
