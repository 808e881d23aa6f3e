#include "app_alert_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace app {

using session::MetricKind;
using session::MetricUnit;

namespace {

QString errorStyle(const QWidget *widget)
{
    return widget->palette().color(QPalette::Window).lightness() < 128 ? QStringLiteral("color: #ff8a80;")
                                                                       : QStringLiteral("color: #b00020;");
}

enum RuleColumn { NameColumn, QueueColumn, MetricColumn, AboveColumn, EnabledColumn, RuleColumnCount };

} // namespace

QString AlertView::describe(const session::Alert &alert)
{
    const MetricKind metric = alert.rule.metric;
    const QString queue = alert.queueName.isEmpty() ? alert.queueId : alert.queueName;
    return tr("%1 on %2 is %3, above %4")
        .arg(session::StatsStore::metricName(metric), queue, session::StatsStore::formatValue(metric, alert.value),
             session::StatsStore::formatValue(metric, alert.rule.above));
}

AlertView::AlertView(session::StatsStore &stats, QWidget *parent)
    : QWidget(parent), m_stats(stats), m_activeTitle(new QLabel(this)), m_active(new QListWidget(this)),
      m_rulesTitle(new QLabel(this)), m_rules(new QTableWidget(this)), m_formTitle(new QLabel(this)),
      m_nameLabel(new QLabel(this)), m_name(new QLineEdit(this)), m_nameError(new QLabel(this)),
      m_queueLabel(new QLabel(this)), m_queue(new QComboBox(this)), m_metricLabel(new QLabel(this)),
      m_metric(new QComboBox(this)), m_aboveLabel(new QLabel(this)), m_above(new QDoubleSpinBox(this)),
      m_enabled(new QCheckBox(this)), m_new(new QPushButton(this)), m_save(new QPushButton(this)),
      m_delete(new QPushButton(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("alertView"));
    m_active->setObjectName(QStringLiteral("activeAlerts"));
    m_rules->setObjectName(QStringLiteral("alertRules"));
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_queue->setObjectName(QStringLiteral("ruleQueue"));
    m_metric->setObjectName(QStringLiteral("ruleMetric"));
    m_above->setObjectName(QStringLiteral("ruleAbove"));
    m_enabled->setObjectName(QStringLiteral("ruleEnabled"));
    m_save->setObjectName(QStringLiteral("saveRule"));
    m_new->setObjectName(QStringLiteral("newRule"));
    m_delete->setObjectName(QStringLiteral("deleteRule"));
    m_nameError->setObjectName(QStringLiteral("ruleNameError"));
    m_message->setObjectName(QStringLiteral("ruleMessage"));
    m_nameError->setStyleSheet(errorStyle(this));
    m_nameError->hide();
    m_nameError->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->hide();
    QFont bold = m_activeTitle->font();
    bold.setBold(true);
    for (QLabel *title : {m_activeTitle, m_rulesTitle, m_formTitle})
        title->setFont(bold);
    m_nameLabel->setBuddy(m_name);
    m_queueLabel->setBuddy(m_queue);
    m_metricLabel->setBuddy(m_metric);
    m_aboveLabel->setBuddy(m_above);
    m_name->setMaxLength(100);
    m_enabled->setChecked(true);
    m_active->setMaximumHeight(m_active->fontMetrics().height() * 6 + 8);
    m_rules->setColumnCount(RuleColumnCount);
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rules->verticalHeader()->hide();
    m_rules->horizontalHeader()->setStretchLastSection(true);
    m_rules->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);

    auto *form = new QGridLayout;
    form->addWidget(m_formTitle, 0, 0, 1, 2);
    form->addWidget(m_nameLabel, 1, 0);
    form->addWidget(m_name, 1, 1);
    form->addWidget(m_nameError, 2, 1);
    form->addWidget(m_queueLabel, 3, 0);
    form->addWidget(m_queue, 3, 1);
    form->addWidget(m_metricLabel, 4, 0);
    form->addWidget(m_metric, 4, 1);
    form->addWidget(m_aboveLabel, 5, 0);
    form->addWidget(m_above, 5, 1);
    form->addWidget(m_enabled, 6, 1);
    form->setColumnStretch(1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);

    // The raised alerts on top; the rules on the left, the rule being edited on the right.
    auto *editor = new QVBoxLayout;
    editor->addLayout(form);
    editor->addLayout(buttons);
    editor->addWidget(m_message);
    editor->addStretch(1);
    auto *rules = new QVBoxLayout;
    rules->addWidget(m_rulesTitle);
    rules->addWidget(m_rules, 1);
    auto *lower = new QHBoxLayout;
    lower->addLayout(rules, 3);
    lower->addSpacing(12);
    lower->addLayout(editor, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_activeTitle);
    layout->addWidget(m_active);
    layout->addLayout(lower, 1);

    connect(m_metric, &QComboBox::currentIndexChanged, this, &AlertView::applyUnit);
    connect(m_name, &QLineEdit::textEdited, m_nameError, &QWidget::hide);
    connect(m_rules, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_rules->currentRow();
        const QList<session::AlertRule> rules = m_stats.alertRules();
        if (row >= 0 && row < rules.size() && m_rules->selectionModel()->hasSelection())
            editRule(rules.at(row));
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_rules->clearSelection();
        editRule({});
        m_name->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, &AlertView::save);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_editing.id.isEmpty())
            return;
        m_stats.deleteAlertRule(m_editing, [this, name = m_editing.name](bool ok, const QString &error) {
            if (ok) {
                showMessage(tr("Deleted the rule “%1”.").arg(name), false);
                editRule({});
            } else {
                showMessage(tr("The rule “%1” was not deleted: %2").arg(name, error), true);
            }
        });
    });
    connect(&m_stats, &session::StatsStore::alertRulesChanged, this, &AlertView::refillRules);
    connect(&m_stats, &session::StatsStore::alertRulesLoadFailed, this, [this](const QString &error) {
        showMessage(tr("The alert rules could not be loaded: %1").arg(error), true);
    });
    connect(&m_stats, &session::StatsStore::activeAlertsChanged, this, &AlertView::refillActive);
    connect(&m_stats, &session::StatsStore::queuesAdded, this, &AlertView::refillQueues);

    retranslate();
    refillQueues();
    refillRules();
    refillActive();
    editRule({});
}

