#pragma once
// Internal: generated types into the Qt value types of session_agent_types.h.

#include "session_agent_types.h"

#include "switchboard/v1/conversation.pb.h"
#include "switchboard/v1/directory.pb.h"
#include "switchboard/v1/routing.pb.h"

namespace session::convert {

QDateTime dateTime(const google::protobuf::Timestamp &at);   // invalid when unset
QString string(const std::string &text);
Channel channel(switchboard::v1::Channel channel);
switchboard::v1::Channel channel(Channel channel);
AgentState agentState(switchboard::v1::AgentState state);
switchboard::v1::AgentState agentState(AgentState state);
InteractionState interactionState(switchboard::v1::InteractionState state);
Interaction interaction(const switchboard::v1::Interaction &interaction);
Message message(const switchboard::v1::Message &message);
Call call(const switchboard::v1::Call &call);

} // namespace session::convert
