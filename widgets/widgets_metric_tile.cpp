#include "widgets_metric_tile.h"

#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace widgets {

namespace {

// The largest pixel size (down to `minimum`) at which `text` fits `box` (word-wrapped
// when `wrap`).
int fittingPixelSize(QFont font, const QString &text, const QRectF &box, int start, int minimum, bool wrap)
{
    for (int px = std::max(start, minimum); px > minimum; px = int(px * 0.9)) {
        font.setPixelSize(px);
        const QFontMetricsF metrics(font);
        const QRectF needed = metrics.boundingRect(QRectF(0, 0, box.width(), 100000),
                                                   (wrap ? Qt::TextWordWrap : 0) | Qt::AlignLeft, text);
        if (needed.width() <= box.width() && needed.height() <= box.height())
            return px;
    }
    return minimum;
}

} // namespace

MetricTile::MetricTile(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("metricTile"));
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    refreshAccessibility();
}

void MetricTile::setQueueName(const QString &name)
{
    if (m_queue == name)
        return;
    m_queue = name;
    refreshAccessibility();
    update();
}

void MetricTile::setMetricName(const QString &name)
{
    if (m_metric == name)
        return;
    m_metric = name;
    refreshAccessibility();
    update();
}

void MetricTile::setFormula(const QString &formula)
{
    if (m_formula == formula)
        return;
    m_formula = formula;
    refreshAccessibility();
    update();
}

void MetricTile::setUnit(Unit unit)
{
    m_unit = unit;
    update();
}

void MetricTile::setValue(double value, bool hasData)
{
    if (m_value == value && m_hasData == hasData)
        return;
    m_value = value;
    m_hasData = hasData;
    refreshAccessibility();
    update();
}

void MetricTile::setTickingFrom(const QDateTime &start)
{
    if (m_tickFrom == start)
        return;
    m_tickFrom = start;
    update();
}

void MetricTile::setThreshold(double amber, double red, bool higherIsWorse)
{
    m_hasThreshold = true;
    m_amber = amber;
    m_red = red;
    m_higherIsWorse = higherIsWorse;
    update();
}

void MetricTile::clearThreshold()
{
    m_hasThreshold = false;
    update();
}

void MetricTile::setSelected(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    update();
}

double MetricTile::value() const
{
    if (m_tickFrom.isValid())
        return std::max<qint64>(0, m_tickFrom.msecsTo(QDateTime::currentDateTimeUtc())) / 1000.0;
    return m_value;
}

QString MetricTile::valueText() const
{
    return formatValue(m_unit, value(), m_hasData || m_tickFrom.isValid());
}

MetricTile::Level MetricTile::level() const
{
    if (!m_hasThreshold || !(m_hasData || m_tickFrom.isValid()))
        return Level::None;
    const double v = value();
    if (m_higherIsWorse)
        return v >= m_red ? Level::Red : v >= m_amber ? Level::Amber : Level::Green;
    return v <= m_red ? Level::Red : v <= m_amber ? Level::Amber : Level::Green;
}

QString MetricTile::formatValue(Unit unit, double value, bool hasData)
{
    if (!hasData || !std::isfinite(value))
        return QStringLiteral("—");
    switch (unit) {
    case Unit::Count:
        return QString::number(qint64(std::llround(value)));
    case Unit::Fraction: {
        const double percent = value * 100;
        const bool tenth = percent > 0 && (percent < 1 || (percent > 99 && percent < 100));
        return tr("%1 %").arg(QString::number(percent, 'f', tenth ? 1 : 0));
    }
    case Unit::Seconds: {
        const qint64 s = std::max<qint64>(0, qint64(std::floor(value)));
        if (s >= 3600)
            return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
                .arg(s % 60, 2, 10, QLatin1Char('0'));
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    }
    return QString::number(value);
}

QColor MetricTile::fillColor(Level level, const QPalette &palette)
{
    // Saturated enough to read across a room, with text that passes contrast on each.
    switch (level) {
    case Level::Green: return QColor(0x1b, 0x7a, 0x3a);
    case Level::Amber: return QColor(0xf2, 0xb1, 0x00);
    case Level::Red: return QColor(0xc6, 0x28, 0x28);
    case Level::None: break;
    }
    return palette.color(QPalette::AlternateBase);
}

QColor MetricTile::textColor(Level level, const QPalette &palette)
{
    switch (level) {
    case Level::Green:
    case Level::Red: return Qt::white;
    case Level::Amber: return QColor(0x1a, 0x1a, 0x1a);
    case Level::None: break;
    }
    return palette.color(QPalette::Text);
}

QSize MetricTile::sizeHint() const { return {240, 150}; }
QSize MetricTile::minimumSizeHint() const { return {120, 80}; }

void MetricTile::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit clicked();
    QWidget::mousePressEvent(event);
}

