#pragma once
// session::CommandJournal: commands the agent gave while the server could not be reached,
// kept until the server decides them. A state change (AgentStore::setState) or a wrap-up
// (InteractionStore::completeWrapUp) whose RPC ends with UNAVAILABLE or
// DEADLINE_EXCEEDED (the server did not decide) is journaled instead of failing: written
// through at once to one JSON file (QSaveFile: write, fsync, rename, so kill -9 leaves the
// old or the new journal), shown as Pending, and replayed in order when the server is back
// (the event stream connected again, or a call to routing succeeded), also by the next
// Session of the same user. A replay the server refuses (any other status) becomes a
// Failed entry carrying the server's message, kept until dismissed: never dropped
// silently. A replay that again cannot reach the server stays Pending.
//
// The command's `done` callback reports ok=false with queuedMessage() as the error; the UI
// tells "queued" from "failed" with CommandJournal::isQueued(error) (or by the entry).

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QVariantMap>

#include <functional>

namespace session {

struct JournalEntry {
    enum class Kind { SetState, CompleteWrapUp };
    enum class Status { Pending, Replaying, Failed };
    QString id;
    Kind kind = Kind::SetState;
    QString description;            // for people: "Not Ready — Lunch", "Wrap-up of i-12"
    QDateTime createdAt;
    Status status = Status::Pending;
    QString error;                  // Failed: the server's reason
    QVariantMap arguments;          // what the replay sends (kind-specific)
};

class CommandJournal : public QObject {
    Q_OBJECT
public:
    // Restores `filePath` if it exists (the folder is made by the first entry).
    explicit CommandJournal(const QString &filePath, QObject *parent = nullptr);
    ~CommandJournal() override;

    // QStandardPaths::AppDataLocation/journal/<hex user id>.json
    static QString defaultPath(const QString &userId);
    // What a journaled command's callback gets as its error.
    static QString queuedMessage();
    static bool isQueued(const QString &error) { return error == queuedMessage(); }

    QString filePath() const { return m_path; }
    QList<JournalEntry> entries() const { return m_entries; }
    int pendingCount() const;               // Pending and Replaying
    bool hasPending(JournalEntry::Kind kind) const;
    // The newest entry of `kind` still to be sent; nullptr when none.
    const JournalEntry *lastPending(JournalEntry::Kind kind) const;
    QString lastError() const { return m_lastError; }   // the file could not be written

    // Journals a command (Pending) and saves at once; returns its id.
    QString add(JournalEntry::Kind kind, const QString &description, const QVariantMap &arguments);
    // Drops an entry (a Failed one the user has read, or a Pending one they no longer want).
    void dismiss(const QString &id);
    // Sends the Pending entries now, in order (nothing when a replay is running).
    void replayNow();

    // How an entry of `kind` is sent: the store's RPC without journaling. `finished`
    // gets ok, or whether the server could not be reached (unreachable) and its message.
    using Finished = std::function<void(bool ok, bool unreachable, const QString &error)>;
    using Replayer = std::function<void(const QVariantMap &arguments, Finished finished)>;
    void setReplayer(JournalEntry::Kind kind, Replayer replayer);

signals:
    void changed();
    void replayed(const QString &id);       // the server accepted it; the entry is gone
    void replayFailed(const QString &id, const QString &error);

private:
    void replayNext();
    bool save();
    void restore();
    int indexOf(const QString &id) const;

    QString m_path;
    QList<JournalEntry> m_entries;
    QHash<int, Replayer> m_replayers;
    bool m_replaying = false;
    QString m_lastError;
};

} // namespace session

Q_DECLARE_METATYPE(session::JournalEntry)
