#pragma once
// Conversation: transcripts of chat, SMS and e-mail, the simulated voice call model,
// customers' interaction history for screen pops, and the supervisor's monitor, whisper
// and barge. It learns about interactions only from routing's bus events
// (interaction_changed, offer_made) and keeps its own DATA_DIR/conversation.db.
// docs/conversation.md describes the model, the decisions and the events it publishes.

#include "runtime_service.h"

#include <memory>

namespace conversation {

class Service final : public runtime::Service {
public:
    // Opens (or creates) DATA_DIR/conversation.db and subscribes to the bus at once, so
    // that no interaction event published after construction is missed.
    explicit Service(const runtime::ServiceContext &context);
    ~Service() override;

    std::string name() const override { return "conversation"; }
    grpc::Service *grpcService() override;
    // Stops taking bus events (after applying the ones already taken) and flushes the store.
    void stop() override;

private:
    class Impl;
    std::unique_ptr<Impl> d;
};

} // namespace conversation
