// models::QueueMetricsModel over a real session::StatsStore fed with the event batches the
// gateway sends (queue_metrics_changed, agent_metrics_changed, alert_raised), checked by
// QAbstractItemModelTester: a queue seen first is one inserted row, a delta is one
// dataChanged over its row, and many deltas never reset the model.

#include "models_queue_metrics_model.h"
#include "session_connection.h"
#include "session_event_stream.h"
#include "session_stats_store.h"

#include "switchboard/v1/gateway.pb.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

namespace v1 = switchboard::v1;
using models::QueueMetricsModel;
using session::MetricKind;

namespace {

v1::QueueMetrics queue(const std::string &id, int waiting, int answered = 0, double sl = 0)
{
    v1::QueueMetrics q;
    q.set_queue_id(id);
    q.set_queue_name("Queue " + id);
    q.set_waiting(waiting);
    q.set_offered(waiting + answered);
    q.set_answered(answered);
    q.set_service_level(sl);
    q.set_service_level_threshold_seconds(20);
    q.set_service_level_variant(v1::SERVICE_LEVEL_EXCLUDING_SHORT_ABANDONS);
    return q;
}

class Batch {
public:
    Batch &queues(std::initializer_list<v1::QueueMetrics> list)
    {
        auto *changed = m_batch->add_events()->mutable_queue_metrics_changed();
        for (const auto &q : list)
            *changed->add_queues() = q;
        return *this;
    }
    Batch &agent(const std::string &id, int handled)
    {
        auto *a = m_batch->add_events()->mutable_agent_metrics_changed()->add_agents();
        a->set_user_id(id);
        a->set_handled(handled);
        return *this;
    }
    Batch &alert(const std::string &rule, const std::string &queueId, double value, bool cleared)
    {
        auto *a = m_batch->add_events()->mutable_alert_raised();
        a->mutable_rule()->set_id(rule);
        a->mutable_rule()->set_name("Long waits");
        a->mutable_rule()->set_metric(v1::METRIC_LONGEST_WAIT);
        a->mutable_rule()->set_above(60);
        a->set_value(value);
        a->set_cleared(cleared);
        a->set_queue_id(queueId);
        a->set_queue_name("Queue " + queueId);
        return *this;
    }
    session::EventBatchPtr ptr() const { return m_batch; }

private:
    std::shared_ptr<v1::EventBatch> m_batch = std::make_shared<v1::EventBatch>();
};

} // namespace

class TestQueueMetricsModel : public QObject {
    Q_OBJECT

