#pragma once
// host::ModuleLoader: one loaded version of a module, from load to unload.

#include "host_module_spec.h"
#include "api_providers.h"

#include <QObject>
#include <QPointer>
#include <QHash>
#include <QList>
#include <QSet>
#include <memory>

class QPluginLoader;

namespace modules::api {
class Module;
class ModuleContext;
class InteractionHandle;
}

namespace modules::host {

class ModuleLoader : public QObject {
    Q_OBJECT
public:
    // spec must be Resolved; anything else makes load() fail with the spec's error.
    explicit ModuleLoader(const ModuleSpec &spec, QObject *parent = nullptr);
    ~ModuleLoader() override;   // unloads if it can, otherwise leaves the library mapped

    const ModuleSpec &spec() const { return m_spec; }
    ModuleSpec::State state() const { return m_spec.state(); }
    QString errorString() const { return m_spec.errorString(); }

    // Maps the library (load hints cleared, so that unload() really unmaps it) and
    // creates the plugin object. State Loaded, or Failed.
    bool load();
    // Module::initialize(context); state Running, or Failed (the module is unloaded).
    bool initialize(api::ModuleContext *context);

    api::Module *module() const { return m_module; }
    api::ChannelPanelProvider *channelPanelProvider() const;

    // Asks the module for a panel and tracks it until it is destroyed.
    // (For an agent-tool module, its tool view: AgentToolProvider::createToolView.)
    api::PanelResult createPanel(api::InteractionHandle *interaction, QWidget *parent);
    // The agent tool's title, translated; empty for other kinds.
    QString toolTitle() const;
    int livePanelCount() const { return int(m_livePanels.size()); }
    // The panels of this version still alive, and the interaction each one shows: what a
    // swap to another version has to replace.
    QList<QWidget *> livePanels() const;
    api::InteractionHandle *interactionOf(QWidget *panel) const;

    // True when nothing the module created is alive.
    bool canUnload() const { return m_livePanels.isEmpty(); }
    // Calls shutdown(), deletes the plugin object and unmaps the library. Refuses
    // (false, with the reason in unloadError()) while panels are alive.
    bool unload();
    QString unloadError() const { return m_unloadError; }

Q_SIGNALS:
    void livePanelCountChanged(int count);

private:
    void trackPanel(QWidget *panel, api::InteractionHandle *interaction);

    ModuleSpec m_spec;
    std::unique_ptr<QPluginLoader> m_loader;
    QPointer<QObject> m_instance;
    api::Module *m_module = nullptr;
    QSet<QObject *> m_livePanels;
    QHash<QObject *, QPointer<QObject>> m_interactionOf;     // panel -> its InteractionHandle
    QString m_unloadError;
    bool m_initialized = false;
};

} // namespace modules::host
