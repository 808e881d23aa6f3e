#include "directory_entity_store.h"

#include <algorithm>
#include <cctype>

namespace directory {

namespace {
std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}
} // namespace

EntityStore::EntityStore(const std::string &path)
    : m_store(path, {
                        R"(CREATE TABLE entities (
                               kind TEXT NOT NULL, id TEXT NOT NULL, name_key TEXT NOT NULL,
                               version INTEGER NOT NULL, document BLOB NOT NULL,
                               PRIMARY KEY (kind, id));
                           CREATE INDEX entities_name ON entities(kind, name_key);
                           CREATE TABLE audit (
                               seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, at_ms INTEGER NOT NULL,
                               actor_id TEXT, actor_name TEXT, action TEXT NOT NULL,
                               target TEXT, details TEXT);)",
                        // The one searchable audit log: other services' entries come in
                        // from the bus with their own ids and service.
                        R"(ALTER TABLE audit ADD COLUMN service TEXT NOT NULL DEFAULT 'directory';
                           CREATE UNIQUE INDEX audit_id ON audit(id);)",
                    })
{
}

std::vector<std::string> EntityStore::list(const std::string &kind)
{
    auto statement = m_store.prepare("SELECT document FROM entities WHERE kind = ?1 ORDER BY name_key");
    statement.bind(1, kind);
    std::vector<std::string> documents;
    while (statement.step())
        documents.push_back(statement.blob(0));
    return documents;
}

std::optional<std::string> EntityStore::get(const std::string &kind, const std::string &id)
{
    auto statement = m_store.prepare("SELECT document FROM entities WHERE kind = ?1 AND id = ?2");
    statement.bind(1, kind).bind(2, id);
    if (!statement.step())
        return std::nullopt;
    return statement.blob(0);
}

bool EntityStore::nameTaken(const std::string &kind, const std::string &name, const std::string &exceptId)
{
    auto statement = m_store.prepare("SELECT 1 FROM entities WHERE kind = ?1 AND name_key = ?2 AND id != ?3");
    statement.bind(1, kind).bind(2, lower(name)).bind(3, exceptId);
    return statement.step();
}

void EntityStore::put(const std::string &kind, const std::string &id, const std::string &name, std::int64_t version,
                      const google::protobuf::Message &document)
{
    auto statement = m_store.prepare(
        "INSERT INTO entities(kind, id, name_key, version, document) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT(kind, id) DO UPDATE SET name_key = ?3, version = ?4, document = ?5");
    statement.bind(1, kind).bind(2, id).bind(3, lower(name)).bind(4, version).bindBlob(5, document.SerializeAsString());
    statement.run();
}

void EntityStore::remove(const std::string &kind, const std::string &id)
{
    auto statement = m_store.prepare("DELETE FROM entities WHERE kind = ?1 AND id = ?2");
    statement.bind(1, kind).bind(2, id);
    statement.run();
}

void EntityStore::audit(const std::string &actorId, const std::string &actorName, const std::string &action,
                        const std::string &target, const std::string &details)
{
    auto statement = m_store.prepare(
        "INSERT INTO audit(id, at_ms, actor_id, actor_name, action, target, details) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    statement.bind(1, runtime::newId("audit"))
        .bind(2, runtime::nowMs())
        .bind(3, actorId)
        .bind(4, actorName)
        .bind(5, action)
        .bind(6, target)
        .bind(7, details);
    statement.run();
}

std::string EntityStore::lastChangedBy(const std::string &target)
{
    auto statement = m_store.prepare("SELECT actor_name FROM audit WHERE target = ?1 ORDER BY seq DESC LIMIT 1");
    statement.bind(1, target);
    return statement.step() ? statement.text(0) : std::string();
}

void EntityStore::addForeignAudit(const ForeignAudit &e)
{
    auto statement = m_store.prepare(
        "INSERT OR IGNORE INTO audit(id, at_ms, actor_id, actor_name, action, target, details, service) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    statement.bind(1, e.id)
        .bind(2, e.atMs)
        .bind(3, e.actorId)
        .bind(4, e.actorName)
        .bind(5, e.action)
        .bind(6, e.target)
        .bind(7, e.details)
        .bind(8, e.service);
    statement.run();
}

} // namespace directory
