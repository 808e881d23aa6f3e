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

    // Queue names from DirectoryService.ListQueues, loaded once (and on reload()); the
    // id until known.
    QString queueName(const QString &queueId) const;
    // Wrap-up codes of a queue (ListWrapUpCodes with queue_id), cached; empty until
    // loadWrapUpCodes() answered (wrapUpCodesChanged).
    QList<Code> wrapUpCodes(const QString &queueId) const;
    bool hasWrapUpCodes(const QString &queueId) const;
    void loadWrapUpCodes(const QString &queueId);

    void accept(const QString &interactionId, CommandCallback done = {});
    void reject(const QString &interactionId, CommandCallback done = {});
    void end(const QString &interactionId, CommandCallback done = {});
    void completeWrapUp(const QString &interactionId, const QString &wrapUpCodeId,
                        const QString &notes, CommandCallback done = {});
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
    void commandFailed(const QString &interactionId, const QString &error);

private:
    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace session