    session::Connection connection{session::ConnectionOptions{QStringLiteral("127.0.0.1:1"), {}, true}};
    session::EventStream events;

private slots:
    void newQueuesAreOneInsertedBlock()
    {
        session::StatsStore store(connection, events);
        QueueMetricsModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        store.applyEvents(Batch().queues({queue("q1", 3), queue("q2", 0, 4, 0.75), queue("q1", 5)}).ptr());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(QueueMetricsModel::ColumnCount));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 1);
        // The batch's last figures of q1 win.
        QCOMPARE(model.index(0, QueueMetricsModel::QueueColumn).data().toString(), QStringLiteral("Queue q1"));
        QCOMPARE(model.index(0, QueueMetricsModel::WaitingColumn).data().toString(), QStringLiteral("5"));
        QCOMPARE(model.index(1, QueueMetricsModel::ServiceLevelColumn).data().toString(), QStringLiteral("75 %"));
        QCOMPARE(model.index(1, QueueMetricsModel::ServiceLevelColumn).data(QueueMetricsModel::ValueRole).toDouble(), 0.75);
        // No answered interaction in q1: ASA and service level have no data.
        QCOMPARE(model.index(0, QueueMetricsModel::AsaColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(0, QueueMetricsModel::ServiceLevelColumn).data(QueueMetricsModel::HasDataRole).toBool(), false);
        QCOMPARE(model.index(1, QueueMetricsModel::ServiceLevelColumn).data(QueueMetricsModel::FormulaRole).toString(),
                 QStringLiteral("SL 20 s · answered within 20 s ÷ (answered + abandoned − short abandons)"));
        QCOMPARE(model.headerData(QueueMetricsModel::AsaColumn, Qt::Horizontal).toString(), QStringLiteral("ASA"));
        QCOMPARE(store.queueName(QStringLiteral("q2")), QStringLiteral("Queue q2"));
        QCOMPARE(resets.size(), 0);
    }

    void aDeltaIsDataChangedOverItsRowOnly()
    {
        session::StatsStore store(connection, events);
        QueueMetricsModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.applyEvents(Batch().queues({queue("q1", 1), queue("q2", 2), queue("q3", 3)}).ptr());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        store.applyEvents(Batch().queues({queue("q2", 7)}).ptr());
        QCOMPARE(changed.size(), 1);
        const QModelIndex from = changed.first().at(0).toModelIndex();
        const QModelIndex to = changed.first().at(1).toModelIndex();
        QCOMPARE(from.row(), 1);
        QCOMPARE(to.row(), 1);
        QCOMPARE(from.column(), 0);
        QCOMPARE(to.column(), QueueMetricsModel::ColumnCount - 1);
        QCOMPARE(model.index(1, QueueMetricsModel::WaitingColumn).data().toString(), QStringLiteral("7"));

        // The same figures again change nothing; a new queue among changes is appended.
        store.applyEvents(Batch().queues({queue("q2", 7)}).ptr());
        QCOMPARE(changed.size(), 1);
        store.applyEvents(Batch().queues({queue("q4", 1), queue("q1", 0)}).ptr());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().at(0).toModelIndex().row(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 3);
        QCOMPARE(model.index(3, QueueMetricsModel::QueueColumn).data(QueueMetricsModel::QueueIdRole).toString(),
                 QStringLiteral("q4"));
    }

    void manyDeltasNeverResetTheModel()
    {
        session::StatsStore store(connection, events);
        QueueMetricsModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QRandomGenerator random(42);
        int lastWaiting[20] = {};
        for (int i = 0; i < 2000; ++i) {
            const int n = int(random.bounded(20));
            const int waiting = int(random.bounded(50));
            lastWaiting[n] = waiting;
            store.applyEvents(Batch().queues({queue("q" + std::to_string(n), waiting, i)}).agent("u1", i).ptr());
        }
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(layouts.size(), 0);
        QCOMPARE(removed.size(), 0);
        QVERIFY(inserted.size() <= 20);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString id = model.index(row, 0).data(QueueMetricsModel::QueueIdRole).toString();
            QCOMPARE(model.index(row, QueueMetricsModel::WaitingColumn).data(QueueMetricsModel::ValueRole).toDouble(),
                     double(lastWaiting[id.mid(1).toInt()]));
        }
        QCOMPARE(store.agentCount(), 1);
        QCOMPARE(store.agentAt(0).handled, 1999);
    }

    void longestWaitTicksFromTheOldestWaiting()
    {
        session::StatsStore store(connection, events);
        QueueMetricsModel model(&store);
        v1::QueueMetrics q = queue("q1", 2);
        q.set_longest_wait_seconds(5);
        const qint64 oldest = QDateTime::currentMSecsSinceEpoch() - 75'000;
        q.mutable_oldest_enqueued_at()->set_seconds(oldest / 1000);
        q.mutable_oldest_enqueued_at()->set_nanos(int(oldest % 1000) * 1000000);
        store.applyEvents(Batch().queues({q}).ptr());
        const double shown = model.index(0, QueueMetricsModel::LongestWaitColumn).data(QueueMetricsModel::ValueRole).toDouble();
        QVERIFY2(shown >= 75 && shown < 80, qPrintable(QString::number(shown)));
        QCOMPARE(model.index(0, QueueMetricsModel::LongestWaitColumn).data().toString().left(3), QStringLiteral("1:1"));
        // Without anything waiting it is 0:00, whatever came before.
        store.applyEvents(Batch().queues({queue("q1", 0)}).ptr());
        QCOMPARE(model.index(0, QueueMetricsModel::LongestWaitColumn).data().toString(), QStringLiteral("0:00"));
    }

    void formatsAndFormulas()
    {
        using S = session::StatsStore;
        QCOMPARE(S::formatValue(MetricKind::LongestWait, 65), QStringLiteral("1:05"));
        QCOMPARE(S::formatValue(MetricKind::Aht, 3725), QStringLiteral("1:02:05"));
        QCOMPARE(S::formatValue(MetricKind::Waiting, 12), QStringLiteral("12"));
        QCOMPARE(S::formatValue(MetricKind::ServiceLevel, 0.8), QStringLiteral("80 %"));
        QCOMPARE(S::formatValue(MetricKind::ServiceLevel, 0.995), QStringLiteral("99.5 %"));
        QCOMPARE(S::formatValue(MetricKind::AbandonRate, 0.2, false), QStringLiteral("—"));
        QCOMPARE(S::serviceLevelFormula(session::ServiceLevelVariant::AnsweredOfAnswered, 30),
                 QStringLiteral("SL 30 s · answered within 30 s ÷ answered"));
        QCOMPARE(S::serviceLevelFormula(session::ServiceLevelVariant::WithAbandons, 20),
                 QStringLiteral("SL 20 s · (answered + abandoned within 20 s) ÷ (answered + abandoned)"));
        QCOMPARE(S::serviceLevelFormula(session::ServiceLevelVariant::RemovedWithin, 20),
                 QStringLiteral("SL 20 s · left the queue within 20 s ÷ offered"));
        // Unspecified is the directory's default: excluding short abandons.
        QCOMPARE(S::serviceLevelFormula(session::ServiceLevelVariant::Unspecified, 20),
                 S::serviceLevelFormula(session::ServiceLevelVariant::ExcludingShortAbandons, 20));

        session::Threshold worse{10, 20, true};
        QCOMPARE(session::levelOf(worse, 9.9), session::ThresholdLevel::Green);
        QCOMPARE(session::levelOf(worse, 10), session::ThresholdLevel::Amber);
        QCOMPARE(session::levelOf(worse, 25), session::ThresholdLevel::Red);
        session::Threshold better{0.8, 0.6, false};
        QCOMPARE(session::levelOf(better, 0.9), session::ThresholdLevel::Green);
        QCOMPARE(session::levelOf(better, 0.7), session::ThresholdLevel::Amber);
        QCOMPARE(session::levelOf(better, 0.6), session::ThresholdLevel::Red);
        QCOMPARE(session::levelOf(session::Threshold{}, 100), session::ThresholdLevel::None);
    }

    void alertsAreSignalledAndClearedByRuleAndQueue()
    {
        session::StatsStore store(connection, events);
        QSignalSpy alerts(&store, &session::StatsStore::alert);
        store.applyEvents(Batch().alert("r1", "q1", 75, false).alert("r1", "q2", 61, false).ptr());
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(store.activeAlerts().size(), 2);
        const auto first = alerts.first().first().value<session::Alert>();
        QCOMPARE(first.rule.name, QStringLiteral("Long waits"));
        QCOMPARE(first.rule.metric, MetricKind::LongestWait);
        QCOMPARE(first.queueName, QStringLiteral("Queue q1"));
        QCOMPARE(first.value, 75.0);
        store.applyEvents(Batch().alert("r1", "q1", 10, true).ptr());
        QCOMPARE(alerts.size(), 3);
        QCOMPARE(store.activeAlerts().size(), 1);
        QCOMPARE(store.activeAlerts().first().queueId, QStringLiteral("q2"));
    }
};

QTEST_MAIN(TestQueueMetricsModel)
#include "tst_models_queue_metrics.moc"
