#pragma once
// widgets::ServiceHealthIndicator: one StatusIndicator per backend service, in a row
// (for a status bar). Knows nothing of gRPC: the caller maps states to levels.

#include "widgets_status_indicator.h"

#include <QMap>
#include <QStringList>
#include <QWidget>

class QHBoxLayout;

namespace widgets {

class ServiceHealthIndicator : public QWidget {
    Q_OBJECT
public:
    using Level = StatusIndicator::Level;

    explicit ServiceHealthIndicator(QWidget *parent = nullptr);

    // The services to show, in this order, under these labels (key -> label).
    // Keeps the level of services already shown.
    void setServices(const QStringList &keys, const QStringList &labels);
    QStringList services() const { return m_order; }
    void setHealth(const QString &key, Level level, const QString &details);
    Level level(const QString &key) const;
    StatusIndicator *indicator(const QString &key) const { return m_indicators.value(key); }

private:
    QHBoxLayout *m_layout;
    QStringList m_order;
    QMap<QString, StatusIndicator *> m_indicators;
};

} // namespace widgets
