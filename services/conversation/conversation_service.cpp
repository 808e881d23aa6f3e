#include "conversation_service.h"

#include "conversation_call_model.h"
#include "conversation_event_inbox.h"
#include "conversation_store.h"
#include "conversation_text.h"

#include "runtime_auth.h"
#include "runtime_unary.h"
#include "runtime_bus.h"
#include "switchboard/v1/conversation.grpc.pb.h"
#include "switchboard/v1/gateway.pb.h"

#include <google/protobuf/util/time_util.h>

#include <algorithm>
#include <cstdio>
#include <set>

namespace conversation {

namespace v1 = switchboard::v1;
using grpc::Status;
using grpc::StatusCode;
using google::protobuf::util::TimeUtil;

namespace {

constexpr std::size_t MaxChatCharacters = 4000;
constexpr std::size_t MaxEmailCharacters = 100000;
constexpr int MaxSmsSegments = 10;
constexpr int MaxAttachments = 10;
constexpr std::int64_t MaxAttachmentBytes = 25 * 1024 * 1024;
constexpr std::size_t MaxIdLength = 128;

Status invalid(const std::string &field, const std::string &message)
{
    return Status(StatusCode::INVALID_ARGUMENT, field + ": " + message);
}

const char *stateName(v1::InteractionState state)
{
    switch (state) {
    case v1::INTERACTION_STATE_WAITING: return "waiting in queue";
    case v1::INTERACTION_STATE_OFFERED: return "offered";
    case v1::INTERACTION_STATE_ACTIVE: return "active";
    case v1::INTERACTION_STATE_WRAP_UP: return "in wrap-up";
    case v1::INTERACTION_STATE_COMPLETED: return "completed";
    case v1::INTERACTION_STATE_ABANDONED: return "abandoned";
    default: return "in no known state";
    }
}

const char *channelName(v1::Channel channel)
{
    switch (channel) {
    case v1::CHANNEL_VOICE: return "voice call";
    case v1::CHANNEL_CHAT: return "chat";
    case v1::CHANNEL_EMAIL: return "e-mail";
    case v1::CHANNEL_SMS: return "SMS";
    default: return "interaction of no known channel";
    }
}

bool hasEnded(const v1::Interaction &i)
{
    return i.state() == v1::INTERACTION_STATE_COMPLETED || i.state() == v1::INTERACTION_STATE_ABANDONED;
}

bool isSupervisor(const runtime::Caller &caller)
{
    return caller.hasRole(v1::ROLE_SUPERVISOR) || caller.hasRole(v1::ROLE_ADMIN);
}

Status checkInteractionId(const std::string &id)
{
    if (id.empty())
        return invalid("interaction_id", "is required");
    if (id.size() > MaxIdLength)
        return invalid("interaction_id", "is longer than " + std::to_string(MaxIdLength) + " characters");
    return Status::OK;
}

Status notFound(const std::string &id)
{
    return Status(StatusCode::NOT_FOUND, "interaction '" + id
                                             + "' is unknown to conversation (routing has not announced it)");
}

// Message text per channel. Outbound SMS are held to 10 segments; an inbound SMS has
// already been sent by the customer's phone, so only the character limit applies.
Status checkText(v1::Channel channel, const std::string &text, bool outbound)
{
    if (trimmed(text).empty())
        return invalid("text", "write something to send (the message is empty)");
    const std::size_t characters = characterCount(text);
    if (channel == v1::CHANNEL_EMAIL) {
        if (characters > MaxEmailCharacters)
            return invalid("text", "an e-mail body holds at most " + std::to_string(MaxEmailCharacters)
                                       + " characters (this one has " + std::to_string(characters) + ")");
        return Status::OK;
    }
    if (channel == v1::CHANNEL_SMS && outbound) {
        const SmsSegments sms = smsSegments(text);
        if (sms.segments > MaxSmsSegments)
            return invalid("text", "an SMS may span at most " + std::to_string(MaxSmsSegments) + " segments; this one needs "
                                       + std::to_string(sms.segments) + " (" + std::to_string(sms.units)
                                       + (sms.ucs2 ? " UCS-2 units" : " GSM-7 characters") + "): shorten it");
        return Status::OK;
    }
    if (characters > MaxChatCharacters)
        return invalid("text", "a message holds at most " + std::to_string(MaxChatCharacters)
                                   + " characters (this one has " + std::to_string(characters) + ")");
    return Status::OK;
}

Status checkAttachments(v1::Channel channel, const google::protobuf::RepeatedPtrField<v1::Attachment> &attachments)
{
    if (attachments.empty())
        return Status::OK;
    if (channel == v1::CHANNEL_SMS)
        return invalid("attachments", "an SMS cannot carry attachments");
    if (attachments.size() > MaxAttachments)
        return invalid("attachments", "at most " + std::to_string(MaxAttachments) + " per message");
    for (const auto &a : attachments) {
        if (trimmed(a.name()).empty())
            return invalid("attachments", "every attachment needs a name");
        if (a.name().size() > 255)
            return invalid("attachments", "the name '" + truncated(a.name(), 40) + "' is longer than 255 bytes");
        if (a.size_bytes() < 0 || a.size_bytes() > MaxAttachmentBytes)
            return invalid("attachments", "'" + a.name() + "' must be between 0 and 25 MiB");
    }
    return Status::OK;
}

v1::Actor actorOf(const runtime::Caller &caller)
{
    v1::Actor actor;
    actor.set_user_id(caller.userId);
    actor.set_username(caller.username);
    return actor;
}

v1::CallParty customerParty(const v1::Interaction &i)
{
    v1::CallParty party;
    party.set_id("customer:" + (i.customer().id().empty() ? i.id() : i.customer().id()));
    party.set_display_name(!i.customer().display_name().empty() ? i.customer().display_name()
                                                                 : i.customer().address());
    return party;
}

v1::CallParty userParty(const std::string &userId, const std::string &name)
{
    v1::CallParty party;
    party.set_id(userId);
    party.set_display_name(name.empty() ? userId : name);
    return party;
}

} // namespace

class Service::Impl final : public v1::ConversationService::CallbackService {
public:
    explicit Impl(const runtime::ServiceContext &context)
        : m_context(context), m_store(context.options.dataDir + "/conversation.db")
    {
        m_inbox = std::make_unique<EventInbox>(context.bus, [this](const v1::Event &e) { onRoutingEvent(e); });
    }

