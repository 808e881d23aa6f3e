#include "session_backoff.h"

#include <QTest>

using namespace std::chrono_literals;

class TestBackoff : public QObject {
    Q_OBJECT
private slots:
    void delaysGrowFromTheMinimumToTheMaximum()
    {
        session::Backoff backoff(250ms, 30000ms);
        std::chrono::milliseconds ceiling = 250ms;
        for (int attempt = 0; attempt < 20; ++attempt) {
            const auto delay = backoff.nextDelay();
            QVERIFY2(delay >= std::max(250ms, ceiling / 2) && delay <= ceiling,
                     qPrintable(QStringLiteral("attempt %1: %2 ms").arg(attempt).arg(delay.count())));
            ceiling = std::min(ceiling * 2, std::chrono::milliseconds(30000));
        }
        QCOMPARE(backoff.attempt(), 20);
    }

    void delaysAreJittered()
    {
        QSet<qint64> seen;
        for (int i = 0; i < 50; ++i) {
            session::Backoff backoff(250ms, 30000ms);
            for (int attempt = 0; attempt < 8; ++attempt)
                backoff.nextDelay();
            seen.insert(backoff.nextDelay().count());
        }
        QVERIFY(seen.size() > 10);
    }

    void resetStartsOver()
    {
        session::Backoff backoff(100ms, 1000ms);
        for (int i = 0; i < 10; ++i)
            backoff.nextDelay();
        backoff.reset();
        QCOMPARE(backoff.attempt(), 0);
        QCOMPARE(backoff.nextDelay(), 100ms);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_session_backoff.moc"
