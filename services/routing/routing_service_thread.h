#pragma once
// The one thread the routing engine lives on: runtime::ServiceThread (runtime_service_thread.h).

#include "routing_engine.h"
#include "runtime_service_thread.h"

namespace routing {
using ServiceThread = runtime::ServiceThread;
} // namespace routing
