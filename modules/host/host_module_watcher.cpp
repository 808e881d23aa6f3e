#include "host_module_watcher.h"

#include <QDir>
#include <QFileSystemWatcher>
#include <QTimer>

namespace modules::host {

ModuleWatcher::ModuleWatcher(const QStringList &folders, int debounceMs, QObject *parent)
    : QObject(parent), m_folders(folders), m_watcher(new QFileSystemWatcher(this)), m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ModuleWatcher::touched);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        rewatch();      // new id and version folders are watched from now on
        Q_EMIT changed();
    });
    rewatch();
}

ModuleWatcher::~ModuleWatcher() = default;

QStringList ModuleWatcher::watchedPaths() const { return m_watcher->directories(); }

void ModuleWatcher::touched()
{
    // Something is being written: watch what appeared at once (the version folder whose
    // manifest comes last), and restart the quiet period.
    rewatch();
    m_debounce->start();
}

void ModuleWatcher::rewatch()
{
    QStringList wanted;
    for (const QString &folder : std::as_const(m_folders)) {
        const QDir root(folder);
        if (!root.exists())
            continue;
        wanted << root.absolutePath();
        for (const QString &id : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QDir idDir(root.filePath(id));
            wanted << idDir.absolutePath();
            for (const QString &version : idDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
                wanted << QDir(idDir.filePath(version)).absolutePath();
        }
    }
    const QStringList watched = m_watcher->directories();
    QStringList gone;
    for (const QString &path : watched)
        if (!wanted.contains(path))
            gone << path;
    if (!gone.isEmpty())
        m_watcher->removePaths(gone);
    QStringList added;
    for (const QString &path : std::as_const(wanted))
        if (!watched.contains(path))
            added << path;
    if (!added.isEmpty())
        m_watcher->addPaths(added);
}

} // namespace modules::host
