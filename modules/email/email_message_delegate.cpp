#include "email_message_delegate.h"

#include "api_message.h"
#include "email_thread_model.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

#include <cmath>

namespace modules::email {

using api::Message;

namespace {
constexpr int kRowMargin = 5;       // between cards
constexpr int kSideMargin = 10;     // between card and view edge
constexpr int kPadding = 10;        // inside the card
constexpr int kStripe = 4;          // the accent edge of the card
constexpr int kRadius = 6;
constexpr int kChipPadding = 6;
constexpr int kIconSize = 14;

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.88);
    return f;
}

QFont boldFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

int viewWidth(const QStyleOptionViewItem &option)
{
    if (auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}

Message::Direction directionOf(const QModelIndex &index)
{
    return Message::Direction(index.data(ThreadModel::DirectionRole).toInt());
}

QString recipientsText(const QModelIndex &index)
{
    const QStringList to = index.data(ThreadModel::ToRole).toStringList();
    const QStringList cc = index.data(ThreadModel::CcRole).toStringList();
    QStringList lines;
    if (!to.isEmpty())
        lines << MessageDelegate::tr("To: %1").arg(to.join(QStringLiteral(", ")));
    if (!cc.isEmpty())
        lines << MessageDelegate::tr("Cc: %1").arg(cc.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

// The quoted text, its first lines only: a long thread quotes itself over and over.
QString shownQuote(const QModelIndex &index)
{
    const QString quoted = index.data(ThreadModel::QuotedRole).toString().trimmed();
    if (quoted.isEmpty())
        return {};
    QStringList lines = quoted.split(QLatin1Char('\n'));
    const int hidden = int(lines.size()) - MessageDelegate::kQuotedLinesShown;
    if (hidden <= 0)
        return quoted;
    lines = lines.mid(0, MessageDelegate::kQuotedLinesShown);
    lines << MessageDelegate::tr("… (%1 more quoted lines)").arg(hidden);
    return lines.join(QLatin1Char('\n'));
}

QColor faintColor(const QPalette &palette)
{
    QColor c = palette.color(QPalette::Text);
    c.setAlphaF(0.62);
    return c;
}
} // namespace

QColor MessageDelegate::errorColor(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                           : QColor(0xc6, 0x28, 0x28);
}

MessageDelegate::Geometry MessageDelegate::layout(const QStyleOptionViewItem &option,
                                                  const QModelIndex &index, int width) const
{
    Geometry g;
    const QFontMetrics fm(option.font);
    const QFontMetrics sm(smallFont(option.font));
    const QFontMetrics bm(boldFont(option.font));
    const int cardWidth = qMax(160, width - 2 * kSideMargin);
    const int inner = cardWidth - 2 * kPadding - kStripe;
    const int left = kSideMargin + kStripe + kPadding;

    if (directionOf(index) == Message::Direction::System) {
        const QRect r = sm.boundingRect(QRect(0, 0, cardWidth, 100000), Qt::AlignHCenter | Qt::TextWordWrap,
                                        index.data(Qt::DisplayRole).toString());
        g.body = QRect(kSideMargin, kRowMargin, cardWidth, r.height());
        g.height = r.height() + 2 * kRowMargin;
        return g;
    }

    int y = kRowMargin + kPadding;
    g.header = QRect(left, y, inner, qMax(bm.height(), sm.height()));
    y += g.header.height() + 4;

    const bool expanded = index.data(ThreadModel::ExpandedRole).toBool();
    if (!expanded) {
        g.body = QRect(left, y, inner, sm.height());
        y += g.body.height();
    } else {
        const QString recipients = recipientsText(index);
        if (!recipients.isEmpty()) {
            const int lines = int(recipients.count(QLatin1Char('\n'))) + 1;
            g.recipients = QRect(left, y, inner, lines * sm.lineSpacing());
            y += g.recipients.height() + 2;
        }
        if (!index.data(ThreadModel::SubjectRole).toString().isEmpty()) {
            g.subject = QRect(left, y, inner, bm.height());
            y += g.subject.height();
        }
        y += 8;
        const QRect text = fm.boundingRect(QRect(0, 0, inner, 100000), Qt::TextWordWrap,
                                           index.data(Qt::DisplayRole).toString());
        g.body = QRect(left, y, inner, text.height());
        y += text.height();

        const QString quote = shownQuote(index);
        if (!quote.isEmpty()) {
            y += 8;
            const QRect r = sm.boundingRect(QRect(0, 0, inner - 12, 100000), Qt::TextWordWrap, quote);
            g.quoted = QRect(left, y, inner, r.height());
            y += r.height();
        }

        const QStringList attachments = index.data(ThreadModel::AttachmentsRole).toStringList();
        if (!attachments.isEmpty()) {
            y += 10;
            const int chipHeight = sm.height() + 2 * 3;
            int x = left;
            for (const QString &name : attachments) {
                const int w = qMin(inner, kChipPadding * 2 + kIconSize + 4
                                              + int(std::ceil(QFontMetricsF(smallFont(option.font))
                                                                  .horizontalAdvance(name))) + 1);
                if (x > left && x + w > left + inner) {
                    x = left;
                    y += chipHeight + 4;
                }
                g.chips.append(QRect(x, y, w, chipHeight));
                x += w + 6;
            }
            y += chipHeight;
        }
    }

    if (!index.data(ThreadModel::DeliveryTextRole).toString().isEmpty()) {
        y += 4;
        g.footer = QRect(left, y, inner, sm.height());
        y += sm.height();
    }
    y += kPadding;
    g.card = QRect(kSideMargin, kRowMargin, cardWidth, y - kRowMargin);
    g.height = y + kRowMargin;
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
    const QFont small = smallFont(option.font);
    const QColor faint = faintColor(pal);

    if (directionOf(index) == Message::Direction::System) {
        QFont f = small;
        f.setItalic(true);
        painter->setFont(f);
        painter->setPen(faint);
        painter->drawText(g.body, Qt::AlignHCenter | Qt::TextWordWrap, index.data().toString());
        painter->restore();
        return;
    }

    const bool outbound = directionOf(index) == Message::Direction::Outbound;
    const bool expanded = index.data(ThreadModel::ExpandedRole).toBool();
    const auto delivery = Message::Delivery(index.data(ThreadModel::DeliveryRole).toInt());
    const bool failed = delivery == Message::Delivery::Failed;

    // The card: the base colour on the window-coloured thread, a hairline border, and
    // the sender on its left edge (accent for the agent, neutral for the customer).
    QPainterPath card;
    card.addRoundedRect(QRectF(g.card).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    painter->fillPath(card, pal.color(QPalette::Base));
    QColor border = pal.color(QPalette::Text);
    border.setAlphaF(0.16);
    if (option.state & QStyle::State_Selected)
        border = pal.color(QPalette::Highlight);
    if (failed)
        border = errorColor(pal);
    painter->setPen(QPen(border, 1));
    painter->drawPath(card);
    painter->save();
    painter->setClipPath(card);
    QColor stripe = outbound ? pal.color(QPalette::Highlight) : faint;
    if (!outbound)
        stripe.setAlphaF(0.35);
    if (failed)
        stripe = errorColor(pal);
    painter->fillRect(QRect(g.card.left(), g.card.top(), kStripe, g.card.height()), stripe);
    painter->restore();

    // header: author, and the time on the right
    const QString time = index.data(ThreadModel::TimeTextRole).toString();
    painter->setFont(small);
    const int timeWidth = QFontMetrics(small).horizontalAdvance(time) + 2;
    painter->setPen(faint);
    painter->drawText(g.header, Qt::AlignRight | Qt::AlignVCenter, time);
    painter->setFont(boldFont(option.font));
    painter->setPen(pal.color(QPalette::Text));
    const QRect authorRect = g.header.adjusted(0, 0, -timeWidth - 8, 0);
    painter->drawText(authorRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(boldFont(option.font))
                          .elidedText(index.data(ThreadModel::AuthorRole).toString(), Qt::ElideRight,
                                      authorRect.width()));

    if (!expanded) {
        QString preview = index.data(ThreadModel::PreviewRole).toString();
        const QStringList attachments = index.data(ThreadModel::AttachmentsRole).toStringList();
        if (!attachments.isEmpty())
            preview = attachments.join(QStringLiteral(", ")) + QStringLiteral(" · ") + preview;
        painter->setFont(small);
        painter->setPen(faint);
        painter->drawText(g.body, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(small).elidedText(preview, Qt::ElideRight, g.body.width()));
    } else {
        if (!g.recipients.isEmpty()) {
            painter->setFont(small);
            painter->setPen(faint);
            const QStringList lines = recipientsText(index).split(QLatin1Char('\n'));
            const int lineSpacing = QFontMetrics(small).lineSpacing();
            for (int i = 0; i < lines.size(); ++i) {
                const QRect line(g.recipients.left(), g.recipients.top() + i * lineSpacing,
                                 g.recipients.width(), lineSpacing);
                painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                                  QFontMetrics(small).elidedText(lines.at(i), Qt::ElideRight, line.width()));
            }
        }
        if (!g.subject.isEmpty()) {
            painter->setFont(boldFont(option.font));
            painter->setPen(pal.color(QPalette::Text));
            painter->drawText(g.subject, Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetrics(boldFont(option.font))
                                  .elidedText(index.data(ThreadModel::SubjectRole).toString(), Qt::ElideRight,
                                              g.subject.width()));
        }
        painter->setFont(option.font);
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(g.body, Qt::AlignLeft | Qt::TextWordWrap, index.data().toString());

        if (!g.quoted.isEmpty()) {
            // quoted text: behind a bar, greyed and smaller, so the new text stands out
            QColor bar = faint;
            bar.setAlphaF(0.3);
            painter->fillRect(QRect(g.quoted.left(), g.quoted.top(), 3, g.quoted.height()), bar);
            painter->setFont(small);
            painter->setPen(faint);
            painter->drawText(g.quoted.adjusted(12, 0, 0, 0), Qt::AlignLeft | Qt::TextWordWrap, shownQuote(index));
        }

        const QStringList attachments = index.data(ThreadModel::AttachmentsRole).toStringList();
        const QIcon fileIcon = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
        QColor chipFill = pal.color(QPalette::Text);
        chipFill.setAlphaF(0.06);
        QColor chipBorder = pal.color(QPalette::Text);
        chipBorder.setAlphaF(0.18);
        painter->setFont(small);
        for (int i = 0; i < g.chips.size() && i < attachments.size(); ++i) {
            const QRect chip = g.chips.at(i);
            QPainterPath path;
            path.addRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), chip.height() / 2.0,
                                chip.height() / 2.0);
            painter->fillPath(path, chipFill);
            painter->setPen(QPen(chipBorder, 1));
            painter->drawPath(path);
            const QRect icon(chip.left() + kChipPadding, chip.center().y() - kIconSize / 2 + 1, kIconSize, kIconSize);
            fileIcon.paint(painter, icon);
            const QRect text = chip.adjusted(kChipPadding + kIconSize + 4, 0, -kChipPadding, 0);
            painter->setPen(pal.color(QPalette::Text));
            painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetrics(small).elidedText(attachments.at(i), Qt::ElideMiddle, text.width()));
        }
    }

    if (!g.footer.isEmpty()) {
        QFont f = small;
        f.setBold(failed);
        painter->setFont(f);
        painter->setPen(failed ? errorColor(pal) : faint);
        painter->drawText(g.footer, Qt::AlignRight | Qt::AlignVCenter,
                          QFontMetrics(f).elidedText(index.data(ThreadModel::DeliveryTextRole).toString(),
                                                     Qt::ElideRight, g.footer.width()));
    }
    painter->restore();
}

} // namespace modules::email