    void stop()
    {
        m_inbox.reset();
        m_store.store().flush();
    }

    // --- events ----------------------------------------------------------------------

    // The agent handling the interaction and every supervisor monitoring it.
    static std::vector<std::string> agentSideTopics(const v1::Interaction &i, const std::vector<Monitor> &monitors)
    {
        std::vector<std::string> topics;
        std::set<std::string> users;
        if (!i.agent_user_id().empty())
            users.insert(i.agent_user_id());
        for (const auto &m : monitors)
            users.insert(m.userId);
        for (const auto &user : users)
            topics.push_back("user:" + user);
        return topics;
    }
    static constexpr const char *CustomerSideTopic = "role:integration";

    static void addEvents(std::vector<v1::Event> &out, const std::vector<std::string> &topics, const v1::Event &event)
    {
        for (const auto &topic : topics) {
            out.push_back(event);
            out.back().set_topic(topic);
        }
    }

    static void addMessageEvents(std::vector<v1::Event> &out, const v1::Interaction &i,
                                 const std::vector<Monitor> &monitors, const v1::Message &message)
    {
        v1::Event event;
        *event.mutable_message_added()->mutable_message() = message;
        std::vector<std::string> topics = agentSideTopics(i, monitors);
        if (message.direction() == v1::MESSAGE_DIRECTION_OUTBOUND || message.direction() == v1::MESSAGE_DIRECTION_SYSTEM)
            topics.push_back(CustomerSideTopic);
        addEvents(out, topics, event);
    }

    static void addCallEvents(std::vector<v1::Event> &out, const v1::Interaction &i, const std::vector<Monitor> &monitors,
                              const CallRecord &record)
    {
        v1::Event event;
        *event.mutable_call_changed()->mutable_call() = CallModel::view(record, runtime::nowMs());
        std::vector<std::string> topics = agentSideTopics(i, monitors);
        topics.push_back(CustomerSideTopic);
        addEvents(out, topics, event);
    }

    static void addAuditEvent(std::vector<v1::Event> &out, const v1::AuditEntry &entry)
    {
        v1::Event event;
        event.set_topic("role:admin");
        *event.mutable_audit_recorded() = entry;
        out.push_back(std::move(event));
    }

    void publishAll(std::vector<v1::Event> &events)
    {
        for (auto &event : events)
            m_context.bus.publish(std::move(event));
        events.clear();
    }

