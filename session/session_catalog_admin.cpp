#include "session_catalog_admin.h"

#include "session_connection.h"
#include "session_convert_p.h"
#include "session_event_stream.h"
#include "session_rpc_p.h"
#include "session_session.h"
#include "session_status_p.h"

#include "host_bundle.h"
#include "switchboard/v1/catalog.grpc.pb.h"
#include "switchboard/v1/directory.grpc.pb.h"
#include "switchboard/v1/gateway.pb.h"
#include "switchboard/v1/identity.grpc.pb.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace session {

namespace v1 = switchboard::v1;
using CatalogStub = v1::CatalogService::Stub;
using DirectoryStub = v1::DirectoryService::Stub;
using IdentityStub = v1::IdentityService::Stub;

namespace {

constexpr qint64 kMaxBundleBytes = 64 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("session::CatalogAdmin", text);
}

ModuleRunState runState(v1::ClientModuleState state)
{
    switch (state) {
    case v1::CLIENT_MODULE_STATE_FAILED: return ModuleRunState::Failed;
    case v1::CLIENT_MODULE_STATE_REFUSED: return ModuleRunState::Refused;
    case v1::CLIENT_MODULE_STATE_QUARANTINED: return ModuleRunState::Quarantined;
    case v1::CLIENT_MODULE_STATE_ROLLED_BACK: return ModuleRunState::RolledBack;
    default: return ModuleRunState::Running;
    }
}

ModuleVersionInfo versionOf(const v1::ModuleVersion &v)
{
    ModuleVersionInfo info;
    info.moduleId = convert::string(v.module_id());
    info.version = convert::string(v.version());
    info.apiVersion = convert::string(v.api_version());
    info.kind = convert::string(v.kind());
    info.channel = convert::string(v.channel());
    info.signingKeyId = convert::string(v.signing_key_id());
    info.sha256 = QByteArray::fromStdString(v.bundle_sha256());
    info.sizeBytes = v.size_bytes();
    info.publishedAt = convert::dateTime(v.published_at());
    info.publishedBy = convert::string(v.published_by().username());
    return info;
}

RolloutTarget targetOf(const v1::RolloutTarget &t)
{
    switch (t.target_case()) {
    case v1::RolloutTarget::kTeamId: return RolloutTarget::team(convert::string(t.team_id()));
    case v1::RolloutTarget::kQueueId: return RolloutTarget::queue(convert::string(t.queue_id()));
    case v1::RolloutTarget::kPercent: return RolloutTarget::percentOf(t.percent());
    case v1::RolloutTarget::kUsers: {
        QStringList users;
        for (const auto &u : t.users().user_ids())
            users << convert::string(u);
        return RolloutTarget::usersNamed(users);
    }
    default: return RolloutTarget::everyone();
    }
}

v1::RolloutTarget toProto(const RolloutTarget &t)
{
    v1::RolloutTarget out;
    switch (t.kind) {
    case RolloutTarget::Kind::Everyone: out.set_everyone(true); break;
    case RolloutTarget::Kind::Team: out.set_team_id(t.id.trimmed().toStdString()); break;
    case RolloutTarget::Kind::Queue: out.set_queue_id(t.id.trimmed().toStdString()); break;
    case RolloutTarget::Kind::Percent: out.set_percent(t.percent); break;
    case RolloutTarget::Kind::Users:
        for (const QString &u : t.users)
            if (!u.trimmed().isEmpty())
                out.mutable_users()->add_user_ids(u.trimmed().toStdString());
        break;
    }
    return out;
}

RolloutRuleInfo ruleOf(const v1::RolloutRule &r)
{
    RolloutRuleInfo info;
    info.id = convert::string(r.id());
    info.moduleId = convert::string(r.module_id());
    info.version = convert::string(r.version());
    info.previousVersion = convert::string(r.previous_version());
    info.target = targetOf(r.target());
    info.createdAt = convert::dateTime(r.created_at());
    info.createdBy = convert::string(r.created_by().username());
    info.counter = r.version_counter();
    return info;
}

