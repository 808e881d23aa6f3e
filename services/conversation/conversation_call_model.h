#pragma once
// The simulated voice call of one interaction: a state machine over switchboard.v1.Call
// with hold-time accounting. Pure: no I/O, the time is passed in. The table of
// transitions is in docs/conversation.md.

#include "switchboard/v1/conversation.pb.h"

#include <grpcpp/support/status.h>

#include <cstdint>
#include <string>

namespace conversation {

// A call as stored: what clients see plus the running hold.
struct CallRecord {
    switchboard::v1::Call call;
    std::int64_t holdStartedMs = 0;   // 0 when the customer is not on hold
    std::int64_t holdMsTotal = 0;     // finished holds
};

class CallModel {
public:
    // Party ids: the customer is "customer:<customer id>", agents and supervisors are
    // their user ids, a consulted queue or agent is its id.
    static CallRecord ringing(const std::string &interactionId, const switchboard::v1::CallParty &customer,
                              const switchboard::v1::CallParty &agent);

    // Routing's view of the interaction changed. Each returns whether the call changed.
    // Offered to agentUserId: a new leg after a transfer, or another agent after a
    // rejection or a timeout.
    static bool offered(CallRecord &record, const switchboard::v1::CallParty &agent);
    // Accepted (routing says Active): a ringing call connects.
    static bool accepted(CallRecord &record, const switchboard::v1::CallParty &agent, std::int64_t nowMs);
    // Back to waiting in a queue: nobody's phone rings any more.
    static bool requeued(CallRecord &record);
    // Wrap-up, completed or abandoned.
    static bool ended(CallRecord &record, std::int64_t nowMs);

    // An agent's CallAction. INVALID_ARGUMENT for bad digits or a missing consult target,
    // FAILED_PRECONDITION naming the current state for a transition that state does not
    // allow. A repeated MUTE/UNMUTE is accepted and changes nothing (changed = false).
    static grpc::Status apply(CallRecord &record, const switchboard::v1::CallActionRequest &request,
                              const switchboard::v1::CallParty &agent, std::int64_t nowMs, bool *changed);

    // A supervisor barges into a connected call: a third party, everyone connected.
    static grpc::Status barge(CallRecord &record, const switchboard::v1::CallParty &supervisor, std::int64_t nowMs);

    // What clients see: hold_seconds_total includes a hold still running at nowMs.
    static switchboard::v1::Call view(const CallRecord &record, std::int64_t nowMs);

    static const char *stateName(switchboard::v1::CallState state);
    static const char *actionName(switchboard::v1::CallActionKind action);
};

} // namespace conversation