    // Runs on the inbox's thread, never on the bus's.
    void onRoutingEvent(const v1::Event &event)
    {
        const v1::Interaction &incoming =
            event.has_offer_made() ? event.offer_made().interaction() : event.interaction_changed().interaction();
        if (incoming.id().empty())
            return;
        try {
            std::vector<v1::Event> events;
            m_store.store().transaction([&] {
                const auto existing = m_store.interaction(incoming.id());
                // Routing publishes one change on several topics: apply each version once,
                // and never go back to an older one. An offer carries the version of the
                // waiting interaction it was made from, so it may repeat that version.
                if (existing && incoming.version() != 0) {
                    const bool offerOnWaiting = event.has_offer_made()
                        && (existing->state() == v1::INTERACTION_STATE_WAITING
                            || existing->state() == v1::INTERACTION_STATE_OFFERED);
                    if (incoming.version() < existing->version()
                        || (incoming.version() == existing->version() && !offerOnWaiting))
                        return;
                }
                v1::Interaction merged = incoming;
                if (existing) {
                    if (!merged.has_enqueued_at() && existing->has_enqueued_at())
                        *merged.mutable_enqueued_at() = existing->enqueued_at();
                    for (const char *key : {EmailToAttribute, EmailCcAttribute})
                        if (!merged.attributes().contains(key) && existing->attributes().contains(key))
                            (*merged.mutable_attributes())[key] = existing->attributes().at(key);
                }
                if (!merged.has_enqueued_at())
                    *merged.mutable_enqueued_at() = TimeUtil::MillisecondsToTimestamp(runtime::nowMs());
                if (hasEnded(merged) && !merged.has_ended_at())
                    *merged.mutable_ended_at() = TimeUtil::MillisecondsToTimestamp(runtime::nowMs());
                m_store.putInteraction(merged);
                if (merged.channel() == v1::CHANNEL_VOICE)
                    followCall(merged, event.has_offer_made(), events);
            });
            publishAll(events);
        } catch (const std::exception &e) {
            std::fprintf(stderr, "conversation: cannot apply routing's event for interaction %s: %s\n",
                         incoming.id().c_str(), e.what());
        }
    }

    // The simulated call follows routing: rings when offered, connects when accepted,
    // ends with the interaction.
    void followCall(const v1::Interaction &i, bool offer, std::vector<v1::Event> &events)
    {
        std::optional<CallRecord> record = m_store.call(i.id());
        const v1::CallParty agent = userParty(i.agent_user_id(), {});
        bool changed = false;
        const std::int64_t now = runtime::nowMs();
        const v1::InteractionState state = offer ? v1::INTERACTION_STATE_OFFERED : i.state();
        switch (state) {
        case v1::INTERACTION_STATE_OFFERED:
            if (!record) {
                record = CallModel::ringing(i.id(), customerParty(i), agent);
                changed = true;
            } else {
                changed = CallModel::offered(*record, agent);
            }
            break;
        case v1::INTERACTION_STATE_ACTIVE:
            if (!record) {
                record = CallModel::ringing(i.id(), customerParty(i), agent);
                changed = true;
            }
            changed = CallModel::accepted(*record, agent, now) || changed;
            break;
        case v1::INTERACTION_STATE_WAITING:
            changed = record && CallModel::requeued(*record);
            break;
        case v1::INTERACTION_STATE_WRAP_UP:
        case v1::INTERACTION_STATE_COMPLETED:
        case v1::INTERACTION_STATE_ABANDONED:
            changed = record && CallModel::ended(*record, now);
            break;
        default:
            break;
        }
        if (changed) {
            m_store.putCall(*record);
            addCallEvents(events, i, m_store.monitors(i.id()), *record);
        }
    }

    // --- RPC plumbing ------------------------------------------------------------------

    using Reactor = grpc::ServerUnaryReactor;

    template<typename Fn>
    Reactor *handle(grpc::CallbackServerContext *context, std::initializer_list<v1::Role> roles, Fn &&fn)
    {
        return runtime::answerUnary(context, m_context.auth, roles, "conversation store",
                                    [this, &fn](const runtime::Caller &caller) {
            // Answer from a state that includes every routing event already published.
            if (m_inbox)
                m_inbox->catchUp();
            return fn(caller);
        });
    }

    // Inside a transaction or read.
    Status load(const std::string &id, v1::Interaction *out)
    {
        if (Status s = checkInteractionId(id); !s.ok())
            return s;
        auto found = m_store.interaction(id);
        if (!found)
            return notFound(id);
        *out = std::move(*found);
        return Status::OK;
    }

