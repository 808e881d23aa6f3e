#include "session_convert_p.h"

namespace session::convert {

namespace v1 = switchboard::v1;

QDateTime dateTime(const google::protobuf::Timestamp &at)
{
    if (at.seconds() == 0 && at.nanos() == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(at.seconds() * 1000 + at.nanos() / 1000000, Qt::UTC);
}

QString string(const std::string &text) { return QString::fromStdString(text); }

Channel channel(v1::Channel channel)
{
    switch (channel) {
    case v1::CHANNEL_VOICE: return Channel::Voice;
    case v1::CHANNEL_CHAT: return Channel::Chat;
    case v1::CHANNEL_EMAIL: return Channel::Email;
    case v1::CHANNEL_SMS: return Channel::Sms;
    default: return Channel::Unspecified;
    }
}

v1::Channel channel(Channel channel)
{
    switch (channel) {
    case Channel::Voice: return v1::CHANNEL_VOICE;
    case Channel::Chat: return v1::CHANNEL_CHAT;
    case Channel::Email: return v1::CHANNEL_EMAIL;
    case Channel::Sms: return v1::CHANNEL_SMS;
    case Channel::Unspecified: break;
    }
    return v1::CHANNEL_UNSPECIFIED;
}

AgentState agentState(v1::AgentState state)
{
    switch (state) {
    case v1::AGENT_STATE_OFFLINE: return AgentState::Offline;
    case v1::AGENT_STATE_AVAILABLE: return AgentState::Available;
    case v1::AGENT_STATE_NOT_READY: return AgentState::NotReady;
    default: return AgentState::Unspecified;
    }
}

v1::AgentState agentState(AgentState state)
{
    switch (state) {
    case AgentState::Offline: return v1::AGENT_STATE_OFFLINE;
    case AgentState::Available: return v1::AGENT_STATE_AVAILABLE;
    case AgentState::NotReady: return v1::AGENT_STATE_NOT_READY;
    case AgentState::Unspecified: break;
    }
    return v1::AGENT_STATE_UNSPECIFIED;
}

InteractionState interactionState(v1::InteractionState state)
{
    switch (state) {
    case v1::INTERACTION_STATE_WAITING: return InteractionState::Waiting;
    case v1::INTERACTION_STATE_OFFERED: return InteractionState::Offered;
    case v1::INTERACTION_STATE_ACTIVE: return InteractionState::Active;
    case v1::INTERACTION_STATE_WRAP_UP: return InteractionState::WrapUp;
    case v1::INTERACTION_STATE_COMPLETED: return InteractionState::Completed;
    case v1::INTERACTION_STATE_ABANDONED: return InteractionState::Abandoned;
    default: return InteractionState::Unspecified;
    }
}

Interaction interaction(const v1::Interaction &in)
{
    Interaction out;
    out.id = string(in.id());
    out.channel = channel(in.channel());
    out.queueId = string(in.queue_id());
    out.state = interactionState(in.state());
    out.customer.id = string(in.customer().id());
    out.customer.displayName = string(in.customer().display_name());
    out.customer.address = string(in.customer().address());
    out.subject = string(in.subject());
    out.agentUserId = string(in.agent_user_id());
    out.enqueuedAt = dateTime(in.enqueued_at());
    out.offeredAt = dateTime(in.offered_at());
    out.offerExpiresAt = dateTime(in.offer_expires_at());
    out.acceptedAt = dateTime(in.accepted_at());
    out.wrapUpEndsAt = dateTime(in.wrap_up_ends_at());
    out.version = in.version();
    return out;
}

Message message(const v1::Message &in)
{
    Message out;
    out.index = in.index();
    out.id = string(in.id());
    switch (in.direction()) {
    case v1::MESSAGE_DIRECTION_INBOUND: out.direction = MessageDirection::Inbound; break;
    case v1::MESSAGE_DIRECTION_OUTBOUND: out.direction = MessageDirection::Outbound; break;
    case v1::MESSAGE_DIRECTION_WHISPER: out.direction = MessageDirection::Whisper; break;
    case v1::MESSAGE_DIRECTION_SYSTEM: out.direction = MessageDirection::System; break;
    default: break;
    }
    out.authorUserId = string(in.author().user_id());
    out.authorName = string(in.author().username());
    out.text = string(in.text());
    out.sentAt = dateTime(in.sent_at());
    switch (in.delivery()) {
    case v1::DELIVERY_STATE_SENT: out.delivery = DeliveryState::Sent; break;
    case v1::DELIVERY_STATE_DELIVERED: out.delivery = DeliveryState::Delivered; break;
    case v1::DELIVERY_STATE_READ: out.delivery = DeliveryState::Read; break;
    case v1::DELIVERY_STATE_FAILED: out.delivery = DeliveryState::Failed; break;
    default: break;
    }
    out.clientMessageId = string(in.client_message_id());
    out.subject = string(in.subject());
    out.quotedText = string(in.quoted_text());
    for (const std::string &to : in.to())
        out.to << string(to);
    for (const std::string &cc : in.cc())
        out.cc << string(cc);
    for (const auto &attachment : in.attachments())
        out.attachmentNames << string(attachment.name());
    return out;
}

Call call(const v1::Call &in)
{
    Call out;
    out.interactionId = string(in.interaction_id());
    switch (in.state()) {
    case v1::CALL_STATE_RINGING: out.state = CallState::Ringing; break;
    case v1::CALL_STATE_CONNECTED: out.state = CallState::Connected; break;
    case v1::CALL_STATE_HELD: out.state = CallState::Held; break;
    case v1::CALL_STATE_CONSULTING: out.state = CallState::Consulting; break;
    case v1::CALL_STATE_CONFERENCED: out.state = CallState::Conferenced; break;
    case v1::CALL_STATE_ENDED: out.state = CallState::Ended; break;
    default: out.state = CallState::None; break;
    }
    out.muted = in.muted();
    for (const v1::CallParty &party : in.parties())
        out.parties.append({string(party.id()), string(party.display_name()), party.on_hold()});
    out.connectedAt = dateTime(in.connected_at());
    out.heldSince = dateTime(in.held_since());
    out.holdSecondsTotal = in.hold_seconds_total();
    out.dtmfSent = string(in.dtmf_sent());
    out.version = in.version();
    return out;
}

} // namespace session::convert
