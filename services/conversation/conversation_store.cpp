#include "conversation_store.h"

#include "conversation_text.h"

#include <google/protobuf/util/time_util.h>

#include <map>

namespace conversation {

namespace v1 = switchboard::v1;
using google::protobuf::util::TimeUtil;

namespace {

std::int64_t ms(const google::protobuf::Timestamp &t)
{
    return TimeUtil::TimestampToMilliseconds(t);
}

google::protobuf::Timestamp timestamp(std::int64_t ms)
{
    return TimeUtil::MillisecondsToTimestamp(ms);
}

const std::vector<std::string> &migrations()
{
    static const std::vector<std::string> list = {
        R"(CREATE TABLE interactions (
               id TEXT PRIMARY KEY, channel INTEGER NOT NULL, queue_id TEXT NOT NULL,
               customer_id TEXT NOT NULL, customer_name TEXT NOT NULL, customer_address TEXT NOT NULL,
               subject TEXT NOT NULL, agent_user_id TEXT NOT NULL, state INTEGER NOT NULL,
               started_at_ms INTEGER NOT NULL, accepted_at_ms INTEGER NOT NULL, ended_at_ms INTEGER NOT NULL,
               wrap_up_code_id TEXT NOT NULL, email_to TEXT NOT NULL, email_cc TEXT NOT NULL,
               routing_version INTEGER NOT NULL);
           CREATE INDEX interactions_customer ON interactions(customer_id, started_at_ms);
           CREATE TABLE messages (
               id TEXT PRIMARY KEY, interaction_id TEXT NOT NULL REFERENCES interactions(id),
               idx INTEGER NOT NULL, direction INTEGER NOT NULL, author_id TEXT NOT NULL,
               author_name TEXT NOT NULL, text TEXT NOT NULL, sent_at_ms INTEGER NOT NULL,
               delivery INTEGER NOT NULL, subject TEXT NOT NULL, quoted_text TEXT NOT NULL,
               client_message_id TEXT NOT NULL,
               UNIQUE (interaction_id, idx));
           CREATE UNIQUE INDEX messages_client_id ON messages(interaction_id, client_message_id)
               WHERE client_message_id != '';
           CREATE TABLE message_recipients (
               message_id TEXT NOT NULL REFERENCES messages(id), kind TEXT NOT NULL CHECK (kind IN ('to', 'cc')),
               position INTEGER NOT NULL, address TEXT NOT NULL, PRIMARY KEY (message_id, kind, position));
           CREATE TABLE message_attachments (
               message_id TEXT NOT NULL REFERENCES messages(id), position INTEGER NOT NULL,
               name TEXT NOT NULL, mime_type TEXT NOT NULL, size_bytes INTEGER NOT NULL,
               PRIMARY KEY (message_id, position));
           CREATE TABLE calls (
               interaction_id TEXT PRIMARY KEY REFERENCES interactions(id), state INTEGER NOT NULL,
               version INTEGER NOT NULL, hold_started_ms INTEGER NOT NULL, hold_ms_total INTEGER NOT NULL,
               document BLOB NOT NULL);
           CREATE TABLE monitors (
               interaction_id TEXT NOT NULL REFERENCES interactions(id), user_id TEXT NOT NULL,
               username TEXT NOT NULL, barged INTEGER NOT NULL, started_at_ms INTEGER NOT NULL,
               PRIMARY KEY (interaction_id, user_id));
           CREATE TABLE audit (
               seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, at_ms INTEGER NOT NULL,
               actor_id TEXT NOT NULL, actor_name TEXT NOT NULL, action TEXT NOT NULL,
               target TEXT NOT NULL, details TEXT NOT NULL);)",
    };
    return list;
}

constexpr const char *MessageColumns =
    "id, interaction_id, idx, direction, author_id, author_name, text, sent_at_ms, delivery, subject, "
    "quoted_text, client_message_id";

v1::Message readMessage(const runtime::Statement &s)
{
    v1::Message m;
    m.set_id(s.text(0));
    m.set_interaction_id(s.text(1));
    m.set_index(s.integer(2));
    m.set_direction(v1::MessageDirection(s.integer(3)));
    m.mutable_author()->set_user_id(s.text(4));
    m.mutable_author()->set_username(s.text(5));
    m.set_text(s.text(6));
    *m.mutable_sent_at() = timestamp(s.integer(7));
    m.set_delivery(v1::DeliveryState(s.integer(8)));
    m.set_subject(s.text(9));
    m.set_quoted_text(s.text(10));
    m.set_client_message_id(s.text(11));
    return m;
}

} // namespace

Store::Store(const std::string &path) : m_store(path, migrations()) {}

