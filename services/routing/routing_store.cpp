#include "routing_store.h"

#include <sstream>

namespace routing {

namespace {

const char *const kInteractionColumns =
    "id, number, state, queue_id, channel, agent_user_id, priority_boost, enqueued_at, queued_at, offered_at, "
    "offer_expires_at, accepted_at, ended_at, wrap_up_ends_at, reserved_for, rejected_by, idempotency_key, data";

std::string joined(const std::vector<std::string> &ids)
{
    std::string out;
    for (const auto &id : ids)
        out += (out.empty() ? "" : " ") + id;
    return out;
}

std::vector<std::string> split(const std::string &text)
{
    std::vector<std::string> out;
    std::istringstream stream(text);
    for (std::string id; stream >> id;)
        out.push_back(id);
    return out;
}

bool isLive(InteractionState state)
{
    return state != InteractionState::Completed && state != InteractionState::Abandoned;
}

} // namespace

RoutingStore::RoutingStore(const std::string &path)
    : m_store(path, {
                        R"(CREATE TABLE agents (
                               user_id TEXT PRIMARY KEY, username TEXT NOT NULL, state INTEGER NOT NULL,
                               reason TEXT NOT NULL, state_since INTEGER NOT NULL, idle_since INTEGER NOT NULL,
                               loaded_channels INTEGER NOT NULL, pending_state INTEGER NOT NULL,
                               pending_reason TEXT NOT NULL, missed_offers INTEGER NOT NULL);
                           CREATE TABLE interactions (
                               id TEXT PRIMARY KEY, number INTEGER NOT NULL UNIQUE, state INTEGER NOT NULL,
                               live INTEGER NOT NULL, queue_id TEXT NOT NULL, channel INTEGER NOT NULL,
                               agent_user_id TEXT NOT NULL, priority_boost INTEGER NOT NULL,
                               enqueued_at INTEGER NOT NULL, queued_at INTEGER NOT NULL, offered_at INTEGER NOT NULL,
                               offer_expires_at INTEGER NOT NULL, accepted_at INTEGER NOT NULL,
                               ended_at INTEGER NOT NULL, wrap_up_ends_at INTEGER NOT NULL,
                               reserved_for TEXT NOT NULL, rejected_by TEXT NOT NULL,
                               idempotency_key TEXT UNIQUE, data BLOB NOT NULL);
                           CREATE INDEX interactions_live ON interactions(live);
                           CREATE TABLE config (
                               kind TEXT NOT NULL, id TEXT NOT NULL, data BLOB NOT NULL,
                               PRIMARY KEY (kind, id));)",
                        "ALTER TABLE agents ADD COLUMN last_change INTEGER NOT NULL DEFAULT 0;",
                        R"(CREATE TABLE audit (
                               seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, at_ms INTEGER NOT NULL,
                               actor_id TEXT NOT NULL, actor_name TEXT NOT NULL, action TEXT NOT NULL,
                               target TEXT NOT NULL, details TEXT NOT NULL);)",
                    })
{
}

void RoutingStore::saveInteraction(const StoredInteraction &i)
{
    auto statement = m_store.prepare(
        "INSERT OR REPLACE INTO interactions (id, number, state, live, queue_id, channel, agent_user_id, "
        "priority_boost, enqueued_at, queued_at, offered_at, offer_expires_at, accepted_at, ended_at, "
        "wrap_up_ends_at, reserved_for, rejected_by, idempotency_key, data) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)");
    statement.bind(1, i.id)
        .bind(2, std::int64_t(i.number))
        .bind(3, int(i.state))
        .bind(4, isLive(i.state) ? 1 : 0)
        .bind(5, i.queueId)
        .bind(6, int(i.channel))
        .bind(7, i.agentUserId)
        .bind(8, i.priorityBoost)
        .bind(9, i.enqueuedAt)
        .bind(10, i.queuedAt)
        .bind(11, i.offeredAt)
        .bind(12, i.offerExpiresAt)
        .bind(13, i.acceptedAt)
        .bind(14, i.endedAt)
        .bind(15, i.wrapUpEndsAt)
        .bind(16, i.reservedFor)
        .bind(17, joined(i.rejectedBy));
    if (i.idempotencyKey.empty())
        statement.bindNull(18);
    else
        statement.bind(18, i.idempotencyKey);
    statement.bindBlob(19, i.data);
    statement.run();
}

