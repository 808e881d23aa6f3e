// The agent desktop's e-mail, directory facts, transfer targets and customer history
// through session::Session against the real switchboard-server; the customer side is the
// "simulator" service account over gRPC (fixtures::ChatCustomers).

#include "session_agent_store.h"
#include "session_auth.h"
#include "session_connection.h"
#include "session_event_stream.h"
#include "session_interaction_store.h"
#include "session_session.h"
#include "session_transcript_store.h"

#include "fixtures_chat_customers.h"
#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"
#include "fixtures_session.h"

#include "switchboard/v1/directory.grpc.pb.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace v1 = switchboard::v1;

class TestSessionEmail : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    std::unique_ptr<fixtures::ChatCustomers> customers;
    QTemporaryDir stateDir;

    std::unique_ptr<session::Session> signIn(const QString &user)
    {
        return fixtures::signInSession(server, user, stateDir.filePath(QStringLiteral("drafts")),
                                       stateDir.filePath(QStringLiteral("journal")));
    }


    // Offered to the session's agent, then accepted by it.
    static bool takes(session::Session &s, const QString &id)
    {
        if (id.isEmpty() || !QTest::qWaitFor([&] { return s.interactions().indexOf(id) >= 0; }, 15000))
            return false;
        return fixtures::waitForOk([&](auto done) { s.interactions().accept(id, done); });
    }

    static bool finishes(session::Session &s, const QString &id, const QString &code = QStringLiteral("wrap-resolved"))
    {
        return fixtures::waitForOk([&](auto done) { s.interactions().end(id, done); })
            && fixtures::waitForOk([&](auto done) { s.interactions().completeWrapUp(id, code, {}, done); })
            && QTest::qWaitFor([&] { return s.interactions().indexOf(id) < 0; }, 10000);
    }

    static int rowWithText(session::TranscriptStore &t, const QString &id, const QString &text)
    {
        for (int row = 0; row < t.rowCount(id); ++row)
            if (t.at(id, row).text == text)
                return row;
        return -1;
    }

    static const session::TransferTarget *target(const QList<session::TransferTarget> &targets, const QString &id)
    {
        for (const session::TransferTarget &t : targets)
            if (t.id == id)
                return &t;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(stateDir.isValid());
        QVERIFY2(server.start({QStringLiteral("--seed-demo")}), qPrintable(server.errorString()));
        customers = std::make_unique<fixtures::ChatCustomers>(server, QStringLiteral("Mail desk"), QStringLiteral("mail-"));
        QVERIFY2(customers->isValid(), qPrintable(customers->errorString()));

        // A canned response for e-mail only, next to the seeded greeting (every channel).
        v1::CreateCannedResponseRequest canned;
        canned.mutable_response()->set_title("Signature");
        canned.mutable_response()->set_text("Kind regards, Support");
        canned.mutable_response()->set_shortcut("/sig");
        canned.mutable_response()->add_channels(v1::CHANNEL_EMAIL);
        v1::CannedResponse created;
        const grpc::Status status = customers->client().directory().CreateCannedResponse(
            fixtures::GrpcClient::context(customers->adminToken()).get(), canned, &created);
        QVERIFY2(status.ok(), fixtures::describe(status).constData());
    }

    void anEmailReplyCarriesSubjectReplyAllQuoteAndAttachment()
    {
        auto s = signIn(QStringLiteral("agent1"));
        QVERIFY(s);
        QVERIFY(fixtures::waitForOk([&](auto done) { s->agent().setState(session::AgentState::Available, {}, false, done); }));
        const QString id = customers->enqueueEmail(QStringLiteral("Broken router"),
                                                   {QStringLiteral("support@switchboard.test"), QStringLiteral("bob@example.com")},
                                                   {QStringLiteral("carol@example.com")});
        QVERIFY(takes(*s, id));
        session::TranscriptStore &t = s->transcripts();
        t.open(id);
        QTRY_VERIFY_WITH_TIMEOUT(t.isLoaded(id), 10000);
        QVERIFY(customers->emails(id, "My router is broken", "Broken router", {QStringLiteral("photo.jpg")}));
        QTRY_COMPARE_WITH_TIMEOUT(t.messageCount(id), 1, 10000);
        const session::Message inbound = t.at(id, 0);
        QCOMPARE(inbound.subject, QStringLiteral("Broken router"));
        QVERIFY(inbound.to.contains(QStringLiteral("bob@example.com")));
        QCOMPARE(inbound.cc, QStringList{QStringLiteral("carol@example.com")});
        QCOMPARE(inbound.attachmentNames, QStringList{QStringLiteral("photo.jpg")});

        QString clientId;
        QVERIFY(fixtures::waitForOk([&](auto done) {
            clientId = t.sendEmail(id, QStringLiteral("Please restart it"), QStringLiteral("Re: Broken router"), true,
                                   QStringLiteral("> My router is broken"), {QStringLiteral("manual.pdf")}, {}, done);
        }));
        QTRY_VERIFY_WITH_TIMEOUT(rowWithText(t, id, QStringLiteral("Please restart it")) >= 0, 10000);

        // What the server holds: the reply to the customer, everyone else of their mail
        // in copy, the quote and the attachment with its type guessed from the name.
        const auto sent = customers->lastMessage(id);
        QVERIFY(sent);
        QCOMPARE(sent->text(), "Please restart it");
        QCOMPARE(sent->direction(), v1::MESSAGE_DIRECTION_OUTBOUND);
        QCOMPARE(sent->subject(), "Re: Broken router");
        QCOMPARE(sent->quoted_text(), "> My router is broken");
        QCOMPARE(sent->to_size(), 1);
        QCOMPARE(sent->to(0), "customer1@example.com");
        QCOMPARE(sent->cc_size(), 2);
        QCOMPARE(sent->attachments_size(), 1);
        QCOMPARE(sent->attachments(0).name(), "manual.pdf");
        QCOMPARE(sent->attachments(0).mime_type(), "application/pdf");
        QCOMPARE(sent->client_message_id(), clientId.toStdString());

        // ...and the store shows it so.
        const session::Message shown = t.at(id, rowWithText(t, id, QStringLiteral("Please restart it")));
        QCOMPARE(shown.subject, QStringLiteral("Re: Broken router"));
        QCOMPARE(shown.quotedText, QStringLiteral("> My router is broken"));
        QCOMPARE(shown.attachmentNames, QStringList{QStringLiteral("manual.pdf")});
        QCOMPARE(shown.cc.size(), 2);

        // The same client message id again: the server has it, nothing is added.
        const int count = t.messageCount(id);
        QVERIFY(fixtures::waitForOk([&](auto done) {
            t.sendEmail(id, QStringLiteral("Please restart it"), QStringLiteral("Re: Broken router"), true,
                        QStringLiteral("> My router is broken"), {QStringLiteral("manual.pdf")}, clientId, done);
        }));
        QCOMPARE(t.messageCount(id), count);

        // A send the server refuses shows as a failed row with its e-mail parts.
        QSignalSpy failed(&t, &session::TranscriptStore::sendFailed);
        QString error;
        QVERIFY(!fixtures::waitForOk([&](auto done) {
            t.sendEmail(id, QStringLiteral("No name"), {}, false, {}, {QString()}, {}, done);
        }, &error));
        QVERIFY2(error.contains(QStringLiteral("attachment")), qPrintable(error));
        QCOMPARE(failed.size(), 1);
        const session::Message refused = t.at(id, t.rowCount(id) - 1);
        QCOMPARE(refused.delivery, session::DeliveryState::Failed);
        QCOMPARE(refused.text, QStringLiteral("No name"));
        QCOMPARE(refused.attachmentNames, QStringList{QString()});
        t.dismissFailed(id, refused.clientMessageId);
        QCOMPARE(t.rowCount(id), t.messageCount(id));

        QVERIFY(finishes(*s, id));
    }

    void theQueuesServiceLevelWrapUpAndCannedResponsesAreLoaded()
    {
        auto s = signIn(QStringLiteral("agent1"));
        QVERIFY(s);
        session::InteractionStore &i = s->interactions();
        const QString queue = QString::fromStdString(customers->queueId());
        QTRY_COMPARE_WITH_TIMEOUT(i.queueName(queue), QStringLiteral("Mail desk"), 10000);
        QCOMPARE(i.serviceLevelSeconds(queue), 30);
        QCOMPARE(i.wrapUpSeconds(queue), 600);
        QCOMPARE(i.serviceLevelSeconds(QStringLiteral("queue-nope")), 0);
        QCOMPARE(i.wrapUpSeconds(QStringLiteral("queue-support")), 30);

        QTRY_VERIFY_WITH_TIMEOUT(!i.cannedResponses(session::Channel::Email).isEmpty(), 10000);
        auto titles = [&](session::Channel channel) {
            QStringList out;
            for (const session::CannedText &c : i.cannedResponses(channel))
                out << c.title;
            return out;
        };
        QVERIFY(titles(session::Channel::Email).contains(QStringLiteral("Signature")));
        QVERIFY(titles(session::Channel::Email).contains(QStringLiteral("Greeting")));
        QVERIFY(titles(session::Channel::Chat).contains(QStringLiteral("Greeting")));
        QVERIFY(!titles(session::Channel::Chat).contains(QStringLiteral("Signature")));
        for (const session::CannedText &c : i.cannedResponses(session::Channel::Email))
            if (c.title == QStringLiteral("Signature")) {
                QCOMPARE(c.shortcut, QStringLiteral("/sig"));
                QCOMPARE(c.text, QStringLiteral("Kind regards, Support"));
                QVERIFY(!c.id.isEmpty());
            }
    }

    void transferTargetsSayWhoCanTakeTheInteraction()
    {
        auto s1 = signIn(QStringLiteral("agent1"));
        auto s2 = signIn(QStringLiteral("agent2"));
        QVERIFY(s1 && s2);
        QVERIFY(fixtures::waitForOk([&](auto done) { s1->agent().setState(session::AgentState::Available, {}, false, done); }));
        QVERIFY(fixtures::waitForOk([&](auto done) {
            s2->agent().setState(session::AgentState::NotReady, QStringLiteral("reason-lunch"), false, done);
        }));
        const QString id = customers->enqueueChat();
        QVERIFY(takes(*s1, id));

        session::InteractionStore &i = s1->interactions();
        QSignalSpy changed(&i, &session::InteractionStore::transferTargetsChanged);
        i.loadTransferTargets(id);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
        QCOMPARE(changed.at(0).at(0).toString(), id);
        const QList<session::TransferTarget> targets = i.transferTargets(id);
        const session::TransferTarget *queue = target(targets, QString::fromStdString(customers->queueId()));
        QVERIFY(queue);
        QCOMPARE(queue->kind, session::TransferTarget::Kind::Queue);
        QCOMPARE(queue->name, QStringLiteral("Mail desk"));
        QCOMPARE(queue->detail, QStringLiteral("0 waiting"));
        QVERIFY(queue->available);
        QVERIFY(!target(targets, QStringLiteral("queue-billing")));   // takes no chat
        QVERIFY(!target(targets, s1->userId()));
        const session::TransferTarget *agent2 = target(targets, s2->userId());
        QVERIFY(agent2);
        QCOMPARE(agent2->kind, session::TransferTarget::Kind::Agent);
        QCOMPARE(agent2->name, QStringLiteral("agent2"));
        QCOMPARE(agent2->detail, QString::fromUtf8("Not Ready — Lunch"));
        QVERIFY(!agent2->available);

        QVERIFY(fixtures::waitForOk([&](auto done) { s2->agent().setState(session::AgentState::Available, {}, false, done); }));
        i.loadTransferTargets(id);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 10000);
        agent2 = target(i.transferTargets(id), s2->userId());
        QVERIFY(agent2);
        QCOMPARE(agent2->detail, QStringLiteral("Available"));
        QVERIFY(agent2->available);

        // Someone else's (or no) interaction: refused, reported.
        QSignalSpy failed(&s2->interactions(), &session::InteractionStore::commandFailed);
        s2->interactions().loadTransferTargets(id);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY(s2->interactions().transferTargets(id).isEmpty());

        // The target chosen: it goes to agent2.
        QVERIFY(fixtures::waitForOk([&](auto done) { i.transferToAgent(id, s2->userId(), done); }));
        QTRY_COMPARE_WITH_TIMEOUT(i.indexOf(id), -1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(s2->interactions().indexOf(id) >= 0, 10000);
        QVERIFY(fixtures::waitForOk([&](auto done) { s2->interactions().reject(id, done); }));
        QVERIFY(customers->abandons(id));
        QVERIFY(fixtures::waitForOk([&](auto done) { s2->agent().setState(session::AgentState::Offline, {}, false, done); }));
    }

    void historyShowsTheCustomersEarlierAndCurrentInteractions()
    {
        auto s = signIn(QStringLiteral("agent1"));
        QVERIFY(s);
        QVERIFY(fixtures::waitForOk([&](auto done) { s->agent().setState(session::AgentState::Available, {}, false, done); }));
        const QString first = customers->enqueue(v1::CHANNEL_EMAIL, QStringLiteral("First contact"));
        QVERIFY(takes(*s, first));
        QVERIFY(finishes(*s, first, QStringLiteral("wrap-sale")));
        const QString second = customers->enqueueAgain(v1::CHANNEL_CHAT, QStringLiteral("Second contact"));
        QVERIFY(takes(*s, second));

        session::InteractionStore &i = s->interactions();
        const QString customer = customers->lastCustomerId();
        QVERIFY(!i.hasHistory(customer));
        QSignalSpy changed(&i, &session::InteractionStore::historyChanged);
        i.loadHistory(customer);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
        QVERIFY(i.hasHistory(customer));
        const QList<session::HistoryItem> history = i.history(customer);
        QCOMPARE(history.size(), 2);
        // Newest first; the current one is there too, not ended yet.
        QCOMPARE(history.at(0).interactionId, second);
        QCOMPARE(history.at(0).channel, session::Channel::Chat);
        QCOMPARE(history.at(0).summary, QStringLiteral("Second contact"));
        QVERIFY(!history.at(0).endedAt.isValid());
        QCOMPARE(history.at(1).interactionId, first);
        QCOMPARE(history.at(1).channel, session::Channel::Email);
        QCOMPARE(history.at(1).queueId, QString::fromStdString(customers->queueId()));
        QCOMPARE(history.at(1).agentUserId, s->userId());
        QCOMPARE(history.at(1).summary, QStringLiteral("First contact"));
        QVERIFY(history.at(1).startedAt.isValid());
        QVERIFY(history.at(1).endedAt.isValid());
        QCOMPARE(history.at(1).wrapUpCodeId, QStringLiteral("wrap-sale"));

        QVERIFY(finishes(*s, second));
    }
};

QTEST_GUILESS_MAIN(TestSessionEmail)
#include "tst_session_email.moc"
