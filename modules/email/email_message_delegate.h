#pragma once
// modules::email::MessageDelegate: paints a message of the thread as a card. A
// collapsed card is one header line and a one-line preview; an expanded card adds
// the recipients, the subject, the body, the quoted text (greyed, behind a bar,
// shortened) and the attachments as chips. The agent's messages carry the accent
// colour on their edge and their delivery state underneath.

#include <QStyledItemDelegate>

namespace modules::email {

class MessageDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    //! Red that reads on \a palette's base, light or dark: errors and failed deliveries.
    static QColor errorColor(const QPalette &palette);
    //! Quoted lines shown in an expanded card before "… n more lines".
    static constexpr int kQuotedLinesShown = 6;

private:
    struct Geometry {
        QRect card;
        QRect header;       // author left, time right
        QRect recipients;   // "To: …" and "Cc: …" lines
        QRect subject;
        QRect body;         // the text, or the preview line when collapsed
        QRect quoted;
        QList<QRect> chips; // one per attachment
        QRect footer;
        int height = 0;
    };
    Geometry layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
};

} // namespace modules::email
