#include "widgets_status_indicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace widgets {

class StatusIndicator::Dot : public QWidget {
public:
    explicit Dot(QWidget *parent) : QWidget(parent)
    {
        const int size = fontMetrics().height() * 6 / 10;
        setFixedSize(size, size);
    }
    QColor color = StatusIndicator::colorFor(Level::Unknown);

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(color.darker(130), 1));
        painter.setBrush(color);
        painter.drawEllipse(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
};

StatusIndicator::StatusIndicator(const QString &text, QWidget *parent)
    : QWidget(parent), m_dot(new Dot(this)), m_label(new QLabel(text, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_dot, 0, Qt::AlignVCenter);
    layout->addWidget(m_label, 0, Qt::AlignVCenter);
    setAccessibleName(text);
}

void StatusIndicator::setText(const QString &text)
{
    m_label->setText(text);
    setAccessibleName(text);
}

QString StatusIndicator::text() const { return m_label->text(); }

void StatusIndicator::setLevel(Level level)
{
    m_level = level;
    m_dot->color = colorFor(level);
    m_dot->update();
}

void StatusIndicator::setDetails(const QString &details)
{
    setToolTip(details);
    setAccessibleDescription(details);
}

QColor StatusIndicator::colorFor(Level level)
{
    switch (level) {
    case Level::Ok: return QColor(0x2e, 0xa0, 0x43);
    case Level::Pending: return QColor(0xe3, 0xa0, 0x08);
    case Level::Error: return QColor(0xd1, 0x24, 0x2f);
    case Level::Unknown: break;
    }
    return QColor(0x9a, 0x9a, 0x9a);
}

} // namespace widgets
