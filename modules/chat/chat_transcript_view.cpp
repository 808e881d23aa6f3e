#include "chat_transcript_view.h"

#include <QPainter>
#include <QPaintEvent>
#include <QScrollBar>

#include <algorithm>

namespace modules::chat {

TranscriptView::TranscriptView(QWidget *parent)
    : QAbstractItemView(parent)
{
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalScrollBar()->setSingleStep(24);
}

int TranscriptView::measure(int row)
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = QRect(0, 0, viewport()->width(), 0);
    ++m_measured;
    return std::max(1, itemDelegateForIndex(model()->index(row, 0, rootIndex()))
                           ->sizeHint(option, model()->index(row, 0, rootIndex())).height());
}

void TranscriptView::relayoutFrom(int row)
{
    m_tops.resize(m_heights.size());
    for (size_t i = size_t(std::max(0, row)); i < m_heights.size(); ++i)
        m_tops[i] = i == 0 ? 0 : m_tops[i - 1] + m_heights[i - 1];
}

void TranscriptView::layoutAll()
{
    m_heights.clear();
    m_tops.clear();
    m_measured = 0;
    m_layoutWidth = viewport()->width();
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    m_heights.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row)
        m_heights.push_back(measure(row));
    relayoutFrom(0);
    updateGeometries();
    viewport()->update();
}

void TranscriptView::doItemsLayout()
{
    layoutAll();
    QAbstractItemView::doItemsLayout();
}

void TranscriptView::reset()
{
    QAbstractItemView::reset();
    layoutAll();
}

int TranscriptView::contentHeight() const
{
    return m_tops.empty() ? 0 : m_tops.back() + m_heights.back();
}

int TranscriptView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

int TranscriptView::rowAtY(int contentY) const
{
    if (m_tops.empty() || contentY < 0 || contentY >= contentHeight())
        return -1;
    const auto it = std::upper_bound(m_tops.begin(), m_tops.end(), contentY);
    return int(it - m_tops.begin()) - 1;
}

QRect TranscriptView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= int(m_tops.size()))
        return {};
    return {0, m_tops[size_t(index.row())] - verticalOffset(), viewport()->width(), m_heights[size_t(index.row())]};
}

QModelIndex TranscriptView::indexAt(const QPoint &point) const
{
    const int row = rowAtY(point.y() + verticalOffset());
    return row < 0 || !model() ? QModelIndex() : model()->index(row, 0, rootIndex());
}

void TranscriptView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid() || index.row() >= int(m_tops.size()))
        return;
    const int top = m_tops[size_t(index.row())];
    const int height = m_heights[size_t(index.row())];
    const int viewHeight = viewport()->height();
    QScrollBar *bar = verticalScrollBar();
    switch (hint) {
    case PositionAtTop:
        bar->setValue(top);
        break;
    case PositionAtBottom:
        bar->setValue(top + height - viewHeight);
        break;
    case PositionAtCenter:
        bar->setValue(top + height / 2 - viewHeight / 2);
        break;
    case EnsureVisible:
        if (top < bar->value())
            bar->setValue(top);
        else if (top + height > bar->value() + viewHeight)
            bar->setValue(top + height - viewHeight);
        break;
    }
}

QModelIndex TranscriptView::moveCursor(CursorAction action, Qt::KeyboardModifiers)
{
    if (!model() || m_tops.empty())
        return {};
    const int count = int(m_tops.size());
    int row = currentIndex().isValid() ? currentIndex().row() : -1;
    switch (action) {
    case MoveUp:
    case MovePrevious:
        row = std::max(0, row - 1);
        break;
    case MoveDown:
    case MoveNext:
        row = std::min(count - 1, row + 1);
        break;
    case MoveHome:
        row = 0;
        break;
    case MoveEnd:
        row = count - 1;
        break;
    case MovePageUp:
        row = std::max(0, rowAtY(std::max(0, (row < 0 ? 0 : m_tops[size_t(row)]) - viewport()->height())));
        break;
    case MovePageDown: {
        const int target = rowAtY((row < 0 ? 0 : m_tops[size_t(row)]) + viewport()->height());
        row = target < 0 ? count - 1 : target;
        break;
    }
    default:
        break;
    }
    return model()->index(std::max(0, row), 0, rootIndex());
}