    static Status notAssigned(const v1::Interaction &i)
    {
        return Status(StatusCode::PERMISSION_DENIED,
                      "interaction '" + i.id() + "' is "
                          + (i.agent_user_id().empty() ? std::string("not assigned to any agent")
                                                       : "assigned to another agent")
                          + ": only its agent may do that");
    }

    void fillTranscript(const v1::Interaction &i, std::int64_t fromIndex, bool withWhispers, v1::Transcript *out)
    {
        out->set_interaction_id(i.id());
        out->set_channel(i.channel());
        for (auto &m : m_store.messages(i.id(), fromIndex, withWhispers))
            *out->add_messages() = std::move(m);
    }

    // --- transcripts and messages ----------------------------------------------------------

    Reactor *GetTranscript(grpc::CallbackServerContext *ctx, const v1::GetTranscriptRequest *req,
                           v1::Transcript *resp) override
    {
        return handle(ctx, {}, [&](const runtime::Caller &caller) -> Status {
            if (req->from_index() < 0)
                return invalid("from_index", "must be 0 or more");
            return m_store.store().read([&]() -> Status {
                v1::Interaction i;
                if (Status s = load(req->interaction_id(), &i); !s.ok())
                    return s;
                bool withWhispers = true;
                if (isSupervisor(caller) || caller.userId == i.agent_user_id())
                    withWhispers = true;
                else if (caller.hasRole(v1::ROLE_INTEGRATION))
                    withWhispers = false;   // the customer's side never sees whispers
                else
                    return notAssigned(i);
                fillTranscript(i, req->from_index(), withWhispers, resp);
                return Status::OK;
            });
        });
    }

    Reactor *SendMessage(grpc::CallbackServerContext *ctx, const v1::SendMessageRequest *req,
                         v1::Message *resp) override
    {
        return handle(ctx, {}, [&](const runtime::Caller &caller) -> Status {
            if (req->client_message_id().size() > MaxIdLength)
                return invalid("client_message_id", "is longer than " + std::to_string(MaxIdLength) + " characters");
            std::vector<v1::Event> events;
            Status status = m_store.store().transaction([&]() -> Status {
                v1::Interaction i;
                if (Status s = load(req->interaction_id(), &i); !s.ok())
                    return s;
                const std::vector<Monitor> monitors = m_store.monitors(i.id());
                const bool barged = isSupervisor(caller)
                    && std::any_of(monitors.begin(), monitors.end(),
                                   [&](const Monitor &m) { return m.userId == caller.userId && m.barged; });
                if (caller.userId != i.agent_user_id() && !barged)
                    return notAssigned(i);

                if (!req->client_message_id().empty()) {
                    if (auto sent = m_store.messageByClientId(i.id(), req->client_message_id())) {
                        if (sent->text() != req->text())
                            return Status(StatusCode::ALREADY_EXISTS,
                                          "client_message_id '" + req->client_message_id()
                                              + "' was already used for a different message: use a new id per message");
                        *resp = std::move(*sent);
                        return Status::OK;   // a retry: the same message, no second event
                    }
                }

                if (i.channel() == v1::CHANNEL_VOICE)
                    return Status(StatusCode::FAILED_PRECONDITION,
                                  "interaction '" + i.id() + "' is a voice call: it has no messages (use CallAction)");
                const bool sendable = i.state() == v1::INTERACTION_STATE_ACTIVE
                    || (i.channel() == v1::CHANNEL_EMAIL && i.state() == v1::INTERACTION_STATE_WRAP_UP);
                if (!sendable)
                    return Status(StatusCode::FAILED_PRECONDITION,
                                  std::string("interaction '") + i.id() + "' is " + stateName(i.state())
                                      + ": messages can be sent while it is active"
                                      + (i.channel() == v1::CHANNEL_EMAIL ? " or in wrap-up" : ""));
                if (Status s = checkText(i.channel(), req->text(), true); !s.ok())
                    return s;
                if (Status s = checkAttachments(i.channel(), req->attachments()); !s.ok())
                    return s;

                v1::Message m;
                m.set_interaction_id(i.id());
                m.set_direction(v1::MESSAGE_DIRECTION_OUTBOUND);
                *m.mutable_author() = actorOf(caller);
                m.set_text(req->text());
                *m.mutable_sent_at() = TimeUtil::MillisecondsToTimestamp(runtime::nowMs());
                m.set_delivery(v1::DELIVERY_STATE_SENT);
                m.set_client_message_id(req->client_message_id());
                *m.mutable_attachments() = req->attachments();
                if (i.channel() == v1::CHANNEL_EMAIL) {
                    if (Status s = composeEmail(i, *req, m); !s.ok())
                        return s;
                } else if (!req->subject().empty() || req->reply_all() || !req->quoted_text().empty()) {
                    return invalid("subject", std::string("subject, reply_all and quoted_text are for e-mail; this is a ")
                                                  + channelName(i.channel()));
                }
                *resp = m_store.addMessage(std::move(m));
                addMessageEvents(events, i, monitors, *resp);
                return Status::OK;
            });
            publishAll(events);
            return status;
        });
    }

