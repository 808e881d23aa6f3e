#include "app_module_host_bridge.h"

#include "app_interaction_handle.h"

#include "api_module_context.h"
#include "host_module_loader.h"
#include "host_module_registry.h"
#include "host_module_watcher.h"
#include "host_panel_swap.h"
#include "session_agent_store.h"
#include "session_catalog_client.h"
#include "session_event_stream.h"
#include "session_interaction_store.h"
#include "session_session.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
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

QString ModuleStatus::stateName(State state)
{
    switch (state) {
    case State::Running: return QStringLiteral("running");
    case State::Failed: return QStringLiteral("failed");
    case State::Refused: return QStringLiteral("refused");
    case State::Quarantined: return QStringLiteral("quarantined");
    case State::RolledBack: return QStringLiteral("rolled-back");
    }
    return {};
}

namespace {

QString versionKey(const QString &id, const QString &version) { return id + QLatin1Char('/') + version; }

} // namespace

ModuleHostBridge::ModuleHostBridge(session::Session &session, const ModuleFolders &folders, QObject *parent)
    : QObject(parent),
      m_session(session),
      m_registry(std::make_unique<host::ModuleRegistry>()),
      m_downloads(folders.downloads.isEmpty() ? defaultDownloadsDir() : folders.downloads),
      m_stateDir(folders.state.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                         : folders.state)
{
    const QString modules = folders.modules.isEmpty() ? defaultModulesDir() : folders.modules;
    // The catalog client installs here; it must exist to be watched from the start.
    QDir().mkpath(m_downloads);
    m_registry->setFolders({modules, m_downloads});
    const QString keysDir = folders.trustedKeys.isEmpty() ? defaultTrustedKeysDir() : folders.trustedKeys;
    QString keyError;
    const host::TrustedKeys keys = host::TrustedKeys::fromDirectory(keysDir, &keyError);
    if (!keyError.isEmpty())
        qWarning("trusted keys: %s", qPrintable(keyError));
    if (keys.isEmpty())
        qWarning("no trusted module keys in %s: every module will be refused", qPrintable(keysDir));
    m_registry->setTrustedKeys(keys);      // always: the client loads signed modules only
    // Before the first scan: a version that crashed the last run is not selected again.
    loadQuarantine();
    quarantineCrashed();
    m_registry->scan();
    for (const host::ModuleSpec &spec : m_registry->rejected())
        qWarning("module %s refused: %s", qPrintable(spec.id()), qPrintable(spec.errorString()));
    reportRefused();

    // Routing offers this agent only what a panel here can show: told now, and again
    // whenever the event stream is (re)welcomed (a restarted server, a new session).
    announceChannels();
    connect(&session.events(), &session::EventStream::welcomed, this, &ModuleHostBridge::announceChannels);

    m_watcher = new host::ModuleWatcher(m_registry->folders(), 300, this);
    connect(m_watcher, &host::ModuleWatcher::changed, this, &ModuleHostBridge::rescan);

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

    // The catalog: what an administrator rolled out to this user is downloaded, verified
    // and installed into the downloads folder by the session; here it is pinned (a
    // rollback pins the previous version, which is still installed) and swapped in live,
    // and what runs, or why not, goes back to the catalog for `module status`.
    session::CatalogClient &catalog = session.catalog();
    catalog.setDownloadsDirectory(m_downloads);
    catalog.setTrustedKeysDirectory(keysDir);
    connect(&catalog, &session::CatalogClient::assignmentChanged, this, &ModuleHostBridge::applyAssignment);
    connect(this, &ModuleHostBridge::modulesChanged, this, &ModuleHostBridge::reportToCatalog);
    catalog.start();
    reportToCatalog();
}

void ModuleHostBridge::applyAssignment(const QHash<QString, QString> &versions)
{
    m_registry->scan();     // the versions just installed, before the watcher's debounce
    for (const QString &id : std::as_const(m_catalogPinned))
        if (!versions.contains(id))
            setAssignedVersion(id, {});     // no longer assigned: the highest installed again
    m_catalogPinned = versions.keys();
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        setAssignedVersion(it.key(), it.value());
    reportToCatalog();
}

