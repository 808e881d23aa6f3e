#include "session_catalog_client.h"

#include "session_rpc_p.h"
#include "session_status_p.h"

#include "host_bundle.h"
#include "switchboard/v1/catalog.grpc.pb.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

#include <grpcpp/support/client_callback.h>

namespace session {

Q_LOGGING_CATEGORY(lcCatalog, "switchboard.session.catalog", QtInfoMsg)

namespace v1 = switchboard::v1;
using CatalogStub = v1::CatalogService::Stub;

namespace {

constexpr std::int64_t kMaxBundleBytes = 64 * 1024 * 1024;
const char *const kClientIdKey = "session/catalogClientId";

v1::ClientModuleState toProto(ModuleRunState state)
{
    switch (state) {
    case ModuleRunState::Running: return v1::CLIENT_MODULE_STATE_RUNNING;
    case ModuleRunState::Failed: return v1::CLIENT_MODULE_STATE_FAILED;
    case ModuleRunState::Refused: return v1::CLIENT_MODULE_STATE_REFUSED;
    case ModuleRunState::Quarantined: return v1::CLIENT_MODULE_STATE_QUARANTINED;
    case ModuleRunState::RolledBack: return v1::CLIENT_MODULE_STATE_ROLLED_BACK;
    }
    return v1::CLIENT_MODULE_STATE_UNSPECIFIED;
}

// One DownloadModule stream on the callback API: collects the chunks on gRPC's thread,
// then hands the bytes to the connection's thread by queued invocation.
class DownloadCall final : public grpc::ClientReadReactor<v1::ModuleChunk> {
public:
    using Done = std::function<void(const grpc::Status &, const QByteArray &, const QString &error)>;

    DownloadCall(std::shared_ptr<CallTracker> calls, QObject *dispatcher, QPointer<QObject> guard, Done done)
        : m_calls(std::move(calls)), m_dispatcher(dispatcher), m_guard(std::move(guard)), m_done(std::move(done))
    {
    }

    grpc::ClientContext context;
    v1::DownloadModuleRequest request;

    bool start(CatalogStub &stub)
    {
        if (!m_calls->add(&context))
            return false;
        stub.async()->DownloadModule(&context, &request, this);
        StartRead(&m_chunk);
        StartCall();
        return true;
    }

    void OnReadDone(bool ok) override
    {
        if (!ok)
            return;
        if (m_chunk.offset() != std::int64_t(m_data.size())) {
            m_error = QStringLiteral("the download arrived out of order");
            context.TryCancel();
            return;
        }
        if (m_chunk.total_size() > kMaxBundleBytes || std::int64_t(m_data.size() + m_chunk.data().size()) > kMaxBundleBytes) {
            m_error = QStringLiteral("the bundle is larger than 64 MiB");
            context.TryCancel();
            return;
        }
        m_data.append(m_chunk.data());
        StartRead(&m_chunk);
    }

    void OnDone(const grpc::Status &status) override
    {
        QMetaObject::invokeMethod(m_dispatcher,
            [guard = m_guard, done = std::move(m_done), status, data = QByteArray::fromStdString(m_data),
             error = m_error]() {
                if (guard)
                    done(status, data, error);
            },
            Qt::QueuedConnection);
        const auto calls = m_calls;
        grpc::ClientContext *ctx = &context;
        delete this;
        calls->remove(ctx);
    }

private:
    std::shared_ptr<CallTracker> m_calls;
    QObject *m_dispatcher;
    QPointer<QObject> m_guard;
    Done m_done;
    v1::ModuleChunk m_chunk;
    std::string m_data;
    QString m_error;
};

struct Rejection {
    QString version;
    QByteArray sha256;
    bool refused = false;
    QString reason;
};

} // namespace

struct CatalogClient::Private {
    Connection &connection;
    std::unique_ptr<CatalogStub> stub;
    QString downloads = CatalogClient::defaultDownloadsDirectory();
    QString trustedKeys;
    mutable QString clientId;
    bool started = false;
    bool syncing = false;
    bool syncAgain = false;
    bool emittedOnce = false;
    int downloadsInFlight = 0;
    QList<v1::ModuleVersion> assigned;              // of the sync running
    QHash<QString, QString> installed;              // last emitted
    QHash<QString, Rejection> rejected;             // module id -> its assigned version that failed
    QList<ReportedModule> lastReport;               // what the app reported last
    bool reportedOnce = false;

    explicit Private(Connection &c) : connection(c) {}

    void download(CatalogClient *q, const v1::ModuleVersion &m);

