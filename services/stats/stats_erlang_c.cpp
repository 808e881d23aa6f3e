#include "stats_erlang_c.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace stats {

namespace {

void checkInputs(double rate, double aht, double threshold)
{
    if (!std::isfinite(rate) || rate < 0)
        throw std::invalid_argument("arrival rate must be a finite number >= 0, got "
                                    + std::to_string(rate));
    if (!std::isfinite(aht) || aht <= 0)
        throw std::invalid_argument("AHT must be a finite number > 0 seconds, got "
                                    + std::to_string(aht));
    if (!std::isfinite(threshold) || threshold < 0)
        throw std::invalid_argument("threshold must be a finite number >= 0 seconds, got "
                                    + std::to_string(threshold));
}

// One step of the Erlang B recursion: B_k from B_{k-1}.
double nextErlangB(double a, double previous, int k)
{
    const double x = a * previous;
    return x / (k + x);
}

// Erlang C from Erlang B B_N, for N > A.
double erlangCFromB(double a, int n, double b)
{
    return n * b / (n - a * (1 - b));
}

ErlangCResult resultFor(double a, double aht, int n, double threshold, double b)
{
    ErlangCResult r;
    r.trafficErlangs = a;
    r.occupancy = n > 0 ? std::min(1.0, a / n) : 0.0;
    r.stable = n > a;
    if (!r.stable) {
        r.pWait = 1;
        r.serviceLevel = 0;
        r.asaSeconds = std::numeric_limits<double>::infinity();
        return r;
    }
    r.pWait = erlangCFromB(a, n, b);
    r.serviceLevel = 1 - r.pWait * std::exp(-(n - a) * threshold / aht);
    r.asaSeconds = r.pWait * aht / (n - a);
    return r;
}

} // namespace

double erlangB(double trafficErlangs, int agents)
{
    if (!std::isfinite(trafficErlangs) || trafficErlangs < 0)
        throw std::invalid_argument("traffic must be a finite number >= 0 Erlangs");
    if (agents < 0)
        throw std::invalid_argument("agents must be >= 0");
    double b = 1;
    for (int k = 1; k <= agents; ++k)
        b = nextErlangB(trafficErlangs, b, k);
    return b;
}

ErlangCResult erlangC(double arrivalRatePerSecond, double ahtSeconds, int agents,
                      double thresholdSeconds)
{
    checkInputs(arrivalRatePerSecond, ahtSeconds, thresholdSeconds);
    if (agents < 0)
        throw std::invalid_argument("agents must be >= 0, got " + std::to_string(agents));
    const double a = arrivalRatePerSecond * ahtSeconds;
    return resultFor(a, ahtSeconds, agents, thresholdSeconds, erlangB(a, agents));
}

int agentsNeeded(double arrivalRatePerSecond, double ahtSeconds, double thresholdSeconds,
                 double targetServiceLevel, int maxAgents)
{
    checkInputs(arrivalRatePerSecond, ahtSeconds, thresholdSeconds);
    if (!(targetServiceLevel >= 0 && targetServiceLevel <= 1))
        throw std::invalid_argument("target service level must be within [0, 1]");
    if (arrivalRatePerSecond == 0)
        return 0;
    const double a = arrivalRatePerSecond * ahtSeconds;
    double b = 1;
    for (int n = 1; n <= maxAgents; ++n) {
        b = nextErlangB(a, b, n);
        if (n <= a)
            continue;
        if (resultFor(a, ahtSeconds, n, thresholdSeconds, b).serviceLevel >= targetServiceLevel)
            return n;
    }
    return -1;
}

} // namespace stats
