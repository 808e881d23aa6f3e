#pragma once
// A simulation scenario (JSON): who calls, how often, how patient they are, and how the
// bot agents behave. Examples: services/simulator/scenarios/demo.json, soak.json.
// `live` runs it through a real server (queues configured by the directory); `virtual
// --scenario` runs it on the routing engine alone, with the queues' configuration from
// the optional "virtual_queues" section (docs/staffing.md).

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace simulator {

struct Scenario {
    struct SkillGrant {
        QString skillId;
        int minProficiency = 1;
        int maxProficiency = 10;
        double probability = 1.0;   // share of bots that get the skill
    };
    struct Bots {
        int count = 10;
        QString prefix = QStringLiteral("bot");
        int acceptDelayMinMs = 300, acceptDelayMaxMs = 1500;
        double handleSecondsMean = 20;
        int wrapUpMinMs = 500, wrapUpMaxMs = 2000;
        double breakProbability = 0.05;   // after each interaction
        double breakSeconds = 10;
        std::vector<SkillGrant> skills;
    };
    struct Arrivals {
        QString queueId;
        double perMinute[5] = {0, 0, 0, 0, 0};   // by switchboard.v1.Channel value
        double patienceSecondsMean = 120;        // 0: never abandons
    };

    // A queue's routing configuration for `virtual --scenario` (the live system takes it
    // from the directory). Channels are switchboard.v1.Channel values (1 voice .. 4 sms).
    struct VirtualQueue {
        struct Requirement {
            QString skillId;
            int minProficiency = 1;   // 1..10
        };
        struct Relaxation {
            double afterSeconds = 0;
            QString skillId;
            int minProficiency = 0;   // 0 drops the requirement
        };
        QString queueId;
        std::vector<int> channels = {1, 2, 3, 4};
        std::vector<Requirement> required;
        std::vector<Relaxation> relaxations;
        int priority = 0;             // higher first
        double wrapUpSeconds = 0;
        double offerTimeoutSeconds = 20;
        QString strategy = QStringLiteral("longest_idle");   // most_skilled, round_robin, fewest_active
        double thresholdSeconds = 20; // service level: answered within this
    };

    quint64 seed = 1;
    double durationSeconds = 60;     // arrivals stop after this
    double drainSeconds = 120;       // then at most this long for everything to end
    Bots bots;
    std::vector<Arrivals> queues;
    QStringList chatLines;
    std::vector<VirtualQueue> virtualQueues;   // "virtual_queues"; may be empty

    // The configuration of the demo center's queues (the directory's seedDemo): used by
    // `virtual --scenario` for a queue that "virtual_queues" does not describe.
    static std::optional<VirtualQueue> demoQueue(const QString &queueId);

    // nullopt with a message naming the faulty field.
    static std::optional<Scenario> fromJson(const QByteArray &json, QString *error);
    static std::optional<Scenario> load(const QString &path, QString *error);
};

} // namespace simulator