void ModuleHostBridge::reportToCatalog()
{
    QList<session::ReportedModule> report;
    const QHash<QString, ModuleStatus> statuses = moduleStatus();
    for (const ModuleStatus &status : statuses) {
        session::ReportedModule module;
        module.moduleId = status.id;
        // What runs, for running and rolled-back modules; what failed, with why, for the
        // others (that is what the administrator asks `module status` about).
        const bool runs = status.state == ModuleStatus::State::Running || status.state == ModuleStatus::State::RolledBack;
        module.version = runs || status.attempted.isEmpty() ? status.version : status.attempted;
        ModuleStatus::State state = status.state;
        if (state == ModuleStatus::State::RolledBack && !status.version.isEmpty()
            && status.version == m_registry->pinned(status.id))
            state = ModuleStatus::State::Running;   // the version the catalog assigned: as asked
        switch (state) {
        case ModuleStatus::State::Running: module.state = session::ModuleRunState::Running; break;
        case ModuleStatus::State::Failed: module.state = session::ModuleRunState::Failed; break;
        case ModuleStatus::State::Refused: module.state = session::ModuleRunState::Refused; break;
        case ModuleStatus::State::Quarantined: module.state = session::ModuleRunState::Quarantined; break;
        case ModuleStatus::State::RolledBack: module.state = session::ModuleRunState::RolledBack; break;
        }
        module.message = state == ModuleStatus::State::Running ? QString() : status.message;
        report.append(module);
    }
    m_session.catalog().report(report);
}

ModuleHostBridge::~ModuleHostBridge()
{
    // Handles first (modules' views hold them in QPointers), then the modules.
    qDeleteAll(m_handles);
    m_handles.clear();
    QList<host::ModuleLoader *> loaders = m_loaders.values();
    loaders += m_retired;
    for (host::ModuleLoader *loader : std::as_const(loaders)) {
        if (!loader->unload())
            qWarning("module %s stays mapped: %s", qPrintable(loader->spec().id()), qPrintable(loader->unloadError()));
        delete loader;
    }
    qDeleteAll(m_contexts);
}

QString ModuleHostBridge::defaultDownloadsDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/modules");
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

QString ModuleHostBridge::assignedVersion(const QString &id) const { return m_registry->pinned(id); }

void ModuleHostBridge::setAssignedVersion(const QString &id, const QString &version)
{
    if (m_registry->pinned(id) == version)
        return;
    m_registry->setPinned(id, version);
    rescan();
}

QString ModuleHostBridge::loadedVersion(const QString &id) const
{
    const host::ModuleLoader *loader = m_loaders.value(id);
    return loader ? loader->spec().version().toString() : QString();
}

QHash<QString, ModuleStatus> ModuleHostBridge::moduleStatus() const
{
    QHash<QString, ModuleStatus> out = m_status;
    QStringList ids = m_registry->ids();
    for (auto it = m_loaders.cbegin(); it != m_loaders.cend(); ++it)
        if (!ids.contains(it.key()))
            ids << it.key();
    for (const QString &id : std::as_const(ids)) {
        ModuleStatus &status = out[id];
        status.id = id;
        // What runs: the loaded version, else the one that would be loaded on first use.
        status.version = loadedVersion(id);
        if (status.version.isEmpty())
            if (const host::ModuleSpec *spec = m_registry->selected(id))
                status.version = spec->version().toString();
    }
    return out;
}

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
    m_announced = names;
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
    // A version that cannot start is given up and the next best one tried: the agent
    // gets the previous version of a panel rather than none.
    for (;;) {
        const host::ModuleSpec *spec = m_registry->providerForChannel(channel);
        if (!spec) {
            if (error->isEmpty())
                *error = tr("No panel for %1 is installed").arg(channel);
            const QStringList refused = rejectedModules();
            if (!refused.isEmpty())     // perhaps it is, but was refused: say why
                *error += QLatin1Char('\n') + tr("Refused: %1").arg(refused.join(QLatin1Char('\n')));
            return nullptr;
        }
        if (host::ModuleLoader *loader = m_loaders.value(spec->id()))
            return loader;
        const host::ModuleSpec chosen = *spec;
        QString why;
        if (host::ModuleLoader *loader = start(chosen, &why)) {
            m_loaders.insert(chosen.id(), loader);
            return loader;
        }
        *error = tr("The %1 module could not start: %2").arg(chosen.displayName(), why);
        giveUp(chosen.id(), chosen.version().toString(), ModuleStatus::State::Failed, why);
        m_registry->scan();
    }
}

