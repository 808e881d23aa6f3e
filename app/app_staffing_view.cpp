#include "app_staffing_view.h"

#include "session_interaction_store.h"
#include "session_session.h"
#include "stats_erlang_c.h"
#include "simulator_virtual_run.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <exception>
#include <vector>

namespace app {

namespace {

// Independent runs per what-if (seeds 1..20): one run of a couple of hours is noisy (the
// service level of M/M/13 at 10 Erlangs over 2 h ranges from 75 to 95 % between seeds),
// so the view pools twenty and shows the spread; each takes milliseconds.
constexpr int kWhatIfRuns = 20;
constexpr int kDefaultThreshold = 20;
constexpr double kDefaultTargetPercent = 80;
const char *const kErrorStyle = "color: #b00020;";

QString percent(double fraction, int decimals = 1)
{
    return QCoreApplication::translate("app::StaffingView", "%1 %").arg(QLocale().toString(fraction * 100, 'f', decimals));
}

QString seconds(double value)
{
    return QCoreApplication::translate("app::StaffingView", "%1 s").arg(QLocale().toString(value, 'f', 1));
}

QTableWidgetItem *cell(const QString &text, bool number = true)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QLabel *makeErrorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setStyleSheet(QLatin1String(kErrorStyle));
    label->setWordWrap(true);
    label->hide();
    return label;
}

// Tall enough for `rows` rows and the header, no more: the tables do not scroll.
void fitRows(QTableWidget *table, int rows)
{
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height()
                          + rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth() + 2);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

// The pooled figures of `runs` independent virtual runs (seeds 1..runs).
struct Pool {
    double within = 0, waited = 0, waitSum = 0, busy = 0;
    quint64 offered = 0, answered = 0, abandoned = 0;
    int runs = 0;
    std::vector<double> levels;   // each run's service level

    void add(const simulator::VirtualRunResult &r)
    {
        levels.push_back(r.serviceLevel);
        within += r.serviceLevel * double(r.answered);
        waited += r.pWait * double(r.answered);
        waitSum += r.asaSeconds * double(r.answered);
        busy += r.occupancy;
        offered += r.offered;
        answered += r.answered;
        abandoned += r.abandoned;
        ++runs;
    }
};

} // namespace

