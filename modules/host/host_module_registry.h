#pragma once
// host::ModuleRegistry: the versions installed in the modules folders, and which one
// serves what.
//
// Layout of every folder: <folder>/<id>/<version>/manifest.json plus the library the
// manifest names. The application has two: the modules it ships with and the ones the
// catalog client downloads. Every version has its own folder that is never modified once
// complete; the manifest is written last, so a folder without one is an installation in
// progress and is skipped. With trusted keys set, a version must carry a valid
// signature.json by one of them (host::Bundle): an unsigned or changed version is refused
// with the reason and its library is not even read.

#include "host_bundle.h"
#include "host_module_spec.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace modules::host {

class ModuleRegistry {
public:
    explicit ModuleRegistry(const QString &modulesDir = {});

    // The first folder (the built-in one, in the application).
    QString modulesDir() const { return m_dirs.value(0); }
    void setModulesDir(const QString &dir) { m_dirs = QStringList{dir}; }
    // Every folder scanned, in order: when two hold the same id and version, the first wins.
    QStringList folders() const { return m_dirs; }
    void setFolders(const QStringList &dirs) { m_dirs = dirs; }

    // Require every version to be signed by one of `keys` (the application always does;
    // without keys, nothing is verified: host tests of broken specs).
    void setTrustedKeys(const TrustedKeys &keys) { m_keys = keys; m_verify = true; }
    bool verifiesSignatures() const { return m_verify; }

    // Selects `version` of `id` instead of the highest (the catalog's rollout and
    // rollback); empty: the highest usable. A pinned version that is not (yet) installed
    // or not usable leaves the highest usable one selected.
    void setPinned(const QString &id, const QString &version);
    QString pinned(const QString &id) const { return m_pinned.value(id); }
    // Versions the host will not use again, with the reason (one that failed its health
    // check, one that crashed the client): scan() refuses them like a bad signature.
    void setExcluded(const QString &id, const QString &version, const QString &reason);
    bool isExcluded(const QString &id, const QString &version) const;

    // Reads every complete version's metadata (nothing is loaded) and picks, per id,
    // the pinned version, or else the highest whose spec is Resolved.
    void scan();

    // Every version found, good or refused, sorted by id then version.
    QList<ModuleSpec> specs() const { return m_specs; }
    // The refused ones, each with its errorString() (and its id and version, from its
    // folder when the metadata could not say).
    QList<ModuleSpec> rejected() const;
    // Ids with a usable version.
    QStringList ids() const;
    // The version chosen for id, or nullptr.
    const ModuleSpec *selected(const QString &id) const;
    // The chosen channel panel serving channel ("chat", "sms"...), or nullptr.
    const ModuleSpec *providerForChannel(const QString &channel) const;

private:
    ModuleSpec readVersion(const QString &id, const QString &version, const QString &dir) const;
    static QString key(const QString &id, const QString &version) { return id + QLatin1Char('/') + version; }

    QStringList m_dirs;
    TrustedKeys m_keys;
    bool m_verify = false;
    QHash<QString, QString> m_pinned;       // id -> version
    QHash<QString, QString> m_excluded;     // id/version -> reason
    QList<ModuleSpec> m_specs;
    QHash<QString, int> m_selected;     // id -> index in m_specs
};

} // namespace modules::host
