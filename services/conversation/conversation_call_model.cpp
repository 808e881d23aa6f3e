#include "conversation_call_model.h"

#include <google/protobuf/util/time_util.h>

#include <algorithm>

namespace conversation {

namespace v1 = switchboard::v1;
using grpc::Status;
using grpc::StatusCode;

namespace {

bool isCustomer(const v1::CallParty &party)
{
    return party.id().starts_with("customer:");
}

// held_since goes to clients so that a hold timer survives a restart of the client (and
// counts from the server's start of the hold, not from when the client heard of it).
void startHold(CallRecord &r, std::int64_t nowMs)
{
    if (r.holdStartedMs == 0) {
        r.holdStartedMs = nowMs;
        *r.call.mutable_held_since() = google::protobuf::util::TimeUtil::MillisecondsToTimestamp(nowMs);
    }
}

void stopHold(CallRecord &r, std::int64_t nowMs)
{
    if (r.holdStartedMs != 0) {
        r.holdMsTotal += std::max<std::int64_t>(0, nowMs - r.holdStartedMs);
        r.holdStartedMs = 0;
    }
    r.call.clear_held_since();
}

void setCustomerOnHold(CallRecord &r, bool onHold)
{
    for (auto &party : *r.call.mutable_parties())
        if (isCustomer(party))
            party.set_on_hold(onHold);
}

// The agent's party is the one that is neither the customer nor a consulted/barged party;
// we keep it at position 1 (customer at 0) whenever there is an agent.
v1::CallParty *agentParty(CallRecord &r)
{
    auto *parties = r.call.mutable_parties();
    return parties->size() > 1 && !isCustomer(parties->at(1)) ? parties->Mutable(1) : nullptr;
}

void setAgent(CallRecord &r, const v1::CallParty &agent)
{
    if (v1::CallParty *current = agentParty(r)) {
        *current = agent;
        return;
    }
    auto *parties = r.call.mutable_parties();
    *parties->Add() = agent;
    // Move it to position 1, right after the customer.
    for (int i = parties->size() - 1; i > 1; --i)
        parties->SwapElements(i, i - 1);
}

void dropPartiesAfterAgent(CallRecord &r)
{
    auto *parties = r.call.mutable_parties();
    while (parties->size() > 2)
        parties->RemoveLast();
}

void touch(CallRecord &r)
{
    r.call.set_version(r.call.version() + 1);
}

Status notNow(const CallRecord &r, v1::CallActionKind action, const char *hint)
{
    return Status(StatusCode::FAILED_PRECONDITION, std::string("cannot ") + CallModel::actionName(action)
                                                       + ": the call is " + CallModel::stateName(r.call.state())
                                                       + (hint && *hint ? std::string(" (") + hint + ")" : ""));
}

bool validDigits(const std::string &digits)
{
    return !digits.empty() && digits.size() <= 32
        && std::all_of(digits.begin(), digits.end(), [](char c) {
               return (c >= '0' && c <= '9') || c == '*' || c == '#' || (c >= 'A' && c <= 'D');
           });
}

} // namespace

CallRecord CallModel::ringing(const std::string &interactionId, const v1::CallParty &customer,
                              const v1::CallParty &agent)
{
    CallRecord r;
    r.call.set_interaction_id(interactionId);
    r.call.set_state(v1::CALL_STATE_RINGING);
    *r.call.add_parties() = customer;
    if (!agent.id().empty())
        *r.call.add_parties() = agent;
    r.call.set_version(1);
    return r;
}

bool CallModel::offered(CallRecord &r, const v1::CallParty &agent)
{
    const v1::CallParty *current = agentParty(r);
    switch (r.call.state()) {
    case v1::CALL_STATE_RINGING:
        if (current && current->id() == agent.id())
            return false;
        setAgent(r, agent);
        touch(r);
        return true;
    case v1::CALL_STATE_ENDED:
        // A new leg: routing offers the transferred call to its next agent. Hold time
        // and DTMF belong to the whole call and are kept.
        r.call.set_state(v1::CALL_STATE_RINGING);
        r.call.set_muted(false);
        r.call.clear_connected_at();
        while (r.call.parties_size() > 1)
            r.call.mutable_parties()->RemoveLast();
        setCustomerOnHold(r, false);
        setAgent(r, agent);
        touch(r);
        return true;
    default:
        return false;   // connected calls are not re-offered
    }
}

bool CallModel::accepted(CallRecord &r, const v1::CallParty &agent, std::int64_t nowMs)
{
    if (r.call.state() != v1::CALL_STATE_RINGING)
        return false;
    setAgent(r, agent);
    r.call.set_state(v1::CALL_STATE_CONNECTED);
    *r.call.mutable_connected_at() = google::protobuf::util::TimeUtil::MillisecondsToTimestamp(nowMs);
    touch(r);
    return true;
}

bool CallModel::requeued(CallRecord &r)
{
    if (r.call.state() != v1::CALL_STATE_RINGING || !agentParty(r))
        return false;
    while (r.call.parties_size() > 1)
        r.call.mutable_parties()->RemoveLast();
    touch(r);
    return true;
}

bool CallModel::ended(CallRecord &r, std::int64_t nowMs)
{
    if (r.call.state() == v1::CALL_STATE_ENDED)
        return false;
    stopHold(r, nowMs);
    setCustomerOnHold(r, false);
    r.call.set_state(v1::CALL_STATE_ENDED);
    touch(r);
    return true;
}

Status CallModel::apply(CallRecord &r, const v1::CallActionRequest &request, const v1::CallParty &agent,
                        std::int64_t nowMs, bool *changed)
{
    *changed = false;
    const v1::CallState state = r.call.state();
    const v1::CallActionKind action = request.action();
    auto done = [&] {
        if (v1::CallParty *party = agentParty(r); party && party->id() == agent.id())
            party->set_display_name(agent.display_name());
        touch(r);
        *changed = true;
        return Status::OK;
    };

    switch (action) {
    case v1::CALL_ACTION_ANSWER:
        if (state != v1::CALL_STATE_RINGING)
            return notNow(r, action, "only a ringing call can be answered");
        setAgent(r, agent);
        r.call.set_state(v1::CALL_STATE_CONNECTED);
        *r.call.mutable_connected_at() = google::protobuf::util::TimeUtil::MillisecondsToTimestamp(nowMs);
        return done();

    case v1::CALL_ACTION_HOLD:
        if (state != v1::CALL_STATE_CONNECTED)
            return notNow(r, action, "only a connected call can be put on hold");
        r.call.set_state(v1::CALL_STATE_HELD);
        setCustomerOnHold(r, true);
        startHold(r, nowMs);
        return done();

    case v1::CALL_ACTION_RESUME:
        if (state != v1::CALL_STATE_HELD && state != v1::CALL_STATE_CONSULTING)
            return notNow(r, action, "only a held call or a consultation can be resumed");
        // Resuming a consultation cancels it: back to the customer alone.
        dropPartiesAfterAgent(r);
        r.call.set_state(v1::CALL_STATE_CONNECTED);
        setCustomerOnHold(r, false);
        stopHold(r, nowMs);
        return done();

    case v1::CALL_ACTION_MUTE:
    case v1::CALL_ACTION_UNMUTE: {
        if (state == v1::CALL_STATE_RINGING || state == v1::CALL_STATE_ENDED)
            return notNow(r, action, "there is no microphone on the call yet or any more");
        const bool mute = action == v1::CALL_ACTION_MUTE;
        if (r.call.muted() == mute)
            return Status::OK;
        r.call.set_muted(mute);
        return done();
    }

    case v1::CALL_ACTION_DTMF:
        if (!validDigits(request.digits()))
            return Status(StatusCode::INVALID_ARGUMENT,
                          "digits: send 1 to 32 of the DTMF keys 0-9, *, #, A-D (got '" + request.digits() + "')");
        if (state != v1::CALL_STATE_CONNECTED && state != v1::CALL_STATE_CONSULTING
            && state != v1::CALL_STATE_CONFERENCED)
            return notNow(r, action, "digits can only be sent on a connected call");
        r.call.set_dtmf_sent(r.call.dtmf_sent() + request.digits());
        return done();

    case v1::CALL_ACTION_CONSULT: {
        const std::string &target = request.consult_target();
        if (target.empty() || target.size() > 128)
            return Status(StatusCode::INVALID_ARGUMENT,
                          "consult_target: name the agent user id or queue id to consult (at most 128 characters)");
        if (target == agent.id())
            return Status(StatusCode::INVALID_ARGUMENT, "consult_target: you cannot consult yourself");
        if (state != v1::CALL_STATE_CONNECTED && state != v1::CALL_STATE_HELD)
            return notNow(r, action, "consult from a connected or held call");
        v1::CallParty *party = r.call.add_parties();
        party->set_id(target);
        party->set_display_name(target);
        r.call.set_state(v1::CALL_STATE_CONSULTING);
        setCustomerOnHold(r, true);
        startHold(r, nowMs);
        return done();
    }

    case v1::CALL_ACTION_CONFERENCE:
        if (state != v1::CALL_STATE_CONSULTING)
            return notNow(r, action, "consult someone first, then conference them in");
        for (auto &party : *r.call.mutable_parties())
            party.set_on_hold(false);
        r.call.set_state(v1::CALL_STATE_CONFERENCED);
        stopHold(r, nowMs);
        return done();

    case v1::CALL_ACTION_COMPLETE_TRANSFER:
        if (state != v1::CALL_STATE_CONSULTING && state != v1::CALL_STATE_CONFERENCED)
            return notNow(r, action, "consult the transfer target first");
        {
            // The agent's leg ends; the customer and the consulted party stay on the
            // record until routing offers the call to its next agent.
            auto *parties = r.call.mutable_parties();
            for (int i = 0; i < parties->size(); ++i)
                if (parties->at(i).id() == agent.id()) {
                    parties->DeleteSubrange(i, 1);
                    break;
                }
        }
        for (auto &party : *r.call.mutable_parties())
            party.set_on_hold(false);
        stopHold(r, nowMs);
        r.call.set_state(v1::CALL_STATE_ENDED);
        touch(r);
        *changed = true;
        return Status::OK;

    case v1::CALL_ACTION_HANG_UP:
        if (state == v1::CALL_STATE_ENDED)
            return notNow(r, action, "it has already ended");
        if (state == v1::CALL_STATE_RINGING)
            return notNow(r, action, "answer it first, or reject the offer through routing");
        stopHold(r, nowMs);
        setCustomerOnHold(r, false);
        r.call.set_state(v1::CALL_STATE_ENDED);
        return done();

    default:
        return Status(StatusCode::INVALID_ARGUMENT,
                      "action: choose one of ANSWER, HOLD, RESUME, MUTE, UNMUTE, DTMF, CONSULT, "
                      "COMPLETE_TRANSFER, CONFERENCE, HANG_UP");
    }
}

Status CallModel::barge(CallRecord &r, const v1::CallParty &supervisor, std::int64_t nowMs)
{
    const v1::CallState state = r.call.state();
    if (state != v1::CALL_STATE_CONNECTED && state != v1::CALL_STATE_CONFERENCED && state != v1::CALL_STATE_HELD)
        return Status(StatusCode::FAILED_PRECONDITION,
                      std::string("cannot barge in: the call is ") + stateName(state)
                          + " (barge into a connected call)");
    for (const auto &party : r.call.parties())
        if (party.id() == supervisor.id())
            return Status::OK;
    *r.call.add_parties() = supervisor;
    for (auto &party : *r.call.mutable_parties())
        party.set_on_hold(false);
    stopHold(r, nowMs);
    r.call.set_state(v1::CALL_STATE_CONFERENCED);
    touch(r);
    return Status::OK;
}

v1::Call CallModel::view(const CallRecord &r, std::int64_t nowMs)
{
    v1::Call call = r.call;
    std::int64_t holdMs = r.holdMsTotal;
    if (r.holdStartedMs != 0)
        holdMs += std::max<std::int64_t>(0, nowMs - r.holdStartedMs);
    call.set_hold_seconds_total(holdMs / 1000);
    // Records stored before held_since existed carry only holdStartedMs.
    if (r.holdStartedMs != 0 && !call.has_held_since())
        *call.mutable_held_since() = google::protobuf::util::TimeUtil::MillisecondsToTimestamp(r.holdStartedMs);
    return call;
}

const char *CallModel::stateName(v1::CallState state)
{
    switch (state) {
    case v1::CALL_STATE_RINGING: return "ringing";
    case v1::CALL_STATE_CONNECTED: return "connected";
    case v1::CALL_STATE_HELD: return "on hold";
    case v1::CALL_STATE_CONSULTING: return "consulting";
    case v1::CALL_STATE_CONFERENCED: return "in conference";
    case v1::CALL_STATE_ENDED: return "ended";
    default: return "in no known state";
    }
}

const char *CallModel::actionName(v1::CallActionKind action)
{
    switch (action) {
    case v1::CALL_ACTION_ANSWER: return "answer";
    case v1::CALL_ACTION_HOLD: return "hold";
    case v1::CALL_ACTION_RESUME: return "resume";
    case v1::CALL_ACTION_MUTE: return "mute";
    case v1::CALL_ACTION_UNMUTE: return "unmute";
    case v1::CALL_ACTION_DTMF: return "send digits";
    case v1::CALL_ACTION_CONSULT: return "consult";
    case v1::CALL_ACTION_COMPLETE_TRANSFER: return "complete the transfer";
    case v1::CALL_ACTION_CONFERENCE: return "conference";
    case v1::CALL_ACTION_HANG_UP: return "hang up";
    default: return "do that";
    }
}

} // namespace conversation
