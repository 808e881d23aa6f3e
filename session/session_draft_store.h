#pragma once
// session::DraftStore: the unsent text of each interaction, local to this computer and
// user, written through on every change so that a crash (even kill -9) loses nothing:
// one small file per interaction in `directory` (by default
// AppDataLocation/drafts/<user id>), replaced atomically (QSaveFile: write, fsync,
// rename). Restored on construction. The only store that changes without the server:
// a draft is the agent's own unfinished work.

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

namespace session {

class DraftStore : public QObject {
    Q_OBJECT
public:
    explicit DraftStore(const QString &directory, QObject *parent = nullptr);

    // QStandardPaths::AppDataLocation/drafts/<userId>
    static QString defaultDirectory(const QString &userId);

    QString directory() const { return m_directory; }
    QString draft(const QString &interactionId) const { return m_drafts.value(interactionId); }
    QStringList interactionIds() const { return m_drafts.keys(); }

    // Saves at once; an empty text removes the draft. False (and lastError()) when the
    // file cannot be written: the text is still held in memory.
    bool setDraft(const QString &interactionId, const QString &text);
    void remove(const QString &interactionId);
    // Drops the drafts of interactions not in `interactionIds` (gone while away).
    void retainOnly(const QStringList &interactionIds);
    QString lastError() const { return m_lastError; }

signals:
    void draftChanged(const QString &interactionId, const QString &text);

private:
    QString pathFor(const QString &interactionId) const;
    void restore();

    QString m_directory;
    QHash<QString, QString> m_drafts;
    QString m_lastError;
};

} // namespace session
