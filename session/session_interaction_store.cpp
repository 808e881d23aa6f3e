#include "session_interaction_store.h"

#include "session_connection.h"
#include "session_convert_p.h"
#include "session_rpc_p.h"

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
    bool loaded = false;
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

void InteractionStore::completeWrapUp(const QString &interactionId, const QString &wrapUpCodeId,
                                      const QString &notes, CommandCallback done)
{
    v1::CompleteWrapUpRequest request;
    request.set_interaction_id(interactionId.toStdString());
    request.set_wrap_up_code_id(wrapUpCodeId.toStdString());
    request.set_notes(notes.toStdString());
    SB_INTERACTION_COMMAND(CompleteWrapUp, request);
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
            for (const v1::Queue &queue : response.queues())
                names.insert(QString::fromStdString(queue.id()), QString::fromStdString(queue.name()));
            if (names == d->queueNames)
                return;
            d->queueNames = names;
            emit queueNamesChanged();
            for (int row = 0; row < d->rows.size(); ++row)
                emit interactionChanged(row, d->rows.at(row).id);
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
