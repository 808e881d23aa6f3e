#pragma once
// Catalog: which rule decides a user's version of a module (docs/catalog.md, "Targets and
// precedence"). Pure functions over the rules, so that they can be reasoned about alone.

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace catalog {

// What a target is matched against: one user, with their agent profile if any.
struct Member {
    std::string userId;
    std::string username;
    std::string teamId;
    std::map<std::string, int> skills;        // skill id -> proficiency
};

struct SkillRequirement {
    std::string skillId;
    int minProficiency = 1;
};

struct Target {
    enum Kind { Everyone, Team, Queue, Percent, Users } kind = Everyone;
    std::string id;                           // team or queue id
    int percent = 0;
    std::vector<std::string> users;           // user ids or usernames, sorted

    // "everyone", "team:T", "queue:Q", "percent:N", "users:a,b": equal targets have equal keys.
    std::string key() const;
};

struct Rule {
    std::int64_t sequence = 0;                // creation order
    std::string version;                      // empty: this target's own rules are withdrawn
    Target target;
};

// The queue's base requirements (no relaxations), or nullopt when the queue is unknown.
using QueueLookup = std::function<std::optional<std::vector<SkillRequirement>>(const std::string &queueId)>;

// 0..99, stable for a user and a module: FNV-1a 64 of "<user id>/<module id>".
int percentBucket(const std::string &userId, const std::string &moduleId);

bool matches(const Target &target, const Member &member, const std::string &moduleId, const QueueLookup &queues);

// The version `member` gets from `rules` (one module's rules, any order): the newest rule
// whose target matches wins; a withdrawal (empty version) hides the older rules of the
// same target. Empty when no rule gives a version.
std::string assignedVersion(std::vector<Rule> rules, const Member &member, const std::string &moduleId,
                            const QueueLookup &queues);

} // namespace catalog
