#include "simulator_customers.h"

#include "simulator_calls.h"
#include "simulator_invariants.h"
#include "simulator_participant.h"
#include "simulator_scenario.h"

#include "switchboard/v1/conversation.grpc.pb.h"
#include "switchboard/v1/gateway.pb.h"
#include "switchboard/v1/routing.grpc.pb.h"

#include <QDateTime>
#include <QTimer>

namespace simulator {

namespace v1 = switchboard::v1;

struct Customers::Stubs {
    std::unique_ptr<v1::RoutingService::Stub> routing;
    std::unique_ptr<v1::ConversationService::Stub> conversation;
};

Customers::Customers(const Scenario &scenario, Invariants &invariants, std::unique_ptr<Participant> participant,
                     QObject *parent)
    : QObject(parent), m_scenario(scenario), m_invariants(invariants), m_participant(std::move(participant)),
      m_random(scenario.seed * 7919 + 1)
{
    // Idempotency keys must differ between runs against the same server.
    m_runId = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    m_participant->setParent(this);
    connect(m_participant.get(), &Participant::failed, this, &Customers::failed);
    connect(m_participant.get(), &Participant::ready, this, [this] {
        m_stubs = std::make_unique<Stubs>();
        m_stubs->routing = v1::RoutingService::NewStub(m_participant->connection().channel());
        m_stubs->conversation = v1::ConversationService::NewStub(m_participant->connection().channel());
        m_arriving = true;
        for (int q = 0; q < int(m_scenario.queues.size()); ++q)
            for (int channel = 1; channel < 5; ++channel)
                if (m_scenario.queues[size_t(q)].perMinute[channel] > 0)
                    scheduleArrival(q, channel);
        emit ready();
    });
    connect(m_participant.get(), &Participant::events, this, [this](const session::EventBatchPtr &batch) {
        for (const v1::Event &event : batch->events())
            onEvent(event);
    });
    connect(m_participant.get(), &Participant::snapshotRequired, this, &Customers::resync);
}

Customers::~Customers()
{
    (void)m_participant.release();   // our child
}

void Customers::start()
{
    m_participant->start();
}

void Customers::stopArrivals()
{
    m_arriving = false;
}

void Customers::scheduleArrival(int queueIndex, int channel)
{
    const double perSecond = m_scenario.queues[size_t(queueIndex)].perMinute[channel] / 60.0;
    const double gapSeconds = std::exponential_distribution<double>(perSecond)(m_random);
    QTimer::singleShot(int(gapSeconds * 1000), this, [this, queueIndex, channel] {
        if (!m_arriving)
            return;
        arrive(queueIndex, channel);
        scheduleArrival(queueIndex, channel);
    });
}

void Customers::arrive(int queueIndex, int channel)
{
    const Scenario::Arrivals &arrivals = m_scenario.queues[size_t(queueIndex)];
    const int n = ++m_next;
    v1::EnqueueRequest request;
    request.set_queue_id(arrivals.queueId.toStdString());
    request.set_channel(v1::Channel(channel));
    const std::string customer = "cust-" + std::to_string(std::uniform_int_distribution<int>(1, 500)(m_random));
    request.mutable_customer()->set_id(customer);
    request.mutable_customer()->set_display_name("Customer " + customer.substr(5));
    request.mutable_customer()->set_address(channel == v1::CHANNEL_EMAIL ? customer + "@example.com"
                                                                          : "+4930" + customer.substr(5));
    if (channel == v1::CHANNEL_EMAIL)
        request.set_subject("Question about order " + std::to_string(10000 + n));
    // A retried Enqueue (server restarting) must not make a second interaction.
    request.set_idempotency_key("sim-" + m_runId.toStdString() + "-" + std::to_string(n));
    ++m_enqueuePending;

    const double patienceMean = arrivals.patienceSecondsMean;
    call(*m_participant, this, m_stubs->routing->async(), &v1::RoutingService::Stub::async::Enqueue, request,
         std::function<void(const grpc::Status &, v1::Interaction &)>(
             [this, channel, patienceMean](const grpc::Status &status, v1::Interaction &interaction) {
                 --m_enqueuePending;
                 if (!status.ok()) {
                     m_invariants.note("enqueue refused: " + QString::fromStdString(status.error_message()));
                     return;
                 }
                 const QString id = QString::fromStdString(interaction.id());
                 m_invariants.enqueued(id);
                 if (m_ended.contains(id))
                     return;   // its ending's event came before this answer
                 Waiting &w = m_open[id];
                 w.channel = channel;
                 if (w.state == 0)
                     w.state = interaction.state();
                 if (channel == v1::CHANNEL_EMAIL) {
                     // An e-mail arrives with its text: it is in the thread before any agent sees it.
                     w.spoke = true;
                     v1::CustomerSendMessageRequest mail;
                     mail.set_interaction_id(id.toStdString());
                     mail.set_subject(interaction.subject());
                     const QStringList &lines = m_scenario.chatLines;
                     mail.set_text(lines[std::uniform_int_distribution<int>(0, int(lines.size()) - 1)(m_random)].toStdString()
                                   + "\n\nKind regards,\n" + interaction.customer().display_name());
                     call(*m_participant, this, m_stubs->conversation->async(),
                          &v1::ConversationService::Stub::async::CustomerSendMessage, mail,
                          std::function<void(const grpc::Status &, v1::Message &)>(
                              [](const grpc::Status &, v1::Message &) {}));
                 }
                 if (patienceMean <= 0)
                     return;
                 const double patience = std::exponential_distribution<double>(1.0 / patienceMean)(m_random);
                 QTimer::singleShot(int(patience * 1000), this, [this, id] {
                     const auto it = m_open.find(id);
                     if (it == m_open.end() || (it->state != v1::INTERACTION_STATE_WAITING
                                                && it->state != v1::INTERACTION_STATE_OFFERED))
                         return;
                     v1::AbandonRequest abandon;
                     abandon.set_interaction_id(id.toStdString());
                     call(*m_participant, this, m_stubs->routing->async(), &v1::RoutingService::Stub::async::Abandon,
                          abandon,
                          std::function<void(const grpc::Status &, v1::Interaction &)>(
                              [](const grpc::Status &, v1::Interaction &) {
                                  // Refused when an agent accepted first: that is the race
                                  // a real customer loses too.
                              }));
                 });
             }));
}

void Customers::onEvent(const v1::Event &event)
{
    if (event.payload_case() != v1::Event::kInteractionChanged)
        return;
    const v1::Interaction &interaction = event.interaction_changed().interaction();
    const QString id = QString::fromStdString(interaction.id());
    const int state = interaction.state();
    if (state == v1::INTERACTION_STATE_COMPLETED || state == v1::INTERACTION_STATE_ABANDONED) {
        m_open.remove(id);
        m_ended.insert(id);
        m_invariants.ended(id, state == v1::INTERACTION_STATE_ABANDONED);
        return;
    }
    if (m_ended.contains(id))
        return;   // an old event after the ending would be a server bug; endings count it
    Waiting &w = m_open[id];
    w.state = state;
    w.channel = interaction.channel();
    if (state == v1::INTERACTION_STATE_ACTIVE && !w.spoke
        && (w.channel == v1::CHANNEL_CHAT || w.channel == v1::CHANNEL_SMS)) {
        w.spoke = true;
        v1::CustomerSendMessageRequest message;
        message.set_interaction_id(id.toStdString());
        const QStringList &lines = m_scenario.chatLines;
        message.set_text(lines[std::uniform_int_distribution<int>(0, int(lines.size()) - 1)(m_random)].toStdString());
        call(*m_participant, this, m_stubs->conversation->async(),
             &v1::ConversationService::Stub::async::CustomerSendMessage, message,
             std::function<void(const grpc::Status &, v1::Message &)>([](const grpc::Status &, v1::Message &) {}));
    }
}

void Customers::resync()
{
    // The server restarted: endings it decided while we were away (say, abandons it
    // restored) were published before we were back. Ask about each open interaction.
    const QStringList ids = m_open.keys();
    for (const QString &id : ids) {
        v1::GetInteractionRequest request;
        request.set_id(id.toStdString());
        call(*m_participant, this, m_stubs->routing->async(), &v1::RoutingService::Stub::async::GetInteraction,
             request,
             std::function<void(const grpc::Status &, v1::Interaction &)>(
                 [this, id](const grpc::Status &status, v1::Interaction &interaction) {
                     if (!status.ok() || !m_open.contains(id))
                         return;
                     v1::Event event;
                     *event.mutable_interaction_changed()->mutable_interaction() = interaction;
                     onEvent(event);
                 }));
    }
}

} // namespace simulator
