#include "session_call_store.h"

#include "session_connection.h"
#include "session_convert_p.h"
#include "session_interaction_store.h"
#include "session_rpc_p.h"

#include "switchboard/v1/conversation.grpc.pb.h"
#include "switchboard/v1/gateway.pb.h"

#include <QHash>
#include <QLoggingCategory>

namespace session {

Q_LOGGING_CATEGORY(lcCallStore, "switchboard.session.calls", QtInfoMsg)

namespace v1 = switchboard::v1;
using ConversationStub = v1::ConversationService::Stub;

namespace {

bool sameCall(const Call &a, const Call &b)
{
    return a.version == b.version && a.state == b.state && a.muted == b.muted && a.parties == b.parties
        && a.connectedAt == b.connectedAt && a.heldSince == b.heldSince
        && a.holdSecondsTotal == b.holdSecondsTotal && a.dtmfSent == b.dtmfSent;
}

v1::CallActionKind actionOf(CallCommand command)
{
    switch (command) {
    case CallCommand::Answer: return v1::CALL_ACTION_ANSWER;
    case CallCommand::Hold: return v1::CALL_ACTION_HOLD;
    case CallCommand::Resume: return v1::CALL_ACTION_RESUME;
    case CallCommand::Mute: return v1::CALL_ACTION_MUTE;
    case CallCommand::Unmute: return v1::CALL_ACTION_UNMUTE;
    case CallCommand::SendDtmf: return v1::CALL_ACTION_DTMF;
    case CallCommand::Consult: return v1::CALL_ACTION_CONSULT;
    case CallCommand::CompleteTransfer: return v1::CALL_ACTION_COMPLETE_TRANSFER;
    case CallCommand::Conference: return v1::CALL_ACTION_CONFERENCE;
    case CallCommand::HangUp: return v1::CALL_ACTION_HANG_UP;
    }
    return v1::CALL_ACTION_UNSPECIFIED;
}

} // namespace

struct CallStore::Private {
    Private(CallStore *q, Connection &connection, const QString &userId, InteractionStore &interactions)
        : q(q), connection(connection), userId(userId), interactions(interactions) {}

    CallStore *q;
    Connection &connection;
    QString userId;
    InteractionStore &interactions;
    std::unique_ptr<ConversationStub> conversation;
    QHash<QString, Call> calls;             // the open ones
    QHash<QString, QString> consulted;      // interaction -> target of the last Consult

    // Whom the agent is consulting, from the call itself: while consulting, the caller is
    // on hold and the colleague is the other party not on hold. Works whether or not this
    // client sent the Consult (a restart, an answer still on its way).
    QString consultedParty(const QString &id) const
    {
        const Call call = calls.value(id);
        if (call.state != CallState::Consulting)
            return {};
        for (const CallParty &party : call.parties)
            if (!party.onHold && party.id != userId)
                return party.id;
        return {};
    }

    // A call older than the one shown (an answer overtaken by its event) changes nothing.
    void apply(const Call &incoming)
    {
        const auto it = calls.find(incoming.interactionId);
        if (it == calls.end())
            return;
        if (it->state != CallState::None && incoming.version < it->version)
            return;
        if (sameCall(*it, incoming))
            return;
        *it = incoming;
        emit q->callChanged(incoming.interactionId);
    }

    void load(const QString &id)
    {
        v1::GetCallRequest request;
        request.set_interaction_id(id.toStdString());
        rpc::Options options;
        options.service = QStringLiteral("conversation");
        rpc::unary(connection, q, conversation->async(), &ConversationStub::async::GetCall, std::move(request),
            [this, id](const grpc::Status &status, v1::Call &response) {
                if (!status.ok()) {
                    // A voice interaction still waiting has no call yet: its call_changed
                    // event brings it when it rings.
                    qCInfo(lcCallStore) << "GetCall" << id << "failed:" << describeStatus(status);
                    return;
                }
                apply(convert::call(response));
            },
            options);
    }