    // Subject "Re: <thread subject>" unless given, To the customer, Cc on reply-all,
    // and the last customer message quoted unless the agent quoted something else.
    Status composeEmail(const v1::Interaction &i, const v1::SendMessageRequest &req, v1::Message &m)
    {
        if (i.customer().address().empty())
            return Status(StatusCode::FAILED_PRECONDITION,
                          "the customer of interaction '" + i.id() + "' has no e-mail address to reply to");
        const std::optional<v1::Message> last = m_store.lastInbound(i.id());
        std::string subject = trimmed(req.subject());
        if (subject.empty()) {
            const std::string thread = !trimmed(i.subject()).empty() ? i.subject() : last ? last->subject() : "";
            subject = replySubject(thread);
        }
        if (characterCount(subject) > 998)
            return invalid("subject", "is longer than 998 characters");
        m.set_subject(subject);
        m.add_to(i.customer().address());
        if (req.reply_all()) {
            // Everyone on the customer's last message, except the customer (the To of
            // the reply) and the mailbox it was sent to (its first To: ourselves).
            std::vector<std::string> candidates;
            if (last) {
                candidates.assign(last->to().begin() + std::min(1, last->to_size()), last->to().end());
                candidates.insert(candidates.end(), last->cc().begin(), last->cc().end());
            } else if (const auto it = i.attributes().find(EmailCcAttribute); it != i.attributes().end()) {
                candidates = splitAddresses(it->second);
            }
            std::set<std::string> seen{i.customer().address()};
            for (const auto &address : candidates)
                if (seen.insert(address).second)
                    m.add_cc(address);
        }
        if (!req.quoted_text().empty())
            m.set_quoted_text(req.quoted_text());
        else if (last)
            m.set_quoted_text(quoted(last->text()));
        return Status::OK;
    }

    Reactor *CustomerSendMessage(grpc::CallbackServerContext *ctx, const v1::CustomerSendMessageRequest *req,
                                 v1::Message *resp) override
    {
        return handle(ctx, {v1::ROLE_INTEGRATION, v1::ROLE_ADMIN}, [&](const runtime::Caller &) -> Status {
            std::vector<v1::Event> events;
            Status status = m_store.store().transaction([&]() -> Status {
                v1::Interaction i;
                if (Status s = load(req->interaction_id(), &i); !s.ok())
                    return s;
                if (hasEnded(i))
                    return Status(StatusCode::FAILED_PRECONDITION, std::string("interaction '") + i.id() + "' is "
                                                                       + stateName(i.state())
                                                                       + ": start a new one to write again");
                if (i.channel() == v1::CHANNEL_VOICE)
                    return Status(StatusCode::FAILED_PRECONDITION,
                                  "interaction '" + i.id() + "' is a voice call: it has no messages");
                if (Status s = checkText(i.channel(), req->text(), false); !s.ok())
                    return s;
                if (Status s = checkAttachments(i.channel(), req->attachments()); !s.ok())
                    return s;
                if (i.channel() != v1::CHANNEL_EMAIL && !req->subject().empty())
                    return invalid("subject", std::string("is for e-mail; this is a ") + channelName(i.channel()));

                v1::Message m;
                m.set_interaction_id(i.id());
                m.set_direction(v1::MESSAGE_DIRECTION_INBOUND);
                m.mutable_author()->set_user_id(i.customer().id());
                m.mutable_author()->set_username(!i.customer().display_name().empty() ? i.customer().display_name()
                                                                                      : i.customer().address());
                m.set_text(req->text());
                *m.mutable_sent_at() = TimeUtil::MillisecondsToTimestamp(runtime::nowMs());
                m.set_delivery(v1::DELIVERY_STATE_DELIVERED);
                *m.mutable_attachments() = req->attachments();
                if (i.channel() == v1::CHANNEL_EMAIL) {
                    m.set_subject(!trimmed(req->subject()).empty() ? trimmed(req->subject()) : i.subject());
                    if (const auto it = i.attributes().find(EmailToAttribute); it != i.attributes().end())
                        for (auto &address : splitAddresses(it->second))
                            m.add_to(std::move(address));
                    if (const auto it = i.attributes().find(EmailCcAttribute); it != i.attributes().end())
                        for (auto &address : splitAddresses(it->second))
                            m.add_cc(std::move(address));
                }
                const std::vector<Monitor> monitors = m_store.monitors(i.id());
                // The customer answering means they have our earlier messages.
                const auto updated = m_store.advanceDelivery(
                    i.id(), i.channel() == v1::CHANNEL_CHAT ? v1::DELIVERY_STATE_READ : v1::DELIVERY_STATE_DELIVERED);
                *resp = m_store.addMessage(std::move(m));
                for (const auto &message : updated) {
                    v1::Event event;
                    *event.mutable_message_added()->mutable_message() = message;
                    addEvents(events, agentSideTopics(i, monitors), event);
                }
                addMessageEvents(events, i, monitors, *resp);
                return Status::OK;
            });
            publishAll(events);
            return status;
        });
    }

