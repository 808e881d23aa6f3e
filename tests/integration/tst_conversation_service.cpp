// conversation::Service on a real gRPC server (runtime::ServiceHost, plaintext on a
// loopback port) with a real in-process bus. Interactions come into existence the way
// they do in production: routing's interaction_changed / offer_made events on the bus,
// published here by the test in routing's place.

#include "conversation_service.h"
#include "conversation_text.h"

#include "runtime_auth.h"
#include "runtime_bus.h"
#include "runtime_service_host.h"
#include "runtime_tokens.h"

#include "switchboard/v1/conversation.grpc.pb.h"
#include "switchboard/v1/gateway.pb.h"
#include "switchboard/v1/identity.pb.h"

#include <google/protobuf/util/time_util.h>
#include <grpcpp/grpcpp.h>

#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <mutex>

namespace v1 = switchboard::v1;
using google::protobuf::util::TimeUtil;
using grpc::StatusCode;

namespace {

const std::string Agent = "u-agent";
const std::string OtherAgent = "u-other";
const std::string Supervisor = "u-super";
const std::string Simulator = "u-sim";

QByteArray describe(const grpc::Status &status)
{
    return QByteArray::number(int(status.error_code())) + " " + QByteArray::fromStdString(status.error_message());
}

} // namespace

#define QVERIFY_OK(expr)                                                                                     \
    do {                                                                                                     \
        const grpc::Status s_ = (expr);                                                                      \
        QVERIFY2(s_.ok(), describe(s_).constData());                                                         \
    } while (false)

#define QCOMPARE_STATUS(expr, code)                                                                          \
    do {                                                                                                     \
        const grpc::Status s_ = (expr);                                                                      \
        QVERIFY2(s_.error_code() == (code), describe(s_).constData());                                       \
    } while (false)

class TstConversationService : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void chatExchangeGoesBothWaysWithIndexesAndEvents();
    void customerReplyMarksEarlierMessagesRead();
    void retriedSendReturnsTheSameMessage();
    void onlyTheAssignedAgentMaySend();
    void unknownInteractionIsNotFoundAndNoTokenIsUnauthenticated();
    void messageTextIsValidated();
    void sendingNeedsAnActiveInteraction();
    void emailReplyQuotesTheCustomerAndDefaultsTheSubject();
    void emailReplyAllCopiesTheThread();
    void emailMayBeSentDuringWrapUp();
    void smsSegmentsAreCounted();
    void smsIsLimitedToTenSegments();
    void callRingsWhenOfferedAndConnectsWhenAccepted();
    void offerWithTheWaitingVersionStillRings();
    void callActionsFollowTheStateMachine();
    void holdTimeIsAccounted();
    void dtmfDigitsAreValidated();
    void consultThenConferenceThenTransfer();
    void routingEndsTheCall();
    void customerHistoryIsNewestFirst();
    void whisperIsHiddenFromTheCustomer();
    void monitoringDeliversLaterMessagesToTheSupervisor();
    void bargeLetsTheSupervisorWriteToTheCustomer();
    void typingGoesToTheOtherSide();
    void olderRoutingEventsAreIgnored();
    void transcriptsSurviveARestart();

private:
    void startService();
    void stopService();
    std::string token(const std::string &userId, std::vector<v1::Role> roles);
    std::unique_ptr<grpc::ClientContext> as(const std::string &userId);

    v1::Interaction interaction(const std::string &id, v1::Channel channel, v1::InteractionState state,
                                const std::string &agent = Agent);
    // Publishes what routing would: interaction_changed (or offer_made) on a topic the
    // conversation service does not depend on.
    void routing(v1::Interaction interaction, bool offer = false);
    v1::Interaction activeChat(const std::string &id);

    v1::Message customerSays(const std::string &id, const std::string &text, const std::string &subject = {});
    grpc::Status send(const std::string &user, const std::string &id, const std::string &text, v1::Message *out,
                      const std::string &clientMessageId = {});
    v1::Transcript transcript(const std::string &user, const std::string &id);
    grpc::Status callAction(const std::string &id, v1::CallActionKind action, v1::Call *out,
                            const std::string &digits = {}, const std::string &target = {});
    v1::Call getCall(const std::string &id);

    std::vector<v1::Event> events(const std::string &topic, v1::Event::PayloadCase payload);
    void clearEvents();

    std::unique_ptr<QTemporaryDir> m_dir;
    runtime::ServerOptions m_options;
    std::unique_ptr<runtime::Bus> m_bus;
    std::unique_ptr<runtime::Bus::Subscription> m_recorder;
    std::unique_ptr<runtime::SigningKey> m_key;
    std::unique_ptr<runtime::TokenVerifier> m_verifier;
    std::unique_ptr<runtime::Authenticator> m_auth;
    std::unique_ptr<runtime::ServiceContext> m_context;
    std::unique_ptr<runtime::ServiceHost> m_host;
    std::unique_ptr<v1::ConversationService::Stub> m_stub;
    std::map<std::string, std::string> m_tokens;
    std::map<std::string, std::int64_t> m_versions;

    std::mutex m_mutex;
    std::vector<v1::Event> m_events;
};

// --- harness -------------------------------------------------------------------------

void TstConversationService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_options = runtime::ServerOptions{};
    m_options.services = {"conversation"};
    m_options.dataDir = m_dir->path().toStdString();
    m_options.listen = "127.0.0.1:0";
    m_options.insecure = true;
    m_bus = runtime::makeInProcessBus();
    m_recorder = m_bus->subscribe([this](const v1::Event &event) {
        std::lock_guard lock(m_mutex);
        m_events.push_back(event);
    });
    m_key = std::make_unique<runtime::SigningKey>(runtime::SigningKey::generate());
    m_verifier = std::make_unique<runtime::TokenVerifier>();
    m_verifier->addPublicKey(m_key->keyId(), m_key->publicBytes());
    m_auth = std::make_unique<runtime::Authenticator>(*m_verifier);
    m_context.reset(new runtime::ServiceContext{m_options, *m_bus, *m_verifier, *m_auth, nullptr, "0", {}});
    m_tokens[Agent] = token(Agent, {v1::ROLE_AGENT});
    m_tokens[OtherAgent] = token(OtherAgent, {v1::ROLE_AGENT});
    m_tokens[Supervisor] = token(Supervisor, {v1::ROLE_SUPERVISOR});
    m_tokens[Simulator] = token(Simulator, {v1::ROLE_INTEGRATION});
    m_versions.clear();
    clearEvents();
    startService();
}

void TstConversationService::cleanup()
{
    stopService();
    m_context.reset();
    m_auth.reset();
    m_verifier.reset();
    m_recorder.reset();
    m_bus.reset();
    m_dir.reset();
}

void TstConversationService::startService()
{
    m_host = std::make_unique<runtime::ServiceHost>(m_options, nullptr);
    m_host->add(std::make_unique<conversation::Service>(*m_context));
    m_host->start();
    QVERIFY(m_host->port() > 0);
    m_stub = v1::ConversationService::NewStub(
        runtime::makeClientChannel("127.0.0.1:" + std::to_string(m_host->port()), {}, true));
}

