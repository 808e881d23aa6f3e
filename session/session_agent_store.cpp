#include "session_agent_store.h"

#include "session_command_journal.h"
#include "session_connection.h"
#include "session_convert_p.h"
#include "session_rpc_p.h"

#include "switchboard/v1/directory.grpc.pb.h"
#include "switchboard/v1/gateway.pb.h"
#include "switchboard/v1/routing.grpc.pb.h"

#include <QLoggingCategory>

namespace session {

Q_LOGGING_CATEGORY(lcAgentStore, "switchboard.session.agent", QtInfoMsg)

namespace v1 = switchboard::v1;
using RoutingStub = v1::RoutingService::Stub;
using DirectoryStub = v1::DirectoryService::Stub;

struct AgentStore::Private {
    Private(Connection &connection, const QString &userId)
        : connection(connection), userId(userId) {}

    Connection &connection;
    QString userId;
    std::unique_ptr<RoutingStub> routing;
    std::unique_ptr<DirectoryStub> directory;
    bool loaded = false;
    AgentState state = AgentState::Unspecified;
    QString reason;
    QDateTime since;
    AgentState next = AgentState::Unspecified;
    QString nextReason;
    QList<Channel> channels;
    QStringList queues;
    QList<Code> reasonCodes;
    CommandJournal *journal = nullptr;

    // SetAgentState without journaling: the answer is applied, `finished` gets the status.
    void sendState(AgentStore *q, AgentState state, const QString &reasonCodeId, bool whenFree,
                   std::function<void(const grpc::Status &)> finished)
    {
        v1::SetAgentStateRequest request;
        request.set_state(convert::agentState(state));
        request.set_reason_code_id(reasonCodeId.toStdString());
        request.set_when_free(whenFree);
        rpc::Options options;
        options.service = QStringLiteral("routing");
        rpc::unary(connection, q, routing->async(), &RoutingStub::async::SetAgentState, std::move(request),
            [this, q, finished = std::move(finished)](const grpc::Status &status, v1::AgentSnapshot &response) {
                if (status.ok() && apply(response))
                    emit q->changed();
                finished(status);
            },
            options);
    }

