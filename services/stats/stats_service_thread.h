#pragma once
// The one thread the stats service lives on (its metrics engine is not thread-safe):
// runtime::ServiceThread (runtime_service_thread.h). Between tasks it wakes at the next
// deadline (coalesced deltas, alert ticks, persistence, day start).

#include "runtime_service_thread.h"
#include "stats_metrics.h"

namespace stats {
using ServiceThread = runtime::ServiceThread;
} // namespace stats
