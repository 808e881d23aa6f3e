// stats::MetricsEngine and stats::Coalescer against hand-computed event sequences (the
// definitions of shared/reference/metrics.md and the choices of docs/stats.md). Every
// expected number is written out with its arithmetic; times are explicit (no clock).
#include <QtTest>

#include "stats_metrics.h"

#include <cmath>

using namespace stats;

namespace {

constexpr Millis kDay = 1704067200000LL;   // 2024-01-01T00:00:00Z

// hh:mm:ss(.fff) of that day, UTC.
Millis at(int h, int m, double s)
{
    return kDay + (Millis(h) * 3600 + Millis(m) * 60) * 1000 + std::llround(s * 1000);
}

QueueConfig config(ServiceLevelVariant variant, int threshold = 20, int shortAbandon = 5)
{
    QueueConfig c;
    c.variant = variant;
    c.thresholdSeconds = threshold;
    c.shortAbandonSeconds = shortAbandon;
    return c;
}

// The same sequence in queue q (T = 20 s, short abandon 5 s), all in 10:00-10:15:
//   a1 enters 10:00:00, answered 10:00:10  wait 10  answered within T
//   a2 enters 10:00:00, answered 10:00:15  wait 15  answered within T
//   a3 enters 10:00:00, answered 10:00:30  wait 30  answered beyond T
//   b1 enters 10:01:00, abandons 10:01:03  wait  3  abandoned within T, SHORT
//   b2 enters 10:01:00, abandons 10:01:12  wait 12  abandoned within T
//   b3 enters 10:01:00, abandons 10:01:40  wait 40  abandoned beyond T
//   b4 enters 10:01:00, abandons 10:02:00  wait 60  abandoned beyond T
//   w1 enters 10:02:00, still waiting
// offered 8; answered 3 (2 within T); abandoned 4 (2 within T, 1 short);
// left the queue within T: a1 a2 b1 b2 = 4.
void feedVariantSequence(MetricsEngine &e, const std::string &q)
{
    const auto id = [&](const char *name) { return q + "/" + name; };
    for (const char *n : {"a1", "a2", "a3"})
        QVERIFY(e.enqueued(id(n), q, at(10, 0, 0)));
    for (const char *n : {"b1", "b2", "b3", "b4"})
        QVERIFY(e.enqueued(id(n), q, at(10, 1, 0)));
    QVERIFY(e.accepted(id("a1"), "ag1", at(10, 0, 10)));
    QVERIFY(e.accepted(id("a2"), "ag2", at(10, 0, 15)));
    QVERIFY(e.accepted(id("a3"), "ag3", at(10, 0, 30)));
    QVERIFY(e.abandoned(id("b1"), at(10, 1, 3)));
    QVERIFY(e.abandoned(id("b2"), at(10, 1, 12)));
    QVERIFY(e.abandoned(id("b3"), at(10, 1, 40)));
    QVERIFY(e.enqueued(id("w1"), q, at(10, 2, 0)));
    QVERIFY(e.abandoned(id("b4"), at(10, 2, 0)));
}

} // namespace

class TestStatsMetrics : public QObject {
    Q_OBJECT

private slots:
    void intervalAlignment()
    {
        QCOMPARE(intervalStartOf(at(10, 14, 59.999)), at(10, 0, 0));
        QCOMPARE(intervalStartOf(at(10, 15, 0)), at(10, 15, 0));
        QCOMPARE(intervalStartOf(at(10, 44, 1)), at(10, 30, 0));
        QCOMPARE(intervalStartOf(at(23, 59, 59)), at(23, 45, 0));
        QCOMPARE(intervalStartOf(-1), -kIntervalMillis);   // floor, not truncation
        QCOMPARE(serviceLevelVariantFromInt(0), ServiceLevelVariant::ExcludingShortAbandons);
        QCOMPARE(serviceLevelVariantFromInt(3), ServiceLevelVariant::RemovedWithin);
    }

