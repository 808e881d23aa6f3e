#pragma once
// The directory's entities kept as versioned protobuf documents, one table for all
// kinds. The directory is small (thousands of rows, not millions) and changes rarely;
// documents keep every v1 field without a migration per field.

#include "runtime_store.h"

#include <google/protobuf/message.h>

#include <optional>
#include <string>
#include <vector>

namespace directory {

class EntityStore {
public:
    explicit EntityStore(const std::string &path);

    runtime::Store &store() { return m_store; }

    // Inside a transaction of store().
    std::vector<std::string> list(const std::string &kind);              // serialized documents
    std::optional<std::string> get(const std::string &kind, const std::string &id);
    // Lower-cased name already used by another entity of the kind?
    bool nameTaken(const std::string &kind, const std::string &name, const std::string &exceptId);
    void put(const std::string &kind, const std::string &id, const std::string &name, std::int64_t version,
             const google::protobuf::Message &document);
    void remove(const std::string &kind, const std::string &id);

    // Who last changed target ("queue:queue-support") according to the audit log; empty
    // when nobody is recorded.
    std::string lastChangedBy(const std::string &target);

    void audit(const std::string &actorId, const std::string &actorName, const std::string &action,
               const std::string &target, const std::string &details);

    // An entry another service recorded (its `audit_recorded` event), kept with its own id,
    // time and service; an id already stored is ignored, so a redelivery is harmless.
    struct ForeignAudit {
        std::string id;
        std::int64_t atMs = 0;
        std::string actorId, actorName, service, action, target, details;
    };
    void addForeignAudit(const ForeignAudit &entry);

private:
    runtime::Store m_store;
};

} // namespace directory