    Reactor *SetTyping(grpc::CallbackServerContext *ctx, const v1::SetTypingRequest *req,
                       v1::SetTypingResponse *) override
    {
        return handle(ctx, {}, [&](const runtime::Caller &caller) -> Status {
            v1::Interaction i;
            std::vector<Monitor> monitors;
            Status s = m_store.store().read([&]() -> Status {
                if (Status s = load(req->interaction_id(), &i); !s.ok())
                    return s;
                monitors = m_store.monitors(i.id());
                return Status::OK;
            });
            if (!s.ok())
                return s;
            const bool agent = caller.userId == i.agent_user_id();
            if (!agent && !caller.hasRole(v1::ROLE_INTEGRATION) && !caller.hasRole(v1::ROLE_ADMIN))
                return notAssigned(i);
            if (i.channel() != v1::CHANNEL_CHAT)
                return Status(StatusCode::FAILED_PRECONDITION,
                              std::string("typing indicators exist only for chat; this is a ") + channelName(i.channel()));
            if (agent ? i.state() != v1::INTERACTION_STATE_ACTIVE : hasEnded(i))
                return Status(StatusCode::FAILED_PRECONDITION,
                              std::string("interaction '") + i.id() + "' is " + stateName(i.state()));
            v1::Event event;
            auto *typing = event.mutable_typing_changed();
            typing->set_interaction_id(i.id());
            typing->set_customer(!agent);
            typing->set_typing(req->typing());
            std::vector<std::string> topics;
            if (agent) {
                topics.push_back(CustomerSideTopic);
                for (const auto &m : monitors)
                    topics.push_back("user:" + m.userId);
            } else {
                topics = agentSideTopics(i, monitors);
            }
            std::vector<v1::Event> events;
            addEvents(events, topics, event);
            publishAll(events);
            return Status::OK;
        });
    }

    // --- voice -----------------------------------------------------------------------------

    Status loadCall(const v1::Interaction &i, CallRecord *out)
    {
        if (i.channel() != v1::CHANNEL_VOICE)
            return Status(StatusCode::FAILED_PRECONDITION,
                          "interaction '" + i.id() + "' is " + (i.channel() == v1::CHANNEL_EMAIL ? "an " : "a ")
                              + channelName(i.channel()) + ", not a voice call");
        auto record = m_store.call(i.id());
        if (!record)
            return Status(StatusCode::FAILED_PRECONDITION,
                          std::string("the call of interaction '") + i.id() + "' is " + stateName(i.state())
                              + ": it rings once routing offers it to an agent");
        *out = std::move(*record);
        return Status::OK;
    }

    Reactor *GetCall(grpc::CallbackServerContext *ctx, const v1::GetCallRequest *req, v1::Call *resp) override
    {
        return handle(ctx, {}, [&](const runtime::Caller &caller) -> Status {
            return m_store.store().read([&]() -> Status {
                v1::Interaction i;
                if (Status s = load(req->interaction_id(), &i); !s.ok())
                    return s;
                if (caller.userId != i.agent_user_id() && !isSupervisor(caller)
                    && !caller.hasRole(v1::ROLE_INTEGRATION))
                    return notAssigned(i);
                CallRecord record;
                if (Status s = loadCall(i, &record); !s.ok())
                    return s;
                *resp = CallModel::view(record, runtime::nowMs());
                return Status::OK;
            });
        });
    }

