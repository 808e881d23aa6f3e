#include "session_supervisor_actions.h"

#include "session_call_store.h"
#include "session_connection.h"
#include "session_convert_p.h"
#include "session_rpc_p.h"
#include "session_session.h"
#include "session_transcript_store.h"

#include "switchboard/v1/conversation.grpc.pb.h"
#include "switchboard/v1/directory.grpc.pb.h"
#include "switchboard/v1/routing.grpc.pb.h"

namespace session {

namespace v1 = switchboard::v1;
using RoutingStub = v1::RoutingService::Stub;
using ConversationStub = v1::ConversationService::Stub;
using DirectoryStub = v1::DirectoryService::Stub;
using Action = SupervisorResult::Action;

struct SupervisorActions::Private {
    explicit Private(Session &session) : session(session) {}

    Session &session;
    std::unique_ptr<RoutingStub> routing;
    std::unique_ptr<ConversationStub> conversation;
    std::unique_ptr<DirectoryStub> directory;

    static rpc::Options options(const char *service)
    {
        rpc::Options o;
        o.service = QString::fromLatin1(service);
        return o;
    }
};

namespace {

SupervisorResult resultOf(Action action, const QString &target, const grpc::Status &status)
{
    SupervisorResult result;
    result.action = action;
    result.target = target;
    result.ok = status.ok();
    result.error = describeStatus(status);
    result.statusCode = int(status.error_code());
    return result;
}

} // namespace

SupervisorActions::SupervisorActions(Session &session, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(session))
{
    qRegisterMetaType<SupervisorResult>();
    const auto channel = session.connection().channel();
    d->routing = v1::RoutingService::NewStub(channel);
    d->conversation = v1::ConversationService::NewStub(channel);
    d->directory = v1::DirectoryService::NewStub(channel);
}

SupervisorActions::~SupervisorActions() = default;

void SupervisorActions::forceState(const QString &userId, AgentState state, const QString &reasonCodeId)
{
    v1::ForceAgentStateRequest request;
    request.set_user_id(userId.toStdString());
    request.set_state(convert::agentState(state));
    if (state == AgentState::NotReady)
        request.set_reason_code_id(reasonCodeId.toStdString());
    rpc::unary(d->session.connection(), this, d->routing->async(), &RoutingStub::async::ForceAgentState, request,
        [this, userId](const grpc::Status &status, v1::AgentSnapshot &) {
            emit finished(resultOf(Action::ForceState, userId, status));
        },
        Private::options("routing"));
}

void SupervisorActions::forceSignOut(const QString &userId)
{
    v1::ForceSignOutRequest request;
    request.set_user_id(userId.toStdString());
    rpc::unary(d->session.connection(), this, d->routing->async(), &RoutingStub::async::ForceSignOut, request,
        [this, userId](const grpc::Status &status, v1::AgentSnapshot &) {
            emit finished(resultOf(Action::ForceSignOut, userId, status));
        },
        Private::options("routing"));
}

void SupervisorActions::startMonitoring(const QString &interactionId, Channel channel)
{
    v1::StartMonitoringRequest request;
    request.set_interaction_id(interactionId.toStdString());
    rpc::unary(d->session.connection(), this, d->conversation->async(), &ConversationStub::async::StartMonitoring,
        request,
        [this, interactionId, channel](const grpc::Status &status, v1::Transcript &) {
            if (status.ok()) {
                // From now on the server sends this user the interaction's events: the
                // stores load what was before and follow what comes.
                d->session.transcripts().open(interactionId);
                if (channel == Channel::Voice)
                    d->session.calls().open(interactionId);
            }
            emit finished(resultOf(Action::Monitor, interactionId, status));
        },
        Private::options("conversation"));
}

void SupervisorActions::whisper(const QString &interactionId, const QString &text)
{
    v1::WhisperRequest request;
    request.set_interaction_id(interactionId.toStdString());
    request.set_text(text.toStdString());
    rpc::unary(d->session.connection(), this, d->conversation->async(), &ConversationStub::async::Whisper, request,
        [this, interactionId](const grpc::Status &status, v1::Message &) {
            emit finished(resultOf(Action::Whisper, interactionId, status));
        },
        Private::options("conversation"));
}

void SupervisorActions::barge(const QString &interactionId)
{
    v1::BargeRequest request;
    request.set_interaction_id(interactionId.toStdString());
    rpc::unary(d->session.connection(), this, d->conversation->async(), &ConversationStub::async::Barge, request,
        [this, interactionId](const grpc::Status &status, v1::Transcript &) {
            emit finished(resultOf(Action::Barge, interactionId, status));
        },
        Private::options("conversation"));
}

void SupervisorActions::listAudit(const QString &search, AuditCallback done)
{
    v1::ListAuditEntriesRequest request;
    request.set_search(search.toStdString());
    request.mutable_page()->set_page_size(200);
    rpc::unary(d->session.connection(), this, d->directory->async(), &DirectoryStub::async::ListAuditEntries, request,
        [done = std::move(done)](const grpc::Status &status, v1::ListAuditEntriesResponse &response) {
            QList<AuditItem> entries;
            if (status.ok())
                for (const v1::AuditEntry &e : response.entries()) {
                    AuditItem item;
                    item.id = convert::string(e.id());
                    item.at = convert::dateTime(e.at());
                    item.actorUserId = convert::string(e.actor().user_id());
                    item.actorName = convert::string(e.actor().username());
                    item.service = convert::string(e.service());
                    item.action = convert::string(e.action());
                    item.target = convert::string(e.target());
                    item.details = convert::string(e.details());
                    entries << item;
                }
            if (done)
                done(entries, describeStatus(status));
        },
        Private::options("directory"));
}

} // namespace session
