#include "host_module_spec.h"

#include "api_global.h"
#include "api_module.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QPluginLoader>
#include <QRegularExpression>

namespace modules::host {

namespace {
const QStringList kChannels = {QStringLiteral("chat"), QStringLiteral("sms"),
                               QStringLiteral("email"), QStringLiteral("voice")};
}

ModuleSpec ModuleSpec::read(const QString &libraryPath)
{
    ModuleSpec spec;
    spec.m_filePath = QFileInfo(libraryPath).absoluteFilePath();
    if (!QFileInfo::exists(libraryPath)) {
        spec.setFailed(QCoreApplication::translate("modules::host::ModuleSpec", "File not found: %1").arg(libraryPath));
        return spec;
    }
    // metaData() parses the .qtmetadata section from the file; the library is not
    // mapped and none of its code runs.
    QPluginLoader loader(spec.m_filePath);
    const QJsonObject meta = loader.metaData();
    if (meta.isEmpty()) {
        spec.setFailed(QCoreApplication::translate("modules::host::ModuleSpec", "Not a Qt plugin: %1").arg(libraryPath));
        return spec;
    }
    spec.m_iid = meta.value(QLatin1String("IID")).toString();
    spec.m_metaData = meta.value(QLatin1String("MetaData")).toObject();
    const QJsonObject &md = spec.m_metaData;
    spec.m_id = md.value(QLatin1String("id")).toString();
    spec.m_apiVersion = md.value(QLatin1String("apiVersion")).toString();
    spec.m_channel = md.value(QLatin1String("channel")).toString();
    spec.m_displayName = md.value(QLatin1String("displayName")).toString();
    spec.m_vendor = md.value(QLatin1String("vendor")).toString();
    spec.m_state = State::Read;
    if (spec.validate())
        spec.m_state = State::Resolved;
    return spec;
}

bool ModuleSpec::validate()
{
    const QString iidPrefix = QStringLiteral("org.switchboard.Module/");
    if (!m_iid.startsWith(iidPrefix)) {
        setFailed(QCoreApplication::translate("modules::host::ModuleSpec", "Not a Switchboard module: plugin IID is \"%1\", expected \"%2\"")
                      .arg(m_iid, QLatin1String(SWITCHBOARD_MODULE_IID)));
        return false;
    }
    if (m_iid != QLatin1String(SWITCHBOARD_MODULE_IID)) {
        setFailed(QCoreApplication::translate("modules::host::ModuleSpec", "Built for module API major version %1, this host supports %2")
                      .arg(m_iid.mid(iidPrefix.size())).arg(api::ApiVersionMajor));
        return false;
    }
    if (m_metaData.isEmpty()) {
        setFailed(QCoreApplication::translate("modules::host::ModuleSpec", "No module metadata (Q_PLUGIN_METADATA without FILE)"));
        return false;
    }
    if (m_id.isEmpty()) {
        setFailed(QCoreApplication::translate("modules::host::ModuleSpec", "Metadata has no \"id\""));
        return false;
    }
    if (!isValidId(m_id)) {
        setFailed(QCoreApplication::translate("modules::host::ModuleSpec", "Invalid id \"%1\": use lower-case letters, digits, '.' and '-'").arg(m_id));
        return false;
    }
    const QString version = m_metaData.value(QLatin1String("version")).toString();
    if (version.isEmpty()) {
        setFailed(QCoreApplication::translate("modules::host::ModuleSpec", "Metadata of %1 has no \"version\"").arg(m_id));
        return false;
    }
    if (!isValidVersion(version)) {
        setFailed(QCoreApplication::translate("modules::host::ModuleSpec", "Invalid version \"%1\" of %2: expected MAJOR.MINOR.PATCH").arg(version, m_id));
        return false;
    }
    m_version = QVersionNumber::fromString(version);
    const QString compat = m_metaData.value(QLatin1String("compatVersion")).toString(version);
    if (!isValidVersion(compat)) {
        setFailed(QCoreApplication::translate("modules::host::ModuleSpec", "Invalid compatVersion \"%1\" of %2: expected MAJOR.MINOR.PATCH").arg(compat, m_id));
        return false;
    }
    m_compatVersion = QVersionNumber::fromString(compat);
    if (m_compatVersion > m_version) {
        setFailed(QCoreApplication::translate("modules::host::ModuleSpec", "compatVersion %1 of %2 is newer than its version %3")
                      .arg(compat, m_id, version));
        return false;
    }
    if (m_apiVersion.isEmpty()) {
        setFailed(QCoreApplication::translate("modules::host::ModuleSpec", "Metadata of %1 has no \"apiVersion\"").arg(m_id));
        return false;
    }
    if (!isApiVersionSupported(m_apiVersion)) {
        setFailed(QCoreApplication::translate("modules::host::ModuleSpec", "%1 needs module API %2, this host supports %3.0 to %3.%4")
                      .arg(m_id, m_apiVersion)
                      .arg(api::ApiVersionMajor)
                      .arg(api::ApiVersionMinor));
        return false;
    }
    const QString kindText = m_metaData.value(QLatin1String("kind")).toString();
    m_kind = kindFromName(kindText);
    if (m_kind == Kind::Unknown) {
        setFailed(QCoreApplication::translate("modules::host::ModuleSpec", "Unknown kind \"%1\" of %2: expected channel-panel, agent-tool or wallboard-tile")
                      .arg(kindText, m_id));
        return false;
    }
    if (m_kind == Kind::ChannelPanel && !kChannels.contains(m_channel)) {
        setFailed(QCoreApplication::translate("modules::host::ModuleSpec", "Channel panel %1 has unknown channel \"%2\": expected one of %3")
                      .arg(m_id, m_channel, kChannels.join(QLatin1String(", "))));
        return false;
    }
    return true;
}

bool ModuleSpec::isApiVersionSupported(const QString &apiVersion)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\.(\\d+)$"));
    const auto m = re.match(apiVersion);
    if (!m.hasMatch())
        return false;
    return m.captured(1).toInt() == api::ApiVersionMajor
        && m.captured(2).toInt() <= api::ApiVersionMinor;
}

bool ModuleSpec::isValidVersion(const QString &version)
{
    static const QRegularExpression re(
        QStringLiteral("^(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})$"));
    return re.match(version).hasMatch();
}

bool ModuleSpec::isValidId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9]*([.-][a-z0-9]+)*$"));
    return id.size() <= 64 && re.match(id).hasMatch();
}

QString ModuleSpec::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ChannelPanel: return QStringLiteral("channel-panel");
    case Kind::AgentTool: return QStringLiteral("agent-tool");
    case Kind::WallboardTile: return QStringLiteral("wallboard-tile");
    case Kind::Unknown: break;
    }
    return {};
}

ModuleSpec::Kind ModuleSpec::kindFromName(const QString &name)
{
    for (Kind k : {Kind::ChannelPanel, Kind::AgentTool, Kind::WallboardTile})
        if (kindName(k) == name)
            return k;
    return Kind::Unknown;
}

bool ModuleSpec::provides(const QString &id, const QVersionNumber &v) const
{
    return id == m_id && m_compatVersion <= v && v <= m_version;
}

void ModuleSpec::setFailed(const QString &error)
{
    m_state = State::Failed;
    m_error = error;
}

} // namespace modules::host
