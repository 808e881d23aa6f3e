#include "session_backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace session {

Backoff::Backoff(ms minimum, ms maximum)
    : m_min(std::max(minimum, ms(1))), m_max(std::max(maximum, m_min))
{
}

Backoff::ms Backoff::nextDelay()
{
    const int shift = std::min(m_attempt, 30);
    const qint64 ceiling = std::min<qint64>(m_max.count(), qint64(m_min.count()) << shift);
    ++m_attempt;
    const qint64 floor = std::max<qint64>(m_min.count(), ceiling / 2);
    if (floor >= ceiling)
        return ms(ceiling);
    return ms(QRandomGenerator::global()->bounded(floor, ceiling + 1));
}

} // namespace session
