#pragma once
// app::WallboardBoard: one wallboard's tiles in a grid (each tile at its row and column),
// kept current from session::StatsStore: a queue's delta refreshes the tiles of that queue
// only. Longest-wait tiles tick locally from the oldest waiting interaction: the board
// has one repaint timer (a second) for its ticking tiles, none per tile, and never asks
// the server. Used by the Wallboards tab, a detached board window and TV mode.

#include "session_stats_store.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QTimer;

namespace widgets { class MetricTile; }

namespace app {

class WallboardBoard : public QWidget {
    Q_OBJECT
public:
    explicit WallboardBoard(session::StatsStore &stats, QWidget *parent = nullptr);
    ~WallboardBoard() override;

    void setBoard(const session::Wallboard &board);
    const session::Wallboard &board() const { return m_board; }

    // Tiles in the board's order (the order of board().tiles).
    QList<widgets::MetricTile *> tiles() const { return m_tiles; }
    widgets::MetricTile *tileAt(int row, int column) const;
    // The first tile of the queue with the metric, or nullptr.
    widgets::MetricTile *tileFor(const QString &queueId, session::MetricKind metric) const;

    // Edit mode: a click selects a tile (tileClicked), the selected one is outlined.
    void setSelectedTile(int index);
    // TV mode: wider gaps (the tiles scale their type with their size anyway).
    void setSpacious(bool spacious);
    QTimer *clock() const { return m_clock; }

signals:
    void tileClicked(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void refreshQueue(const QString &queueId);
    void refreshTile(int index);
    void retranslate();

    session::StatsStore &m_stats;
    session::Wallboard m_board;
    QGridLayout *m_grid;
    QLabel *m_empty;
    QList<widgets::MetricTile *> m_tiles;
    QTimer *m_clock;
};

} // namespace app
