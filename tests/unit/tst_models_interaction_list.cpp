// models::InteractionListModel over a real session::InteractionStore fed with event
// batches as the gateway sends them; QAbstractItemModelTester checks every signal.

#include "models_interaction_list_model.h"
#include "session_connection.h"
#include "session_interaction_store.h"

#include "switchboard/v1/gateway.pb.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace v1 = switchboard::v1;

namespace {

const std::string Me = "u-agent1";

v1::Interaction interaction(const std::string &id, v1::InteractionState state, int version,
                            const std::string &agent = Me)
{
    v1::Interaction i;
    i.set_id(id);
    i.set_channel(v1::CHANNEL_CHAT);
    i.set_queue_id("queue-support");
    i.set_state(state);
    i.set_agent_user_id(agent);
    i.mutable_customer()->set_display_name("Customer " + id);
    i.mutable_customer()->set_address(id + "@example.com");
    i.mutable_enqueued_at()->set_seconds(1700000000);
    i.mutable_offer_expires_at()->set_seconds(1700000030);
    i.set_version(version);
    return i;
}

class Batch {
public:
    Batch &offer(const v1::Interaction &i)
    {
        *m_batch->add_events()->mutable_offer_made()->mutable_interaction() = i;
        return *this;
    }
    Batch &changed(const v1::Interaction &i, const std::string &previous = {})
    {
        auto *c = m_batch->add_events()->mutable_interaction_changed();
        *c->mutable_interaction() = i;
        c->set_previous_agent_user_id(previous);
        return *this;
    }
    Batch &withdrawn(const std::string &id)
    {
        auto *w = m_batch->add_events()->mutable_offer_withdrawn();
        w->set_interaction_id(id);
        w->set_agent_user_id(Me);
        w->set_reason("rejected");
        return *this;
    }
    session::EventBatchPtr ptr() const { return m_batch; }

private:
    std::shared_ptr<v1::EventBatch> m_batch = std::make_shared<v1::EventBatch>();
};

} // namespace

class TestInteractionListModel : public QObject {
    Q_OBJECT

    session::Connection connection{session::ConnectionOptions{QStringLiteral("127.0.0.1:1"), {}, true}};

private slots:
    void anOfferIsOneInsertedRowWithItsExpiry()
    {
        session::InteractionStore store(connection, QString::fromStdString(Me));
        models::InteractionListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        store.applyEvents(Batch().offer(interaction("i1", v1::INTERACTION_STATE_OFFERED, 1)).ptr());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(inserted.size(), 1);
        const QModelIndex row = model.index(0);
        QCOMPARE(row.data(models::InteractionListModel::IdRole).toString(), QStringLiteral("i1"));
        QCOMPARE(row.data(models::InteractionListModel::CustomerNameRole).toString(), QStringLiteral("Customer i1"));
        QCOMPARE(row.data(models::InteractionListModel::ChannelRole).value<session::Channel>(), session::Channel::Chat);
        QCOMPARE(row.data(models::InteractionListModel::StateRole).value<session::InteractionState>(),
                 session::InteractionState::Offered);
        QCOMPARE(row.data(models::InteractionListModel::OfferExpiresAtRole).toDateTime(),
                 QDateTime::fromSecsSinceEpoch(1700000030, Qt::UTC));
        QCOMPARE(row.data(models::InteractionListModel::QueueNameRole).toString(), QStringLiteral("queue-support"));
        QCOMPARE(reset.size(), 0);
    }

    void aBurstOfOffersIsOneInsertedBlock()
    {
        session::InteractionStore store(connection, QString::fromStdString(Me));
        models::InteractionListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        store.applyEvents(Batch()
                              .offer(interaction("i1", v1::INTERACTION_STATE_OFFERED, 1))
                              .changed(interaction("i1", v1::INTERACTION_STATE_OFFERED, 2))
                              .offer(interaction("i2", v1::INTERACTION_STATE_OFFERED, 1))
                              .offer(interaction("i3", v1::INTERACTION_STATE_OFFERED, 1))
                              .ptr());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 2);
    }

    void aChangeIsDataChangedForItsRowOnly()
    {
        session::InteractionStore store(connection, QString::fromStdString(Me));
        models::InteractionListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.applyEvents(Batch()
                              .offer(interaction("i1", v1::INTERACTION_STATE_OFFERED, 1))
                              .offer(interaction("i2", v1::INTERACTION_STATE_OFFERED, 1))
                              .ptr());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        store.applyEvents(Batch().changed(interaction("i2", v1::INTERACTION_STATE_ACTIVE, 2)).ptr());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
        QCOMPARE(inserted.size() + removed.size(), 0);
        QCOMPARE(model.index(1).data(models::InteractionListModel::StateRole).value<session::InteractionState>(),
                 session::InteractionState::Active);

        // An older version (an answer overtaken by an event) changes nothing.
        store.applyEvents(Batch().changed(interaction("i2", v1::INTERACTION_STATE_OFFERED, 1)).ptr());
        QCOMPARE(changed.size(), 1);
    }

    void interactionsThatAreNotMineAreIgnored()
    {
        session::InteractionStore store(connection, QString::fromStdString(Me));
        models::InteractionListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.applyEvents(Batch().changed(interaction("x", v1::INTERACTION_STATE_ACTIVE, 1, "u-other")).ptr());
        QCOMPARE(model.rowCount(), 0);
    }

    void withdrawnCompletedAndTransferredAwayAreRemovedRowByRow()
    {
        session::InteractionStore store(connection, QString::fromStdString(Me));
        models::InteractionListModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        store.applyEvents(Batch()
                              .offer(interaction("i1", v1::INTERACTION_STATE_OFFERED, 1))
                              .changed(interaction("i2", v1::INTERACTION_STATE_ACTIVE, 1))
                              .changed(interaction("i3", v1::INTERACTION_STATE_WRAP_UP, 1))
                              .changed(interaction("i4", v1::INTERACTION_STATE_ACTIVE, 1))
                              .ptr());
        QCOMPARE(model.rowCount(), 4);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        store.applyEvents(Batch().withdrawn("i1").ptr());
        QCOMPARE(model.rowCount(), 3);
        store.applyEvents(Batch()
                              .changed(interaction("i3", v1::INTERACTION_STATE_COMPLETED, 2))
                              .changed(interaction("i2", v1::INTERACTION_STATE_WAITING, 2, ""), Me)
                              .ptr());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(models::InteractionListModel::IdRole).toString(), QStringLiteral("i4"));
        QCOMPARE(removed.size(), 3);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(store.ids(), QStringList{QStringLiteral("i4")});
    }
};

QTEST_GUILESS_MAIN(TestInteractionListModel)
#include "tst_models_interaction_list.moc"
