#include "ctl_module_commands.h"

#include "host_bundle.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace ctl {

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "switchboard-ctl: %s\n", qPrintable(message));
    return 1;
}

// Parses `arguments` (the command's own, after "module sign" etc.); exits on --help.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage)
{
    parser.setApplicationDescription(usage);
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("switchboard-ctl")} + arguments)) {
        fail(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return false;
    }
    return true;
}

modules::host::Bundle readBundle(const QString &path, QString *error)
{
    if (QFileInfo(path).isDir())
        return modules::host::Bundle::fromDirectory(path, error);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return modules::host::Bundle::fromBytes(file.readAll(), error);
}

} // namespace

int keyGenerate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption id(QStringLiteral("id"), QStringLiteral("Key id (the file names, and what bundles name)."), QStringLiteral("id"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Folder for <id>.key (secret, 0600) and <id>.pub."), QStringLiteral("dir"));
    parser.addOptions({id, out});
    if (!parse(parser, arguments, QStringLiteral("Makes an Ed25519 key pair for signing modules.")))
        return 2;
    if (parser.value(id).isEmpty() || parser.value(out).isEmpty())
        return fail(QStringLiteral("key generate needs --id and --out"));
    const modules::host::SigningKey key = modules::host::SigningKey::generate(parser.value(id));
    QString error;
    if (key.privateKey.isEmpty() || !key.save(parser.value(out), &error))
        return fail(error.isEmpty() ? QStringLiteral("cannot make a key") : error);
    std::printf("%s\n%s\n", qPrintable(QDir(parser.value(out)).filePath(key.id + QStringLiteral(".key"))),
                qPrintable(QDir(parser.value(out)).filePath(key.id + QStringLiteral(".pub"))));
    return 0;
}

int moduleSign(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("The signing key file (<id>.key)."), QStringLiteral("file"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write the signed bundle to this file."), QStringLiteral("file"));
    const QCommandLineOption inPlace(QStringLiteral("in-place"), QStringLiteral("Write signature.json into the version folder."));
    const QCommandLineOption manifest(QStringLiteral("manifest"),
        QStringLiteral("Take manifest.json from this file (it goes into the folder last, after signing)."), QStringLiteral("file"));
    parser.addOptions({key, out, inPlace, manifest});
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("A built version folder: manifest.json, the library, other files."));
    if (!parse(parser, arguments, QStringLiteral("Signs a module version.")))
        return 2;
    if (parser.positionalArguments().size() != 1 || parser.value(key).isEmpty()
        || (parser.value(out).isEmpty() && !parser.isSet(inPlace)))
        return fail(QStringLiteral("module sign needs a folder, --key and --out or --in-place"));
    QString error;
    const modules::host::SigningKey signingKey = modules::host::SigningKey::fromFile(parser.value(key), &error);
    if (signingKey.privateKey.isEmpty())
        return fail(error);
    modules::host::Bundle bundle = modules::host::Bundle::fromDirectory(parser.positionalArguments().first(), &error,
                                                                        parser.value(manifest));
    if (bundle.isNull())
        return fail(error);
    bundle.sign(signingKey);
    if (parser.isSet(inPlace) && !bundle.writeSignature(parser.positionalArguments().first(), &error))
        return fail(error);
    if (!parser.value(out).isEmpty()) {
        QSaveFile file(parser.value(out));
        const QByteArray bytes = bundle.toBytes();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return fail(QStringLiteral("cannot write %1: %2").arg(parser.value(out), file.errorString()));
    }
    std::printf("signed %s %s with key %s\n", qPrintable(bundle.id()), qPrintable(bundle.version()), qPrintable(signingKey.id));
    return 0;
}

int moduleVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption trusted(QStringLiteral("trusted-keys"), QStringLiteral("Folder of trusted <id>.pub keys."), QStringLiteral("dir"));
    parser.addOption(trusted);
    parser.addPositionalArgument(QStringLiteral("bundle"), QStringLiteral("A bundle file or an installed version folder."));
    if (!parse(parser, arguments, QStringLiteral("Checks a module's signature against trusted keys.")))
        return 2;
    if (parser.positionalArguments().size() != 1 || parser.value(trusted).isEmpty())
        return fail(QStringLiteral("module verify needs a bundle and --trusted-keys"));
    QString error;
    const modules::host::Bundle bundle = readBundle(parser.positionalArguments().first(), &error);
    if (bundle.isNull())
        return fail(error);
    const QString problem = bundle.verify(modules::host::TrustedKeys::fromDirectory(parser.value(trusted)));
    if (!problem.isEmpty())
        return fail(problem);
    std::printf("%s %s: signed by %s, verified\n", qPrintable(bundle.id()), qPrintable(bundle.version()), qPrintable(bundle.keyId()));
    return 0;
}

} // namespace ctl
