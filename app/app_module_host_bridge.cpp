#include "app_module_host_bridge.h"

#include "app_interaction_handle.h"

#include "api_module_context.h"
#include "host_module_loader.h"
#include "host_module_registry.h"
#include "session_agent_store.h"
#include "session_event_stream.h"
#include "session_interaction_store.h"
#include "session_session.h"

#include <QCoreApplication>
#include <QDir>
#include <QTranslator>

namespace app {

namespace api = modules::api;
namespace host = modules::host;

// The application as one module sees it.
class ModuleContext : public api::ModuleContext {
public:
    ModuleContext(ModuleHostBridge &bridge, const QString &moduleId)
        : api::ModuleContext(&bridge), m_bridge(bridge), m_moduleId(moduleId)
    {
        connect(&bridge, &ModuleHostBridge::interactionAdded, this, &api::ModuleContext::interactionAdded);
        connect(&bridge, &ModuleHostBridge::interactionRemoved, this, &api::ModuleContext::interactionRemoved);
    }
    ~ModuleContext() override
    {
        for (QTranslator *translator : std::as_const(m_translators))
            QCoreApplication::removeTranslator(translator);
    }

    QString apiVersion() const override { return QStringLiteral("1.0"); }
    QString moduleId() const override { return m_moduleId; }
    QStringList interactionIds() const override { return m_bridge.interactionIds(); }
    api::InteractionHandle *interaction(const QString &id) const override { return m_bridge.interaction(id); }
    QLocale locale() const override { return QLocale(); }
    bool installTranslator(QTranslator *translator) override
    {
        if (!translator || !QCoreApplication::installTranslator(translator))
            return false;
        m_translators.append(translator);
        return true;
    }
    void removeTranslator(QTranslator *translator) override
    {
        m_translators.removeAll(translator);
        QCoreApplication::removeTranslator(translator);
    }

private:
    ModuleHostBridge &m_bridge;
    const QString m_moduleId;
    QList<QTranslator *> m_translators;
};

ModuleHostBridge::ModuleHostBridge(session::Session &session, const ModuleFolders &folders, QObject *parent)
    : QObject(parent),
      m_session(session),
      m_registry(std::make_unique<host::ModuleRegistry>(folders.modules.isEmpty() ? defaultModulesDir() : folders.modules))
{
    const QString keysDir = folders.trustedKeys.isEmpty() ? defaultTrustedKeysDir() : folders.trustedKeys;
    QString keyError;
    const host::TrustedKeys keys = host::TrustedKeys::fromDirectory(keysDir, &keyError);
    if (!keyError.isEmpty())
        qWarning("trusted keys: %s", qPrintable(keyError));
    if (keys.isEmpty())
        qWarning("no trusted module keys in %s: every module will be refused", qPrintable(keysDir));
    m_registry->setTrustedKeys(keys);      // always: the client loads signed modules only
    m_registry->scan();
    for (const host::ModuleSpec &spec : m_registry->rejected())
        qWarning("module %s refused: %s", qPrintable(spec.id()), qPrintable(spec.errorString()));

    // Routing offers this agent only what a panel here can show: told now, and again
    // whenever the event stream is (re)welcomed (a restarted server, a new session).
    announceChannels();
    connect(&session.events(), &session::EventStream::welcomed, this, &ModuleHostBridge::announceChannels);

    session::InteractionStore &store = session.interactions();
    sync(store.ids());
    connect(&store, &session::InteractionStore::rowsAdded, this, [this](int first, int last) {
        for (int row = first; row <= last; ++row)
            addInteraction(m_session.interactions().at(row).id);
    });
    connect(&store, &session::InteractionStore::interactionRemoved, this, &ModuleHostBridge::removeInteraction);
    connect(&store, &session::InteractionStore::interactionChanged, this, [this](int, const QString &id) {
        if (InteractionHandle *handle = m_handles.value(id))
            handle->refresh();
    });
    connect(&store, &session::InteractionStore::reloaded, this, &ModuleHostBridge::sync);
}

ModuleHostBridge::~ModuleHostBridge()
{
    // Handles first (modules' views hold them in QPointers), then the modules.
    qDeleteAll(m_handles);
    m_handles.clear();
    for (host::ModuleLoader *loader : std::as_const(m_loaders)) {
        if (!loader->unload())
            qWarning("module %s stays mapped: %s", qPrintable(loader->spec().id()), qPrintable(loader->unloadError()));
        delete loader;
    }
    qDeleteAll(m_contexts);
}

QString ModuleHostBridge::defaultModulesDir()
{
    return QDir(QCoreApplication::applicationDirPath() + QStringLiteral("/../modules")).absolutePath();
}

QString ModuleHostBridge::defaultTrustedKeysDir()
{
    return QDir(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/switchboard/trusted-keys")).absolutePath();
}

QString ModuleHostBridge::modulesDir() const { return m_registry->modulesDir(); }

QStringList ModuleHostBridge::servedChannels() const
{
    QStringList channels;
    for (const QString &channel : {QStringLiteral("chat"), QStringLiteral("sms"), QStringLiteral("email"), QStringLiteral("voice")})
        if (m_registry->providerForChannel(channel))
            channels << channel;
    return channels;
}

void ModuleHostBridge::announceChannels()
{
    static const QHash<QString, session::Channel> byName = {
        {QStringLiteral("chat"), session::Channel::Chat}, {QStringLiteral("sms"), session::Channel::Sms},
        {QStringLiteral("email"), session::Channel::Email}, {QStringLiteral("voice"), session::Channel::Voice}};
    QList<session::Channel> channels;
    for (const QString &name : servedChannels())
        channels << byName.value(name);
    const QStringList names = servedChannels();
    m_session.agent().setLoadedChannels(channels, [names](bool ok, const QString &error) {
        if (ok)
            qInfo("routing offers this client: %s", qPrintable(names.join(QLatin1String(", "))));
        else
            qInfo("could not tell routing the channels (%s); told again on reconnect", qPrintable(error));
    });
}

QStringList ModuleHostBridge::rejectedModules() const
{
    QStringList out;
    for (const host::ModuleSpec &spec : m_registry->rejected())
        out << spec.errorString();
    return out;
}

QStringList ModuleHostBridge::interactionIds() const { return m_session.interactions().ids(); }

void ModuleHostBridge::addInteraction(const QString &id)
{
    if (id.isEmpty() || m_handles.contains(id))
        return;
    m_handles.insert(id, new InteractionHandle(m_session, id, this));
    emit interactionAdded(id);
}

void ModuleHostBridge::removeInteraction(const QString &id)
{
    InteractionHandle *handle = m_handles.take(id);
    if (!handle)
        return;
    emit interactionRemoved(id);
    delete handle;
}

void ModuleHostBridge::sync(const QStringList &ids)
{
    const QStringList held = m_handles.keys();
    for (const QString &id : held) {
        if (!ids.contains(id))
            removeInteraction(id);
    }
    for (const QString &id : ids) {
        addInteraction(id);
        if (InteractionHandle *handle = m_handles.value(id))
            handle->refresh();
    }
}

host::ModuleLoader *ModuleHostBridge::loaderForChannel(const QString &channel, QString *error)
{
    const host::ModuleSpec *spec = m_registry->providerForChannel(channel);
    if (!spec) {
        *error = tr("No panel for %1 is installed").arg(channel);
        const QStringList refused = rejectedModules();
        if (!refused.isEmpty())     // perhaps it is, but was refused: say why
            *error += QLatin1Char('\n') + tr("Refused: %1").arg(refused.join(QLatin1Char('\n')));
        return nullptr;
    }
    if (host::ModuleLoader *loader = m_loaders.value(spec->id()))
        return loader;
    if (m_loadErrors.contains(spec->id())) {
        *error = m_loadErrors.value(spec->id());
        return nullptr;
    }
    auto loader = std::make_unique<host::ModuleLoader>(*spec);
    auto *context = new ModuleContext(*this, spec->id());
    if (!loader->load() || !loader->initialize(context)) {
        *error = tr("The %1 module could not start: %2").arg(spec->displayName(), loader->errorString());
        m_loadErrors.insert(spec->id(), *error);
        delete context;
        return nullptr;
    }
    m_contexts.insert(spec->id(), context);
    return m_loaders.insert(spec->id(), loader.release()).value();
}

api::PanelResult ModuleHostBridge::createPanel(const QString &interactionId, QWidget *parent)
{
    InteractionHandle *handle = m_handles.value(interactionId);
    if (!handle)
        return api::PanelResult::failure(tr("This interaction is no longer yours."));
    QString error;
    host::ModuleLoader *loader = loaderForChannel(handle->channel(), &error);
    if (!loader)
        return api::PanelResult::failure(error);
    api::PanelResult result = loader->createPanel(handle, parent);
    if (!result.ok() && result.error.isEmpty())
        result.error = tr("The %1 module made no panel.").arg(loader->spec().displayName());
    return result;
}

} // namespace app