    // The four service-level variants on the same sequence give four different results.
    void serviceLevelVariants()
    {
        MetricsEngine e(kDay);
        e.setQueueConfig("sl1", config(ServiceLevelVariant::AnsweredOfAnswered));
        e.setQueueConfig("sl2", config(ServiceLevelVariant::WithAbandons));
        e.setQueueConfig("sl3", config(ServiceLevelVariant::RemovedWithin));
        e.setQueueConfig("sl4", config(ServiceLevelVariant::ExcludingShortAbandons));
        for (const char *q : {"sl1", "sl2", "sl3", "sl4"}) {
            feedVariantSequence(e, q);
            if (QTest::currentTestFailed())
                return;
        }
        const Millis now = at(10, 2, 30);
        // answered within T / answered = 2 / 3
        QCOMPARE(e.queue("sl1", now).serviceLevel, 2.0 / 3.0);
        // (answered within T + abandoned within T) / (answered + abandoned) = (2 + 2) / (3 + 4) = 4/7
        QCOMPARE(e.queue("sl2", now).serviceLevel, 4.0 / 7.0);
        // left within T / queued (offered) = 4 / 8 (w1 is queued and has not left)
        QCOMPARE(e.queue("sl3", now).serviceLevel, 0.5);
        // answered within T / (answered + abandoned - short) = 2 / (3 + 4 - 1) = 1/3
        QCOMPARE(e.queue("sl4", now).serviceLevel, 1.0 / 3.0);

        const QueueMetrics m = e.queue("sl4", now);
        QCOMPARE(m.serviceLevelVariant, ServiceLevelVariant::ExcludingShortAbandons);
        QCOMPARE(m.serviceLevelThresholdSeconds, 20);
        QCOMPARE(m.offered, 8);
        QCOMPARE(m.answered, 3);
        QCOMPARE(m.abandoned, 4);
        QCOMPARE(m.shortAbandoned, 1);
        QCOMPARE(m.abandonRate, 0.5);             // 4 abandoned / 8 offered
        QCOMPARE(m.asaSeconds, 55.0 / 3.0);       // (10 + 15 + 30) / 3 answered = 18.333
        QCOMPARE(m.waiting, 1);                   // w1
        QCOMPARE(m.longestWaitSeconds, 30.0);     // 10:02:30 - 10:02:00
        QVERIFY(m.oldestEnqueuedAt.has_value());
        QCOMPARE(*m.oldestEnqueuedAt, at(10, 2, 0));
        QCOMPARE(m.intervalStart, kDay);
        QCOMPARE(m.counters.removedWithin, 4);

        // The same figures in the 10:00 interval (everything happened in it).
        const auto iv = e.intervals("sl2");
        QCOMPARE(int(iv.size()), 1);
        QCOMPARE(iv[0].start, at(10, 0, 0));
        QCOMPARE(iv[0].offered, 8);
        QCOMPARE(iv[0].answered, 3);
        QCOMPARE(iv[0].abandoned, 4);
        QCOMPARE(iv[0].serviceLevel, 4.0 / 7.0);
        QCOMPARE(iv[0].asaSeconds, 55.0 / 3.0);

        // The free function agrees with the per-queue configuration.
        QCOMPARE(serviceLevel(m.counters, ServiceLevelVariant::AnsweredOfAnswered), 2.0 / 3.0);
        QCOMPARE(serviceLevel(Counters{}, ServiceLevelVariant::WithAbandons), 0.0);   // no data -> 0
    }

    // Boundaries: within T is wait <= T; short abandon is wait <= the limit.
    void shortAbandonAndThresholdBoundaries()
    {
        MetricsEngine e(kDay);
        e.setQueueConfig("q", config(ServiceLevelVariant::AnsweredOfAnswered, 20, 5));
        for (const char *id : {"s1", "s2", "s3", "x1", "x2"})
            QVERIFY(e.enqueued(id, "q", at(10, 0, 0)));
        QVERIFY(e.abandoned("s1", at(10, 0, 4.999)));    // short
        QVERIFY(e.abandoned("s2", at(10, 0, 5)));        // short (exactly the limit)
        QVERIFY(e.abandoned("s3", at(10, 0, 5.001)));    // not short
        QVERIFY(e.accepted("x1", "ag", at(10, 0, 20)));        // within T (exactly T)
        QVERIFY(e.accepted("x2", "ag", at(10, 0, 20.001)));    // beyond T
        QVERIFY(!e.abandoned("x1", at(10, 0, 21)));            // an answered one cannot abandon
        QVERIFY(!e.abandoned("nope", at(10, 0, 21)));
        const QueueMetrics m = e.queue("q", at(10, 1, 0));
        QCOMPARE(m.abandoned, 3);
        QCOMPARE(m.shortAbandoned, 2);
        QCOMPARE(m.counters.abandonedWithin, 3);
        QCOMPARE(m.counters.answeredWithin, 1);
        QCOMPARE(m.serviceLevel, 0.5);            // 1 within / 2 answered
        QCOMPARE(m.abandonRate, 0.6);             // 3 / 5
        QCOMPARE(m.asaSeconds, 20.0005);          // (20 + 20.001) / 2
    }

