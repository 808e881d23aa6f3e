#pragma once
// host::ModuleRegistry: the versions installed in a modules folder, and which one
// serves what.
//
// Layout: <modules>/<id>/<version>/manifest.json plus the library the manifest names.
// Every version has its own folder that is never modified once complete; the
// manifest is written last, so a folder without one is an installation in progress
// and is skipped. With trusted keys set, a version must carry a valid signature.json by
// one of them (host::Bundle): an unsigned or changed version is refused with the reason
// and its library is not even read.

#include "host_bundle.h"
#include "host_module_spec.h"

#include <QHash>
#include <QList>
#include <QString>

namespace modules::host {

class ModuleRegistry {
public:
    explicit ModuleRegistry(const QString &modulesDir = {});

    QString modulesDir() const { return m_dir; }
    void setModulesDir(const QString &dir) { m_dir = dir; }

    // Require every version to be signed by one of `keys` (the application always does;
    // without keys, nothing is verified: host tests of broken specs).
    void setTrustedKeys(const TrustedKeys &keys) { m_keys = keys; m_verify = true; }
    bool verifiesSignatures() const { return m_verify; }

    // Reads every complete version's metadata (nothing is loaded) and picks, per id,
    // the highest version whose spec is Resolved.
    void scan();

    // Every version found, good or refused, sorted by id then version.
    QList<ModuleSpec> specs() const { return m_specs; }
    // The refused ones, each with its errorString().
    QList<ModuleSpec> rejected() const;
    // Ids with a usable version.
    QStringList ids() const;
    // The version chosen for id, or nullptr.
    const ModuleSpec *selected(const QString &id) const;
    // The chosen channel panel serving channel ("chat", "sms"...), or nullptr.
    const ModuleSpec *providerForChannel(const QString &channel) const;

private:
    ModuleSpec readVersion(const QString &id, const QString &version, const QString &dir) const;

    QString m_dir;
    TrustedKeys m_keys;
    bool m_verify = false;
    QList<ModuleSpec> m_specs;
    QHash<QString, int> m_selected;     // id -> index in m_specs
};

} // namespace modules::host
