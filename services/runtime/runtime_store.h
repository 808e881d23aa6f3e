#pragma once
// A service's own SQLite database: one file in the data folder per service, WAL
// journal, schema migrations by PRAGMA user_version. Nobody but the owning service
// opens its file.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace runtime {

class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A prepared statement. Bind parameters are 1-based like SQLite's; columns 0-based.
class Statement {
public:
    Statement(sqlite3 *db, std::string_view sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, std::string_view text);
    Statement &bind(int index, const char *text) { return bind(index, std::string_view(text)); }
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Statement &bind(int index, double value);
    Statement &bindBlob(int index, std::string_view bytes);
    Statement &bindNull(int index);

    // Advances to the next row; false when done.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    std::string text(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    std::string blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

class Store {
public:
    // Opens (creating if needed) the database file and applies every migration whose
    // index is past the stored user_version, each in its own transaction.
    // migrations[i] brings the schema from version i to i+1.
    Store(const std::string &path, const std::vector<std::string> &migrations);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Runs fn inside one transaction (BEGIN IMMEDIATE .. COMMIT), serialized with every
    // other transaction of this store; rolls back and rethrows if fn throws. A state
    // change is acknowledged to a caller only after this returns: it is on disk.
    template<typename Fn>
    auto transaction(Fn &&fn) -> decltype(fn())
    {
        Lock lock(*this);
        execRaw("BEGIN IMMEDIATE");
        try {
            if constexpr (std::is_void_v<decltype(fn())>) {
                fn();
                execRaw("COMMIT");
            } else {
                auto result = fn();
                execRaw("COMMIT");
                return result;
            }
        } catch (...) {
            execRaw("ROLLBACK");
            throw;
        }
    }

    // A read outside an explicit transaction, serialized with the writers.
    template<typename Fn>
    auto read(Fn &&fn) -> decltype(fn())
    {
        Lock lock(*this);
        return fn();
    }

    // Prepares a statement; only valid inside transaction() or read().
    Statement prepare(std::string_view sql) { return Statement(m_db, sql); }
    void exec(std::string_view sql) { execRaw(sql); }

    int schemaVersion() const;
    const std::string &path() const { return m_path; }

    // Checkpoints the WAL into the main file (on graceful shutdown).
    void flush();

private:
    class Lock {
    public:
        explicit Lock(Store &store);
        ~Lock();
    private:
        Store &m_store;
    };

    void execRaw(std::string_view sql);

    std::string m_path;
    sqlite3 *m_db = nullptr;
    struct Private;
    std::unique_ptr<Private> d;
};

// A random identifier with a readable prefix, e.g. newId("u") = "u-3f9a0c1d2b4e5f60".
std::string newId(std::string_view prefix);
// Milliseconds since the Unix epoch, wall clock.
std::int64_t nowMs();

} // namespace runtime
