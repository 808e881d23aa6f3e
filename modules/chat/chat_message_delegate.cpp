#include "chat_message_delegate.h"

#include "api_message.h"
#include "chat_transcript_model.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

#include <cmath>

namespace modules::chat {

using api::Message;

namespace {
constexpr int kRowMargin = 4;       // between rows
constexpr int kSideMargin = 10;     // between bubble and view edge
constexpr int kPadding = 8;         // inside the bubble
constexpr int kRadius = 10;

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.85);
    return f;
}

Message::Direction directionOf(const QModelIndex &index)
{
    return Message::Direction(index.data(TranscriptModel::DirectionRole).toInt());
}

QString headerText(const QModelIndex &index)
{
    const QDateTime time = index.data(TranscriptModel::TimeRole).toDateTime();
    // The locale's short format, without seconds (the C locale's has them).
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    const QString clock = locale.toString(time.toLocalTime().time(), format);
    const QString author = index.data(TranscriptModel::AuthorRole).toString();
    return author.isEmpty() ? clock : author + QStringLiteral(" · ") + clock;
}

int viewWidth(const QStyleOptionViewItem &option)
{
    if (auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}
} // namespace

MessageDelegate::Geometry MessageDelegate::layout(const QStyleOptionViewItem &option,
                                                  const QModelIndex &index, int width) const
{
    Geometry g;
    const QFontMetrics fm(option.font);
    const QFontMetrics sm(smallFont(option.font));
    const Message::Direction dir = directionOf(index);
    const QString text = index.data(Qt::DisplayRole).toString();
    const int maxBubble = qMax(120, (width - 2 * kSideMargin) * 3 / 4);
    const int maxText = maxBubble - 2 * kPadding;

    if (dir == Message::Direction::System) {
        const QRect r = sm.boundingRect(QRect(0, 0, width - 2 * kSideMargin, 100000),
                                        Qt::AlignHCenter | Qt::TextWordWrap, text);
        g.text = QRect(kSideMargin, kRowMargin, width - 2 * kSideMargin, r.height());
        g.height = r.height() + 2 * kRowMargin;
        return g;
    }

    const QRect textRect = fm.boundingRect(QRect(0, 0, maxText, 100000), Qt::TextWordWrap, text);
    const QString header = headerText(index);
    const QString footer = index.data(TranscriptModel::DeliveryTextRole).toString();
    // Fractional advances: round up and leave a pixel, or elidedText() cuts the header.
    const QFontMetricsF smf(smallFont(option.font));
    const auto advance = [&smf](const QString &s) { return int(std::ceil(smf.horizontalAdvance(s))) + 1; };
    int inner = qMax(textRect.width() + 1, advance(header));
    if (!footer.isEmpty()) {
        QFont bold = smallFont(option.font);
        bold.setBold(true);     // a failed delivery is written in bold
        inner = qMax(inner, int(std::ceil(QFontMetricsF(bold).horizontalAdvance(footer))) + 1);
    }
    inner = qMin(inner, maxText);

    int y = kPadding;
    g.header = QRect(kPadding, y, inner, sm.height());
    y += sm.height() + 2;
    g.text = QRect(kPadding, y, inner, textRect.height());
    y += textRect.height();
    if (!footer.isEmpty()) {
        y += 2;
        g.footer = QRect(kPadding, y, inner, sm.height());
        y += sm.height();
    }
    y += kPadding;

    const int bubbleWidth = inner + 2 * kPadding;
    const int x = dir == Message::Direction::Outbound ? width - kSideMargin - bubbleWidth : kSideMargin;
    g.bubble = QRect(x, kRowMargin, bubbleWidth, y);
    g.header.translate(x, kRowMargin);
    g.text.translate(x, kRowMargin);
    g.footer.translate(x, kRowMargin);
    g.height = y + 2 * kRowMargin;
    return g;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = viewWidth(option);
    return {width, layout(option, index, width).height};
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const Geometry g = layout(option, index, option.rect.width());
    painter->translate(option.rect.topLeft());
    const QPalette &pal = option.palette;
    const Message::Direction dir = directionOf(index);
    const QString text = index.data(Qt::DisplayRole).toString();

    if (dir == Message::Direction::System) {
        QFont f = smallFont(option.font);
        f.setItalic(true);
        painter->setFont(f);
        painter->setPen(pal.color(QPalette::PlaceholderText));
        painter->drawText(g.text, Qt::AlignHCenter | Qt::TextWordWrap, text);
        painter->restore();
        return;
    }

    const bool outbound = dir == Message::Direction::Outbound;
    const auto delivery = Message::Delivery(index.data(TranscriptModel::DeliveryRole).toInt());
    const bool failed = delivery == Message::Delivery::Failed;
    QColor fill = outbound ? pal.color(QPalette::Highlight) : pal.color(QPalette::AlternateBase);
    if (!outbound && fill == pal.color(QPalette::Base))
        fill = pal.color(QPalette::Base).darker(108);
    QColor ink = outbound ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    if (failed) {
        // not delivered: not in the agent's colour, so that it stands out from the rest
        const bool dark = pal.color(QPalette::Base).lightness() < 128;
        fill = dark ? QColor(0x5c, 0x1f, 0x1f) : QColor(0xfd, 0xec, 0xea);
        ink = pal.color(QPalette::Text);
    }
    QColor faint = ink;
    faint.setAlphaF(0.75);

    QPainterPath path;
    path.addRoundedRect(g.bubble, kRadius, kRadius);
    painter->fillPath(path, fill);
    if (failed) {
        painter->setPen(QPen(QColor(0xc6, 0x28, 0x28), 1));
        painter->drawPath(path);
    }
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(pal.color(QPalette::Highlight).darker(130), 2));
        painter->drawPath(path);
    }

    const QFont small = smallFont(option.font);
    painter->setFont(small);
    painter->setPen(faint);
    painter->drawText(g.header, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(headerText(index), Qt::ElideRight, g.header.width()));

    painter->setFont(option.font);
    painter->setPen(ink);
    painter->drawText(g.text, Qt::AlignLeft | Qt::TextWordWrap, text);

    if (!g.footer.isEmpty()) {
        painter->setFont(small);
        QColor footerColor = faint;
        if (failed) {
            footerColor = pal.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                                       : QColor(0xc6, 0x28, 0x28);
            QFont bold = small;
            bold.setBold(true);
            painter->setFont(bold);
        }
        painter->setPen(footerColor);
        painter->drawText(g.footer, Qt::AlignRight | Qt::AlignVCenter,
                          index.data(TranscriptModel::DeliveryTextRole).toString());
    }
    painter->restore();
}

} // namespace modules::chat
