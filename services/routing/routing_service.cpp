#include "routing_service.h"

#include "routing_engine.h"
#include "routing_service_thread.h"
#include "routing_store.h"

#include "runtime_auth.h"
#include "runtime_bus.h"
#include "runtime_store.h"

#include "switchboard/v1/directory.grpc.pb.h"
#include "switchboard/v1/gateway.pb.h"
#include "switchboard/v1/routing.grpc.pb.h"

#include <google/protobuf/util/time_util.h>
#include <grpcpp/grpcpp.h>

#include <QDateTime>
#include <QLoggingCategory>
#include <QTimeZone>

#include <algorithm>
#include <future>
#include <map>
#include <mutex>
#include <set>
#include <unordered_map>

Q_LOGGING_CATEGORY(lcRouting, "switchboard.routing")

namespace routing {

namespace v1 = switchboard::v1;
using grpc::Status;
using grpc::StatusCode;
using Reactor = grpc::ServerUnaryReactor;

namespace {

constexpr int kDirectoryDeadlineMs = 10000;
// The reason the engine holds while a forced sign-out takes an agent's work away.
const char *const kSigningOutReason = "signed-out";

Status invalid(const std::string &field, const std::string &message)
{
    return Status(StatusCode::INVALID_ARGUMENT, field + ": " + message);
}

std::optional<Channel> channelFromProto(int channel)
{
    switch (channel) {
    case v1::CHANNEL_VOICE: return Channel::Voice;
    case v1::CHANNEL_CHAT: return Channel::Chat;
    case v1::CHANNEL_EMAIL: return Channel::Email;
    case v1::CHANNEL_SMS: return Channel::Sms;
    default: return std::nullopt;
    }
}

v1::Channel channelToProto(Channel channel)
{
    switch (channel) {
    case Channel::Voice: return v1::CHANNEL_VOICE;
    case Channel::Chat: return v1::CHANNEL_CHAT;
    case Channel::Email: return v1::CHANNEL_EMAIL;
    case Channel::Sms: return v1::CHANNEL_SMS;
    }
    return v1::CHANNEL_UNSPECIFIED;
}

const char *channelName(Channel channel)
{
    switch (channel) {
    case Channel::Voice: return "voice";
    case Channel::Chat: return "chat";
    case Channel::Email: return "email";
    case Channel::Sms: return "SMS";
    }
    return "?";
}

v1::AgentState agentStateToProto(AgentState state)
{
    switch (state) {
    case AgentState::Offline: return v1::AGENT_STATE_OFFLINE;
    case AgentState::Available: return v1::AGENT_STATE_AVAILABLE;
    case AgentState::NotReady: return v1::AGENT_STATE_NOT_READY;
    }
    return v1::AGENT_STATE_UNSPECIFIED;
}

std::optional<AgentState> agentStateFromProto(int state)
{
    switch (state) {
    case v1::AGENT_STATE_OFFLINE: return AgentState::Offline;
    case v1::AGENT_STATE_AVAILABLE: return AgentState::Available;
    case v1::AGENT_STATE_NOT_READY: return AgentState::NotReady;
    default: return std::nullopt;
    }
}

const char *agentStateName(AgentState state)
{
    switch (state) {
    case AgentState::Offline: return "offline";
    case AgentState::Available: return "available";
    case AgentState::NotReady: return "not ready";
    }
    return "?";
}

v1::InteractionState interactionStateToProto(InteractionState state)
{
    switch (state) {
    case InteractionState::Waiting: return v1::INTERACTION_STATE_WAITING;
    case InteractionState::Offered: return v1::INTERACTION_STATE_OFFERED;
    case InteractionState::Active: return v1::INTERACTION_STATE_ACTIVE;
    case InteractionState::WrapUp: return v1::INTERACTION_STATE_WRAP_UP;
    case InteractionState::Completed: return v1::INTERACTION_STATE_COMPLETED;
    case InteractionState::Abandoned: return v1::INTERACTION_STATE_ABANDONED;
    }
    return v1::INTERACTION_STATE_UNSPECIFIED;
}

const char *interactionStateName(InteractionState state)
{
    switch (state) {
    case InteractionState::Waiting: return "waiting";
    case InteractionState::Offered: return "offered";
    case InteractionState::Active: return "active";
    case InteractionState::WrapUp: return "in wrap-up";
    case InteractionState::Completed: return "completed";
    case InteractionState::Abandoned: return "abandoned";
    }
    return "?";
}

const char *withdrawReasonName(WithdrawReason reason)
{
    switch (reason) {
    case WithdrawReason::Rejected: return "rejected";
    case WithdrawReason::Timeout: return "timeout";
    case WithdrawReason::Abandoned: return "abandoned";
    case WithdrawReason::AgentUnavailable: return "agent_unavailable";
    }
    return "?";
}

Strategy strategyFromProto(int strategy)
{
    switch (strategy) {
    case v1::ROUTING_STRATEGY_MOST_SKILLED: return Strategy::MostSkilled;
    case v1::ROUTING_STRATEGY_ROUND_ROBIN: return Strategy::RoundRobin;
    case v1::ROUTING_STRATEGY_FEWEST_ACTIVE: return Strategy::FewestActive;
    default: return Strategy::LongestIdle;
    }
}

bool isFinal(InteractionState state)
{
    return state == InteractionState::Completed || state == InteractionState::Abandoned;
}

void setTime(google::protobuf::Timestamp *target, Millis ms)
{
    *target = google::protobuf::util::TimeUtil::MillisecondsToTimestamp(ms);
}

std::string interactionName(InteractionId number)
{
    return "i-" + std::to_string(number);
}

std::optional<InteractionId> parseInteractionId(const std::string &id)
{
    if (id.size() < 3 || id.compare(0, 2, "i-") != 0 || id.size() > 22)
        return std::nullopt;
    InteractionId value = 0;
    for (size_t i = 2; i < id.size(); ++i) {
        if (id[i] < '0' || id[i] > '9')
            return std::nullopt;
        value = value * 10 + InteractionId(id[i] - '0');
    }
    return value;
}

std::string channelList(ChannelMask mask)
{
    std::string out;
    for (int c = 0; c < kChannelCount; ++c)
        if (mask & channelBit(Channel(c)))
            out += (out.empty() ? "" : ", ") + std::string(channelName(Channel(c)));
    return out.empty() ? "no channel" : out;
}

// AgentSnapshot::lastChange (the engine's order among busy agents), when the engine has it.
template<typename Snapshot>
Millis lastChangeOf(const Snapshot &snapshot)
{
    if constexpr (requires { snapshot.lastChange; })
        return snapshot.lastChange;
    else
        return 0;
}
template<typename Snapshot>
void setLastChange(Snapshot &snapshot, Millis value)
{
    if constexpr (requires { snapshot.lastChange; })
        snapshot.lastChange = value;
}

} // namespace

class Service::Impl final : public v1::RoutingService::CallbackService, private Listener {
public:
    explicit Impl(const runtime::ServiceContext &context)
        : m_context(context),
          m_store(context.options.dataDir + "/routing.db"),
          m_engine(*this),
          m_thread([this] { return m_engine.nextDeadline(); }, [this](Millis now) { tick(now); })
    {
        if (context.peers)
            m_directory = v1::DirectoryService::NewStub(context.peers);
        m_subscription = context.bus.subscribe([this](const v1::Event &event) {
            if (event.has_directory_changed())
                onDirectoryChanged(event.directory_changed());
            else if (event.has_audit_recorded() && event.audit_recorded().service() == "conversation")
                m_thread.post([this, entry = event.audit_recorded()] { tellAgentOf(entry); });
        });
    }

    ~Impl() override { stop(); }

    void start();
    void stop();

    // --- RPCs: agents ----------------------------------------------------------------

    Reactor *GetMyAgent(grpc::CallbackServerContext *ctx, const v1::GetMyAgentRequest *,
                        v1::AgentSnapshot *resp) override
    {
        return agentCommand(ctx, [this, resp](AgentInfo &agent, const runtime::Caller &) {
            *resp = agentProto(agent);
            return Status::OK;
        });
    }

    Reactor *SetAgentState(grpc::CallbackServerContext *ctx, const v1::SetAgentStateRequest *req,
                           v1::AgentSnapshot *resp) override
    {
        const auto state = agentStateFromProto(req->state());
        if (!state)
            return finish(ctx, invalid("state", "choose AVAILABLE, NOT_READY (with a reason code) or OFFLINE"));
        if (*state != AgentState::NotReady)
            return agentCommand(ctx, [=, this](AgentInfo &agent, const runtime::Caller &) {
                return setOwnState(agent, *state, {}, req->when_free(), resp);
            });
        auto *reactor = ctx->DefaultReactor();
        const runtime::AuthResult auth = m_context.auth.require(*ctx, {v1::ROLE_AGENT});
        if (!auth.ok()) {
            reactor->Finish(auth.status);
            return reactor;
        }
        checkReasonCode(req->reason_code_id(), [=, this, caller = auth.caller](Status checked) {
            if (!checked.ok()) {
                reactor->Finish(checked);
                return;
            }
            runAgentCommand(reactor, caller, [=, this](AgentInfo &agent, const runtime::Caller &) {
                return setOwnState(agent, AgentState::NotReady, req->reason_code_id(), req->when_free(), resp);
            });
        });
        return reactor;
    }

    Reactor *SetLoadedChannels(grpc::CallbackServerContext *ctx, const v1::SetLoadedChannelsRequest *req,
                               v1::AgentSnapshot *resp) override
    {
        ChannelMask mask = 0;
        for (int c : req->channels()) {
            const auto channel = channelFromProto(c);
            if (!channel)
                return finish(ctx, invalid("channels", "unknown channel " + std::to_string(c)));
            mask |= channelBit(*channel);
        }
        return agentCommand(ctx, [=, this](AgentInfo &agent, const runtime::Caller &) {
            if (const Refusal r = m_engine.setLoadedChannels(agent.id, mask, runtime::nowMs()); r != Refusal::None)
                return refused(r, "change the loaded channels", nullptr);
            markAgent(agent.id);
            *resp = agentProto(agent);
            return Status::OK;
        });
    }