    // AHT = (accepted -> ended) + (ended -> wrap-up completed), over handled; an agent's
    // occupancy, available and not-ready seconds.
    void ahtWithWrapUpAndAgentOccupancy()
    {
        MetricsEngine e(kDay);
        e.setQueueConfig("q", config(ServiceLevelVariant::AnsweredOfAnswered));
        e.setAgentQueues("alice", {"q"});
        e.agentState("alice", Presence::Available, "", at(10, 0, 0));

        QVERIFY(e.enqueued("x1", "q", at(10, 0, 0)));
        QVERIFY(e.offered("x1", "alice", at(10, 0, 0)));
        QCOMPARE(e.agentsByState("q").busy, 1);            // an offer makes her busy
        QVERIFY(e.accepted("x1", "alice", at(10, 0, 5)));  // wait 5
        QVERIFY(e.ended("x1", at(10, 2, 5)));              // active 120 s
        QCOMPARE(e.agentsByState("q").wrapUp, 1);
        QCOMPARE(e.agentsByState("q").busy, 0);
        QVERIFY(e.wrapUpCompleted("x1", at(10, 2, 35)));   // ACW 30 s -> handle 150 s
        QCOMPARE(e.agentsByState("q").available, 1);

        QVERIFY(e.enqueued("x2", "q", at(10, 3, 0)));
        QVERIFY(e.accepted("x2", "alice", at(10, 3, 0)));  // wait 0
        QVERIFY(e.ended("x2", at(10, 4, 0)));              // active 60 s
        QVERIFY(e.wrapUpCompleted("x2", at(10, 4, 10)));   // ACW 10 s -> handle 70 s
        QVERIFY(!e.ended("x2", at(10, 4, 11)));            // gone

        e.agentState("alice", Presence::NotReady, "lunch", at(10, 5, 0));
        const Millis now = at(10, 10, 0);

        const QueueMetrics m = e.queue("q", now);
        QCOMPARE(m.answered, 2);
        QCOMPARE(m.counters.handled, 2);
        QCOMPARE(m.ahtSeconds, 110.0);     // (150 + 70) / 2
        QCOMPARE(m.asaSeconds, 2.5);       // (5 + 0) / 2
        // handle 10:00:05-10:02:35 (150) + 10:03:00-10:04:10 (70) = 220 s;
        // available 10:00:00-10:05:00 = 300 s, idle = 300 - 220 = 80 s (the 5 s ringing
        // counts as idle); occupancy = 220 / (220 + 80)
        QCOMPARE(m.occupancy, 220.0 / 300.0);
        QCOMPARE(m.agents.notReady, 1);
        QCOMPARE(m.agents.notReadyByReason.at("lunch"), 1);

        const AgentMetrics a = e.agent("alice", now);
        QCOMPARE(a.handled, 2);
        QCOMPARE(a.ahtSeconds, 110.0);
        QCOMPARE(a.handleSeconds, 220.0);
        QCOMPARE(a.idleSeconds, 80.0);
        QCOMPARE(a.occupancy, 220.0 / 300.0);
        QCOMPARE(a.availableSeconds, 300.0);
        QCOMPARE(a.notReadySeconds, 300.0);   // 10:05 - 10:10, ticking with now
        QCOMPARE(e.agent("alice", at(10, 11, 0)).notReadySeconds, 360.0);
        QCOMPARE(e.agent("nobody", now).handled, 0);

        // A new day: today's agent times and handled restart from the day start.
        e.startDay(at(10, 6, 0));
        const AgentMetrics b = e.agent("alice", at(10, 10, 0));
        QCOMPARE(b.handled, 0);
        QCOMPARE(b.notReadySeconds, 240.0);   // 10:06 - 10:10
        QCOMPARE(b.availableSeconds, 0.0);
        QCOMPARE(e.queue("q", now).answered, 0);
        QCOMPARE(int(e.intervals("q").size()), 1);   // intervals are kept
    }

