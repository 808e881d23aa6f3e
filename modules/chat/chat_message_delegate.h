#pragma once
// modules::chat::MessageDelegate: paints a transcript row as a bubble: the customer's
// on the left, the agent's on the right in the accent colour, system notices centred.

#include <QStyledItemDelegate>

namespace modules::chat {

class MessageDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Geometry {
        QRect bubble;
        QRect header;
        QRect text;
        QRect footer;
        int height = 0;
    };
    Geometry layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
};

} // namespace modules::chat