    Reactor *AcceptOffer(grpc::CallbackServerContext *ctx, const v1::AcceptOfferRequest *req,
                         v1::Interaction *resp) override
    {
        return interactionCommand(ctx, req->interaction_id(), "accept", resp,
                                  [this](Record &record, AgentInfo &agent) {
                                      return m_engine.accept(record.snap.id, agent.id, runtime::nowMs());
                                  });
    }

    Reactor *RejectOffer(grpc::CallbackServerContext *ctx, const v1::RejectOfferRequest *req,
                         v1::RejectOfferResponse *) override
    {
        return interactionCommand(ctx, req->interaction_id(), "reject", nullptr,
                                  [this](Record &record, AgentInfo &agent) {
                                      return m_engine.reject(record.snap.id, agent.id, runtime::nowMs());
                                  });
    }

    Reactor *TransferInteraction(grpc::CallbackServerContext *ctx, const v1::TransferInteractionRequest *req,
                                 v1::Interaction *resp) override
    {
        if (req->target_case() == v1::TransferInteractionRequest::TARGET_NOT_SET)
            return finish(ctx, invalid("target", "give the queue_id or the agent_user_id to transfer to"));
        if (req->target_case() == v1::TransferInteractionRequest::kQueueId && req->queue_id().empty())
            return finish(ctx, invalid("queue_id", "is empty"));
        if (req->target_case() == v1::TransferInteractionRequest::kAgentUserId && req->agent_user_id().empty())
            return finish(ctx, invalid("agent_user_id", "is empty"));
        auto transfer = [this, req](Record &record, AgentInfo &agent) -> Status {
                const Millis now = runtime::nowMs();
                if (req->target_case() == v1::TransferInteractionRequest::kQueueId) {
                    const auto queue = m_queues.find(req->queue_id());
                    if (queue == m_queues.end() || queue->second.removed)
                        return Status(StatusCode::NOT_FOUND, "queue '" + req->queue_id() + "' does not exist");
                    if (!(queue->second.channels & channelBit(record.snap.channel)))
                        return invalid("queue_id", "queue '" + req->queue_id() + "' does not take "
                                                       + channelName(record.snap.channel) + " (it takes "
                                                       + channelList(queue->second.channels) + ")");
                    return refusedStatus(m_engine.transferToQueue(record.snap.id, agent.id, queue->second.id, now),
                                         "transfer", &record);
                }
                const auto target = m_agents.find(req->agent_user_id());
                if (target == m_agents.end())
                    return Status(StatusCode::NOT_FOUND, "agent '" + req->agent_user_id()
                                                             + "' has never signed in to routing");
                if (target->second.id == agent.id)
                    return invalid("agent_user_id", "you cannot transfer an interaction to yourself");
                return refusedStatus(m_engine.transferToAgent(record.snap.id, agent.id, target->second.id, now),
                                     "transfer", &record);
            };
        if (req->target_case() != v1::TransferInteractionRequest::kQueueId || queueKnown(req->queue_id()))
            return interactionCommand(ctx, req->interaction_id(), "transfer", resp, transfer);

        // A queue created a moment ago may not have reached us through the bus yet: ask the
        // directory first (as Enqueue does), so that the next decision uses it.
        auto *reactor = ctx->DefaultReactor();
        const runtime::AuthResult auth = m_context.auth.require(*ctx, {v1::ROLE_AGENT});
        if (!auth.ok()) {
            reactor->Finish(auth.status);
            return reactor;
        }
        if (req->interaction_id().empty()) {
            reactor->Finish(invalid("interaction_id", "is required"));
            return reactor;
        }
        v1::GetQueueRequest request;
        request.set_id(req->queue_id());
        callDirectory<v1::GetQueueRequest, v1::Queue>(
            request, [](auto *async, auto *c, auto *rq, auto *rs, auto cb) { async->GetQueue(c, rq, rs, std::move(cb)); },
            [this, reactor, caller = auth.caller, req, resp, transfer](Status status, v1::Queue queue) {
                std::optional<v1::Queue> fetched;
                if (status.ok())
                    fetched = std::move(queue);
                runAgentCommand(reactor, caller, [this, req, resp, transfer, fetched](AgentInfo &agent,
                                                                                         const runtime::Caller &) -> Status {
                    if (fetched && !queueKnown(fetched->id()))
                        applyQueue(*fetched);
                    return onInteraction(agent, req->interaction_id(), "transfer", resp, transfer);
                });
            });
        return reactor;
    }

    // Agents may not list all agents (ListAgents is for supervisors), but to transfer or
    // consult they need to know whom they can hand an interaction to: only what that
    // takes (queues for its channel, the signed-in agents and whether they are free).
    Reactor *ListTransferTargets(grpc::CallbackServerContext *ctx, const v1::ListTransferTargetsRequest *req,
                                 v1::ListTransferTargetsResponse *resp) override
    {
        return command(ctx, {v1::ROLE_AGENT, v1::ROLE_SUPERVISOR, v1::ROLE_ADMIN},
                       [this, req, resp](const runtime::Caller &caller) -> Status {
            Record *record = nullptr;
            if (Status s = findLive(req->interaction_id(), "list transfer targets of", record); !s.ok())
                return s;
            const bool overseer = caller.hasRole(v1::ROLE_SUPERVISOR) || caller.hasRole(v1::ROLE_ADMIN);
            if (!overseer && record->proto.agent_user_id() != caller.userId)
                return Status(StatusCode::PERMISSION_DENIED, "interaction '" + req->interaction_id()
                                                                 + "' is not offered to or handled by you");
            const Channel channel = record->snap.channel;
            for (const auto &[id, queue] : m_queues) {
                if (queue.removed || !(queue.channels & channelBit(channel)))
                    continue;
                v1::TransferTarget &target = *resp->add_targets();
                target.set_kind(v1::TransferTarget::KIND_QUEUE);
                target.set_id(id);
                target.set_name(queue.proto.name().empty() ? id : queue.proto.name());
                target.set_waiting(int32_t(m_engine.waitingCount(queue.id)));
            }
            std::map<std::string, std::string> reasonLabels;
            {
                std::lock_guard lock(m_reasonMutex);
                reasonLabels = m_reasonCodes;
            }
            for (const auto &[userId, agent] : m_agents) {
                if (userId == caller.userId)
                    continue;
                const auto snapshot = m_engine.agent(agent.id);
                if (!snapshot || snapshot->state == AgentState::Offline)
                    continue;       // only agents signed in to routing can take anything
                v1::TransferTarget &target = *resp->add_targets();
                target.set_kind(v1::TransferTarget::KIND_AGENT);
                target.set_id(userId);
                target.set_name(agent.username.empty() ? userId : agent.username);
                target.set_agent_state(agentStateToProto(snapshot->state));
                if (snapshot->state == AgentState::NotReady) {
                    const auto label = reasonLabels.find(snapshot->reason);
                    target.set_reason_label(label != reasonLabels.end() && !label->second.empty() ? label->second
                                                                                                 : snapshot->reason);
                }
                target.set_can_take(hasFreeCapacity(agent, *snapshot, channel));
            }
            return Status::OK;
        }, [req]() { return req->interaction_id().empty() ? invalid("interaction_id", "is required") : Status::OK; });
    }

    Reactor *EndInteraction(grpc::CallbackServerContext *ctx, const v1::EndInteractionRequest *req,
                            v1::Interaction *resp) override
    {
        return interactionCommand(ctx, req->interaction_id(), "end", resp, [this](Record &record, AgentInfo &agent) {
            return m_engine.end(record.snap.id, agent.id, runtime::nowMs());
        });
    }

    Reactor *CompleteWrapUp(grpc::CallbackServerContext *ctx, const v1::CompleteWrapUpRequest *req,
                            v1::Interaction *resp) override
    {
        if (req->notes().size() > 4000)
            return finish(ctx, invalid("notes", "is longer than 4000 characters"));
        return interactionCommand(
            ctx, req->interaction_id(), "complete the wrap-up of", resp,
            [this, req](Record &record, AgentInfo &agent) -> Status {
                const auto queue = m_queues.find(record.proto.queue_id());
                const auto &codes = queue != m_queues.end() ? queue->second.proto.wrap_up_code_ids()
                                                            : google::protobuf::RepeatedPtrField<std::string>();
                const bool known = std::find(codes.begin(), codes.end(), req->wrap_up_code_id()) != codes.end();
                if (req->wrap_up_code_id().empty() && !codes.empty())
                    return invalid("wrap_up_code_id", "is required: choose one of the queue's wrap-up codes ("
                                                          + joinCodes(codes) + ")");
                if (!req->wrap_up_code_id().empty() && !known)
                    return invalid("wrap_up_code_id", "'" + req->wrap_up_code_id() + "' is not a wrap-up code of queue '"
                                                          + record.proto.queue_id() + "' (choose one of "
                                                          + joinCodes(codes) + ")");
                if (record.snap.state != InteractionState::WrapUp)
                    return refusedStatus(Refusal::WrongState, "complete the wrap-up of", &record);
                const std::string previousCode = record.proto.wrap_up_code_id();
                const std::string previousNotes = record.proto.wrap_up_notes();
                record.proto.set_wrap_up_code_id(req->wrap_up_code_id());
                record.proto.set_wrap_up_notes(req->notes());
                const Status status = refusedStatus(m_engine.completeWrapUp(record.snap.id, agent.id, runtime::nowMs()),
                                                    "complete the wrap-up of", &record);
                if (!status.ok()) {
                    record.proto.set_wrap_up_code_id(previousCode);
                    record.proto.set_wrap_up_notes(previousNotes);
                }
                return status;
            });
    }

    // --- RPCs: customer side -------------------------------------------------------------

