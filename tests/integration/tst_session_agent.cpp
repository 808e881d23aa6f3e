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

#include "fixtures_chat_customers.h"
#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"
#include "fixtures_session.h"


#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

class TestSessionAgent : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    std::unique_ptr<fixtures::ChatCustomers> customers;
    QTemporaryDir draftDir;

    std::unique_ptr<session::Session> signIn(const QString &user)
    {
        return fixtures::signInSession(server, user, draftDir.path(), {}, false);
    }

    static int rowsWithText(const QAbstractItemModel &model, const QString &text)
    {
        int n = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            n += model.index(row, 0).data(models::TranscriptModel::TextRole).toString() == text;
        return n;
    }


private slots:
    void initTestCase()
    {
        QVERIFY2(server.start({QStringLiteral("--seed-demo")}), qPrintable(server.errorString()));
        customers = std::make_unique<fixtures::ChatCustomers>(server, QStringLiteral("Agent desk test"), QStringLiteral("cust-"));
        QVERIFY2(customers->isValid(), qPrintable(customers->errorString()));
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

        QVERIFY(fixtures::waitForOk([&](auto done) { agent.setState(session::AgentState::Available, {}, false, done); }));
        QTRY_COMPARE_WITH_TIMEOUT(agent.state(), session::AgentState::Available, 10000);
        QVERIFY(agent.stateSince().isValid());

        const QString id = customers->enqueueChat();
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(interactions.indexOf(id), 0, 15000);
        QCOMPARE(interactions.at(0).state, session::InteractionState::Offered);
        QVERIFY(interactions.at(0).offerExpiresAt > QDateTime::currentDateTimeUtc());
        QCOMPARE(interactions.at(0).customer.displayName, QStringLiteral("Customer %1").arg(customers->enqueued()));
        QTRY_COMPARE_WITH_TIMEOUT(interactions.queueName(interactions.at(0).queueId), QStringLiteral("Agent desk test"), 10000);

        QVERIFY(fixtures::waitForOk([&](auto done) { interactions.accept(id, done); }));
        QTRY_COMPARE_WITH_TIMEOUT(interactions.at(interactions.indexOf(id)).state, session::InteractionState::Active, 10000);

        models::TranscriptModel model(&s->transcripts());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInteractionId(id);
        QTRY_VERIFY_WITH_TIMEOUT(s->transcripts().isLoaded(id), 10000);

        QVERIFY(customers->says(id, "Hello, my router is broken"));
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
        QVERIFY(customers->says(id, "Thanks"));
        QTRY_COMPARE_WITH_TIMEOUT(rowsWithText(model, QStringLiteral("Thanks")), 1, 10000);
        QCOMPARE(rowsWithText(model, QStringLiteral("Let me help you with that")), 1);
        QCOMPARE(model.rowCount(), s->transcripts().messageCount(id));

        QVERIFY(fixtures::waitForOk([&](auto done) { interactions.end(id, done); }));
        QTRY_COMPARE_WITH_TIMEOUT(interactions.at(interactions.indexOf(id)).state, session::InteractionState::WrapUp, 10000);
        QVERIFY(interactions.at(interactions.indexOf(id)).wrapUpEndsAt.isValid());
        const QString queue = interactions.at(interactions.indexOf(id)).queueId;
        interactions.loadWrapUpCodes(queue);
        QTRY_VERIFY_WITH_TIMEOUT(interactions.hasWrapUpCodes(queue), 10000);
        QCOMPARE(interactions.wrapUpCodes(queue).size(), 2);

        QSignalSpy removed(&interactions, &session::InteractionStore::interactionRemoved);
        QVERIFY(fixtures::waitForOk([&](auto done) {
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
        const QString id = customers->enqueueChat();
        QTRY_COMPARE_WITH_TIMEOUT(s->interactions().indexOf(id), 0, 15000);
        QVERIFY(fixtures::waitForOk([&](auto done) { s->interactions().reject(id, done); }));
        QTRY_COMPARE_WITH_TIMEOUT(s->interactions().indexOf(id), -1, 10000);

        QVERIFY(customers->abandons(id));     // nobody else takes it: let it go

        // A command the server refuses is reported, and nothing changes.
        QString error;
        QVERIFY(!fixtures::waitForOk([&](auto done) { s->interactions().accept(id, done); }, &error));
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
            id = customers->enqueueChat();
            QTRY_COMPARE_WITH_TIMEOUT(s->interactions().indexOf(id), 0, 15000);
            QVERIFY(fixtures::waitForOk([&](auto done) { s->interactions().accept(id, done); }));
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
        QVERIFY(customers->says(id, "before the restart"));
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
        QVERIFY(customers->says(id, "after the restart"));
        QTRY_COMPARE_WITH_TIMEOUT(s->transcripts().messageCount(id), 2, 15000);

        // Sent, the draft goes; the interaction ends and leaves.
        QSignalSpy sent(&s->transcripts(), &session::TranscriptStore::messageSent);
        s->transcripts().send(id, QStringLiteral("Half a sentence"));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 10000);
        QVERIFY(s->drafts().draft(id).isEmpty());
        QVERIFY(fixtures::waitForOk([&](auto done) { s->interactions().end(id, done); }));
        QVERIFY(fixtures::waitForOk([&](auto done) {
            s->interactions().completeWrapUp(id, QStringLiteral("wrap-resolved"), {}, done);
        }));
        QTRY_COMPARE_WITH_TIMEOUT(s->interactions().count(), 0, 10000);
    }
};

QTEST_GUILESS_MAIN(TestSessionAgent)
#include "tst_session_agent.moc"
