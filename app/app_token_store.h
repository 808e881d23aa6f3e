#pragma once
// app::TokenStore: the refresh token in the OS keychain (qtkeychain), so that a restart
// signs back in without the password. Where no keychain daemon runs (CI, Xvfb) it
// falls back to a plaintext settings file readable only by the user, and says so in
// the log.

#include <QObject>
#include <QString>

#include <functional>

namespace app {

class TokenStore : public QObject {
    Q_OBJECT
public:
    explicit TokenStore(QObject *parent = nullptr);
    // Waits (a few seconds at most) for writes and removals still on their way to the
    // keychain: quitting right after signing in must not lose the token.
    ~TokenStore() override;

    static QString keyFor(const QString &user, const QString &server);

    // `done` gets the token, or an empty string when there is none.
    void read(const QString &key, std::function<void(const QString &token)> done);
    void write(const QString &key, const QString &token);
    void remove(const QString &key);

    bool usesInsecureFallback() const { return m_fallback; }

private:
    enum class Op { Read, Write, Remove };
    void run(Op op, const QString &key, const QString &token,
             std::function<void(const QString &)> done);
    // qtkeychain's own insecure fallback does not cover every backend failure
    // (e.g. libsecret without a secret service), so the plaintext file is ours.
    QString runFallback(Op op, const QString &key, const QString &token);
    void noteFallback(const QString &reason);

    bool m_fallback = false;
    int m_pendingWrites = 0;    // write and remove jobs not finished yet
};

} // namespace app