std::optional<v1::Interaction> Store::interaction(const std::string &id)
{
    auto s = m_store.prepare(
        "SELECT id, channel, queue_id, customer_id, customer_name, customer_address, subject, agent_user_id, "
        "state, started_at_ms, accepted_at_ms, ended_at_ms, wrap_up_code_id, email_to, email_cc, routing_version "
        "FROM interactions WHERE id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    v1::Interaction i;
    i.set_id(s.text(0));
    i.set_channel(v1::Channel(s.integer(1)));
    i.set_queue_id(s.text(2));
    i.mutable_customer()->set_id(s.text(3));
    i.mutable_customer()->set_display_name(s.text(4));
    i.mutable_customer()->set_address(s.text(5));
    i.set_subject(s.text(6));
    i.set_agent_user_id(s.text(7));
    i.set_state(v1::InteractionState(s.integer(8)));
    if (s.integer(9))
        *i.mutable_enqueued_at() = timestamp(s.integer(9));
    if (s.integer(10))
        *i.mutable_accepted_at() = timestamp(s.integer(10));
    if (s.integer(11))
        *i.mutable_ended_at() = timestamp(s.integer(11));
    i.set_wrap_up_code_id(s.text(12));
    if (!s.text(13).empty())
        (*i.mutable_attributes())[EmailToAttribute] = s.text(13);
    if (!s.text(14).empty())
        (*i.mutable_attributes())[EmailCcAttribute] = s.text(14);
    i.set_version(s.integer(15));
    return i;
}

void Store::putInteraction(const v1::Interaction &i)
{
    auto attribute = [&](const char *key) {
        const auto it = i.attributes().find(key);
        return it == i.attributes().end() ? std::string() : it->second;
    };
    auto s = m_store.prepare(
        "INSERT INTO interactions(id, channel, queue_id, customer_id, customer_name, customer_address, subject, "
        "agent_user_id, state, started_at_ms, accepted_at_ms, ended_at_ms, wrap_up_code_id, email_to, email_cc, "
        "routing_version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) "
        "ON CONFLICT(id) DO UPDATE SET channel = ?2, queue_id = ?3, customer_id = ?4, customer_name = ?5, "
        "customer_address = ?6, subject = ?7, agent_user_id = ?8, state = ?9, started_at_ms = ?10, "
        "accepted_at_ms = ?11, ended_at_ms = ?12, wrap_up_code_id = ?13, email_to = ?14, email_cc = ?15, "
        "routing_version = ?16");
    s.bind(1, i.id())
        .bind(2, int(i.channel()))
        .bind(3, i.queue_id())
        .bind(4, i.customer().id())
        .bind(5, i.customer().display_name())
        .bind(6, i.customer().address())
        .bind(7, i.subject())
        .bind(8, i.agent_user_id())
        .bind(9, int(i.state()))
        .bind(10, i.has_enqueued_at() ? ms(i.enqueued_at()) : std::int64_t(0))
        .bind(11, i.has_accepted_at() ? ms(i.accepted_at()) : std::int64_t(0))
        .bind(12, i.has_ended_at() ? ms(i.ended_at()) : std::int64_t(0))
        .bind(13, i.wrap_up_code_id())
        .bind(14, attribute(EmailToAttribute))
        .bind(15, attribute(EmailCcAttribute))
        .bind(16, i.version());
    s.run();
}

std::vector<v1::HistoryEntry> Store::history(const std::string &customerId, int limit)
{
    auto s = m_store.prepare(
        "SELECT i.id, i.channel, i.queue_id, i.agent_user_id, i.started_at_ms, i.ended_at_ms, i.wrap_up_code_id, "
        "i.subject, (SELECT m.text FROM messages m WHERE m.interaction_id = i.id AND m.direction = 1 "
        "ORDER BY m.idx LIMIT 1) FROM interactions i WHERE i.customer_id = ?1 "
        "ORDER BY i.started_at_ms DESC, i.rowid DESC LIMIT ?2");
    s.bind(1, customerId).bind(2, limit);
    std::vector<v1::HistoryEntry> entries;
    while (s.step()) {
        v1::HistoryEntry e;
        e.set_interaction_id(s.text(0));
        e.set_channel(v1::Channel(s.integer(1)));
        e.set_queue_id(s.text(2));
        e.set_agent_user_id(s.text(3));
        if (s.integer(4))
            *e.mutable_started_at() = timestamp(s.integer(4));
        if (s.integer(5))
            *e.mutable_ended_at() = timestamp(s.integer(5));
        e.set_wrap_up_code_id(s.text(6));
        std::string summary = trimmed(s.text(7));
        if (summary.empty() && !s.isNull(8))
            summary = trimmed(s.text(8));
        if (summary.empty() && e.channel() == v1::CHANNEL_VOICE)
            summary = "Voice call";
        e.set_summary(truncated(summary, 80));
        entries.push_back(std::move(e));
    }
    return entries;
}

std::vector<v1::Message> Store::selectMessages(const std::string &where, const std::string &interactionId,
                                               std::int64_t number)
{
    auto s = m_store.prepare(std::string("SELECT ") + MessageColumns + " FROM messages WHERE " + where);
    s.bind(1, interactionId).bind(2, number);
    std::vector<v1::Message> out;
    while (s.step())
        out.push_back(readMessage(s));
    loadDetails(out);
    return out;
}

void Store::loadDetails(std::vector<v1::Message> &messages)
{
    if (messages.empty())
        return;
    std::map<std::string, v1::Message *> byId;
    for (auto &m : messages)
        byId[m.id()] = &m;
    // One query per child table for the whole batch of one interaction.
    const std::string &interactionId = messages.front().interaction_id();
    auto r = m_store.prepare(
        "SELECT r.message_id, r.kind, r.address FROM message_recipients r JOIN messages m ON m.id = r.message_id "
        "WHERE m.interaction_id = ?1 AND m.idx >= ?2 ORDER BY r.message_id, r.kind, r.position");
    r.bind(1, interactionId).bind(2, messages.front().index());
    while (r.step()) {
        const auto it = byId.find(r.text(0));
        if (it == byId.end())
            continue;
        if (r.text(1) == "to")
            it->second->add_to(r.text(2));
        else
            it->second->add_cc(r.text(2));
    }
    auto a = m_store.prepare(
        "SELECT a.message_id, a.name, a.mime_type, a.size_bytes FROM message_attachments a "
        "JOIN messages m ON m.id = a.message_id WHERE m.interaction_id = ?1 AND m.idx >= ?2 "
        "ORDER BY a.message_id, a.position");
    a.bind(1, interactionId).bind(2, messages.front().index());
    while (a.step()) {
        const auto it = byId.find(a.text(0));
        if (it == byId.end())
            continue;
        auto *attachment = it->second->add_attachments();
        attachment->set_name(a.text(1));
        attachment->set_mime_type(a.text(2));
        attachment->set_size_bytes(a.integer(3));
    }
}

std::vector<v1::Message> Store::messages(const std::string &interactionId, std::int64_t fromIndex, bool withWhispers)
{
    return selectMessages(std::string("interaction_id = ?1 AND idx >= ?2")
                              + (withWhispers ? "" : " AND direction != 3") + " ORDER BY idx",
                          interactionId, fromIndex);
}

std::optional<v1::Message> Store::messageByClientId(const std::string &interactionId, const std::string &clientMessageId)
{
    auto s = m_store.prepare(std::string("SELECT idx FROM messages WHERE interaction_id = ?1 AND client_message_id = ?2"));
    s.bind(1, interactionId).bind(2, clientMessageId);
    if (!s.step())
        return std::nullopt;
    auto found = selectMessages("interaction_id = ?1 AND idx = ?2", interactionId, s.integer(0));
    return found.empty() ? std::nullopt : std::optional(found.front());
}

std::optional<v1::Message> Store::lastInbound(const std::string &interactionId)
{
    auto s = m_store.prepare("SELECT MAX(idx) FROM messages WHERE interaction_id = ?1 AND direction = ?2");
    s.bind(1, interactionId).bind(2, int(v1::MESSAGE_DIRECTION_INBOUND));
    if (!s.step() || s.isNull(0))
        return std::nullopt;
    auto found = selectMessages("interaction_id = ?1 AND idx = ?2", interactionId, s.integer(0));
    return found.empty() ? std::nullopt : std::optional(found.front());
}

v1::Message Store::addMessage(v1::Message m)
{
    auto next = m_store.prepare("SELECT COALESCE(MAX(idx) + 1, 0) FROM messages WHERE interaction_id = ?1");
    next.bind(1, m.interaction_id());
    next.step();
    m.set_index(next.integer(0));
    m.set_id(runtime::newId("msg"));
    auto s = m_store.prepare(std::string("INSERT INTO messages(") + MessageColumns
                             + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    s.bind(1, m.id())
        .bind(2, m.interaction_id())
        .bind(3, m.index())
        .bind(4, int(m.direction()))
        .bind(5, m.author().user_id())
        .bind(6, m.author().username())
        .bind(7, m.text())
        .bind(8, ms(m.sent_at()))
        .bind(9, int(m.delivery()))
        .bind(10, m.subject())
        .bind(11, m.quoted_text())
        .bind(12, m.client_message_id());
    s.run();
    auto recipient = m_store.prepare(
        "INSERT INTO message_recipients(message_id, kind, position, address) VALUES (?1, ?2, ?3, ?4)");
    for (int i = 0; i < m.to_size(); ++i) {
        recipient.reset();
        recipient.bind(1, m.id()).bind(2, "to").bind(3, i).bind(4, m.to(i));
        recipient.run();
    }
    for (int i = 0; i < m.cc_size(); ++i) {
        recipient.reset();
        recipient.bind(1, m.id()).bind(2, "cc").bind(3, i).bind(4, m.cc(i));
        recipient.run();
    }
    auto attachment = m_store.prepare(
        "INSERT INTO message_attachments(message_id, position, name, mime_type, size_bytes) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (int i = 0; i < m.attachments_size(); ++i) {
        attachment.reset();
        const auto &a = m.attachments(i);
        attachment.bind(1, m.id()).bind(2, i).bind(3, a.name()).bind(4, a.mime_type()).bind(5, a.size_bytes());
        attachment.run();
    }
    return m;
}

std::vector<v1::Message> Store::advanceDelivery(const std::string &interactionId, v1::DeliveryState target)
{
    auto pending = m_store.prepare(
        "SELECT idx FROM messages WHERE interaction_id = ?1 AND direction = 2 AND delivery < ?2 AND delivery != 4 "
        "ORDER BY idx");
    pending.bind(1, interactionId).bind(2, int(target));
    std::vector<std::int64_t> indexes;
    while (pending.step())
        indexes.push_back(pending.integer(0));
    if (indexes.empty())
        return {};
    auto update = m_store.prepare(
        "UPDATE messages SET delivery = ?2 WHERE interaction_id = ?1 AND direction = 2 AND delivery < ?2 "
        "AND delivery != 4");
    update.bind(1, interactionId).bind(2, int(target));
    update.run();
    return selectMessages("interaction_id = ?1 AND idx >= ?2 AND direction = 2 ORDER BY idx", interactionId,
                          indexes.front());
}

std::optional<CallRecord> Store::call(const std::string &interactionId)
{
    auto s = m_store.prepare(
        "SELECT hold_started_ms, hold_ms_total, document FROM calls WHERE interaction_id = ?1");
    s.bind(1, interactionId);
    if (!s.step())
        return std::nullopt;
    CallRecord r;
    r.holdStartedMs = s.integer(0);
    r.holdMsTotal = s.integer(1);
    r.call.ParseFromString(s.blob(2));
    return r;
}

void Store::putCall(const CallRecord &r)
{
    auto s = m_store.prepare(
        "INSERT INTO calls(interaction_id, state, version, hold_started_ms, hold_ms_total, document) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(interaction_id) DO UPDATE SET state = ?2, version = ?3, "
        "hold_started_ms = ?4, hold_ms_total = ?5, document = ?6");
    s.bind(1, r.call.interaction_id())
        .bind(2, int(r.call.state()))
        .bind(3, r.call.version())
        .bind(4, r.holdStartedMs)
        .bind(5, r.holdMsTotal)
        .bindBlob(6, r.call.SerializeAsString());
    s.run();
}

std::vector<Monitor> Store::monitors(const std::string &interactionId)
{
    auto s = m_store.prepare(
        "SELECT user_id, username, barged FROM monitors WHERE interaction_id = ?1 ORDER BY started_at_ms, user_id");
    s.bind(1, interactionId);
    std::vector<Monitor> out;
    while (s.step())
        out.push_back({s.text(0), s.text(1), s.integer(2) != 0});
    return out;
}

void Store::putMonitor(const std::string &interactionId, const Monitor &monitor)
{
    auto s = m_store.prepare(
        "INSERT INTO monitors(interaction_id, user_id, username, barged, started_at_ms) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(interaction_id, user_id) DO UPDATE SET username = ?3, barged = MAX(barged, ?4)");
    s.bind(1, interactionId).bind(2, monitor.userId).bind(3, monitor.username).bind(4, int(monitor.barged)).bind(5, runtime::nowMs());
    s.run();
}

v1::AuditEntry Store::audit(const v1::Actor &actor, const std::string &action, const std::string &target,
                            const std::string &details)
{
    v1::AuditEntry entry;
    entry.set_id(runtime::newId("audit"));
    const std::int64_t now = runtime::nowMs();
    *entry.mutable_at() = timestamp(now);
    *entry.mutable_actor() = actor;
    entry.set_service("conversation");
    entry.set_action(action);
    entry.set_target(target);
    entry.set_details(details);
    auto s = m_store.prepare(
        "INSERT INTO audit(id, at_ms, actor_id, actor_name, action, target, details) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    s.bind(1, entry.id()).bind(2, now).bind(3, actor.user_id()).bind(4, actor.username()).bind(5, action)
        .bind(6, target).bind(7, details);
    s.run();
    return entry;
}

} // namespace conversation