StaffingView::StaffingView(session::Session &session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_queries(new session::StatsQueries(session.connection(), this)),
      m_title(new QLabel(this)),
      m_queueLabel(new QLabel(this)),
      m_queue(new QComboBox(this)),
      m_inputsBox(new QGroupBox(this)),
      m_rateLabel(new QLabel(this)),
      m_rate(new QLineEdit(this)),
      m_rateLive(new QLabel(this)),
      m_rateError(makeErrorLabel(this, QStringLiteral("rateError"))),
      m_ahtLabel(new QLabel(this)),
      m_aht(new QLineEdit(this)),
      m_ahtLive(new QLabel(this)),
      m_ahtError(makeErrorLabel(this, QStringLiteral("ahtError"))),
      m_targetLabel(new QLabel(this)),
      m_target(new QLineEdit(this)),
      m_targetError(makeErrorLabel(this, QStringLiteral("targetError"))),
      m_thresholdLabel(new QLabel(this)),
      m_threshold(new QLineEdit(this)),
      m_thresholdError(makeErrorLabel(this, QStringLiteral("thresholdError"))),
      m_useLive(new QPushButton(this)),
      m_calculate(new QPushButton(this)),
      m_error(makeErrorLabel(this, QStringLiteral("staffingError"))),
      m_resultBox(new QGroupBox(this)),
      m_trafficLabel(new QLabel(this)),
      m_traffic(new QLabel(this)),
      m_neededLabel(new QLabel(this)),
      m_needed(new QLabel(this)),
      m_staffedLabel(new QLabel(this)),
      m_staffed(new QLabel(this)),
      m_difference(new QLabel(this)),
      m_predictionLabel(new QLabel(this)),
      m_prediction(new QLabel(this)),
      m_byAgentsLabel(new QLabel(this)),
      m_byAgents(new QTableWidget(this)),
      m_whatIfBox(new QGroupBox(this)),
      m_whatIfAgentsLabel(new QLabel(this)),
      m_whatIfAgents(new QSpinBox(this)),
      m_whatIfHoursLabel(new QLabel(this)),
      m_whatIfHours(new QSpinBox(this)),
      m_whatIfRun(new QPushButton(this)),
      m_whatIfCancel(new QPushButton(this)),
      m_whatIfProgress(new QProgressBar(this)),
      m_whatIfAgentsError(makeErrorLabel(this, QStringLiteral("whatIfAgentsError"))),
      m_whatIfTable(new QTableWidget(this)),
      m_whatIfStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("staffingView"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);

    m_queue->setObjectName(QStringLiteral("staffingQueue"));
    m_queue->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_queueLabel->setBuddy(m_queue);
    m_rate->setObjectName(QStringLiteral("rateField"));
    m_aht->setObjectName(QStringLiteral("ahtField"));
    m_target->setObjectName(QStringLiteral("targetField"));
    m_threshold->setObjectName(QStringLiteral("thresholdField"));
    for (QLineEdit *field : {m_rate, m_aht, m_target, m_threshold}) {
        field->setMaximumWidth(120);
        field->setAlignment(Qt::AlignRight);
        connect(field, &QLineEdit::returnPressed, this, [this] { calculate(); });
    }
    m_rateLabel->setBuddy(m_rate);
    m_ahtLabel->setBuddy(m_aht);
    m_targetLabel->setBuddy(m_target);
    m_thresholdLabel->setBuddy(m_threshold);
    m_rateLive->setObjectName(QStringLiteral("rateLive"));
    m_ahtLive->setObjectName(QStringLiteral("ahtLive"));
    for (QLabel *hint : {m_rateLive, m_ahtLive})
        hint->setForegroundRole(QPalette::PlaceholderText);
    m_useLive->setObjectName(QStringLiteral("useLive"));
    m_calculate->setObjectName(QStringLiteral("calculate"));
    m_calculate->setDefault(true);

    auto *inputs = new QGridLayout(m_inputsBox);
    int row = 0;
    auto addField = [&](QLabel *label, QLineEdit *field, QLabel *hint, QLabel *error) {
        inputs->addWidget(label, row, 0);
        inputs->addWidget(field, row, 1);
        if (hint)
            inputs->addWidget(hint, row, 2);
        ++row;
        inputs->addWidget(error, row++, 1, 1, 2);   // beneath the field it concerns
    };
    inputs->addWidget(m_queueLabel, row, 0);
    inputs->addWidget(m_queue, row++, 1, 1, 2);
    addField(m_rateLabel, m_rate, m_rateLive, m_rateError);
    addField(m_ahtLabel, m_aht, m_ahtLive, m_ahtError);
    addField(m_targetLabel, m_target, nullptr, m_targetError);
    addField(m_thresholdLabel, m_threshold, nullptr, m_thresholdError);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_useLive);
    buttons->addStretch(1);
    buttons->addWidget(m_calculate);
    inputs->addLayout(buttons, row++, 0, 1, 3);
    inputs->setColumnStretch(2, 1);
    inputs->setRowStretch(row, 1);

    m_resultBox->setObjectName(QStringLiteral("staffingResult"));
    m_traffic->setObjectName(QStringLiteral("traffic"));
    m_needed->setObjectName(QStringLiteral("agentsNeeded"));
    m_staffed->setObjectName(QStringLiteral("agentsStaffed"));
    m_difference->setObjectName(QStringLiteral("staffingDifference"));
    m_prediction->setObjectName(QStringLiteral("prediction"));
    m_prediction->setWordWrap(true);
    QFont big = m_needed->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_needed->setFont(big);
    m_staffed->setFont(big);
    m_difference->setMargin(6);
    m_difference->setAlignment(Qt::AlignCenter);
    auto *results = new QFormLayout(m_resultBox);
    results->addRow(m_trafficLabel, m_traffic);
    results->addRow(m_neededLabel, m_needed);
    results->addRow(m_staffedLabel, m_staffed);
    results->addRow(m_difference);
    results->addRow(m_predictionLabel, m_prediction);

    m_byAgents->setObjectName(QStringLiteral("serviceLevelByAgents"));
    m_byAgents->setColumnCount(5);
    m_byAgents->verticalHeader()->hide();
    m_byAgents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_byAgents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_byAgents->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_byAgents->verticalHeader()->setDefaultSectionSize(m_byAgents->fontMetrics().height() + 8);
    m_byAgentsLabel->setBuddy(m_byAgents);

    m_whatIfBox->setObjectName(QStringLiteral("whatIf"));
    m_whatIfAgents->setObjectName(QStringLiteral("whatIfAgents"));
    m_whatIfAgents->setRange(1, 100000);
    m_whatIfAgentsLabel->setBuddy(m_whatIfAgents);
    m_whatIfHours->setObjectName(QStringLiteral("whatIfHours"));
    m_whatIfHours->setRange(1, 24);
    m_whatIfHours->setValue(2);
    m_whatIfHoursLabel->setBuddy(m_whatIfHours);
    m_whatIfRun->setObjectName(QStringLiteral("whatIfRun"));
    m_whatIfCancel->setObjectName(QStringLiteral("whatIfCancel"));
    m_whatIfCancel->setEnabled(false);
    m_whatIfProgress->setObjectName(QStringLiteral("whatIfProgress"));
    m_whatIfProgress->setRange(0, kWhatIfRuns);
    m_whatIfProgress->setValue(0);
    m_whatIfTable->setObjectName(QStringLiteral("whatIfTable"));
    m_whatIfTable->setColumnCount(3);
    m_whatIfTable->setRowCount(6);
    m_whatIfTable->verticalHeader()->hide();
    m_whatIfTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_whatIfTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_whatIfTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_whatIfTable->verticalHeader()->setDefaultSectionSize(m_whatIfTable->fontMetrics().height() + 8);
    m_whatIfStatus->setObjectName(QStringLiteral("whatIfStatus"));
    m_whatIfStatus->setWordWrap(true);
    auto *whatIf = new QVBoxLayout(m_whatIfBox);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_whatIfAgentsLabel);
    controls->addWidget(m_whatIfAgents);
    controls->addSpacing(8);
    controls->addWidget(m_whatIfHoursLabel);
    controls->addWidget(m_whatIfHours);
    controls->addStretch(1);
    controls->addWidget(m_whatIfRun);
    controls->addWidget(m_whatIfCancel);
    whatIf->addLayout(controls);
    whatIf->addWidget(m_whatIfAgentsError);
    whatIf->addWidget(m_whatIfProgress);
    whatIf->addWidget(m_whatIfTable);
    fitRows(m_whatIfTable, 6);
    whatIf->addWidget(m_whatIfStatus);

    auto *top = new QHBoxLayout;
    top->addWidget(m_inputsBox, 1);
    top->addWidget(m_resultBox, 1);
    auto *table = new QVBoxLayout;
    table->addWidget(m_byAgentsLabel);
    table->addWidget(m_byAgents);
    table->addStretch(1);
    fitRows(m_byAgents, 6);
    auto *bottom = new QHBoxLayout;
    bottom->addLayout(table, 1);
    bottom->addWidget(m_whatIfBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addLayout(bottom);
    layout->addStretch(1);

    connect(m_queries, &session::StatsQueries::queuesReady, this,
        [this](int, const QList<session::StatsQueue> &queues) {
            const QString current = m_queue->currentData().toString();
            m_queues = queues;
            QSignalBlocker block(m_queue);
            m_queue->clear();
            for (const session::StatsQueue &queue : queues)
                m_queue->addItem(queue.name.isEmpty() ? m_session.interactions().queueName(queue.id) : queue.name,
                                 queue.id);
            const int keep = m_queue->findData(current);
            m_queue->setCurrentIndex(keep >= 0 ? keep : 0);
            loadLive();
        });
    connect(m_queries, &session::StatsQueries::queuesFailed, this, [this](int, const QString &error) {
        m_error->setText(tr("Could not load the queues: %1").arg(error));
        m_error->show();
        emit liveInputsLoaded();
    });
    connect(m_queries, &session::StatsQueries::liveInputsReady, this,
        [this](int id, const session::LiveStaffingInputs &inputs) {
            if (id != m_pendingLive)
                return;
            m_pendingLive = 0;
            m_live = inputs;
            applyLive();
            emit liveInputsLoaded();
            if (m_calculateWhenLive) {
                m_calculateWhenLive = false;
                if (!m_rate->text().isEmpty() && !m_aht->text().isEmpty())
                    calculate();
            }
        });
    connect(m_queries, &session::StatsQueries::liveInputsFailed, this,
        [this](int id, const QString &, const session::StatsError &error) {
            if (id != m_pendingLive)
                return;
            m_pendingLive = 0;
            m_calculateWhenLive = false;
            m_error->setText(tr("Could not read the queue's live figures: %1").arg(error.message));
            m_error->show();
            emit liveInputsLoaded();
        });
    connect(m_queries, &session::StatsQueries::staffingReady, this,
        [this](int id, const session::StaffingRequest &request, const session::StaffingFigures &figures) {
            if (id != m_pendingStaffing)
                return;
            m_pendingStaffing = 0;
            m_result = figures;
            m_resultRequest = request;
            m_error->hide();
            showResult();
            m_whatIfAgents->setValue(std::max(1, figures.agentsNeeded));   // the what-if starts at the answer
            emit staffingUpdated();
        });
    connect(m_queries, &session::StatsQueries::staffingFailed, this,
        [this](int id, const session::StaffingRequest &, const session::StatsError &error) {
            if (id != m_pendingStaffing)
                return;
            m_pendingStaffing = 0;
            showFieldError(error.field, error.message);
            emit staffingUpdated();
        });
    connect(m_queue, &QComboBox::currentIndexChanged, this, [this] { loadLive(); });
    connect(m_useLive, &QPushButton::clicked, this, [this] { loadLive(); });
    connect(m_calculate, &QPushButton::clicked, this, [this] { calculate(); });
    connect(m_whatIfRun, &QPushButton::clicked, this, [this] { runWhatIf(); });
    connect(m_whatIfCancel, &QPushButton::clicked, this, [this] { cancelWhatIf(); });

    retranslate();
    m_queries->loadQueues();
}

