#pragma once
// session::CatalogClient: keeps the module versions the catalog assigns to this user
// installed, verified, in a downloads folder, and tells the server what this client
// runs. Owned by Session (Session::catalog()); Qt types only (docs/catalog.md).
//
//   auto &catalog = session.catalog();
//   catalog.setDownloadsDirectory(folders.downloads);        // default: defaultDownloadsDirectory()
//   catalog.setTrustedKeysDirectory(folders.trustedKeys);    // the keys the client trusts
//   connect(&catalog, &CatalogClient::assignmentChanged, bridge, ...pin versions...);
//   catalog.start();                                         // syncs now, then on every
//                                                            // ModuleAssignmentChanged event
//
// A sync asks GetAssignedModules; each assigned version not installed yet is downloaded
// (DownloadModule), checked against the catalog's SHA-256, verified against the trusted
// keys (Bundle::verify) and installed (Bundle::install, manifest last) into
// <downloads>/<id>/<version>/. A version that fails is never installed: it is reported to
// the server as REFUSED (signature, wrong module) or FAILED (download) with the reason,
// and left out of assignmentChanged, so that the client stays on what it runs.

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace session {

class Connection;

// What a client runs, as ReportClientModules tells it (ClientModuleState).
enum class ModuleRunState { Running, Failed, Refused, Quarantined, RolledBack };

struct ReportedModule {
    QString moduleId;
    QString version;
    ModuleRunState state = ModuleRunState::Running;
    QString message;            // why, for every state but Running
};

class CatalogClient : public QObject {
    Q_OBJECT
public:
    explicit CatalogClient(Connection &connection, QObject *parent = nullptr);
    ~CatalogClient() override;

    // QStandardPaths::AppDataLocation + "/modules".
    static QString defaultDownloadsDirectory();
    void setDownloadsDirectory(const QString &directory);
    QString downloadsDirectory() const;
    // The folder of trusted <keyId>.pub files (the app's ModuleFolders::trustedKeys);
    // read at every verification. Without one, every download is refused.
    void setTrustedKeysDirectory(const QString &directory);
    QString trustedKeysDirectory() const;

    // This installation's id for ReportClientModules: a UUID kept in QSettings
    // ("session/catalogClientId"), made on first use.
    QString clientId() const;
    void setClientId(const QString &clientId);

    // Starts syncing: now, then whenever sync() is called (Session calls it on every
    // ModuleAssignmentChanged event and after a snapshotRequired). Before start(),
    // sync() does nothing.
    void start();
    bool isStarted() const;
    // Asks the catalog again; a sync already running is followed by one more.
    void sync();
    bool isSyncing() const;

    // Module id -> version: the assigned versions that are installed and verified in the
    // downloads folder (what the last assignmentChanged said).
    QHash<QString, QString> assignedVersions() const;

    // Sends what this client runs (ReportClientModules), together with the versions the
    // catalog client itself refused or failed to download.
    void report(const QList<ReportedModule> &modules);

signals:
    // After a sync, when the installed assigned versions differ from the last ones (the
    // first sync always): pin these versions. Modules no longer assigned are absent.
    void assignmentChanged(const QHash<QString, QString> &versions);
    // A version was downloaded, verified and installed into `directory`.
    void moduleInstalled(const QString &moduleId, const QString &version, const QString &directory);
    // A version was not installed (refused: bad signature or not the module asked for;
    // else failed), with the reason; also reported to the server.
    void moduleRejected(const QString &moduleId, const QString &version, bool refused, const QString &reason);
    // GetAssignedModules failed (the catalog unreachable or not hosted).
    void syncFailed(const QString &reason);
    // A ReportClientModules call finished; `error` empty when it succeeded.
    void reportFinished(const QString &error);

private:
    void install(const QString &id, const QString &version, const QByteArray &sha256, const QByteArray &data);
    void reject(const QString &id, const QString &version, const QByteArray &sha256, bool refused,
                const QString &reason);
    void finishSync();
    void sendReport();

    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace session
