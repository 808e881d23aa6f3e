#include "session_interaction_store.h"

#include "session_command_journal.h"
#include "session_connection.h"
#include "session_convert_p.h"
#include "session_rpc_p.h"

#include "switchboard/v1/conversation.grpc.pb.h"
#include "switchboard/v1/directory.grpc.pb.h"
#include "switchboard/v1/gateway.pb.h"
#include "switchboard/v1/routing.grpc.pb.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>
#include <functional>

#include <optional>
#include <utility>
#include <vector>

namespace session {

Q_LOGGING_CATEGORY(lcInteractionStore, "switchboard.session.interactions", QtInfoMsg)

namespace v1 = switchboard::v1;
using RoutingStub = v1::RoutingService::Stub;
using DirectoryStub = v1::DirectoryService::Stub;
using ConversationStub = v1::ConversationService::Stub;

// The screen pop shows recent contacts, not a customer's whole life.
constexpr int kHistoryLimit = 20;

namespace {

// What one batch (or answer) says about each interaction, in first-mention order;
// nullopt: it is no longer this agent's.
class Updates {
public:
    void set(const QString &id, std::optional<Interaction> value)
    {
        const auto it = m_index.constFind(id);
        if (it == m_index.constEnd()) {
            m_index.insert(id, int(m_list.size()));
            m_list.emplace_back(id, std::move(value));
        } else {
            m_list[*it].second = std::move(value);
        }
    }
    const std::vector<std::pair<QString, std::optional<Interaction>>> &list() const { return m_list; }
    bool isEmpty() const { return m_list.empty(); }

private:
    QHash<QString, int> m_index;
    std::vector<std::pair<QString, std::optional<Interaction>>> m_list;
};

bool isHeld(InteractionState state)
{
    return state == InteractionState::Offered || state == InteractionState::Active
        || state == InteractionState::WrapUp;
}

bool sameContent(const Interaction &a, const Interaction &b)
{
    return a.version == b.version && a.state == b.state && a.queueId == b.queueId
        && a.agentUserId == b.agentUserId && a.offerExpiresAt == b.offerExpiresAt
        && a.acceptedAt == b.acceptedAt && a.wrapUpEndsAt == b.wrapUpEndsAt
        && a.subject == b.subject && a.customer.displayName == b.customer.displayName;
}

} // namespace

struct InteractionStore::Private {
    Private(Connection &connection, const QString &userId)
        : connection(connection), userId(userId) {}

    Connection &connection;
    QString userId;
    std::unique_ptr<RoutingStub> routing;
    std::unique_ptr<DirectoryStub> directory;
    std::unique_ptr<ConversationStub> conversation;
    bool loaded = false;
    struct QueueFacts {
        int serviceLevelSeconds = 0;
        int wrapUpSeconds = 0;
        friend bool operator==(const QueueFacts &, const QueueFacts &) = default;
    };
    QHash<QString, QueueFacts> queueFacts;
    struct Canned {
        CannedText text;
        QList<Channel> channels;    // empty: every channel
    };
    QList<Canned> canned;
    QHash<QString, QList<TransferTarget>> transferTargets;
    QHash<QString, QList<HistoryItem>> history;
    CommandJournal *journal = nullptr;
    QList<Interaction> rows;
    QHash<QString, QString> queueNames;
    QHash<QString, QList<Code>> wrapUpCodes;
    QSet<QString> wrapUpLoading;

    int indexOf(const QString &id) const
    {
        for (int i = 0; i < rows.size(); ++i)
            if (rows.at(i).id == id)
                return i;
        return -1;
    }

    void applyUpdates(InteractionStore *q, const Updates &updates, bool snapshot);
    void sendWrapUp(InteractionStore *q, const QString &interactionId, const QString &wrapUpCodeId,
                    const QString &notes, std::function<void(const grpc::Status &)> finished);