StaffingView::~StaffingView()
{
    if (m_worker) {
        m_cancel->store(true);
        m_worker->wait();   // a run stops at its next replication; never outlive the view
    }
}

void StaffingView::loadLive()
{
    const QString queue = m_queue->currentData().toString();
    if (queue.isEmpty())
        return;
    m_live.reset();
    m_calculateWhenLive = true;
    m_pendingLive = m_queries->liveInputs(queue);
}

void StaffingView::applyLive()
{
    const QLocale locale;
    clearFieldErrors();
    m_rate->setText(locale.toString(m_live->arrivalRatePerSecond * 3600, 'g', 5));
    if (m_live->ahtSeconds > 0)
        m_aht->setText(locale.toString(m_live->ahtSeconds, 'g', 5));
    else
        m_aht->clear();
    showLiveHints();
    const auto it = std::find_if(m_queues.cbegin(), m_queues.cend(),
                                 [this](const session::StatsQueue &q) { return q.id == m_live->queueId; });
    const int threshold = it != m_queues.cend() && it->thresholdSeconds > 0 ? it->thresholdSeconds : kDefaultThreshold;
    const double target = it != m_queues.cend() && it->targetServiceLevel > 0 ? it->targetServiceLevel * 100
                                                                               : kDefaultTargetPercent;
    m_threshold->setText(locale.toString(threshold));
    m_target->setText(locale.toString(target, 'g', 4));
}

