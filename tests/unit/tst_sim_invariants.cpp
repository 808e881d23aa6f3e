// The live simulator's checks and its scenario files: each invariant fires when it is
// broken and stays quiet when it is not.

#include "simulator_invariants.h"
#include "simulator_scenario.h"

#include <QTest>

using simulator::Invariants;
using simulator::QueueRules;
using simulator::Scenario;

class TestSimInvariants : public QObject {
    Q_OBJECT

private slots:
    void everyInteractionEndingOnceHolds()
    {
        Invariants invariants;
        invariants.enqueued("i-1");
        invariants.enqueued("i-2");
        invariants.ended("i-1", false);
        QVERIFY(!invariants.holds());   // i-2 still open
        QCOMPARE(invariants.unfinished(), 1);
        invariants.ended("i-2", true);
        QVERIFY(invariants.holds());
        QCOMPARE(invariants.summary()["completed"].toInt(), 1);
        QCOMPARE(invariants.summary()["abandoned"].toInt(), 1);
    }

    void endingTwiceIsAViolation()
    {
        Invariants invariants;
        invariants.enqueued("i-1");
        invariants.ended("i-1", false);
        invariants.ended("i-1", true);
        QVERIFY(!invariants.holds());
        QCOMPARE(invariants.summary()["duplicate_endings"].toInt(), 1);
    }

    void endingBeforeTheEnqueueAnswerIsFine()
    {
        Invariants invariants;
        invariants.ended("i-1", false);   // the event beat the RPC's answer
        QVERIFY(!invariants.holds());      // unknown until the answer comes
        invariants.enqueued("i-1");
        QVERIFY(invariants.holds());
        QCOMPARE(invariants.unfinished(), 0);
    }

    void eligibilityFollowsRequirementsAndRelaxations()
    {
        Invariants invariants;
        QueueRules rules;
        rules.required.push_back({"skill-tech", 5});
        rules.relaxations.push_back({60000, "skill-tech", 2});
        invariants.setQueueRules("q", rules);
        invariants.setAgentSkills("strong", {{"skill-tech", 7}});
        invariants.setAgentSkills("weak", {{"skill-tech", 3}});
        invariants.setAgentSkills("none", {});

        QVERIFY(invariants.eligible("strong", "q", 0));
        QVERIFY(!invariants.eligible("weak", "q", 0));
        QVERIFY(!invariants.eligible("weak", "q", 59999));
        QVERIFY(invariants.eligible("weak", "q", 60000));
        QVERIFY(!invariants.eligible("none", "q", 120000));

        invariants.offered("weak", "i-1", "q", 1000);
        QCOMPARE(invariants.summary()["ineligible_offers"].toInt(), 1);
        invariants.offered("weak", "i-2", "q", 59500);   // within the one second of slack
        QCOMPARE(invariants.summary()["ineligible_offers"].toInt(), 1);
    }

    void droppedRequirementNeedsNoSkill()
    {
        Invariants invariants;
        QueueRules rules;
        rules.required.push_back({"skill-german", 4});
        rules.relaxations.push_back({30000, "skill-german", 0});
        invariants.setQueueRules("q", rules);
        QVERIFY(!invariants.eligible("anyone", "q", 29000));
        QVERIFY(invariants.eligible("anyone", "q", 30000));
    }

    void capacityAndVoiceExclusivity()
    {
        Invariants invariants;
        invariants.holding("a", 2, 3, 3);
        QCOMPARE(invariants.summary()["capacity_violations"].toInt(), 0);
        invariants.holding("a", 2, 4, 3);
        QCOMPARE(invariants.summary()["capacity_violations"].toInt(), 1);
        invariants.voiceNotExclusive("a", 1);
        QCOMPARE(invariants.summary()["capacity_violations"].toInt(), 2);
        QCOMPARE(invariants.problems().size(), 2);
    }

    void scenarioParsesTheShippedFiles()
    {
        for (const char *name : {"demo.json", "soak.json"}) {
            QString error;
            const auto scenario =
                Scenario::load(QStringLiteral(SWITCHBOARD_SOURCE_DIR "/services/simulator/scenarios/") + name, &error);
            QVERIFY2(scenario.has_value(), qPrintable(error));
            QVERIFY(scenario->queues.size() == 3);
            QVERIFY(scenario->bots.count > 0);
        }
    }

    void scenarioErrorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{") << "JSON";
        QTest::newRow("no queues") << QByteArray(R"({"queues": []})") << "queues";
        QTest::newRow("unknown channel") << QByteArray(R"({"queues": [{"queue_id": "q", "arrivals_per_minute": {"fax": 1}}]})")
                                         << "fax";
        QTest::newRow("negative rate") << QByteArray(R"({"queues": [{"queue_id": "q", "arrivals_per_minute": {"chat": -1}}]})")
                                       << "rates";
        QTest::newRow("bad delay") << QByteArray(R"({"bots": {"accept_delay_ms": [5, 1]}, "queues": [{"queue_id": "q"}]})")
                                   << "accept_delay_ms";
        QTest::newRow("bad skill") << QByteArray(R"({"bots": {"skills": [{"skill_id": "s", "min": 0}]}, "queues": [{"queue_id": "q"}]})")
                                   << "bots.skills";
        QTest::newRow("zero duration") << QByteArray(R"({"duration_seconds": 0, "queues": [{"queue_id": "q"}]})")
                                       << "duration_seconds";
    }

    void scenarioErrorsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QString error;
        QVERIFY(!Scenario::fromJson(json, &error).has_value());
        QVERIFY2(error.contains(field), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSimInvariants)
#include "tst_sim_invariants.moc"