    void fail(const QString &id, const CommandCallback &done, const QString &error)
    {
        if (done)
            done(false, error);
        emit q->commandFailed(id, error);
    }

    // The routing half of a completed transfer: to a queue when the target is one of
    // the interaction's transfer targets of kind Queue, else to an agent.
    void transferInRouting(const QString &id, const QString &target, CommandCallback done)
    {
        bool queue = false;
        for (const TransferTarget &t : interactions.transferTargets(id))
            if (t.id == target)
                queue = t.kind == TransferTarget::Kind::Queue;
        if (queue)
            interactions.transferToQueue(id, target, std::move(done));
        else
            interactions.transferToAgent(id, target, std::move(done));
    }
};

CallStore::CallStore(Connection &connection, const QString &userId, InteractionStore &interactions,
                     QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, connection, userId, interactions))
{
    d->conversation = v1::ConversationService::NewStub(connection.channel());
}

CallStore::~CallStore() = default;

void CallStore::open(const QString &interactionId)
{
    if (d->calls.contains(interactionId))
        return;
    Call call;
    call.interactionId = interactionId;
    d->calls.insert(interactionId, call);
    d->load(interactionId);
}

void CallStore::close(const QString &interactionId)
{
    d->consulted.remove(interactionId);
    if (d->calls.remove(interactionId))
        emit callChanged(interactionId);
}

bool CallStore::has(const QString &interactionId) const { return d->calls.contains(interactionId); }
QStringList CallStore::openIds() const { return d->calls.keys(); }

Call CallStore::call(const QString &interactionId) const
{
    if (const auto it = d->calls.constFind(interactionId); it != d->calls.constEnd())
        return *it;
    Call none;
    none.interactionId = interactionId;
    return none;
}

void CallStore::command(const QString &interactionId, CallCommand command, const QString &argument,
                        CommandCallback done)
{
    QString target = argument;
    if (command == CallCommand::CompleteTransfer && target.isEmpty())
        target = d->consulted.value(interactionId);
    if (command == CallCommand::CompleteTransfer && target.isEmpty())
        target = d->consultedParty(interactionId);
    if (command == CallCommand::Consult)
        d->consulted.insert(interactionId, argument);   // now: the Consulting event may beat the answer
    if (command == CallCommand::CompleteTransfer && target.isEmpty()) {
        d->fail(interactionId, done, tr("Consult someone first, then complete the transfer to them."));
        return;
    }
    v1::CallActionRequest request;
    request.set_interaction_id(interactionId.toStdString());
    request.set_action(actionOf(command));
    if (command == CallCommand::SendDtmf)
        request.set_digits(argument.toStdString());
    if (command == CallCommand::Consult)
        request.set_consult_target(argument.toStdString());
    rpc::Options options;
    options.service = QStringLiteral("conversation");
    rpc::unary(d->connection, this, d->conversation->async(), &ConversationStub::async::CallAction,
        std::move(request),
        [this, interactionId, command, target, done = std::move(done)](const grpc::Status &status,
                                                                       v1::Call &response) mutable {
            if (!status.ok()) {
                d->fail(interactionId, done, describeStatus(status));
                return;
            }
            d->apply(convert::call(response));
            switch (command) {
            case CallCommand::Consult:
                d->consulted.insert(interactionId, target);
                break;
            case CallCommand::CompleteTransfer:
                // Conversation ended this agent's leg; routing hands the interaction on.
                d->transferInRouting(interactionId, target, std::move(done));
                return;
            case CallCommand::HangUp:
                d->interactions.end(interactionId, std::move(done));
                return;
            default:
                break;
            }
            if (done)
                done(true, {});
        },
        options);
}

void CallStore::reload()
{
    for (const QString &id : d->calls.keys())
        d->load(id);
}

void CallStore::applyEvents(const EventBatchPtr &batch)
{
    for (const v1::Event &event : batch->events())
        if (event.payload_case() == v1::Event::kCallChanged)
            d->apply(convert::call(event.call_changed().call()));
}

} // namespace session
