#pragma once
// conversation.db: the interactions conversation has heard of from routing, their
// messages (with recipients and attachments in child tables), voice calls, who monitors
// what, and the audit of supervisor actions. Every method runs inside a transaction()
// or read() of store().

#include "conversation_call_model.h"

#include "runtime_store.h"
#include "switchboard/v1/common.pb.h"
#include "switchboard/v1/conversation.pb.h"
#include "switchboard/v1/routing.pb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace conversation {

// Interaction attributes conversation keeps: the e-mail thread's addresses, as routing's
// Enqueue received them from the customer side ("a@x, b@y").
inline constexpr const char *EmailToAttribute = "email_to";
inline constexpr const char *EmailCcAttribute = "email_cc";

struct Monitor {
    std::string userId;
    std::string username;
    bool barged = false;
};

class Store {
public:
    explicit Store(const std::string &path);

    runtime::Store &store() { return m_store; }

    // Interactions, as routing described them last. Only the fields conversation keeps
    // are filled in (id, channel, queue, state, customer, subject, agent, enqueued_at,
    // accepted_at, ended_at, wrap-up code, the e-mail attributes, version).
    std::optional<switchboard::v1::Interaction> interaction(const std::string &id);
    void putInteraction(const switchboard::v1::Interaction &interaction);
    // Newest first; summaries are the subject or the customer's first words.
    std::vector<switchboard::v1::HistoryEntry> history(const std::string &customerId, int limit);

    std::vector<switchboard::v1::Message> messages(const std::string &interactionId, std::int64_t fromIndex,
                                                   bool withWhispers);
    std::optional<switchboard::v1::Message> messageByClientId(const std::string &interactionId,
                                                              const std::string &clientMessageId);
    std::optional<switchboard::v1::Message> lastInbound(const std::string &interactionId);
    // Assigns the next index and an id, stores, and returns the stored message.
    switchboard::v1::Message addMessage(switchboard::v1::Message message);
    // Outbound messages still SENT (or DELIVERED, when target is READ) move to target;
    // returns them as they are now.
    std::vector<switchboard::v1::Message> advanceDelivery(const std::string &interactionId,
                                                          switchboard::v1::DeliveryState target);

    std::optional<CallRecord> call(const std::string &interactionId);
    void putCall(const CallRecord &record);

    std::vector<Monitor> monitors(const std::string &interactionId);
    void putMonitor(const std::string &interactionId, const Monitor &monitor);

    switchboard::v1::AuditEntry audit(const switchboard::v1::Actor &actor, const std::string &action,
                                      const std::string &target, const std::string &details);

private:
    void loadDetails(std::vector<switchboard::v1::Message> &messages);
    std::vector<switchboard::v1::Message> selectMessages(const std::string &where, const std::string &interactionId,
                                                         std::int64_t number);

    runtime::Store m_store;
};

} // namespace conversation
