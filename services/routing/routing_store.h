#pragma once
// routing.db: what the routing service must find again after a restart. Agents with
// their state, every interaction (live ones are restored into the engine; completed and
// abandoned ones stay as history), and a cache of the directory configuration the
// engine was last given (queues, agent profiles), so that restore does not depend on
// the directory answering at that moment. Ids are the service's string ids: the
// engine's integer ids live only as long as the process.

#include "routing_engine.h"
#include "runtime_store.h"

#include <optional>
#include <string>
#include <vector>

namespace routing {

struct StoredInteraction {
    std::string id;                   // "i-<number>"
    std::uint64_t number = 0;
    InteractionState state = InteractionState::Waiting;
    std::string queueId;
    Channel channel = Channel::Chat;
    std::string agentUserId;          // offered to / handled by
    int priorityBoost = 0;
    Millis enqueuedAt = 0, queuedAt = 0, offeredAt = 0, offerExpiresAt = 0, acceptedAt = 0, endedAt = 0,
           wrapUpEndsAt = 0;
    std::string reservedFor;          // transferred to this agent only
    std::vector<std::string> rejectedBy;
    std::string idempotencyKey;       // empty: none
    std::string data;                 // serialized switchboard.v1.Interaction (customer, subject, ...)
};

struct StoredAgent {
    std::string userId;
    std::string username;
    AgentState state = AgentState::Offline;
    std::string reason;
    Millis stateSince = 0;
    Millis idleSince = 0;
    ChannelMask loadedChannels = kAllChannels;
    std::optional<AgentState> pendingState;
    std::string pendingReason;
    int missedOffers = 0;
    Millis lastChange = 0;            // the engine's order among busy agents; 0 = unknown
};

// One supervisor action on an agent (forced state, forced sign-out): who, what, when.
// The directory's ListAuditEntries is the searchable log; this is routing's own record.
struct StoredAudit {
    std::string id;                   // "audit-..."
    Millis at = 0;
    std::string actorId;
    std::string actorName;
    std::string action;               // "agent.force_state", "agent.force_sign_out"
    std::string target;               // "user:<user id>"
    std::string details;
};

class RoutingStore {
public:
    // Opens (creating) the database file; throws runtime::StoreError.
    explicit RoutingStore(const std::string &path);

    runtime::Store &store() { return m_store; }

    // Writes: only inside store().transaction().
    void saveInteraction(const StoredInteraction &interaction);
    void saveAgent(const StoredAgent &agent);
    // kind "queue" or "agent_profile"; data a serialized proto. Empty data deletes.
    void saveConfig(const std::string &kind, const std::string &id, const std::string &data);
    void saveAudit(const StoredAudit &entry);

    // Reads (each takes the store's lock itself).
    std::vector<StoredAgent> agents();
    std::vector<StoredInteraction> liveInteractions();
    std::optional<StoredInteraction> interaction(const std::string &id);
    std::optional<StoredInteraction> interactionByIdempotencyKey(const std::string &key);
    std::vector<std::pair<std::string, std::string>> config(const std::string &kind);   // (id, data)
    // The highest interaction number ever stored (0 when none).
    std::uint64_t maxInteractionNumber();
    // Routing's audit entries, newest first.
    std::vector<StoredAudit> audits(int limit);

private:
    StoredInteraction readInteraction(runtime::Statement &statement);

    runtime::Store m_store;
};

} // namespace routing
