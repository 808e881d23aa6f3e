// Voice through session::CallStore against the real switchboard-server: a call rings
// with the offer, connects on accept, is held (held_since), resumed, muted, sent DTMF,
// consulted to a second signed-in agent and transferred to them (it leaves the first
// agent and rings for the second), and hung up into wrap-up.

#include "session_agent_store.h"
#include "session_auth.h"
#include "session_call_store.h"
#include "session_connection.h"
#include "session_event_stream.h"
#include "session_interaction_store.h"
#include "session_session.h"

#include "fixtures_chat_customers.h"
#include "fixtures_server_process.h"
#include "fixtures_session.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace v1 = switchboard::v1;
using session::CallCommand;
using session::CallState;

class TestSessionVoice : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    std::unique_ptr<fixtures::ChatCustomers> customers;
    QTemporaryDir stateDir;

    std::unique_ptr<session::Session> signIn(const QString &user)
    {
        return fixtures::signInSession(server, user, stateDir.filePath(QStringLiteral("drafts")),
                                       stateDir.filePath(QStringLiteral("journal")));
    }


    static bool call(session::Session &s, const QString &id, CallCommand command, const QString &argument = {},
                     QString *error = nullptr)
    {
        return fixtures::waitForOk([&](auto done) { s.calls().command(id, command, argument, done); }, error);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(stateDir.isValid());
        QVERIFY2(server.start({QStringLiteral("--seed-demo")}), qPrintable(server.errorString()));
        customers = std::make_unique<fixtures::ChatCustomers>(server, QStringLiteral("Phone desk"), QStringLiteral("tel-"));
        QVERIFY2(customers->isValid(), qPrintable(customers->errorString()));
    }

    void aCallRingsConnectsIsHeldMutedTransferredAndHungUp()
    {
        auto s1 = signIn(QStringLiteral("agent1"));
        auto s2 = signIn(QStringLiteral("agent2"));
        QVERIFY(s1 && s2);
        QVERIFY(fixtures::waitForOk([&](auto done) { s1->agent().setState(session::AgentState::Available, {}, false, done); }));

        const QString id = customers->enqueue(v1::CHANNEL_VOICE);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(s1->interactions().indexOf(id) >= 0, 15000);
        session::CallStore &calls = s1->calls();
        QVERIFY(calls.has(id));     // the session keeps every voice interaction's call
        QTRY_COMPARE_WITH_TIMEOUT(calls.call(id).state, CallState::Ringing, 10000);
        QCOMPARE(calls.call(id).interactionId, id);
        QVERIFY(calls.call(id).parties.size() >= 2);

        QSignalSpy changed(&calls, &session::CallStore::callChanged);
        QVERIFY(fixtures::waitForOk([&](auto done) { s1->interactions().accept(id, done); }));
        QTRY_COMPARE_WITH_TIMEOUT(calls.call(id).state, CallState::Connected, 10000);
        QVERIFY(calls.call(id).connectedAt.isValid());
        QVERIFY(!changed.isEmpty());

        // Answer is for phones that answer by themselves: refused on a connected call.
        QString error;
        QVERIFY(!call(*s1, id, CallCommand::Answer, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("connected")), qPrintable(error));

        QVERIFY(call(*s1, id, CallCommand::Hold));
        QCOMPARE(calls.call(id).state, CallState::Held);     // the answer is applied at once
        QVERIFY(calls.call(id).heldSince.isValid());
        QVERIFY(calls.call(id).heldSince <= QDateTime::currentDateTimeUtc());
        QVERIFY(call(*s1, id, CallCommand::Resume));
        QCOMPARE(calls.call(id).state, CallState::Connected);
        QVERIFY(!calls.call(id).heldSince.isValid());

        QVERIFY(call(*s1, id, CallCommand::Mute));
        QVERIFY(calls.call(id).muted);
        QVERIFY(call(*s1, id, CallCommand::Unmute));
        QVERIFY(!calls.call(id).muted);
        QVERIFY(call(*s1, id, CallCommand::SendDtmf, QStringLiteral("12#")));
        QCOMPARE(calls.call(id).dtmfSent, QStringLiteral("12#"));
        QVERIFY(!call(*s1, id, CallCommand::SendDtmf, QStringLiteral("x"), &error));    // not a digit
        QCOMPARE(calls.call(id).dtmfSent, QStringLiteral("12#"));

        // Consult agent2 (signed in, free), then hand the call over.
        QVERIFY(fixtures::waitForOk([&](auto done) { s2->agent().setState(session::AgentState::Available, {}, false, done); }));
        s1->interactions().loadTransferTargets(id);
        QTRY_VERIFY_WITH_TIMEOUT(!s1->interactions().transferTargets(id).isEmpty(), 10000);
        QVERIFY(call(*s1, id, CallCommand::Consult, s2->userId()));
        QCOMPARE(calls.call(id).state, CallState::Consulting);
        QVERIFY(calls.call(id).heldSince.isValid());     // the customer waits meanwhile
        QVERIFY(call(*s1, id, CallCommand::CompleteTransfer));
        QTRY_COMPARE_WITH_TIMEOUT(s1->interactions().indexOf(id), -1, 10000);
        QVERIFY(!calls.has(id));     // gone with its interaction

        QTRY_VERIFY_WITH_TIMEOUT(s2->interactions().indexOf(id) >= 0, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(s2->calls().call(id).state, CallState::Ringing, 10000);
        QVERIFY(fixtures::waitForOk([&](auto done) { s2->interactions().accept(id, done); }));
        QTRY_COMPARE_WITH_TIMEOUT(s2->calls().call(id).state, CallState::Connected, 10000);
        QCOMPARE(s2->calls().call(id).dtmfSent, QStringLiteral("12#"));    // the same call, a new leg

        QVERIFY(call(*s2, id, CallCommand::HangUp));
        QCOMPARE(s2->calls().call(id).state, CallState::Ended);
        const int row = s2->interactions().indexOf(id);
        QVERIFY(row >= 0);
        QCOMPARE(s2->interactions().at(row).state, session::InteractionState::WrapUp);
        QVERIFY(fixtures::waitForOk([&](auto done) {
            s2->interactions().completeWrapUp(id, QStringLiteral("wrap-resolved"), {}, done);
        }));
        QTRY_VERIFY_WITH_TIMEOUT(!s2->calls().has(id), 10000);
    }

    void aCommandOnNoCallIsRefused()
    {
        auto s = signIn(QStringLiteral("agent1"));
        QVERIFY(s);
        QSignalSpy failed(&s->calls(), &session::CallStore::commandFailed);
        QString error;
        QVERIFY(!call(*s, QStringLiteral("i-999999"), CallCommand::Hold, {}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(failed.size(), 1);
        QVERIFY(!call(*s, QStringLiteral("i-999999"), CallCommand::CompleteTransfer, {}, &error));   // nobody consulted
        QCOMPARE(s->calls().call(QStringLiteral("i-999999")).state, CallState::None);
    }
};

QTEST_GUILESS_MAIN(TestSessionVoice)
#include "tst_session_voice.moc"
