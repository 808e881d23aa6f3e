#pragma once
// app::OfferAlert: makes sure an agent notices an offer whatever they are looking at.
// While an offer is open it rings (a synthesized ring tone, looped with QSoundEffect:
// a native application's sound is not blocked by a browser's autoplay policy and
// plays whichever window has focus), and when the main window is not the active one
// it raises an OS notification (the system tray's message where a tray exists) and
// asks the window manager to flag the window (QApplication::alert).

#include <QObject>
#include <QPointer>
#include <QString>

class QSoundEffect;
class QSystemTrayIcon;
class QWidget;

namespace app {

class OfferAlert : public QObject {
    Q_OBJECT
public:
    explicit OfferAlert(QWidget *window, QObject *parent = nullptr);
    ~OfferAlert() override;

    // An offer is open (or a new one replaced it): ring, and notify if in the background.
    void offerShown(const QString &interactionId, const QString &title, const QString &text);
    // No offer is open any more.
    void offerClosed();

    bool isRinging() const { return !m_ringingFor.isEmpty(); }
    QString ringingFor() const { return m_ringingFor; }
    void setRingEnabled(bool enabled);
    bool isRingEnabled() const { return m_ringEnabled; }
    // The ring tone file (written on first use into the cache folder).
    QString ringToneFile() const { return m_ringFile; }
    // Whether the sound device accepted the ring tone (false without audio, as in CI).
    bool canPlaySound() const;

signals:
    // An OS notification was raised (viaTray: shown by the system tray; otherwise
    // only the window alert, because this desktop has no tray).
    void notified(const QString &title, const QString &text, bool viaTray);
    void ringingChanged(bool ringing);

private:
    void ensureRingTone();

    QPointer<QWidget> m_window;
    QSoundEffect *m_sound = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_ringFile;
    QString m_ringingFor;
    bool m_ringEnabled = true;
};

} // namespace app