CatalogResult resultOf(const grpc::Status &status)
{
    CatalogResult result;
    result.ok = status.ok();
    result.error = status.ok() ? QString() : QString::fromStdString(status.error_message());
    if (!status.ok() && result.error.isEmpty())
        result.error = describeStatus(status);
    result.statusCode = int(status.error_code());
    return result;
}

rpc::Options catalogOptions(int seconds = 10)
{
    rpc::Options o;
    o.service = QStringLiteral("catalog");
    o.timeout = std::chrono::seconds(seconds);
    return o;
}

} // namespace

QString RolloutTarget::problem() const
{
    switch (kind) {
    case Kind::Everyone: return {};
    case Kind::Team: return id.trimmed().isEmpty() ? tr("Choose a team.") : QString();
    case Kind::Queue: return id.trimmed().isEmpty() ? tr("Choose a queue.") : QString();
    case Kind::Percent:
        return percent < 1 || percent > 100 ? tr("A percentage from 1 to 100.") : QString();
    case Kind::Users: {
        QStringList named;
        for (const QString &u : users)
            if (!u.trimmed().isEmpty())
                named << u.trimmed();
        if (named.isEmpty())
            return tr("Name at least one user (user names, separated by commas).");
        for (const QString &u : std::as_const(named))
            if (u.contains(QLatin1Char(' ')))
                return tr("'%1' is not a user name: separate names with commas.").arg(u);
        return {};
    }
    }
    return {};
}

QString RolloutTarget::describe() const
{
    switch (kind) {
    case Kind::Everyone: return tr("everyone");
    case Kind::Team: return tr("team %1").arg(id);
    case Kind::Queue: return tr("queue %1").arg(id);
    case Kind::Percent: return tr("%1 % of users").arg(percent);
    case Kind::Users: return tr("users %1").arg(users.join(QStringLiteral(", ")));
    }
    return {};
}

struct CatalogAdmin::Private {
    explicit Private(Session &s) : session(s) {}

    Session &session;
    std::unique_ptr<CatalogStub> catalog;
    std::unique_ptr<DirectoryStub> directory;
    std::unique_ptr<IdentityStub> identity;
    QList<ModuleVersionInfo> versions;
    QList<RolloutRuleInfo> rules;
    QList<ClientModuleInfo> status;
    QHash<QString, QString> userNames;                  // id -> user name
    QList<QPair<QString, QString>> teams, queues;
    QTimer statusTimer;
    int statusInterval = 5000;
    bool modulesLoaded = false;
    bool statusLoaded = false;
    bool statusPending = false;
    bool statusAgain = false;
};

CatalogAdmin::CatalogAdmin(Session &session, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(session))
{
    qRegisterMetaType<CatalogResult>();
    const auto channel = session.connection().channel();
    d->catalog = v1::CatalogService::NewStub(channel);
    d->directory = v1::DirectoryService::NewStub(channel);
    d->identity = v1::IdentityService::NewStub(channel);
    d->statusTimer.setInterval(d->statusInterval);
    connect(&d->statusTimer, &QTimer::timeout, this, &CatalogAdmin::refreshStatus);
    connect(&session.events(), &EventStream::eventsReceived, this, [this](const EventBatchPtr &batch) {
        bool modules = false, status = false;
        for (const v1::Event &event : batch->events()) {
            if (event.payload_case() == v1::Event::kModuleAssignmentChanged) {
                status = true;
            } else if (event.payload_case() == v1::Event::kAuditRecorded
                       && event.audit_recorded().service() == "catalog") {
                modules = status = true;
            }
        }
        if (modules && d->modulesLoaded)
            refresh();
        else if (status && d->statusLoaded)
            refreshStatus();
    });
    connect(&session.events(), &EventStream::snapshotRequired, this, [this] {
        if (d->modulesLoaded)
            refresh();
    });
}

CatalogAdmin::~CatalogAdmin() = default;

