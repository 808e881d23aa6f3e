#include "host_module_registry.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace modules::host {

ModuleRegistry::ModuleRegistry(const QString &modulesDir)
{
    if (!modulesDir.isEmpty())
        m_dirs << modulesDir;
}

void ModuleRegistry::setPinned(const QString &id, const QString &version)
{
    if (version.isEmpty())
        m_pinned.remove(id);
    else
        m_pinned.insert(id, version);
}

void ModuleRegistry::setExcluded(const QString &id, const QString &version, const QString &reason)
{
    m_excluded.insert(key(id, version), reason);
}

bool ModuleRegistry::isExcluded(const QString &id, const QString &version) const
{
    return m_excluded.contains(key(id, version));
}

void ModuleRegistry::scan()
{
    m_specs.clear();
    m_selected.clear();
    QSet<QString> seen;     // id/version: the first folder holding it wins
    for (const QString &folder : std::as_const(m_dirs)) {
        const QDir root(folder);
        for (const QString &id : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDir idDir(root.filePath(id));
            for (const QString &version : idDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                const QString dir = idDir.filePath(version);
                if (!QFile::exists(QDir(dir).filePath(QStringLiteral("manifest.json"))))
                    continue;   // still being installed
                if (seen.contains(key(id, version)))
                    continue;
                seen.insert(key(id, version));
                ModuleSpec spec;
                const auto excluded = m_excluded.constFind(key(id, version));
                if (excluded != m_excluded.cend()) {
                    // Not even read: it failed or crashed before, and must not run again.
                    spec.setFailed(*excluded);
                    spec.setIdentity(id, version);
                } else {
                    spec = readVersion(id, version, dir);
                    if (spec.hasError() && spec.id().isEmpty())
                        spec.setIdentity(id, version);     // refused before its metadata said who
                }
                m_specs.append(spec);
            }
        }
    }
    std::sort(m_specs.begin(), m_specs.end(), [](const ModuleSpec &a, const ModuleSpec &b) {
        return a.id() != b.id() ? a.id() < b.id() : a.version() < b.version();
    });
    for (int i = 0; i < m_specs.size(); ++i) {
        const ModuleSpec &s = m_specs.at(i);
        if (s.state() == ModuleSpec::State::Resolved)
            m_selected.insert(s.id(), i);   // sorted ascending: the last one wins
    }
    for (auto it = m_pinned.cbegin(); it != m_pinned.cend(); ++it) {
        for (int i = 0; i < m_specs.size(); ++i) {
            const ModuleSpec &s = m_specs.at(i);
            if (s.id() == it.key() && s.version().toString() == it.value()
                && s.state() == ModuleSpec::State::Resolved)
                m_selected.insert(s.id(), i);
        }
    }
}

ModuleSpec ModuleRegistry::readVersion(const QString &id, const QString &version,
                                       const QString &dir) const
{
    QFile file(QDir(dir).filePath(QStringLiteral("manifest.json")));
    ModuleSpec failed;
    if (!file.open(QIODevice::ReadOnly)) {
        failed.setFailed(QStringLiteral("%1/%2: cannot read manifest.json").arg(id, version));
        return failed;
    }
    QJsonParseError parseError;
    const QJsonObject manifest = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        failed.setFailed(QStringLiteral("%1/%2: manifest.json: %3").arg(id, version, parseError.errorString()));
        return failed;
    }
    if (m_verify) {
        // Before the library is read at all: an unverified file is not looked into.
        const QString problem = verifyInstalled(dir, m_keys);
        if (!problem.isEmpty()) {
            failed.setFailed(problem);
            failed.setIdentity(id, version);
            return failed;
        }
    }
    const QString library = manifest.value(QLatin1String("library")).toString();
    if (library.isEmpty() || library.contains(QLatin1Char('/'))) {
        failed.setFailed(QStringLiteral("%1/%2: manifest.json names no library file").arg(id, version));
        return failed;
    }
    ModuleSpec spec = ModuleSpec::read(QDir(dir).filePath(library));
    if (spec.state() != ModuleSpec::State::Resolved)
        return spec;
    // The folder, the manifest and the library's own metadata must agree: the
    // metadata is what was built (and, later, signed).
    if (spec.id() != id || spec.version().toString() != version
        || manifest.value(QLatin1String("id")).toString() != id
        || manifest.value(QLatin1String("version")).toString() != version) {
        spec.setFailed(QStringLiteral("%1/%2: folder, manifest (%3 %4) and library metadata (%5 %6) disagree")
                           .arg(id, version, manifest.value(QLatin1String("id")).toString(),
                                manifest.value(QLatin1String("version")).toString(), spec.id(),
                                spec.version().toString()));
    }
    return spec;
}

QList<ModuleSpec> ModuleRegistry::rejected() const
{
    QList<ModuleSpec> out;
    for (const ModuleSpec &s : m_specs)
        if (s.hasError())
            out.append(s);
    return out;
}

QStringList ModuleRegistry::ids() const
{
    QStringList out = m_selected.keys();
    out.sort();
    return out;
}

const ModuleSpec *ModuleRegistry::selected(const QString &id) const
{
    const auto it = m_selected.constFind(id);
    return it == m_selected.cend() ? nullptr : &m_specs.at(*it);
}

const ModuleSpec *ModuleRegistry::providerForChannel(const QString &channel) const
{
    const ModuleSpec *best = nullptr;
    for (const QString &id : ids()) {   // sorted: the same answer every time
        const ModuleSpec *s = selected(id);
        if (s->kind() == ModuleSpec::Kind::ChannelPanel && s->channel() == channel && !best)
            best = s;
    }
    return best;
}

} // namespace modules::host