    Reactor *Enqueue(grpc::CallbackServerContext *ctx, const v1::EnqueueRequest *req, v1::Interaction *resp) override
    {
        auto *reactor = ctx->DefaultReactor();
        const runtime::AuthResult auth = m_context.auth.require(*ctx, {v1::ROLE_INTEGRATION, v1::ROLE_ADMIN});
        if (!auth.ok()) {
            reactor->Finish(auth.status);
            return reactor;
        }
        if (Status s = validateEnqueue(*req); !s.ok()) {
            reactor->Finish(s);
            return reactor;
        }
        auto proceed = [this, reactor, req, resp](std::optional<v1::Queue> fetched) {
            execute(reactor, [this, req, resp, fetched = std::move(fetched)]() {
                if (fetched)
                    applyQueue(*fetched);
                return enqueue(*req, resp);
            });
        };
        if (queueKnown(req->queue_id())) {
            proceed(std::nullopt);
            return reactor;
        }
        // A queue created a moment ago may not have reached us through the bus yet: ask.
        v1::GetQueueRequest request;
        request.set_id(req->queue_id());
        callDirectory<v1::GetQueueRequest, v1::Queue>(
            request, [](auto *async, auto *c, auto *rq, auto *rs, auto cb) { async->GetQueue(c, rq, rs, std::move(cb)); },
            [proceed](Status status, v1::Queue queue) {
                proceed(status.ok() ? std::optional(std::move(queue)) : std::nullopt);
            });
        return reactor;
    }

    static Status validateEnqueue(const v1::EnqueueRequest &request)
    {
        const v1::EnqueueRequest *req = &request;
        {
            if (req->queue_id().empty())
                return invalid("queue_id", "is required");
            if (!channelFromProto(req->channel()))
                return invalid("channel", "choose VOICE, CHAT, EMAIL or SMS");
            if (req->customer().id().empty())
                return invalid("customer.id", "is required (a phone number, e-mail address or CRM id)");
            if (req->customer().id().size() > 256 || req->customer().display_name().size() > 256
                || req->customer().address().size() > 256)
                return invalid("customer", "id, display_name and address are at most 256 characters");
            if (req->subject().size() > 1000)
                return invalid("subject", "is longer than 1000 characters");
            if (req->attributes_size() > 64)
                return invalid("attributes", "at most 64 attributes");
            for (const auto &[key, value] : req->attributes())
                if (key.empty() || key.size() > 128 || value.size() > 4096)
                    return invalid("attributes", "keys are 1 to 128 characters, values at most 4096");
            if (req->idempotency_key().size() > 200)
                return invalid("idempotency_key", "is longer than 200 characters");
            return Status::OK;
        }
    }

    Reactor *Abandon(grpc::CallbackServerContext *ctx, const v1::AbandonRequest *req, v1::Interaction *resp) override
    {
        return command(ctx, {v1::ROLE_INTEGRATION, v1::ROLE_ADMIN}, [this, req, resp](const runtime::Caller &) -> Status {
            Record *record = nullptr;
            if (Status s = findLive(req->interaction_id(), "abandon", record); !s.ok())
                return s;
            if (Status s = refusedStatus(m_engine.abandon(record->snap.id, runtime::nowMs()), "abandon", record); !s.ok())
                return s;
            *resp = record->proto;
            return Status::OK;
        }, [req]() { return req->interaction_id().empty() ? invalid("interaction_id", "is required") : Status::OK; });
    }

    // --- RPCs: supervisors ----------------------------------------------------------------

    Reactor *ListAgents(grpc::CallbackServerContext *ctx, const v1::ListAgentsRequest *req,
                        v1::ListAgentsResponse *resp) override
    {
        return command(ctx, {v1::ROLE_SUPERVISOR, v1::ROLE_ADMIN}, [this, req, resp](const runtime::Caller &) -> Status {
            if (!req->queue_id().empty() && !m_queues.contains(req->queue_id()))
                return Status(StatusCode::NOT_FOUND, "queue '" + req->queue_id() + "' does not exist");
            for (auto &[userId, agent] : m_agents) {
                v1::AgentSnapshot snapshot = agentProto(agent);
                if (!req->team_id().empty() && snapshot.team_id() != req->team_id())
                    continue;
                if (req->state() != v1::AGENT_STATE_UNSPECIFIED && snapshot.state() != req->state())
                    continue;
                if (!req->queue_id().empty()
                    && std::find(snapshot.queue_ids().begin(), snapshot.queue_ids().end(), req->queue_id())
                        == snapshot.queue_ids().end())
                    continue;
                *resp->add_agents() = std::move(snapshot);
            }
            return Status::OK;
        }, [req]() {
            return req->state() == v1::AGENT_STATE_UNSPECIFIED || agentStateFromProto(req->state())
                ? Status::OK : invalid("state", "unknown agent state");
        });
    }

    Reactor *ListWaiting(grpc::CallbackServerContext *ctx, const v1::ListWaitingRequest *req,
                         v1::ListWaitingResponse *resp) override
    {
        return command(ctx, {v1::ROLE_SUPERVISOR, v1::ROLE_ADMIN}, [this, req, resp](const runtime::Caller &) -> Status {
            std::vector<const QueueInfo *> queues;
            if (!req->queue_id().empty()) {
                const auto it = m_queues.find(req->queue_id());
                if (it == m_queues.end())
                    return Status(StatusCode::NOT_FOUND, "queue '" + req->queue_id() + "' does not exist");
                queues.push_back(&it->second);
            } else {
                for (const auto &[id, queue] : m_queues)
                    queues.push_back(&queue);
            }
            for (const QueueInfo *queue : queues)
                for (const auto &snapshot : m_engine.waiting(queue->id))
                    if (const auto it = m_live.find(snapshot.id); it != m_live.end())
                        *resp->add_interactions() = it->second.proto;
            return Status::OK;
        });
    }

    Reactor *ForceAgentState(grpc::CallbackServerContext *ctx, const v1::ForceAgentStateRequest *req,
                             v1::AgentSnapshot *resp) override
    {
        auto *reactor = ctx->DefaultReactor();
        const runtime::AuthResult auth = m_context.auth.require(*ctx, {v1::ROLE_SUPERVISOR, v1::ROLE_ADMIN});
        if (!auth.ok()) {
            reactor->Finish(auth.status);
            return reactor;
        }
        const auto state = agentStateFromProto(req->state());
        if (req->user_id().empty()) {
            reactor->Finish(invalid("user_id", "is required"));
            return reactor;
        }
        if (!state) {
            reactor->Finish(invalid("state", "choose AVAILABLE, NOT_READY (with a reason code) or OFFLINE"));
            return reactor;
        }
        auto run = [=, this, caller = auth.caller](Status checked) {
            if (!checked.ok()) {
                reactor->Finish(checked);
                return;
            }
            execute(reactor, [=, this]() -> Status {
                const auto it = m_agents.find(req->user_id());
                if (it == m_agents.end())
                    return Status(StatusCode::NOT_FOUND, "agent '" + req->user_id() + "' has never signed in to routing");
                AgentInfo &agent = it->second;
                v1::Actor actor;
                actor.set_user_id(caller.userId);
                actor.set_username(caller.username);
                m_batch.forcedBy[agent.id] = actor;
                if (*state == AgentState::Offline) {
                    signOut(agent);
                } else if (const Refusal r = m_engine.setAgentState(agent.id, *state, *state == AgentState::NotReady
                                                                                           ? req->reason_code_id()
                                                                                           : std::string(),
                                                                    false, runtime::nowMs());
                           r != Refusal::None) {
                    m_batch.forcedBy.erase(agent.id);
                    return refused(r, "change the agent's state", nullptr);
                }
                if (*state == AgentState::Offline) {
                    recordForcedSignOut(actor, agent, "agent.force_state");
                } else {
                    const std::string stateText = *state == AgentState::Available
                        ? std::string("Available")
                        : "Not Ready \u2014 " + reasonLabel(req->reason_code_id());
                    recordAction(actor, agent, "agent.force_state",
                                 caller.username + " set agent " + agentName(agent) + " to " + stateText
                                     + (*state == AgentState::NotReady ? " (reason " + req->reason_code_id() + ")" : ""),
                                 caller.username + " set you to " + stateText, "info");
                }
                markAgent(agent.id);
                *resp = agentProto(agent);
                return Status::OK;
            });
        };
        if (*state == AgentState::NotReady)
            checkReasonCode(req->reason_code_id(), run);
        else
            run(Status::OK);
        return reactor;
    }

    Reactor *ForceSignOut(grpc::CallbackServerContext *ctx, const v1::ForceSignOutRequest *req,
                          v1::AgentSnapshot *resp) override
    {
        return command(ctx, {v1::ROLE_SUPERVISOR, v1::ROLE_ADMIN}, [this, req, resp](const runtime::Caller &caller) -> Status {
            const auto it = m_agents.find(req->user_id());
            if (it == m_agents.end())
                return Status(StatusCode::NOT_FOUND, "agent '" + req->user_id() + "' has never signed in to routing");
            v1::Actor actor;
            actor.set_user_id(caller.userId);
            actor.set_username(caller.username);
            m_batch.forcedBy[it->second.id] = actor;
            signOut(it->second);
            recordForcedSignOut(actor, it->second, "agent.force_sign_out");
            markAgent(it->second.id);
            *resp = agentProto(it->second);
            return Status::OK;
        }, [req]() { return req->user_id().empty() ? invalid("user_id", "is required") : Status::OK; });
    }

    Reactor *GetInteraction(grpc::CallbackServerContext *ctx, const v1::GetInteractionRequest *req,
                            v1::Interaction *resp) override
    {
        return command(ctx, {v1::ROLE_AGENT, v1::ROLE_SUPERVISOR, v1::ROLE_ADMIN, v1::ROLE_INTEGRATION},
                       [this, req, resp](const runtime::Caller &caller) -> Status {
            const auto number = parseInteractionId(req->id());
            v1::Interaction found;
            if (const auto it = number ? m_live.find(*number) : m_live.end(); it != m_live.end()) {
                found = it->second.proto;
            } else if (const auto stored = number ? m_store.interaction(req->id()) : std::nullopt) {
                found.ParseFromString(stored->data);
            } else {
                return Status(StatusCode::NOT_FOUND, "interaction '" + req->id() + "' does not exist");
            }
            const bool overseer = caller.hasRole(v1::ROLE_SUPERVISOR) || caller.hasRole(v1::ROLE_ADMIN)
                || caller.hasRole(v1::ROLE_INTEGRATION);
            if (!overseer && found.agent_user_id() != caller.userId)
                return Status(StatusCode::PERMISSION_DENIED,
                              "interaction '" + req->id() + "' is not offered to or handled by you");
            *resp = std::move(found);
            return Status::OK;
        }, [req]() { return req->id().empty() ? invalid("id", "is required") : Status::OK; });
    }

private:
    struct QueueInfo {
        QueueId id = 0;
        v1::Queue proto;
        ChannelMask channels = 0;
        bool removed = false;     // deleted in the directory; still drains what it holds
    };