void TstConversationService::stopService()
{
    m_stub.reset();
    if (m_host)
        m_host->shutdown();
    m_host.reset();
}

std::string TstConversationService::token(const std::string &userId, std::vector<v1::Role> roles)
{
    v1::SessionClaims claims;
    claims.set_user_id(userId);
    claims.set_username("name-" + userId);
    for (auto role : roles)
        claims.add_roles(role);
    claims.set_session_id("s-" + userId);
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    claims.set_issued_at_ms(now);
    claims.set_expires_at_ms(now + 3600 * 1000);
    return m_key->sign(claims);
}

std::unique_ptr<grpc::ClientContext> TstConversationService::as(const std::string &userId)
{
    auto context = std::make_unique<grpc::ClientContext>();
    if (!userId.empty())
        context->AddMetadata("authorization", "Bearer " + m_tokens.at(userId));
    context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    return context;
}

v1::Interaction TstConversationService::interaction(const std::string &id, v1::Channel channel,
                                                    v1::InteractionState state, const std::string &agent)
{
    v1::Interaction i;
    i.set_id(id);
    i.set_channel(channel);
    i.set_queue_id("queue-support");
    i.set_state(state);
    i.mutable_customer()->set_id("cust-" + id);
    i.mutable_customer()->set_display_name("Carla Customer");
    i.mutable_customer()->set_address(channel == v1::CHANNEL_EMAIL ? "carla@example.test" : "+4915100000");
    i.set_agent_user_id(state == v1::INTERACTION_STATE_WAITING ? "" : agent);
    *i.mutable_enqueued_at() = TimeUtil::MillisecondsToTimestamp(QDateTime::currentMSecsSinceEpoch());
    return i;
}

void TstConversationService::routing(v1::Interaction interaction, bool offer)
{
    interaction.set_version(++m_versions[interaction.id()]);
    v1::Event event;
    event.set_topic("queue:" + interaction.queue_id());
    if (offer)
        *event.mutable_offer_made()->mutable_interaction() = interaction;
    else
        *event.mutable_interaction_changed()->mutable_interaction() = interaction;
    m_bus->publish(std::move(event));
}

v1::Interaction TstConversationService::activeChat(const std::string &id)
{
    v1::Interaction i = interaction(id, v1::CHANNEL_CHAT, v1::INTERACTION_STATE_ACTIVE);
    routing(i);
    return i;
}

v1::Message TstConversationService::customerSays(const std::string &id, const std::string &text,
                                                 const std::string &subject)
{
    v1::CustomerSendMessageRequest request;
    request.set_interaction_id(id);
    request.set_text(text);
    request.set_subject(subject);
    v1::Message message;
    const grpc::Status status = m_stub->CustomerSendMessage(as(Simulator).get(), request, &message);
    if (!status.ok())
        qWarning() << "CustomerSendMessage:" << describe(status);
    return message;
}

grpc::Status TstConversationService::send(const std::string &user, const std::string &id, const std::string &text,
                                          v1::Message *out, const std::string &clientMessageId)
{
    v1::SendMessageRequest request;
    request.set_interaction_id(id);
    request.set_text(text);
    request.set_client_message_id(clientMessageId);
    return m_stub->SendMessage(as(user).get(), request, out);
}

v1::Transcript TstConversationService::transcript(const std::string &user, const std::string &id)
{
    v1::GetTranscriptRequest request;
    request.set_interaction_id(id);
    v1::Transcript transcript;
    const grpc::Status status = m_stub->GetTranscript(as(user).get(), request, &transcript);
    if (!status.ok())
        qWarning() << "GetTranscript:" << describe(status);
    return transcript;
}

grpc::Status TstConversationService::callAction(const std::string &id, v1::CallActionKind action, v1::Call *out,
                                                const std::string &digits, const std::string &target)
{
    v1::CallActionRequest request;
    request.set_interaction_id(id);
    request.set_action(action);
    request.set_digits(digits);
    request.set_consult_target(target);
    return m_stub->CallAction(as(Agent).get(), request, out);
}

v1::Call TstConversationService::getCall(const std::string &id)
{
    v1::GetCallRequest request;
    request.set_interaction_id(id);
    v1::Call call;
    const grpc::Status status = m_stub->GetCall(as(Agent).get(), request, &call);
    if (!status.ok())
        qWarning() << "GetCall:" << describe(status);
    return call;
}

std::vector<v1::Event> TstConversationService::events(const std::string &topic, v1::Event::PayloadCase payload)
{
    std::lock_guard lock(m_mutex);
    std::vector<v1::Event> out;
    for (const auto &event : m_events)
        if (event.topic() == topic && event.payload_case() == payload)
            out.push_back(event);
    return out;
}

void TstConversationService::clearEvents()
{
    std::lock_guard lock(m_mutex);
    m_events.clear();
}

// --- chat ----------------------------------------------------------------------------

void TstConversationService::chatExchangeGoesBothWaysWithIndexesAndEvents()
{
    activeChat("i-chat");
    const v1::Message hello = customerSays("i-chat", "Hello, my router is broken");
    QCOMPARE(hello.index(), 0);
    QCOMPARE(hello.direction(), v1::MESSAGE_DIRECTION_INBOUND);
    QCOMPARE(hello.author().user_id(), std::string("cust-i-chat"));
    QCOMPARE(hello.delivery(), v1::DELIVERY_STATE_DELIVERED);

    v1::Message reply;
    QVERIFY_OK(send(Agent, "i-chat", "Sorry to hear that. Which model?", &reply));
    QCOMPARE(reply.index(), 1);
    QCOMPARE(reply.direction(), v1::MESSAGE_DIRECTION_OUTBOUND);
    QCOMPARE(reply.author().user_id(), Agent);
    QCOMPARE(reply.delivery(), v1::DELIVERY_STATE_SENT);
    QVERIFY(!reply.id().empty());

    const v1::Transcript t = transcript(Agent, "i-chat");
    QCOMPARE(t.channel(), v1::CHANNEL_CHAT);
    QCOMPARE(t.messages_size(), 2);
    QCOMPARE(t.messages(0).text(), hello.text());
    QCOMPARE(t.messages(1).id(), reply.id());

    // The agent hears about both; the customer's side only about the agent's message.
    QTRY_COMPARE(events("user:" + Agent, v1::Event::kMessageAdded).size(), size_t(2));
    const auto toCustomer = events("role:integration", v1::Event::kMessageAdded);
    QCOMPARE(toCustomer.size(), size_t(1));
    QCOMPARE(toCustomer.front().message_added().message().id(), reply.id());

    v1::GetTranscriptRequest from;
    from.set_interaction_id("i-chat");
    from.set_from_index(1);
    v1::Transcript tail;
    QVERIFY_OK(m_stub->GetTranscript(as(Agent).get(), from, &tail));
    QCOMPARE(tail.messages_size(), 1);
    QCOMPARE(tail.messages(0).index(), 1);
    from.set_from_index(-1);
    QCOMPARE_STATUS(m_stub->GetTranscript(as(Agent).get(), from, &tail), StatusCode::INVALID_ARGUMENT);
}