void TranscriptView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (!model() || !selectionModel())
        return;
    const QRect normal = rect.normalized();
    const int first = rowAtY(normal.top() + verticalOffset());
    int last = rowAtY(normal.bottom() + verticalOffset());
    if (first < 0)
        return;
    if (last < 0)
        last = int(m_tops.size()) - 1;
    selectionModel()->select(QItemSelection(model()->index(first, 0, rootIndex()), model()->index(last, 0, rootIndex())),
                             command);
}

QRegion TranscriptView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            region += visualRect(model()->index(row, 0, rootIndex()));
    }
    return region;
}

void TranscriptView::updateGeometries()
{
    QScrollBar *bar = verticalScrollBar();
    bar->setPageStep(viewport()->height());
    bar->setRange(0, std::max(0, contentHeight() - viewport()->height()));
    QAbstractItemView::updateGeometries();
}

void TranscriptView::paintEvent(QPaintEvent *event)
{
    if (!model() || m_tops.empty())
        return;
    QPainter painter(viewport());
    const int offset = verticalOffset();
    const QRect area = event->rect();
    int row = rowAtY(area.top() + offset);
    if (row < 0)
        return;
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QModelIndex current = currentIndex();
    for (; row < int(m_tops.size()) && m_tops[size_t(row)] - offset <= area.bottom(); ++row) {
        const QModelIndex index = model()->index(row, 0, rootIndex());
        option.rect = QRect(0, m_tops[size_t(row)] - offset, viewport()->width(), m_heights[size_t(row)]);
        option.state = QStyle::State_Enabled | QStyle::State_Active;
        if (selectionModel() && selectionModel()->isSelected(index))
            option.state |= QStyle::State_Selected;
        if (index == current && hasFocus())
            option.state |= QStyle::State_HasFocus;
        itemDelegateForIndex(index)->paint(&painter, option, index);
    }
}

void TranscriptView::resizeEvent(QResizeEvent *event)
{
    QAbstractItemView::resizeEvent(event);
    // Wrapped text changes height with the width: only then is everything measured again.
    if (viewport()->width() != m_layoutWidth)
        layoutAll();
    else
        updateGeometries();
}

void TranscriptView::rowsInserted(const QModelIndex &parent, int first, int last)
{
    QAbstractItemView::rowsInserted(parent, first, last);
    if (parent != rootIndex() || m_layoutWidth < 0)
        return;
    std::vector<int> heights;
    heights.reserve(size_t(last - first + 1));
    for (int row = first; row <= last; ++row)
        heights.push_back(measure(row));
    m_heights.insert(m_heights.begin() + first, heights.begin(), heights.end());
    relayoutFrom(first);
    updateGeometries();
    viewport()->update();
}

void TranscriptView::rowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    QAbstractItemView::rowsAboutToBeRemoved(parent, first, last);
    if (parent != rootIndex() || first >= int(m_heights.size()))
        return;
    last = std::min(last, int(m_heights.size()) - 1);
    m_heights.erase(m_heights.begin() + first, m_heights.begin() + last + 1);
    relayoutFrom(first);
    updateGeometries();
    viewport()->update();
}

void TranscriptView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    if (!topLeft.isValid() || topLeft.parent() != rootIndex() || m_layoutWidth < 0)
        return;
    bool moved = false;
    const int last = std::min(bottomRight.row(), int(m_heights.size()) - 1);
    for (int row = topLeft.row(); row <= last; ++row) {
        const int height = measure(row);
        if (height != m_heights[size_t(row)]) {
            m_heights[size_t(row)] = height;
            moved = true;
        }
    }
    if (moved) {        // a delivery mark that wraps differently: the rows below move
        relayoutFrom(topLeft.row());
        updateGeometries();
    }
    viewport()->update();
}

} // namespace modules::chat
