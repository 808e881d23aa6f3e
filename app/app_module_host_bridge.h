#pragma once
// app::ModuleHostBridge: the application side of the module SDK. It keeps one
// app::InteractionHandle per interaction of the session's InteractionStore, gives each
// loaded module version its modules::api::ModuleContext, and creates channel panels with
// the module that serves an interaction's channel (host::ModuleRegistry over the
// modules folders; loaded on first use).
//
// It also follows the folders live (host::ModuleWatcher): when the version selected for
// a module changes (installed, removed, pinned by the catalog), the open panels of the
// old version are swapped in place for the new version's (host::PanelSwap), which must
// load, initialize and make every panel to be kept (the health check); otherwise the
// agent stays on the old version, and moduleStatus() and moduleNotice() say why.
//
// Panels must be deleted before the bridge: a loader only unloads a library none of
// whose panels is alive.

#include "api_providers.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <memory>

namespace session { class Session; }
namespace modules::host { class ModuleLoader; class ModuleRegistry; class ModuleSpec; class ModuleWatcher; }

namespace app {

// Where modules come from and whom their signatures must be from.
struct ModuleFolders {
    QString modules;        // empty: <dir of the executable>/../modules
    QString trustedKeys;    // empty: <dir of the executable>/../share/switchboard/trusted-keys
    // Where the catalog client installs downloaded versions (host::Bundle::install);
    // empty: <AppDataLocation>/modules.
    QString downloads;
    // Where loading markers and the quarantine list live; empty: <AppDataLocation>.
    QString state;
};

// What runs of one module, for the agent and for the catalog's `module status`.
struct ModuleStatus {
    enum class State {
        Running,        // `version` runs, nothing newer was refused
        Failed,         // `attempted` failed its health check; `version` kept
        Refused,        // `attempted` was refused before loading (signature, API version)
        Quarantined,    // `attempted` crashed the client once and is not loaded again
        RolledBack,     // `version` runs after a newer one was given up (pin, rollback)
    };
    QString id;
    QString version;        // running (or selected, not loaded yet); empty: none
    QString attempted;      // the version that failed, was refused or quarantined
    State state = State::Running;
    QString message;        // why, in a sentence for the agent and the administrator

    static QString stateName(State state);
};

class InteractionHandle;
class ModuleContext;

class ModuleHostBridge : public QObject {
    Q_OBJECT
public:
    // Only modules signed by a key in folders.trustedKeys are loaded; the others are
    // refused with the reason (rejectedModules()).
    ModuleHostBridge(session::Session &session, const ModuleFolders &folders, QObject *parent = nullptr);
    ~ModuleHostBridge() override;

    // <dir of the executable>/../modules: the build tree's modules folder, and the
    // installed layout's (bin/ next to modules/).
    static QString defaultModulesDir();
    static QString defaultTrustedKeysDir();
    // <AppDataLocation>/modules: where downloaded versions are installed.
    static QString defaultDownloadsDir();
    QString modulesDir() const;
    QString downloadsDir() const { return m_downloads; }
    // Versions found but refused ("x 1.2.0 is not signed: ..."), for the UI.
    QStringList rejectedModules() const;
    // One side view per agent-tool module installed (a knowledge base, a CRM lookup),
    // parented to `parent`, as (title, view); a tool that cannot start is left out (its
    // reason in moduleStatus()). The views follow the interaction on screen through
    // their setInteraction(modules::api::InteractionHandle *) slot: setToolInteraction().
    QList<QPair<QString, QWidget *>> createToolViews(QWidget *parent);
    static void setToolInteraction(QWidget *view, modules::api::InteractionHandle *interaction);
    // The running tool module's title in the current language (the id when not running).
    QString toolTitle(const QString &id) const;

    // Channels a usable panel module serves here ("chat", "sms", ...).
    QStringList servedChannels() const;
    // Tells routing which channels to offer this agent (SetLoadedChannels).
    void announceChannels();

    // Runs `version` of module `id` (installed in one of the folders) instead of the
    // highest; empty: the highest usable again. Swaps open panels at once when that
    // changes the running version. The catalog client calls this for rollouts and
    // rollbacks.
    void setAssignedVersion(const QString &id, const QString &version);
    QString assignedVersion(const QString &id) const;
    // Per module id: what runs and what was given up, and why.
    QHash<QString, ModuleStatus> moduleStatus() const;
    // The version of `id` whose code is running now (empty: not loaded).
    QString loadedVersion(const QString &id) const;
    // Rescans the folders and applies what changed (the watcher does it on its own).
    void rescan();

    QStringList interactionIds() const;
    InteractionHandle *interaction(const QString &id) const { return m_handles.value(id); }

    // The channel panel for an interaction, or why there is none ("No panel for sms is
    // installed", a module that failed to load). The panel is parented to `parent`.
    modules::api::PanelResult createPanel(const QString &interactionId, QWidget *parent);

signals:
    void interactionAdded(const QString &id);
    void interactionRemoved(const QString &id);
    // A panel of the interaction was replaced by another version's, in place; `old` is
    // deleted right after this signal.
    void panelReplaced(const QString &interactionId, QWidget *old, QWidget *replacement);
    // Something the agent should know about modules ("Chat 1.3.0 could not start: ...;
    // staying on 1.2.0"); empty: nothing to say any more.
    void moduleNotice(const QString &text);
    // The modules changed (a swap, an install, a removal): moduleStatus() is new.
    void modulesChanged();

private:
    void applyAssignment(const QHash<QString, QString> &versions);
    void reportToCatalog();
    void addInteraction(const QString &id);
    void removeInteraction(const QString &id);
    void sync(const QStringList &ids);
    modules::host::ModuleLoader *loaderForChannel(const QString &channel, QString *error);
    // Loads and initializes a version, under a loading marker; nullptr and why otherwise.
    modules::host::ModuleLoader *start(const modules::host::ModuleSpec &spec, QString *error);
    void swapTo(const QString &id, const modules::host::ModuleSpec &spec);
    void stop(modules::host::ModuleLoader *loader);
    void retire(modules::host::ModuleLoader *loader);
    void tryUnloadRetired();
    void giveUp(const QString &id, const QString &version, ModuleStatus::State state, const QString &reason);
    void reportRefused();
    void loadQuarantine();
    void quarantineCrashed();
    QString markerPath(const QString &id, const QString &version) const;

    session::Session &m_session;
    std::unique_ptr<modules::host::ModuleRegistry> m_registry;
    modules::host::ModuleWatcher *m_watcher = nullptr;
    QString m_downloads;
    QString m_stateDir;
    QStringList m_catalogPinned;        // ids pinned by the catalog's assignment
    QHash<QString, InteractionHandle *> m_handles;
    QHash<modules::host::ModuleLoader *, ModuleContext *> m_contexts;   // one per loaded version
    QHash<QString, modules::host::ModuleLoader *> m_loaders;    // module id -> running version
    QList<modules::host::ModuleLoader *> m_retired;             // replaced, kept mapped until unloadable
    QHash<QString, ModuleStatus> m_status;                      // module id -> last news
    QSet<QString> m_reported;                                   // id/version refusals already told
    QHash<QString, QString> m_quarantine;                       // id/version -> date crashed (ISO)
    QStringList m_announced;                                    // channels routing was told
};

} // namespace app