void TstConversationService::customerReplyMarksEarlierMessagesRead()
{
    activeChat("i-read");
    v1::Message reply;
    QVERIFY_OK(send(Agent, "i-read", "Are you still there?", &reply));
    clearEvents();
    customerSays("i-read", "yes");
    const v1::Transcript t = transcript(Agent, "i-read");
    QCOMPARE(t.messages(0).delivery(), v1::DELIVERY_STATE_READ);
    // The agent learns of it as the same message (same index) again.
    const auto updates = events("user:" + Agent, v1::Event::kMessageAdded);
    QCOMPARE(updates.size(), size_t(2));
    QCOMPARE(updates[0].message_added().message().index(), 0);
    QCOMPARE(updates[0].message_added().message().delivery(), v1::DELIVERY_STATE_READ);
    QCOMPARE(updates[1].message_added().message().index(), 1);
}

void TstConversationService::retriedSendReturnsTheSameMessage()
{
    activeChat("i-retry");
    v1::Message first, second;
    QVERIFY_OK(send(Agent, "i-retry", "One moment please", &first, "draft-1"));
    QVERIFY_OK(send(Agent, "i-retry", "One moment please", &second, "draft-1"));
    QCOMPARE(second.id(), first.id());
    QCOMPARE(second.index(), first.index());
    QCOMPARE(second.client_message_id(), std::string("draft-1"));
    QCOMPARE(transcript(Agent, "i-retry").messages_size(), 1);
    QCOMPARE(events("role:integration", v1::Event::kMessageAdded).size(), size_t(1));

    v1::Message other;
    QCOMPARE_STATUS(send(Agent, "i-retry", "Something else", &other, "draft-1"), StatusCode::ALREADY_EXISTS);
    QVERIFY_OK(send(Agent, "i-retry", "Something else", &other, "draft-2"));
    QCOMPARE(other.index(), 1);
}

void TstConversationService::onlyTheAssignedAgentMaySend()
{
    activeChat("i-mine");
    v1::Message m;
    QCOMPARE_STATUS(send(OtherAgent, "i-mine", "I am not your agent", &m), StatusCode::PERMISSION_DENIED);
    QCOMPARE_STATUS(send(Supervisor, "i-mine", "Not barged in yet", &m), StatusCode::PERMISSION_DENIED);
    v1::GetTranscriptRequest request;
    request.set_interaction_id("i-mine");
    v1::Transcript t;
    QCOMPARE_STATUS(m_stub->GetTranscript(as(OtherAgent).get(), request, &t), StatusCode::PERMISSION_DENIED);
    QVERIFY_OK(m_stub->GetTranscript(as(Supervisor).get(), request, &t));
    v1::CustomerSendMessageRequest customer;
    customer.set_interaction_id("i-mine");
    customer.set_text("an agent cannot speak for the customer");
    QCOMPARE_STATUS(m_stub->CustomerSendMessage(as(Agent).get(), customer, &m), StatusCode::PERMISSION_DENIED);
    QCOMPARE(transcript(Agent, "i-mine").messages_size(), 0);
}

void TstConversationService::unknownInteractionIsNotFoundAndNoTokenIsUnauthenticated()
{
    v1::Message m;
    QCOMPARE_STATUS(send(Agent, "i-nowhere", "hello", &m), StatusCode::NOT_FOUND);
    QCOMPARE_STATUS(send(Agent, "", "hello", &m), StatusCode::INVALID_ARGUMENT);
    v1::SendMessageRequest request;
    request.set_interaction_id("i-nowhere");
    request.set_text("hello");
    grpc::ClientContext anonymous;
    QCOMPARE_STATUS(m_stub->SendMessage(&anonymous, request, &m), StatusCode::UNAUTHENTICATED);
}

void TstConversationService::messageTextIsValidated()
{
    activeChat("i-text");
    v1::Message m;
    QCOMPARE_STATUS(send(Agent, "i-text", "", &m), StatusCode::INVALID_ARGUMENT);
    QCOMPARE_STATUS(send(Agent, "i-text", "  \n\t ", &m), StatusCode::INVALID_ARGUMENT);
    const grpc::Status tooLong = send(Agent, "i-text", std::string(4001, 'x'), &m);
    QCOMPARE(tooLong.error_code(), StatusCode::INVALID_ARGUMENT);
    QVERIFY2(tooLong.error_message().starts_with("text:"), tooLong.error_message().c_str());
    QVERIFY2(tooLong.error_message().find("4001") != std::string::npos, tooLong.error_message().c_str());
    // Characters, not bytes: 4000 two-byte characters are fine.
    std::string umlauts;
    for (int i = 0; i < 4000; ++i)
        umlauts += "ü";
    QVERIFY_OK(send(Agent, "i-text", umlauts, &m));
    QVERIFY_OK(send(Agent, "i-text", std::string(4000, 'x'), &m));

    v1::SendMessageRequest emailOnly;
    emailOnly.set_interaction_id("i-text");
    emailOnly.set_text("hi");
    emailOnly.set_subject("chat has no subject");
    QCOMPARE_STATUS(m_stub->SendMessage(as(Agent).get(), emailOnly, &m), StatusCode::INVALID_ARGUMENT);
}

void TstConversationService::sendingNeedsAnActiveInteraction()
{
    routing(interaction("i-offered", v1::CHANNEL_CHAT, v1::INTERACTION_STATE_OFFERED), true);
    v1::Message m;
    const grpc::Status offered = send(Agent, "i-offered", "too early", &m);
    QCOMPARE(offered.error_code(), StatusCode::FAILED_PRECONDITION);
    QVERIFY2(offered.error_message().find("offered") != std::string::npos, offered.error_message().c_str());

    routing(interaction("i-voice", v1::CHANNEL_VOICE, v1::INTERACTION_STATE_ACTIVE));
    QCOMPARE_STATUS(send(Agent, "i-voice", "voice has no text", &m), StatusCode::FAILED_PRECONDITION);

    v1::Interaction done = activeChat("i-done");
    done.set_state(v1::INTERACTION_STATE_WRAP_UP);
    routing(done);
    QCOMPARE_STATUS(send(Agent, "i-done", "chat is over", &m), StatusCode::FAILED_PRECONDITION);
    done.set_state(v1::INTERACTION_STATE_COMPLETED);
    routing(done);
    v1::CustomerSendMessageRequest late;
    late.set_interaction_id("i-done");
    late.set_text("hello?");
    QCOMPARE_STATUS(m_stub->CustomerSendMessage(as(Simulator).get(), late, &m), StatusCode::FAILED_PRECONDITION);
}

// --- e-mail and SMS ------------------------------------------------------------------------

