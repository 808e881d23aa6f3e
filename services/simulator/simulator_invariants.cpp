#include "simulator_invariants.h"

#include <QJsonArray>

namespace simulator {

namespace {
// The first problems are kept word for word; past that, only counted.
constexpr int kProblemsKept = 20;
}

void Invariants::enqueued(const QString &interactionId)
{
    ++m_enqueued;
    if (!m_endedBeforeEnqueueAnswer.remove(interactionId))
        m_open.insert(interactionId);
}

void Invariants::ended(const QString &interactionId, bool abandoned)
{
    if (m_ended.contains(interactionId)) {
        ++m_duplicateEndings;
        note("interaction " + interactionId + " ended twice");
        return;
    }
    m_ended.insert(interactionId);
    if (!m_open.remove(interactionId))
        m_endedBeforeEnqueueAnswer.insert(interactionId);
    ++(abandoned ? m_abandoned : m_completed);
}

bool Invariants::eligible(const QString &agentId, const QString &queueId, qint64 waitedMs) const
{
    const auto queue = m_queues.find(queueId);
    if (queue == m_queues.end())
        return true;   // a queue this run does not know: nothing to check against
    const QHash<QString, int> skills = m_skills.value(agentId);
    for (const QueueRules::Requirement &requirement : queue->second.required) {
        int minimum = requirement.minProficiency;
        for (const QueueRules::Relaxation &relaxation : queue->second.relaxations)
            if (relaxation.skillId == requirement.skillId && waitedMs >= relaxation.afterMs)
                minimum = qMin(minimum, relaxation.minProficiency);
        if (minimum > 0 && skills.value(requirement.skillId, 0) < minimum)
            return false;
    }
    return true;
}

void Invariants::offered(const QString &agentId, const QString &interactionId, const QString &queueId,
                         qint64 waitedMs)
{
    ++m_offers;
    // One second of slack: the server's clock and the offer's timestamps are in ms, but
    // relaxation steps fire on the server's timer.
    if (!eligible(agentId, queueId, waitedMs + 1000)) {
        ++m_ineligibleOffers;
        note(QString("interaction %1 of %2 offered to %3, who lacks the skills (waited %4 ms)")
                 .arg(interactionId, queueId, agentId)
                 .arg(waitedMs));
    }
}

void Invariants::holding(const QString &agentId, int channel, int count, int capacity)
{
    if (count > capacity) {
        ++m_capacityViolations;
        note(QString("%1 holds %2 interactions on channel %3, capacity %4").arg(agentId).arg(count).arg(channel).arg(capacity));
    }
}

void Invariants::voiceNotExclusive(const QString &agentId, int others)
{
    ++m_capacityViolations;
    note(QString("%1 holds a voice call and %2 other interactions").arg(agentId).arg(others));
}

void Invariants::note(const QString &problem)
{
    if (m_problems.size() < kProblemsKept)
        m_problems << problem;
}

bool Invariants::holds() const
{
    return m_open.isEmpty() && m_duplicateEndings == 0 && m_endedBeforeEnqueueAnswer.isEmpty() && m_capacityViolations == 0
        && m_ineligibleOffers == 0 && m_completed + m_abandoned == m_enqueued;
}

QJsonObject Invariants::summary() const
{
    QJsonObject out;
    out["enqueued"] = m_enqueued;
    out["completed"] = m_completed;
    out["abandoned"] = m_abandoned;
    out["unfinished"] = int(m_open.size());
    out["offers"] = m_offers;
    out["accepted"] = m_accepted;
    out["duplicate_endings"] = m_duplicateEndings;
    // Endings of interactions this run never saw enqueued (or whose Enqueue never answered).
    out["unknown_endings"] = int(m_endedBeforeEnqueueAnswer.size());
    out["capacity_violations"] = m_capacityViolations;
    out["ineligible_offers"] = m_ineligibleOffers;
    out["invariants_hold"] = holds();
    out["problems"] = QJsonArray::fromStringList(m_problems);
    return out;
}

} // namespace simulator