BundleInfo CatalogAdmin::inspectBundle(const QString &path)
{
    BundleInfo info;
    info.path = path;
    const QFileInfo fi(path);
    if (path.trimmed().isEmpty()) {
        info.error = tr("Choose a signed module folder or bundle file.");
        return info;
    }
    if (!fi.exists()) {
        info.error = tr("%1 does not exist.").arg(QDir::toNativeSeparators(path));
        return info;
    }
    QString error;
    modules::host::Bundle bundle;
    if (fi.isDir()) {
        if (!QFileInfo::exists(path + QStringLiteral("/manifest.json"))) {
            info.error = tr("This folder has no manifest.json: choose a module version folder (<id>/<version>).");
            return info;
        }
        bundle = modules::host::Bundle::fromDirectory(path, &error);
    } else {
        QFile file(path);
        if (fi.size() > kMaxBundleBytes) {
            info.error = tr("The bundle is larger than 64 MiB.");
            return info;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            info.error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return info;
        }
        bundle = modules::host::Bundle::fromBytes(file.readAll(), &error);
    }
    if (bundle.isNull()) {
        info.error = tr("Not a module bundle: %1").arg(error);
        return info;
    }
    info.moduleId = bundle.id();
    info.version = bundle.version();
    info.keyId = bundle.keyId();
    for (const auto &file : bundle.files())
        info.files << file.name;
    info.sizeBytes = bundle.toBytes().size();
    if (const auto *manifest = bundle.file(QStringLiteral("manifest.json"))) {
        const QJsonObject json = QJsonDocument::fromJson(manifest->data).object();
        info.apiVersion = json.value(QStringLiteral("apiVersion")).toString(json.value(QStringLiteral("api_version")).toString());
        info.kind = json.value(QStringLiteral("kind")).toString();
        info.channel = json.value(QStringLiteral("channel")).toString();
        if (json.isEmpty())
            info.error = tr("manifest.json is not a JSON object.");
    } else {
        info.error = tr("The bundle has no manifest.json.");
    }
    if (info.error.isEmpty() && info.sizeBytes > kMaxBundleBytes)
        info.error = tr("The bundle is larger than 64 MiB.");
    if (info.error.isEmpty() && !bundle.isSigned())
        info.error = tr("%1 %2 is not signed: sign it first (switchboard-ctl module sign), only signed modules "
                        "can be published.").arg(info.moduleId, info.version);
    return info;
}

void CatalogAdmin::refresh()
{
    rpc::unary(d->session.connection(), this, d->catalog->async(), &CatalogStub::async::ListModules,
        v1::ListModulesRequest{},
        [this](const grpc::Status &status, v1::ListModulesResponse &response) {
            if (!status.ok()) {
                const CatalogResult r = resultOf(status);
                emit loadFailed(r.error, r.statusCode);
                return;
            }
            d->versions.clear();
            d->rules.clear();
            for (const auto &v : response.versions())
                d->versions << versionOf(v);
            for (const auto &r : response.rules())
                d->rules << ruleOf(r);
            d->modulesLoaded = true;
            emit modulesChanged();
        },
        catalogOptions());
    loadNames();
    refreshStatus();
    if (d->statusInterval > 0 && !d->statusTimer.isActive())
        d->statusTimer.start();
}

void CatalogAdmin::loadNames()
{
    v1::ListUsersRequest users;
    users.mutable_page()->set_page_size(1000);
    rpc::unary(d->session.connection(), this, d->identity->async(), &IdentityStub::async::ListUsers, users,
        [this](const grpc::Status &status, v1::ListUsersResponse &response) {
            if (!status.ok())
                return;     // the ids stay: a supervisor may not list users
            bool changed = false;
            for (const auto &u : response.users()) {
                const QString id = convert::string(u.id());
                const QString name = convert::string(u.username());
                changed |= d->userNames.value(id) != name;
                d->userNames.insert(id, name);
            }
            if (!changed)
                return;
            for (ClientModuleInfo &row : d->status)
                row.userName = userName(row.userId);
            emit statusChanged();
        });
    rpc::unary(d->session.connection(), this, d->directory->async(), &DirectoryStub::async::ListTeams,
        v1::ListTeamsRequest{},
        [this](const grpc::Status &status, v1::ListTeamsResponse &response) {
            if (!status.ok())
                return;
            d->teams.clear();
            for (const auto &t : response.teams())
                d->teams.append({convert::string(t.id()), convert::string(t.name())});
            emit modulesChanged();
        });
    rpc::unary(d->session.connection(), this, d->directory->async(), &DirectoryStub::async::ListQueues,
        v1::ListQueuesRequest{},
        [this](const grpc::Status &status, v1::ListQueuesResponse &response) {
            if (!status.ok())
                return;
            d->queues.clear();
            for (const auto &q : response.queues())
                d->queues.append({convert::string(q.id()), convert::string(q.name())});
            emit modulesChanged();
        });
}