    void note(Updates &updates, const v1::Interaction &proto) const
    {
        Interaction interaction = convert::interaction(proto);
        const QString id = interaction.id;
        if (interaction.agentUserId == userId && isHeld(interaction.state))
            updates.set(id, std::move(interaction));
        else
            updates.set(id, std::nullopt);
    }
};

InteractionStore::InteractionStore(Connection &connection, const QString &userId, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(connection, userId))
{
    d->routing = v1::RoutingService::NewStub(connection.channel());
    d->directory = v1::DirectoryService::NewStub(connection.channel());
    d->conversation = v1::ConversationService::NewStub(connection.channel());
}

InteractionStore::~InteractionStore() = default;

bool InteractionStore::isLoaded() const { return d->loaded; }
int InteractionStore::count() const { return int(d->rows.size()); }
const Interaction &InteractionStore::at(int row) const { return d->rows.at(row); }
int InteractionStore::indexOf(const QString &interactionId) const { return d->indexOf(interactionId); }
QList<Interaction> InteractionStore::interactions() const { return d->rows; }

QStringList InteractionStore::ids() const
{
    QStringList ids;
    for (const Interaction &i : d->rows)
        ids << i.id;
    return ids;
}

QString InteractionStore::queueName(const QString &queueId) const
{
    return d->queueNames.value(queueId, queueId);
}

QList<Code> InteractionStore::wrapUpCodes(const QString &queueId) const
{
    return d->wrapUpCodes.value(queueId);
}

bool InteractionStore::hasWrapUpCodes(const QString &queueId) const
{
    return d->wrapUpCodes.contains(queueId);
}

void InteractionStore::loadWrapUpCodes(const QString &queueId)
{
    if (d->wrapUpCodes.contains(queueId) || d->wrapUpLoading.contains(queueId))
        return;
    d->wrapUpLoading.insert(queueId);
    v1::ListWrapUpCodesRequest request;
    request.set_queue_id(queueId.toStdString());
    rpc::Options options;
    options.service = QStringLiteral("directory");
    rpc::unary(d->connection, this, d->directory->async(), &DirectoryStub::async::ListWrapUpCodes,
        std::move(request),
        [this, queueId](const grpc::Status &status, v1::ListWrapUpCodesResponse &response) {
            d->wrapUpLoading.remove(queueId);
            if (!status.ok()) {
                qCInfo(lcInteractionStore) << "ListWrapUpCodes failed:" << describeStatus(status);
                return;
            }
            QList<Code> codes;
            for (const v1::WrapUpCode &code : response.codes())
                codes.append({QString::fromStdString(code.id()), QString::fromStdString(code.label())});
            d->wrapUpCodes.insert(queueId, codes);
            emit wrapUpCodesChanged(queueId);
        },
        options);
}

int InteractionStore::serviceLevelSeconds(const QString &queueId) const
{
    return d->queueFacts.value(queueId).serviceLevelSeconds;
}

int InteractionStore::wrapUpSeconds(const QString &queueId) const
{
    return d->queueFacts.value(queueId).wrapUpSeconds;
}

QList<CannedText> InteractionStore::cannedResponses(Channel channel) const
{
    QList<CannedText> out;
    for (const auto &canned : d->canned)
        if (canned.channels.isEmpty() || canned.channels.contains(channel))
            out.append(canned.text);
    return out;
}

QList<TransferTarget> InteractionStore::transferTargets(const QString &interactionId) const
{
    return d->transferTargets.value(interactionId);
}

void InteractionStore::loadTransferTargets(const QString &interactionId)
{
    v1::ListTransferTargetsRequest request;
    request.set_interaction_id(interactionId.toStdString());
    rpc::Options options;
    options.service = QStringLiteral("routing");
    rpc::unary(d->connection, this, d->routing->async(), &RoutingStub::async::ListTransferTargets,
        std::move(request),
        [this, interactionId](const grpc::Status &status, v1::ListTransferTargetsResponse &response) {
            if (!status.ok()) {
                emit commandFailed(interactionId, describeStatus(status));
                return;
            }
            QList<TransferTarget> targets;
            for (const v1::TransferTarget &in : response.targets()) {
                TransferTarget out;
                out.id = QString::fromStdString(in.id());
                out.name = QString::fromStdString(in.name());
                if (in.kind() == v1::TransferTarget::KIND_QUEUE) {
                    out.kind = TransferTarget::Kind::Queue;
                    out.waiting = in.waiting();
                    out.available = true;   // a queue always takes it; it may wait there
                    out.detail = tr("%n waiting", nullptr, in.waiting());
                } else {
                    out.kind = TransferTarget::Kind::Agent;
                    out.agentState = convert::agentState(in.agent_state());
                    out.reasonLabel = QString::fromStdString(in.reason_label());
                    out.available = in.can_take();
                    if (out.agentState == AgentState::NotReady)
                        out.detail = out.reasonLabel.isEmpty() ? tr("Not Ready")
                                                               : tr("Not Ready — %1").arg(out.reasonLabel);
                    else if (out.available)
                        out.detail = tr("Available");
                    else
                        out.detail = tr("Busy");   // available, but no free capacity on this channel
                }
                targets.append(out);
            }
            d->transferTargets.insert(interactionId, targets);
            emit transferTargetsChanged(interactionId);
        },
        options);
}

QList<HistoryItem> InteractionStore::history(const QString &customerId) const
{
    return d->history.value(customerId);
}

bool InteractionStore::hasHistory(const QString &customerId) const
{
    return d->history.contains(customerId);
}

void InteractionStore::loadHistory(const QString &customerId)
{
    v1::GetCustomerHistoryRequest request;
    request.set_customer_id(customerId.toStdString());
    request.set_limit(kHistoryLimit);
    rpc::Options options;
    options.service = QStringLiteral("conversation");
    rpc::unary(d->connection, this, d->conversation->async(), &ConversationStub::async::GetCustomerHistory,
        std::move(request),
        [this, customerId](const grpc::Status &status, v1::GetCustomerHistoryResponse &response) {
            if (!status.ok()) {
                qCInfo(lcInteractionStore) << "GetCustomerHistory failed:" << describeStatus(status);
                return;
            }
            QList<HistoryItem> items;
            for (const v1::HistoryEntry &in : response.entries()) {
                HistoryItem out;
                out.interactionId = convert::string(in.interaction_id());
                out.channel = convert::channel(in.channel());
                out.queueId = convert::string(in.queue_id());
                out.agentUserId = convert::string(in.agent_user_id());
                out.startedAt = convert::dateTime(in.started_at());
                out.endedAt = convert::dateTime(in.ended_at());
                out.wrapUpCodeId = convert::string(in.wrap_up_code_id());
                out.summary = convert::string(in.summary());
                items.append(out);
            }
            d->history.insert(customerId, items);
            emit historyChanged(customerId);
        },
        options);
}

namespace {

template <class Response>
void finish(InteractionStore *store, const QString &id, const grpc::Status &status,
            const CommandCallback &done, const std::function<void()> &apply)
{
    if (!status.ok()) {
        const QString error = describeStatus(status);
        if (done)
            done(false, error);
        emit store->commandFailed(id, error);
        return;
    }
    if (apply)
        apply();
    if (done)
        done(true, {});
}

} // namespace

// Sends one routing command whose answer is an Interaction, applied like an event.
#define SB_INTERACTION_COMMAND(Method, request)                                              \
    rpc::Options options;                                                                    \
    options.service = QStringLiteral("routing");                                             \
    rpc::unary(d->connection, this, d->routing->async(), &RoutingStub::async::Method,         \
        std::move(request),                                                                  \
        [this, interactionId, done = std::move(done)](const grpc::Status &status,            \
                                                      v1::Interaction &response) {           \
            finish<v1::Interaction>(this, interactionId, status, done, [&] {                  \
                Updates updates;                                                             \
                d->note(updates, response);                                                  \
                d->applyUpdates(this, updates, false);                                                       \
            });                                                                              \
        },                                                                                   \
        options)

void InteractionStore::accept(const QString &interactionId, CommandCallback done)
{
    v1::AcceptOfferRequest request;
    request.set_interaction_id(interactionId.toStdString());
    SB_INTERACTION_COMMAND(AcceptOffer, request);
}

void InteractionStore::end(const QString &interactionId, CommandCallback done)
{
    v1::EndInteractionRequest request;
    request.set_interaction_id(interactionId.toStdString());
    SB_INTERACTION_COMMAND(EndInteraction, request);
}

namespace {

// The server did not decide: the command may be sent again later.
bool unreachable(const grpc::Status &status)
{
    return status.error_code() == grpc::StatusCode::UNAVAILABLE
        || status.error_code() == grpc::StatusCode::DEADLINE_EXCEEDED;
}

} // namespace

void InteractionStore::Private::sendWrapUp(InteractionStore *q, const QString &interactionId,
                                           const QString &wrapUpCodeId, const QString &notes,
                                           std::function<void(const grpc::Status &)> finished)
{
    v1::CompleteWrapUpRequest request;
    request.set_interaction_id(interactionId.toStdString());
    request.set_wrap_up_code_id(wrapUpCodeId.toStdString());
    request.set_notes(notes.toStdString());
    rpc::Options options;
    options.service = QStringLiteral("routing");
    rpc::unary(connection, q, routing->async(), &RoutingStub::async::CompleteWrapUp, std::move(request),
        [this, q, finished = std::move(finished)](const grpc::Status &status, v1::Interaction &response) {
            if (status.ok()) {
                Updates updates;
                note(updates, response);
                applyUpdates(q, updates, false);
            }
            finished(status);
        },
        options);
}

void InteractionStore::completeWrapUp(const QString &interactionId, const QString &wrapUpCodeId,
                                      const QString &notes, CommandCallback done)
{
    auto journalIt = [this, interactionId, wrapUpCodeId, notes, done] {
        d->journal->add(JournalEntry::Kind::CompleteWrapUp, tr("Wrap-up of %1").arg(interactionId),
                        {{QStringLiteral("interaction_id"), interactionId},
                         {QStringLiteral("wrap_up_code_id"), wrapUpCodeId},
                         {QStringLiteral("notes"), notes}});
        const int row = d->indexOf(interactionId);
        if (row >= 0)
            emit interactionChanged(row, interactionId);    // hasPendingWrapUp()
        if (done)
            done(false, CommandJournal::queuedMessage());
    };
    // Commands queued before this one go first, so the server sees them in order.
    if (d->journal && d->journal->pendingCount() > 0) {
        journalIt();
        d->journal->replayNow();
        return;
    }
    d->sendWrapUp(this, interactionId, wrapUpCodeId, notes, [this, interactionId, journalIt, done](const grpc::Status &status) {
        if (status.ok()) {
            if (done)
                done(true, {});
            if (d->journal)
                d->journal->replayNow();
            return;
        }
        if (d->journal && unreachable(status)) {
            journalIt();
            return;
        }
        const QString error = describeStatus(status);
        if (done)
            done(false, error);
        emit commandFailed(interactionId, error);
    });
}

void InteractionStore::setJournal(CommandJournal *journal)
{
    d->journal = journal;
    if (!journal)
        return;
    journal->setReplayer(JournalEntry::Kind::CompleteWrapUp,
        [this](const QVariantMap &arguments, CommandJournal::Finished finished) {
            d->sendWrapUp(this, arguments.value(QStringLiteral("interaction_id")).toString(),
                          arguments.value(QStringLiteral("wrap_up_code_id")).toString(),
                          arguments.value(QStringLiteral("notes")).toString(),
                          [finished = std::move(finished)](const grpc::Status &status) {
                              finished(status.ok(), unreachable(status), describeStatus(status));
                          });
        });
    // A refused wrap-up is no longer pending: its row shows that (the entry stays Failed).
    connect(journal, &CommandJournal::replayFailed, this, [this](const QString &entryId) {
        for (const JournalEntry &entry : d->journal->entries()) {
            if (entry.id != entryId || entry.kind != JournalEntry::Kind::CompleteWrapUp)
                continue;
            const QString id = entry.arguments.value(QStringLiteral("interaction_id")).toString();
            if (const int row = d->indexOf(id); row >= 0)
                emit interactionChanged(row, id);
        }
    });
}

bool InteractionStore::hasPendingWrapUp(const QString &interactionId) const
{
    if (!d->journal)
        return false;
    for (const JournalEntry &entry : d->journal->entries())
        if (entry.kind == JournalEntry::Kind::CompleteWrapUp && entry.status != JournalEntry::Status::Failed
            && entry.arguments.value(QStringLiteral("interaction_id")).toString() == interactionId)
            return true;
    return false;
}

void InteractionStore::transferToQueue(const QString &interactionId, const QString &queueId,
                                       CommandCallback done)
{
    v1::TransferInteractionRequest request;
    request.set_interaction_id(interactionId.toStdString());
    request.set_queue_id(queueId.toStdString());
    SB_INTERACTION_COMMAND(TransferInteraction, request);
}

void InteractionStore::transferToAgent(const QString &interactionId, const QString &agentUserId,
                                       CommandCallback done)
{
    v1::TransferInteractionRequest request;
    request.set_interaction_id(interactionId.toStdString());
    request.set_agent_user_id(agentUserId.toStdString());
    SB_INTERACTION_COMMAND(TransferInteraction, request);
}

#undef SB_INTERACTION_COMMAND

void InteractionStore::reject(const QString &interactionId, CommandCallback done)
{
    v1::RejectOfferRequest request;
    request.set_interaction_id(interactionId.toStdString());
    rpc::Options options;
    options.service = QStringLiteral("routing");
    // The offer leaves with the offer_withdrawn event that follows.
    rpc::unary(d->connection, this, d->routing->async(), &RoutingStub::async::RejectOffer,
        std::move(request),
        [this, interactionId, done = std::move(done)](const grpc::Status &status,
                                                      v1::RejectOfferResponse &) {
            finish<v1::RejectOfferResponse>(this, interactionId, status, done, {});
        },
        options);
}

void InteractionStore::applySnapshot(const v1::AgentSnapshot &snapshot)
{
    Updates updates;
    for (const Interaction &held : std::as_const(d->rows))
        updates.set(held.id, std::nullopt);     // gone unless the snapshot has it
    for (const v1::Interaction &interaction : snapshot.interactions())
        d->note(updates, interaction);
    d->loaded = true;
    d->applyUpdates(this, updates, true);
    emit reloaded(ids());
}

void InteractionStore::reload()
{
    rpc::Options options;
    options.service = QStringLiteral("directory");
    rpc::unary(d->connection, this, d->directory->async(), &DirectoryStub::async::ListQueues,
        v1::ListQueuesRequest(),
        [this](const grpc::Status &status, v1::ListQueuesResponse &response) {
            if (!status.ok()) {
                qCInfo(lcInteractionStore) << "ListQueues failed:" << describeStatus(status);
                return;
            }
            QHash<QString, QString> names;
            QHash<QString, Private::QueueFacts> facts;
            for (const v1::Queue &queue : response.queues()) {
                const QString id = QString::fromStdString(queue.id());
                names.insert(id, QString::fromStdString(queue.name()));
                facts.insert(id, {queue.service_level_threshold_seconds(), queue.wrap_up_seconds()});
            }
            if (names == d->queueNames && facts == d->queueFacts)
                return;
            d->queueFacts = facts;
            d->queueNames = names;
            emit queueNamesChanged();
            for (int row = 0; row < d->rows.size(); ++row)
                emit interactionChanged(row, d->rows.at(row).id);
        },
        options);

    // Every channel's responses at once (channel unspecified): the desktop filters.
    rpc::unary(d->connection, this, d->directory->async(), &DirectoryStub::async::ListCannedResponses,
        v1::ListCannedResponsesRequest(),
        [this](const grpc::Status &status, v1::ListCannedResponsesResponse &response) {
            if (!status.ok()) {
                qCInfo(lcInteractionStore) << "ListCannedResponses failed:" << describeStatus(status);
                return;
            }
            QList<Private::Canned> canned;
            for (const v1::CannedResponse &in : response.responses()) {
                Private::Canned out;
                out.text = {convert::string(in.id()), convert::string(in.title()), convert::string(in.text()),
                            convert::string(in.shortcut())};
                for (int channel : in.channels())
                    out.channels << convert::channel(v1::Channel(channel));
                canned.append(out);
            }
            const bool same = canned.size() == d->canned.size()
                && std::equal(canned.begin(), canned.end(), d->canned.begin(),
                              [](const Private::Canned &a, const Private::Canned &b) {
                                  return a.text == b.text && a.channels == b.channels;
                              });
            if (same)
                return;
            d->canned = canned;
            emit cannedResponsesChanged();
        },
        options);
}

void InteractionStore::applyEvents(const EventBatchPtr &batch)
{
    Updates updates;
    for (const v1::Event &event : batch->events()) {
        switch (event.payload_case()) {
        case v1::Event::kOfferMade:
            d->note(updates, event.offer_made().interaction());
            break;
        case v1::Event::kOfferWithdrawn:
            if (QString::fromStdString(event.offer_withdrawn().agent_user_id()) == d->userId)
                updates.set(QString::fromStdString(event.offer_withdrawn().interaction_id()), std::nullopt);
            break;
        case v1::Event::kInteractionChanged: {
            const v1::InteractionChanged &changed = event.interaction_changed();
            // Only what concerns this agent: supervisors receive everyone's changes.
            if (QString::fromStdString(changed.interaction().agent_user_id()) == d->userId
                || QString::fromStdString(changed.previous_agent_user_id()) == d->userId
                || d->indexOf(QString::fromStdString(changed.interaction().id())) >= 0)
                d->note(updates, changed.interaction());
            break;
        }
        default:
            break;
        }
    }
    d->applyUpdates(this, updates, false);
}

void InteractionStore::Private::applyUpdates(InteractionStore *q, const Updates &updates, bool snapshot)
{
    // Changes in place first, then removals (highest row first keeps the other rows'
    // numbers valid), then the new ones appended in one block.
    QList<Interaction> added;
    std::vector<int> removeRows;
    for (const auto &[id, value] : updates.list()) {
        const int row = indexOf(id);
        if (row < 0) {
            if (value)
                added.append(*value);
            continue;
        }
        const Interaction &held = rows.at(row);
        if (!value) {
            removeRows.push_back(row);
        } else if (value->version < held.version && !snapshot) {
            continue;   // an answer overtaken by a newer event
        } else if (!sameContent(held, *value)) {
            rows[row] = *value;
            emit q->interactionChanged(row, id);
        }
    }
    std::sort(removeRows.begin(), removeRows.end(), std::greater<int>());
    for (int row : removeRows) {
        const QString id = rows.at(row).id;
        emit q->rowAboutToBeRemoved(row, id);
        rows.removeAt(row);
        emit q->interactionRemoved(id);
    }
    if (!added.isEmpty()) {
        const int first = int(rows.size());
        const int last = first + int(added.size()) - 1;
        emit q->rowsAboutToBeAdded(first, last);
        rows.append(added);
        emit q->rowsAdded(first, last);
    }
}

} // namespace session
