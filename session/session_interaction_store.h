#pragma once
// session::InteractionStore: the interactions offered to or handled by the signed-in
// agent (offered, active, wrap-up), in arrival order: from GetMyAgent, then offer_made,
// offer_withdrawn and interaction_changed events for this agent. An interaction leaves
// when it is completed, abandoned, withdrawn or transferred away. Commands ask the
// routing service; rows change only from its answers and events.
//
// Row signals come in pairs (about to / done) so that a model over the store can
// announce them with begin/end calls; each batch is coalesced: new interactions are
// appended in one block, each changed row is signalled once.

#include "session_agent_types.h"
#include "session_event_stream.h"

#include <QObject>

#include <memory>

namespace switchboard::v1 { class AgentSnapshot; }

namespace session {

class CommandJournal;
class Connection;

class InteractionStore : public QObject {
    Q_OBJECT
public:
    InteractionStore(Connection &connection, const QString &userId, QObject *parent = nullptr);
    ~InteractionStore() override;

    bool isLoaded() const;
    int count() const;
    const Interaction &at(int row) const;
    int indexOf(const QString &interactionId) const;       // -1 when not held
    QList<Interaction> interactions() const;
    QStringList ids() const;

    // Queue names from DirectoryService.ListQueues, loaded at start (reload()) and on
    // every reload; the id until known.
    QString queueName(const QString &queueId) const;
    // Wrap-up codes of a queue (ListWrapUpCodes with queue_id), cached; empty until
    // loadWrapUpCodes() answered (wrapUpCodesChanged).
    QList<Code> wrapUpCodes(const QString &queueId) const;
    bool hasWrapUpCodes(const QString &queueId) const;
    void loadWrapUpCodes(const QString &queueId);

    // From the same ListQueues answer: the queue's service-level threshold and wrap-up
    // time in seconds; 0 when unknown.
    int serviceLevelSeconds(const QString &queueId) const;
    int wrapUpSeconds(const QString &queueId) const;

    // Canned responses (DirectoryService.ListCannedResponses, loaded with the queue names
    // in reload()): those for `channel` and those for every channel (no channel listed).
    QList<CannedText> cannedResponses(Channel channel) const;

    // Whom the interaction can go to (RoutingService.ListTransferTargets): asked again on
    // every call (availability changes by the second); transferTargetsChanged() when the
    // answer is in. Empty until then. A refused load is reported by commandFailed().
    void loadTransferTargets(const QString &interactionId);
    QList<TransferTarget> transferTargets(const QString &interactionId) const;

    // The customer's interactions, newest first (ConversationService.GetCustomerHistory,
    // at most 20), for the screen pop: loaded on request, historyChanged() when in.
    void loadHistory(const QString &customerId);
    QList<HistoryItem> history(const QString &customerId) const;
    bool hasHistory(const QString &customerId) const;

    void accept(const QString &interactionId, CommandCallback done = {});
    void reject(const QString &interactionId, CommandCallback done = {});
    void end(const QString &interactionId, CommandCallback done = {});
    // With a journal (setJournal), a wrap-up the server could not decide (unreachable) is
    // journaled and replayed later: `done` gets ok=false with
    // CommandJournal::queuedMessage(); hasPendingWrapUp() says so meanwhile.
    void completeWrapUp(const QString &interactionId, const QString &wrapUpCodeId,
                        const QString &notes, CommandCallback done = {});
    void setJournal(CommandJournal *journal);
    bool hasPendingWrapUp(const QString &interactionId) const;
    void transferToQueue(const QString &interactionId, const QString &queueId, CommandCallback done = {});
    void transferToAgent(const QString &interactionId, const QString &agentUserId, CommandCallback done = {});

    // The queue names again (after snapshotRequired); the interactions come with the
    // AgentStore's GetMyAgent answer through applySnapshot().
    void reload();
    // Everything this agent holds, as GetMyAgent answered: anything else is gone.
    void applySnapshot(const switchboard::v1::AgentSnapshot &snapshot);
    void applyEvents(const EventBatchPtr &batch);

signals:
    void rowsAboutToBeAdded(int first, int last);
    void rowsAdded(int first, int last);
    void rowAboutToBeRemoved(int row, const QString &interactionId);
    void interactionRemoved(const QString &interactionId);
    void interactionChanged(int row, const QString &interactionId);
    // The ids held after a reload (a snapshot): anything else is gone.
    void reloaded(const QStringList &ids);
    void queueNamesChanged();
    void wrapUpCodesChanged(const QString &queueId);
    void cannedResponsesChanged();
    void transferTargetsChanged(const QString &interactionId);
    void historyChanged(const QString &customerId);
    void commandFailed(const QString &interactionId, const QString &error);

private:
    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace session
