#include "widgets_shortcut_overlay.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace widgets {

ShortcutOverlay::ShortcutOverlay(QWidget *parent)
    : QWidget(parent),
      m_card(new QFrame(this)),
      m_title(new QLabel(m_card)),
      m_hint(new QLabel(m_card)),
      m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("shortcutOverlay"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_NoSystemBackground);
    m_card->setObjectName(QStringLiteral("shortcutCard"));
    m_card->setAutoFillBackground(true);
    static_cast<QFrame *>(m_card)->setFrameShape(QFrame::StyledPanel);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_hint->setEnabled(false);      // the disabled colour: a quiet hint
    auto *layout = new QVBoxLayout(m_card);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(m_title);
    layout->addLayout(m_grid);
    layout->addWidget(m_hint);
    m_grid->setHorizontalSpacing(24);
    m_grid->setVerticalSpacing(4);
    parent->installEventFilter(this);
    hide();
    changeEvent(nullptr);
}

void ShortcutOverlay::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        m_title->setText(tr("Keyboard shortcuts"));
        m_hint->setText(tr("Press Esc to close."));
        setAccessibleName(tr("Keyboard shortcuts"));
    }
    if (event)
        QWidget::changeEvent(event);
}

void ShortcutOverlay::setGroups(const QList<Group> &groups)
{
    m_groups = groups;
    rebuild();
}

void ShortcutOverlay::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // Groups side by side in columns of (action, keys), so that the card stays low.
    int column = 0;
    for (const Group &group : std::as_const(m_groups)) {
        if (group.entries.isEmpty())
            continue;
        auto *heading = new QLabel(group.title, m_card);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        m_grid->addWidget(heading, 0, column, 1, 2);
        int row = 1;
        for (const Entry &entry : group.entries) {
            if (entry.keys.isEmpty())
                continue;   // a platform without a standard key for it
            auto *action = new QLabel(entry.action, m_card);
            auto *keys = new QLabel(QStringLiteral("<b>%1</b>").arg(entry.keys.toString(QKeySequence::NativeText).toHtmlEscaped()), m_card);
            keys->setObjectName(QStringLiteral("shortcutKeys"));
            action->setBuddy(keys);
            m_grid->addWidget(action, row, column);
            m_grid->addWidget(keys, row, column + 1);
            ++row;
        }
        m_grid->setRowStretch(row, 1);
        column += 2;
    }
    m_card->adjustSize();
}

void ShortcutOverlay::open()
{
    setGeometry(parentWidget()->rect());
    m_card->adjustSize();
    m_card->move((width() - m_card->width()) / 2, std::max(16, (height() - m_card->height()) / 3));
    show();
    raise();
    setFocus(Qt::ShortcutFocusReason);
}

void ShortcutOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0, 0, 0, 110));     // dims the window: the help is on top
}

void ShortcutOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F1) {
        hide();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ShortcutOverlay::mousePressEvent(QMouseEvent *)
{
    hide();
}

bool ShortcutOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        open();
    return QWidget::eventFilter(watched, event);
}

} // namespace widgets