void AlertView::setMetric(MetricKind metric)
{
    const int index = m_metric->findData(int(metric));
    if (index >= 0)
        m_metric->setCurrentIndex(index);
}

session::AlertRule AlertView::formRule() const
{
    session::AlertRule rule = m_editing;
    rule.name = m_name->text().trimmed();
    rule.queueId = m_queue->currentData().toString();
    rule.metric = MetricKind(m_metric->currentData().toInt());
    rule.above = session::unitOf(rule.metric) == MetricUnit::Fraction ? m_above->value() / 100 : m_above->value();
    rule.enabled = m_enabled->isChecked();
    return rule;
}

void AlertView::editRule(const session::AlertRule &rule)
{
    m_editing = rule;
    m_name->setText(rule.name);
    m_queue->setCurrentIndex(std::max(0, m_queue->findData(rule.queueId)));
    setMetric(rule.metric);
    applyUnit();
    m_above->setValue(session::unitOf(rule.metric) == MetricUnit::Fraction ? rule.above * 100 : rule.above);
    m_enabled->setChecked(rule.enabled);
    m_delete->setEnabled(!rule.id.isEmpty());
    m_nameError->hide();
    m_formTitle->setText(rule.id.isEmpty() ? tr("New rule") : tr("Rule “%1”").arg(rule.name));
}

void AlertView::save()
{
    const session::AlertRule rule = formRule();
    if (rule.name.isEmpty()) {
        m_nameError->setText(tr("Name the rule: supervisors see the name in the alert."));
        m_nameError->show();
        return;
    }
    m_save->setEnabled(false);
    m_stats.saveAlertRule(rule, [this](bool ok, const session::AlertRule &saved, const QString &error) {
        m_save->setEnabled(true);
        if (!ok) {
            showMessage(tr("The rule was not saved: %1").arg(error), true);
            return;
        }
        showMessage(tr("Saved the rule “%1”.").arg(saved.name), false);
        editRule(saved);
        emit this->saved(saved);
    });
}

