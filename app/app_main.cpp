#include "app_appearance.h"
#include "app_application.h"
#include "app_startup_options.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QApplication::setOrganizationDomain(QStringLiteral("switchboard.example"));
    QApplication::setApplicationName(QStringLiteral("switchboard"));
    QApplication::setApplicationDisplayName(QStringLiteral("Switchboard"));
    QApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/switchboard/icons/switchboard.svg")));

    const app::StartupOptions options = app::StartupOptions::fromCommandLine(application.arguments());
    app::Appearance::instance()->applySaved(options.language, options.theme);

    app::Application switchboard(options);
    switchboard.start();
    return application.exec();
}