    struct AgentInfo {
        AgentId id = 0;
        std::string userId;
        std::string username;
        std::string teamId;
        AgentConfig config;
    };

    struct Record {
        v1::Interaction proto;          // what clients see (customer, subject, codes, ...)
        InteractionSnapshot snap;       // the engine's last word on it
        std::string idempotencyKey;
        bool reported = false;          // the engine reported it at least once
    };

    // What one command (or one tick) changed: persisted in one transaction, then published.
    struct Batch {
        std::vector<InteractionId> interactions;    // in order of first change
        std::set<AgentId> agents;
        std::vector<v1::Event> events;
        std::map<AgentId, v1::Actor> forcedBy;
        std::vector<StoredAudit> audits;            // stored with the rest
        std::vector<v1::Event> afterAgents;         // published after the agents' state events
        std::vector<std::pair<std::string, std::string>> queueConfigs;   // (id, data; empty = deleted)
        std::vector<std::pair<std::string, std::string>> profileConfigs;
    };

    // --- plumbing ----------------------------------------------------------------------

    Reactor *finish(grpc::CallbackServerContext *ctx, const Status &status)
    {
        auto *reactor = ctx->DefaultReactor();
        reactor->Finish(status);
        return reactor;
    }

    // Runs fn on the engine thread, persists and publishes what it changed, then answers.
    template<typename Fn>
    void execute(Reactor *reactor, Fn fn)
    {
        const bool posted = m_thread.post([this, reactor, fn = std::move(fn)]() mutable {
            Status status;
            try {
                if (m_restored)
                    m_engine.advance(runtime::nowMs());
                status = fn();
            } catch (const std::exception &e) {
                status = Status(StatusCode::INTERNAL, std::string("routing: ") + e.what());
            }
            if (Status flushed = flush(); !flushed.ok())
                status = flushed;
            reactor->Finish(status);
        });
        if (!posted)
            reactor->Finish(Status(StatusCode::UNAVAILABLE, "routing is shutting down: try again in a moment"));
    }

    // Checks the roles and the request (validate runs on the gRPC thread), then runs fn on
    // the engine thread.
    template<typename Fn, typename Validate>
    Reactor *command(grpc::CallbackServerContext *ctx, std::initializer_list<v1::Role> roles, Fn fn, Validate validate)
    {
        auto *reactor = ctx->DefaultReactor();
        const runtime::AuthResult auth = m_context.auth.require(*ctx, roles);
        if (!auth.ok()) {
            reactor->Finish(auth.status);
            return reactor;
        }
        if (Status s = validate(); !s.ok()) {
            reactor->Finish(s);
            return reactor;
        }
        execute(reactor, [fn = std::move(fn), caller = auth.caller]() mutable { return fn(caller); });
        return reactor;
    }
    template<typename Fn>
    Reactor *command(grpc::CallbackServerContext *ctx, std::initializer_list<v1::Role> roles, Fn fn)
    {
        return command(ctx, roles, std::move(fn), [] { return Status::OK; });
    }

    // An agent's command on their own agent: the agent is created (Offline, with its
    // directory profile) the first time it appears.
    template<typename Fn>
    Reactor *agentCommand(grpc::CallbackServerContext *ctx, Fn fn)
    {
        auto *reactor = ctx->DefaultReactor();
        const runtime::AuthResult auth = m_context.auth.require(*ctx, {v1::ROLE_AGENT});
        if (!auth.ok()) {
            reactor->Finish(auth.status);
            return reactor;
        }
        runAgentCommand(reactor, auth.caller, std::move(fn));
        return reactor;
    }

    template<typename Fn>
    void runAgentCommand(Reactor *reactor, const runtime::Caller &caller, Fn fn)
    {
        withProfile(caller.userId, [this, reactor, caller, fn = std::move(fn)](std::optional<v1::AgentProfile> profile) mutable {
            execute(reactor, [this, caller, profile = std::move(profile), fn = std::move(fn)]() mutable {
                AgentInfo &agent = ensureAgent(caller.userId, caller.username, profile);
                return fn(agent, caller);
            });
        });
    }

    // An agent's command on one of their interactions.
    template<typename Fn>
    Reactor *interactionCommand(grpc::CallbackServerContext *ctx, const std::string &interactionId, const char *verb,
                                v1::Interaction *resp, Fn fn)
    {
        if (interactionId.empty())
            return finish(ctx, invalid("interaction_id", "is required"));
        return agentCommand(ctx, [=, this](AgentInfo &agent, const runtime::Caller &) -> Status {
            return onInteraction(agent, interactionId, verb, resp, fn);
        });
    }

    // On the engine thread: fn on one of the agent's live interactions.
    template<typename Fn>
    Status onInteraction(AgentInfo &agent, const std::string &interactionId, const char *verb, v1::Interaction *resp,
                         Fn &fn)
    {
        Record *record = nullptr;
        if (Status s = findLive(interactionId, verb, record); !s.ok())
            return s;
        const Status status = [&]() -> Status {
            if constexpr (std::is_same_v<decltype(fn(*record, agent)), Status>)
                return fn(*record, agent);
            else
                return refusedStatus(fn(*record, agent), verb, record);
        }();
        if (status.ok() && resp)
            *resp = record->proto;
        return status;
    }

    Status findLive(const std::string &id, const std::string &verb, Record *&record)
    {
        const auto number = parseInteractionId(id);
        if (number) {
            if (const auto it = m_live.find(*number); it != m_live.end()) {
                record = &it->second;
                return Status::OK;
            }
            if (const auto stored = m_store.interaction(id))
                return Status(StatusCode::FAILED_PRECONDITION, "cannot " + verb + " interaction '" + id + "': it is "
                                                                   + interactionStateName(stored->state));
        }
        return Status(StatusCode::NOT_FOUND, "interaction '" + id + "' does not exist");
    }

    Status refused(Refusal refusal, const std::string &what, const Record *record)
    {
        return refusedStatus(refusal, what, record);
    }

    Status refusedStatus(Refusal refusal, const std::string &verb, const Record *record)
    {
        const std::string subject = record ? "interaction '" + record->proto.id() + "'" : std::string("it");
        switch (refusal) {
        case Refusal::None:
            return Status::OK;
        case Refusal::UnknownQueue:
            return Status(StatusCode::NOT_FOUND, "cannot " + verb + " " + subject + ": the queue does not exist");
        case Refusal::UnknownAgent:
            return Status(StatusCode::NOT_FOUND, "cannot " + verb + " " + subject + ": the agent is not known to routing");
        case Refusal::UnknownInteraction:
            return Status(StatusCode::NOT_FOUND, "cannot " + verb + " " + subject + ": it does not exist");
        case Refusal::AlreadyExists:
            return Status(StatusCode::ALREADY_EXISTS, "cannot " + verb + " " + subject + ": it already exists");
        case Refusal::WrongState:
            return Status(StatusCode::FAILED_PRECONDITION,
                          "cannot " + verb + " " + subject
                              + (record ? std::string(": it is ") + interactionStateName(record->snap.state)
                                        : std::string(" in the current state")));
        case Refusal::NotYours:
            return Status(StatusCode::PERMISSION_DENIED,
                          "cannot " + verb + " " + subject + ": it is not offered to or handled by you");
        case Refusal::ChannelNotServed:
            return Status(StatusCode::INVALID_ARGUMENT,
                          "cannot " + verb + " " + subject + ": the queue does not take this channel");
        case Refusal::QueueInUse:
            return Status(StatusCode::FAILED_PRECONDITION, "cannot " + verb + ": the queue still holds interactions");
        }
        return Status(StatusCode::INTERNAL, describe(refusal));
    }

    static std::string joinCodes(const google::protobuf::RepeatedPtrField<std::string> &codes)
    {
        std::string out;
        for (const auto &code : codes)
            out += (out.empty() ? "" : ", ") + code;
        return out.empty() ? "none" : out;
    }

    // --- the engine thread: state ---------------------------------------------------------

    Status setOwnState(AgentInfo &agent, AgentState state, const std::string &reason, bool whenFree,
                       v1::AgentSnapshot *resp)
    {
        if (state == AgentState::Offline && !whenFree) {
            int held = 0;
            for (const auto &i : m_engine.interactionsOf(agent.id))
                held += i.state == InteractionState::Active || i.state == InteractionState::WrapUp;
            if (held > 0)
                return Status(StatusCode::FAILED_PRECONDITION,
                              "you still handle " + std::to_string(held)
                                  + " interaction(s): finish them first, or sign out when free (when_free)");
        }
        if (const Refusal r = m_engine.setAgentState(agent.id, state, reason, whenFree, runtime::nowMs());
            r != Refusal::None) {
            const auto snapshot = m_engine.agent(agent.id);
            if (r == Refusal::WrongState && snapshot)
                return Status(StatusCode::FAILED_PRECONDITION, std::string("cannot go ") + agentStateName(state)
                                                                   + ": you are " + agentStateName(snapshot->state));
            return refused(r, "change your state", nullptr);
        }
        markAgent(agent.id);
        *resp = agentProto(agent);
        return Status::OK;
    }

    // Forced sign-out: no new offers, offers withdrawn (re-routed), active interactions
    // go back to their queue (keeping their age), wrap-ups complete without a code, then
    // the agent is Offline.
    void signOut(AgentInfo &agent)
    {
        const Millis now = runtime::nowMs();
        m_engine.setAgentState(agent.id, AgentState::NotReady, kSigningOutReason, false, now);
        for (const auto &i : m_engine.interactionsOf(agent.id)) {
            switch (i.state) {
            case InteractionState::Offered: m_engine.reject(i.id, agent.id, now); break;
            case InteractionState::Active: m_engine.transferToQueue(i.id, agent.id, i.queue, now); break;
            case InteractionState::WrapUp: m_engine.completeWrapUp(i.id, agent.id, now); break;
            default: break;
            }
        }
        m_engine.setAgentState(agent.id, AgentState::Offline, {}, false, now);
    }