QList<QPair<QString, QWidget *>> ModuleHostBridge::createToolViews(QWidget *parent)
{
    QList<QPair<QString, QWidget *>> views;
    for (const QString &id : m_registry->ids()) {
        const host::ModuleSpec *spec = m_registry->selected(id);
        if (!spec || spec->kind() != host::ModuleSpec::Kind::AgentTool)
            continue;
        host::ModuleLoader *loader = m_loaders.value(id);
        if (!loader) {
            QString why;
            const host::ModuleSpec chosen = *spec;
            loader = start(chosen, &why);
            if (!loader) {
                giveUp(chosen.id(), chosen.version().toString(), ModuleStatus::State::Failed, why);
                continue;
            }
            m_loaders.insert(id, loader);
        }
        const api::PanelResult result = loader->createPanel(nullptr, parent);
        // It made (or refused) a view without taking the client down: no longer suspect.
        QFile::remove(markerPath(loader->spec().id(), loader->spec().version().toString()));
        if (!result.ok()) {
            delete result.widget;
            qWarning("tool %s made no view: %s", qPrintable(id), qPrintable(result.error));
            continue;
        }
        views.append({loader->toolTitle(), result.widget});
    }
    return views;
}

QString ModuleHostBridge::toolTitle(const QString &id) const
{
    const host::ModuleLoader *loader = m_loaders.value(id);
    return loader ? loader->toolTitle() : id;
}

void ModuleHostBridge::setToolInteraction(QWidget *view, api::InteractionHandle *interaction)
{
    // A documented slot of tool views, not an SDK interface: a tool that does not follow
    // the interaction simply has none.
    QMetaObject::invokeMethod(view, "setInteraction", Q_ARG(modules::api::InteractionHandle *, interaction));
}

QString ModuleHostBridge::markerPath(const QString &id, const QString &version) const
{
    return m_stateDir + QStringLiteral("/module-loading/") + id + QLatin1Char('-') + version;
}

host::ModuleLoader *ModuleHostBridge::start(const host::ModuleSpec &spec, QString *error)
{
    // The marker says "this version is being tried": if the client dies before the
    // version proved healthy, the next start finds it and quarantines the version.
    const QString marker = markerPath(spec.id(), spec.version().toString());
    QDir().mkpath(QFileInfo(marker).absolutePath());
    QFile file(marker);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8());
        file.close();
    }
    auto loader = std::make_unique<host::ModuleLoader>(spec);
    auto *context = new ModuleContext(*this, spec.id());
    if (!loader->load() || !loader->initialize(context)) {
        *error = loader->errorString();
        delete context;
        QFile::remove(marker);      // it failed, it did not crash
        return nullptr;
    }
    m_contexts.insert(loader.get(), context);
    return loader.release();
}

void ModuleHostBridge::stop(host::ModuleLoader *loader)
{
    if (!loader->unload())
        qWarning("module %s %s stays mapped: %s", qPrintable(loader->spec().id()),
                 qPrintable(loader->spec().version().toString()), qPrintable(loader->unloadError()));
    delete loader;
    delete m_contexts.take(loader);
}

