#pragma once
// widgets::MetricTile: one wallboard tile: a queue's name, the metric's name, the value in
// large type (a count, seconds as m:ss, a fraction as a percentage), and, for service
// level, the formula it is computed with. Coloured green, amber or red by its threshold
// (higher or lower is worse), neutral without one or without data. The type scales with
// the tile's size, so the same tile serves a desk and a TV across the room.
//
// A tile can tick by itself: with setTickingFrom(t) it shows now − t (longest wait, from
// the oldest waiting interaction) whenever it is painted. It has no timer: the board that
// holds the tiles repaints its ticking tiles once a second (one timer per board).

#include <QDateTime>
#include <QWidget>

namespace widgets {

class MetricTile : public QWidget {
    Q_OBJECT
public:
    enum class Unit { Count, Seconds, Fraction };
    enum class Level { None, Green, Amber, Red };
    Q_ENUM(Level)

    explicit MetricTile(QWidget *parent = nullptr);

    void setQueueName(const QString &name);
    QString queueName() const { return m_queue; }
    void setMetricName(const QString &name);
    QString metricName() const { return m_metric; }
    // Shown under the value (service level's formula); empty: none.
    void setFormula(const QString &formula);
    QString formula() const { return m_formula; }
    void setUnit(Unit unit);
    Unit unit() const { return m_unit; }

    // The value in its unit (fractions for rates); hasData false shows "—".
    void setValue(double value, bool hasData = true);
    // Shows now − start in seconds when painted (and for value()); invalid: setValue's.
    void setTickingFrom(const QDateTime &start);
    bool isTicking() const { return m_tickFrom.isValid(); }

    void setThreshold(double amber, double red, bool higherIsWorse);
    void clearThreshold();
    bool hasThreshold() const { return m_hasThreshold; }

    // Edit mode: a selected tile is outlined.
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

    // What the tile shows now (ticking included).
    double value() const;
    bool hasData() const { return m_hasData; }
    QString valueText() const;
    Level level() const;

    // A value as a tile writes it: 12; 1:05 (h:mm:ss from an hour); 83 %; "—" without data.
    static QString formatValue(Unit unit, double value, bool hasData = true);
    // The tile's fill and text colours for a level (None: from the palette).
    static QColor fillColor(Level level, const QPalette &palette);
    static QColor textColor(Level level, const QPalette &palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void refreshAccessibility();

    QString m_queue;
    QString m_metric;
    QString m_formula;
    Unit m_unit = Unit::Count;
    double m_value = 0;
    bool m_hasData = true;
    QDateTime m_tickFrom;
    bool m_hasThreshold = false;
    double m_amber = 0;
    double m_red = 0;
    bool m_higherIsWorse = true;
    bool m_selected = false;
};

} // namespace widgets
