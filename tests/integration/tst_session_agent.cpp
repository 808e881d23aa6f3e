// The agent's stores (session::AgentStore, InteractionStore, TranscriptStore,
// DraftStore) and the TranscriptModel on a session::Session against the real
// switchboard-server; the customer side is the "simulator" service account over gRPC.

#include "models_transcript_model.h"
#include "session_agent_store.h"
#include "session_auth.h"
#include "session_connection.h"
#include "session_draft_store.h"
#include "session_event_stream.h"
#include "session_interaction_store.h"
#include "session_session.h"
#include "session_transcript_store.h"

#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"

#include "switchboard/v1/conversation.grpc.pb.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
namespace v1 = switchboard::v1;
using fixtures::GrpcClient;

class TestSessionAgent : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    std::unique_ptr<GrpcClient> client;
    std::unique_ptr<v1::ConversationService::Stub> conversation;
    std::string simulator;
    std::string queueId;
    QTemporaryDir draftDir;
    int enqueued = 0;

    std::unique_ptr<session::Session> signIn(const QString &user)
    {
        session::ConnectionOptions options;
        options.address = server.grpcAddress();
        options.caFile = server.caPath();
        auto connection = std::make_unique<session::Connection>(options);
        auto auth = std::make_unique<session::Auth>(*connection);
        QSignalSpy signedIn(auth.get(), &session::Auth::signedIn);
        QSignalSpy failed(auth.get(), &session::Auth::signInFailed);
        auth->signIn(user, server.demoPassword(user));
        if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 10000)
            || signedIn.isEmpty())
            return nullptr;
        return std::make_unique<session::Session>(std::move(connection), std::move(auth), nullptr,
                                                  draftDir.path());
    }

    // A chat from a new customer in the test queue; its id, or empty.
    QString enqueueChat()
    {
        v1::EnqueueRequest request;
        request.set_queue_id(queueId);
        request.set_channel(v1::CHANNEL_CHAT);
        const std::string n = std::to_string(++enqueued);
        request.mutable_customer()->set_id("cust-" + n);
        request.mutable_customer()->set_display_name("Customer " + n);
        request.set_subject("Question " + n);
        request.set_idempotency_key("tst-session-agent-" + n);
        v1::Interaction interaction;
        grpc::Status status;
        // The queue reaches routing by a bus event: until then it is unknown there.
        [[maybe_unused]] const bool known = QTest::qWaitFor([&] {
            status = client->routing().Enqueue(GrpcClient::context(simulator).get(), request, &interaction);
            return status.error_code() != grpc::StatusCode::NOT_FOUND;
        }, 10000);
        if (!status.ok())
            qWarning() << "Enqueue:" << fixtures::describe(status);
        return QString::fromStdString(interaction.id());
    }

    bool customerSays(const QString &interactionId, const std::string &text)
    {
        v1::CustomerSendMessageRequest request;
        request.set_interaction_id(interactionId.toStdString());
        request.set_text(text);
        v1::Message message;
        const grpc::Status status = conversation->CustomerSendMessage(GrpcClient::context(simulator).get(), request, &message);
        if (!status.ok())
            qWarning() << "CustomerSendMessage:" << fixtures::describe(status);
        return status.ok();
    }

    static int rowsWithText(const QAbstractItemModel &model, const QString &text)
    {
        int n = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            n += model.index(row, 0).data(models::TranscriptModel::TextRole).toString() == text;
        return n;
    }

    static bool waitForOk(const std::function<void(session::CommandCallback)> &command, QString *error = nullptr)
    {
        bool done = false, ok = false;
        command([&](bool success, const QString &message) {
            done = true;
            ok = success;
            if (error)
                *error = message;
        });
        return QTest::qWaitFor([&] { return done; }, 15000) && ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(server.start({QStringLiteral("--seed-demo")}), qPrintable(server.errorString()));
        client = std::make_unique<GrpcClient>(server.grpcAddress(), server.caPath());
        conversation = v1::ConversationService::NewStub(client->channel());
        const std::string admin = client->tokenFor(QStringLiteral("admin1"), server.demoPassword(QStringLiteral("admin1")));
        simulator = client->tokenFor(QStringLiteral("simulator"), server.demoPassword(QStringLiteral("simulator")));
        QVERIFY(!admin.empty() && !simulator.empty());

        // A queue anyone can take, so that agent1 needs no skill.
        v1::CreateQueueRequest request;
        request.mutable_queue()->set_name("Agent desk test");
        request.mutable_queue()->add_channels(v1::CHANNEL_CHAT);
        request.mutable_queue()->set_offer_timeout_seconds(120);
        request.mutable_queue()->set_wrap_up_seconds(600);
        request.mutable_queue()->add_wrap_up_code_ids("wrap-resolved");
        request.mutable_queue()->add_wrap_up_code_ids("wrap-sale");
        v1::Queue queue;
        const grpc::Status status = client->directory().CreateQueue(GrpcClient::context(admin).get(), request, &queue);
        QVERIFY2(status.ok(), fixtures::describe(status));
        queueId = queue.id();
    }

    void anAgentTakesAChatFromOfferToWrapUp()
    {
        auto s = signIn(QStringLiteral("agent1"));
        QVERIFY(s);
        session::AgentStore &agent = s->agent();
        session::InteractionStore &interactions = s->interactions();
        QTRY_VERIFY_WITH_TIMEOUT(agent.isLoaded() && interactions.isLoaded(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!agent.reasonCodes().isEmpty(), 10000);
        QCOMPARE(agent.reasonLabel(QStringLiteral("reason-break")), QStringLiteral("Break"));
        QTRY_COMPARE_WITH_TIMEOUT(s->events().state(), session::StreamState::Connected, 15000);

        QVERIFY(waitForOk([&](auto done) { agent.setState(session::AgentState::Available, {}, false, done); }));
        QTRY_COMPARE_WITH_TIMEOUT(agent.state(), session::AgentState::Available, 10000);
        QVERIFY(agent.stateSince().isValid());

        const QString id = enqueueChat();
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(interactions.indexOf(id), 0, 15000);
        QCOMPARE(interactions.at(0).state, session::InteractionState::Offered);
        QVERIFY(interactions.at(0).offerExpiresAt > QDateTime::currentDateTimeUtc());
        QCOMPARE(interactions.at(0).customer.displayName, QStringLiteral("Customer %1").arg(enqueued));
        QTRY_COMPARE_WITH_TIMEOUT(interactions.queueName(interactions.at(0).queueId), QStringLiteral("Agent desk test"), 10000);

        QVERIFY(waitForOk([&](auto done) { interactions.accept(id, done); }));
        QTRY_COMPARE_WITH_TIMEOUT(interactions.at(interactions.indexOf(id)).state, session::InteractionState::Active, 10000);

        models::TranscriptModel model(&s->transcripts());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInteractionId(id);
        QTRY_VERIFY_WITH_TIMEOUT(s->transcripts().isLoaded(id), 10000);

        QVERIFY(customerSays(id, "Hello, my router is broken"));
        QTRY_COMPARE_WITH_TIMEOUT(rowsWithText(model, QStringLiteral("Hello, my router is broken")), 1, 10000);
        const int inbound = model.rowCount() - 1;
        QCOMPARE(model.index(inbound, 0).data(models::TranscriptModel::DirectionRole).value<session::MessageDirection>(),
                 session::MessageDirection::Inbound);

        QSignalSpy sent(&s->transcripts(), &session::TranscriptStore::messageSent);
        s->transcripts().send(id, QStringLiteral("Let me help you with that"));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(rowsWithText(model, QStringLiteral("Let me help you with that")), 1, 10000);
        // Events arrive in order: once the next customer message is here, the echo of
        // the agent's message has been applied too, and it still shows once.
        QVERIFY(customerSays(id, "Thanks"));
        QTRY_COMPARE_WITH_TIMEOUT(rowsWithText(model, QStringLiteral("Thanks")), 1, 10000);
        QCOMPARE(rowsWithText(model, QStringLiteral("Let me help you with that")), 1);
        QCOMPARE(model.rowCount(), s->transcripts().messageCount(id));

        QVERIFY(waitForOk([&](auto done) { interactions.end(id, done); }));
        QTRY_COMPARE_WITH_TIMEOUT(interactions.at(interactions.indexOf(id)).state, session::InteractionState::WrapUp, 10000);
        QVERIFY(interactions.at(interactions.indexOf(id)).wrapUpEndsAt.isValid());
        const QString queue = interactions.at(interactions.indexOf(id)).queueId;
        interactions.loadWrapUpCodes(queue);
        QTRY_VERIFY_WITH_TIMEOUT(interactions.hasWrapUpCodes(queue), 10000);
        QCOMPARE(interactions.wrapUpCodes(queue).size(), 2);

        QSignalSpy removed(&interactions, &session::InteractionStore::interactionRemoved);
        QVERIFY(waitForOk([&](auto done) {
            interactions.completeWrapUp(id, interactions.wrapUpCodes(queue).first().id, QStringLiteral("fixed"), done);
        }));
        QTRY_COMPARE_WITH_TIMEOUT(interactions.count(), 0, 10000);
        QCOMPARE(removed.size(), 1);
        QVERIFY(!s->transcripts().isOpen(id));     // gone with its interaction
        QCOMPARE(model.rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(agent.state(), session::AgentState::Available, 10000);
    }

    void aRejectedOfferLeaves()
    {
        auto s = signIn(QStringLiteral("agent1"));
        QVERIFY(s);
        QTRY_VERIFY_WITH_TIMEOUT(s->agent().isLoaded() && s->interactions().isLoaded(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(s->events().state(), session::StreamState::Connected, 15000);
        QCOMPARE(s->agent().state(), session::AgentState::Available);
        const QString id = enqueueChat();
        QTRY_COMPARE_WITH_TIMEOUT(s->interactions().indexOf(id), 0, 15000);
        QVERIFY(waitForOk([&](auto done) { s->interactions().reject(id, done); }));
        QTRY_COMPARE_WITH_TIMEOUT(s->interactions().indexOf(id), -1, 10000);

        v1::AbandonRequest abandon;     // nobody else takes it: let it go
        abandon.set_interaction_id(id.toStdString());
        v1::Interaction gone;
        QVERIFY(client->routing().Abandon(GrpcClient::context(simulator).get(), abandon, &gone).ok());

        // A command the server refuses is reported, and nothing changes.
        QString error;
        QVERIFY(!waitForOk([&](auto done) { s->interactions().accept(id, done); }, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(s->interactions().count(), 0);
    }

    void aDraftSurvivesTheSessionAndARestartReloadsTheStores()
    {
        QString id;
        {
            auto s = signIn(QStringLiteral("agent1"));
            QVERIFY(s);
            QTRY_VERIFY_WITH_TIMEOUT(s->interactions().isLoaded(), 15000);
            QTRY_COMPARE_WITH_TIMEOUT(s->events().state(), session::StreamState::Connected, 15000);
            id = enqueueChat();
            QTRY_COMPARE_WITH_TIMEOUT(s->interactions().indexOf(id), 0, 15000);
            QVERIFY(waitForOk([&](auto done) { s->interactions().accept(id, done); }));
            QVERIFY(s->drafts().setDraft(id, QStringLiteral("Half a sentence")));
        }

        auto s = signIn(QStringLiteral("agent1"));
        QVERIFY(s);
        QCOMPARE(s->drafts().draft(id), QStringLiteral("Half a sentence"));
        QTRY_VERIFY_WITH_TIMEOUT(s->interactions().isLoaded(), 15000);
        QCOMPARE(s->interactions().indexOf(id), 0);
        QCOMPARE(s->interactions().at(0).state, session::InteractionState::Active);
        QCOMPARE(s->drafts().draft(id), QStringLiteral("Half a sentence"));     // its interaction is alive
        QTRY_COMPARE_WITH_TIMEOUT(s->events().state(), session::StreamState::Connected, 15000);
        s->transcripts().open(id);
        QTRY_VERIFY_WITH_TIMEOUT(s->transcripts().isLoaded(id), 10000);
        QVERIFY(customerSays(id, "before the restart"));
        QTRY_COMPARE_WITH_TIMEOUT(s->transcripts().messageCount(id), 1, 10000);

        // The server restarts: the stream cannot resume, every store reloads.
        QSignalSpy snapshot(&s->events(), &session::EventStream::snapshotRequired);
        QSignalSpy reloaded(&s->interactions(), &session::InteractionStore::reloaded);
        QSignalSpy transcriptLoaded(&s->transcripts(), &session::TranscriptStore::loaded);
        QVERIFY(server.stop());
        QVERIFY2(server.start({QStringLiteral("--seed-demo")}), qPrintable(server.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(!snapshot.isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!transcriptLoaded.isEmpty(), 15000);
        QCOMPARE(reloaded.last().at(0).toStringList(), QStringList{id});
        QCOMPARE(s->transcripts().messageCount(id), 1);
        QCOMPARE(s->agent().state(), session::AgentState::Available);
        QVERIFY(customerSays(id, "after the restart"));
        QTRY_COMPARE_WITH_TIMEOUT(s->transcripts().messageCount(id), 2, 15000);

        // Sent, the draft goes; the interaction ends and leaves.
        QSignalSpy sent(&s->transcripts(), &session::TranscriptStore::messageSent);
        s->transcripts().send(id, QStringLiteral("Half a sentence"));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 10000);
        QVERIFY(s->drafts().draft(id).isEmpty());
        QVERIFY(waitForOk([&](auto done) { s->interactions().end(id, done); }));
        QVERIFY(waitForOk([&](auto done) {
            s->interactions().completeWrapUp(id, QStringLiteral("wrap-resolved"), {}, done);
        }));
        QTRY_COMPARE_WITH_TIMEOUT(s->interactions().count(), 0, 10000);
    }
};

QTEST_GUILESS_MAIN(TestSessionAgent)
#include "tst_session_agent.moc"
