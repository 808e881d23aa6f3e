#include "app_startup_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace app {

StartupOptions StartupOptions::fromCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("app", "Switchboard contact-center desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
        QCoreApplication::translate("app", "Server address (gRPC)."),
        QCoreApplication::translate("app", "host:port"));
    const QCommandLineOption ca(QStringLiteral("ca"),
        QCoreApplication::translate("app", "PEM certificate of the server's CA to trust."),
        QCoreApplication::translate("app", "file"));
    const QCommandLineOption insecure(QStringLiteral("insecure"),
        QCoreApplication::translate("app", "Connect without TLS (development servers only)."));
    const QCommandLineOption user(QStringLiteral("user"),
        QCoreApplication::translate("app", "User name to sign in with."),
        QCoreApplication::translate("app", "name"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
        QCoreApplication::translate("app", "File holding the password, for scripted starts."),
        QCoreApplication::translate("app", "file"));
    const QCommandLineOption modules(QStringLiteral("modules"),
        QCoreApplication::translate("app", "Folder of feature modules (default: ../modules next to the executable)."),
        QCoreApplication::translate("app", "dir"));
    const QCommandLineOption language(QStringLiteral("language"),
        QCoreApplication::translate("app", "Language of the interface: en, de or es (default: the saved choice, else the system's)."),
        QCoreApplication::translate("app", "code"));
    const QCommandLineOption theme(QStringLiteral("theme"),
        QCoreApplication::translate("app", "Colour theme: system, light or dark (default: the saved choice)."),
        QCoreApplication::translate("app", "theme"));
    const QCommandLineOption trustedKeys(QStringLiteral("trusted-keys"),
        QCoreApplication::translate("app", "Folder of the public keys whose module signatures are trusted (default: ../share/switchboard/trusted-keys next to the executable)."),
        QCoreApplication::translate("app", "dir"));
    parser.addOptions({server, ca, insecure, user, passwordFile, modules, trustedKeys, language, theme});
    parser.process(arguments);

    StartupOptions options;
    options.server = parser.value(server);
    options.caFile = parser.value(ca);
    options.insecure = parser.isSet(insecure);
    options.user = parser.value(user);
    options.passwordFile = parser.value(passwordFile);
    options.modulesDir = parser.value(modules);
    options.trustedKeysDir = parser.value(trustedKeys);
    options.screenshot = qEnvironmentVariable("SWITCHBOARD_SCREENSHOT");
    options.language = parser.value(language);
    options.theme = parser.value(theme);
    return options;
}

} // namespace app
