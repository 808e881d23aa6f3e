#pragma once
// app::AlertView: the Alerts sub-tab of the Supervisor tab: the alerts raised now (from
// the stats service's alert_raised events, removed when cleared), and the center's alert
// rules (shared by its supervisors, versioned on the server) with an editor: a name, a
// queue or every queue, a metric, the limit it must go above, and whether it is enabled.
// Problems are shown next to the fields; the server's refusal (e.g. someone else changed
// the rule) under the form.

#include "session_stats_store.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace app {

class AlertView : public QWidget {
    Q_OBJECT
public:
    explicit AlertView(session::StatsStore &stats, QWidget *parent = nullptr);

    // "Longest wait on Sales is 1:15, above 1:00" (translated).
    static QString describe(const session::Alert &alert);

    QListWidget *activeList() const { return m_active; }
    QTableWidget *rulesTable() const { return m_rules; }
    QLineEdit *nameField() const { return m_name; }
    QComboBox *queueField() const { return m_queue; }
    QComboBox *metricField() const { return m_metric; }
    QDoubleSpinBox *aboveField() const { return m_above; }
    QCheckBox *enabledField() const { return m_enabled; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *nameError() const { return m_nameError; }
    QLabel *message() const { return m_message; }

    // The form as a rule (the limit in the metric's unit: fractions for rates).
    session::AlertRule formRule() const;
    void editRule(const session::AlertRule &rule);
    void setMetric(session::MetricKind metric);
    void save();

signals:
    void saved(const session::AlertRule &rule);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refillActive();
    void refillRules();
    void refillQueues();
    void applyUnit();
    void showMessage(const QString &text, bool error);
    void retranslate();

    session::StatsStore &m_stats;
    session::AlertRule m_editing;
    QLabel *m_activeTitle;
    QListWidget *m_active;
    QLabel *m_rulesTitle;
    QTableWidget *m_rules;
    QLabel *m_formTitle;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLabel *m_queueLabel;
    QComboBox *m_queue;
    QLabel *m_metricLabel;
    QComboBox *m_metric;
    QLabel *m_aboveLabel;
    QDoubleSpinBox *m_above;
    QCheckBox *m_enabled;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_delete;
    QLabel *m_message;
};

} // namespace app