    Reactor *CallAction(grpc::CallbackServerContext *ctx, const v1::CallActionRequest *req, v1::Call *resp) override
    {
        return handle(ctx, {}, [&](const runtime::Caller &caller) -> Status {
            std::vector<v1::Event> events;
            Status status = m_store.store().transaction([&]() -> Status {
                v1::Interaction i;
                if (Status s = load(req->interaction_id(), &i); !s.ok())
                    return s;
                if (caller.userId != i.agent_user_id())
                    return notAssigned(i);
                CallRecord record;
                if (Status s = loadCall(i, &record); !s.ok())
                    return s;
                const std::int64_t now = runtime::nowMs();
                bool changed = false;
                if (Status s = CallModel::apply(record, *req, userParty(caller.userId, caller.username), now, &changed);
                    !s.ok())
                    return s;
                if (changed) {
                    m_store.putCall(record);
                    addCallEvents(events, i, m_store.monitors(i.id()), record);
                }
                *resp = CallModel::view(record, now);
                return Status::OK;
            });
            publishAll(events);
            return status;
        });
    }

    // --- history ---------------------------------------------------------------------------

    Reactor *GetCustomerHistory(grpc::CallbackServerContext *ctx, const v1::GetCustomerHistoryRequest *req,
                                v1::GetCustomerHistoryResponse *resp) override
    {
        return handle(ctx, {v1::ROLE_AGENT, v1::ROLE_SUPERVISOR, v1::ROLE_ADMIN}, [&](const runtime::Caller &) -> Status {
            if (req->customer_id().empty())
                return invalid("customer_id", "is required");
            if (req->customer_id().size() > 256)
                return invalid("customer_id", "is longer than 256 characters");
            if (req->limit() < 0)
                return invalid("limit", "must be 0 (the default, 20) or more");
            const int limit = req->limit() == 0 ? 20 : std::min(req->limit(), 100);
            for (auto &entry : m_store.store().read([&] { return m_store.history(req->customer_id(), limit); }))
                *resp->add_entries() = std::move(entry);
            return Status::OK;
        });
    }

    // --- supervisor ------------------------------------------------------------------------

    Status supervisable(const v1::Interaction &i, const char *what)
    {
        if (hasEnded(i))
            return Status(StatusCode::FAILED_PRECONDITION, std::string("interaction '") + i.id() + "' is "
                                                               + stateName(i.state()) + ": there is nothing live to "
                                                               + what + " (read its transcript instead)");
        return Status::OK;
    }

    Reactor *StartMonitoring(grpc::CallbackServerContext *ctx, const v1::StartMonitoringRequest *req,
                             v1::Transcript *resp) override
    {
        return handle(ctx, {v1::ROLE_SUPERVISOR, v1::ROLE_ADMIN}, [&](const runtime::Caller &caller) -> Status {
            std::vector<v1::Event> events;
            Status status = m_store.store().transaction([&]() -> Status {
                v1::Interaction i;
                if (Status s = load(req->interaction_id(), &i); !s.ok())
                    return s;
                if (Status s = supervisable(i, "monitor"); !s.ok())
                    return s;
                const auto monitors = m_store.monitors(i.id());
                const bool already = std::any_of(monitors.begin(), monitors.end(),
                                                 [&](const Monitor &m) { return m.userId == caller.userId; });
                if (!already) {
                    m_store.putMonitor(i.id(), {caller.userId, caller.username, false});
                    addAuditEvent(events, m_store.audit(actorOf(caller), "conversation.monitor", "interaction:" + i.id(),
                                                        caller.username + " started monitoring the " + channelName(i.channel())
                                                            + " of agent " + i.agent_user_id()));
                }
                fillTranscript(i, 0, true, resp);
                return Status::OK;
            });
            publishAll(events);
            return status;
        });
    }