    Status enqueue(const v1::EnqueueRequest &req, v1::Interaction *resp)
    {
        if (!req.idempotency_key().empty()) {
            if (const auto stored = m_store.interactionByIdempotencyKey(req.idempotency_key())) {
                if (const auto it = m_live.find(stored->number); it != m_live.end())
                    *resp = it->second.proto;
                else
                    resp->ParseFromString(stored->data);
                return Status::OK;
            }
        }
        const auto queue = m_queues.find(req.queue_id());
        if (queue == m_queues.end() || queue->second.removed)
            return Status(StatusCode::NOT_FOUND, "queue '" + req.queue_id() + "' does not exist");
        const Channel channel = *channelFromProto(req.channel());
        if (!(queue->second.channels & channelBit(channel)))
            return invalid("channel", "queue '" + req.queue_id() + "' does not take " + channelName(channel)
                                          + " (it takes " + channelList(queue->second.channels) + ")");
        // Business hours: a closed queue takes nothing new; what already waits stays.
        if (const auto closed = closedMessage(queue->second.proto, QDateTime::currentDateTimeUtc()))
            return Status(StatusCode::FAILED_PRECONDITION, *closed);
        const InteractionId number = ++m_lastNumber;
        Record &record = m_live[number];
        record.proto.set_id(interactionName(number));
        record.proto.set_channel(req.channel());
        record.proto.set_queue_id(req.queue_id());
        record.proto.set_state(v1::INTERACTION_STATE_WAITING);
        *record.proto.mutable_customer() = req.customer();
        record.proto.set_subject(req.subject());
        record.proto.mutable_attributes()->insert(req.attributes().begin(), req.attributes().end());
        record.proto.set_priority(queue->second.proto.priority());
        record.idempotencyKey = req.idempotency_key();
        record.snap.id = number;
        record.snap.queue = queue->second.id;
        record.snap.channel = channel;

        const Millis now = runtime::nowMs();
        if (const Refusal r = m_engine.enqueue(number, queue->second.id, channel, 0, now); r != Refusal::None) {
            m_live.erase(number);
            return refused(r, "enqueue", nullptr);
        }
        // The engine reports the new interaction; make sure it is stored even if not.
        if (!record.reported)
            if (const auto snapshot = m_engine.interaction(number))
                interactionChanged(*snapshot);
        if (!record.reported)
            markInteraction(number);
        *resp = m_live.contains(number) ? m_live[number].proto : record.proto;
        return Status::OK;
    }