    QString versionDir(const QString &id, const QString &version) const
    {
        return downloads + QLatin1Char('/') + id + QLatin1Char('/') + version;
    }
    bool isInstalled(const QString &id, const QString &version) const
    {
        return QFileInfo::exists(versionDir(id, version) + QStringLiteral("/manifest.json"));
    }
};

CatalogClient::CatalogClient(Connection &connection, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(connection))
{
    d->stub = v1::CatalogService::NewStub(connection.channel());
}

CatalogClient::~CatalogClient() = default;

QString CatalogClient::defaultDownloadsDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/modules");
}

void CatalogClient::setDownloadsDirectory(const QString &directory)
{
    d->downloads = directory.isEmpty() ? defaultDownloadsDirectory() : directory;
}
QString CatalogClient::downloadsDirectory() const { return d->downloads; }
void CatalogClient::setTrustedKeysDirectory(const QString &directory) { d->trustedKeys = directory; }
QString CatalogClient::trustedKeysDirectory() const { return d->trustedKeys; }

QString CatalogClient::clientId() const
{
    if (d->clientId.isEmpty()) {
        QSettings settings;
        d->clientId = settings.value(QLatin1String(kClientIdKey)).toString();
        if (d->clientId.isEmpty()) {
            d->clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            settings.setValue(QLatin1String(kClientIdKey), d->clientId);
        }
    }
    return d->clientId;
}
void CatalogClient::setClientId(const QString &clientId) { d->clientId = clientId; }

void CatalogClient::start()
{
    if (d->started)
        return;
    d->started = true;
    sync();
}
bool CatalogClient::isStarted() const { return d->started; }
bool CatalogClient::isSyncing() const { return d->syncing; }
QHash<QString, QString> CatalogClient::assignedVersions() const { return d->installed; }

void CatalogClient::sync()
{
    if (!d->started)
        return;
    if (d->syncing) {
        d->syncAgain = true;
        return;
    }
    d->syncing = true;
    d->syncAgain = false;
    rpc::Options options;
    options.service = QStringLiteral("catalog");
    rpc::unary(d->connection, this, d->stub->async(), &CatalogStub::async::GetAssignedModules,
        v1::GetAssignedModulesRequest(),
        [this](const grpc::Status &status, v1::GetAssignedModulesResponse &response) {
            if (!status.ok()) {
                d->syncing = false;
                const QString reason = describeStatus(status);
                qCInfo(lcCatalog) << "GetAssignedModules failed:" << reason;
                emit syncFailed(reason);
                if (d->syncAgain)
                    sync();
                return;
            }
            d->assigned.clear();
            for (const auto &m : response.modules())
                d->assigned.append(m);
            for (const v1::ModuleVersion &m : std::as_const(d->assigned)) {
                const QString id = QString::fromStdString(m.module_id());
                const QString version = QString::fromStdString(m.version());
                const QByteArray sha = QByteArray::fromStdString(m.bundle_sha256());
                if (d->isInstalled(id, version))
                    continue;
                // A version refused once (same bytes) is refused again: not downloaded anew.
                if (const auto it = d->rejected.constFind(id);
                    it != d->rejected.cend() && it->refused && it->version == version && it->sha256 == sha)
                    continue;
                d->download(this, m);
            }
            if (d->downloadsInFlight == 0)
                finishSync();
        },
        options);
}

void CatalogClient::Private::download(CatalogClient *q, const v1::ModuleVersion &m)
{
    Private *d = this;
    const QString id = QString::fromStdString(m.module_id());
    const QString version = QString::fromStdString(m.version());
    const QByteArray sha = QByteArray::fromStdString(m.bundle_sha256());
    Connection::Private *c = d->connection.d_func();
    auto *call = new DownloadCall(c->calls, c->dispatcher.get(), QPointer<QObject>(q),
        [q, d, id, version, sha](const grpc::Status &status, const QByteArray &data, const QString &error) {
            --d->downloadsInFlight;
            if (!status.ok() || !error.isEmpty())
                q->reject(id, version, sha, false,
                          CatalogClient::tr("%1 %2 could not be downloaded: %3")
                              .arg(id, version, error.isEmpty() ? describeStatus(status) : error));
            else
                q->install(id, version, sha, data);
            if (d->downloadsInFlight == 0)
                q->finishSync();
        });
    call->request.set_module_id(m.module_id());
    call->request.set_version(m.version());
    call->context.set_deadline(std::chrono::system_clock::now() + std::chrono::minutes(5));
    if (!c->accessToken.isEmpty())
        call->context.AddMetadata("authorization", "Bearer " + c->accessToken.toStdString());
    ++d->downloadsInFlight;
    if (!call->start(*d->stub)) {
        --d->downloadsInFlight;
        delete call;
    }
}