void MetricTile::refreshAccessibility()
{
    setAccessibleName(tr("%1, %2").arg(m_queue, m_metric));
    setAccessibleDescription(m_formula.isEmpty() ? valueText() : tr("%1 (%2)").arg(valueText(), m_formula));
}

void MetricTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Level lvl = level();
    const QColor fill = fillColor(lvl, palette());
    const QColor ink = textColor(lvl, palette());
    const QRectF box = QRectF(rect()).adjusted(3, 3, -3, -3);
    const qreal radius = std::clamp(box.height() * 0.06, 4.0, 16.0);
    QPainterPath path;
    path.addRoundedRect(box, radius, radius);
    p.fillPath(path, fill);
    if (lvl == Level::None) {
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
        p.drawPath(path);
    }
    if (m_selected) {
        p.setPen(QPen(palette().color(QPalette::Highlight), std::max(3.0, box.height() * 0.02)));
        p.drawPath(path);
    }

    // Sizes follow the shorter side, so that a tall narrow tile (a TV in portrait, many
    // columns) and a wide short one both read well.
    const qreal side = std::min(box.width(), box.height() * 1.6);
    const qreal pad = std::max(6.0, side * 0.05);
    QRectF inner = box.adjusted(pad, pad * 0.8, -pad, -pad * 0.8);
    p.setPen(ink);

    // The queue (bold) and the metric on top: as large as the width allows, up to a tenth
    // of the tile's height, then elided.
    const int labelStart = std::clamp(int(std::min(box.height() * 0.1, side * 0.09)), 11, 72);
    QFont label = font();
    label.setBold(true);
    const QRectF labelFit(0, 0, inner.width(), labelStart * 2.0);
    const int queuePx = fittingPixelSize(label, m_queue, labelFit, labelStart, std::max(11, labelStart * 2 / 3), false);
    label.setPixelSize(queuePx);
    QFontMetricsF lm(label);
    p.setFont(label);
    const QRectF queueLine(inner.left(), inner.top(), inner.width(), lm.height());
    p.drawText(queueLine, Qt::AlignLeft | Qt::AlignVCenter, lm.elidedText(m_queue, Qt::ElideRight, inner.width()));
    label.setBold(false);
    label.setPixelSize(fittingPixelSize(label, m_metric, labelFit, labelStart, std::max(11, labelStart * 2 / 3), false));
    p.setFont(label);
    lm = QFontMetricsF(label);
    const QRectF metricLine(inner.left(), queueLine.bottom(), inner.width(), lm.height());
    p.drawText(metricLine, Qt::AlignLeft | Qt::AlignVCenter, lm.elidedText(m_metric, Qt::ElideRight, inner.width()));

    // The formula at the bottom, up to 2 lines, smaller.
    qreal bottom = inner.bottom();
    if (!m_formula.isEmpty()) {
        // "20 s" stays on one line.
        QString formula = m_formula;
        formula.replace(QRegularExpression(QStringLiteral("(\\d) ")), QStringLiteral("\\1\u00a0"));
        QFont small = font();
        const int smallStart = std::clamp(int(std::min(box.height() * 0.075, side * 0.07)), 9, 48);
        const QRectF formulaBox(inner.left(), inner.bottom() - box.height() * 0.24, inner.width(), box.height() * 0.24);
        small.setPixelSize(fittingPixelSize(small, formula, formulaBox, smallStart, 8, true));
        p.setFont(small);
        const QRectF used = QFontMetricsF(small).boundingRect(formulaBox, Qt::TextWordWrap | Qt::AlignLeft, formula);
        const QRectF drawn(inner.left(), inner.bottom() - used.height(), inner.width(), used.height());
        p.drawText(drawn, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignBottom, formula);
        bottom = drawn.top() - pad * 0.3;
    }

    // The value, as large as fits between. Without data a quiet "no data yet", not a
    // big dash that reads like a figure.
    const QRectF valueBox(inner.left(), metricLine.bottom(), inner.width(), std::max<qreal>(10, bottom - metricLine.bottom()));
    if (!m_hasData && !m_tickFrom.isValid()) {
        QFont quiet = font();
        quiet.setItalic(true);
        const QString none = tr("no data yet");
        quiet.setPixelSize(fittingPixelSize(quiet, none, valueBox, labelStart, 9, false));
        QColor muted = ink;
        muted.setAlphaF(0.6f);
        p.setPen(muted);
        p.setFont(quiet);
        p.drawText(valueBox, Qt::AlignCenter, none);
        return;
    }
    const QString text = valueText();
    QFont big = font();
    big.setBold(true);
    big.setPixelSize(fittingPixelSize(big, text, valueBox, int(std::min(valueBox.height() * 0.95, side * 0.55)), 10, false));
    p.setFont(big);
    p.drawText(valueBox, Qt::AlignCenter, text);
}

} // namespace widgets
