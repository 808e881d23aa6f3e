#pragma once
#include <QStringList>

namespace simulator {
// switchboard-sim live --server HOST:PORT (--ca FILE | --insecure) --scenario FILE
//                      --users-file FILE [--json]
int runLiveCommand(const QStringList &arguments);
}
