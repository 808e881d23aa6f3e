#include "widgets_offer_toast.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace widgets {

OfferToast::OfferToast(QWidget *parent)
    : QFrame(parent),
      m_title(new QLabel(this)),
      m_details(new QLabel(this)),
      m_countdown(new QLabel(this)),
      m_error(new QLabel(this)),
      m_accept(new QPushButton(this)),
      m_reject(new QPushButton(this)),
      m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("offerToast"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    m_title->setObjectName(QStringLiteral("offerCustomer"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_details->setObjectName(QStringLiteral("offerDetails"));
    m_countdown->setObjectName(QStringLiteral("offerCountdown"));
    m_error->setObjectName(QStringLiteral("offerError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_accept->setObjectName(QStringLiteral("acceptOffer"));
    m_reject->setObjectName(QStringLiteral("rejectOffer"));
    m_accept->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_countdown, 1);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_accept, &QPushButton::clicked, this, [this] { emit acceptRequested(m_interactionId); });
    connect(m_reject, &QPushButton::clicked, this, [this] { emit rejectRequested(m_interactionId); });
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &OfferToast::updateCountdown);
    retranslate();
}

void OfferToast::setOffer(const QString &interactionId, const QString &customer, const QString &channel,
                          const QString &queue, const QDateTime &expiresAt)
{
    if (interactionId != m_interactionId) {
        m_error->hide();
        setBusy(false);
    }
    m_interactionId = interactionId;
    m_customer = customer;
    m_channel = channel;
    m_queue = queue;
    m_expiresAt = expiresAt;
    retranslate();
    m_timer->start();
}

int OfferToast::secondsLeft() const
{
    if (!m_expiresAt.isValid())
        return 0;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

QString OfferToast::countdownText() const { return m_countdown->text(); }

void OfferToast::setError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    adjustSize();
}

void OfferToast::setBusy(bool busy)
{
    m_accept->setEnabled(!busy);
    m_reject->setEnabled(!busy);
}

void OfferToast::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void OfferToast::retranslate()
{
    m_title->setText(tr("Incoming %1 from %2").arg(m_channel, m_customer));
    m_details->setText(tr("Queue: %1").arg(m_queue));
    // Text first: a mnemonic in it would replace the shortcut.
    m_accept->setText(tr("Accept"));
    m_reject->setText(tr("Reject"));
    m_accept->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_reject->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_accept->setToolTip(tr("Accept the offer (%1)").arg(m_accept->shortcut().toString(QKeySequence::NativeText)));
    m_reject->setToolTip(tr("Reject the offer (%1)").arg(m_reject->shortcut().toString(QKeySequence::NativeText)));
    m_accept->setAccessibleName(tr("Accept offer"));
    m_reject->setAccessibleName(tr("Reject offer"));
    m_countdown->setAccessibleName(tr("Time left to answer"));
    setAccessibleName(tr("Offer from %1").arg(m_customer));
    updateCountdown();
}

void OfferToast::updateCountdown()
{
    const int left = secondsLeft();
    m_countdown->setText(left > 0 ? tr("%1 s left to answer").arg(left) : tr("Offer expired"));
}

} // namespace widgets
