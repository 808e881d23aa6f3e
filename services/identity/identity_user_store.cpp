#include "identity_user_store.h"

#include "runtime_store.h"

#include <algorithm>
#include <cctype>

namespace identity {

namespace {

const std::vector<std::string> Migrations = {
    // 1: users, sessions, signing keys.
    R"(
CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL DEFAULT '',
    roles         TEXT NOT NULL DEFAULT '',
    password_hash TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0,
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    INTEGER NOT NULL
);
-- user_id is not a foreign key: the sessions of a deleted user stay (revoked) until
-- they expire, so that their revocation survives a restart.
CREATE TABLE sessions (
    id                 TEXT PRIMARY KEY,
    user_id            TEXT NOT NULL,
    refresh_hash       TEXT NOT NULL UNIQUE,   -- hex sha256 of the refresh token, never the token
    refresh_expires_at INTEGER NOT NULL,
    access_expires_at  INTEGER NOT NULL,
    revoked_at         INTEGER,
    client_name        TEXT NOT NULL DEFAULT '',
    created_at         INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions(user_id);
CREATE INDEX sessions_revoked ON sessions(revoked_at) WHERE revoked_at IS NOT NULL;
CREATE TABLE signing_keys (
    key_id        TEXT PRIMARY KEY,
    private_bytes BLOB NOT NULL,
    created_at    INTEGER NOT NULL,
    active        INTEGER NOT NULL DEFAULT 0
);
)",
};

constexpr const char *UserColumns =
    "id, username, display_name, roles, password_hash, disabled, version, created_at";
constexpr const char *SessionColumns =
    "id, user_id, refresh_expires_at, access_expires_at, revoked_at, client_name, created_at";

UserRecord readUser(const runtime::Statement &row)
{
    UserRecord user;
    user.id = row.text(0);
    user.username = row.text(1);
    user.displayName = row.text(2);
    user.roles = decodeRoles(row.text(3));
    user.passwordHash = row.text(4);
    user.disabled = row.integer(5) != 0;
    user.version = row.integer(6);
    user.createdAtMs = row.integer(7);
    return user;
}

SessionRecord readSession(const runtime::Statement &row)
{
    SessionRecord session;
    session.id = row.text(0);
    session.userId = row.text(1);
    session.refreshExpiresAtMs = row.integer(2);
    session.accessExpiresAtMs = row.integer(3);
    session.revokedAtMs = row.isNull(4) ? 0 : row.integer(4);
    session.clientName = row.text(5);
    session.createdAtMs = row.integer(6);
    return session;
}

std::optional<UserRecord> selectUser(runtime::Store &store, const std::string &id)
{
    auto statement = store.prepare(std::string("SELECT ") + UserColumns + " FROM users WHERE id = ?");
    statement.bind(1, id);
    if (!statement.step())
        return std::nullopt;
    return readUser(statement);
}

std::vector<SessionRecord> selectSessions(runtime::Store &store, const std::string &where,
                                          const std::vector<std::string> &args)
{
    auto statement = store.prepare(std::string("SELECT ") + SessionColumns + " FROM sessions WHERE " + where);
    for (size_t i = 0; i < args.size(); ++i)
        statement.bind(int(i + 1), args[i]);
    std::vector<SessionRecord> sessions;
    while (statement.step())
        sessions.push_back(readSession(statement));
    return sessions;
}

} // namespace

