#include "widgets_service_health_indicator.h"

#include <QHBoxLayout>

namespace widgets {

ServiceHealthIndicator::ServiceHealthIndicator(QWidget *parent)
    : QWidget(parent), m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
}

void ServiceHealthIndicator::setServices(const QStringList &keys, const QStringList &labels)
{
    for (auto it = m_indicators.begin(); it != m_indicators.end();) {
        if (keys.contains(it.key())) {
            ++it;
        } else {
            delete it.value();
            it = m_indicators.erase(it);
        }
    }
    for (int i = 0; i < keys.size(); ++i) {
        const QString label = i < labels.size() ? labels.at(i) : keys.at(i);
        StatusIndicator *indicator = m_indicators.value(keys.at(i));
        if (!indicator) {
            indicator = new StatusIndicator(label, this);
            indicator->setObjectName(QStringLiteral("service-") + keys.at(i));
            m_indicators.insert(keys.at(i), indicator);
        } else {
            indicator->setText(label);
            m_layout->removeWidget(indicator);
        }
        m_layout->insertWidget(i, indicator);
    }
    m_order = keys;
}

void ServiceHealthIndicator::setHealth(const QString &key, Level level, const QString &details)
{
    if (StatusIndicator *indicator = m_indicators.value(key)) {
        indicator->setLevel(level);
        indicator->setDetails(details);
    }
}

ServiceHealthIndicator::Level ServiceHealthIndicator::level(const QString &key) const
{
    StatusIndicator *indicator = m_indicators.value(key);
    return indicator ? indicator->level() : Level::Unknown;
}

} // namespace widgets
