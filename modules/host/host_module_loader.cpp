#include "host_module_loader.h"

#include "api_interaction_handle.h"
#include "api_module.h"

#include <QCoreApplication>
#include <QPluginLoader>

namespace modules::host {

ModuleLoader::ModuleLoader(const ModuleSpec &spec, QObject *parent)
    : QObject(parent), m_spec(spec)
{
}

ModuleLoader::~ModuleLoader()
{
    if (m_loader && m_loader->isLoaded()) {
        if (canUnload()) {
            unload();
        } else {
            // Panels still alive point into the library: leave it mapped for good.
            for (QObject *panel : std::as_const(m_livePanels))
                disconnect(panel, nullptr, this, nullptr);
            m_loader.release();     // never destroyed: QPluginLoader would unload
        }
    }
}

bool ModuleLoader::load()
{
    if (m_spec.state() != ModuleSpec::State::Resolved) {
        if (!m_spec.hasError())
            m_spec.setFailed(QCoreApplication::translate("modules::host::ModuleLoader", "Cannot load %1: module is not resolved").arg(m_spec.id()));
        return false;
    }
    m_loader = std::make_unique<QPluginLoader>(m_spec.filePath());
    // Qt's default (PreventUnloadHint) would keep every version mapped forever.
    m_loader->setLoadHints(QLibrary::LoadHints());
    QObject *instance = m_loader->instance();
    if (!instance) {
        m_spec.setFailed(QCoreApplication::translate("modules::host::ModuleLoader", "Cannot load %1: %2").arg(m_spec.id(), m_loader->errorString()));
        m_loader.reset();
        return false;
    }
    m_instance = instance;
    m_module = qobject_cast<api::Module *>(instance);
    if (!m_module) {
        m_spec.setFailed(QCoreApplication::translate("modules::host::ModuleLoader", "%1 does not implement modules::api::Module").arg(m_spec.id()));
        m_loader->unload();
        m_loader.reset();
        return false;
    }
    if (m_spec.kind() == ModuleSpec::Kind::ChannelPanel) {
        auto *provider = channelPanelProvider();
        QString problem;
        if (!provider)
            problem = QStringLiteral("%1 is a channel panel but does not implement ChannelPanelProvider")
                          .arg(m_spec.id());
        else if (provider->channel() != m_spec.channel())
            problem = QStringLiteral("%1 serves channel \"%2\" but its metadata says \"%3\"")
                          .arg(m_spec.id(), provider->channel(), m_spec.channel());
        if (!problem.isEmpty()) {
            m_module = nullptr;
            m_loader->unload();
            m_loader.reset();
            m_spec.setFailed(problem);
            return false;
        }
    }
    m_spec.setState(ModuleSpec::State::Loaded);
    return true;
}

bool ModuleLoader::initialize(api::ModuleContext *context)
{
    if (m_spec.state() != ModuleSpec::State::Loaded)
        return false;
    const api::InitResult result = m_module->initialize(context);
    if (!result.ok()) {
        const QString error = QStringLiteral("%1 %2 failed to initialize: %3")
                                  .arg(m_spec.id(), m_spec.version().toString(), result.error);
        m_module = nullptr;
        m_loader->unload();
        m_loader.reset();
        m_spec.setFailed(error);
        return false;
    }
    m_initialized = true;
    m_spec.setState(ModuleSpec::State::Initialized);
    m_spec.setState(ModuleSpec::State::Running);
    return true;
}

api::ChannelPanelProvider *ModuleLoader::channelPanelProvider() const
{
    return m_instance ? qobject_cast<api::ChannelPanelProvider *>(m_instance.data()) : nullptr;
}

api::PanelResult ModuleLoader::createPanel(api::InteractionHandle *interaction, QWidget *parent)
{
    if (m_spec.state() != ModuleSpec::State::Running)
        return api::PanelResult::failure(
            QStringLiteral("%1 is not running").arg(m_spec.id()));
    // A channel panel, or an agent tool's side view: both are views of one module the
    // host tracks, snapshots and swaps the same way.
    auto *provider = channelPanelProvider();
    auto *tools = m_instance ? qobject_cast<api::AgentToolProvider *>(m_instance.data()) : nullptr;
    if (!provider && !tools)
        return api::PanelResult::failure(
            QStringLiteral("%1 does not provide channel panels or tool views").arg(m_spec.id()));
    api::PanelResult result = provider ? provider->createPanel(interaction, parent)
                                       : tools->createToolView(interaction, parent);
    if (result.widget && !result.error.isEmpty()) {
        delete result.widget;   // contradictory answer: trust the error
        result.widget = nullptr;
    }
    if (!result.widget && result.error.isEmpty())
        result.error = QStringLiteral("%1 returned no panel").arg(m_spec.id());
    if (result.widget) {
        // Which version made a panel, for the agent's "about" and for tests telling two
        // versions of one module apart.
        result.widget->setProperty("moduleId", m_spec.id());
        result.widget->setProperty("moduleVersion", m_spec.version().toString());
        trackPanel(result.widget, interaction);
    }
    return result;
}

QString ModuleLoader::toolTitle() const
{
    auto *tools = m_instance ? qobject_cast<api::AgentToolProvider *>(m_instance.data()) : nullptr;
    return tools ? tools->title() : QString();
}

QList<QWidget *> ModuleLoader::livePanels() const
{
    QList<QWidget *> out;
    for (QObject *panel : m_livePanels)
        out << static_cast<QWidget *>(panel);
    return out;
}

api::InteractionHandle *ModuleLoader::interactionOf(QWidget *panel) const
{
    return qobject_cast<api::InteractionHandle *>(m_interactionOf.value(panel).data());
}

void ModuleLoader::trackPanel(QWidget *panel, api::InteractionHandle *interaction)
{
    m_livePanels.insert(panel);
    m_interactionOf.insert(panel, interaction);
    connect(panel, &QObject::destroyed, this, [this](QObject *obj) {
        m_interactionOf.remove(obj);
        if (m_livePanels.remove(obj))
            Q_EMIT livePanelCountChanged(livePanelCount());
    });
    Q_EMIT livePanelCountChanged(livePanelCount());
}

bool ModuleLoader::unload()
{
    m_unloadError.clear();
    if (!m_loader) {
        m_unloadError = QStringLiteral("%1 is not loaded").arg(m_spec.id());
        return false;
    }
    if (!canUnload()) {
        m_unloadError = QStringLiteral("%1 %2 still has %3 panel(s) open")
                            .arg(m_spec.id(), m_spec.version().toString())
                            .arg(livePanelCount());
        return false;
    }
    if (m_module && m_initialized)
        m_module->shutdown();
    m_module = nullptr;
    // QPluginLoader::unload() deletes the plugin object, then unmaps the library.
    if (!m_loader->unload()) {
        m_unloadError = m_loader->errorString();
        return false;
    }
    m_loader.reset();
    m_initialized = false;
    m_spec.setState(ModuleSpec::State::Stopped);
    return true;
}

} // namespace modules::host