void TstConversationService::emailReplyQuotesTheCustomerAndDefaultsTheSubject()
{
    v1::Interaction i = interaction("i-mail", v1::CHANNEL_EMAIL, v1::INTERACTION_STATE_ACTIVE);
    i.set_subject("Invoice 42 is wrong");
    routing(i);
    const v1::Message in = customerSays("i-mail", "Hello,\r\nthe amount is wrong.\n\nCarla");
    QCOMPARE(in.subject(), i.subject());

    v1::Message reply;
    QVERIFY_OK(send(Agent, "i-mail", "We corrected it.", &reply));
    QCOMPARE(reply.subject(), std::string("Re: Invoice 42 is wrong"));
    QCOMPARE(reply.to_size(), 1);
    QCOMPARE(reply.to(0), std::string("carla@example.test"));
    QCOMPARE(reply.cc_size(), 0);
    QCOMPARE(reply.quoted_text(), std::string("> Hello,\n> the amount is wrong.\n>\n> Carla"));

    v1::SendMessageRequest own;
    own.set_interaction_id("i-mail");
    own.set_text("Also, here is your credit note.");
    own.set_subject("Your credit note");
    own.set_quoted_text("> my own quote");
    own.add_attachments()->set_name("credit-note.pdf");
    own.mutable_attachments(0)->set_mime_type("application/pdf");
    own.mutable_attachments(0)->set_size_bytes(12345);
    v1::Message second;
    QVERIFY_OK(m_stub->SendMessage(as(Agent).get(), own, &second));
    QCOMPARE(second.subject(), std::string("Your credit note"));
    QCOMPARE(second.quoted_text(), std::string("> my own quote"));

    const v1::Transcript t = transcript(Agent, "i-mail");
    QCOMPARE(t.messages_size(), 3);
    QCOMPARE(t.messages(2).attachments_size(), 1);
    QCOMPARE(t.messages(2).attachments(0).name(), std::string("credit-note.pdf"));
    QCOMPARE(t.messages(2).attachments(0).size_bytes(), 12345);
    QCOMPARE(t.messages(1).to(0), std::string("carla@example.test"));

    own.mutable_attachments(0)->set_name("");
    QCOMPARE_STATUS(m_stub->SendMessage(as(Agent).get(), own, &second), StatusCode::INVALID_ARGUMENT);
}

void TstConversationService::emailReplyAllCopiesTheThread()
{
    v1::Interaction i = interaction("i-mail-all", v1::CHANNEL_EMAIL, v1::INTERACTION_STATE_ACTIVE);
    i.set_subject("Re: Contract");
    (*i.mutable_attributes())["email_to"] = "support@acme.test, legal@acme.test";
    (*i.mutable_attributes())["email_cc"] = "boss@example.test; carla@example.test";
    routing(i);
    const v1::Message in = customerSays("i-mail-all", "Please confirm.");
    QCOMPARE(in.to_size(), 2);
    QCOMPARE(in.cc_size(), 2);

    v1::SendMessageRequest request;
    request.set_interaction_id("i-mail-all");
    request.set_text("Confirmed.");
    request.set_reply_all(true);
    v1::Message reply;
    QVERIFY_OK(m_stub->SendMessage(as(Agent).get(), request, &reply));
    QCOMPARE(reply.subject(), std::string("Re: Contract"));   // no "Re: Re:"
    QCOMPARE(reply.to_size(), 1);
    QCOMPARE(reply.to(0), std::string("carla@example.test"));
    // Everyone else on the thread, without our own mailbox and without the customer twice.
    QCOMPARE(reply.cc_size(), 2);
    QCOMPARE(reply.cc(0), std::string("legal@acme.test"));
    QCOMPARE(reply.cc(1), std::string("boss@example.test"));
    QCOMPARE(reply.quoted_text(), std::string("> Please confirm."));
}

void TstConversationService::emailMayBeSentDuringWrapUp()
{
    v1::Interaction i = interaction("i-mail-wrap", v1::CHANNEL_EMAIL, v1::INTERACTION_STATE_WRAP_UP);
    routing(i);
    v1::Message m;
    QVERIFY_OK(send(Agent, "i-mail-wrap", "As promised, the follow-up.", &m));
    QCOMPARE(m.subject(), std::string("Re: (no subject)"));
    i.set_state(v1::INTERACTION_STATE_COMPLETED);
    routing(i);
    QCOMPARE_STATUS(send(Agent, "i-mail-wrap", "Too late now.", &m), StatusCode::FAILED_PRECONDITION);
}

void TstConversationService::smsSegmentsAreCounted()
{
    QCOMPARE(conversation::smsSegments("").segments, 0);
    QCOMPARE(conversation::smsSegments(std::string(160, 'a')).segments, 1);
    QCOMPARE(conversation::smsSegments(std::string(161, 'a')).segments, 2);
    QCOMPARE(conversation::smsSegments(std::string(306, 'a')).segments, 2);
    QCOMPARE(conversation::smsSegments(std::string(307, 'a')).segments, 3);
    // The euro sign is in the extension table: two septets.
    const auto euro = conversation::smsSegments(std::string(159, 'a') + "€");
    QVERIFY(!euro.ucs2);
    QCOMPARE(euro.units, 161);
    QCOMPARE(euro.segments, 2);
    // An escape pair is never split: 152 + a 2-septet character starts a new part.
    QCOMPARE(conversation::smsSegments(std::string(152, 'a') + "€" + std::string(153, 'a')).segments, 3);
    // Accented letters of the GSM alphabet stay 7-bit; others switch to UCS-2.
    QVERIFY(!conversation::smsSegments("Grüße aus Köln").ucs2);
    const auto polish = conversation::smsSegments("Dzień dobry");
    QVERIFY(polish.ucs2);
    QCOMPARE(polish.segments, 1);
    std::string ucs2(70 * 2, '\0');
    ucs2.clear();
    for (int i = 0; i < 70; ++i)
        ucs2 += "ń";
    QCOMPARE(conversation::smsSegments(ucs2).segments, 1);
    QCOMPARE(conversation::smsSegments(ucs2 + "ń").segments, 2);
    // Outside the BMP: two UTF-16 units.
    QCOMPARE(conversation::smsSegments("🙂").units, 2);
}

void TstConversationService::smsIsLimitedToTenSegments()
{
    routing(interaction("i-sms", v1::CHANNEL_SMS, v1::INTERACTION_STATE_ACTIVE));
    v1::Message m;
    QVERIFY_OK(send(Agent, "i-sms", std::string(10 * 153, 'a'), &m));
    const grpc::Status tooLong = send(Agent, "i-sms", std::string(10 * 153 + 1, 'a'), &m);
    QCOMPARE(tooLong.error_code(), StatusCode::INVALID_ARGUMENT);
    QVERIFY2(tooLong.error_message().find("11") != std::string::npos, tooLong.error_message().c_str());
    std::string ucs2;
    for (int i = 0; i < 10 * 67; ++i)
        ucs2 += "ń";
    QVERIFY_OK(send(Agent, "i-sms", ucs2, &m));
    QCOMPARE_STATUS(send(Agent, "i-sms", ucs2 + "ń", &m), StatusCode::INVALID_ARGUMENT);

    v1::SendMessageRequest withFile;
    withFile.set_interaction_id("i-sms");
    withFile.set_text("see attached");
    withFile.add_attachments()->set_name("photo.jpg");
    QCOMPARE_STATUS(m_stub->SendMessage(as(Agent).get(), withFile, &m), StatusCode::INVALID_ARGUMENT);
}

// --- voice ---------------------------------------------------------------------------------