    void agentsByState()
    {
        MetricsEngine e(kDay);
        const Millis t = at(9, 0, 0);
        for (const char *a : {"a", "b", "c", "d", "e", "f", "g", "h"})
            e.setAgentQueues(a, {"q"});
        e.setAgentQueues("other", {"q2"});
        e.agentState("a", Presence::Available, "", t);
        e.agentState("b", Presence::Available, "", t);
        e.agentState("c", Presence::Available, "", t);
        e.agentState("d", Presence::NotReady, "break", t);
        e.agentState("e", Presence::NotReady, "lunch", t);
        e.agentState("f", Presence::NotReady, "lunch", t);
        e.agentState("g", Presence::Offline, "", t);
        e.agentState("h", Presence::Available, "", t);
        e.agentState("other", Presence::Available, "", t);
        // b: active; c: in wrap-up; h: holds an offer.
        QVERIFY(e.enqueued("i1", "q", t));
        QVERIFY(e.accepted("i1", "b", t));
        QVERIFY(e.enqueued("i2", "q", t));
        QVERIFY(e.accepted("i2", "c", t));
        QVERIFY(e.ended("i2", at(9, 1, 0)));
        QVERIFY(e.enqueued("i3", "q", t));
        QVERIFY(e.offered("i3", "h", t));
        // b goes Not Ready while holding its interaction: still busy (holding wins).
        e.agentState("b", Presence::NotReady, "meeting", at(9, 2, 0));

        AgentStateCounts c = e.agentsByState("q");
        QCOMPARE(c.available, 1);   // a
        QCOMPARE(c.busy, 2);        // b (active), h (offered)
        QCOMPARE(c.wrapUp, 1);      // c
        QCOMPARE(c.notReady, 3);    // d, e, f
        QCOMPARE(c.offline, 1);     // g
        QCOMPARE(int(c.notReadyByReason.size()), 2);
        QCOMPARE(c.notReadyByReason.at("break"), 1);
        QCOMPARE(c.notReadyByReason.at("lunch"), 2);
        QCOMPARE(e.queue("q", at(9, 3, 0)).agents.busy, 2);
        QCOMPARE(e.queue("q", at(9, 3, 0)).waiting, 1);   // i3, offered, not accepted
        QCOMPARE(e.agentsByState("").available, 2);       // a and "other"

        // The offer times out: h is available again; b completes: Not Ready "meeting".
        QVERIFY(e.offerWithdrawn("i3", at(9, 3, 0)));
        QVERIFY(e.wrapUpCompleted("i1", at(9, 4, 0)));    // no wrap-up
        c = e.agentsByState("q");
        QCOMPARE(c.available, 2);   // a, h
        QCOMPARE(c.busy, 0);
        QCOMPARE(c.notReady, 4);
        QCOMPARE(c.notReadyByReason.at("meeting"), 1);
        // An offered interaction that abandons frees the agent too.
        QVERIFY(e.offered("i3", "a", at(9, 5, 0)));
        QCOMPARE(e.agentsByState("q").busy, 1);
        QVERIFY(e.abandoned("i3", at(9, 5, 1)));
        QCOMPARE(e.agentsByState("q").busy, 0);
        QCOMPARE(e.agentsByState("q").available, 2);
    }

    void longestWaitTicks()
    {
        MetricsEngine e(kDay);
        QVERIFY(e.enqueued("i1", "q", at(10, 0, 0)));
        QVERIFY(e.enqueued("i2", "q", at(10, 0, 30)));
        QCOMPARE(e.queue("q", at(10, 0, 45)).longestWaitSeconds, 45.0);
        QCOMPARE(e.queue("q", at(10, 1, 0)).longestWaitSeconds, 60.0);
        QCOMPARE(e.queue("q", at(10, 1, 0)).waiting, 2);
        QVERIFY(e.accepted("i1", "ag", at(10, 1, 0)));
        // i2 is now the oldest: 10:01:10.5 - 10:00:30 = 40.5 s
        QueueMetrics m = e.queue("q", at(10, 1, 10.5));
        QCOMPARE(m.longestWaitSeconds, 40.5);
        QCOMPARE(*m.oldestEnqueuedAt, at(10, 0, 30));
        QCOMPARE(m.waiting, 1);
        QVERIFY(e.abandoned("i2", at(10, 2, 0)));
        m = e.queue("q", at(10, 3, 0));
        QCOMPARE(m.waiting, 0);
        QCOMPARE(m.longestWaitSeconds, 0.0);
        QVERIFY(!m.oldestEnqueuedAt.has_value());
    }

