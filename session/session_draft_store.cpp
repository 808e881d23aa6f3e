#include "session_draft_store.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

namespace session {

Q_LOGGING_CATEGORY(lcDraftStore, "switchboard.session.drafts", QtInfoMsg)

namespace {
const QString Suffix = QStringLiteral(".draft");
}

DraftStore::DraftStore(const QString &directory, QObject *parent)
    : QObject(parent), m_directory(directory)
{
    restore();      // the folder is made by the first draft, not by every session
}

QString DraftStore::defaultDirectory(const QString &userId)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/drafts/") + QString::fromLatin1(userId.toUtf8().toHex());
}

// Interaction ids are server strings: hex keeps any of them a valid file name.
QString DraftStore::pathFor(const QString &interactionId) const
{
    return m_directory + QLatin1Char('/') + QString::fromLatin1(interactionId.toUtf8().toHex()) + Suffix;
}

void DraftStore::restore()
{
    const QDir dir(m_directory);
    for (const QString &name : dir.entryList({QStringLiteral("*") + Suffix}, QDir::Files)) {
        const QString id = QString::fromUtf8(QByteArray::fromHex(name.chopped(Suffix.size()).toLatin1()));
        QFile file(dir.filePath(name));
        if (id.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            qCWarning(lcDraftStore) << "cannot read draft" << file.fileName() << file.errorString();
            continue;
        }
        const QString text = QString::fromUtf8(file.readAll());
        if (!text.isEmpty())
            m_drafts.insert(id, text);
    }
}

bool DraftStore::setDraft(const QString &interactionId, const QString &text)
{
    if (text.isEmpty()) {
        remove(interactionId);
        return true;
    }
    if (m_drafts.value(interactionId) == text && m_drafts.contains(interactionId))
        return true;
    m_drafts.insert(interactionId, text);
    emit draftChanged(interactionId, text);
    QDir().mkpath(m_directory);
    QSaveFile file(pathFor(interactionId));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        m_lastError = file.errorString();
        qCWarning(lcDraftStore) << "cannot save draft" << file.fileName() << m_lastError;
        return false;
    }
    return true;
}

void DraftStore::remove(const QString &interactionId)
{
    const bool had = m_drafts.remove(interactionId) > 0;
    QFile::remove(pathFor(interactionId));
    if (had)
        emit draftChanged(interactionId, QString());
}

void DraftStore::retainOnly(const QStringList &interactionIds)
{
    for (const QString &id : m_drafts.keys())
        if (!interactionIds.contains(id))
            remove(id);
}

} // namespace session
