#pragma once
// ctl: the offline module commands of switchboard-ctl: keys, signing and verifying
// bundles. They need no server.

#include <QStringList>

namespace ctl {

// switchboard-ctl key generate --id ID --out DIR
int keyGenerate(const QStringList &arguments);
// switchboard-ctl module sign DIR --key FILE [--out FILE] [--in-place]
int moduleSign(const QStringList &arguments);
// switchboard-ctl module verify FILE|DIR --trusted-keys DIR
int moduleVerify(const QStringList &arguments);

} // namespace ctl
