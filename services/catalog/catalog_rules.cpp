#include "catalog_rules.h"

#include <algorithm>
#include <set>

namespace catalog {

std::string Target::key() const
{
    switch (kind) {
    case Everyone: return "everyone";
    case Team: return "team:" + id;
    case Queue: return "queue:" + id;
    case Percent: return "percent:" + std::to_string(percent);
    case Users: {
        std::vector<std::string> sorted = users;
        std::sort(sorted.begin(), sorted.end());
        std::string key = "users:";
        for (size_t i = 0; i < sorted.size(); ++i)
            key += (i ? "," : "") + sorted[i];
        return key;
    }
    }
    return {};
}

int percentBucket(const std::string &userId, const std::string &moduleId)
{
    std::uint64_t hash = 14695981039346656037ull;
    for (const char c : userId + "/" + moduleId) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    return int(hash % 100);
}

bool matches(const Target &target, const Member &member, const std::string &moduleId, const QueueLookup &queues)
{
    switch (target.kind) {
    case Target::Everyone:
        return true;
    case Target::Team:
        return !member.teamId.empty() && member.teamId == target.id;
    case Target::Queue: {
        if (member.skills.empty())
            return false;
        const auto required = queues ? queues(target.id) : std::nullopt;
        if (!required)
            return false;
        for (const SkillRequirement &r : *required) {
            const auto it = member.skills.find(r.skillId);
            if (it == member.skills.end() || it->second < r.minProficiency)
                return false;
        }
        return true;
    }
    case Target::Percent:
        return percentBucket(member.userId, moduleId) < target.percent;
    case Target::Users:
        return std::any_of(target.users.begin(), target.users.end(), [&](const std::string &u) {
            return u == member.userId || (!member.username.empty() && u == member.username);
        });
    }
    return false;
}

std::string assignedVersion(std::vector<Rule> rules, const Member &member, const std::string &moduleId,
                            const QueueLookup &queues)
{
    std::sort(rules.begin(), rules.end(), [](const Rule &a, const Rule &b) { return a.sequence > b.sequence; });
    std::set<std::string> withdrawn;
    for (const Rule &rule : rules) {
        const std::string key = rule.target.key();
        if (withdrawn.count(key))
            continue;
        if (rule.version.empty()) {
            withdrawn.insert(key);
            continue;
        }
        if (matches(rule.target, member, moduleId, queues))
            return rule.version;
    }
    return {};
}

} // namespace catalog
