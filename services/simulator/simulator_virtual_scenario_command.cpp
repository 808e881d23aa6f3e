#include "simulator_virtual_scenario_command.h"

#include "simulator_command_line.h"
#include "simulator_figures.h"
#include "simulator_scenario.h"
#include "simulator_virtual_scenario_run.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

namespace simulator {

namespace {

const char kNoErlangC[] =
    "No Erlang C column: Erlang C models one queue of identical agents and customers who never "
    "abandon; a scenario has skills, several queues and channels per agent, and abandons.";
const char kServiceLevelFormula[] = "answered within T / answered";

QJsonObject toJson(const VirtualScenarioFigures &f)
{
    QJsonObject json = simulator::toJson(Figures{f.pWait, f.serviceLevel, f.asaSeconds, f.ahtSeconds, f.abandonRate,
                                                 f.occupancy});
    if (!f.queueId.empty())
        json.insert(QStringLiteral("queue_id"), QString::fromStdString(f.queueId));
    json.insert(QStringLiteral("threshold"), f.thresholdSeconds >= 0 ? QJsonValue(f.thresholdSeconds)
                                                                     : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("service_level_with_abandons"), jsonNumber(f.serviceLevelWithAbandons));
    json.insert(QStringLiteral("offered"), double(f.offered));
    json.insert(QStringLiteral("answered"), double(f.answered));
    json.insert(QStringLiteral("abandoned"), double(f.abandoned));
    json.insert(QStringLiteral("completed"), double(f.completed));
    json.insert(QStringLiteral("waiting_at_end"), double(f.waitingAtEnd));
    json.insert(QStringLiteral("in_progress_at_end"), double(f.inProgressAtEnd));
    return json;
}

QString row(const QString &name, const VirtualScenarioFigures &f)
{
    const QString threshold = f.thresholdSeconds >= 0 ? QString::number(f.thresholdSeconds) : QStringLiteral("own");
    return QString::asprintf("%-16s %8llu %8llu %9llu %7llu %7.4f %7.4f %7s %7.4f %7.4f %8.1f %8.1f %9.4f\n",
                             qPrintable(name), static_cast<unsigned long long>(f.offered),
                             static_cast<unsigned long long>(f.answered), static_cast<unsigned long long>(f.abandoned),
                             static_cast<unsigned long long>(f.waitingAtEnd), f.abandonRate, f.pWait,
                             qPrintable(threshold), f.serviceLevel, f.serviceLevelWithAbandons, f.asaSeconds,
                             f.ahtSeconds, f.occupancy);
}

} // namespace

int runVirtualScenario(CommandLine &cli, const QString &path)
{
    QString error;
    std::optional<Scenario> scenario = Scenario::load(path, &error);
    if (!scenario) {
        cli.usageError(error);
        return cli.exitCode();
    }
    if (cli.isSet(QStringLiteral("hours"))) {
        const auto hours = cli.number(QStringLiteral("hours"), 0, true);
        if (!hours)
            return cli.exitCode();
        scenario->durationSeconds = *hours * 3600.0;
    }
    if (cli.isSet(QStringLiteral("seed"))) {
        const auto seed = cli.unsignedInteger(QStringLiteral("seed"));
        if (!seed)
            return cli.exitCode();
        scenario->seed = *seed;
    }
    if (const std::string problem = VirtualScenarioRun::problem(*scenario); !problem.empty()) {
        cli.usageError(QStringLiteral("scenario %1: %2").arg(path, QString::fromStdString(problem)));
        return cli.exitCode();
    }

    QElapsedTimer clock;
    clock.start();
    const VirtualScenarioResult r = VirtualScenarioRun(*scenario).run();
    const double wallSeconds = double(clock.nsecsElapsed()) / 1e9;

    if (r.refusals > 0)
        std::fprintf(stderr, "switchboard-sim virtual: the routing engine refused %llu of the simulator's "
                             "commands; the figures are suspect\n",
                     static_cast<unsigned long long>(r.refusals));

    if (cli.isSet(QStringLiteral("json"))) {
        QJsonObject json = toJson(r.center);
        QJsonArray queues;
        for (const VirtualScenarioFigures &f : r.queues)
            queues.append(toJson(f));
        json.insert(QStringLiteral("queues"), queues);
        json.insert(QStringLiteral("scenario"), path);
        json.insert(QStringLiteral("service_level_formula"), QLatin1String(kServiceLevelFormula));
        json.insert(QStringLiteral("erlang_c"), QLatin1String(kNoErlangC));
        json.insert(QStringLiteral("agents"), r.agents);
        json.insert(QStringLiteral("seed"), QString::number(scenario->seed));
        json.insert(QStringLiteral("hours"), r.arrivalSeconds / 3600.0);
        json.insert(QStringLiteral("simulated_hours"), r.simulatedSeconds / 3600.0);
        json.insert(QStringLiteral("drained"), r.drained);
        json.insert(QStringLiteral("breaks"), double(r.breaks));
        json.insert(QStringLiteral("missed_offers"), double(r.missedOffers));
        json.insert(QStringLiteral("engine_refusals"), double(r.refusals));
        json.insert(QStringLiteral("wall_seconds"), wallSeconds);
        printJson(json);
        return r.refusals > 0 ? 1 : 0;
    }

    std::printf("Virtual run of the scenario %s: %zu queues, %d bot agents, seed %llu\n",
                qPrintable(QFileInfo(path).fileName()), r.queues.size(), r.agents,
                static_cast<unsigned long long>(scenario->seed));
    std::printf("%g h of arrivals, then %s after %.0f s of drain; %llu breaks, %llu offers timed out; "
                "%.2f s of wall time\n",
                r.arrivalSeconds / 3600.0, r.drained ? "everything ended" : "STOPPED with interactions left",
                r.simulatedSeconds - r.arrivalSeconds, static_cast<unsigned long long>(r.breaks),
                static_cast<unsigned long long>(r.missedOffers), wallSeconds);
    std::printf("%s\n", kNoErlangC);
    std::printf("SL = %s within the queue's threshold T (Asterisk's SL); SL2 = (answered + abandoned within T) / "
                "(answered + abandoned). P(wait) = answered that no agent was offered on arrival / answered. "
                "ASA includes the bots' accept delay; AHT = accept to wrap-up completed. Occupancy = time holding "
                "accepted interactions / (that + idle time off breaks).\n\n",
                "answered");
    std::printf("%-16s %8s %8s %9s %7s %7s %7s %7s %7s %7s %8s %8s %9s\n", "queue", "offered", "answered",
                "abandoned", "waiting", "aband.", "P(wait)", "T (s)", "SL", "SL2", "ASA (s)", "AHT (s)", "occupancy");
    for (const VirtualScenarioFigures &f : r.queues)
        std::fputs(qPrintable(row(QString::fromStdString(f.queueId), f)), stdout);
    std::fputs(qPrintable(row(QStringLiteral("center"), r.center)), stdout);
    return r.refusals > 0 ? 1 : 0;
}

} // namespace simulator
