#include "stats_store.h"

#include <algorithm>

namespace stats {

namespace v1 = switchboard::v1;

namespace {

const std::vector<std::string> kMigrations = {
    R"(CREATE TABLE intervals (
         queue_id TEXT NOT NULL, start INTEGER NOT NULL,
         offered INTEGER NOT NULL, answered INTEGER NOT NULL, answered_within INTEGER NOT NULL,
         abandoned INTEGER NOT NULL, abandoned_within INTEGER NOT NULL, short_abandoned INTEGER NOT NULL,
         flowed_out INTEGER NOT NULL, removed_within INTEGER NOT NULL, handled INTEGER NOT NULL,
         answered_wait_ms INTEGER NOT NULL, handle_ms INTEGER NOT NULL,
         PRIMARY KEY (queue_id, start));
       CREATE INDEX intervals_start ON intervals(start);
       CREATE TABLE wallboards (
         id TEXT PRIMARY KEY, owner_user_id TEXT NOT NULL, name TEXT NOT NULL,
         data BLOB NOT NULL);              -- Wallboard
       CREATE INDEX wallboards_owner ON wallboards(owner_user_id, name);
       CREATE TABLE alert_rules (
         id TEXT PRIMARY KEY, name TEXT NOT NULL,
         data BLOB NOT NULL);              -- AlertRule)",
};

constexpr const char *kCounterColumns =
    "offered, answered, answered_within, abandoned, abandoned_within, short_abandoned, flowed_out, "
    "removed_within, handled, answered_wait_ms, handle_ms";

Counters countersAt(const runtime::Statement &st, int first)
{
    Counters c;
    int i = first;
    c.offered = int(st.integer(i++));
    c.answered = int(st.integer(i++));
    c.answeredWithin = int(st.integer(i++));
    c.abandoned = int(st.integer(i++));
    c.abandonedWithin = int(st.integer(i++));
    c.shortAbandoned = int(st.integer(i++));
    c.flowedOut = int(st.integer(i++));
    c.removedWithin = int(st.integer(i++));
    c.handled = int(st.integer(i++));
    c.answeredWaitMs = st.integer(i++);
    c.handleMs = st.integer(i++);
    return c;
}

template<typename Fn>
Counters combine(Counters a, const Counters &b, Fn fn)
{
    a.offered = int(fn(a.offered, b.offered));
    a.answered = int(fn(a.answered, b.answered));
    a.answeredWithin = int(fn(a.answeredWithin, b.answeredWithin));
    a.abandoned = int(fn(a.abandoned, b.abandoned));
    a.abandonedWithin = int(fn(a.abandonedWithin, b.abandonedWithin));
    a.shortAbandoned = int(fn(a.shortAbandoned, b.shortAbandoned));
    a.flowedOut = int(fn(a.flowedOut, b.flowedOut));
    a.removedWithin = int(fn(a.removedWithin, b.removedWithin));
    a.handled = int(fn(a.handled, b.handled));
    a.answeredWaitMs = fn(a.answeredWaitMs, b.answeredWaitMs);
    a.handleMs = fn(a.handleMs, b.handleMs);
    return a;
}

} // namespace

Counters operator+(Counters a, const Counters &b)
{
    return combine(a, b, [](Millis x, Millis y) { return x + y; });
}

Counters subtractClamped(Counters a, const Counters &b)
{
    return combine(a, b, [](Millis x, Millis y) { return std::max<Millis>(0, x - y); });
}

bool isZero(const Counters &c)
{
    return c.offered == 0 && c.answered == 0 && c.answeredWithin == 0 && c.abandoned == 0 && c.abandonedWithin == 0
        && c.shortAbandoned == 0 && c.flowedOut == 0 && c.removedWithin == 0 && c.handled == 0
        && c.answeredWaitMs == 0 && c.handleMs == 0;
}

StatsStore::StatsStore(const std::string &path) : m_store(path, kMigrations) {}

std::optional<Counters> StatsStore::interval(const IntervalKey &key)
{
    auto st = m_store.prepare(std::string("SELECT ") + kCounterColumns + " FROM intervals WHERE queue_id = ? AND start = ?");
    st.bind(1, key.first).bind(2, std::int64_t(key.second));
    if (!st.step())
        return std::nullopt;
    return countersAt(st, 0);
}

