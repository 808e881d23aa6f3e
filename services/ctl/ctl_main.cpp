// switchboard-ctl: the administrator's command line. Module keys, signing and
// verification work offline; the catalog commands talk to a server.

#include "ctl_catalog_commands.h"
#include "ctl_module_commands.h"

#include <QCoreApplication>

#include <cstdio>
#include <functional>
#include <map>

namespace {

void usage()
{
    std::fprintf(stderr,
                 "usage: switchboard-ctl <command> [options]   (each command takes --help)\n"
                 "  key generate --id ID --out DIR            make an Ed25519 signing key pair\n"
                 "  module sign DIR --key FILE --out FILE      sign a built module version into a bundle\n"
                 "  module verify FILE|DIR --trusted-keys DIR  check a bundle's signature\n"
                 "catalog commands (connection: --server HOST:PORT --ca FILE|--insecure --user NAME --password-file FILE):\n"
                 "  module publish FILE.sbm                   publish a signed bundle to the catalog\n"
                 "  module rollout ID VERSION TARGET          roll a published version out; TARGET is one of\n"
                 "                                            --everyone, --team T, --queue Q, --percent N, --users a,b\n"
                 "  module rollback ID TARGET                 return TARGET to its previous version\n"
                 "  module status [ID]                        which client runs which version (and why not)\n"
                 "  module list                               published versions and rollout rules\n"
                 "exit codes: 0 done, 1 refused or failed (reason on stderr), 2 usage error\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-ctl"));
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        usage();
        return 2;
    }
    const std::map<QString, std::function<int(const QStringList &)>> commands = {
        {QStringLiteral("key generate"), ctl::keyGenerate},
        {QStringLiteral("module sign"), ctl::moduleSign},
        {QStringLiteral("module verify"), ctl::moduleVerify},
        {QStringLiteral("module publish"), ctl::modulePublish},
        {QStringLiteral("module rollout"), ctl::moduleRollout},
        {QStringLiteral("module rollback"), ctl::moduleRollback},
        {QStringLiteral("module status"), ctl::moduleStatus},
        {QStringLiteral("module list"), ctl::moduleList},
    };
    const auto it = commands.find(args.at(0) + QLatin1Char(' ') + args.at(1));
    if (it == commands.end()) {
        usage();
        return 2;
    }
    return it->second(args.mid(2));
}
