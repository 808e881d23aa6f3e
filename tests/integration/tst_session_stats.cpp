// session::StatsStore on a supervisor's session against the real server: the snapshot,
// a delta after a real enqueue merged in place (and a snapshot asked for again merged the
// same way), the supervisor's wallboards saved, reloaded and a stale version refused,
// alert rules raising and clearing alerts, and an agent refused.

#include "session_event_stream.h"
#include "session_session.h"
#include "session_stats_store.h"

#include "fixtures_chat_customers.h"
#include "fixtures_server_process.h"
#include "fixtures_session.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace v1 = switchboard::v1;

class TestSessionStats : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    QTemporaryDir state;
    std::unique_ptr<fixtures::ChatCustomers> customers;
    std::unique_ptr<session::Session> supervisor;
    QString queueId;

    std::unique_ptr<session::Session> signIn(const QString &user)
    {
        auto s = fixtures::signInSession(server, user, state.filePath(user), {}, false);
        if (s && !QTest::qWaitFor([&] { return s->events().state() == session::StreamState::Connected; }, 15000))
            return nullptr;
        return s;
    }

    static int rowOf(const session::StatsStore &stats, const QString &queueId) { return stats.indexOfQueue(queueId); }

    static session::Wallboard saveOk(session::StatsStore &stats, const session::Wallboard &board, QString *error = nullptr)
    {
        bool done = false, ok = false;
        session::Wallboard saved;
        stats.saveWallboard(board, [&](bool success, const session::Wallboard &b, const QString &e) {
            done = true;
            ok = success;
            saved = b;
            if (error)
                *error = e;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000) || !ok)
            return {};
        return saved;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(state.isValid());
        QVERIFY2(server.start({QStringLiteral("--seed-demo")}), qPrintable(server.errorString()));
        // A queue whose service level counts abandons (Asterisk SL2) within 20 s.
        customers = std::make_unique<fixtures::ChatCustomers>(
            server, QStringLiteral("Stats desk"), QStringLiteral("st-cust-"), [](v1::Queue &queue) {
                queue.set_service_level_variant(v1::SERVICE_LEVEL_WITH_ABANDONS);
                queue.set_service_level_threshold_seconds(20);
            });
        QVERIFY2(customers->isValid(), qPrintable(customers->errorString()));
        queueId = QString::fromStdString(customers->queueId());
        supervisor = signIn(QStringLiteral("supervisor1"));
        QVERIFY(supervisor);
    }

    void snapshotThenALiveDeltaInPlace()
    {
        session::StatsStore stats(supervisor->connection(), supervisor->events());
        QSignalSpy loaded(&stats, &session::StatsStore::loaded);
        stats.load();
        QVERIFY(loaded.wait(15000));
        QVERIFY(stats.isLoaded());
        QVERIFY(stats.snapshotAt().isValid());
        // The queue made for this test is there, named, with nothing waiting yet.
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(stats, queueId) >= 0, 10000);
        const int row = rowOf(stats, queueId);
        QCOMPARE(stats.queueAt(row).queueName, QStringLiteral("Stats desk"));
        QCOMPARE(stats.queueAt(row).waiting, 0);
        QCOMPARE(stats.queueAt(row).serviceLevelVariant, session::ServiceLevelVariant::WithAbandons);
        QCOMPARE(stats.queueAt(row).serviceLevelThresholdSeconds, 20);
        const int queues = stats.queueCount();

        QSignalSpy changed(&stats, &session::StatsStore::queueChanged);
        QSignalSpy added(&stats, &session::StatsStore::queuesAdded);
        QVERIFY(!customers->enqueueChat().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(stats.queueAt(row).waiting, 1, 10000);
        QCOMPARE(stats.queueAt(row).offered, 1);
        QVERIFY(stats.queueAt(row).oldestEnqueuedAt.isValid());
        QVERIFY(changed.contains(QVariantList{row}));
        QCOMPARE(added.size(), 0);
        QCOMPARE(stats.queueCount(), queues);
        // Longest wait ticks locally from the oldest waiting interaction.
        const QDateTime oldest = stats.queueAt(row).oldestEnqueuedAt;
        QCOMPARE(stats.queueAt(row).value(session::MetricKind::LongestWait, oldest.addSecs(42)), 42.0);

        // The stream asks for a snapshot (a welcome that is not a resume): taken again and
        // merged in place, the same rows.
        loaded.clear();
        emit supervisor->events().snapshotRequired();
        QVERIFY(loaded.wait(15000));
        QCOMPARE(stats.queueCount(), queues);
        QCOMPARE(added.size(), 0);
        QCOMPARE(stats.queueAt(row).waiting, 1);
    }

    void wallboardsAreTheSupervisorsOwnAndVersioned()
    {
        session::StatsStore stats(supervisor->connection(), supervisor->events());
        QSignalSpy listed(&stats, &session::StatsStore::wallboardsChanged);
        stats.loadWallboards();
        QVERIFY(listed.wait(10000));
        QVERIFY(stats.areWallboardsLoaded());
        const int before = int(stats.wallboards().size());

        session::Wallboard board;
        board.name = QStringLiteral("Floor");
        board.rotateSeconds = 20;
        session::WallboardTile waiting;
        waiting.queueId = queueId;
        waiting.metric = session::MetricKind::Waiting;
        waiting.threshold = {1, 3, true};
        session::WallboardTile sl;
        sl.queueId = queueId;
        sl.metric = session::MetricKind::ServiceLevel;
        sl.threshold = {0.8, 0.6, false};
        sl.column = 1;
        board.tiles = {waiting, sl};
        const session::Wallboard saved = saveOk(stats, board);
        QVERIFY(!saved.id.isEmpty());
        QCOMPARE(saved.version, 1);
        QCOMPARE(saved.ownerUserId, supervisor->userId());
        QCOMPARE(saved.tiles, board.tiles);
        QCOMPARE(stats.wallboards().size(), before + 1);

        // Another client of the same supervisor reloads it as saved.
        session::StatsStore other(supervisor->connection(), supervisor->events());
        QSignalSpy otherListed(&other, &session::StatsStore::wallboardsChanged);
        other.loadWallboards();
        QVERIFY(otherListed.wait(10000));
        const session::Wallboard reloaded = other.wallboard(saved.id);
        QCOMPARE(reloaded, saved);

        // The other client renames it (version 2); this one, still at version 1, is refused
        // with words a person can act on, and its list is reloaded.
        session::Wallboard renamed = reloaded;
        renamed.name = QStringLiteral("Floor 2");
        QCOMPARE(saveOk(other, renamed).version, 2);
        session::Wallboard stale = saved;
        stale.rotateSeconds = 60;
        listed.clear();
        QString error;
        QVERIFY(saveOk(stats, stale, &error).id.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("Someone else changed this board")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("version")), qPrintable(error));   // the server's own words
        QTRY_COMPARE_WITH_TIMEOUT(stats.wallboard(saved.id).version, 2, 10000);
        QCOMPARE(stats.wallboard(saved.id).name, QStringLiteral("Floor 2"));

        // Invalid boards are refused with the server's reason.
        session::Wallboard nameless;
        QVERIFY(saveOk(stats, nameless, &error).id.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("name")), qPrintable(error));

        // Deleting a stale version is refused; the current one goes.
        bool done = false, ok = true;
        stats.deleteWallboard(saved, [&](bool success, const QString &e) { done = true; ok = success; error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("Someone else changed this board")), qPrintable(error));
        done = false;
        stats.deleteWallboard(stats.wallboard(saved.id), [&](bool success, const QString &) { done = true; ok = success; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(ok);
        QVERIFY(stats.wallboard(saved.id).id.isEmpty());
    }

    void anAlertRuleRaisesAndClears()
    {
        session::StatsStore stats(supervisor->connection(), supervisor->events());
        QSignalSpy loaded(&stats, &session::StatsStore::loaded);
        stats.load();
        QVERIFY(loaded.wait(15000));
        QSignalSpy alerts(&stats, &session::StatsStore::alert);

        // One chat waits in the queue (from the first test, or now).
        QVERIFY(rowOf(stats, queueId) >= 0);
        if (stats.queueAt(rowOf(stats, queueId)).waiting == 0)
            QVERIFY(!customers->enqueueChat().isEmpty());
        session::AlertRule rule;
        rule.name = QStringLiteral("Anyone waiting");
        rule.queueId = queueId;
        rule.metric = session::MetricKind::Waiting;
        rule.above = 0;
        bool done = false, ok = false;
        session::AlertRule saved;
        stats.saveAlertRule(rule, [&](bool success, const session::AlertRule &r, const QString &) {
            done = true;
            ok = success;
            saved = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(ok);
        QCOMPARE(saved.version, 1);
        QCOMPARE(stats.alertRules().size(), 1);

        QTRY_VERIFY_WITH_TIMEOUT(!stats.activeAlerts().isEmpty(), 10000);
        const session::Alert raised = stats.activeAlerts().first();
        QCOMPARE(raised.rule.id, saved.id);
        QCOMPARE(raised.queueId, queueId);
        QCOMPARE(raised.queueName, QStringLiteral("Stats desk"));
        QVERIFY(raised.value >= 1);
        QVERIFY(!raised.cleared);

        // A stale version is refused; deleting the rule clears its alert.
        session::AlertRule stale = saved;
        stale.version = 0;
        QString error;
        done = false;
        stats.saveAlertRule(stale, [&](bool success, const session::AlertRule &, const QString &e) {
            done = true;
            ok = success;
            error = e;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("Someone else changed this alert rule")), qPrintable(error));
        done = false;
        stats.deleteAlertRule(saved, [&](bool success, const QString &) { done = true; ok = success; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(ok);
        QTRY_VERIFY_WITH_TIMEOUT(stats.activeAlerts().isEmpty(), 10000);
        QVERIFY(std::any_of(alerts.cbegin(), alerts.cend(), [](const QVariantList &args) {
            return args.first().value<session::Alert>().cleared;
        }));
    }

    void anAgentIsRefused()
    {
        auto agent = fixtures::signInSession(server, QStringLiteral("agent3"), state.filePath(QStringLiteral("a3")));
        QVERIFY(agent);
        session::StatsStore stats(agent->connection(), agent->events());
        QSignalSpy failed(&stats, &session::StatsStore::loadFailed);
        QSignalSpy boardsFailed(&stats, &session::StatsStore::wallboardsLoadFailed);
        stats.load();
        stats.loadWallboards();
        QVERIFY(failed.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(boardsFailed.size(), 1, 10000);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("supervisor"), Qt::CaseInsensitive),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!stats.isLoaded());
    }

    void cleanupTestCase()
    {
        supervisor.reset();
    }
};

QTEST_MAIN(TestSessionStats)
#include "tst_session_stats.moc"
