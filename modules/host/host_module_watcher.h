#pragma once
// host::ModuleWatcher: tells when the modules folders changed (a version installed,
// removed, or its manifest written), once things settle.
//
// Installing a version is many file operations (the folder, the library, the signature,
// the manifest last); the watcher waits until none happened for `debounceMs` and then
// emits changed() once. The registry decides what counts: a version without its
// manifest is still being installed and is skipped.

#include <QObject>
#include <QStringList>

class QFileSystemWatcher;
class QTimer;

namespace modules::host {

class ModuleWatcher : public QObject {
    Q_OBJECT
public:
    explicit ModuleWatcher(const QStringList &folders, int debounceMs = 300, QObject *parent = nullptr);
    ~ModuleWatcher() override;

    QStringList folders() const { return m_folders; }
    // Watched now: the folders, their id folders and their version folders (a manifest
    // appearing changes only its version folder).
    QStringList watchedPaths() const;

Q_SIGNALS:
    void changed();

private:
    void rewatch();
    void touched();

    QStringList m_folders;
    QFileSystemWatcher *m_watcher;
    QTimer *m_debounce;
};

} // namespace modules::host
