// switchboard-ctl: the administrator's command line. Module keys, signing and
// verification work offline; the catalog commands talk to a server.

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
                 "  module verify FILE|DIR --trusted-keys DIR  check a bundle's signature\n");
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
    };
    const auto it = commands.find(args.at(0) + QLatin1Char(' ') + args.at(1));
    if (it == commands.end()) {
        usage();
        return 2;
    }
    return it->second(args.mid(2));
}
