#pragma once
// session::CatalogAdmin: the admin's side of the catalog (docs/catalog.md): the published
// module versions and rollout rules, publishing a signed bundle, rolling a version out to
// a target, rolling a target back, and which client of which user runs which version.
// Qt types only; the calls go through the session's connection (gRPC callback API,
// answers on the GUI thread).
//
//   session::CatalogAdmin catalog(session);
//   connect(&catalog, &CatalogAdmin::modulesChanged, ...);    // versions(), rules()
//   connect(&catalog, &CatalogAdmin::statusChanged, ...);     // status()
//   catalog.refresh();                                        // ListModules + GetModuleStatus
//   catalog.setStatusInterval(5000);                          // GetModuleStatus every 5 s
//   const auto bundle = CatalogAdmin::inspectBundle(folder);  // read and checked locally
//   catalog.publish(folder, [](const CatalogResult &r) { ... });
//   catalog.rollout("chat", "1.1.0", RolloutTarget::users({"agent1"}), done);
//
// Live: the catalog publishes no event when a client reports what it runs, so the status
// is asked again every statusInterval() (default 5 s, 0 = never), after each rollout or
// rollback, and whenever a module-related event (ModuleAssignmentChanged, an audit entry
// of the catalog) reaches this session. The rows keep their identity across refreshes
// (user + client + module), so that a model over them changes row by row.

#include "session_catalog_client.h"     // ModuleRunState

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace session {

class Session;

// A published version (catalog.proto ModuleVersion).
struct ModuleVersionInfo {
    QString moduleId;
    QString version;
    QString apiVersion;
    QString kind;               // "channel-panel", "agent-tool", ...; empty when the manifest has none
    QString channel;
    QString signingKeyId;
    QByteArray sha256;
    qint64 sizeBytes = 0;
    QDateTime publishedAt;      // UTC
    QString publishedBy;        // user name
};

// Who a rule gives a version to (catalog.proto RolloutTarget): exactly one kind.
struct RolloutTarget {
    enum class Kind { Everyone, Team, Queue, Percent, Users };
    Kind kind = Kind::Everyone;
    QString id;                 // team or queue id
    int percent = 0;            // 1..100
    QStringList users;          // user names or ids

    static RolloutTarget everyone() { return {}; }
    static RolloutTarget team(const QString &teamId) { return {Kind::Team, teamId, 0, {}}; }
    static RolloutTarget queue(const QString &queueId) { return {Kind::Queue, queueId, 0, {}}; }
    static RolloutTarget percentOf(int n) { return {Kind::Percent, {}, n, {}}; }
    static RolloutTarget usersNamed(const QStringList &names) { return {Kind::Users, {}, 0, names}; }

    // Empty when the target can be sent; else what is wrong, in a sentence for the field.
    QString problem() const;
    // "everyone", "team team-blue", "queue q-support", "10 %", "users agent1, agent2".
    QString describe() const;
    bool operator==(const RolloutTarget &other) const = default;
};

// A rollout rule (catalog.proto RolloutRule). An empty version is a withdrawal.
struct RolloutRuleInfo {
    QString id;
    QString moduleId;
    QString version;
    QString previousVersion;
    RolloutTarget target;
    QDateTime createdAt;        // UTC
    QString createdBy;
    qint64 counter = 0;
};

// One module on one client, as the client last reported it (GetModuleStatus).
struct ClientModuleInfo {
    QString userId;
    QString userName;           // from identity; the id when unknown
    QString clientId;
    QString moduleId;
    QString version;
    ModuleRunState state = ModuleRunState::Running;
    QString message;            // why, for every state but Running
    QDateTime reportedAt;       // UTC

    QString key() const { return userId + QLatin1Char('/') + clientId + QLatin1Char('/') + moduleId; }
    bool operator==(const ClientModuleInfo &other) const = default;
};

// A bundle read and checked on this machine before it is sent (inspectBundle).
struct BundleInfo {
    QString path;
    QString moduleId;
    QString version;
    QString keyId;              // the signature's key id; empty when unsigned
    QString apiVersion;         // from manifest.json, when it says
    QString kind;
    QString channel;
    QStringList files;          // the files the signature covers
    qint64 sizeBytes = 0;       // of the bundle as it will be sent
    QString error;              // empty when it can be published
    bool isValid() const { return error.isEmpty() && !moduleId.isEmpty(); }
};

// The outcome of a call: ok, or the server's message and gRPC status code (0 = OK,
// 3 = INVALID_ARGUMENT, 5 = NOT_FOUND, 6 = ALREADY_EXISTS, 7 = PERMISSION_DENIED,
// 9 = FAILED_PRECONDITION). statusCode -1: refused here before anything was sent.
struct CatalogResult {
    bool ok = false;
    QString error;
    int statusCode = 0;
    ModuleVersionInfo published;    // publish
    RolloutRuleInfo rule;           // rollout, rollback
};

class CatalogAdmin : public QObject {
    Q_OBJECT
public:
    explicit CatalogAdmin(Session &session, QObject *parent = nullptr);
    ~CatalogAdmin() override;

    // Reads a signed version folder (<id>/<version>/ with manifest.json and
    // signature.json, as `switchboard_add_module` or `switchboard-ctl module sign DIR`
    // leave it) or a bundle file (.sbm). Checks what can be checked here: a bundle, a
    // manifest naming the module and version, a signature present. Whether the signature
    // holds and its key is trusted, the server decides.
    static BundleInfo inspectBundle(const QString &path);

    // ListModules, GetModuleStatus and the names of users, teams and queues.
    void refresh();
    void refreshStatus();
    bool isLoaded() const;

    QList<ModuleVersionInfo> versions() const;           // oldest first
    QList<RolloutRuleInfo> rules() const;                // creation order
    QStringList moduleIds() const;                       // sorted
    QList<ModuleVersionInfo> versionsOf(const QString &moduleId) const;
    // The newest rule of the module for exactly this target (none: counter 0).
    RolloutRuleInfo currentRule(const QString &moduleId, const RolloutTarget &target) const;
    QList<ClientModuleInfo> status() const;
    // Directory teams and queues (id -> name) for the rollout dialog; identity's users.
    QList<QPair<QString, QString>> teams() const;
    QList<QPair<QString, QString>> queues() const;
    QString userName(const QString &userId) const;

    // GetModuleStatus every `ms` while > 0 (default 5000, from the first refresh() on);
    // 0 stops it.
    void setStatusInterval(int ms);
    int statusInterval() const;

    using Callback = std::function<void(const CatalogResult &)>;
    // inspectBundle, then PublishModule; refreshes the list when it is published.
    void publish(const QString &path, Callback done);
    // Sends bundle bytes as they are (for bundles made elsewhere).
    void publishBytes(const QByteArray &bundle, Callback done);
    void rollout(const QString &moduleId, const QString &version, const RolloutTarget &target, Callback done);
    void rollback(const QString &moduleId, const RolloutTarget &target, Callback done);

signals:
    void modulesChanged();
    // The status rows after a GetModuleStatus (also when nothing changed).
    void statusChanged();
    // ListModules or GetModuleStatus failed.
    void loadFailed(const QString &error, int statusCode);
    // Any call of this class finished (the same result its callback gets).
    void finished(const session::CatalogResult &result);

private:
    void loadNames();

    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace session

Q_DECLARE_METATYPE(session::CatalogResult)