    Reactor *Whisper(grpc::CallbackServerContext *ctx, const v1::WhisperRequest *req, v1::Message *resp) override
    {
        return handle(ctx, {v1::ROLE_SUPERVISOR, v1::ROLE_ADMIN}, [&](const runtime::Caller &caller) -> Status {
            if (Status s = checkText(v1::CHANNEL_CHAT, req->text(), true); !s.ok())
                return s;
            std::vector<v1::Event> events;
            Status status = m_store.store().transaction([&]() -> Status {
                v1::Interaction i;
                if (Status s = load(req->interaction_id(), &i); !s.ok())
                    return s;
                if (Status s = supervisable(i, "whisper into"); !s.ok())
                    return s;
                if (i.agent_user_id().empty() || i.state() == v1::INTERACTION_STATE_WAITING)
                    return Status(StatusCode::FAILED_PRECONDITION, "interaction '" + i.id()
                                                                       + "' has no agent yet: whisper once an agent has it");
                // Whispering implies listening: the supervisor sees the agent's answer.
                m_store.putMonitor(i.id(), {caller.userId, caller.username, false});
                v1::Message m;
                m.set_interaction_id(i.id());
                m.set_direction(v1::MESSAGE_DIRECTION_WHISPER);
                *m.mutable_author() = actorOf(caller);
                m.set_text(req->text());
                *m.mutable_sent_at() = TimeUtil::MillisecondsToTimestamp(runtime::nowMs());
                m.set_delivery(v1::DELIVERY_STATE_DELIVERED);
                *resp = m_store.addMessage(std::move(m));
                addMessageEvents(events, i, m_store.monitors(i.id()), *resp);
                addAuditEvent(events, m_store.audit(actorOf(caller), "conversation.whisper", "interaction:" + i.id(),
                                                    caller.username + " whispered to agent " + i.agent_user_id()
                                                        + " (message " + std::to_string(resp->index()) + ")"));
                return Status::OK;
            });
            publishAll(events);
            return status;
        });
    }

    Reactor *Barge(grpc::CallbackServerContext *ctx, const v1::BargeRequest *req, v1::Transcript *resp) override
    {
        return handle(ctx, {v1::ROLE_SUPERVISOR, v1::ROLE_ADMIN}, [&](const runtime::Caller &caller) -> Status {
            std::vector<v1::Event> events;
            Status status = m_store.store().transaction([&]() -> Status {
                v1::Interaction i;
                if (Status s = load(req->interaction_id(), &i); !s.ok())
                    return s;
                if (Status s = supervisable(i, "barge into"); !s.ok())
                    return s;
                if (i.state() != v1::INTERACTION_STATE_ACTIVE)
                    return Status(StatusCode::FAILED_PRECONDITION, std::string("interaction '") + i.id() + "' is "
                                                                       + stateName(i.state())
                                                                       + ": barge into an active interaction");
                const auto before = m_store.monitors(i.id());
                const bool already = std::any_of(before.begin(), before.end(), [&](const Monitor &m) {
                    return m.userId == caller.userId && m.barged;
                });
                if (!already) {
                    const std::int64_t now = runtime::nowMs();
                    if (i.channel() == v1::CHANNEL_VOICE) {
                        CallRecord record;
                        if (Status s = loadCall(i, &record); !s.ok())
                            return s;
                        if (Status s = CallModel::barge(record, userParty(caller.userId, caller.username), now); !s.ok())
                            return s;
                        m_store.putCall(record);
                        m_store.putMonitor(i.id(), {caller.userId, caller.username, true});
                        addCallEvents(events, i, m_store.monitors(i.id()), record);
                    } else {
                        m_store.putMonitor(i.id(), {caller.userId, caller.username, true});
                    }
                    v1::Message m;
                    m.set_interaction_id(i.id());
                    m.set_direction(v1::MESSAGE_DIRECTION_SYSTEM);
                    *m.mutable_author() = actorOf(caller);
                    m.set_text(caller.username + " joined");
                    *m.mutable_sent_at() = TimeUtil::MillisecondsToTimestamp(now);
                    m.set_delivery(v1::DELIVERY_STATE_DELIVERED);
                    addMessageEvents(events, i, m_store.monitors(i.id()), m_store.addMessage(std::move(m)));
                    addAuditEvent(events, m_store.audit(actorOf(caller), "conversation.barge", "interaction:" + i.id(),
                                                        caller.username + " barged into the " + channelName(i.channel())
                                                            + " of agent " + i.agent_user_id()));
                }
                fillTranscript(i, 0, true, resp);
                return Status::OK;
            });
            publishAll(events);
            return status;
        });
    }

private:
    const runtime::ServiceContext &m_context;
    Store m_store;
    std::unique_ptr<EventInbox> m_inbox;
};

Service::Service(const runtime::ServiceContext &context) : d(std::make_unique<Impl>(context)) {}
Service::~Service() = default;

grpc::Service *Service::grpcService()
{
    return d.get();
}

void Service::stop()
{
    d->stop();
}

} // namespace conversation
