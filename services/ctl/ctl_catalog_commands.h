#pragma once
// ctl: the catalog commands of switchboard-ctl. They sign in to a server (IdentityService)
// with --user and --password-file and call its CatalogService. Exit codes: 0 done, 1 the
// server refused or could not be reached (the reason on stderr), 2 a usage error.

#include <QStringList>

namespace ctl {

// switchboard-ctl module publish FILE.sbm
int modulePublish(const QStringList &arguments);
// switchboard-ctl module rollout ID VERSION --everyone|--team T|--queue Q|--percent N|--users a,b
int moduleRollout(const QStringList &arguments);
// switchboard-ctl module rollback ID --everyone|--team T|--queue Q|--percent N|--users a,b
int moduleRollback(const QStringList &arguments);
// switchboard-ctl module status [ID]
int moduleStatus(const QStringList &arguments);
// switchboard-ctl module list
int moduleList(const QStringList &arguments);

} // namespace ctl
