#pragma once
// Exponential backoff with jitter for reconnect attempts: the n-th delay is drawn from
// [d/2, d] where d = min(maximum, minimum * 2^n), so that a fleet of clients that lost
// the same server does not come back in lockstep.

#include <chrono>

namespace session {

class Backoff {
public:
    using ms = std::chrono::milliseconds;
    explicit Backoff(ms minimum = ms(250), ms maximum = ms(30000));

    ms nextDelay();             // advances the attempt counter
    void reset() { m_attempt = 0; }
    int attempt() const { return m_attempt; }
    ms minimum() const { return m_min; }
    ms maximum() const { return m_max; }

private:
    ms m_min;
    ms m_max;
    int m_attempt = 0;
};

} // namespace session