    // Offered counts in the interval it entered; answered / abandoned in the interval of
    // the answer / abandon; removed-within in the interval it entered.
    void intervalBoundaries()
    {
        MetricsEngine e(kDay);
        e.setQueueConfig("q", config(ServiceLevelVariant::ExcludingShortAbandons, 20, 5));
        QVERIFY(e.enqueued("x", "q", at(10, 14, 50)));
        QVERIFY(e.accepted("x", "ag", at(10, 15, 10)));   // wait 20 = T: within
        QVERIFY(e.enqueued("y", "q", at(10, 29, 55)));
        QVERIFY(e.abandoned("y", at(10, 30, 2)));          // wait 7: not short, within T

        const auto iv = e.intervals("q");
        QCOMPARE(int(iv.size()), 3);
        QCOMPARE(iv[0].start, at(10, 0, 0));
        QCOMPARE(iv[0].offered, 1);       // x entered at 10:14:50
        QCOMPARE(iv[0].answered, 0);
        QCOMPARE(iv[0].serviceLevel, 0.0);   // nothing answered or abandoned: no data -> 0
        QCOMPARE(iv[0].counters.removedWithin, 1);   // x left within T, credited to entry
        QCOMPARE(iv[1].start, at(10, 15, 0));
        QCOMPARE(iv[1].offered, 1);       // y entered at 10:29:55
        QCOMPARE(iv[1].answered, 1);      // x answered at 10:15:10
        QCOMPARE(iv[1].asaSeconds, 20.0);
        QCOMPARE(iv[1].serviceLevel, 1.0);   // 1 within / (1 + 0 - 0)
        QCOMPARE(iv[1].counters.removedWithin, 1);   // y, entered 10:29:55, left within T
        QCOMPARE(iv[2].start, at(10, 30, 0));
        QCOMPARE(iv[2].offered, 0);
        QCOMPARE(iv[2].abandoned, 1);     // y abandoned at 10:30:02
        QCOMPARE(iv[2].serviceLevel, 0.0);   // 0 within / (0 + 1 - 0)

        const QueueMetrics today = e.queue("q", at(10, 31, 0));
        QCOMPARE(today.offered, 2);
        QCOMPARE(today.answered, 1);
        QCOMPARE(today.abandoned, 1);
        QCOMPARE(today.serviceLevel, 0.5);   // 1 / (1 + 1 - 0)

        e.dropIntervalsBefore(at(10, 15, 0));
        QCOMPARE(int(e.intervals("q").size()), 2);
        QCOMPARE(e.intervals("q")[0].start, at(10, 15, 0));
    }

