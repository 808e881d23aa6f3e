#pragma once
// app::ModuleHostBridge: the application side of the module SDK. It keeps one
// app::InteractionHandle per interaction of the session's InteractionStore, gives each
// loaded module its modules::api::ModuleContext, and creates channel panels with the
// module that serves an interaction's channel (host::ModuleRegistry over a modules
// folder; loaded on first use).
//
// Panels must be deleted before the bridge: a loader only unloads a library none of
// whose panels is alive.

#include "api_providers.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <memory>

namespace session { class Session; }
namespace modules::host { class ModuleLoader; class ModuleRegistry; }

namespace app {

// Where modules come from and whom their signatures must be from.
struct ModuleFolders {
    QString modules;        // empty: <dir of the executable>/../modules
    QString trustedKeys;    // empty: <dir of the executable>/../share/switchboard/trusted-keys
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
    QString modulesDir() const;
    // Versions found but refused ("x 1.2.0 is not signed: ..."), for the UI.
    QStringList rejectedModules() const;
    // Channels a usable panel module serves here ("chat", "sms", ...).
    QStringList servedChannels() const;
    // Tells routing which channels to offer this agent (SetLoadedChannels).
    void announceChannels();

    QStringList interactionIds() const;
    InteractionHandle *interaction(const QString &id) const { return m_handles.value(id); }

    // The channel panel for an interaction, or why there is none ("No panel for sms is
    // installed", a module that failed to load). The panel is parented to `parent`.
    modules::api::PanelResult createPanel(const QString &interactionId, QWidget *parent);

signals:
    void interactionAdded(const QString &id);
    void interactionRemoved(const QString &id);

private:
    void addInteraction(const QString &id);
    void removeInteraction(const QString &id);
    void sync(const QStringList &ids);
    modules::host::ModuleLoader *loaderForChannel(const QString &channel, QString *error);

    session::Session &m_session;
    std::unique_ptr<modules::host::ModuleRegistry> m_registry;
    QHash<QString, InteractionHandle *> m_handles;
    QHash<QString, ModuleContext *> m_contexts;                 // module id -> context
    QHash<QString, modules::host::ModuleLoader *> m_loaders;    // module id -> loader
    QHash<QString, QString> m_loadErrors;                       // module id -> why not
};

} // namespace app
