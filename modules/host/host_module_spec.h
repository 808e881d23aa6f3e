#pragma once
// host::ModuleSpec: what a module library says about itself, read and checked
// without loading it.

#include <QJsonObject>
#include <QString>
#include <QVersionNumber>

namespace modules::host {

class ModuleSpec {
public:
    enum class State {
        Invalid,        // nothing read yet
        Read,           // metadata read, not yet validated
        Resolved,       // metadata valid and compatible with this host: may be loaded
        Loaded,         // library loaded, plugin object created
        Initialized,    // Module::initialize() succeeded
        Running,        // views may be created
        Stopped,        // shut down and unloaded
        Failed,         // see errorString()
    };

    enum class Kind { Unknown, ChannelPanel, AgentTool, WallboardTile };

    ModuleSpec() = default;

    // Reads the metadata of the plugin library at libraryPath (QPluginLoader::metaData(),
    // which does not map the library) and validates it. The state is Resolved on
    // success, Failed with errorString() otherwise.
    static ModuleSpec read(const QString &libraryPath);

    // The API versions this host accepts: major == ApiVersionMajor, minor <= ApiVersionMinor.
    static bool isApiVersionSupported(const QString &apiVersion);
    // Strict semver "MAJOR.MINOR.PATCH" (no pre-release, no build metadata: they would
    // make a folder name that does not sort).
    static bool isValidVersion(const QString &version);
    // Lower-case letters, digits, '.', '-', starting with a letter: a folder name too.
    static bool isValidId(const QString &id);
    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);

    QString filePath() const { return m_filePath; }
    QString iid() const { return m_iid; }
    QString id() const { return m_id; }
    QVersionNumber version() const { return m_version; }
    QVersionNumber compatVersion() const { return m_compatVersion; }
    QString apiVersion() const { return m_apiVersion; }
    Kind kind() const { return m_kind; }
    QString channel() const { return m_channel; }
    QString displayName() const { return m_displayName; }
    QString vendor() const { return m_vendor; }
    QJsonObject metaData() const { return m_metaData; }

    // A module provides version v of id when compatVersion <= v <= version.
    bool provides(const QString &id, const QVersionNumber &v) const;

    State state() const { return m_state; }
    bool hasError() const { return m_state == State::Failed; }
    QString errorString() const { return m_error; }

    // Used by ModuleLoader as the module goes through its life cycle.
    void setState(State state) { m_state = state; }
    void setFailed(const QString &error);
    // What a refused version is, when its metadata was never read (a bad signature).
    void setIdentity(const QString &id, const QString &version)
    {
        m_id = id;
        m_version = QVersionNumber::fromString(version);
    }

private:
    bool validate();

    QString m_filePath;
    QString m_iid;
    QString m_id;
    QVersionNumber m_version;
    QVersionNumber m_compatVersion;
    QString m_apiVersion;
    Kind m_kind = Kind::Unknown;
    QString m_channel;
    QString m_displayName;
    QString m_vendor;
    QJsonObject m_metaData;
    State m_state = State::Invalid;
    QString m_error;
};

} // namespace modules::host
