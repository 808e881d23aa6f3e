#include "session_command_journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace session {

Q_LOGGING_CATEGORY(lcJournal, "switchboard.session.journal", QtInfoMsg)

namespace {

constexpr int kFormat = 1;

QString kindName(JournalEntry::Kind kind)
{
    return kind == JournalEntry::Kind::SetState ? QStringLiteral("set_state") : QStringLiteral("complete_wrap_up");
}

} // namespace

CommandJournal::CommandJournal(const QString &filePath, QObject *parent)
    : QObject(parent), m_path(filePath)
{
    restore();
}

CommandJournal::~CommandJournal() = default;

QString CommandJournal::defaultPath(const QString &userId)
{
    // Hex keeps any user id a valid file name (as DraftStore does).
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal/")
        + QString::fromLatin1(userId.toUtf8().toHex()) + QStringLiteral(".json");
}

QString CommandJournal::queuedMessage()
{
    return QCoreApplication::translate("session::CommandJournal",
                                       "Saved: it will be sent when the server is reachable again.");
}

int CommandJournal::pendingCount() const
{
    int n = 0;
    for (const JournalEntry &e : m_entries)
        n += e.status != JournalEntry::Status::Failed;
    return n;
}

bool CommandJournal::hasPending(JournalEntry::Kind kind) const { return lastPending(kind) != nullptr; }

const JournalEntry *CommandJournal::lastPending(JournalEntry::Kind kind) const
{
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it)
        if (it->kind == kind && it->status != JournalEntry::Status::Failed)
            return &*it;
    return nullptr;
}

int CommandJournal::indexOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).id == id)
            return i;
    return -1;
}

QString CommandJournal::add(JournalEntry::Kind kind, const QString &description, const QVariantMap &arguments)
{
    JournalEntry entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.kind = kind;
    entry.description = description;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    entry.arguments = arguments;
    m_entries.append(entry);
    save();
    emit changed();
    return entry.id;
}

void CommandJournal::dismiss(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0 || m_entries.at(i).status == JournalEntry::Status::Replaying)
        return;     // its answer is on its way: let it decide
    m_entries.removeAt(i);
    save();
    emit changed();
}

void CommandJournal::setReplayer(JournalEntry::Kind kind, Replayer replayer)
{
    m_replayers.insert(int(kind), std::move(replayer));
}

void CommandJournal::replayNow()
{
    if (m_replaying || pendingCount() == 0)
        return;
    m_replaying = true;
    replayNext();
}

void CommandJournal::replayNext()
{
    int i = 0;
    while (i < m_entries.size() && m_entries.at(i).status != JournalEntry::Status::Pending)
        ++i;
    if (i == m_entries.size() || !m_replayers.contains(int(m_entries.at(i).kind))) {
        m_replaying = false;
        return;
    }
    JournalEntry &entry = m_entries[i];
    entry.status = JournalEntry::Status::Replaying;
    const QString id = entry.id;
    qCInfo(lcJournal) << "replaying" << kindName(entry.kind) << entry.description;
    emit changed();
    QPointer<CommandJournal> self(this);
    m_replayers.value(int(entry.kind))(entry.arguments, [self, id](bool ok, bool unreachable, const QString &error) {
        if (!self)
            return;
        const int i = self->indexOf(id);
        if (i < 0) {                    // cannot happen (dismiss waits), but stay safe
            self->replayNext();
            return;
        }
        if (ok) {
            self->m_entries.removeAt(i);
            self->save();
            emit self->replayed(id);
            emit self->changed();
            self->replayNext();
        } else if (unreachable) {
            // Still no server: keep it (and everything after it, in order) for the next try.
            self->m_entries[i].status = JournalEntry::Status::Pending;
            self->m_replaying = false;
            emit self->changed();
        } else {
            self->m_entries[i].status = JournalEntry::Status::Failed;
            self->m_entries[i].error = error;
            self->save();
            qCInfo(lcJournal) << "replay refused:" << error;
            emit self->replayFailed(id, error);
            emit self->changed();
            self->replayNext();
        }
    });
}

bool CommandJournal::save()
{
    if (m_entries.isEmpty()) {
        // Nothing to keep: no file (a missing file is an empty journal).
        if (QFile::exists(m_path) && !QFile::remove(m_path)) {
            m_lastError = tr("cannot remove %1").arg(m_path);
            return false;
        }
        m_lastError.clear();
        return true;
    }
    QJsonArray list;
    for (const JournalEntry &e : std::as_const(m_entries)) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), e.id);
        o.insert(QStringLiteral("kind"), kindName(e.kind));
        o.insert(QStringLiteral("description"), e.description);
        o.insert(QStringLiteral("created_at"), e.createdAt.toString(Qt::ISODateWithMs));
        // Replaying is this process's business: a new one starts it again.
        o.insert(QStringLiteral("status"), e.status == JournalEntry::Status::Failed ? QStringLiteral("failed")
                                                                                    : QStringLiteral("pending"));
        if (!e.error.isEmpty())
            o.insert(QStringLiteral("error"), e.error);
        o.insert(QStringLiteral("arguments"), QJsonObject::fromVariantMap(e.arguments));
        list.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("entries"), list);

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        m_lastError = tr("cannot write %1: %2").arg(m_path, file.errorString());
        qCWarning(lcJournal) << m_lastError;
        return false;
    }
    m_lastError.clear();
    return true;
}

void CommandJournal::restore()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (document.isNull()) {
        // Kept aside rather than overwritten: it may hold work someone wants back.
        qCWarning(lcJournal) << "unreadable journal" << m_path << error.errorString();
        file.close();
        QFile::rename(m_path, m_path + QStringLiteral(".unreadable"));
        return;
    }
    for (const QJsonValue &value : document.object().value(QStringLiteral("entries")).toArray()) {
        const QJsonObject o = value.toObject();
        JournalEntry e;
        e.id = o.value(QStringLiteral("id")).toString();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (e.id.isEmpty() || (kind != kindName(JournalEntry::Kind::SetState)
                               && kind != kindName(JournalEntry::Kind::CompleteWrapUp)))
            continue;
        e.kind = kind == kindName(JournalEntry::Kind::SetState) ? JournalEntry::Kind::SetState
                                                                : JournalEntry::Kind::CompleteWrapUp;
        e.description = o.value(QStringLiteral("description")).toString();
        e.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
        e.status = o.value(QStringLiteral("status")).toString() == QLatin1String("failed")
            ? JournalEntry::Status::Failed : JournalEntry::Status::Pending;
        e.error = o.value(QStringLiteral("error")).toString();
        e.arguments = o.value(QStringLiteral("arguments")).toObject().toVariantMap();
        m_entries.append(e);
    }
}

} // namespace session
