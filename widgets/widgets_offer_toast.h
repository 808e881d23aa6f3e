#pragma once
// widgets::OfferToast: an interaction offered to the agent: customer, channel, queue,
// the seconds left before the offer times out (counted down locally), Accept
// (Ctrl+Shift+A) and Reject (Ctrl+Shift+R).

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace widgets {

class OfferToast : public QFrame {
    Q_OBJECT
public:
    explicit OfferToast(QWidget *parent = nullptr);

    void setOffer(const QString &interactionId, const QString &customer, const QString &channel,
                  const QString &queue, const QDateTime &expiresAt);
    QString interactionId() const { return m_interactionId; }
    // Seconds left, as shown; 0 once expired.
    int secondsLeft() const;
    QString countdownText() const;
    // A failed accept or reject, shown on the toast.
    void setError(const QString &error);
    void setBusy(bool busy);

    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *rejectButton() const { return m_reject; }

signals:
    void acceptRequested(const QString &interactionId);
    void rejectRequested(const QString &interactionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCountdown();

    QString m_interactionId;
    QString m_customer, m_channel, m_queue;
    QDateTime m_expiresAt;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_countdown;
    QLabel *m_error;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QTimer *m_timer;
};

} // namespace widgets
