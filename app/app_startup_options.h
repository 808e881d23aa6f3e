#pragma once
// app::StartupOptions: what the command line asks for.

#include <QString>
#include <QStringList>

namespace app {

struct StartupOptions {
    QString server;         // --server HOST:PORT
    QString caFile;         // --ca FILE
    bool insecure = false;  // --insecure
    QString user;           // --user NAME
    QString passwordFile;   // --password-file FILE (scripted starts)
    QString modulesDir;     // --modules DIR (empty: <dir of the executable>/../modules)
    QString trustedKeysDir; // --trusted-keys DIR (empty: <dir of the executable>/../share/switchboard/trusted-keys)
    QString screenshot;     // $SWITCHBOARD_SCREENSHOT: grab the signed-in window, quit
    QString language;       // --language en|de|es (empty: the saved choice, else the system's)
    QString theme;          // --theme system|light|dark (empty: the saved choice)

    // Parses the application's arguments; exits on --help/--version or errors.
    static StartupOptions fromCommandLine(const QStringList &arguments);
};

} // namespace app
