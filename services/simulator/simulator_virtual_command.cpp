#include "simulator_virtual_command.h"

#include "simulator_command_line.h"
#include "simulator_figures.h"
#include "simulator_virtual_run.h"
#include "simulator_virtual_scenario_command.h"
#include "stats_erlang_c.h"

#include <QElapsedTimer>

#include <cstdio>

namespace simulator {

int runVirtualCommand(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("virtual"),
                    QStringLiteral("The real routing engine on a virtual clock, no network: one queue, N identical "
                                   "agents, Poisson arrivals, exponential handle times, no wrap-up, no abandons. "
                                   "Prints the measured figures beside Erlang C. With --scenario, a whole scenario instead "
                                   "(skills, channels, abandons, breaks). See docs/staffing.md."));
    cli.addValueOption(QStringLiteral("arrival-rate"), QStringLiteral("PER_S"), QStringLiteral("Arrivals per second."));
    cli.addValueOption(QStringLiteral("aht"), QStringLiteral("S"),
                       QStringLiteral("Mean handle time, seconds (exponentially distributed)."));
    cli.addValueOption(QStringLiteral("agents"), QStringLiteral("N"), QStringLiteral("Agents, all available."));
    cli.addValueOption(QStringLiteral("threshold"), QStringLiteral("S"),
                       QStringLiteral("Service-level threshold, seconds (answered within it)."));
    cli.addValueOption(QStringLiteral("hours"), QStringLiteral("H"),
                       QStringLiteral("Simulated hours, warm-up included."));
    cli.addValueOption(QStringLiteral("seed"), QStringLiteral("X"), QStringLiteral("Random seed."));
    cli.addValueOption(QStringLiteral("warmup-hours"), QStringLiteral("W"),
                       QStringLiteral("Hours discarded before measuring (default: 5 % of --hours)."));
    cli.addValueOption(QStringLiteral("scenario"), QStringLiteral("FILE"),
                       QStringLiteral("Run a scenario (the live simulator's format, with optional \"virtual_queues\") "
                                      "instead of one queue: figures per queue, no Erlang C. Only --hours, --seed "
                                      "and --json go with it."));
    cli.addFlag(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    if (!cli.parse(arguments))
        return cli.exitCode();

    if (cli.isSet(QStringLiteral("scenario"))) {
        for (const char *option : {"arrival-rate", "aht", "agents", "threshold", "warmup-hours"}) {
            if (cli.isSet(QLatin1String(option))) {
                cli.usageError(QStringLiteral("--%1 cannot be used with --scenario: the scenario file sets the "
                                              "queues, agents and thresholds")
                                   .arg(QLatin1String(option)));
                return cli.exitCode();
            }
        }
        return runVirtualScenario(cli, cli.value(QStringLiteral("scenario")));
    }

    VirtualRunConfig config;
    const auto rate = cli.number(QStringLiteral("arrival-rate"), 0);
    if (!rate)
        return cli.exitCode();
    const auto aht = cli.number(QStringLiteral("aht"), 0, true);
    if (!aht)
        return cli.exitCode();
    const auto agents = cli.integer(QStringLiteral("agents"), 1);
    if (!agents)
        return cli.exitCode();
    const auto threshold = cli.number(QStringLiteral("threshold"), 0);
    if (!threshold)
        return cli.exitCode();
    const auto hours = cli.number(QStringLiteral("hours"), 0, true);
    if (!hours)
        return cli.exitCode();
    const auto seed = cli.unsignedInteger(QStringLiteral("seed"));
    if (!seed)
        return cli.exitCode();
    config.arrivalRatePerSecond = *rate;
    config.ahtSeconds = *aht;
    config.agents = *agents;
    config.thresholdSeconds = *threshold;
    config.hours = *hours;
    config.seed = *seed;
    if (cli.isSet(QStringLiteral("warmup-hours"))) {
        const auto warmup = cli.number(QStringLiteral("warmup-hours"), 0);
        if (!warmup)
            return cli.exitCode();
        config.warmupHours = *warmup;
    }
    if (const std::string problem = config.problem(); !problem.empty()) {
        cli.usageError(QString::fromStdString(problem));
        return cli.exitCode();
    }

    QElapsedTimer clock;
    clock.start();
    const VirtualRunResult r = VirtualRun(config).run();
    const double wallSeconds = double(clock.nsecsElapsed()) / 1e9;
    const Figures measured{r.pWait, r.serviceLevel, r.asaSeconds, r.ahtSeconds, r.abandonRate, r.occupancy};
    const stats::ErlangCResult e = stats::erlangC(*rate, *aht, *agents, *threshold);
    const Figures theory{e.pWait, e.serviceLevel, e.asaSeconds, *aht, 0.0, e.occupancy};

    if (r.refusals > 0)
        std::fprintf(stderr, "switchboard-sim virtual: the routing engine refused %llu of the simulator's "
                             "commands; the figures are suspect\n",
                     static_cast<unsigned long long>(r.refusals));

    if (cli.isSet(QStringLiteral("json"))) {
        QJsonObject json = toJson(measured);
        json.insert(QStringLiteral("interactions"), double(r.answered));
        json.insert(QStringLiteral("offered"), double(r.offered));
        json.insert(QStringLiteral("completed"), double(r.completed));
        json.insert(QStringLiteral("waiting_at_end"), double(r.waitingAtEnd));
        json.insert(QStringLiteral("measured_hours"), r.measuredSeconds / 3600.0);
        json.insert(QStringLiteral("agents"), *agents);
        json.insert(QStringLiteral("threshold"), *threshold);
        json.insert(QStringLiteral("seed"), QString::number(*seed));
        json.insert(QStringLiteral("stable"), e.stable);
        json.insert(QStringLiteral("engine_refusals"), double(r.refusals));
        json.insert(QStringLiteral("wall_seconds"), wallSeconds);
        printJson(json);
        return r.refusals > 0 ? 1 : 0;
    }

    std::printf("Virtual run of the routing engine: %g arrivals/s x AHT %g s = %.4f Erlangs, %d agents, "
                "threshold %g s\n",
                *rate, *aht, e.trafficErlangs, *agents, *threshold);
    std::printf("%g simulated hours (%g measured after warm-up), seed %llu: %llu answered, %llu still "
                "waiting at the end; %.2f s of wall time\n",
                *hours, r.measuredSeconds / 3600.0, static_cast<unsigned long long>(*seed),
                static_cast<unsigned long long>(r.answered), static_cast<unsigned long long>(r.waitingAtEnd),
                wallSeconds);
    if (!e.stable)
        std::printf("UNSTABLE: %d agents <= %.4f Erlangs of traffic; the queue grows without bound and the "
                    "measured figures depend on the run's length.\n",
                    *agents, e.trafficErlangs);
    std::fputs(qPrintable(figuresTable(*threshold, {{QStringLiteral("measured"), measured},
                                                    {QStringLiteral("Erlang C"), theory}})),
               stdout);
    return r.refusals > 0 ? 1 : 0;
}

} // namespace simulator