    // A transfer from an agent in A to queue B: A counts the answer and a handled segment
    // (accepted -> transfer); B counts a new offer whose wait starts at the transfer.
    void transferBetweenQueues()
    {
        MetricsEngine e(kDay);
        e.setQueueConfig("A", config(ServiceLevelVariant::RemovedWithin));
        e.setQueueConfig("B", config(ServiceLevelVariant::AnsweredOfAnswered));
        e.setAgentQueues("bob", {"A"});
        e.setAgentQueues("carol", {"B"});
        e.agentState("bob", Presence::Available, "", at(10, 0, 0));
        e.agentState("carol", Presence::Available, "", at(10, 0, 0));

        QVERIFY(e.enqueued("t1", "A", at(10, 0, 0)));
        QVERIFY(e.accepted("t1", "bob", at(10, 0, 8)));       // wait in A 8
        QVERIFY(e.transferred("t1", "B", at(10, 1, 8)));      // bob's segment 60 s
        QueueMetrics b = e.queue("B", at(10, 1, 20));
        QCOMPARE(b.waiting, 1);
        QCOMPARE(b.longestWaitSeconds, 12.0);                 // since the transfer, 10:01:08
        QCOMPARE(*b.oldestEnqueuedAt, at(10, 1, 8));
        QCOMPARE(e.agentsByState("A").available, 1);          // bob is free again
        QVERIFY(e.accepted("t1", "carol", at(10, 1, 38)));    // wait in B 30 > T
        QVERIFY(e.ended("t1", at(10, 2, 38)));                // 60 s
        QVERIFY(e.wrapUpCompleted("t1", at(10, 2, 48)));      // + 10 s ACW = 70 s

        // A waiting interaction moved to B (flows out of A without an outcome).
        QVERIFY(e.enqueued("t2", "A", at(10, 5, 0)));
        QVERIFY(e.transferred("t2", "B", at(10, 5, 10)));

        const Millis now = at(10, 6, 0);
        const QueueMetrics a = e.queue("A", now);
        QCOMPARE(a.offered, 2);
        QCOMPARE(a.answered, 1);
        QCOMPARE(a.abandoned, 0);
        QCOMPARE(a.counters.flowedOut, 1);
        QCOMPARE(a.asaSeconds, 8.0);
        QCOMPARE(a.counters.handled, 1);
        QCOMPARE(a.ahtSeconds, 60.0);         // accepted 10:00:08 -> transferred 10:01:08
        QCOMPARE(a.waiting, 0);
        // removed within T / queued: t1 (answered after 8 s) + t2 (moved after 10 s) = 2 / 2
        QCOMPARE(a.serviceLevel, 1.0);

        b = e.queue("B", now);
        QCOMPARE(b.offered, 2);               // t1 and t2 entered B
        QCOMPARE(b.answered, 1);
        QCOMPARE(b.asaSeconds, 30.0);         // 10:01:08 -> 10:01:38
        QCOMPARE(b.ahtSeconds, 70.0);
        QCOMPARE(b.serviceLevel, 0.0);        // 0 within / 1 answered
        QCOMPARE(b.waiting, 1);               // t2
        QCOMPARE(b.longestWaitSeconds, 50.0); // 10:06:00 - 10:05:10

        QCOMPARE(e.agent("bob", now).handled, 1);
        QCOMPARE(e.agent("bob", now).ahtSeconds, 60.0);
        QCOMPARE(e.agent("carol", now).handled, 1);
        QCOMPARE(e.agent("carol", now).ahtSeconds, 70.0);
    }

    void coalescerWindows()
    {
        Coalescer c(100);
        QVERIFY(!c.nextDue().has_value());
        c.markChanged("Q1", 1000);
        QCOMPARE(*c.nextDue(), Millis(1000));                  // leading edge: at once
        QCOMPARE(c.takeDue(1000), std::vector<std::string>{"Q1"});
        QVERIFY(!c.nextDue().has_value());

        c.markChanged("Q1", 1010);
        c.markChanged("Q1", 1050);
        c.markChanged("Q2", 1050);
        QCOMPARE(*c.nextDue(), Millis(1050));                  // Q2 never sent: at once
        QCOMPARE(c.takeDue(1050), std::vector<std::string>{"Q2"});
        QCOMPARE(*c.nextDue(), Millis(1100));                  // Q1: 1000 + 100
        QVERIFY(c.takeDue(1099).empty());
        QVERIFY(c.pending("Q1"));
        QCOMPARE(c.takeDue(1100), std::vector<std::string>{"Q1"});   // two changes, one delta
        QVERIFY(!c.pending("Q1"));
        QVERIFY(c.takeDue(1100).empty());

        c.markChanged("Q1", 1150);
        QCOMPARE(*c.nextDue(), Millis(1200));
        QCOMPARE(c.takeDue(1200), std::vector<std::string>{"Q1"});
        c.markChanged("Q1", 1400);                              // quiet for >= 100 ms
        QCOMPARE(c.takeDue(1400), std::vector<std::string>{"Q1"});

        // A change every millisecond for a second, a timer at nextDue(): one delta per
        // 100 ms (2000, 2100, ..., 2900), then the trailing one at 3000.
        std::vector<Millis> sent;
        for (Millis t = 2000; t < 3000; ++t) {
            c.markChanged("Q1", t);
            if (c.nextDue() && *c.nextDue() <= t)
                for (const auto &key : c.takeDue(t)) {
                    QCOMPARE(key, std::string("Q1"));
                    sent.push_back(t);
                }
        }
        QCOMPARE(int(sent.size()), 10);
        for (size_t i = 1; i < sent.size(); ++i)
            QCOMPARE(sent[i] - sent[i - 1], Millis(100));
        QCOMPARE(*c.nextDue(), Millis(3000));
        QCOMPARE(c.takeDue(3000).size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestStatsMetrics)
#include "tst_stats_metrics.moc"
