#include "simulator_bot_agent.h"

#include "simulator_calls.h"
#include "simulator_invariants.h"
#include "simulator_participant.h"
#include "simulator_scenario.h"

#include "switchboard/v1/conversation.grpc.pb.h"
#include "switchboard/v1/gateway.pb.h"
#include "switchboard/v1/routing.grpc.pb.h"

#include <google/protobuf/util/time_util.h>

#include <QTimer>

namespace simulator {

namespace v1 = switchboard::v1;
using google::protobuf::util::TimeUtil;

struct BotAgent::Stubs {
    std::unique_ptr<v1::RoutingService::Stub> routing;
    std::unique_ptr<v1::ConversationService::Stub> conversation;
};

BotAgent::BotAgent(BotContext &context, std::unique_ptr<Participant> participant, quint64 seed, QObject *parent)
    : QObject(parent), m_context(context), m_participant(std::move(participant)), m_random(seed)
{
    m_participant->setParent(this);
    connect(m_participant.get(), &Participant::failed, this, &BotAgent::failed);
    connect(m_participant.get(), &Participant::ready, this, [this] {
        m_stubs = std::make_unique<Stubs>();
        m_stubs->routing = v1::RoutingService::NewStub(m_participant->connection().channel());
        m_stubs->conversation = v1::ConversationService::NewStub(m_participant->connection().channel());
        goAvailable();
        emit ready();
    });
    connect(m_participant.get(), &Participant::events, this, [this](const session::EventBatchPtr &batch) {
        for (const v1::Event &event : batch->events())
            onEvent(event);
    });
    // After a server restart the stream cannot resume: ask the server what we hold.
    connect(m_participant.get(), &Participant::snapshotRequired, this, &BotAgent::resync);
}

BotAgent::~BotAgent()
{
    // The participant is our child; release the unique_ptr's claim first.
    (void)m_participant.release();
}

void BotAgent::start()
{
    m_participant->start();
}

QString BotAgent::username() const
{
    return m_participant->username();
}

int BotAgent::randomBetween(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(m_random);
}

void BotAgent::goAvailable()
{
    v1::SetAgentStateRequest request;
    request.set_state(v1::AGENT_STATE_AVAILABLE);
    call(*m_participant, this, m_stubs->routing->async(), &v1::RoutingService::Stub::async::SetAgentState, request,
         std::function<void(const grpc::Status &, v1::AgentSnapshot &)>(
             [this](const grpc::Status &status, v1::AgentSnapshot &) {
                 if (!status.ok())
                     m_context.invariants.note(username() + " cannot go available: "
                                               + QString::fromStdString(status.error_message()));
                 else
                     m_onBreak = false;
             }));
}

void BotAgent::onEvent(const v1::Event &event)
{
    const std::string me = m_participant->userId().toStdString();
    switch (event.payload_case()) {
    case v1::Event::kOfferMade: {
        const v1::Interaction &interaction = event.offer_made().interaction();
        if (interaction.agent_user_id() != me)
            return;
        const QString id = QString::fromStdString(interaction.id());
        if (m_held.contains(id))
            return;   // a repeated offer after a resync
        const qint64 waited = TimeUtil::TimestampToMilliseconds(interaction.offered_at())
            - TimeUtil::TimestampToMilliseconds(interaction.enqueued_at());
        m_context.invariants.offered(m_participant->userId(), id, QString::fromStdString(interaction.queue_id()),
                                     waited);
        m_held.insert(id, {int(interaction.channel()), QString::fromStdString(interaction.queue_id()), Phase::Offered});
        checkCapacity();
        QTimer::singleShot(randomBetween(m_context.scenario.bots.acceptDelayMinMs, m_context.scenario.bots.acceptDelayMaxMs),
                           this, [this, id] { accept(id); });
        break;
    }
    case v1::Event::kOfferWithdrawn:
        if (event.offer_withdrawn().agent_user_id() == me)
            m_held.remove(QString::fromStdString(event.offer_withdrawn().interaction_id()));
        break;
    case v1::Event::kInteractionChanged: {
        const v1::Interaction &interaction = event.interaction_changed().interaction();
        const QString id = QString::fromStdString(interaction.id());
        if (interaction.agent_user_id() != me) {
            m_held.remove(id);   // transferred away, or never ours
            return;
        }
        if (interaction.state() == v1::INTERACTION_STATE_COMPLETED
            || interaction.state() == v1::INTERACTION_STATE_ABANDONED) {
            m_held.remove(id);
            return;
        }
        auto it = m_held.find(id);
        if (it == m_held.end()) {
            // Offered to us while we were away (or transferred to us): take it up.
            m_held.insert(id, {int(interaction.channel()), QString::fromStdString(interaction.queue_id()), Phase::Offered});
            it = m_held.find(id);
        }
        if (interaction.state() == v1::INTERACTION_STATE_WRAP_UP && it->phase != Phase::Completing
            && it->phase != Phase::WrapUp) {
            it->phase = Phase::WrapUp;
            QTimer::singleShot(randomBetween(m_context.scenario.bots.wrapUpMinMs, m_context.scenario.bots.wrapUpMaxMs),
                               this, [this, id] { completeWrapUp(id); });
        }
        checkCapacity();
        break;
    }
    case v1::Event::kAgentStateChanged: {
        const v1::AgentSnapshot &agent = event.agent_state_changed().agent();
        // Missed offers (e.g. during a restart) make the server set us Not Ready: a bot
        // that is not on a break goes back to work.
        if (agent.user_id() == me && agent.state() == v1::AGENT_STATE_NOT_READY && !m_onBreak)
            QTimer::singleShot(1000, this, [this] {
                if (!m_onBreak)
                    goAvailable();
            });
        break;
    }
    default:
        break;
    }
}

void BotAgent::resync()
{
    call(*m_participant, this, m_stubs->routing->async(), &v1::RoutingService::Stub::async::GetMyAgent,
         v1::GetMyAgentRequest(),
         std::function<void(const grpc::Status &, v1::AgentSnapshot &)>(
             [this](const grpc::Status &status, v1::AgentSnapshot &agent) {
                 if (!status.ok())
                     return;
                 QHash<QString, Held> held;
                 for (const v1::Interaction &interaction : agent.interactions()) {
                     const QString id = QString::fromStdString(interaction.id());
                     Held h = m_held.value(id, {int(interaction.channel()), QString::fromStdString(interaction.queue_id()),
                                               Phase::Offered});
                     held.insert(id, h);
                     const bool pending = m_held.contains(id);
                     if (pending)
                         continue;   // already on its way
                     switch (interaction.state()) {
                     case v1::INTERACTION_STATE_OFFERED:
                         QTimer::singleShot(0, this, [this, id] { accept(id); });
                         break;
                     case v1::INTERACTION_STATE_ACTIVE:
                         held[id].phase = Phase::Active;
                         QTimer::singleShot(1000, this, [this, id] { finish(id); });
                         break;
                     case v1::INTERACTION_STATE_WRAP_UP:
                         held[id].phase = Phase::WrapUp;
                         QTimer::singleShot(0, this, [this, id] { completeWrapUp(id); });
                         break;
                     default:
                         break;
                     }
                 }
                 m_held = held;
                 if (agent.state() != v1::AGENT_STATE_AVAILABLE && !m_onBreak)
                     goAvailable();
             }));
}

void BotAgent::accept(const QString &id)
{
    auto it = m_held.find(id);
    if (it == m_held.end() || it->phase != Phase::Offered)
        return;
    it->phase = Phase::Accepting;
    v1::AcceptOfferRequest request;
    request.set_interaction_id(id.toStdString());
    call(*m_participant, this, m_stubs->routing->async(), &v1::RoutingService::Stub::async::AcceptOffer, request,
         std::function<void(const grpc::Status &, v1::Interaction &)>(
             [this, id](const grpc::Status &status, v1::Interaction &interaction) {
                 auto it = m_held.find(id);
                 if (!status.ok()) {
                     // Withdrawn meanwhile (abandoned, timed out): nothing to do.
                     m_held.remove(id);
                     return;
                 }
                 m_context.invariants.accepted();
                 if (it == m_held.end())
                     return;
                 it->phase = Phase::Active;
                 if (interaction.channel() == v1::CHANNEL_CHAT || interaction.channel() == v1::CHANNEL_SMS) {
                     v1::SendMessageRequest hello;
                     hello.set_interaction_id(id.toStdString());
                     hello.set_text("Hello, this is " + username().toStdString() + ". How can I help?");
                     hello.set_client_message_id("greeting-" + id.toStdString());
                     call(*m_participant, this, m_stubs->conversation->async(),
                          &v1::ConversationService::Stub::async::SendMessage, hello,
                          std::function<void(const grpc::Status &, v1::Message &)>(
                              [](const grpc::Status &, v1::Message &) {}));
                 }
                 const double mean = m_context.scenario.bots.handleSecondsMean;
                 const int handleMs = int(1000 * std::exponential_distribution<double>(1.0 / mean)(m_random));
                 QTimer::singleShot(handleMs, this, [this, id] { finish(id); });
             }));
}

void BotAgent::finish(const QString &id)
{
    auto it = m_held.find(id);
    if (it == m_held.end() || it->phase != Phase::Active)
        return;
    it->phase = Phase::Ending;
    v1::EndInteractionRequest request;
    request.set_interaction_id(id.toStdString());
    call(*m_participant, this, m_stubs->routing->async(), &v1::RoutingService::Stub::async::EndInteraction, request,
         std::function<void(const grpc::Status &, v1::Interaction &)>(
             [this, id](const grpc::Status &status, v1::Interaction &interaction) {
                 auto it = m_held.find(id);
                 if (it == m_held.end())
                     return;
                 if (!status.ok() || interaction.state() == v1::INTERACTION_STATE_COMPLETED) {
                     m_held.remove(id);
                     return;
                 }
                 it->phase = Phase::WrapUp;
                 QTimer::singleShot(randomBetween(m_context.scenario.bots.wrapUpMinMs, m_context.scenario.bots.wrapUpMaxMs),
                                    this, [this, id] { completeWrapUp(id); });
             }));
}

void BotAgent::completeWrapUp(const QString &id)
{
    auto it = m_held.find(id);
    if (it == m_held.end() || it->phase != Phase::WrapUp)
        return;
    it->phase = Phase::Completing;
    v1::CompleteWrapUpRequest request;
    request.set_interaction_id(id.toStdString());
    request.set_wrap_up_code_id(m_context.wrapUpCodeByQueue.value(it->queueId).toStdString());
    request.set_notes("handled by the simulator");
    call(*m_participant, this, m_stubs->routing->async(), &v1::RoutingService::Stub::async::CompleteWrapUp, request,
         std::function<void(const grpc::Status &, v1::Interaction &)>(
             [this, id](const grpc::Status &status, v1::Interaction &) {
                 m_held.remove(id);
                 if (status.ok())
                     ++m_handled;
                 else if (status.error_code() != grpc::StatusCode::FAILED_PRECONDITION)
                     m_context.invariants.note(username() + " cannot wrap up " + id + ": "
                                               + QString::fromStdString(status.error_message()));
                 maybeTakeBreak();
             }));
}

void BotAgent::maybeTakeBreak()
{
    if (m_onBreak || !m_held.isEmpty() || m_context.breakReasonCode.isEmpty())
        return;
    if (std::uniform_real_distribution<double>(0, 1)(m_random) >= m_context.scenario.bots.breakProbability)
        return;
    m_onBreak = true;
    v1::SetAgentStateRequest request;
    request.set_state(v1::AGENT_STATE_NOT_READY);
    request.set_reason_code_id(m_context.breakReasonCode.toStdString());
    request.set_when_free(true);
    call(*m_participant, this, m_stubs->routing->async(), &v1::RoutingService::Stub::async::SetAgentState, request,
         std::function<void(const grpc::Status &, v1::AgentSnapshot &)>(
             [this](const grpc::Status &, v1::AgentSnapshot &) {
                 QTimer::singleShot(int(m_context.scenario.bots.breakSeconds * 1000), this, [this] { goAvailable(); });
             }));
}

void BotAgent::checkCapacity()
{
    std::array<int, 5> count{};
    for (const Held &h : std::as_const(m_held))
        if (h.channel > 0 && h.channel < 5)
            ++count[size_t(h.channel)];
    for (int channel = 1; channel < 5; ++channel)
        m_context.invariants.holding(m_participant->userId(), channel, count[size_t(channel)],
                                     m_context.capacity[size_t(channel)]);
    // A voice call blocks every other channel (the default profile).
    const int others = count[v1::CHANNEL_CHAT] + count[v1::CHANNEL_EMAIL] + count[v1::CHANNEL_SMS];
    if (count[v1::CHANNEL_VOICE] > 0 && others > 0)
        m_context.invariants.voiceNotExclusive(m_participant->userId(), others);
}

} // namespace simulator