void RoutingStore::saveAgent(const StoredAgent &a)
{
    auto statement = m_store.prepare(
        "INSERT OR REPLACE INTO agents (user_id, username, state, reason, state_since, idle_since, "
        "loaded_channels, pending_state, pending_reason, missed_offers, last_change) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    statement.bind(1, a.userId)
        .bind(2, a.username)
        .bind(3, int(a.state))
        .bind(4, a.reason)
        .bind(5, a.stateSince)
        .bind(6, a.idleSince)
        .bind(7, int(a.loadedChannels))
        .bind(8, a.pendingState ? int(*a.pendingState) : -1)
        .bind(9, a.pendingReason)
        .bind(10, a.missedOffers)
        .bind(11, a.lastChange)
        .run();
}

void RoutingStore::saveConfig(const std::string &kind, const std::string &id, const std::string &data)
{
    if (data.empty()) {
        auto statement = m_store.prepare("DELETE FROM config WHERE kind = ?1 AND id = ?2");
        statement.bind(1, kind).bind(2, id).run();
        return;
    }
    auto statement = m_store.prepare("INSERT OR REPLACE INTO config (kind, id, data) VALUES (?1, ?2, ?3)");
    statement.bind(1, kind).bind(2, id).bindBlob(3, data).run();
}

void RoutingStore::saveAudit(const StoredAudit &e)
{
    auto statement = m_store.prepare(
        "INSERT OR IGNORE INTO audit (id, at_ms, actor_id, actor_name, action, target, details) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    statement.bind(1, e.id).bind(2, e.at).bind(3, e.actorId).bind(4, e.actorName).bind(5, e.action)
        .bind(6, e.target).bind(7, e.details).run();
}

std::vector<StoredAudit> RoutingStore::audits(int limit)
{
    return m_store.read([&] {
        auto statement = m_store.prepare(
            "SELECT id, at_ms, actor_id, actor_name, action, target, details FROM audit ORDER BY seq DESC LIMIT ?1");
        statement.bind(1, limit);
        std::vector<StoredAudit> out;
        while (statement.step())
            out.push_back({statement.text(0), statement.integer(1), statement.text(2), statement.text(3),
                           statement.text(4), statement.text(5), statement.text(6)});
        return out;
    });
}

std::vector<StoredAgent> RoutingStore::agents()
{
    return m_store.read([&] {
        auto statement = m_store.prepare(
            "SELECT user_id, username, state, reason, state_since, idle_since, loaded_channels, pending_state, "
            "pending_reason, missed_offers, last_change FROM agents ORDER BY user_id");
        std::vector<StoredAgent> out;
        while (statement.step()) {
            StoredAgent a;
            a.userId = statement.text(0);
            a.username = statement.text(1);
            a.state = AgentState(statement.integer(2));
            a.reason = statement.text(3);
            a.stateSince = statement.integer(4);
            a.idleSince = statement.integer(5);
            a.loadedChannels = ChannelMask(statement.integer(6));
            if (const auto pending = statement.integer(7); pending >= 0)
                a.pendingState = AgentState(pending);
            a.pendingReason = statement.text(8);
            a.missedOffers = int(statement.integer(9));
            a.lastChange = statement.integer(10);
            out.push_back(std::move(a));
        }
        return out;
    });
}

StoredInteraction RoutingStore::readInteraction(runtime::Statement &s)
{
    StoredInteraction i;
    i.id = s.text(0);
    i.number = std::uint64_t(s.integer(1));
    i.state = InteractionState(s.integer(2));
    i.queueId = s.text(3);
    i.channel = Channel(s.integer(4));
    i.agentUserId = s.text(5);
    i.priorityBoost = int(s.integer(6));
    i.enqueuedAt = s.integer(7);
    i.queuedAt = s.integer(8);
    i.offeredAt = s.integer(9);
    i.offerExpiresAt = s.integer(10);
    i.acceptedAt = s.integer(11);
    i.endedAt = s.integer(12);
    i.wrapUpEndsAt = s.integer(13);
    i.reservedFor = s.text(14);
    i.rejectedBy = split(s.text(15));
    i.idempotencyKey = s.isNull(16) ? std::string() : s.text(16);
    i.data = s.blob(17);
    return i;
}

std::vector<StoredInteraction> RoutingStore::liveInteractions()
{
    return m_store.read([&] {
        auto statement = m_store.prepare(std::string("SELECT ") + kInteractionColumns
                                         + " FROM interactions WHERE live = 1 ORDER BY number");
        std::vector<StoredInteraction> out;
        while (statement.step())
            out.push_back(readInteraction(statement));
        return out;
    });
}

std::optional<StoredInteraction> RoutingStore::interaction(const std::string &id)
{
    return m_store.read([&]() -> std::optional<StoredInteraction> {
        auto statement = m_store.prepare(std::string("SELECT ") + kInteractionColumns + " FROM interactions WHERE id = ?1");
        statement.bind(1, id);
        if (!statement.step())
            return std::nullopt;
        return readInteraction(statement);
    });
}

std::optional<StoredInteraction> RoutingStore::interactionByIdempotencyKey(const std::string &key)
{
    return m_store.read([&]() -> std::optional<StoredInteraction> {
        auto statement = m_store.prepare(std::string("SELECT ") + kInteractionColumns
                                         + " FROM interactions WHERE idempotency_key = ?1");
        statement.bind(1, key);
        if (!statement.step())
            return std::nullopt;
        return readInteraction(statement);
    });
}

std::vector<std::pair<std::string, std::string>> RoutingStore::config(const std::string &kind)
{
    return m_store.read([&] {
        auto statement = m_store.prepare("SELECT id, data FROM config WHERE kind = ?1 ORDER BY id");
        statement.bind(1, kind);
        std::vector<std::pair<std::string, std::string>> out;
        while (statement.step())
            out.emplace_back(statement.text(0), statement.blob(1));
        return out;
    });
}

std::uint64_t RoutingStore::maxInteractionNumber()
{
    return m_store.read([&] {
        auto statement = m_store.prepare("SELECT COALESCE(MAX(number), 0) FROM interactions");
        statement.step();
        return std::uint64_t(statement.integer(0));
    });
}

} // namespace routing