bool UserRecord::hasRole(int role) const
{
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

std::string lowerCase(std::string text)
{
    for (char &c : text)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

std::string encodeRoles(const std::vector<int> &roles)
{
    std::string text;
    for (int role : roles) {
        if (!text.empty())
            text += ',';
        text += std::to_string(role);
    }
    return text;
}

std::vector<int> decodeRoles(const std::string &text)
{
    std::vector<int> roles;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find(',', start);
        if (end == std::string::npos)
            end = text.size();
        try {
            roles.push_back(std::stoi(text.substr(start, end - start)));
        } catch (const std::exception &) {
            // A malformed entry grants nothing.
        }
        start = end + 1;
    }
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    return roles;
}

UserStore::UserStore(const std::string &path)
    : m_store(std::make_unique<runtime::Store>(path, Migrations))
{
    m_store->read([&] {
        auto statement = m_store->prepare(std::string("SELECT ") + UserColumns + " FROM users");
        while (statement.step())
            cacheUser(readUser(statement));
    });
}

UserStore::~UserStore() = default;

void UserStore::cacheUser(const UserRecord &user)
{
    std::unique_lock lock(m_cacheMutex);
    auto it = m_byId.find(user.id);
    if (it != m_byId.end())
        m_idByLowerName.erase(lowerCase(it->second.username));
    m_byId[user.id] = user;
    m_idByLowerName[lowerCase(user.username)] = user.id;
}

void UserStore::uncacheUser(const std::string &id)
{
    std::unique_lock lock(m_cacheMutex);
    auto it = m_byId.find(id);
    if (it == m_byId.end())
        return;
    m_idByLowerName.erase(lowerCase(it->second.username));
    m_byId.erase(it);
}

bool UserStore::hasUsers() const
{
    std::shared_lock lock(m_cacheMutex);
    return !m_byId.empty();
}

std::optional<UserRecord> UserStore::userById(const std::string &id) const
{
    std::shared_lock lock(m_cacheMutex);
    auto it = m_byId.find(id);
    if (it == m_byId.end())
        return std::nullopt;
    return it->second;
}

std::optional<UserRecord> UserStore::userByUsername(const std::string &username) const
{
    std::shared_lock lock(m_cacheMutex);
    auto it = m_idByLowerName.find(lowerCase(username));
    if (it == m_idByLowerName.end())
        return std::nullopt;
    return m_byId.at(it->second);
}

std::vector<UserRecord> UserStore::users() const
{
    std::shared_lock lock(m_cacheMutex);
    std::vector<UserRecord> result;
    result.reserve(m_byId.size());
    for (const auto &[lowerName, id] : m_idByLowerName)
        result.push_back(m_byId.at(id));
    return result;
}

std::optional<UserRecord> UserStore::createUser(const std::string &username, const std::string &displayName,
                                                const std::vector<int> &roles,
                                                const std::string &passwordHash)
{
    std::lock_guard writer(m_writeMutex);
    UserRecord user;
    user.id = runtime::newId("u");
    user.username = username;
    user.displayName = displayName;
    user.roles = decodeRoles(encodeRoles(roles));   // sorted, without duplicates
    user.passwordHash = passwordHash;
    user.version = 1;
    user.createdAtMs = runtime::nowMs();

    const bool created = m_store->transaction([&] {
        auto existing = m_store->prepare("SELECT 1 FROM users WHERE username = ?");
        existing.bind(1, username);
        if (existing.step())
            return false;
        m_store->prepare("INSERT INTO users (id, username, display_name, roles, password_hash, disabled,"
                         " version, created_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)")
            .bind(1, user.id)
            .bind(2, user.username)
            .bind(3, user.displayName)
            .bind(4, encodeRoles(user.roles))
            .bind(5, user.passwordHash)
            .bind(6, user.version)
            .bind(7, user.createdAtMs)
            .run();
        return true;
    });
    if (!created)
        return std::nullopt;
    cacheUser(user);
    return user;
}

UserStore::Outcome UserStore::updateUser(const std::string &id, std::int64_t expectedVersion,
                                         const std::string &displayName, const std::vector<int> &roles,
                                         bool disabled, UserRecord *user)
{
    std::lock_guard writer(m_writeMutex);
    const Outcome outcome = m_store->transaction([&] {
        auto current = selectUser(*m_store, id);
        if (!current)
            return Outcome::NotFound;
        if (expectedVersion != 0 && current->version != expectedVersion) {
            *user = *current;
            return Outcome::VersionMismatch;
        }
        *user = *current;
        user->displayName = displayName;
        user->roles = decodeRoles(encodeRoles(roles));
        user->disabled = disabled;
        user->version = current->version + 1;
        m_store->prepare("UPDATE users SET display_name = ?, roles = ?, disabled = ?, version = ? WHERE id = ?")
            .bind(1, user->displayName)
            .bind(2, encodeRoles(user->roles))
            .bind(3, user->disabled ? 1 : 0)
            .bind(4, user->version)
            .bind(5, id)
            .run();
        return Outcome::Done;
    });
    if (outcome == Outcome::Done)
        cacheUser(*user);
    return outcome;
}

UserStore::Outcome UserStore::setPasswordHash(const std::string &id, const std::string &passwordHash,
                                              UserRecord *user)
{
    std::lock_guard writer(m_writeMutex);
    const Outcome outcome = m_store->transaction([&] {
        auto current = selectUser(*m_store, id);
        if (!current)
            return Outcome::NotFound;
        *user = *current;
        user->passwordHash = passwordHash;
        user->version = current->version + 1;
        m_store->prepare("UPDATE users SET password_hash = ?, version = ? WHERE id = ?")
            .bind(1, passwordHash)
            .bind(2, user->version)
            .bind(3, id)
            .run();
        return Outcome::Done;
    });
    if (outcome == Outcome::Done)
        cacheUser(*user);
    return outcome;
}

UserStore::Outcome UserStore::deleteUser(const std::string &id, std::int64_t expectedVersion,
                                         UserRecord *user, std::vector<SessionRecord> *revoked)
{
    std::lock_guard writer(m_writeMutex);
    const std::int64_t now = runtime::nowMs();
    const Outcome outcome = m_store->transaction([&] {
        auto current = selectUser(*m_store, id);
        if (!current)
            return Outcome::NotFound;
        *user = *current;
        if (expectedVersion != 0 && current->version != expectedVersion)
            return Outcome::VersionMismatch;
        *revoked = selectSessions(*m_store, "user_id = ? AND revoked_at IS NULL", {id});
        m_store->prepare("UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")
            .bind(1, now)
            .bind(2, id)
            .run();
        m_store->prepare("DELETE FROM users WHERE id = ?").bind(1, id).run();
        return Outcome::Done;
    });
    if (outcome == Outcome::Done) {
        for (SessionRecord &session : *revoked)
            session.revokedAtMs = now;
        uncacheUser(id);
    }
    return outcome;
}

SessionRecord UserStore::createSession(const std::string &userId, const std::string &refreshHash,
                                       std::int64_t refreshExpiresAtMs, std::int64_t accessExpiresAtMs,
                                       const std::string &clientName)
{
    SessionRecord session;
    session.id = runtime::newId("s");
    session.userId = userId;
    session.refreshExpiresAtMs = refreshExpiresAtMs;
    session.accessExpiresAtMs = accessExpiresAtMs;
    session.clientName = clientName;
    session.createdAtMs = runtime::nowMs();
    m_store->transaction([&] {
        m_store->prepare("INSERT INTO sessions (id, user_id, refresh_hash, refresh_expires_at,"
                         " access_expires_at, revoked_at, client_name, created_at)"
                         " VALUES (?, ?, ?, ?, ?, NULL, ?, ?)")
            .bind(1, session.id)
            .bind(2, userId)
            .bind(3, refreshHash)
            .bind(4, refreshExpiresAtMs)
            .bind(5, accessExpiresAtMs)
            .bind(6, clientName)
            .bind(7, session.createdAtMs)
            .run();
    });
    return session;
}

std::optional<SessionRecord> UserStore::sessionByRefreshHash(const std::string &refreshHash) const
{
    return m_store->read([&]() -> std::optional<SessionRecord> {
        auto sessions = selectSessions(*m_store, "refresh_hash = ?", {refreshHash});
        if (sessions.empty())
            return std::nullopt;
        return sessions.front();
    });
}

std::optional<SessionRecord> UserStore::sessionById(const std::string &id) const
{
    return m_store->read([&]() -> std::optional<SessionRecord> {
        auto sessions = selectSessions(*m_store, "id = ?", {id});
        if (sessions.empty())
            return std::nullopt;
        return sessions.front();
    });
}

bool UserStore::rotateRefreshToken(const std::string &sessionId, const std::string &oldHash,
                                   const std::string &newHash, std::int64_t refreshExpiresAtMs,
                                   std::int64_t accessExpiresAtMs)
{
    return m_store->transaction([&] {
        m_store->prepare("UPDATE sessions SET refresh_hash = ?, refresh_expires_at = ?, access_expires_at = ?"
                         " WHERE id = ? AND refresh_hash = ? AND revoked_at IS NULL")
            .bind(1, newHash)
            .bind(2, refreshExpiresAtMs)
            .bind(3, accessExpiresAtMs)
            .bind(4, sessionId)
            .bind(5, oldHash)
            .run();
        auto changes = m_store->prepare("SELECT changes()");
        return changes.step() && changes.integer(0) == 1;
    });
}

std::optional<SessionRecord> UserStore::revokeSession(const std::string &sessionId)
{
    const std::int64_t now = runtime::nowMs();
    return m_store->transaction([&]() -> std::optional<SessionRecord> {
        auto sessions = selectSessions(*m_store, "id = ? AND revoked_at IS NULL", {sessionId});
        if (sessions.empty())
            return std::nullopt;
        m_store->prepare("UPDATE sessions SET revoked_at = ? WHERE id = ?").bind(1, now).bind(2, sessionId).run();
        sessions.front().revokedAtMs = now;
        return sessions.front();
    });
}

std::vector<SessionRecord> UserStore::revokeUserSessions(const std::string &userId,
                                                         const std::string &exceptSessionId)
{
    const std::int64_t now = runtime::nowMs();
    return m_store->transaction([&] {
        auto sessions = selectSessions(*m_store, "user_id = ? AND revoked_at IS NULL AND id <> ?",
                                       {userId, exceptSessionId});
        m_store->prepare("UPDATE sessions SET revoked_at = ?"
                         " WHERE user_id = ? AND revoked_at IS NULL AND id <> ?")
            .bind(1, now)
            .bind(2, userId)
            .bind(3, exceptSessionId)
            .run();
        for (SessionRecord &session : sessions)
            session.revokedAtMs = now;
        return sessions;
    });
}

std::vector<SessionRecord> UserStore::revokedSessions(std::int64_t nowMs) const
{
    return m_store->read([&] {
        auto statement = m_store->prepare(std::string("SELECT ") + SessionColumns
                                          + " FROM sessions WHERE revoked_at IS NOT NULL"
                                            " AND access_expires_at > ? ORDER BY revoked_at");
        statement.bind(1, nowMs);
        std::vector<SessionRecord> sessions;
        while (statement.step())
            sessions.push_back(readSession(statement));
        return sessions;
    });
}

void UserStore::pruneSessions(std::int64_t nowMs)
{
    // A session is dead once its refresh token expired; its row is still needed while a
    // revoked session's last access token is alive.
    m_store->transaction([&] {
        m_store->prepare("DELETE FROM sessions WHERE refresh_expires_at <= ?1"
                         " AND access_expires_at <= ?1")
            .bind(1, nowMs)
            .run();
        m_store->prepare("DELETE FROM sessions WHERE revoked_at IS NOT NULL AND access_expires_at <= ?1")
            .bind(1, nowMs)
            .run();
    });
}

std::vector<StoredSigningKey> UserStore::signingKeys() const
{
    return m_store->read([&] {
        auto statement = m_store->prepare(
            "SELECT key_id, private_bytes, created_at, active FROM signing_keys ORDER BY created_at");
        std::vector<StoredSigningKey> keys;
        while (statement.step())
            keys.push_back({statement.text(0), statement.blob(1), statement.integer(2), statement.integer(3) != 0});
        return keys;
    });
}

void UserStore::addSigningKey(const StoredSigningKey &key)
{
    m_store->transaction([&] {
        if (key.active)
            m_store->exec("UPDATE signing_keys SET active = 0");
        m_store->prepare("INSERT INTO signing_keys (key_id, private_bytes, created_at, active) VALUES (?, ?, ?, ?)")
            .bind(1, key.keyId)
            .bindBlob(2, key.privateBytes)
            .bind(3, key.createdAtMs)
            .bind(4, key.active ? 1 : 0)
            .run();
    });
}

void UserStore::flush()
{
    m_store->flush();
}

} // namespace identity
