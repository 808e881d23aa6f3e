#pragma once
// app::AlertNotifier: makes sure a supervisor notices a raised alert wherever they look:
// an OS notification (the system tray's message where a tray exists: the desk's own tray
// icon if it has one, else one of its own) and, when the window is not the active one,
// the window manager's flag on it (QApplication::alert), as app::OfferAlert does for an
// agent's offers. Cleared alerts notify nobody.

#include "session_stats_store.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace app {

class AlertNotifier : public QObject {
    Q_OBJECT
public:
    explicit AlertNotifier(QWidget *window, QObject *parent = nullptr);

    void notify(const session::Alert &alert);

signals:
    // An OS notification was raised (viaTray: shown by the system tray; otherwise only
    // the window alert, because this desktop has no tray).
    void notified(const QString &title, const QString &text, bool viaTray);

private:
    QSystemTrayIcon *tray();

    QPointer<QWidget> m_window;
    QPointer<QSystemTrayIcon> m_tray;
};

} // namespace app
