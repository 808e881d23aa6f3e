#pragma once
// What a live simulation checks about the real server while it runs: every enqueued
// interaction ends exactly once (completed or abandoned), no agent ever holds more
// than its capacity on a channel, and no interaction is offered to an agent who does
// not meet its queue's skill requirements (relaxed as long as it had waited).
// Pure logic: fed by the bots and the customers, read by the summary.

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace simulator {

struct QueueRules {
    struct Requirement {
        QString skillId;
        int minProficiency = 1;
    };
    struct Relaxation {
        qint64 afterMs = 0;
        QString skillId;
        int minProficiency = 0;   // 0 drops the requirement
    };
    std::vector<Requirement> required;
    std::vector<Relaxation> relaxations;
};

class Invariants {
public:
    void setQueueRules(const QString &queueId, QueueRules rules) { m_queues[queueId] = std::move(rules); }
    void setAgentSkills(const QString &agentId, QHash<QString, int> skills) { m_skills[agentId] = std::move(skills); }

    // Called when Enqueue answers. The ending's event may arrive first: that is fine.
    void enqueued(const QString &interactionId);
    // Completed or abandoned, as reported by the server; a second ending is a violation.
    void ended(const QString &interactionId, bool abandoned);
    // waitedMs: how long it had waited in its queue when offered.
    void offered(const QString &agentId, const QString &interactionId, const QString &queueId, qint64 waitedMs);
    void accepted() { ++m_accepted; }
    // What the agent holds on one channel (offered + active + wrap-up) and may hold.
    void holding(const QString &agentId, int channel, int count, int capacity);
    // A voice call blocks other channels, yet the agent holds `others` more.
    void voiceNotExclusive(const QString &agentId, int others);
    void note(const QString &problem);

    // Would agentId qualify for queueId after waiting waitedMs?
    bool eligible(const QString &agentId, const QString &queueId, qint64 waitedMs) const;

    int unfinished() const { return int(m_open.size()); }
    bool holds() const;
    QJsonObject summary() const;
    QStringList problems() const { return m_problems; }

private:
    std::map<QString, QueueRules> m_queues;
    QHash<QString, QHash<QString, int>> m_skills;
    QSet<QString> m_open;
    QSet<QString> m_ended;
    QSet<QString> m_endedBeforeEnqueueAnswer;   // the event can beat the RPC's answer
    int m_enqueued = 0, m_completed = 0, m_abandoned = 0, m_offers = 0, m_accepted = 0;
    int m_duplicateEndings = 0, m_capacityViolations = 0, m_ineligibleOffers = 0;
    QStringList m_problems;
};

} // namespace simulator