void AlertView::refillActive()
{
    m_active->clear();
    const QList<session::Alert> alerts = m_stats.activeAlerts();
    for (auto it = alerts.crbegin(); it != alerts.crend(); ++it) {
        const QString at = it->at.isValid() ? QLocale().toString(it->at.toLocalTime().time(), QLocale::ShortFormat)
                                            : QString();
        m_active->addItem(tr("⚠ %1: %2 (since %3)").arg(it->rule.name, describe(*it), at));
    }
    if (alerts.isEmpty())
        m_active->addItem(tr("No alert is raised."));
}

void AlertView::refillRules()
{
    const QList<session::AlertRule> rules = m_stats.alertRules();
    QSignalBlocker blocker(m_rules);
    m_rules->setRowCount(int(rules.size()));
    for (int row = 0; row < rules.size(); ++row) {
        const session::AlertRule &rule = rules.at(row);
        const QString cells[RuleColumnCount] = {
            rule.name,
            rule.queueId.isEmpty() ? tr("All queues") : m_stats.queueName(rule.queueId),
            session::StatsStore::metricName(rule.metric),
            session::StatsStore::formatValue(rule.metric, rule.above),
            rule.enabled ? tr("Enabled") : tr("Disabled"),
        };
        for (int column = 0; column < RuleColumnCount; ++column)
            m_rules->setItem(row, column, new QTableWidgetItem(cells[column]));
        if (rule.id == m_editing.id)
            m_rules->selectRow(row);
    }
}

void AlertView::refillQueues()
{
    const QString keep = m_queue->currentData().toString();
    QSignalBlocker blocker(m_queue);
    m_queue->clear();
    m_queue->addItem(tr("All queues"), QString());
    QList<QPair<QString, QString>> queues;
    for (int row = 0; row < m_stats.queueCount(); ++row)
        queues << qMakePair(m_stats.queueName(m_stats.queueAt(row).queueId), m_stats.queueAt(row).queueId);
    std::sort(queues.begin(), queues.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto &[name, id] : std::as_const(queues))
        m_queue->addItem(name, id);
    m_queue->setCurrentIndex(std::max(0, m_queue->findData(keep)));
}

void AlertView::applyUnit()
{
    switch (session::unitOf(MetricKind(m_metric->currentData().toInt()))) {
    case MetricUnit::Seconds:
        m_above->setDecimals(0);
        m_above->setRange(0, 86400);
        m_above->setSuffix(tr(" s"));
        break;
    case MetricUnit::Fraction:
        m_above->setDecimals(1);
        m_above->setRange(0, 100);
        m_above->setSuffix(tr(" %"));
        break;
    case MetricUnit::Count:
        m_above->setDecimals(0);
        m_above->setRange(0, 100000);
        m_above->setSuffix({});
        break;
    }
}

void AlertView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? errorStyle(this) : QString());
    m_message->setVisible(!text.isEmpty());
}

void AlertView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        m_nameError->setStyleSheet(errorStyle(this));
    QWidget::changeEvent(event);
}

void AlertView::retranslate()
{
    m_activeTitle->setText(tr("Raised alerts"));
    m_rulesTitle->setText(tr("Alert rules (shared by all supervisors)"));
    m_nameLabel->setText(tr("&Name:"));
    m_queueLabel->setText(tr("&Queue:"));
    m_metricLabel->setText(tr("&Metric:"));
    m_aboveLabel->setText(tr("Alert &above:"));
    m_enabled->setText(tr("&Enabled"));
    m_new->setText(tr("Ne&w rule"));
    m_save->setText(tr("&Save rule"));
    m_delete->setText(tr("&Delete rule"));
    m_rules->setHorizontalHeaderLabels({tr("Name"), tr("Queue"), tr("Metric"), tr("Above"), tr("State")});
    const MetricKind keep = m_metric->count() > 0 ? MetricKind(m_metric->currentData().toInt()) : MetricKind::LongestWait;
    {
        QSignalBlocker blocker(m_metric);
        m_metric->clear();
        for (int n = 1; n < session::MetricKindCount; ++n)
            m_metric->addItem(session::StatsStore::metricName(MetricKind(n)), n);
        m_metric->setCurrentIndex(std::max(0, m_metric->findData(int(keep))));
    }
    applyUnit();
    const int index = m_queue->findData(QString());
    if (index >= 0)
        m_queue->setItemText(index, tr("All queues"));
    m_formTitle->setText(m_editing.id.isEmpty() ? tr("New rule") : tr("Rule “%1”").arg(m_editing.name));
    refillRules();
    refillActive();
}

} // namespace app
