#include "widgets_customer_context.h"

#include "widgets_channel_icon.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace widgets {

CustomerContext::CustomerContext(QWidget *parent)
    : QWidget(parent),
      m_heading(new QLabel(this)),
      m_name(new QLabel(this)),
      m_details(new QLabel(this)),
      m_historyLabel(new QLabel(this)),
      m_history(new QListWidget(this)),
      m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("customerContext"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_historyLabel->setFont(bold);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_name->setFont(big);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true);
    m_details->setObjectName(QStringLiteral("customerDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_history->setObjectName(QStringLiteral("customerHistory"));
    m_history->setWordWrap(true);
    m_history->setTextElideMode(Qt::ElideRight);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_history->setAlternatingRowColors(true);
    m_history->setIconSize(QSize(16, 16));
    m_historyLabel->setBuddy(m_history);
    m_empty->setObjectName(QStringLiteral("customerHistoryEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_name);
    layout->addWidget(m_details);
    layout->addSpacing(8);
    layout->addWidget(m_historyLabel);
    // Whichever of the two is shown takes the rest of the height, text at the top.
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_history, 1);
    retranslate();
    clear();
}

void CustomerContext::setCustomer(const QString &name, const QString &address, const QString &channel,
                                  const QString &channelLabel, const QString &queue, const QString &subject)
{
    Q_UNUSED(channel)
    m_name->setText(name.isEmpty() ? address : name);
    QStringList lines;
    if (!address.isEmpty() && address != name)
        lines << address.toHtmlEscaped();
    lines << tr("%1 via %2").arg(channelLabel.toHtmlEscaped(), queue.toHtmlEscaped());
    if (!subject.isEmpty())
        lines << tr("Subject: %1").arg(subject.toHtmlEscaped());
    m_details->setText(lines.join(QStringLiteral("<br>")));
}

void CustomerContext::clear()
{
    m_name->clear();
    m_details->clear();
    setHistory({}, true);
}

QString CustomerContext::customerName() const
{
    return m_name->text();
}

void CustomerContext::setHistory(const QList<Visit> &visits, bool loaded)
{
    m_visits = visits;
    m_loaded = loaded;
    m_history->clear();
    const QLocale locale;
    for (const Visit &visit : visits) {
        QString first = tr("%1 · %2 · %3").arg(locale.toString(visit.startedAt.toLocalTime(), QLocale::ShortFormat),
                                             visit.channelLabel, visit.queue);
        QString second = visit.outcome;
        if (!visit.summary.isEmpty())
            second = second.isEmpty() ? visit.summary : tr("%1 — %2").arg(second, visit.summary);
        auto *item = new QListWidgetItem(second.isEmpty() ? first : first + QChar(QChar::LineSeparator) + second,
                                         m_history);
        item->setIcon(channelIcon(visit.channel, palette().color(QPalette::Text), 16));
        item->setToolTip(visit.summary);
    }
    updateEmptyText();
}

void CustomerContext::updateEmptyText()
{
    const bool none = m_name->text().isEmpty();
    m_empty->setText(none ? tr("Who the customer is and their earlier contact show here when an interaction is selected.")
                     : m_loaded ? tr("No earlier contact.") : tr("Loading…"));
    m_empty->setVisible(m_visits.isEmpty());
    m_history->setVisible(!m_visits.isEmpty());
    m_historyLabel->setVisible(!none);
}

void CustomerContext::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        setHistory(m_visits, m_loaded);     // the icons are drawn in the text colour
    QWidget::changeEvent(event);
}

void CustomerContext::retranslate()
{
    m_heading->setText(tr("Customer"));
    m_historyLabel->setText(tr("&Earlier contact"));
    m_history->setAccessibleName(tr("Earlier interactions of this customer"));
    m_name->setAccessibleName(tr("Customer name"));
    m_details->setAccessibleName(tr("Customer details"));
    updateEmptyText();
}

} // namespace widgets
