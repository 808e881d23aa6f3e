#pragma once

#include <QStringList>

namespace simulator {

// `switchboard-sim erlang --arrival-rate PER_S --aht S --agents N --threshold S
//  [--target-service-level P] [--json]`: the Erlang C figures of stats::erlangC.
// `arguments` starts with "erlang". Returns the process exit code (2: usage error).
int runErlangCommand(const QStringList &arguments);

} // namespace simulator
