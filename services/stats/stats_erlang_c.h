#pragma once
// Erlang C: the M/M/N queue as a staffing oracle (see shared/reference/metrics.md and
// docs/staffing.md). Pure std, no Qt: used by the simulator's `erlang` command, the stats
// service and the supervisor's staffing view.
//
// Model: Poisson arrivals at `arrivalRatePerSecond`, exponential handle times with mean
// `ahtSeconds`, `agents` identical agents each handling one interaction at a time, an
// infinite queue served first come first served, nobody abandons. Traffic
// A = rate x AHT (Erlangs). The queue is stable only when agents > A; otherwise it grows
// without bound and the result says so (`stable == false`).
//
// Computed through the Erlang B recursion (B_0 = 1, B_k = A B_{k-1} / (k + A B_{k-1}),
// C = N B_N / (N - A (1 - B_N))): every intermediate lies in [0, 1], so there is no
// factorial or power to overflow, whatever N and A are. Cost O(N).

#include <limits>

namespace stats {

struct ErlangCResult {
    double trafficErlangs = 0;   // A = arrival rate x AHT
    // Probability that an arriving interaction waits at all (the Erlang C formula).
    // 1 when unstable.
    double pWait = 0;
    // Fraction answered within the threshold: 1 - pWait e^{-(N-A) t / AHT}. 0 when unstable.
    double serviceLevel = 0;
    // Average speed of answer, seconds: pWait AHT / (N - A). +infinity when unstable.
    double asaSeconds = 0;
    // A / N, capped at 1 (an unstable queue keeps every agent busy). 0 when N == 0.
    double occupancy = 0;
    // agents > A: the queue has a steady state. When false, pWait, serviceLevel and
    // asaSeconds are the limits described above, not steady-state figures.
    bool stable = false;
};

// Throws std::invalid_argument for a negative or non-finite rate, a non-positive or
// non-finite AHT, a negative agent count or a negative or non-finite threshold.
// A zero rate is valid: nobody waits (pWait 0, service level 1, ASA 0), given one agent.
ErlangCResult erlangC(double arrivalRatePerSecond, double ahtSeconds, int agents,
                      double thresholdSeconds);

// Erlang B (blocking probability of an M/M/N/N loss system) for traffic A; the first
// step of Erlang C, exposed for tests and for trunk sizing. Throws std::invalid_argument
// for A < 0 or agents < 0.
double erlangB(double trafficErlangs, int agents);

// The fewest agents whose Erlang C service level within `thresholdSeconds` reaches
// `targetServiceLevel` (0..1). Always more than the traffic A (a stable queue). Returns
// 0 when the rate is 0 (no traffic needs no agent), and -1 when even `maxAgents` do not
// reach the target.
// Throws std::invalid_argument on invalid rate/AHT/threshold or a target outside [0, 1].
// Cost O(result): one pass of the Erlang B recursion.
int agentsNeeded(double arrivalRatePerSecond, double ahtSeconds, double thresholdSeconds,
                 double targetServiceLevel, int maxAgents = 100000);

} // namespace stats
