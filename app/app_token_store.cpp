#include "app_token_store.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>

#include <QElapsedTimer>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace app {

Q_LOGGING_CATEGORY(lcKeychain, "switchboard.app.keychain", QtInfoMsg)

namespace {
const QString kService = QStringLiteral("Switchboard");
}

TokenStore::TokenStore(QObject *parent) : QObject(parent) {}

TokenStore::~TokenStore()
{
    if (m_pendingWrites == 0)
        return;
    // The keychain answers asynchronously (over D-Bus); its jobs are our children and
    // would die with us, taking the token with them.
    QElapsedTimer waited;
    waited.start();
    while (m_pendingWrites > 0 && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

QString TokenStore::keyFor(const QString &user, const QString &server)
{
    return QStringLiteral("refresh-token:%1@%2").arg(user, server);
}

void TokenStore::read(const QString &key, std::function<void(const QString &)> done)
{
    run(Op::Read, key, {}, std::move(done));
}

void TokenStore::write(const QString &key, const QString &token)
{
    run(Op::Write, key, token, {});
}

void TokenStore::remove(const QString &key)
{
    run(Op::Remove, key, {}, {});
}

void TokenStore::noteFallback(const QString &reason)
{
    if (m_fallback)
        return;
    m_fallback = true;
    qCWarning(lcKeychain).noquote()
        << "no OS keychain available (" + reason
               + "): the refresh token falls back to a plaintext settings file";
}

QString TokenStore::runFallback(Op op, const QString &key, const QString &token)
{
    QSettings settings(QSettings::IniFormat, QSettings::UserScope,
                       QCoreApplication::organizationName(), QStringLiteral("switchboard-tokens"));
    settings.beginGroup(QStringLiteral("refresh-tokens"));
    QString result;
    switch (op) {
    case Op::Read:
        result = settings.value(key).toString();
        break;
    case Op::Write:
        settings.setValue(key, token);
        break;
    case Op::Remove:
        settings.remove(key);
        break;
    }
    settings.endGroup();
    settings.sync();
    QFile::setPermissions(settings.fileName(), QFile::ReadOwner | QFile::WriteOwner);
    return result;
}

void TokenStore::run(Op op, const QString &key, const QString &token,
                     std::function<void(const QString &)> done)
{
    if (m_fallback) {
        const QString result = runFallback(op, key, token);
        if (done)
            QMetaObject::invokeMethod(this, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(kService, this);
        break;
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(kService, this);
        write->setTextData(token);
        job = write;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(kService, this);
        break;
    }
    job->setKey(key);
    job->setAutoDelete(true);
    const bool changes = op != Op::Read;
    if (changes)
        ++m_pendingWrites;
    job->setInsecureFallback(true);
    connect(job, &QKeychain::Job::finished, this,
            [this, op, key, token, changes, done = std::move(done)](QKeychain::Job *job) {
        if (changes)
            --m_pendingWrites;
        const QKeychain::Error error = job->error();
        QString result;
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job); read && error == QKeychain::NoError)
                result = read->textData();
        } else {
            noteFallback(job->errorString());
            result = runFallback(op, key, token);
        }
        if (done)
            done(result);
    });
    job->start();
}

} // namespace app