void StaffingView::showLiveHints()
{
    if (!m_live) {
        m_rateLive->clear();
        m_ahtLive->clear();
        return;
    }
    const QLocale locale;
    m_rateLive->setText(tr("live: %1 per hour (the last hour)")
                            .arg(locale.toString(m_live->arrivalRatePerSecond * 3600, 'f', 1)));
    m_ahtLive->setText(m_live->ahtSeconds > 0 ? tr("live: %1 s (today)").arg(locale.toString(m_live->ahtSeconds, 'g', 4))
                                              : tr("live: none yet (nothing handled today)"));
}

void StaffingView::clearFieldErrors()
{
    for (QLabel *label : {m_rateError, m_ahtError, m_targetError, m_thresholdError, m_error, m_whatIfAgentsError}) {
        label->clear();
        label->hide();
    }
}

void StaffingView::showFieldError(const QString &field, const QString &message)
{
    QLabel *label = m_error;
    QLineEdit *edit = nullptr;
    if (field == QLatin1String("arrival_rate_per_second")) {
        label = m_rateError;
        edit = m_rate;
    } else if (field == QLatin1String("aht_seconds")) {
        label = m_ahtError;
        edit = m_aht;
    } else if (field == QLatin1String("target_service_level")) {
        label = m_targetError;
        edit = m_target;
    } else if (field == QLatin1String("threshold_seconds")) {
        label = m_thresholdError;
        edit = m_threshold;
    }
    label->setText(message);
    label->show();
    if (edit)
        edit->setAccessibleDescription(message);
}