void CatalogClient::install(const QString &id, const QString &version, const QByteArray &sha256,
                            const QByteArray &data)
{
    if (!sha256.isEmpty() && QCryptographicHash::hash(data, QCryptographicHash::Sha256) != sha256) {
        reject(id, version, sha256, false,
               tr("%1 %2 was damaged in transit (its SHA-256 is not the catalog's)").arg(id, version));
        return;
    }
    QString error;
    const modules::host::Bundle bundle = modules::host::Bundle::fromBytes(data, &error);
    if (bundle.isNull()) {
        reject(id, version, sha256, true, tr("%1 %2 is not a module bundle: %3").arg(id, version, error));
        return;
    }
    if (bundle.id() != id || bundle.version() != version) {
        reject(id, version, sha256, true,
               tr("the catalog's %1 %2 contains %3 %4: refused").arg(id, version, bundle.id(), bundle.version()));
        return;
    }
    QString keysError;
    const auto keys = modules::host::TrustedKeys::fromDirectory(d->trustedKeys, &keysError);
    if (const QString why = bundle.verify(keys); !why.isEmpty()) {
        reject(id, version, sha256, true, why);
        return;
    }
    if (!QDir().mkpath(d->downloads) || !bundle.install(d->downloads, &error)) {
        if (!d->isInstalled(id, version)) {
            reject(id, version, sha256, false, tr("%1 %2 could not be installed: %3").arg(id, version, error));
            return;
        }
    }
    d->rejected.remove(id);
    qCInfo(lcCatalog) << "installed" << id << version << "into" << d->versionDir(id, version);
    emit moduleInstalled(id, version, d->versionDir(id, version));
}

void CatalogClient::reject(const QString &id, const QString &version, const QByteArray &sha256, bool refused,
                           const QString &reason)
{
    qCWarning(lcCatalog) << (refused ? "refused" : "failed") << id << version << reason;
    d->rejected.insert(id, Rejection{version, sha256, refused, reason});
    emit moduleRejected(id, version, refused, reason);
}

void CatalogClient::finishSync()
{
    QHash<QString, QString> installed;
    QSet<QString> assignedIds;
    for (const v1::ModuleVersion &m : std::as_const(d->assigned)) {
        const QString id = QString::fromStdString(m.module_id());
        const QString version = QString::fromStdString(m.version());
        assignedIds.insert(id);
        if (d->isInstalled(id, version))
            installed.insert(id, version);
    }
    // A rejection counts only while its version is still the one assigned.
    bool rejectionsChanged = false;
    for (auto it = d->rejected.begin(); it != d->rejected.end();) {
        const bool current = std::any_of(d->assigned.cbegin(), d->assigned.cend(), [&](const v1::ModuleVersion &m) {
            return QString::fromStdString(m.module_id()) == it.key()
                && QString::fromStdString(m.version()) == it->version;
        });
        if (current) {
            ++it;
        } else {
            it = d->rejected.erase(it);
            rejectionsChanged = true;
        }
    }
    d->syncing = false;
    const bool changed = !d->emittedOnce || installed != d->installed;
    d->installed = installed;
    d->emittedOnce = true;
    if (changed)
        emit assignmentChanged(installed);
    if (!d->rejected.isEmpty() || rejectionsChanged)
        sendReport();
    if (d->syncAgain)
        sync();
}

void CatalogClient::report(const QList<ReportedModule> &modules)
{
    d->lastReport = modules;
    d->reportedOnce = true;
    sendReport();
}

void CatalogClient::sendReport()
{
    v1::ReportClientModulesRequest request;
    request.set_client_id(clientId().toStdString());
    QSet<QString> listed;
    for (const ReportedModule &m : std::as_const(d->lastReport)) {
        auto *module = request.add_modules();
        module->set_module_id(m.moduleId.toStdString());
        module->set_version(m.version.toStdString());
        module->set_state(toProto(m.state));
        module->set_message(m.message.toStdString());
        listed.insert(m.moduleId + QLatin1Char(' ') + m.version);
    }
    for (auto it = d->rejected.cbegin(); it != d->rejected.cend(); ++it) {
        if (listed.contains(it.key() + QLatin1Char(' ') + it->version))
            continue;
        auto *module = request.add_modules();
        module->set_module_id(it.key().toStdString());
        module->set_version(it->version.toStdString());
        module->set_state(it->refused ? v1::CLIENT_MODULE_STATE_REFUSED : v1::CLIENT_MODULE_STATE_FAILED);
        module->set_message(it->reason.toStdString());
    }
    rpc::Options options;
    options.service = QStringLiteral("catalog");
    rpc::unary(d->connection, this, d->stub->async(), &CatalogStub::async::ReportClientModules, std::move(request),
        [this](const grpc::Status &status, v1::ReportClientModulesResponse &) {
            const QString error = status.ok() ? QString() : describeStatus(status);
            if (!error.isEmpty())
                qCInfo(lcCatalog) << "ReportClientModules failed:" << error;
            emit reportFinished(error);
        },
        options);
}

} // namespace session