    // What the customer side is told when the queue is closed at `at` (in the queue's time
    // zone: a holiday, or outside every weekly opening); nullopt while it is open. A queue
    // without a time zone is always open.
    static std::optional<std::string> closedMessage(const v1::Queue &queue, const QDateTime &at)
    {
        const auto &hours = queue.hours();
        if (hours.time_zone().empty())
            return std::nullopt;
        const QTimeZone zone(QByteArray::fromStdString(hours.time_zone()));
        if (!zone.isValid())
            return std::nullopt;   // the directory refuses unknown zones; never close on a typo
        const QDateTime local = at.toTimeZone(zone);
        auto holiday = [&](const QDate &date) -> const v1::Holiday * {
            const std::string iso = date.toString(Qt::ISODate).toStdString();
            for (const auto &h : hours.holidays())
                if (h.date() == iso)
                    return &h;
            return nullptr;
        };
        auto openAt = [&](const QDate &date, int minute) {
            if (holiday(date))
                return false;
            if (hours.weekly_size() == 0)
                return true;
            for (const auto &w : hours.weekly())
                if (w.day_of_week() == date.dayOfWeek() && w.open_minute() <= minute && minute < w.close_minute())
                    return true;
            return false;
        };
        const int minute = local.time().hour() * 60 + local.time().minute();
        if (openAt(local.date(), minute))
            return std::nullopt;

        // The next opening, within four weeks.
        static const char *const days[] = {"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
        std::string next;
        for (int offset = 0; offset < 28 && next.empty(); ++offset) {
            const QDate date = local.date().addDays(offset);
            if (holiday(date))
                continue;
            int best = -1;
            if (hours.weekly_size() == 0)
                best = 0;
            for (const auto &w : hours.weekly())
                if (w.day_of_week() == date.dayOfWeek() && (offset > 0 || w.open_minute() > minute)
                    && (best < 0 || w.open_minute() < best))
                    best = w.open_minute();
            if (best < 0)
                continue;
            char clock[16];
            std::snprintf(clock, sizeof clock, "%02d:%02d", best / 60, best % 60);
            next = offset == 0 ? std::string("today ") + clock
                 : offset == 1 ? std::string("tomorrow ") + clock
                 : offset < 7  ? std::string(days[date.dayOfWeek()]) + " " + clock
                               : std::string(days[date.dayOfWeek()]) + " " + date.toString(Qt::ISODate).toStdString() + " " + clock;
        }
        const std::string name = queue.name().empty() ? queue.id() : queue.name();
        std::string message;
        if (!hours.closed_message().empty())
            message = hours.closed_message();
        else if (const v1::Holiday *h = holiday(local.date()); h && !h->name().empty())
            message = name + " is closed for " + h->name();
        else
            message = name + " is closed";
        if (!next.empty())
            message += (hours.closed_message().empty() ? "; we open " : " (we open ") + next
                + (hours.closed_message().empty() ? "" : ")");
        return message;
    }

    AgentInfo &ensureAgent(const std::string &userId, const std::string &username,
                           const std::optional<v1::AgentProfile> &profile)
    {
        if (auto it = m_agents.find(userId); it != m_agents.end()) {
            if (!username.empty() && it->second.username != username) {
                it->second.username = username;
                markAgent(it->second.id);
            }
            return it->second;
        }
        AgentInfo &agent = addAgent(userId, username, profile);
        m_engine.upsertAgent(agent.config, runtime::nowMs());
        markAgent(agent.id);
        return agent;
    }

    AgentInfo &addAgent(const std::string &userId, const std::string &username,
                        const std::optional<v1::AgentProfile> &profile)
    {
        AgentInfo &agent = m_agents[userId];
        agent.id = AgentId(m_agentUsers.size());
        agent.userId = userId;
        agent.username = username;
        m_agentUsers.push_back(userId);
        applyProfile(agent, profile ? *profile : v1::AgentProfile());
        {
            std::lock_guard lock(m_knownMutex);
            m_knownAgents.insert(userId);
        }
        if (profile && profile->version() > 0)
            m_batch.profileConfigs.emplace_back(userId, profile->SerializeAsString());
        return agent;
    }

    // A profile of version 0 is the directory's "nobody configured this agent": defaults.
    void applyProfile(AgentInfo &agent, const v1::AgentProfile &profile)
    {
        AgentConfig config;
        config.id = agent.id;
        if (profile.version() > 0) {
            for (const auto &skill : profile.skills())
                config.skills.push_back({skillId(skill.skill_id()), skill.proficiency()});
            for (const auto &capacity : profile.capacities())
                if (const auto channel = channelFromProto(capacity.channel()))
                    config.capacity[int(*channel)] = capacity.capacity();
            config.voiceBlocksOthers = profile.voice_blocks_other_channels();
        }
        agent.config = std::move(config);
        agent.teamId = profile.team_id();
    }

    SkillId skillId(const std::string &id)
    {
        const auto [it, inserted] = m_skills.try_emplace(id, SkillId(m_skills.size() + 1));
        return it->second;
    }

    QueueInfo &upsertQueue(const v1::Queue &queue)
    {
        auto [it, inserted] = m_queues.try_emplace(queue.id());
        QueueInfo &info = it->second;
        if (inserted) {
            info.id = QueueId(m_queueNames.size());
            m_queueNames.push_back(queue.id());
        }
        info.proto = queue;
        info.removed = false;
        {
            std::lock_guard lock(m_knownMutex);
            m_knownQueues.insert(queue.id());
        }
        QueueConfig config;
        config.id = info.id;
        config.channels = 0;
        for (int c : queue.channels())
            if (const auto channel = channelFromProto(c))
                config.channels |= channelBit(*channel);
        info.channels = config.channels;
        for (const auto &r : queue.required_skills())
            config.required.push_back({skillId(r.skill_id()), r.min_proficiency()});
        config.priority = queue.priority();
        config.offerTimeout = Millis(queue.offer_timeout_seconds() > 0 ? queue.offer_timeout_seconds() : 20) * 1000;
        config.wrapUp = Millis(queue.wrap_up_seconds()) * 1000;
        config.serviceLevelThreshold =
            Millis(queue.service_level_threshold_seconds() > 0 ? queue.service_level_threshold_seconds() : 20) * 1000;
        config.shortAbandon = Millis(queue.short_abandon_seconds()) * 1000;
        config.strategy = strategyFromProto(queue.strategy());
        for (const auto &r : queue.relaxations())
            config.relaxations.push_back({Millis(r.after_seconds()) * 1000, skillId(r.skill_id()), r.min_proficiency()});
        std::sort(config.relaxations.begin(), config.relaxations.end(),
                  [](const Relaxation &a, const Relaxation &b) { return a.after < b.after; });
        config.maxMissedOffers = queue.max_missed_offers() > 0 ? queue.max_missed_offers() : 3;
        m_engine.upsertQueue(config, runtime::nowMs());
        return info;
    }

    // A queue from the directory: into the engine, the cache, and the agents' eligible queues.
    void applyQueue(const v1::Queue &queue)
    {
        upsertQueue(queue);
        m_batch.queueConfigs.emplace_back(queue.id(), queue.SerializeAsString());
        for (const auto &[userId, agent] : m_agents)
            markAgent(agent.id);   // their eligible queues may have changed
    }

    bool queueKnown(const std::string &id)
    {
        std::lock_guard lock(m_knownMutex);
        return m_knownQueues.contains(id);
    }

    void removeQueue(const std::string &id)
    {
        const auto it = m_queues.find(id);
        if (it == m_queues.end())
            return;
        {
            std::lock_guard lock(m_knownMutex);
            m_knownQueues.erase(id);
        }
        it->second.removed = true;
        // A queue that still holds interactions stays in the engine until they are done;
        // it takes nothing new.
        m_engine.removeQueue(it->second.id);
    }

    // Queues whose base requirements the agent meets, on a channel it has capacity for.
    std::vector<std::string> eligibleQueues(const AgentInfo &agent) const
    {
        std::vector<std::string> out;
        for (const auto &[id, queue] : m_queues) {
            if (queue.removed)
                continue;
            bool eligible = false;
            for (int c = 0; c < kChannelCount; ++c)
                eligible |= (queue.channels & channelBit(Channel(c))) && agent.config.capacity[c] > 0;
            for (const auto &r : queue.proto.required_skills()) {
                const auto skill = m_skills.find(r.skill_id());
                const bool held = skill != m_skills.end()
                    && std::any_of(agent.config.skills.begin(), agent.config.skills.end(), [&](const AgentSkill &s) {
                           return s.skill == skill->second && s.proficiency >= r.min_proficiency();
                       });
                eligible = eligible && held;
            }
            if (eligible)
                out.push_back(id);
        }
        return out;
    }

    v1::AgentSnapshot agentProto(const AgentInfo &agent) const
    {
        v1::AgentSnapshot out;
        out.set_user_id(agent.userId);
        out.set_username(agent.username);
        out.set_team_id(agent.teamId);
        if (const auto snapshot = m_engine.agent(agent.id)) {
            out.set_state(agentStateToProto(snapshot->state));
            out.set_reason_code_id(snapshot->reason);
            if (snapshot->stateSince > 0)
                setTime(out.mutable_state_since(), snapshot->stateSince);
            if (snapshot->pendingState) {
                out.set_next_state(agentStateToProto(*snapshot->pendingState));
                out.set_next_reason_code_id(snapshot->pendingReason);
            }
            for (int c = 0; c < kChannelCount; ++c)
                if (snapshot->loadedChannels & channelBit(Channel(c)))
                    out.add_loaded_channels(channelToProto(Channel(c)));
        }
        for (const auto &i : m_engine.interactionsOf(agent.id))
            if (const auto it = m_live.find(i.id); it != m_live.end())
                *out.add_interactions() = it->second.proto;
        for (auto &queue : eligibleQueues(agent))
            out.add_queue_ids(std::move(queue));
        return out;
    }

    // The engine's own capacity rule (routing_engine.h): available, the channel loaded,
    // a free slot on it, and voice not mixed with other channels when the agent's profile
    // says so.
    static bool hasFreeCapacity(const AgentInfo &agent, const AgentSnapshot &snapshot, Channel channel)
    {
        if (snapshot.state != AgentState::Available || !(snapshot.loadedChannels & channelBit(channel)))
            return false;
        const int c = int(channel);
        if (snapshot.used[size_t(c)] >= agent.config.capacity[size_t(c)])
            return false;
        if (agent.config.voiceBlocksOthers) {
            if (channel == Channel::Voice) {
                for (int other = 0; other < kChannelCount; ++other)
                    if (other != c && snapshot.used[size_t(other)] > 0)
                        return false;
            } else if (snapshot.used[size_t(Channel::Voice)] > 0) {
                return false;
            }
        }
        return true;
    }

    std::string agentUser(std::optional<AgentId> id) const
    {
        return id && *id < m_agentUsers.size() ? m_agentUsers[*id] : std::string();
    }

    // --- Listener: the engine's decisions, on the engine thread ----------------------------

    void applySnapshot(Record &record, const InteractionSnapshot &s)
    {
        record.snap = s;
        v1::Interaction &p = record.proto;
        p.set_state(interactionStateToProto(s.state));
        if (s.queue < m_queueNames.size())
            p.set_queue_id(m_queueNames[s.queue]);
        p.set_channel(channelToProto(s.channel));
        p.set_agent_user_id(agentUser(s.agent));
        if (const auto queue = m_queues.find(p.queue_id()); queue != m_queues.end())
            p.set_priority(queue->second.proto.priority() + s.priorityBoost);
        auto time = [](google::protobuf::Timestamp *(v1::Interaction::*mutableField)(),
                       void (v1::Interaction::*clear)(), v1::Interaction &target, Millis ms) {
            if (ms > 0)
                setTime((target.*mutableField)(), ms);
            else
                (target.*clear)();
        };
        time(&v1::Interaction::mutable_enqueued_at, &v1::Interaction::clear_enqueued_at, p, s.enqueuedAt);
        time(&v1::Interaction::mutable_offered_at, &v1::Interaction::clear_offered_at, p, s.offeredAt);
        time(&v1::Interaction::mutable_offer_expires_at, &v1::Interaction::clear_offer_expires_at, p, s.offerExpiresAt);
        time(&v1::Interaction::mutable_accepted_at, &v1::Interaction::clear_accepted_at, p, s.acceptedAt);
        time(&v1::Interaction::mutable_ended_at, &v1::Interaction::clear_ended_at, p, s.endedAt);
        time(&v1::Interaction::mutable_wrap_up_ends_at, &v1::Interaction::clear_wrap_up_ends_at, p, s.wrapUpEndsAt);
    }

    void markInteraction(InteractionId id)
    {
        if (std::find(m_batch.interactions.begin(), m_batch.interactions.end(), id) == m_batch.interactions.end())
            m_batch.interactions.push_back(id);
    }

    void markAgent(AgentId id) { m_batch.agents.insert(id); }

    void event(const std::string &topic, const std::function<void(v1::Event &)> &fill)
    {
        v1::Event e;
        e.set_topic(topic);
        fill(e);
        m_batch.events.push_back(std::move(e));
    }

    void offered(const InteractionSnapshot &snapshot, AgentId agent) override
    {
        const auto it = m_live.find(snapshot.id);
        if (it == m_live.end())
            return;
        v1::Interaction offer = it->second.proto;
        offer.set_state(v1::INTERACTION_STATE_OFFERED);
        offer.set_agent_user_id(agentUser(agent));
        if (snapshot.offeredAt > 0)
            setTime(offer.mutable_offered_at(), snapshot.offeredAt);
        if (snapshot.offerExpiresAt > 0)
            setTime(offer.mutable_offer_expires_at(), snapshot.offerExpiresAt);
        event("user:" + agentUser(agent), [&](v1::Event &e) { *e.mutable_offer_made()->mutable_interaction() = offer; });
    }

    void offerWithdrawn(const InteractionSnapshot &snapshot, AgentId agent, WithdrawReason reason) override
    {
        event("user:" + agentUser(agent), [&](v1::Event &e) {
            auto *withdrawn = e.mutable_offer_withdrawn();
            withdrawn->set_interaction_id(interactionName(snapshot.id));
            withdrawn->set_agent_user_id(agentUser(agent));
            withdrawn->set_reason(withdrawReasonName(reason));
        });
    }

    void interactionChanged(const InteractionSnapshot &snapshot) override
    {
        const auto it = m_live.find(snapshot.id);
        if (it == m_live.end()) {
            qCWarning(lcRouting) << "engine reported an unknown interaction" << snapshot.id;
            return;
        }
        Record &record = it->second;
        const std::string previousAgent = record.proto.agent_user_id();
        applySnapshot(record, snapshot);
        record.reported = true;
        record.proto.set_version(record.proto.version() + 1);
        markInteraction(snapshot.id);

        v1::InteractionChanged changed;
        *changed.mutable_interaction() = record.proto;
        if (previousAgent != record.proto.agent_user_id())
            changed.set_previous_agent_user_id(previousAgent);
        std::vector<std::string> topics;
        if (!record.proto.agent_user_id().empty())
            topics.push_back("user:" + record.proto.agent_user_id());
        if (!previousAgent.empty() && previousAgent != record.proto.agent_user_id())
            topics.push_back("user:" + previousAgent);
        topics.push_back("role:supervisor");
        topics.push_back("role:integration");
        for (const auto &topic : topics)
            event(topic, [&](v1::Event &e) { *e.mutable_interaction_changed() = changed; });
    }

    void agentChanged(const AgentSnapshot &snapshot) override { markAgent(snapshot.id); }

    StoredInteraction stored(const Record &record) const
    {
        const InteractionSnapshot &s = record.snap;
        StoredInteraction out;
        out.id = record.proto.id();
        out.number = s.id;
        out.state = s.state;
        out.queueId = record.proto.queue_id();
        out.channel = s.channel;
        out.agentUserId = record.proto.agent_user_id();
        out.priorityBoost = s.priorityBoost;
        out.enqueuedAt = s.enqueuedAt;
        out.queuedAt = s.queuedAt;
        out.offeredAt = s.offeredAt;
        out.offerExpiresAt = s.offerExpiresAt;
        out.acceptedAt = s.acceptedAt;
        out.endedAt = s.endedAt;
        out.wrapUpEndsAt = s.wrapUpEndsAt;
        out.reservedFor = agentUser(s.reservedFor);
        for (AgentId a : s.rejectedBy)
            out.rejectedBy.push_back(agentUser(a));
        out.idempotencyKey = record.idempotencyKey;
        out.data = record.proto.SerializeAsString();
        return out;
    }

    StoredAgent stored(const AgentInfo &agent) const
    {
        StoredAgent out;
        out.userId = agent.userId;
        out.username = agent.username;
        if (const auto s = m_engine.agent(agent.id)) {
            out.state = s->state;
            out.reason = s->reason;
            out.stateSince = s->stateSince;
            out.idleSince = s->idleSince;
            out.loadedChannels = s->loadedChannels;
            out.pendingState = s->pendingState;
            out.pendingReason = s->pendingReason;
            out.missedOffers = s->missedOffers;
            out.lastChange = lastChangeOf(*s);
        }
        return out;
    }

    // --- supervisor actions: audit and the agent's notice ------------------------------------

    static std::string agentName(const AgentInfo &agent)
    {
        return agent.username.empty() ? agent.userId : agent.username;
    }

    std::string reasonLabel(const std::string &code)
    {
        std::lock_guard lock(m_reasonMutex);
        const auto it = m_reasonCodes.find(code);
        return it != m_reasonCodes.end() && !it->second.empty() ? it->second : code;
    }

    static v1::Event noticeEvent(const std::string &userId, const v1::Actor &from, const std::string &text,
                                 const std::string &severity)
    {
        v1::Event e;
        e.set_topic("user:" + userId);
        v1::Notice &notice = *e.mutable_notice();
        notice.set_text(text);
        *notice.mutable_from() = from;
        notice.set_severity(severity);
        return e;
    }

    // Audits a supervisor's action on an agent (stored with the batch, then published as
    // `audit_recorded` to admins and supervisors) and tells the agent with a notice.
    void recordAction(const v1::Actor &actor, const AgentInfo &agent, const std::string &action,
                      const std::string &details, const std::string &noticeText, const std::string &severity)
    {
        StoredAudit stored;
        stored.id = runtime::newId("audit");
        stored.at = runtime::nowMs();
        stored.actorId = actor.user_id();
        stored.actorName = actor.username();
        stored.action = action;
        stored.target = "user:" + agent.userId;
        stored.details = details;
        v1::AuditEntry entry;
        entry.set_id(stored.id);
        setTime(entry.mutable_at(), stored.at);
        *entry.mutable_actor() = actor;
        entry.set_service("routing");
        entry.set_action(action);
        entry.set_target(stored.target);
        entry.set_details(details);
        m_batch.audits.push_back(std::move(stored));
        for (const char *topic : {"role:admin", "role:supervisor"}) {
            v1::Event e;
            e.set_topic(topic);
            *e.mutable_audit_recorded() = entry;
            m_batch.afterAgents.push_back(std::move(e));
        }
        m_batch.afterAgents.push_back(noticeEvent(agent.userId, actor, noticeText, severity));
    }

    void recordForcedSignOut(const v1::Actor &actor, const AgentInfo &agent, const std::string &action)
    {
        recordAction(actor, agent, action, actor.username() + " signed agent " + agentName(agent) + " out",
                     actor.username() + " signed you out", "warning");
    }

    // Conversation audits monitoring, whispers and barges of an interaction; routing
    // knows whose it is and tells that agent (never the customer). A whisper needs no
    // notice: the agent receives the whisper itself (a message of direction WHISPER).
    void tellAgentOf(const v1::AuditEntry &entry)
    {
        const std::string prefix = "interaction:";
        if (entry.target().compare(0, prefix.size(), prefix) != 0)
            return;
        const auto number = parseInteractionId(entry.target().substr(prefix.size()));
        const auto it = number ? m_live.find(*number) : m_live.end();
        if (it == m_live.end() || it->second.proto.agent_user_id().empty())
            return;
        const v1::Interaction &i = it->second.proto;
        const std::string customer = i.customer().display_name().empty() ? i.customer().id()
                                                                         : i.customer().display_name();
        const std::string what = std::string(channelName(it->second.snap.channel))
            + (it->second.snap.channel == Channel::Voice ? " call" : "") + " with " + customer;
        const std::string who = entry.actor().username().empty() ? entry.actor().user_id() : entry.actor().username();
        std::string text;
        if (entry.action() == "conversation.monitor")
            text = who + " is monitoring your " + what;
        else if (entry.action() == "conversation.barge")
            text = who + " joined your " + what;
        else
            return;
        m_context.bus.publish(noticeEvent(i.agent_user_id(), entry.actor(), text, "info"));
    }

    // Commits what the batch changed in one transaction, then publishes it.
    Status flush()
    {
        Batch batch = std::exchange(m_batch, {});
        Status status;
        try {
            m_store.store().transaction([&] {
                for (InteractionId id : batch.interactions)
                    if (const auto it = m_live.find(id); it != m_live.end())
                        m_store.saveInteraction(stored(it->second));
                for (AgentId id : batch.agents)
                    m_store.saveAgent(stored(m_agents.at(m_agentUsers[id])));
                for (const auto &[id, data] : batch.queueConfigs)
                    m_store.saveConfig("queue", id, data);
                for (const auto &[id, data] : batch.profileConfigs)
                    m_store.saveConfig("agent_profile", id, data);
                for (const StoredAudit &entry : batch.audits)
                    m_store.saveAudit(entry);
            });
        } catch (const std::exception &e) {
            // The engine moved on already: say so to the caller and the log; the events
            // still go out so that clients see what the engine does.
            qCCritical(lcRouting) << "cannot commit to routing.db:" << e.what();
            status = Status(StatusCode::INTERNAL, std::string("routing store: ") + e.what());
        }
        for (auto &e : batch.events)
            m_context.bus.publish(std::move(e));
        for (AgentId id : batch.agents) {
            const AgentInfo &agent = m_agents.at(m_agentUsers[id]);
            v1::AgentStateChanged changed;
            *changed.mutable_agent() = agentProto(agent);
            if (const auto forced = batch.forcedBy.find(id); forced != batch.forcedBy.end())
                *changed.mutable_forced_by() = forced->second;
            for (const std::string &topic : {"user:" + agent.userId, std::string("role:supervisor")}) {
                v1::Event e;
                e.set_topic(topic);
                *e.mutable_agent_state_changed() = changed;
                m_context.bus.publish(std::move(e));
            }
        }
        // The audit entries and the agents' notices follow the state they speak of.
        for (auto &e : batch.afterAgents)
            m_context.bus.publish(std::move(e));
        for (InteractionId id : batch.interactions)
            if (const auto it = m_live.find(id); it != m_live.end() && isFinal(it->second.snap.state))
                m_live.erase(it);
        return status;
    }

    void tick(Millis now)
    {
        try {
            m_engine.advance(now);
        } catch (const std::exception &e) {
            qCCritical(lcRouting) << "engine:" << e.what();
        }
        flush();
    }

    // --- the directory ----------------------------------------------------------------------

    std::unique_ptr<grpc::ClientContext> directoryContext()
    {
        auto ctx = std::make_unique<grpc::ClientContext>();
        ctx->set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(kDirectoryDeadlineMs));
        const std::string token = m_context.serviceToken ? m_context.serviceToken() : std::string();
        if (!token.empty())
            ctx->AddMetadata("authorization", "Bearer " + token);
        return ctx;
    }

