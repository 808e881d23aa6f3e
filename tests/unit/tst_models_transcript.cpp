// models::TranscriptModel over a real session::TranscriptStore fed with message_added
// batches as the gateway sends them; QAbstractItemModelTester checks every signal.

#include "models_transcript_model.h"
#include "session_connection.h"
#include "session_transcript_store.h"

#include "switchboard/v1/gateway.pb.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace v1 = switchboard::v1;

namespace {

const QString Chat = QStringLiteral("i-chat");

v1::Message message(const QString &interaction, int index, const std::string &text,
                    v1::DeliveryState delivery = v1::DELIVERY_STATE_SENT)
{
    v1::Message m;
    m.set_id("m" + std::to_string(index));
    m.set_interaction_id(interaction.toStdString());
    m.set_index(index);
    m.set_direction(index % 2 ? v1::MESSAGE_DIRECTION_OUTBOUND : v1::MESSAGE_DIRECTION_INBOUND);
    m.mutable_author()->set_username(index % 2 ? "agent1" : "customer");
    m.set_text(text);
    m.mutable_sent_at()->set_seconds(1700000000 + index);
    m.set_delivery(delivery);
    return m;
}

session::EventBatchPtr batch(const std::vector<v1::Message> &messages)
{
    auto b = std::make_shared<v1::EventBatch>();
    for (const v1::Message &m : messages)
        *b->add_events()->mutable_message_added()->mutable_message() = m;
    return b;
}

} // namespace

class TestTranscriptModel : public QObject {
    Q_OBJECT

    session::Connection connection{session::ConnectionOptions{QStringLiteral("127.0.0.1:1"), {}, true}};

private slots:
    void aBurstOfMessagesIsOneInsertedBlockInIndexOrder()
    {
        session::TranscriptStore store(connection, QStringLiteral("u-agent1"));
        models::TranscriptModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInteractionId(Chat);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        store.applyEvents(batch({message(Chat, 1, "hello back"), message(Chat, 0, "hello"),
                                 message(Chat, 2, "how can I help?")}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.index(0).data(models::TranscriptModel::TextRole).toString(), QStringLiteral("hello"));
        QCOMPARE(model.index(1).data(models::TranscriptModel::DirectionRole).value<session::MessageDirection>(),
                 session::MessageDirection::Outbound);
        QCOMPARE(model.index(1).data(models::TranscriptModel::AuthorRole).toString(), QStringLiteral("agent1"));
        QCOMPARE(model.index(2).data(models::TranscriptModel::SentAtRole).toDateTime(),
                 QDateTime::fromSecsSinceEpoch(1700000002, Qt::UTC));
    }

    void aKnownIndexReplacesItsMessage()
    {
        session::TranscriptStore store(connection, QStringLiteral("u-agent1"));
        models::TranscriptModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInteractionId(Chat);
        store.applyEvents(batch({message(Chat, 0, "hello"), message(Chat, 1, "hi")}));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        store.applyEvents(batch({message(Chat, 1, "hi", v1::DELIVERY_STATE_READ)}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.index(1).data(models::TranscriptModel::DeliveryRole).value<session::DeliveryState>(),
                 session::DeliveryState::Read);

        // The same message again (one event on two topics) changes nothing.
        store.applyEvents(batch({message(Chat, 1, "hi", v1::DELIVERY_STATE_READ)}));
        QCOMPARE(changed.size(), 1);
    }

    void aLateOlderMessageIsInsertedAtItsPlace()
    {
        session::TranscriptStore store(connection, QStringLiteral("u-agent1"));
        models::TranscriptModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInteractionId(Chat);
        store.applyEvents(batch({message(Chat, 0, "a"), message(Chat, 2, "c")}));
        store.applyEvents(batch({message(Chat, 1, "b")}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("b"));
        QCOMPARE(store.rowOfIndex(Chat, 2), 2);
    }

    void otherTranscriptsDoNotTouchTheModel()
    {
        session::TranscriptStore store(connection, QStringLiteral("u-agent1"));
        models::TranscriptModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInteractionId(Chat);
        store.open(QStringLiteral("other"));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        store.applyEvents(batch({message(QStringLiteral("other"), 0, "x"),
                                 message(QStringLiteral("never-opened"), 0, "y")}));
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(store.rowCount(QStringLiteral("other")), 1);
        QCOMPARE(store.rowCount(QStringLiteral("never-opened")), 0);
    }

    void tenThousandAppendsAreOneRowEachWithoutReset()
    {
        session::TranscriptStore store(connection, QStringLiteral("u-agent1"));
        models::TranscriptModel model(&store);
        model.setInteractionId(Chat);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        for (int i = 0; i < 10000; ++i)
            store.applyEvents(batch({message(Chat, i, "message " + std::to_string(i))}));
        QCOMPARE(model.rowCount(), 10000);
        QCOMPARE(inserted.size(), 10000);
        QCOMPARE(inserted.last().at(1).toInt(), 9999);
        QCOMPARE(inserted.last().at(2).toInt(), 9999);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(9999).data().toString(), QStringLiteral("message 9999"));
    }

    void aRefusedSendStaysVisibleAsFailedUntilTheServerHasIt()
    {
        // Nobody listens at 127.0.0.1:1: the send fails.
        session::TranscriptStore store(connection, QStringLiteral("u-agent1"));
        models::TranscriptModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInteractionId(Chat);
        store.applyEvents(batch({message(Chat, 0, "hello")}));
        QSignalSpy failed(&store, &session::TranscriptStore::sendFailed);
        const QString clientId = store.send(Chat, QStringLiteral("are you there?"));
        QVERIFY(failed.wait(20000));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex row = model.index(1);
        QCOMPARE(row.data(models::TranscriptModel::TextRole).toString(), QStringLiteral("are you there?"));
        QCOMPARE(row.data(models::TranscriptModel::DeliveryRole).value<session::DeliveryState>(),
                 session::DeliveryState::Failed);
        QVERIFY(!row.data(models::TranscriptModel::ErrorRole).toString().isEmpty());
        QCOMPARE(row.data(models::TranscriptModel::IndexRole).toLongLong(), -1);

        // A later message goes before the failed row; the server's copy of the failed
        // send (it did arrive after all) replaces the failed row.
        store.applyEvents(batch({message(Chat, 1, "still here")}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2).data(models::TranscriptModel::DeliveryRole).value<session::DeliveryState>(),
                 session::DeliveryState::Failed);
        v1::Message echo = message(Chat, 2, "are you there?");
        echo.set_client_message_id(clientId.toStdString());
        store.applyEvents(batch({echo}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2).data(models::TranscriptModel::DeliveryRole).value<session::DeliveryState>(),
                 session::DeliveryState::Sent);
    }

    void theCustomerTypingIndicatorFollowsEvents()
    {
        session::TranscriptStore store(connection, QStringLiteral("u-agent1"));
        QSignalSpy typing(&store, &session::TranscriptStore::customerTypingChanged);
        auto b = std::make_shared<v1::EventBatch>();
        auto *t = b->add_events()->mutable_typing_changed();
        t->set_interaction_id(Chat.toStdString());
        t->set_customer(true);
        t->set_typing(true);
        store.applyEvents(b);
        QVERIFY(store.isCustomerTyping(Chat));
        QCOMPARE(typing.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTranscriptModel)
#include "tst_models_transcript.moc"