    // True when something visible changed. A snapshot older than what we show (a
    // GetMyAgent answer overtaken by an event) is ignored.
    bool apply(const v1::AgentSnapshot &snapshot)
    {
        const QDateTime since = convert::dateTime(snapshot.state_since());
        if (loaded && this->since.isValid() && since.isValid() && since < this->since)
            return false;
        QList<Channel> channels;
        for (int c : snapshot.loaded_channels())
            channels << convert::channel(v1::Channel(c));
        QStringList queues;
        for (const std::string &q : snapshot.queue_ids())
            queues << QString::fromStdString(q);
        const AgentState state = convert::agentState(snapshot.state());
        const QString reason = QString::fromStdString(snapshot.reason_code_id());
        const AgentState next = convert::agentState(snapshot.next_state());
        const QString nextReason = QString::fromStdString(snapshot.next_reason_code_id());
        const bool same = loaded && state == this->state && reason == this->reason
            && since == this->since && next == this->next && nextReason == this->nextReason
            && channels == this->channels && queues == this->queues;
        loaded = true;
        this->state = state;
        this->reason = reason;
        this->since = since;
        this->next = next;
        this->nextReason = nextReason;
        this->channels = channels;
        this->queues = queues;
        return !same;
    }
};

AgentStore::AgentStore(Connection &connection, const QString &userId, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(connection, userId))
{
    d->routing = v1::RoutingService::NewStub(connection.channel());
    d->directory = v1::DirectoryService::NewStub(connection.channel());
}

AgentStore::~AgentStore() = default;

bool AgentStore::isLoaded() const { return d->loaded; }
AgentState AgentStore::state() const { return d->state; }
QString AgentStore::reasonCodeId() const { return d->reason; }
QDateTime AgentStore::stateSince() const { return d->since; }
AgentState AgentStore::nextState() const { return d->next; }
QString AgentStore::nextReasonCodeId() const { return d->nextReason; }
QList<Channel> AgentStore::loadedChannels() const { return d->channels; }
QStringList AgentStore::queueIds() const { return d->queues; }
QList<Code> AgentStore::reasonCodes() const { return d->reasonCodes; }

QString AgentStore::reasonLabel(const QString &reasonCodeId) const
{
    for (const Code &code : d->reasonCodes)
        if (code.id == reasonCodeId)
            return code.label;
    return reasonCodeId;
}

namespace {

// The server did not decide: the command may be sent again later.
bool unreachable(const grpc::Status &status)
{
    return status.error_code() == grpc::StatusCode::UNAVAILABLE
        || status.error_code() == grpc::StatusCode::DEADLINE_EXCEEDED;
}

QVariantMap stateArguments(AgentState state, const QString &reasonCodeId, bool whenFree)
{
    return {{QStringLiteral("state"), int(state)},
            {QStringLiteral("reason_code_id"), reasonCodeId},
            {QStringLiteral("when_free"), whenFree}};
}

} // namespace

void AgentStore::setLoadedChannels(const QList<Channel> &channels, CommandCallback done)
{
    v1::SetLoadedChannelsRequest request;
    for (Channel channel : channels)
        request.add_channels(convert::channel(channel));
    rpc::Options options;
    options.service = QStringLiteral("routing");
    rpc::unary(d->connection, this, d->routing->async(), &RoutingStub::async::SetLoadedChannels, std::move(request),
        [this, done = std::move(done)](const grpc::Status &status, v1::AgentSnapshot &response) {
            if (status.ok() && d->apply(response))
                emit changed();
            if (done)
                done(status.ok(), status.ok() ? QString() : describeStatus(status));
        },
        options);
}

void AgentStore::setState(AgentState state, const QString &reasonCodeId, bool whenFree,
                          CommandCallback done)
{
    auto journalIt = [this, state, reasonCodeId, whenFree, done] {
        QString description = state == AgentState::Available ? tr("Available")
            : state == AgentState::Offline                  ? tr("Offline")
            : reasonCodeId.isEmpty()                        ? tr("Not Ready")
                                                            : tr("Not Ready — %1").arg(reasonLabel(reasonCodeId));
        d->journal->add(JournalEntry::Kind::SetState, description, stateArguments(state, reasonCodeId, whenFree));
        emit changed();     // hasPendingState()
        if (done)
            done(false, CommandJournal::queuedMessage());
    };
    // Commands queued before this one go first, so the server sees them in order.
    if (d->journal && d->journal->pendingCount() > 0) {
        journalIt();
        d->journal->replayNow();
        return;
    }
    d->sendState(this, state, reasonCodeId, whenFree, [this, journalIt, done](const grpc::Status &status) {
        if (status.ok()) {
            if (done)
                done(true, {});
            if (d->journal)
                d->journal->replayNow();    // the server is back: anything else waiting goes too
            return;
        }
        if (d->journal && unreachable(status)) {
            journalIt();
            return;
        }
        const QString error = describeStatus(status);
        if (done)
            done(false, error);
        emit commandFailed(error);
    });
}

void AgentStore::setJournal(CommandJournal *journal)
{
    d->journal = journal;
    if (!journal)
        return;
    journal->setReplayer(JournalEntry::Kind::SetState,
        [this](const QVariantMap &arguments, CommandJournal::Finished finished) {
            d->sendState(this, AgentState(arguments.value(QStringLiteral("state")).toInt()),
                      arguments.value(QStringLiteral("reason_code_id")).toString(),
                      arguments.value(QStringLiteral("when_free")).toBool(),
                      [finished = std::move(finished)](const grpc::Status &status) {
                          finished(status.ok(), unreachable(status), describeStatus(status));
                      });
        });
    // The pending state shows until its entry is replayed, refused or dismissed.
    connect(journal, &CommandJournal::changed, this, &AgentStore::changed);
}

bool AgentStore::hasPendingState() const
{
    return d->journal && d->journal->hasPending(JournalEntry::Kind::SetState);
}

AgentState AgentStore::pendingState() const
{
    const JournalEntry *entry = d->journal ? d->journal->lastPending(JournalEntry::Kind::SetState) : nullptr;
    return entry ? AgentState(entry->arguments.value(QStringLiteral("state")).toInt()) : AgentState::Unspecified;
}

QString AgentStore::pendingReasonCodeId() const
{
    const JournalEntry *entry = d->journal ? d->journal->lastPending(JournalEntry::Kind::SetState) : nullptr;
    return entry ? entry->arguments.value(QStringLiteral("reason_code_id")).toString() : QString();
}

void AgentStore::reload(SnapshotConsumer alsoApply)
{
    rpc::Options options;
    options.service = QStringLiteral("routing");
    rpc::unary(d->connection, this, d->routing->async(), &RoutingStub::async::GetMyAgent,
        v1::GetMyAgentRequest(),
        [this, alsoApply = std::move(alsoApply)](const grpc::Status &status, v1::AgentSnapshot &response) {
            if (!status.ok()) {
                qCInfo(lcAgentStore) << "GetMyAgent failed:" << describeStatus(status);
                return;     // the next snapshotRequired or reconnect tries again
            }
            if (d->apply(response))
                emit changed();
            if (alsoApply)
                alsoApply(response);
        },
        options);

    options.service = QStringLiteral("directory");
    rpc::unary(d->connection, this, d->directory->async(), &DirectoryStub::async::ListReasonCodes,
        v1::ListReasonCodesRequest(),
        [this](const grpc::Status &status, v1::ListReasonCodesResponse &response) {
            if (!status.ok()) {
                qCInfo(lcAgentStore) << "ListReasonCodes failed:" << describeStatus(status);
                return;
            }
            QList<Code> codes;
            for (const v1::ReasonCode &code : response.codes())
                codes.append({QString::fromStdString(code.id()), QString::fromStdString(code.label())});
            if (codes != d->reasonCodes) {
                d->reasonCodes = codes;
                emit reasonCodesChanged();
            }
        },
        options);
}

void AgentStore::applyEvents(const EventBatchPtr &batch)
{
    bool any = false;
    for (const v1::Event &event : batch->events()) {
        if (event.payload_case() == v1::Event::kAgentStateChanged
            && QString::fromStdString(event.agent_state_changed().agent().user_id()) == d->userId)
            any = d->apply(event.agent_state_changed().agent()) || any;
    }
    if (any)
        emit changed();
}

} // namespace session
