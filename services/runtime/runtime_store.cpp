#include "runtime_store.h"

#include <sqlite3.h>

#include <chrono>
#include <mutex>
#include <random>

namespace runtime {

namespace {
[[noreturn]] void fail(sqlite3 *db, std::string_view what)
{
    throw StoreError(std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "no database"));
}
} // namespace

Statement::Statement(sqlite3 *db, std::string_view sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql.data(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
        fail(db, "prepare '" + std::string(sql) + "'");
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, std::string_view text)
{
    if (sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

Statement &Statement::bind(int index, std::int64_t value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

Statement &Statement::bindBlob(int index, std::string_view bytes)
{
    if (sqlite3_bind_blob(m_stmt, index, bytes.data(), int(bytes.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        fail(m_db, "bind");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(m_db, "step");
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::string Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? std::string(p, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return p ? std::string(p, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

struct Store::Private {
    std::recursive_mutex mutex;
};

Store::Lock::Lock(Store &store) : m_store(store) { m_store.d->mutex.lock(); }
Store::Lock::~Lock() { m_store.d->mutex.unlock(); }

Store::Store(const std::string &path, const std::vector<std::string> &migrations)
    : m_path(path), d(std::make_unique<Private>())
{
    if (sqlite3_open_v2(path.c_str(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        nullptr) != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StoreError("cannot open " + path + ": " + message);
    }
    sqlite3_busy_timeout(m_db, 5000);
    execRaw("PRAGMA journal_mode=WAL");
    // NORMAL is durable across process crashes in WAL mode (only an OS crash can lose
    // the last transactions); FULL would fsync every commit.
    execRaw("PRAGMA synchronous=NORMAL");
    execRaw("PRAGMA foreign_keys=ON");

    for (int version = schemaVersion(); version < int(migrations.size()); ++version) {
        transaction([&] {
            execRaw(migrations[size_t(version)]);
            execRaw("PRAGMA user_version=" + std::to_string(version + 1));
        });
    }
}

Store::~Store()
{
    if (m_db)
        sqlite3_close(m_db);
}

int Store::schemaVersion() const
{
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(m_db, "PRAGMA user_version", -1, &stmt, nullptr);
    int version = 0;
    if (stmt && sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return version;
}

void Store::flush()
{
    Lock lock(*this);
    sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
}

void Store::execRaw(std::string_view sql)
{
    char *error = nullptr;
    const std::string statement(sql);
    if (sqlite3_exec(m_db, statement.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        std::string message = error ? error : "unknown error";
        sqlite3_free(error);
        throw StoreError("'" + statement.substr(0, 80) + "': " + message);
    }
}

std::string newId(std::string_view prefix)
{
    thread_local std::mt19937_64 rng{std::random_device{}()};
    static const char hex[] = "0123456789abcdef";
    std::string id(prefix);
    id += '-';
    std::uint64_t v = rng();
    for (int i = 0; i < 16; ++i, v >>= 4)
        id += hex[v & 0xf];
    return id;
}

std::int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace runtime
