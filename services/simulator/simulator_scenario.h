#pragma once
// A live simulation scenario (JSON): who calls, how often, how patient they are, and
// how the bot agents behave. Example: resources/scenarios/demo.json.

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

    quint64 seed = 1;
    double durationSeconds = 60;     // arrivals stop after this
    double drainSeconds = 120;       // then at most this long for everything to end
    Bots bots;
    std::vector<Arrivals> queues;
    QStringList chatLines;

    // nullopt with a message naming the faulty field.
    static std::optional<Scenario> fromJson(const QByteArray &json, QString *error);
    static std::optional<Scenario> load(const QString &path, QString *error);
};

} // namespace simulator
