#pragma once
// widgets::StatusIndicator: a coloured dot and a short label, with the details in the
// tooltip. The unit of the status bar (a service's health, the event stream's state).

#include <QWidget>

class QLabel;

namespace widgets {

class StatusIndicator : public QWidget {
    Q_OBJECT
public:
    enum class Level {
        Unknown,    // grey: not known yet
        Ok,         // green
        Pending,    // amber: connecting, reconnecting
        Error,      // red: unavailable
    };
    Q_ENUM(Level)

    explicit StatusIndicator(const QString &text = {}, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    void setLevel(Level level);
    Level level() const { return m_level; }
    void setDetails(const QString &details);    // tooltip
    QString details() const { return toolTip(); }

    static QColor colorFor(Level level);

private:
    class Dot;
    Dot *m_dot;
    QLabel *m_label;
    Level m_level = Level::Unknown;
};

} // namespace widgets