std::optional<StaffingView::Inputs> StaffingView::readInputs()
{
    clearFieldErrors();
    for (QLineEdit *field : {m_rate, m_aht, m_target, m_threshold})
        field->setAccessibleDescription({});
    const QLocale locale;
    Inputs inputs;
    bool ok = true;
    bool good = false;
    inputs.ratePerHour = locale.toDouble(m_rate->text().trimmed(), &good);
    if (!good || !std::isfinite(inputs.ratePerHour) || inputs.ratePerHour <= 0 || inputs.ratePerHour > 1e6) {
        showFieldError(QStringLiteral("arrival_rate_per_second"),
                       tr("Enter the interactions arriving per hour: more than 0."));
        ok = false;
    }
    inputs.ahtSeconds = locale.toDouble(m_aht->text().trimmed(), &good);
    if (!good || !std::isfinite(inputs.ahtSeconds) || inputs.ahtSeconds <= 0 || inputs.ahtSeconds > 86400) {
        showFieldError(QStringLiteral("aht_seconds"),
                       m_aht->text().trimmed().isEmpty()
                           ? tr("Enter the average handle time in seconds (this queue has none yet today).")
                           : tr("Enter the average handle time in seconds: more than 0, at most 86,400."));
        ok = false;
    }
    inputs.targetPercent = locale.toDouble(m_target->text().trimmed().remove(QLatin1Char('%')).trimmed(), &good);
    if (!good || !std::isfinite(inputs.targetPercent) || inputs.targetPercent <= 0 || inputs.targetPercent >= 100) {
        showFieldError(QStringLiteral("target_service_level"),
                       tr("Enter a service-level target in percent: more than 0 and below 100 (e.g. 80)."));
        ok = false;
    }
    inputs.thresholdSeconds = locale.toInt(m_threshold->text().trimmed(), &good);
    if (!good || inputs.thresholdSeconds < 1 || inputs.thresholdSeconds > 3600) {
        showFieldError(QStringLiteral("threshold_seconds"),
                       tr("Enter the threshold in whole seconds: 1 to 3,600 (e.g. 20)."));
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return inputs;
}

bool StaffingView::calculate()
{
    const std::optional<Inputs> inputs = readInputs();
    if (!inputs)
        return false;
    session::StaffingRequest request;
    request.queueId = m_queue->currentData().toString();
    request.arrivalRatePerSecond = inputs->ratePerHour / 3600.0;
    request.ahtSeconds = inputs->ahtSeconds;
    request.thresholdSeconds = inputs->thresholdSeconds;
    request.targetServiceLevel = inputs->targetPercent / 100.0;
    m_pendingStaffing = m_queries->staffing(request);
    return true;
}

void StaffingView::showResult()
{
    const QLocale locale;
    const session::StaffingFigures &r = *m_result;
    m_traffic->setText(tr("%1 Erlangs").arg(locale.toString(r.trafficErlangs, 'f', 2)));
    m_needed->setText(locale.toString(r.agentsNeeded));
    m_staffed->setText(locale.toString(r.agentsStaffed));
    const int gap = r.agentsStaffed - r.agentsNeeded;
    if (gap < 0) {
        m_difference->setText(gap == -1 ? tr("Short by 1 agent") : tr("Short by %1 agents").arg(-gap));
        m_difference->setStyleSheet(QStringLiteral("background: #fde0dc; color: #8a1c0e; font-weight: bold; border-radius: 4px;"));
    } else if (gap > 0) {
        m_difference->setText(gap == 1 ? tr("1 agent spare") : tr("%1 agents spare").arg(gap));
        m_difference->setStyleSheet(QStringLiteral("background: #dff3e4; color: #1d5e33; font-weight: bold; border-radius: 4px;"));
    } else {
        m_difference->setText(tr("Staffed exactly as needed"));
        m_difference->setStyleSheet(QStringLiteral("background: #e7eefb; color: #1c3d7a; font-weight: bold; border-radius: 4px;"));
    }
    m_prediction->setText(tr("with %1 agents: service level %2 within %3 s, ASA %4, occupancy %5")
                              .arg(r.agentsNeeded)
                              .arg(percent(r.serviceLevel))
                              .arg(m_resultRequest.thresholdSeconds)
                              .arg(seconds(r.asaSeconds), percent(r.occupancy, 0)));
    fillAgentTable();
}

void StaffingView::fillAgentTable()
{
    const session::StaffingRequest &q = m_resultRequest;
    const int needed = m_result->agentsNeeded;
    const int first = std::max(1, needed - 2);
    const int last = std::max(first, needed + 3);
    m_byAgents->setRowCount(last - first + 1);
    const QColor highlight = palette().color(QPalette::Highlight);
    for (int n = first; n <= last; ++n) {
        const int row = n - first;
        m_byAgents->setItem(row, 0, cell(QLocale().toString(n)));
        stats::ErlangCResult e;
        try {
            e = stats::erlangC(q.arrivalRatePerSecond, q.ahtSeconds, n, q.thresholdSeconds);
        } catch (const std::exception &) {
            continue;
        }
        if (!e.stable) {
            m_byAgents->setItem(row, 1, cell(tr("unstable: the queue grows"), false));
            m_byAgents->setSpan(row, 1, 1, 4);
        } else {
            if (m_byAgents->columnSpan(row, 1) > 1)
                m_byAgents->setSpan(row, 1, 1, 1);
            m_byAgents->setItem(row, 1, cell(percent(e.serviceLevel)));
            m_byAgents->setItem(row, 2, cell(seconds(e.asaSeconds)));
            m_byAgents->setItem(row, 3, cell(percent(e.occupancy, 0)));
            m_byAgents->setItem(row, 4, cell(percent(e.pWait)));
        }
        if (n == needed) {
            for (int column = 0; column < m_byAgents->columnCount(); ++column)
                if (QTableWidgetItem *item = m_byAgents->item(row, column)) {
                    QFont font = item->font();
                    font.setBold(true);
                    item->setFont(font);
                    QColor tint = highlight;
                    tint.setAlpha(50);
                    item->setBackground(tint);
                }
        }
    }
}

bool StaffingView::runWhatIf()
{
    if (m_worker)
        return false;
    const std::optional<Inputs> inputs = readInputs();
    if (!inputs) {
        emit whatIfFinished();
        return false;
    }
    simulator::VirtualRunConfig config;
    config.arrivalRatePerSecond = inputs->ratePerHour / 3600.0;
    config.ahtSeconds = inputs->ahtSeconds;
    config.agents = m_whatIfAgents->value();
    config.thresholdSeconds = inputs->thresholdSeconds;
    config.hours = m_whatIfHours->value();
    if (const std::string problem = config.problem(); !problem.empty()) {
        m_whatIfAgentsError->setText(QString::fromStdString(problem));
        m_whatIfAgentsError->show();
        emit whatIfFinished();
        return false;
    }
    m_whatIf.reset();
    showWhatIf();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_whatIfProgress->setValue(0);
    m_whatIfRun->setEnabled(false);
    m_whatIfCancel->setEnabled(true);
    m_whatIfStatus->setText(tr("Running %1 × %2 virtual hours with %3 agents…")
                                .arg(kWhatIfRuns).arg(m_whatIfHours->value()).arg(config.agents));

    // The runs go on a thread of their own; each finished run reports progress, and a
    // cancel takes effect between runs (one run of a few virtual hours takes well under a
    // second of real time).
    QPointer<StaffingView> self(this);
    auto cancel = m_cancel;
    m_worker = QThread::create([self, cancel, config] {
        Pool pool;
        QString failure;
        for (int run = 0; run < kWhatIfRuns && !cancel->load(); ++run) {
            simulator::VirtualRunConfig one = config;
            one.seed = std::uint64_t(run + 1);
            try {
                pool.add(simulator::VirtualRun(one).run());
            } catch (const std::exception &e) {
                failure = QString::fromLocal8Bit(e.what());
                break;
            }
            QMetaObject::invokeMethod(self.data(), [self, run] {
                if (self)
                    self->m_whatIfProgress->setValue(run + 1);
            }, Qt::QueuedConnection);
        }
        WhatIfResult result;
        result.arrivalRatePerSecond = config.arrivalRatePerSecond;
        result.ahtSeconds = config.ahtSeconds;
        result.thresholdSeconds = int(config.thresholdSeconds);
        result.agents = config.agents;
        result.hours = config.hours;
        result.runs = pool.runs;
        if (pool.answered > 0) {
            result.serviceLevel = pool.within / double(pool.answered);
            result.pWait = pool.waited / double(pool.answered);
            result.asaSeconds = pool.waitSum / double(pool.answered);
        }
        result.abandonRate = pool.offered > 0 ? double(pool.abandoned) / double(pool.offered) : 0;
        result.occupancy = pool.runs > 0 ? pool.busy / pool.runs : 0;
        result.offered = pool.offered;
        result.answered = pool.answered;
        if (!pool.levels.empty()) {
            std::sort(pool.levels.begin(), pool.levels.end());
            const size_t last = pool.levels.size() - 1;
            result.serviceLevelLow = pool.levels.at(size_t(std::floor(0.1 * double(last))));
            result.serviceLevelHigh = pool.levels.at(size_t(std::ceil(0.9 * double(last))));
        }
        const bool cancelled = cancel->load();
        QMetaObject::invokeMethod(self.data(), [self, result, cancelled, failure] {
            if (!self)
                return;
            if (cancelled)
                self->m_whatIfStatus->setText(tr("Cancelled."));
            else if (!failure.isEmpty())
                self->m_whatIfStatus->setText(tr("The simulator refused: %1").arg(failure));
            else
                self->m_whatIf = result;
            self->showWhatIf();
        }, Qt::QueuedConnection);
    });
    m_worker->setObjectName(QStringLiteral("whatIfSimulator"));
    connect(m_worker, &QThread::finished, this, [this] {
        m_worker->deleteLater();
        m_worker = nullptr;
        m_whatIfRun->setEnabled(true);
        m_whatIfCancel->setEnabled(false);
        m_whatIfRun->setFocus();
        emit whatIfFinished();
    });
    m_worker->start(QThread::LowPriority);
    return true;
}

void StaffingView::cancelWhatIf()
{
    if (m_cancel)
        m_cancel->store(true);
}

void StaffingView::showWhatIf()
{
    const QLocale locale;
    if (!m_whatIf) {
        for (int row = 0; row < m_whatIfTable->rowCount(); ++row)
            for (int column = 1; column < 3; ++column)
                m_whatIfTable->setItem(row, column, cell(QString()));
        return;
    }
    const WhatIfResult &w = *m_whatIf;
    std::optional<stats::ErlangCResult> e;
    try {
        e = stats::erlangC(w.arrivalRatePerSecond, w.ahtSeconds, w.agents, w.thresholdSeconds);
    } catch (const std::exception &) {
    }
    const QString unstable = tr("unstable");
    auto erlang = [&](auto value) { return e && e->stable ? value() : (e ? unstable : QString()); };
    m_whatIfTable->setItem(0, 1, cell(erlang([&] { return percent(e->serviceLevel); })));
    m_whatIfTable->setItem(0, 2, cell(percent(w.serviceLevel)));
    m_whatIfTable->setItem(1, 1, cell(erlang([&] { return seconds(e->asaSeconds); })));
    m_whatIfTable->setItem(1, 2, cell(seconds(w.asaSeconds)));
    m_whatIfTable->setItem(2, 1, cell(tr("0 % (assumed)")));
    m_whatIfTable->setItem(2, 2, cell(percent(w.abandonRate)));
    m_whatIfTable->setItem(3, 1, cell(erlang([&] { return percent(e->occupancy, 0); })));
    m_whatIfTable->setItem(3, 2, cell(percent(w.occupancy, 0)));
    m_whatIfTable->setItem(4, 1, cell(erlang([&] { return percent(e->pWait); })));
    m_whatIfTable->setItem(4, 2, cell(percent(w.pWait)));
    m_whatIfTable->setItem(5, 1, cell(tr("–")));
    m_whatIfTable->setItem(5, 2, cell(tr("%1 – %2").arg(percent(w.serviceLevelLow), percent(w.serviceLevelHigh))));
    m_whatIfStatus->setText(tr("%1 agents, %2 runs of %3 virtual hours on the real routing engine: %4 interactions "
                               "answered, figures pooled. The simulated customers wait as long as it takes, as Erlang C "
                               "assumes.")
                                .arg(w.agents).arg(w.runs).arg(w.hours).arg(locale.toString(qulonglong(w.answered))));
}

void StaffingView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showLiveHints();
        if (m_result)
            showResult();
        if (m_whatIf)
            showWhatIf();
    }
    QWidget::changeEvent(event);
}