void ModuleHostBridge::rescan()
{
    m_registry->scan();
    const QStringList loadedIds = m_loaders.keys();
    for (const QString &id : loadedIds) {
        host::ModuleLoader *loader = m_loaders.value(id);
        const host::ModuleSpec *selected = m_registry->selected(id);
        if (!selected) {
            // Removed: its open panels stay until their interactions end (routing
            // offers no new ones, see announceChannels()); then it is unloaded.
            qInfo("module %s was removed; unloaded once its %d panel(s) are closed", qPrintable(id),
                  loader->livePanelCount());
            m_loaders.remove(id);
            retire(loader);
            continue;
        }
        if (selected->filePath() != loader->spec().filePath())
            swapTo(id, *selected);
    }
    reportRefused();
    if (servedChannels() != m_announced)
        announceChannels();
    emit modulesChanged();
}

void ModuleHostBridge::swapTo(const QString &id, const host::ModuleSpec &spec)
{
    host::ModuleLoader *old = m_loaders.value(id);
    const QString version = spec.version().toString();
    QString error;
    host::ModuleLoader *next = start(spec, &error);
    if (!next) {
        giveUp(id, version, ModuleStatus::State::Failed, error);
        return;
    }
    // The health check: the new version must make every panel the old one has open.
    host::PanelSwap swap;
    if (!swap.prepare(*old, *next)) {
        error = swap.error();
        stop(next);
        QFile::remove(markerPath(id, version));
        giveUp(id, version, ModuleStatus::State::Failed, error);
        return;
    }
    swap.commit([&](const host::PanelSwap::Pair &pair) {
        emit panelReplaced(pair.interaction->id(), pair.old, pair.replacement);
    });
    QFile::remove(markerPath(id, version));     // healthy
    const QVersionNumber previous = old->spec().version();
    m_loaders.insert(id, next);
    retire(old);
    qInfo("module %s: %s replaced %s", qPrintable(id), qPrintable(version), qPrintable(previous.toString()));
    ModuleStatus status;
    status.id = id;
    status.version = version;
    if (spec.version() < previous) {
        status.state = ModuleStatus::State::RolledBack;
        status.attempted = previous.toString();
        status.message = tr("rolled back from %1").arg(previous.toString());
    }
    m_status.insert(id, status);
    emit moduleNotice({});
}

void ModuleHostBridge::retire(host::ModuleLoader *loader)
{
    m_retired.append(loader);
    // Once its last panel is gone; and not from inside the swap: what the old panels
    // posted (deferred deletes) runs first.
    connect(loader, &host::ModuleLoader::livePanelCountChanged, this, [this](int count) {
        if (count == 0)
            QMetaObject::invokeMethod(this, &ModuleHostBridge::tryUnloadRetired, Qt::QueuedConnection);
    });
    QMetaObject::invokeMethod(this, &ModuleHostBridge::tryUnloadRetired, Qt::QueuedConnection);
}

void ModuleHostBridge::tryUnloadRetired()
{
    const QList<host::ModuleLoader *> retired = m_retired;
    for (host::ModuleLoader *loader : retired) {
        if (!loader->canUnload()) {
            qInfo("module %s %s stays mapped: %d panel(s) of it are open", qPrintable(loader->spec().id()),
                  qPrintable(loader->spec().version().toString()), loader->livePanelCount());
            continue;
        }
        if (!loader->unload()) {
            qWarning("module %s %s stays mapped: %s", qPrintable(loader->spec().id()),
                     qPrintable(loader->spec().version().toString()), qPrintable(loader->unloadError()));
            continue;
        }
        m_retired.removeAll(loader);
        delete m_contexts.take(loader);
        delete loader;
    }
}