void CatalogAdmin::refreshStatus()
{
    if (d->statusPending) {
        d->statusAgain = true;
        return;
    }
    d->statusPending = true;
    rpc::unary(d->session.connection(), this, d->catalog->async(), &CatalogStub::async::GetModuleStatus,
        v1::GetModuleStatusRequest{},
        [this](const grpc::Status &status, v1::GetModuleStatusResponse &response) {
            d->statusPending = false;
            if (!status.ok()) {
                const CatalogResult r = resultOf(status);
                emit loadFailed(r.error, r.statusCode);
            } else {
                QList<ClientModuleInfo> rows;
                for (const auto &client : response.clients())
                    for (const auto &m : client.modules()) {
                        ClientModuleInfo row;
                        row.userId = convert::string(client.user_id());
                        row.userName = userName(row.userId);
                        row.clientId = convert::string(client.client_id());
                        row.moduleId = convert::string(m.module_id());
                        row.version = convert::string(m.version());
                        row.state = runState(m.state());
                        row.message = convert::string(m.message());
                        row.reportedAt = convert::dateTime(client.reported_at());
                        rows << row;
                    }
                d->status = rows;
                d->statusLoaded = true;
                emit statusChanged();
            }
            if (d->statusAgain) {
                d->statusAgain = false;
                refreshStatus();
            }
        },
        catalogOptions());
}

bool CatalogAdmin::isLoaded() const { return d->modulesLoaded && d->statusLoaded; }
QList<ModuleVersionInfo> CatalogAdmin::versions() const { return d->versions; }
QList<RolloutRuleInfo> CatalogAdmin::rules() const { return d->rules; }
QList<ClientModuleInfo> CatalogAdmin::status() const { return d->status; }
QList<QPair<QString, QString>> CatalogAdmin::teams() const { return d->teams; }
QList<QPair<QString, QString>> CatalogAdmin::queues() const { return d->queues; }
QString CatalogAdmin::userName(const QString &userId) const { return d->userNames.value(userId, userId); }

QStringList CatalogAdmin::moduleIds() const
{
    QStringList ids;
    for (const auto &v : d->versions)
        if (!ids.contains(v.moduleId))
            ids << v.moduleId;
    ids.sort();
    return ids;
}

QList<ModuleVersionInfo> CatalogAdmin::versionsOf(const QString &moduleId) const
{
    QList<ModuleVersionInfo> out;
    for (const auto &v : d->versions)
        if (v.moduleId == moduleId)
            out << v;
    return out;
}

RolloutRuleInfo CatalogAdmin::currentRule(const QString &moduleId, const RolloutTarget &target) const
{
    for (auto it = d->rules.crbegin(); it != d->rules.crend(); ++it)
        if (it->moduleId == moduleId && it->target == target)
            return *it;
    return {};
}

void CatalogAdmin::setStatusInterval(int ms)
{
    d->statusInterval = std::max(ms, 0);
    if (d->statusInterval == 0) {
        d->statusTimer.stop();
    } else {
        d->statusTimer.setInterval(d->statusInterval);
        d->statusTimer.start();
    }
}

int CatalogAdmin::statusInterval() const { return d->statusInterval; }

