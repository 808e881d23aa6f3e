#pragma once
// modules::chat::TranscriptView: a vertical list of message bubbles of different heights
// whose cost of appending a message does not grow with the transcript.
//
// QListView with non-uniform item sizes lays every row out again on each insert (it
// asks the delegate for every row's size hint): a 10,000-message chat took 100-200 ms
// per incoming message. This view keeps each row's height and top (a prefix sum) and
// updates only from the first changed row on: appending measures one row and is O(1);
// a change of one row's height moves the rows below it; only a new width (a resize)
// measures everything again. Painting and hit-testing look rows up by binary search.

#include <QAbstractItemView>

#include <vector>

namespace modules::chat {

class TranscriptView : public QAbstractItemView {
    Q_OBJECT
public:
    explicit TranscriptView(QWidget *parent = nullptr);

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    void doItemsLayout() override;
    void reset() override;

    //! Rows measured since the last full layout (tests and benchmarks read it).
    qint64 measuredRows() const { return m_measured; }

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override { return 0; }
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &) const override { return false; }
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void updateGeometries() override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void rowsInserted(const QModelIndex &parent, int first, int last) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int first, int last) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = {}) override;

private:
    int measure(int row);
    void relayoutFrom(int row);     // tops of `row` and below from the heights
    void layoutAll();
    int rowAtY(int contentY) const; // -1 past the end
    int contentHeight() const;

    std::vector<int> m_heights;
    std::vector<int> m_tops;
    int m_layoutWidth = -1;
    qint64 m_measured = 0;
};

} // namespace modules::chat
