#include "app_wallboard_board.h"

#include "widgets_metric_tile.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QTimer>

namespace app {

using session::MetricKind;
using widgets::MetricTile;

namespace {

MetricTile::Unit tileUnit(MetricKind metric)
{
    switch (session::unitOf(metric)) {
    case session::MetricUnit::Seconds: return MetricTile::Unit::Seconds;
    case session::MetricUnit::Fraction: return MetricTile::Unit::Fraction;
    case session::MetricUnit::Count: break;
    }
    return MetricTile::Unit::Count;
}

} // namespace

WallboardBoard::WallboardBoard(session::StatsStore &stats, QWidget *parent)
    : QWidget(parent), m_stats(stats), m_grid(new QGridLayout(this)), m_empty(new QLabel(this)),
      m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("wallboardBoard"));
    m_empty->setObjectName(QStringLiteral("emptyBoard"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_grid->setSpacing(8);
    m_grid->addWidget(m_empty, 0, 0);

    connect(&m_stats, &session::StatsStore::queueChanged, this,
            [this](int row) { refreshQueue(m_stats.queueAt(row).queueId); });
    connect(&m_stats, &session::StatsStore::queuesAdded, this, [this](int first, int last) {
        for (int row = first; row <= last; ++row)
            refreshQueue(m_stats.queueAt(row).queueId);
    });
    // One repaint a second for the tiles that tick (longest wait), not a timer per tile.
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        for (MetricTile *tile : std::as_const(m_tiles))
            if (tile->isTicking())
                tile->update();
    });
    m_clock->start();
    retranslate();
}

WallboardBoard::~WallboardBoard() = default;

void WallboardBoard::setBoard(const session::Wallboard &board)
{
    const bool sameLayout = [&] {
        if (board.tiles.size() != m_board.tiles.size())
            return false;
        for (int i = 0; i < board.tiles.size(); ++i)
            if (board.tiles.at(i).row != m_board.tiles.at(i).row || board.tiles.at(i).column != m_board.tiles.at(i).column)
                return false;
        return true;
    }();
    m_board = board;
    if (sameLayout && !m_tiles.isEmpty()) {
        for (int i = 0; i < m_tiles.size(); ++i)
            refreshTile(i);     // the same places: refresh in place, no flicker
        return;
    }
    rebuild();
}

void WallboardBoard::rebuild()
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    // Stretch factors of the previous board are reset, so that old rows take no space.
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0);
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, 0);
    m_empty->setVisible(m_board.tiles.isEmpty());
    for (int i = 0; i < m_board.tiles.size(); ++i) {
        const session::WallboardTile &t = m_board.tiles.at(i);
        auto *tile = new MetricTile(this);
        tile->setObjectName(QStringLiteral("tile_%1_%2").arg(t.row).arg(t.column));
        connect(tile, &MetricTile::clicked, this, [this, tile] { emit tileClicked(int(m_tiles.indexOf(tile))); });
        m_grid->addWidget(tile, t.row, t.column);
        m_grid->setRowStretch(t.row, 1);
        m_grid->setColumnStretch(t.column, 1);
        m_tiles << tile;
        refreshTile(i);
    }
}

MetricTile *WallboardBoard::tileAt(int row, int column) const
{
    for (int i = 0; i < m_board.tiles.size() && i < m_tiles.size(); ++i)
        if (m_board.tiles.at(i).row == row && m_board.tiles.at(i).column == column)
            return m_tiles.at(i);
    return nullptr;
}

MetricTile *WallboardBoard::tileFor(const QString &queueId, MetricKind metric) const
{
    for (int i = 0; i < m_board.tiles.size() && i < m_tiles.size(); ++i)
        if (m_board.tiles.at(i).queueId == queueId && m_board.tiles.at(i).metric == metric)
            return m_tiles.at(i);
    return nullptr;
}

void WallboardBoard::setSelectedTile(int index)
{
    for (int i = 0; i < m_tiles.size(); ++i)
        m_tiles.at(i)->setSelected(i == index);
}

void WallboardBoard::setSpacious(bool spacious)
{
    m_grid->setSpacing(spacious ? 18 : 8);
}

void WallboardBoard::refreshQueue(const QString &queueId)
{
    for (int i = 0; i < m_board.tiles.size() && i < m_tiles.size(); ++i)
        if (m_board.tiles.at(i).queueId == queueId)
            refreshTile(i);
}

void WallboardBoard::refreshTile(int index)
{
    const session::WallboardTile &t = m_board.tiles.at(index);
    MetricTile *tile = m_tiles.at(index);
    const int row = m_stats.indexOfQueue(t.queueId);
    tile->setQueueName(row >= 0 ? m_stats.queueName(t.queueId) : tr("Unknown queue"));
    tile->setMetricName(session::StatsStore::metricName(t.metric));
    tile->setUnit(tileUnit(t.metric));
    if (t.threshold.isSet())
        tile->setThreshold(t.threshold.amber, t.threshold.red, t.threshold.higherIsWorse);
    else
        tile->clearThreshold();
    if (row < 0) {
        tile->setTickingFrom({});
        tile->setValue(0, false);
        tile->setFormula({});
        return;
    }
    const session::QueueFigures &figures = m_stats.queueAt(row);
    tile->setValue(figures.value(t.metric), figures.hasData(t.metric));
    tile->setTickingFrom(t.metric == MetricKind::LongestWait && figures.waiting > 0 ? figures.oldestEnqueuedAt
                                                                                    : QDateTime());
    tile->setFormula(t.metric == MetricKind::ServiceLevel
                         ? session::StatsStore::serviceLevelFormula(figures.serviceLevelVariant,
                                                                    figures.serviceLevelThresholdSeconds)
                         : QString());
}

void WallboardBoard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WallboardBoard::retranslate()
{
    m_empty->setText(tr("This board has no tiles yet. Choose Edit to add tiles."));
    for (int i = 0; i < m_tiles.size(); ++i)
        refreshTile(i);
}

} // namespace app