void TstConversationService::callRingsWhenOfferedAndConnectsWhenAccepted()
{
    v1::Interaction i = interaction("i-call", v1::CHANNEL_VOICE, v1::INTERACTION_STATE_OFFERED);
    routing(i, true);
    v1::Call call = getCall("i-call");
    QCOMPARE(call.state(), v1::CALL_STATE_RINGING);
    QCOMPARE(call.parties_size(), 2);
    QCOMPARE(call.parties(0).id(), std::string("customer:cust-i-call"));
    QCOMPARE(call.parties(1).id(), Agent);
    QTRY_COMPARE(events("user:" + Agent, v1::Event::kCallChanged).size(), size_t(1));
    QCOMPARE(events("role:integration", v1::Event::kCallChanged).size(), size_t(1));

    i.set_state(v1::INTERACTION_STATE_ACTIVE);
    routing(i);
    call = getCall("i-call");
    QCOMPARE(call.state(), v1::CALL_STATE_CONNECTED);
    QVERIFY(call.has_connected_at());
    QTRY_COMPARE(events("user:" + Agent, v1::Event::kCallChanged).size(), size_t(2));

    // A waiting call has no call model yet; a chat is not a call.
    routing(interaction("i-call-waiting", v1::CHANNEL_VOICE, v1::INTERACTION_STATE_WAITING));
    v1::GetCallRequest request;
    request.set_interaction_id("i-call-waiting");
    QCOMPARE_STATUS(m_stub->GetCall(as(Supervisor).get(), request, &call), StatusCode::FAILED_PRECONDITION);
    activeChat("i-not-a-call");
    request.set_interaction_id("i-not-a-call");
    QCOMPARE_STATUS(m_stub->GetCall(as(Agent).get(), request, &call), StatusCode::FAILED_PRECONDITION);
}

void TstConversationService::offerWithTheWaitingVersionStillRings()
{
    // Routing's offer_made carries the interaction as it was waiting (same version),
    // followed by interaction_changed with the next version.
    v1::Interaction i = interaction("i-offer", v1::CHANNEL_VOICE, v1::INTERACTION_STATE_WAITING);
    i.set_version(3);
    v1::Event waiting;
    *waiting.mutable_interaction_changed()->mutable_interaction() = i;
    m_bus->publish(waiting);
    i.set_state(v1::INTERACTION_STATE_OFFERED);
    i.set_agent_user_id(Agent);
    v1::Event offer;
    *offer.mutable_offer_made()->mutable_interaction() = i;
    m_bus->publish(offer);
    QCOMPARE(getCall("i-offer").state(), v1::CALL_STATE_RINGING);
    i.set_version(4);
    v1::Event changed;
    *changed.mutable_interaction_changed()->mutable_interaction() = i;
    m_bus->publish(changed);
    const v1::Call call = getCall("i-offer");
    QCOMPARE(call.state(), v1::CALL_STATE_RINGING);
    QCOMPARE(call.version(), 1);   // the same offer twice rings once
}

void TstConversationService::callActionsFollowTheStateMachine()
{
    routing(interaction("i-sm", v1::CHANNEL_VOICE, v1::INTERACTION_STATE_OFFERED), true);
    v1::Call call;
    const grpc::Status early = callAction("i-sm", v1::CALL_ACTION_HOLD, &call);
    QCOMPARE(early.error_code(), StatusCode::FAILED_PRECONDITION);
    QVERIFY2(early.error_message().find("ringing") != std::string::npos, early.error_message().c_str());
    QCOMPARE_STATUS(callAction("i-sm", v1::CALL_ACTION_HANG_UP, &call), StatusCode::FAILED_PRECONDITION);

    QVERIFY_OK(callAction("i-sm", v1::CALL_ACTION_ANSWER, &call));
    QCOMPARE(call.state(), v1::CALL_STATE_CONNECTED);
    QCOMPARE(call.parties(1).display_name(), "name-" + Agent);
    const grpc::Status again = callAction("i-sm", v1::CALL_ACTION_ANSWER, &call);
    QCOMPARE(again.error_code(), StatusCode::FAILED_PRECONDITION);
    QVERIFY2(again.error_message().find("connected") != std::string::npos, again.error_message().c_str());

    QVERIFY_OK(callAction("i-sm", v1::CALL_ACTION_MUTE, &call));
    QVERIFY(call.muted());
    const std::int64_t version = call.version();
    QVERIFY_OK(callAction("i-sm", v1::CALL_ACTION_MUTE, &call));   // repeated: no change
    QCOMPARE(call.version(), version);
    QVERIFY_OK(callAction("i-sm", v1::CALL_ACTION_UNMUTE, &call));
    QVERIFY(!call.muted());

    QVERIFY_OK(callAction("i-sm", v1::CALL_ACTION_HOLD, &call));
    QCOMPARE(call.state(), v1::CALL_STATE_HELD);
    QVERIFY(call.parties(0).on_hold());
    QCOMPARE_STATUS(callAction("i-sm", v1::CALL_ACTION_HOLD, &call), StatusCode::FAILED_PRECONDITION);
    QCOMPARE_STATUS(callAction("i-sm", v1::CALL_ACTION_CONFERENCE, &call), StatusCode::FAILED_PRECONDITION);
    QVERIFY_OK(callAction("i-sm", v1::CALL_ACTION_RESUME, &call));
    QCOMPARE(call.state(), v1::CALL_STATE_CONNECTED);
    QVERIFY(!call.parties(0).on_hold());

    v1::CallActionRequest other;
    other.set_interaction_id("i-sm");
    other.set_action(v1::CALL_ACTION_HANG_UP);
    QCOMPARE_STATUS(m_stub->CallAction(as(OtherAgent).get(), other, &call), StatusCode::PERMISSION_DENIED);
    other.set_action(v1::CALL_ACTION_UNSPECIFIED);
    QCOMPARE_STATUS(m_stub->CallAction(as(Agent).get(), other, &call), StatusCode::INVALID_ARGUMENT);

    QVERIFY_OK(callAction("i-sm", v1::CALL_ACTION_HANG_UP, &call));
    QCOMPARE(call.state(), v1::CALL_STATE_ENDED);
    const grpc::Status afterEnd = callAction("i-sm", v1::CALL_ACTION_RESUME, &call);
    QCOMPARE(afterEnd.error_code(), StatusCode::FAILED_PRECONDITION);
    QVERIFY2(afterEnd.error_message().find("ended") != std::string::npos, afterEnd.error_message().c_str());
}