void CatalogAdmin::publish(const QString &path, Callback done)
{
    const BundleInfo info = inspectBundle(path);
    if (!info.isValid()) {
        CatalogResult result;
        result.error = info.error;
        result.statusCode = -1;
        if (done)
            done(result);
        emit finished(result);
        return;
    }
    QByteArray bytes;
    QString error;
    if (QFileInfo(path).isDir()) {
        bytes = modules::host::Bundle::fromDirectory(path, &error).toBytes();
    } else {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
    }
    publishBytes(bytes, std::move(done));
}

void CatalogAdmin::publishBytes(const QByteArray &bundle, Callback done)
{
    v1::PublishModuleRequest request;
    request.set_bundle(bundle.toStdString());
    rpc::unary(d->session.connection(), this, d->catalog->async(), &CatalogStub::async::PublishModule, request,
        [this, done = std::move(done)](const grpc::Status &status, v1::ModuleVersion &response) {
            CatalogResult result = resultOf(status);
            if (status.ok()) {
                result.published = versionOf(response);
                // A refresh (the catalog's audit event of this very publish triggers
                // one) may have listed it already: once only.
                const bool known = std::any_of(d->versions.cbegin(), d->versions.cend(), [&](const auto &v) {
                    return v.moduleId == result.published.moduleId && v.version == result.published.version;
                });
                if (!known)
                    d->versions << result.published;
                emit modulesChanged();
            }
            if (done)
                done(result);
            emit finished(result);
        },
        catalogOptions(120));
}

void CatalogAdmin::rollout(const QString &moduleId, const QString &version, const RolloutTarget &target, Callback done)
{
    CatalogResult local;
    local.statusCode = -1;
    if (moduleId.trimmed().isEmpty())
        local.error = tr("Choose a module.");
    else if (version.trimmed().isEmpty())
        local.error = tr("Choose a published version.");
    else
        local.error = target.problem();
    if (!local.error.isEmpty()) {
        if (done)
            done(local);
        emit finished(local);
        return;
    }
    v1::RolloutRequest request;
    request.set_module_id(moduleId.trimmed().toStdString());
    request.set_version(version.trimmed().toStdString());
    *request.mutable_target() = toProto(target);
    rpc::unary(d->session.connection(), this, d->catalog->async(), &CatalogStub::async::Rollout, request,
        [this, done = std::move(done)](const grpc::Status &status, v1::RolloutRule &response) {
            CatalogResult result = resultOf(status);
            if (status.ok()) {
                result.rule = ruleOf(response);
                // Once only: a refresh triggered by the rule's audit event may list it.
                if (std::none_of(d->rules.cbegin(), d->rules.cend(), [&](const auto &r) { return r.id == result.rule.id; }))
                    d->rules << result.rule;
                emit modulesChanged();
                refreshStatus();
            }
            if (done)
                done(result);
            emit finished(result);
        },
        catalogOptions());
}

void CatalogAdmin::rollback(const QString &moduleId, const RolloutTarget &target, Callback done)
{
    CatalogResult local;
    local.statusCode = -1;
    local.error = moduleId.trimmed().isEmpty() ? tr("Choose a module.") : target.problem();
    if (!local.error.isEmpty()) {
        if (done)
            done(local);
        emit finished(local);
        return;
    }
    v1::RollbackRequest request;
    request.set_module_id(moduleId.trimmed().toStdString());
    *request.mutable_target() = toProto(target);
    rpc::unary(d->session.connection(), this, d->catalog->async(), &CatalogStub::async::Rollback, request,
        [this, done = std::move(done)](const grpc::Status &status, v1::RolloutRule &response) {
            CatalogResult result = resultOf(status);
            if (status.ok()) {
                result.rule = ruleOf(response);
                // Once only: a refresh triggered by the rule's audit event may list it.
                if (std::none_of(d->rules.cbegin(), d->rules.cend(), [&](const auto &r) { return r.id == result.rule.id; }))
                    d->rules << result.rule;
                emit modulesChanged();
                refreshStatus();
            }
            if (done)
                done(result);
            emit finished(result);
        },
        catalogOptions());
}

} // namespace session
