#pragma once
// Identity's own database (DATA_DIR/identity.db): users, sessions and signing keys.
// Every user is also kept in memory, so that reads (WhoAmI, GetUser, ListUsers, the
// user lookup of SignIn) never touch SQLite; writes go to the database first and reach
// the memory copy only once committed. Thread-safe. Throws runtime::StoreError.

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <vector>

namespace runtime { class Store; }

namespace identity {

struct UserRecord {
    std::string id;
    std::string username;
    std::string displayName;
    std::vector<int> roles;            // switchboard::v1::Role values, ascending
    std::string passwordHash;          // argon2id PHC string
    bool disabled = false;
    std::int64_t version = 0;
    std::int64_t createdAtMs = 0;

    bool hasRole(int role) const;
};

struct SessionRecord {
    std::string id;
    std::string userId;
    std::int64_t refreshExpiresAtMs = 0;
    // When the last access token issued for the session expires: a revocation only has
    // to be remembered until then.
    std::int64_t accessExpiresAtMs = 0;
    std::int64_t revokedAtMs = 0;      // 0 while active
    std::string clientName;
    std::int64_t createdAtMs = 0;
};

struct StoredSigningKey {
    std::string keyId;
    std::string privateBytes;
    std::int64_t createdAtMs = 0;
    bool active = false;
};

class UserStore {
public:
    enum class Outcome { Done, NotFound, VersionMismatch };

    explicit UserStore(const std::string &path);
    ~UserStore();
    UserStore(const UserStore &) = delete;
    UserStore &operator=(const UserStore &) = delete;

    // Users, answered from memory.
    bool hasUsers() const;
    std::optional<UserRecord> userById(const std::string &id) const;
    std::optional<UserRecord> userByUsername(const std::string &username) const;   // case-insensitive
    std::vector<UserRecord> users() const;      // ordered by lower-cased username

    // nullopt when the username is taken (case-insensitively).
    std::optional<UserRecord> createUser(const std::string &username, const std::string &displayName,
                                         const std::vector<int> &roles, const std::string &passwordHash);
    // expectedVersion 0 skips the optimistic-concurrency check. On success, *user holds
    // the record after the change; on VersionMismatch, the current one.
    Outcome updateUser(const std::string &id, std::int64_t expectedVersion,
                       const std::string &displayName, const std::vector<int> &roles, bool disabled,
                       UserRecord *user);
    Outcome setPasswordHash(const std::string &id, const std::string &passwordHash, UserRecord *user);
    // Deletes the user and revokes their sessions (returned in *revoked); the session
    // rows stay until they expire, so the revocations survive a restart.
    Outcome deleteUser(const std::string &id, std::int64_t expectedVersion, UserRecord *user,
                       std::vector<SessionRecord> *revoked);

    // Sessions, in the database.
    SessionRecord createSession(const std::string &userId, const std::string &refreshHash,
                                std::int64_t refreshExpiresAtMs, std::int64_t accessExpiresAtMs,
                                const std::string &clientName);
    std::optional<SessionRecord> sessionByRefreshHash(const std::string &refreshHash) const;
    std::optional<SessionRecord> sessionById(const std::string &id) const;
    // Replaces the refresh token only if it is still oldHash and the session is active,
    // so that two refreshes with the same token cannot both succeed.
    bool rotateRefreshToken(const std::string &sessionId, const std::string &oldHash,
                            const std::string &newHash, std::int64_t refreshExpiresAtMs,
                            std::int64_t accessExpiresAtMs);
    // nullopt when there is no such active session.
    std::optional<SessionRecord> revokeSession(const std::string &sessionId);
    // Revokes every active session of the user but exceptSessionId; returns them.
    std::vector<SessionRecord> revokeUserSessions(const std::string &userId,
                                                  const std::string &exceptSessionId = {});
    // Revoked sessions whose last access token has not expired yet.
    std::vector<SessionRecord> revokedSessions(std::int64_t nowMs) const;
    // Forgets sessions that can no longer be used nor need remembering.
    void pruneSessions(std::int64_t nowMs);

    // Signing keys.
    std::vector<StoredSigningKey> signingKeys() const;
    void addSigningKey(const StoredSigningKey &key);

    void flush();

private:
    void cacheUser(const UserRecord &user);
    void uncacheUser(const std::string &id);

    std::unique_ptr<runtime::Store> m_store;
    // Serializes writers, so that the memory copy changes in commit order.
    std::mutex m_writeMutex;
    mutable std::shared_mutex m_cacheMutex;
    std::map<std::string, UserRecord> m_byId;
    std::map<std::string, std::string> m_idByLowerName;
};

std::string lowerCase(std::string text);
std::string encodeRoles(const std::vector<int> &roles);
std::vector<int> decodeRoles(const std::string &text);

} // namespace identity