void TstConversationService::holdTimeIsAccounted()
{
    routing(interaction("i-hold", v1::CHANNEL_VOICE, v1::INTERACTION_STATE_ACTIVE));
    v1::Call call;
    const std::int64_t beforeHold = QDateTime::currentMSecsSinceEpoch();
    QVERIFY_OK(callAction("i-hold", v1::CALL_ACTION_HOLD, &call));
    QCOMPARE(call.hold_seconds_total(), 0);
    // held_since is the start of this hold, on every answer while it lasts.
    QVERIFY(call.has_held_since());
    const std::int64_t heldSince = TimeUtil::TimestampToMilliseconds(call.held_since());
    QVERIFY(heldSince >= beforeHold && heldSince <= QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(TimeUtil::TimestampToMilliseconds(getCall("i-hold").held_since()), heldSince);
    // A running hold counts as it runs.
    QTRY_VERIFY_WITH_TIMEOUT(getCall("i-hold").hold_seconds_total() >= 1, 5000);
    QVERIFY_OK(callAction("i-hold", v1::CALL_ACTION_RESUME, &call));
    QVERIFY(!call.has_held_since());      // cleared on resume
    QVERIFY(!getCall("i-hold").has_held_since());
    const std::int64_t held = call.hold_seconds_total();
    QVERIFY(held >= 1);
    // Resumed: no longer counting, and a second hold adds to the first.
    QCOMPARE(getCall("i-hold").hold_seconds_total(), held);
    QVERIFY_OK(callAction("i-hold", v1::CALL_ACTION_HOLD, &call));
    QTRY_VERIFY_WITH_TIMEOUT(getCall("i-hold").hold_seconds_total() >= held + 1, 5000);
    QVERIFY_OK(callAction("i-hold", v1::CALL_ACTION_HANG_UP, &call));
    QVERIFY(call.hold_seconds_total() >= held + 1);
}

void TstConversationService::dtmfDigitsAreValidated()
{
    routing(interaction("i-dtmf", v1::CHANNEL_VOICE, v1::INTERACTION_STATE_ACTIVE));
    v1::Call call;
    QVERIFY_OK(callAction("i-dtmf", v1::CALL_ACTION_DTMF, &call, "12#"));
    QVERIFY_OK(callAction("i-dtmf", v1::CALL_ACTION_DTMF, &call, "*AD0"));
    QCOMPARE(call.dtmf_sent(), std::string("12#*AD0"));
    for (const char *bad : {"", "12x", "a", "1 2", "E"})
        QCOMPARE_STATUS(callAction("i-dtmf", v1::CALL_ACTION_DTMF, &call, bad), StatusCode::INVALID_ARGUMENT);
    QCOMPARE_STATUS(callAction("i-dtmf", v1::CALL_ACTION_DTMF, &call, std::string(33, '1')), StatusCode::INVALID_ARGUMENT);
    QVERIFY_OK(callAction("i-dtmf", v1::CALL_ACTION_HOLD, &call));
    QCOMPARE_STATUS(callAction("i-dtmf", v1::CALL_ACTION_DTMF, &call, "1"), StatusCode::FAILED_PRECONDITION);
    QCOMPARE(getCall("i-dtmf").dtmf_sent(), std::string("12#*AD0"));
}

void TstConversationService::consultThenConferenceThenTransfer()
{
    v1::Interaction i = interaction("i-xfer", v1::CHANNEL_VOICE, v1::INTERACTION_STATE_ACTIVE);
    routing(i);
    v1::Call call;
    QCOMPARE_STATUS(callAction("i-xfer", v1::CALL_ACTION_CONSULT, &call), StatusCode::INVALID_ARGUMENT);
    QCOMPARE_STATUS(callAction("i-xfer", v1::CALL_ACTION_CONSULT, &call, {}, Agent), StatusCode::INVALID_ARGUMENT);
    QCOMPARE_STATUS(callAction("i-xfer", v1::CALL_ACTION_COMPLETE_TRANSFER, &call), StatusCode::FAILED_PRECONDITION);

    QVERIFY_OK(callAction("i-xfer", v1::CALL_ACTION_CONSULT, &call, {}, OtherAgent));
    QCOMPARE(call.state(), v1::CALL_STATE_CONSULTING);
    QCOMPARE(call.parties_size(), 3);
    QVERIFY(call.parties(0).on_hold());
    QCOMPARE(call.parties(2).id(), OtherAgent);

    // Resuming a consultation cancels it.
    QVERIFY_OK(callAction("i-xfer", v1::CALL_ACTION_RESUME, &call));
    QCOMPARE(call.state(), v1::CALL_STATE_CONNECTED);
    QCOMPARE(call.parties_size(), 2);

    QVERIFY_OK(callAction("i-xfer", v1::CALL_ACTION_CONSULT, &call, {}, OtherAgent));
    QVERIFY_OK(callAction("i-xfer", v1::CALL_ACTION_CONFERENCE, &call));
    QCOMPARE(call.state(), v1::CALL_STATE_CONFERENCED);
    QCOMPARE(call.parties_size(), 3);
    for (const auto &party : call.parties())
        QVERIFY(!party.on_hold());
    QCOMPARE_STATUS(callAction("i-xfer", v1::CALL_ACTION_HOLD, &call), StatusCode::FAILED_PRECONDITION);
    QVERIFY_OK(callAction("i-xfer", v1::CALL_ACTION_DTMF, &call, "5"));

    QVERIFY_OK(callAction("i-xfer", v1::CALL_ACTION_COMPLETE_TRANSFER, &call));
    QCOMPARE(call.state(), v1::CALL_STATE_ENDED);
    QCOMPARE(call.parties_size(), 2);
    QCOMPARE(call.parties(1).id(), OtherAgent);

    // The client then asks routing to transfer; routing offers the call to the other
    // agent, and a new leg rings for them.
    i.set_state(v1::INTERACTION_STATE_OFFERED);
    i.set_agent_user_id(OtherAgent);
    routing(i, true);
    v1::GetCallRequest request;
    request.set_interaction_id("i-xfer");
    QVERIFY_OK(m_stub->GetCall(as(OtherAgent).get(), request, &call));
    QCOMPARE(call.state(), v1::CALL_STATE_RINGING);
    QCOMPARE(call.parties_size(), 2);
    QCOMPARE(call.parties(1).id(), OtherAgent);
    QCOMPARE(call.dtmf_sent(), std::string("5"));
    QCOMPARE_STATUS(m_stub->GetCall(as(Agent).get(), request, &call), StatusCode::PERMISSION_DENIED);
}

void TstConversationService::routingEndsTheCall()
{
    v1::Interaction i = interaction("i-end", v1::CHANNEL_VOICE, v1::INTERACTION_STATE_ACTIVE);
    routing(i);
    v1::Call call;
    QVERIFY_OK(callAction("i-end", v1::CALL_ACTION_HOLD, &call));
    i.set_state(v1::INTERACTION_STATE_ABANDONED);
    routing(i);
    v1::GetCallRequest request;
    request.set_interaction_id("i-end");
    QVERIFY_OK(m_stub->GetCall(as(Supervisor).get(), request, &call));
    QCOMPARE(call.state(), v1::CALL_STATE_ENDED);
    QVERIFY(!call.parties(0).on_hold());
    QTRY_VERIFY(!events("role:integration", v1::Event::kCallChanged).empty());
    QCOMPARE(events("role:integration", v1::Event::kCallChanged).back().call_changed().call().state(),
             v1::CALL_STATE_ENDED);
}

// --- history ---------------------------------------------------------------------------------

void TstConversationService::customerHistoryIsNewestFirst()
{
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    const struct {
        const char *id;
        v1::Channel channel;
        std::int64_t agoMs;
        const char *subject;
    } past[] = {
        {"i-h1", v1::CHANNEL_CHAT, 3 * 3600 * 1000, ""},
        {"i-h2", v1::CHANNEL_EMAIL, 2 * 3600 * 1000, "Invoice"},
        {"i-h3", v1::CHANNEL_VOICE, 1 * 3600 * 1000, ""},
    };
    for (const auto &p : past) {
        v1::Interaction i = interaction(p.id, p.channel, v1::INTERACTION_STATE_ACTIVE);
        i.mutable_customer()->set_id("cust-history");
        i.set_subject(p.subject);
        *i.mutable_enqueued_at() = TimeUtil::MillisecondsToTimestamp(now - p.agoMs);
        routing(i);
        if (p.channel == v1::CHANNEL_CHAT)
            customerSays(p.id, "My parcel never arrived and I want my money back, please");
        i.set_state(v1::INTERACTION_STATE_COMPLETED);
        i.set_wrap_up_code_id("wrap-resolved");
        *i.mutable_ended_at() = TimeUtil::MillisecondsToTimestamp(now - p.agoMs + 600000);
        routing(i);
    }

    v1::GetCustomerHistoryRequest request;
    request.set_customer_id("cust-history");
    v1::GetCustomerHistoryResponse history;
    QVERIFY_OK(m_stub->GetCustomerHistory(as(Agent).get(), request, &history));
    QCOMPARE(history.entries_size(), 3);
    QCOMPARE(history.entries(0).interaction_id(), std::string("i-h3"));
    QCOMPARE(history.entries(1).interaction_id(), std::string("i-h2"));
    QCOMPARE(history.entries(2).interaction_id(), std::string("i-h1"));
    QCOMPARE(history.entries(0).summary(), std::string("Voice call"));
    QCOMPARE(history.entries(1).summary(), std::string("Invoice"));
    QVERIFY(history.entries(2).summary().starts_with("My parcel never arrived"));
    QCOMPARE(history.entries(2).wrap_up_code_id(), std::string("wrap-resolved"));
    QCOMPARE(history.entries(2).agent_user_id(), Agent);
    QCOMPARE(TimeUtil::TimestampToMilliseconds(history.entries(2).ended_at()), now - 3 * 3600 * 1000 + 600000);

    request.set_limit(2);
    QVERIFY_OK(m_stub->GetCustomerHistory(as(Supervisor).get(), request, &history));
    QCOMPARE(history.entries_size(), 2);
    request.set_limit(-1);
    QCOMPARE_STATUS(m_stub->GetCustomerHistory(as(Agent).get(), request, &history), StatusCode::INVALID_ARGUMENT);
    request.set_limit(0);
    request.set_customer_id("");
    QCOMPARE_STATUS(m_stub->GetCustomerHistory(as(Agent).get(), request, &history), StatusCode::INVALID_ARGUMENT);
    request.set_customer_id("cust-history");
    QCOMPARE_STATUS(m_stub->GetCustomerHistory(as(Simulator).get(), request, &history), StatusCode::PERMISSION_DENIED);
    request.set_customer_id("cust-nobody");
    QVERIFY_OK(m_stub->GetCustomerHistory(as(Agent).get(), request, &history));
    QCOMPARE(history.entries_size(), 0);
}

// --- supervisor ---------------------------------------------------------------------------

void TstConversationService::whisperIsHiddenFromTheCustomer()
{
    activeChat("i-whisper");
    customerSays("i-whisper", "I want to cancel");
    v1::WhisperRequest request;
    request.set_interaction_id("i-whisper");
    request.set_text("Offer the 20% discount");
    v1::Message whisper;
    QCOMPARE_STATUS(m_stub->Whisper(as(Agent).get(), request, &whisper), StatusCode::PERMISSION_DENIED);
    QVERIFY_OK(m_stub->Whisper(as(Supervisor).get(), request, &whisper));
    QCOMPARE(whisper.direction(), v1::MESSAGE_DIRECTION_WHISPER);
    QCOMPARE(whisper.index(), 1);
    QCOMPARE(whisper.author().user_id(), Supervisor);
    v1::Message reply;
    QVERIFY_OK(send(Agent, "i-whisper", "I can offer you a discount", &reply));

    const v1::Transcript agentView = transcript(Agent, "i-whisper");
    QCOMPARE(agentView.messages_size(), 3);
    QCOMPARE(agentView.messages(1).direction(), v1::MESSAGE_DIRECTION_WHISPER);
    const v1::Transcript customerView = transcript(Simulator, "i-whisper");
    QCOMPARE(customerView.messages_size(), 2);
    for (const auto &m : customerView.messages())
        QVERIFY(m.direction() != v1::MESSAGE_DIRECTION_WHISPER);

    QTRY_VERIFY(!events("user:" + Agent, v1::Event::kMessageAdded).empty());
    for (const auto &e : events("role:integration", v1::Event::kMessageAdded))
        QVERIFY(e.message_added().message().direction() != v1::MESSAGE_DIRECTION_WHISPER);
    bool agentGotWhisper = false;
    for (const auto &e : events("user:" + Agent, v1::Event::kMessageAdded))
        agentGotWhisper |= e.message_added().message().id() == whisper.id();
    QVERIFY(agentGotWhisper);
    // The whispering supervisor hears the agent's answer, and the admins see the audit.
    QCOMPARE(events("user:" + Supervisor, v1::Event::kMessageAdded).back().message_added().message().id(), reply.id());
    const auto audits = events("role:admin", v1::Event::kAuditRecorded);
    QCOMPARE(audits.size(), size_t(1));
    QCOMPARE(audits.front().audit_recorded().action(), std::string("conversation.whisper"));
    QCOMPARE(audits.front().audit_recorded().actor().user_id(), Supervisor);
    QCOMPARE(audits.front().audit_recorded().service(), std::string("conversation"));
}

void TstConversationService::monitoringDeliversLaterMessagesToTheSupervisor()
{
    activeChat("i-monitor");
    customerSays("i-monitor", "first");
    QVERIFY(events("user:" + Supervisor, v1::Event::kMessageAdded).empty());

    v1::StartMonitoringRequest request;
    request.set_interaction_id("i-monitor");
    v1::Transcript t;
    QCOMPARE_STATUS(m_stub->StartMonitoring(as(Agent).get(), request, &t), StatusCode::PERMISSION_DENIED);
    QVERIFY_OK(m_stub->StartMonitoring(as(Supervisor).get(), request, &t));
    QCOMPARE(t.messages_size(), 1);
    QCOMPARE(events("role:admin", v1::Event::kAuditRecorded).size(), size_t(1));
    QCOMPARE(events("role:admin", v1::Event::kAuditRecorded).front().audit_recorded().action(),
             std::string("conversation.monitor"));
    QVERIFY_OK(m_stub->StartMonitoring(as(Supervisor).get(), request, &t));   // already monitoring
    QCOMPARE(events("role:admin", v1::Event::kAuditRecorded).size(), size_t(1));

    customerSays("i-monitor", "second");
    v1::Message reply;
    QVERIFY_OK(send(Agent, "i-monitor", "third", &reply));
    QTRY_COMPARE(events("user:" + Supervisor, v1::Event::kMessageAdded).size(), size_t(2));
    const auto seen = events("user:" + Supervisor, v1::Event::kMessageAdded);
    QCOMPARE(seen[0].message_added().message().text(), std::string("second"));
    QCOMPARE(seen[1].message_added().message().text(), std::string("third"));

    v1::Interaction over = interaction("i-monitor", v1::CHANNEL_CHAT, v1::INTERACTION_STATE_COMPLETED);
    routing(over);
    QCOMPARE_STATUS(m_stub->StartMonitoring(as(Supervisor).get(), request, &t), StatusCode::FAILED_PRECONDITION);
}

void TstConversationService::bargeLetsTheSupervisorWriteToTheCustomer()
{
    activeChat("i-barge");
    customerSays("i-barge", "I want the manager");
    v1::BargeRequest request;
    request.set_interaction_id("i-barge");
    v1::Transcript t;
    QCOMPARE_STATUS(m_stub->Barge(as(Agent).get(), request, &t), StatusCode::PERMISSION_DENIED);
    QVERIFY_OK(m_stub->Barge(as(Supervisor).get(), request, &t));
    QCOMPARE(t.messages_size(), 2);
    QCOMPARE(t.messages(1).direction(), v1::MESSAGE_DIRECTION_SYSTEM);
    QCOMPARE(t.messages(1).text(), "name-" + Supervisor + " joined");
    QVERIFY_OK(m_stub->Barge(as(Supervisor).get(), request, &t));   // once is enough
    QCOMPARE(t.messages_size(), 2);

    v1::Message m;
    QVERIFY_OK(send(Supervisor, "i-barge", "Hello, I am the manager.", &m));
    QCOMPARE(m.direction(), v1::MESSAGE_DIRECTION_OUTBOUND);
    QCOMPARE(m.author().user_id(), Supervisor);
    const v1::Transcript customerView = transcript(Simulator, "i-barge");
    QCOMPARE(customerView.messages_size(), 3);
    const auto toCustomer = events("role:integration", v1::Event::kMessageAdded);
    QCOMPARE(toCustomer.size(), size_t(2));
    QCOMPARE(toCustomer[0].message_added().message().direction(), v1::MESSAGE_DIRECTION_SYSTEM);
    QCOMPARE(toCustomer[1].message_added().message().id(), m.id());
    const auto audits = events("role:admin", v1::Event::kAuditRecorded);
    QCOMPARE(audits.size(), size_t(1));
    QCOMPARE(audits.front().audit_recorded().action(), std::string("conversation.barge"));

    // Barging into a call brings the supervisor on the line.
    routing(interaction("i-barge-call", v1::CHANNEL_VOICE, v1::INTERACTION_STATE_ACTIVE));
    request.set_interaction_id("i-barge-call");
    QVERIFY_OK(m_stub->Barge(as(Supervisor).get(), request, &t));
    const v1::Call call = getCall("i-barge-call");
    QCOMPARE(call.state(), v1::CALL_STATE_CONFERENCED);
    QCOMPARE(call.parties_size(), 3);
    QCOMPARE(call.parties(2).id(), Supervisor);
}

void TstConversationService::typingGoesToTheOtherSide()
{
    activeChat("i-typing");
    v1::SetTypingRequest request;
    request.set_interaction_id("i-typing");
    request.set_typing(true);
    v1::SetTypingResponse response;
    QVERIFY_OK(m_stub->SetTyping(as(Agent).get(), request, &response));
    auto toCustomer = events("role:integration", v1::Event::kTypingChanged);
    QCOMPARE(toCustomer.size(), size_t(1));
    QVERIFY(!toCustomer.front().typing_changed().customer());
    QVERIFY(toCustomer.front().typing_changed().typing());
    QVERIFY(events("user:" + Agent, v1::Event::kTypingChanged).empty());

    QVERIFY_OK(m_stub->SetTyping(as(Simulator).get(), request, &response));
    const auto toAgent = events("user:" + Agent, v1::Event::kTypingChanged);
    QCOMPARE(toAgent.size(), size_t(1));
    QVERIFY(toAgent.front().typing_changed().customer());

    QCOMPARE_STATUS(m_stub->SetTyping(as(OtherAgent).get(), request, &response), StatusCode::PERMISSION_DENIED);
    routing(interaction("i-typing-mail", v1::CHANNEL_EMAIL, v1::INTERACTION_STATE_ACTIVE));
    request.set_interaction_id("i-typing-mail");
    QCOMPARE_STATUS(m_stub->SetTyping(as(Agent).get(), request, &response), StatusCode::FAILED_PRECONDITION);
}

void TstConversationService::olderRoutingEventsAreIgnored()
{
    v1::Interaction i = interaction("i-order", v1::CHANNEL_CHAT, v1::INTERACTION_STATE_ACTIVE);
    i.set_version(5);
    v1::Event current;
    *current.mutable_interaction_changed()->mutable_interaction() = i;
    m_bus->publish(current);
    i.set_version(4);
    i.set_state(v1::INTERACTION_STATE_OFFERED);
    v1::Event stale;
    *stale.mutable_interaction_changed()->mutable_interaction() = i;
    m_bus->publish(stale);
    v1::Message m;
    QVERIFY_OK(send(Agent, "i-order", "still active", &m));
}

// --- durability --------------------------------------------------------------------------

void TstConversationService::transcriptsSurviveARestart()
{
    activeChat("i-durable");
    customerSays("i-durable", "Are you there?");
    v1::Message sent;
    QVERIFY_OK(send(Agent, "i-durable", "Yes!", &sent, "c-1"));
    routing(interaction("i-durable-call", v1::CHANNEL_VOICE, v1::INTERACTION_STATE_ACTIVE));
    v1::Call call;
    QVERIFY_OK(callAction("i-durable-call", v1::CALL_ACTION_HOLD, &call));
    QVERIFY_OK(m_stub->Whisper(as(Supervisor).get(), [] {
        v1::WhisperRequest r;
        r.set_interaction_id("i-durable");
        r.set_text("well done");
        return r;
    }(), &sent));

    stopService();
    startService();

    const v1::Transcript t = transcript(Agent, "i-durable");
    QCOMPARE(t.messages_size(), 3);
    QCOMPARE(t.messages(0).text(), std::string("Are you there?"));
    QCOMPARE(t.messages(1).text(), std::string("Yes!"));
    QCOMPARE(t.messages(2).direction(), v1::MESSAGE_DIRECTION_WHISPER);
    v1::Message retried;
    QVERIFY_OK(send(Agent, "i-durable", "Yes!", &retried, "c-1"));
    QCOMPARE(retried.index(), 1);
    QCOMPARE(getCall("i-durable-call").state(), v1::CALL_STATE_HELD);
    // Monitoring survives too: the whispering supervisor still hears the chat.
    clearEvents();
    customerSays("i-durable", "Thanks");
    const auto heard = events("user:" + Supervisor, v1::Event::kMessageAdded);
    QVERIFY(!heard.empty());
    QCOMPARE(heard.back().message_added().message().text(), std::string("Thanks"));
}

QTEST_GUILESS_MAIN(TstConversationService)
#include "tst_conversation_service.moc"
