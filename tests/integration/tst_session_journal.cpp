// session::CommandJournal against the real switchboard-server, stopped and started again
// on the same ports: a state change and a wrap-up made while the server is down are
// journaled (pending, on disk at once) and replayed in order when it is back; a replay the
// server refuses becomes a Failed entry with its message; a journal left by one Session
// (killed) is replayed by the next Session of the same user.

#include "session_agent_store.h"
#include "session_auth.h"
#include "session_command_journal.h"
#include "session_connection.h"
#include "session_event_stream.h"
#include "session_interaction_store.h"
#include "session_session.h"

#include "fixtures_chat_customers.h"
#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"
#include "fixtures_session.h"

#include "switchboard/v1/routing.grpc.pb.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace v1 = switchboard::v1;
using session::JournalEntry;

class TestSessionJournal : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    std::unique_ptr<fixtures::ChatCustomers> customers;
    QTemporaryDir stateDir;

    std::unique_ptr<session::Session> signIn(const QString &user)
    {
        return fixtures::signInSession(server, user, stateDir.filePath(QStringLiteral("drafts")),
                                       stateDir.filePath(QStringLiteral("journal")));
    }

    struct Outcome {
        bool done = false;
        bool ok = false;
        QString error;
    };
    static Outcome waitFor(const std::function<void(session::CommandCallback)> &command)
    {
        auto outcome = std::make_shared<Outcome>();
        command([outcome](bool ok, const QString &error) {
            outcome->done = true;
            outcome->ok = ok;
            outcome->error = error;
        });
        (void)QTest::qWaitFor([&] { return outcome->done; }, 15000);   // the caller checks `done`
        return *outcome;
    }

    // The server stops; the session notices (the stream is down).
    bool stopServer(session::Session &s)
    {
        return server.stop()
            && QTest::qWaitFor([&] { return s.events().state() != session::StreamState::Connected; }, 10000);
    }

    v1::Interaction serverInteraction(const QString &id)
    {
        v1::GetInteractionRequest request;
        request.set_id(id.toStdString());
        v1::Interaction interaction;
        fixtures::GrpcClient client(server.grpcAddress(), server.caPath());
        const grpc::Status status = client.routing().GetInteraction(
            fixtures::GrpcClient::context(customers->token()).get(), request, &interaction);
        if (!status.ok())
            qWarning() << "GetInteraction:" << fixtures::describe(status);
        return interaction;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(stateDir.isValid());
        QVERIFY2(server.start({QStringLiteral("--seed-demo")}), qPrintable(server.errorString()));
        customers = std::make_unique<fixtures::ChatCustomers>(server, QStringLiteral("Offline desk"), QStringLiteral("off-"));
        QVERIFY2(customers->isValid(), qPrintable(customers->errorString()));
    }

    void cleanup()
    {
        if (!server.isRunning())
            QVERIFY2(server.start(), qPrintable(server.errorString()));
    }

    void aStateChangeAndAWrapUpMadeOfflineAreReplayedWhenTheServerIsBack()
    {
        auto s = signIn(QStringLiteral("agent1"));
        QVERIFY(s);
        QVERIFY(waitFor([&](auto done) { s->agent().setState(session::AgentState::Available, {}, false, done); }).ok);
        const QString id = customers->enqueueChat();
        QTRY_VERIFY_WITH_TIMEOUT(s->interactions().indexOf(id) >= 0, 15000);
        QVERIFY(waitFor([&](auto done) { s->interactions().accept(id, done); }).ok);
        QVERIFY(waitFor([&](auto done) { s->interactions().end(id, done); }).ok);
        QTRY_COMPARE_WITH_TIMEOUT(s->interactions().at(s->interactions().indexOf(id)).state,
                                  session::InteractionState::WrapUp, 10000);

        QVERIFY(stopServer(*s));
        session::CommandJournal &journal = s->journal();
        const Outcome notReady = waitFor([&](auto done) {
            s->agent().setState(session::AgentState::NotReady, QStringLiteral("reason-lunch"), false, done);
        });
        QVERIFY(notReady.done);
        QVERIFY(!notReady.ok);
        QVERIFY2(session::CommandJournal::isQueued(notReady.error), qPrintable(notReady.error));
        QVERIFY(s->agent().hasPendingState());
        QCOMPARE(s->agent().pendingState(), session::AgentState::NotReady);
        QCOMPARE(s->agent().pendingReasonCodeId(), QStringLiteral("reason-lunch"));
        QCOMPARE(s->agent().state(), session::AgentState::Available);    // server truth until it decides

        const Outcome wrapUp = waitFor([&](auto done) {
            s->interactions().completeWrapUp(id, QStringLiteral("wrap-resolved"), QStringLiteral("offline notes"), done);
        });
        QVERIFY(!wrapUp.ok);
        QVERIFY(session::CommandJournal::isQueued(wrapUp.error));
        QVERIFY(s->interactions().hasPendingWrapUp(id));
        QVERIFY(s->interactions().indexOf(id) >= 0);

        QCOMPARE(journal.pendingCount(), 2);
        QCOMPARE(journal.entries().at(0).kind, JournalEntry::Kind::SetState);
        QCOMPARE(journal.entries().at(1).kind, JournalEntry::Kind::CompleteWrapUp);
        // Queued behind the state change, the wrap-up tried a replay at once: it finds
        // no server and leaves both pending.
        QTRY_VERIFY_WITH_TIMEOUT(journal.entries().at(0).status == JournalEntry::Status::Pending
                                     && journal.entries().at(1).status == JournalEntry::Status::Pending, 10000);
        QFile file(journal.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));      // on disk at once
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("reason-lunch"));
        QVERIFY(saved.contains("offline notes"));
        file.close();

        QSignalSpy replayed(&journal, &session::CommandJournal::replayed);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(replayed.size(), 2, 30000);
        QCOMPARE(journal.pendingCount(), 0);
        QVERIFY(journal.entries().isEmpty());
        QVERIFY(!QFile::exists(journal.filePath()));
        QVERIFY(!s->agent().hasPendingState());

        // The server holds both.
        QTRY_COMPARE_WITH_TIMEOUT(s->agent().state(), session::AgentState::NotReady, 10000);
        QCOMPARE(s->agent().reasonCodeId(), QStringLiteral("reason-lunch"));
        QTRY_COMPARE_WITH_TIMEOUT(s->interactions().indexOf(id), -1, 10000);
        const v1::Interaction done = serverInteraction(id);
        QCOMPARE(done.state(), v1::INTERACTION_STATE_COMPLETED);
        QCOMPARE(done.wrap_up_code_id(), "wrap-resolved");
        QCOMPARE(done.wrap_up_notes(), "offline notes");
    }

    void aReplayTheServerRefusesBecomesAFailedEntryWithItsMessage()
    {
        auto s = signIn(QStringLiteral("agent1"));
        QVERIFY(s);
        QVERIFY(stopServer(*s));
        const Outcome queued = waitFor([&](auto done) {
            s->agent().setState(session::AgentState::NotReady, QStringLiteral("reason-nope"), false, done);
        });
        QVERIFY(session::CommandJournal::isQueued(queued.error));
        session::CommandJournal &journal = s->journal();
        QSignalSpy refused(&journal, &session::CommandJournal::replayFailed);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 30000);
        QCOMPARE(journal.entries().size(), 1);
        const JournalEntry entry = journal.entries().first();
        QCOMPARE(entry.status, JournalEntry::Status::Failed);
        QVERIFY2(entry.error.contains(QStringLiteral("reason-nope")), qPrintable(entry.error));
        QCOMPARE(journal.pendingCount(), 0);
        QVERIFY(!s->agent().hasPendingState());
        QVERIFY(QFile::exists(journal.filePath()));     // kept until dismissed
        journal.replayNow();                            // a Failed entry is not sent again
        QCOMPARE(journal.entries().first().status, JournalEntry::Status::Failed);

        journal.dismiss(entry.id);
        QVERIFY(journal.entries().isEmpty());
        QVERIFY(!QFile::exists(journal.filePath()));
    }

    void aJournalLeftByAKilledSessionIsReplayedByTheNextOne()
    {
        QString path;
        {
            auto s = signIn(QStringLiteral("agent1"));
            QVERIFY(s);
            QVERIFY(waitFor([&](auto done) { s->agent().setState(session::AgentState::Available, {}, false, done); }).ok);
            QVERIFY(stopServer(*s));
            const Outcome queued = waitFor([&](auto done) {
                s->agent().setState(session::AgentState::NotReady, QStringLiteral("reason-break"), false, done);
            });
            QVERIFY(session::CommandJournal::isQueued(queued.error));
            path = s->journal().filePath();
            // Like a kill -9 now: the file is all that is left.
            QVERIFY(QFile::exists(path));
        }
        QVERIFY(QFile::exists(path));
        {
            session::CommandJournal restored(path);
            QCOMPARE(restored.pendingCount(), 1);
            QCOMPARE(restored.entries().first().arguments.value(QStringLiteral("reason_code_id")).toString(),
                     QStringLiteral("reason-break"));
        }

        QVERIFY2(server.start(), qPrintable(server.errorString()));
        auto s = signIn(QStringLiteral("agent1"));
        QVERIFY(s);
        QTRY_VERIFY_WITH_TIMEOUT(s->journal().entries().isEmpty(), 15000);
        QVERIFY(!QFile::exists(path));
        QTRY_COMPARE_WITH_TIMEOUT(s->agent().state(), session::AgentState::NotReady, 10000);
        QCOMPARE(s->agent().reasonCodeId(), QStringLiteral("reason-break"));
    }
};

QTEST_GUILESS_MAIN(TestSessionJournal)
#include "tst_session_journal.moc"
