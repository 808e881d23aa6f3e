#pragma once

#include <QStringList>

namespace simulator {

// `switchboard-sim virtual --arrival-rate PER_S --aht S --agents N --threshold S --hours H
//  --seed X [--warmup-hours W] [--json]`: a VirtualRun, measured figures beside Erlang C;
// `switchboard-sim virtual --scenario FILE [--hours H] [--seed X] [--json]`: a
// VirtualScenarioRun (simulator_virtual_scenario_command.h).
// `arguments` starts with "virtual". Returns the process exit code (2: usage error).
int runVirtualCommand(const QStringList &arguments);

} // namespace simulator
