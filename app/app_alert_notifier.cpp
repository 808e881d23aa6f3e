#include "app_alert_notifier.h"

#include "app_alert_view.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QSystemTrayIcon>
#include <QWidget>

namespace app {

Q_LOGGING_CATEGORY(lcAlerts, "switchboard.app.alerts", QtInfoMsg)

AlertNotifier::AlertNotifier(QWidget *window, QObject *parent) : QObject(parent), m_window(window) {}

QSystemTrayIcon *AlertNotifier::tray()
{
    if (m_tray || !QSystemTrayIcon::isSystemTrayAvailable())
        return m_tray;
    // The desk's tray icon (app::OfferAlert's) when there is one: one icon per application.
    if (QWidget *top = m_window ? m_window->window() : nullptr)
        m_tray = top->findChild<QSystemTrayIcon *>();
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        m_tray->show();
    }
    return m_tray;
}

void AlertNotifier::notify(const session::Alert &alert)
{
    if (alert.cleared)
        return;
    const QString title = tr("Alert: %1").arg(alert.rule.name);
    const QString text = AlertView::describe(alert);
    QWidget *top = m_window ? m_window->window() : nullptr;
    if (top && !top->isActiveWindow())
        QApplication::alert(top);       // the taskbar flags the window
    QSystemTrayIcon *icon = tray();
    const bool viaTray = icon && QSystemTrayIcon::supportsMessages();
    if (viaTray)
        icon->showMessage(title, text, QSystemTrayIcon::Warning, 15000);
    qCInfo(lcAlerts).noquote() << "alert notification:" << title << "-" << text << (viaTray ? "(tray)" : "(window alert)");
    emit notified(title, text, viaTray);
}

} // namespace app
