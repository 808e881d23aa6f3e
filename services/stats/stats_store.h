#pragma once
// The stats service's own SQLite file (DATA_DIR/stats.db): the 15-minute interval
// counters of every queue, the supervisors' wallboards and the alert rules. Nobody but
// the stats service opens it.
//
// Intervals are stored as their raw Counters (not the derived figures), so that a figure
// is always computed with the queue's current service-level variant and two partial
// counts of one interval (before and after a restart) simply add up.

#include "stats_metrics.h"

#include "runtime_store.h"
#include "switchboard/v1/stats.pb.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace stats {

using IntervalKey = std::pair<std::string, Millis>;   // queue id, interval start

Counters operator+(Counters a, const Counters &b);
// a - b, each field clamped at 0.
Counters subtractClamped(Counters a, const Counters &b);
bool isZero(const Counters &c);

class StatsStore {
public:
    explicit StatsStore(const std::string &path);

    runtime::Store &db() { return m_store; }

    // ---- intervals (call inside db().read() or db().transaction())
    std::optional<Counters> interval(const IntervalKey &key);
    std::map<Millis, Counters> intervals(const std::string &queueId, Millis from, Millis to);   // [from, to)
    std::map<std::string, Counters> totalsSince(Millis from);   // per queue
    bool hasQueue(const std::string &queueId);
    void putInterval(const IntervalKey &key, const Counters &counters);

    // ---- wallboards (inside read() / transaction())
    std::vector<switchboard::v1::Wallboard> wallboardsOf(const std::string &ownerUserId);
    std::optional<switchboard::v1::Wallboard> wallboard(const std::string &id);
    void putWallboard(const switchboard::v1::Wallboard &board);
    void deleteWallboard(const std::string &id);

    // ---- alert rules (inside read() / transaction())
    std::vector<switchboard::v1::AlertRule> alertRules();
    std::optional<switchboard::v1::AlertRule> alertRule(const std::string &id);
    void putAlertRule(const switchboard::v1::AlertRule &rule);
    void deleteAlertRule(const std::string &id);

private:
    runtime::Store m_store;
};

} // namespace stats