void StaffingView::retranslate()
{
    m_title->setText(tr("Staffing"));
    m_queueLabel->setText(tr("&Queue:"));
    m_inputsBox->setTitle(tr("Workload and target"));
    m_rateLabel->setText(tr("&Arrivals per hour:"));
    m_ahtLabel->setText(tr("A&verage handle time (s):"));
    m_targetLabel->setText(tr("Service-level &target (%):"));
    m_thresholdLabel->setText(tr("Answered &within (s):"));
    m_useLive->setText(tr("Use &live figures"));
    m_useLive->setToolTip(tr("Read the queue's arrival rate (the last hour) and AHT (today) again"));
    m_calculate->setText(tr("&Calculate"));
    m_resultBox->setTitle(tr("Erlang C"));
    m_trafficLabel->setText(tr("Traffic:"));
    m_neededLabel->setText(tr("Agents needed:"));
    m_staffedLabel->setText(tr("Agents staffed now:"));
    m_staffed->setToolTip(tr("The queue's agents who are signed in: available, busy, in wrap-up or not ready"));
    m_predictionLabel->setText(tr("Predicted:"));
    m_byAgentsLabel->setText(tr("Service level by agent count"));
    m_byAgents->setAccessibleName(tr("Service level by agent count"));
    m_byAgents->setHorizontalHeaderLabels({tr("Agents"), tr("Service level"), tr("ASA"), tr("Occupancy"), tr("P(wait)")});
    m_whatIfBox->setTitle(tr("What if: the virtual simulator"));
    m_whatIfAgentsLabel->setText(tr("A&gents:"));
    m_whatIfHoursLabel->setText(tr("Virtual &hours:"));
    m_whatIfRun->setText(tr("&Run"));
    m_whatIfCancel->setText(tr("Ca&ncel"));
    m_whatIfTable->setAccessibleName(tr("What-if: simulated figures beside Erlang C"));
    m_whatIfTable->setHorizontalHeaderLabels({tr("Figure"), tr("Erlang C"), tr("Simulated")});
    const QStringList figures = {tr("Service level"), tr("ASA"), tr("Abandon rate"), tr("Occupancy"), tr("P(wait)"),
                                 tr("SL range of the runs")};
    for (int row = 0; row < figures.size(); ++row)
        m_whatIfTable->setItem(row, 0, cell(figures.at(row), false));
    m_whatIfTable->item(5, 0)->setToolTip(tr("The service level of a single run: from the 10th to the 90th percentile "
                                             "of the runs. Short periods vary a lot."));
}

} // namespace app
