#include "widgets_channel_icon.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace widgets {

namespace {

void drawChat(QPainter &p, qreal s)
{
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(s * 0.1, s * 0.15, s * 0.8, s * 0.55), s * 0.15, s * 0.15);
    QPainterPath tail;
    tail.moveTo(s * 0.3, s * 0.65);
    tail.lineTo(s * 0.22, s * 0.9);
    tail.lineTo(s * 0.5, s * 0.68);
    p.drawPath(bubble.united(tail));
    for (int i = 0; i < 3; ++i)
        p.drawPoint(QPointF(s * (0.33 + 0.17 * i), s * 0.43));
}

void drawSms(QPainter &p, qreal s)
{
    p.drawRoundedRect(QRectF(s * 0.28, s * 0.08, s * 0.44, s * 0.84), s * 0.08, s * 0.08);
    p.drawLine(QPointF(s * 0.44, s * 0.8), QPointF(s * 0.56, s * 0.8));
    p.drawRect(QRectF(s * 0.36, s * 0.2, s * 0.28, s * 0.18));
}

void drawEmail(QPainter &p, qreal s)
{
    const QRectF r(s * 0.1, s * 0.22, s * 0.8, s * 0.56);
    p.drawRect(r);
    p.drawPolyline(QPolygonF({r.topLeft(), QPointF(s * 0.5, s * 0.55), r.topRight()}));
}

void drawVoice(QPainter &p, qreal s)
{
    // A handset: two ear pieces joined by a curved grip.
    QPainterPath path;
    path.moveTo(s * 0.22, s * 0.12);
    path.lineTo(s * 0.38, s * 0.28);
    path.lineTo(s * 0.3, s * 0.38);
    path.cubicTo(s * 0.38, s * 0.55, s * 0.45, s * 0.62, s * 0.62, s * 0.7);
    path.lineTo(s * 0.72, s * 0.62);
    path.lineTo(s * 0.88, s * 0.78);
    path.lineTo(s * 0.76, s * 0.9);
    path.cubicTo(s * 0.45, s * 0.88, s * 0.12, s * 0.55, s * 0.1, s * 0.24);
    path.closeSubpath();
    p.drawPath(path);
}

} // namespace

QIcon channelIcon(const QString &channel, const QColor &color, int size)
{
    static QHash<QString, QIcon> cache;
    const QString key = channel + QLatin1Char('/') + color.name(QColor::HexArgb) + QLatin1Char('/')
                        + QString::number(size);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;

    QIcon icon;
    for (const int scale : {1, 2}) {    // crisp on high-DPI screens too
        QPixmap pixmap(size * scale, size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(color, std::max(1.2, size / 12.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        const qreal s = size;
        if (channel == QLatin1String("chat"))
            drawChat(p, s);
        else if (channel == QLatin1String("sms"))
            drawSms(p, s);
        else if (channel == QLatin1String("email"))
            drawEmail(p, s);
        else if (channel == QLatin1String("voice"))
            drawVoice(p, s);
        else
            p.drawEllipse(QRectF(s * 0.35, s * 0.35, s * 0.3, s * 0.3));
        p.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(key, icon);
    return icon;
}

} // namespace widgets