    // An asynchronous call to the directory; done(status, response) runs on a gRPC thread.
    template<typename Request, typename Response, typename Start>
    void callDirectory(Request request, Start start, std::function<void(Status, Response)> done)
    {
        if (!m_directory) {
            done(Status(StatusCode::UNAVAILABLE, "no directory service to ask"), Response());
            return;
        }
        struct Call {
            std::unique_ptr<grpc::ClientContext> ctx;
            Request request;
            Response response;
        };
        auto call = std::make_shared<Call>();
        call->ctx = directoryContext();
        call->request = std::move(request);
        {
            std::lock_guard lock(m_callsMutex);
            ++m_calls;
        }
        start(m_directory->async(), call->ctx.get(), &call->request, &call->response,
              [this, call, done = std::move(done)](Status status) {
                  done(status, std::move(call->response));
                  std::lock_guard lock(m_callsMutex);
                  if (--m_calls == 0)
                      m_callsDone.notify_all();
              });
    }

    // Calls then(profile) on some thread: nullopt when the agent is already known (or the
    // directory did not answer: defaults then).
    void withProfile(const std::string &userId, std::function<void(std::optional<v1::AgentProfile>)> then)
    {
        {
            std::lock_guard lock(m_knownMutex);
            if (m_knownAgents.contains(userId)) {
                then(std::nullopt);
                return;
            }
        }
        v1::GetAgentProfileRequest request;
        request.set_user_id(userId);
        callDirectory<v1::GetAgentProfileRequest, v1::AgentProfile>(
            request,
            [](auto *async, auto *ctx, auto *req, auto *resp, auto cb) { async->GetAgentProfile(ctx, req, resp, std::move(cb)); },
            [userId, then = std::move(then)](Status status, v1::AgentProfile profile) {
                if (!status.ok()) {
                    qCWarning(lcRouting) << "no profile for agent" << userId.c_str() << "from the directory ("
                                         << status.error_message().c_str() << "): defaults";
                    then(std::nullopt);
                    return;
                }
                then(std::move(profile));
            });
    }

    // done(OK) when code is one of the directory's reason codes, else INVALID_ARGUMENT.
    void checkReasonCode(const std::string &code, std::function<void(Status)> done)
    {
        if (code.empty()) {
            done(invalid("reason_code_id", "is required for NOT_READY: choose one of the reason codes"));
            return;
        }
        {
            std::lock_guard lock(m_reasonMutex);
            if (m_reasonCodesLoaded && m_reasonCodes.contains(code)) {
                done(Status::OK);
                return;
            }
        }
        // Unknown here: the list may be stale (or not loaded yet); ask again once.
        callDirectory<v1::ListReasonCodesRequest, v1::ListReasonCodesResponse>(
            {}, [](auto *async, auto *ctx, auto *req, auto *resp, auto cb) { async->ListReasonCodes(ctx, req, resp, std::move(cb)); },
            [this, code, done = std::move(done)](Status status, v1::ListReasonCodesResponse codes) {
                if (!status.ok()) {
                    done(Status(StatusCode::UNAVAILABLE, "cannot check the reason code with the directory: "
                                                             + status.error_message()));
                    return;
                }
                std::string known;
                bool found = false;
                {
                    std::lock_guard lock(m_reasonMutex);
                    m_reasonCodes.clear();
                    for (const auto &c : codes.codes()) {
                        m_reasonCodes[c.id()] = c.label();
                        known += (known.empty() ? "" : ", ") + c.id();
                    }
                    m_reasonCodesLoaded = true;
                    found = m_reasonCodes.contains(code);
                }
                done(found ? Status::OK
                           : invalid("reason_code_id", "'" + code + "' is not a reason code (choose one of "
                                                           + (known.empty() ? std::string("none") : known) + ")"));
            });
    }

