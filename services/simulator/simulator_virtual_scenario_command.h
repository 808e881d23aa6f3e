#pragma once

#include <QString>

namespace simulator {

class CommandLine;

// `switchboard-sim virtual --scenario FILE [--hours H] [--seed X] [--json]`: a
// VirtualScenarioRun of the scenario, figures per queue and for the whole center. `cli`
// has parsed the `virtual` command line; --hours and --seed, when set, override the
// scenario's duration_seconds and seed. Returns the process exit code (2: usage error,
// 1: the engine refused the simulator's commands).
int runVirtualScenario(CommandLine &cli, const QString &path);

} // namespace simulator