void ModuleHostBridge::giveUp(const QString &id, const QString &version, ModuleStatus::State state,
                              const QString &reason)
{
    m_registry->setExcluded(id, version, reason);
    m_reported.insert(versionKey(id, version));
    ModuleStatus status;
    status.id = id;
    status.attempted = version;
    status.state = state;
    status.message = reason;
    status.version = loadedVersion(id);
    if (status.version.isEmpty())
        if (const host::ModuleSpec *spec = m_registry->selected(id))
            status.version = spec->version().toString();
    m_status.insert(id, status);
    QString name = id;
    for (const host::ModuleSpec &spec : m_registry->specs())
        if (spec.id() == id && !spec.displayName().isEmpty())
            name = spec.displayName();
    const QString text = status.version.isEmpty()
        ? tr("%1 %2 could not start: %3").arg(name, version, reason)
        : tr("%1 %2 could not start: %3; staying on %4").arg(name, version, reason, status.version);
    qWarning("%s", qPrintable(text));
    emit moduleNotice(text);
    emit modulesChanged();
}

void ModuleHostBridge::reportRefused()
{
    // A refused version the agent would otherwise have got (newer than what is
    // selected): said once. Older refused versions change nothing for anyone.
    for (const host::ModuleSpec &spec : m_registry->rejected()) {
        const QString id = spec.id();
        const QString version = spec.version().toString();
        if (id.isEmpty() || m_reported.contains(versionKey(id, version)))
            continue;
        const host::ModuleSpec *selected = m_registry->selected(id);
        if (selected && spec.version() <= selected->version())
            continue;
        const QString pinned = m_registry->pinned(id);
        if (!pinned.isEmpty() && pinned != version)
            continue;
        const bool quarantined = m_quarantine.contains(versionKey(id, version));
        ModuleStatus::State state = quarantined ? ModuleStatus::State::Quarantined : ModuleStatus::State::Refused;
        giveUp(id, version, state, spec.errorString());
    }
}

void ModuleHostBridge::loadQuarantine()
{
    QFile file(m_stateDir + QStringLiteral("/module-quarantine.json"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QString id = entry.value(QLatin1String("id")).toString();
        const QString version = entry.value(QLatin1String("version")).toString();
        const QString date = entry.value(QLatin1String("crashedOn")).toString();
        if (id.isEmpty() || version.isEmpty())
            continue;
        m_quarantine.insert(versionKey(id, version), date);
        m_registry->setExcluded(id, version, tr("quarantined: it crashed the client on %1").arg(date));
    }
}

void ModuleHostBridge::quarantineCrashed()
{
    QDir markers(m_stateDir + QStringLiteral("/module-loading"));
    const QStringList names = markers.entryList(QDir::Files);
    if (names.isEmpty())
        return;
    QFile file(m_stateDir + QStringLiteral("/module-quarantine.json"));
    QJsonObject all;
    if (file.open(QIODevice::ReadOnly)) {
        all = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
    }
    for (const QString &name : names) {
        // <id>-<version>: ids may hold '-', versions do not.
        const int dash = name.lastIndexOf(QLatin1Char('-'));
        QFile marker(markers.filePath(name));
        // The marker holds when loading started: that is when it crashed.
        QString date = marker.open(QIODevice::ReadOnly) ? QString::fromUtf8(marker.readAll()).left(10) : QString();
        marker.close();
        if (date.isEmpty())
            date = QDate::currentDate().toString(Qt::ISODate);
        markers.remove(name);
        if (dash <= 0)
            continue;
        const QString id = name.left(dash);
        const QString version = name.mid(dash + 1);
        m_quarantine.insert(versionKey(id, version), date);
        m_registry->setExcluded(id, version, tr("quarantined: it crashed the client on %1").arg(date));
        all.insert(versionKey(id, version), QJsonObject{{QStringLiteral("id"), id},
                                                        {QStringLiteral("version"), version},
                                                        {QStringLiteral("crashedOn"), date}});
        qWarning("module %s %s was being loaded when the client last stopped: quarantined",
                 qPrintable(id), qPrintable(version));
    }
    QDir().mkpath(m_stateDir);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(all).toJson());
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
    // It made (or refused) a panel without taking the client down: no longer suspect.
    QFile::remove(markerPath(loader->spec().id(), loader->spec().version().toString()));
    if (!result.ok() && result.error.isEmpty())
        result.error = tr("The %1 module made no panel.").arg(loader->spec().displayName());
    return result;
}

} // namespace app
