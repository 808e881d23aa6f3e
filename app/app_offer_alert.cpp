#include "app_offer_alert.h"

#include <QApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSoundEffect>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QUrl>
#include <QWidget>

#include <cmath>
#include <numbers>

namespace app {

Q_LOGGING_CATEGORY(lcAlert, "switchboard.app.alert", QtInfoMsg)

namespace {

// A 3-second ring cadence: two 0.4 s bursts of a soft two-tone chord, then silence,
// 16-bit mono PCM. Made here rather than shipped as a binary file.
QByteArray ringToneWav()
{
    constexpr int rate = 22050;
    constexpr double seconds = 3.0;
    const int frames = int(rate * seconds);
    QByteArray pcm;
    pcm.reserve(frames * 2);
    QDataStream out(&pcm, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    for (int i = 0; i < frames; ++i) {
        const double t = double(i) / rate;
        const bool burst = (t < 0.4) || (t >= 0.6 && t < 1.0);
        double sample = 0;
        if (burst) {
            const double local = t < 0.4 ? t : t - 0.6;
            // Short fades at both ends avoid clicks.
            const double envelope = std::min({1.0, local / 0.02, (0.4 - local) / 0.02});
            sample = envelope * 0.25 * (std::sin(2 * std::numbers::pi * 660 * t) + std::sin(2 * std::numbers::pi * 880 * t));
        }
        out << qint16(std::lround(sample * 32767 * 0.8));
    }
    QByteArray wav;
    QDataStream header(&wav, QIODevice::WriteOnly);
    header.setByteOrder(QDataStream::LittleEndian);
    header.writeRawData("RIFF", 4);
    header << quint32(36 + pcm.size());
    header.writeRawData("WAVEfmt ", 8);
    header << quint32(16) << quint16(1) << quint16(1) << quint32(rate) << quint32(rate * 2) << quint16(2)
           << quint16(16);
    header.writeRawData("data", 4);
    header << quint32(pcm.size());
    return wav + pcm;
}

} // namespace

OfferAlert::OfferAlert(QWidget *window, QObject *parent)
    : QObject(parent), m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_window) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
        });
    }
}

OfferAlert::~OfferAlert() = default;

void OfferAlert::ensureRingTone()
{
    if (m_sound)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(dir);
    m_ringFile = dir + QStringLiteral("/ring.wav");
    const QByteArray wav = ringToneWav();
    if (QFileInfo(m_ringFile).size() != wav.size()) {
        QSaveFile file(m_ringFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(wav) != wav.size() || !file.commit())
            qCWarning(lcAlert) << "cannot write the ring tone to" << m_ringFile << file.errorString();
    }
    m_sound = new QSoundEffect(this);
    m_sound->setLoopCount(QSoundEffect::Infinite);
    m_sound->setVolume(0.6f);
    m_sound->setSource(QUrl::fromLocalFile(m_ringFile));
}

bool OfferAlert::canPlaySound() const
{
    return m_sound && m_sound->status() != QSoundEffect::Error;
}

void OfferAlert::setRingEnabled(bool enabled)
{
    m_ringEnabled = enabled;
    if (!enabled && m_sound)
        m_sound->stop();
    else if (enabled && isRinging()) {
        ensureRingTone();
        m_sound->play();
    }
}

void OfferAlert::offerShown(const QString &interactionId, const QString &title, const QString &text)
{
    if (m_ringingFor == interactionId)
        return;     // the same offer again (a countdown refresh): one ring, one notification
    const bool wasRinging = isRinging();
    m_ringingFor = interactionId;
    if (m_ringEnabled) {
        ensureRingTone();
        if (!m_sound->isPlaying())
            m_sound->play();
    }
    if (!wasRinging)
        emit ringingChanged(true);

    const bool background = !m_window || !m_window->isActiveWindow();
    if (!background)
        return;
    if (m_window)
        QApplication::alert(m_window);      // the taskbar flags the window
    const bool viaTray = m_tray && QSystemTrayIcon::supportsMessages();
    if (viaTray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 15000);
    qCInfo(lcAlert).noquote() << "offer notification:" << title << "-" << text << (viaTray ? "(tray)" : "(window alert)");
    emit notified(title, text, viaTray);
}

void OfferAlert::offerClosed()
{
    if (!isRinging())
        return;
    m_ringingFor.clear();
    if (m_sound)
        m_sound->stop();
    emit ringingChanged(false);
}

} // namespace app