    // On the publishing thread of the bus: only starts asynchronous work.
    void onDirectoryChanged(const v1::DirectoryChanged &changed)
    {
        if (changed.kind() == "reason_code") {
            std::lock_guard lock(m_reasonMutex);
            m_reasonCodesLoaded = false;
        } else if (changed.kind() == "queue") {
            if (changed.deleted()) {
                m_thread.post([this, id = changed.id()] {
                    removeQueue(id);
                    m_batch.queueConfigs.emplace_back(id, std::string());
                    flush();
                });
                return;
            }
            v1::GetQueueRequest request;
            request.set_id(changed.id());
            callDirectory<v1::GetQueueRequest, v1::Queue>(
                request, [](auto *async, auto *ctx, auto *req, auto *resp, auto cb) { async->GetQueue(ctx, req, resp, std::move(cb)); },
                [this, id = changed.id()](Status status, v1::Queue queue) {
                    if (!status.ok()) {
                        qCWarning(lcRouting) << "cannot read queue" << id.c_str() << ":" << status.error_message().c_str();
                        return;
                    }
                    m_thread.post([this, queue = std::move(queue)] {
                        applyQueue(queue);
                        flush();
                    });
                });
        } else if (changed.kind() == "agent_profile") {
            {
                std::lock_guard lock(m_knownMutex);
                if (!m_knownAgents.contains(changed.id()))
                    return;   // read when the agent first appears
            }
            v1::GetAgentProfileRequest request;
            request.set_user_id(changed.id());
            callDirectory<v1::GetAgentProfileRequest, v1::AgentProfile>(
                request,
                [](auto *async, auto *ctx, auto *req, auto *resp, auto cb) { async->GetAgentProfile(ctx, req, resp, std::move(cb)); },
                [this, id = changed.id()](Status status, v1::AgentProfile profile) {
                    if (!status.ok()) {
                        qCWarning(lcRouting) << "cannot read the profile of" << id.c_str() << ":"
                                             << status.error_message().c_str();
                        return;
                    }
                    m_thread.post([this, id, profile = std::move(profile)] {
                        const auto it = m_agents.find(id);
                        if (it == m_agents.end())
                            return;
                        applyProfile(it->second, profile);
                        m_engine.upsertAgent(it->second.config, runtime::nowMs());
                        m_batch.profileConfigs.emplace_back(id, profile.SerializeAsString());
                        markAgent(it->second.id);
                        flush();
                    });
                });
        }
    }

    // --- start-up -----------------------------------------------------------------------------

    void restore(std::vector<v1::Queue> queues, std::map<std::string, v1::AgentProfile> profiles);

    const runtime::ServiceContext &m_context;
    RoutingStore m_store;
    Engine m_engine;
    ServiceThread m_thread;
    std::unique_ptr<v1::DirectoryService::Stub> m_directory;
    std::unique_ptr<runtime::Bus::Subscription> m_subscription;
    bool m_stopped = false;

    // Engine thread only.
    bool m_restored = false;
    std::map<std::string, QueueInfo> m_queues;
    std::vector<std::string> m_queueNames;
    std::map<std::string, SkillId> m_skills;
    std::map<std::string, AgentInfo> m_agents;
    std::vector<std::string> m_agentUsers;
    std::unordered_map<InteractionId, Record> m_live;
    InteractionId m_lastNumber = 0;
    Batch m_batch;

    // Any thread.
    std::mutex m_knownMutex;
    std::set<std::string> m_knownAgents;
    std::set<std::string> m_knownQueues;
    std::mutex m_reasonMutex;
    std::map<std::string, std::string> m_reasonCodes;   // id -> label
    bool m_reasonCodesLoaded = false;
    std::mutex m_callsMutex;
    std::condition_variable m_callsDone;
    int m_calls = 0;
};

void Service::Impl::start()
{
    // The directory is authoritative; when it does not answer, the configuration last
    // seen (cached in routing.db) keeps routing going.
    std::vector<v1::Queue> queues;
    std::map<std::string, v1::AgentProfile> profiles;
    bool queuesRead = false, profilesRead = false;
    if (m_directory) {
        v1::ListQueuesResponse queueList;
        if (const Status s = m_directory->ListQueues(directoryContext().get(), {}, &queueList); s.ok()) {
            queues.assign(queueList.queues().begin(), queueList.queues().end());
            queuesRead = true;
        } else {
            qCWarning(lcRouting) << "cannot read the queues from the directory:" << s.error_message().c_str();
        }
        v1::ListSkillsResponse skills;
        if (m_directory->ListSkills(directoryContext().get(), {}, &skills).ok()) {
            for (const auto &skill : skills.skills())
                m_skills.try_emplace(skill.id(), SkillId(m_skills.size() + 1));
        }
        v1::ListAgentProfilesResponse profileList;
        if (m_directory->ListAgentProfiles(directoryContext().get(), {}, &profileList).ok()) {
            for (const auto &profile : profileList.profiles())
                profiles[profile.user_id()] = profile;
            profilesRead = true;
        }
        v1::ListReasonCodesResponse reasons;
        if (m_directory->ListReasonCodes(directoryContext().get(), {}, &reasons).ok()) {
            std::lock_guard lock(m_reasonMutex);
            for (const auto &code : reasons.codes())
                m_reasonCodes[code.id()] = code.label();
            m_reasonCodesLoaded = true;
        }
    }
    if (!queuesRead)
        for (const auto &[id, data] : m_store.config("queue"))
            queues.emplace_back().ParseFromString(data);
    if (!profilesRead)
        for (const auto &[id, data] : m_store.config("agent_profile"))
            profiles[id].ParseFromString(data);

    std::promise<void> restored;
    m_thread.postFirst([&] {
        try {
            restore(std::move(queues), std::move(profiles));
        } catch (const std::exception &e) {
            qCCritical(lcRouting) << "restore failed:" << e.what();
        }
        m_restored = true;
        restored.set_value();
    });
    m_thread.start();
    restored.get_future().wait();
}

void Service::Impl::restore(std::vector<v1::Queue> queues, std::map<std::string, v1::AgentProfile> profiles)
{
    const Millis now = runtime::nowMs();
    for (const auto &queue : queues) {
        upsertQueue(queue);
        m_batch.queueConfigs.emplace_back(queue.id(), queue.SerializeAsString());
    }
    for (const auto &[id, profile] : profiles)
        m_batch.profileConfigs.emplace_back(id, profile.SerializeAsString());

    for (const StoredAgent &a : m_store.agents()) {
        const auto profile = profiles.find(a.userId);
        AgentInfo &agent = addAgent(a.userId, a.username,
                                    profile != profiles.end() ? std::optional(profile->second) : std::nullopt);
        m_engine.upsertAgent(agent.config, now);
        AgentSnapshot snapshot;
        snapshot.id = agent.id;
        snapshot.state = a.state;
        snapshot.reason = a.reason;
        snapshot.stateSince = a.stateSince;
        snapshot.idleSince = a.idleSince;
        snapshot.loadedChannels = a.loadedChannels;
        snapshot.pendingState = a.pendingState;
        snapshot.pendingReason = a.pendingReason;
        snapshot.missedOffers = a.missedOffers;
        setLastChange(snapshot, a.lastChange);
        if (const Refusal r = m_engine.restoreAgent(snapshot); r != Refusal::None)
            qCWarning(lcRouting) << "cannot restore agent" << a.userId.c_str() << ":" << describe(r);
    }

    m_lastNumber = m_store.maxInteractionNumber();
    auto agentIdOf = [&](const std::string &userId) -> std::optional<AgentId> {
        const auto it = m_agents.find(userId);
        return it == m_agents.end() ? std::nullopt : std::optional(it->second.id);
    };
    for (const StoredInteraction &i : m_store.liveInteractions()) {
        Record &record = m_live[i.number];
        record.proto.ParseFromString(i.data);
        record.idempotencyKey = i.idempotencyKey;
        record.reported = true;
        InteractionSnapshot &s = record.snap;
        s.id = i.number;
        s.channel = i.channel;
        s.state = i.state;
        s.priorityBoost = i.priorityBoost;
        s.enqueuedAt = i.enqueuedAt;
        s.queuedAt = i.queuedAt;
        s.agent = i.agentUserId.empty() ? std::nullopt : agentIdOf(i.agentUserId);
        s.offeredAt = i.offeredAt;
        s.offerExpiresAt = i.offerExpiresAt;
        s.acceptedAt = i.acceptedAt;
        s.endedAt = i.endedAt;
        s.wrapUpEndsAt = i.wrapUpEndsAt;
        s.reservedFor = i.reservedFor.empty() ? std::nullopt : agentIdOf(i.reservedFor);
        for (const auto &user : i.rejectedBy)
            if (const auto id = agentIdOf(user))
                s.rejectedBy.push_back(*id);
        const auto queue = m_queues.find(i.queueId);
        Refusal r = Refusal::UnknownQueue;
        if (queue != m_queues.end()) {
            s.queue = queue->second.id;
            r = m_engine.restoreInteraction(s);
        }
        if (r != Refusal::None) {
            // Its queue is gone (deleted while routing was down) or the engine cannot take
            // it back: it ends as abandoned rather than silently disappearing.
            qCWarning(lcRouting) << "cannot restore interaction" << i.id.c_str() << ":" << describe(r)
                                 << "- recorded as abandoned";
            s.state = InteractionState::Abandoned;
            s.endedAt = now;
            record.proto.set_state(v1::INTERACTION_STATE_ABANDONED);
            setTime(record.proto.mutable_ended_at(), now);
            record.proto.set_version(record.proto.version() + 1);
            markInteraction(i.number);
            v1::InteractionChanged changed;
            *changed.mutable_interaction() = record.proto;
            for (const std::string &topic : {std::string("role:supervisor"), std::string("role:integration")})
                event(topic, [&](v1::Event &e) { *e.mutable_interaction_changed() = changed; });
        }
    }
    m_engine.advance(now);
    if (Status s = flush(); !s.ok())
        qCCritical(lcRouting) << "restore:" << s.error_message().c_str();
    qCInfo(lcRouting) << "restored" << m_agents.size() << "agents," << m_live.size() << "live interactions,"
                      << m_queues.size() << "queues";
}

void Service::Impl::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_subscription.reset();
    {
        // Directory calls in flight post their results: let them land first.
        std::unique_lock lock(m_callsMutex);
        m_callsDone.wait(lock, [this] { return m_calls == 0; });
    }
    m_thread.stop();
    try {
        m_store.store().flush();
    } catch (const std::exception &e) {
        qCWarning(lcRouting) << "flush:" << e.what();
    }
}

Service::Service(const runtime::ServiceContext &context) : d(std::make_unique<Impl>(context)) {}
Service::~Service() = default;

grpc::Service *Service::grpcService()
{
    return d.get();
}

void Service::start()
{
    d->start();
}

void Service::stop()
{
    d->stop();
}

} // namespace routing