std::map<Millis, Counters> StatsStore::intervals(const std::string &queueId, Millis from, Millis to)
{
    std::map<Millis, Counters> result;
    auto st = m_store.prepare(std::string("SELECT start, ") + kCounterColumns
                              + " FROM intervals WHERE queue_id = ? AND start >= ? AND start < ? ORDER BY start");
    st.bind(1, queueId).bind(2, std::int64_t(from)).bind(3, std::int64_t(to));
    while (st.step())
        result[st.integer(0)] = countersAt(st, 1);
    return result;
}

std::map<std::string, Counters> StatsStore::totalsSince(Millis from)
{
    std::map<std::string, Counters> result;
    auto st = m_store.prepare(std::string("SELECT queue_id, ") + kCounterColumns + " FROM intervals WHERE start >= ?");
    st.bind(1, std::int64_t(from));
    while (st.step()) {
        Counters &total = result[st.text(0)];
        total = total + countersAt(st, 1);
    }
    return result;
}

bool StatsStore::hasQueue(const std::string &queueId)
{
    auto st = m_store.prepare("SELECT 1 FROM intervals WHERE queue_id = ? LIMIT 1");
    st.bind(1, queueId);
    return st.step();
}

void StatsStore::putInterval(const IntervalKey &key, const Counters &c)
{
    auto st = m_store.prepare(std::string("INSERT OR REPLACE INTO intervals (queue_id, start, ") + kCounterColumns
                              + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, key.first).bind(2, std::int64_t(key.second));
    st.bind(3, c.offered).bind(4, c.answered).bind(5, c.answeredWithin).bind(6, c.abandoned);
    st.bind(7, c.abandonedWithin).bind(8, c.shortAbandoned).bind(9, c.flowedOut).bind(10, c.removedWithin);
    st.bind(11, c.handled).bind(12, std::int64_t(c.answeredWaitMs)).bind(13, std::int64_t(c.handleMs));
    st.run();
}

std::vector<v1::Wallboard> StatsStore::wallboardsOf(const std::string &ownerUserId)
{
    std::vector<v1::Wallboard> boards;
    auto st = m_store.prepare("SELECT data FROM wallboards WHERE owner_user_id = ? ORDER BY name, id");
    st.bind(1, ownerUserId);
    while (st.step()) {
        boards.emplace_back();
        boards.back().ParseFromString(st.blob(0));
    }
    return boards;
}

std::optional<v1::Wallboard> StatsStore::wallboard(const std::string &id)
{
    auto st = m_store.prepare("SELECT data FROM wallboards WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    v1::Wallboard board;
    board.ParseFromString(st.blob(0));
    return board;
}

void StatsStore::putWallboard(const v1::Wallboard &board)
{
    auto st = m_store.prepare("INSERT OR REPLACE INTO wallboards (id, owner_user_id, name, data) VALUES (?, ?, ?, ?)");
    st.bind(1, board.id()).bind(2, board.owner_user_id()).bind(3, board.name()).bindBlob(4, board.SerializeAsString());
    st.run();
}

void StatsStore::deleteWallboard(const std::string &id)
{
    auto st = m_store.prepare("DELETE FROM wallboards WHERE id = ?");
    st.bind(1, id);
    st.run();
}

std::vector<v1::AlertRule> StatsStore::alertRules()
{
    std::vector<v1::AlertRule> rules;
    auto st = m_store.prepare("SELECT data FROM alert_rules ORDER BY name, id");
    while (st.step()) {
        rules.emplace_back();
        rules.back().ParseFromString(st.blob(0));
    }
    return rules;
}

std::optional<v1::AlertRule> StatsStore::alertRule(const std::string &id)
{
    auto st = m_store.prepare("SELECT data FROM alert_rules WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    v1::AlertRule rule;
    rule.ParseFromString(st.blob(0));
    return rule;
}

void StatsStore::putAlertRule(const v1::AlertRule &rule)
{
    auto st = m_store.prepare("INSERT OR REPLACE INTO alert_rules (id, name, data) VALUES (?, ?, ?)");
    st.bind(1, rule.id()).bind(2, rule.name()).bindBlob(3, rule.SerializeAsString());
    st.run();
}

void StatsStore::deleteAlertRule(const std::string &id)
{
    auto st = m_store.prepare("DELETE FROM alert_rules WHERE id = ?");
    st.bind(1, id);
    st.run();
}

} // namespace stats
