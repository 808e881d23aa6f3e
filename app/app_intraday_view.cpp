#include "app_intraday_view.h"

#include "session_interaction_store.h"
#include "session_session.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace app {

namespace {

constexpr qint64 kIntervalMs = 15 * 60 * 1000;
constexpr int kRefreshMs = 60 * 1000;

enum Column { IntervalColumn, OfferedColumn, AnsweredColumn, AbandonedColumn, ServiceLevelColumn, AsaColumn,
              AhtColumn, ColumnCount };

// Service level means something only when an outcome was counted in the interval.
bool hasServiceLevel(const session::IntervalFigures &f) { return f.answered + f.abandoned > 0; }

// Hours and minutes in the locale's short style, without the seconds some locales add.
QString clock(const QDateTime &utc)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss")).remove(QLatin1String(".ss"));
    return locale.toString(utc.toLocalTime().time(), format);
}

QTableWidgetItem *numberItem(const QString &text, const QVariant &sortValue = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (sortValue.isValid())
        item->setData(Qt::UserRole, sortValue);
    return item;
}

} // namespace

IntradayView::IntradayView(session::Session &session, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_queries(new session::StatsQueries(session.connection(), this)),
      m_title(new QLabel(this)),
      m_queueLabel(new QLabel(this)),
      m_queue(new QComboBox(this)),
      m_dayLabel(new QLabel(this)),
      m_day(new QDateEdit(this)),
      m_refresh(new QPushButton(this)),
      m_status(new QLabel(this)),
      m_error(new QLabel(this)),
      m_stack(new QStackedWidget(this)),
      m_noData(new QLabel(this)),
      m_chartView(new QChartView(this)),
      m_table(new QTableWidget(this)),
      m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("intradayView"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);

    m_queue->setObjectName(QStringLiteral("intradayQueue"));
    m_queue->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_queueLabel->setBuddy(m_queue);
    m_day->setObjectName(QStringLiteral("intradayDay"));
    m_day->setCalendarPopup(true);
    m_day->setDate(QDate::currentDate());
    m_day->setMaximumDate(QDate::currentDate());
    m_dayLabel->setBuddy(m_day);
    m_refresh->setObjectName(QStringLiteral("intradayRefresh"));
    m_status->setObjectName(QStringLiteral("intradayStatus"));
    m_error->setObjectName(QStringLiteral("intradayError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_noData->setObjectName(QStringLiteral("intradayNoData"));
    m_noData->setAlignment(Qt::AlignCenter);
    m_noData->setWordWrap(true);

    buildChart();
    m_chartView->setObjectName(QStringLiteral("intradayChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(280);
    m_stack->addWidget(m_noData);
    m_stack->addWidget(m_chartView);

    m_table->setObjectName(QStringLiteral("intradayTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_queueLabel);
    bar->addWidget(m_queue);
    bar->addSpacing(12);
    bar->addWidget(m_dayLabel);
    bar->addWidget(m_day);
    bar->addWidget(m_refresh);
    bar->addStretch(1);
    bar->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_queries, &session::StatsQueries::queuesReady, this,
        [this](int, const QList<session::StatsQueue> &queues) {
            const QString current = queueId();
            m_queues = queues;
            QSignalBlocker block(m_queue);
            m_queue->clear();
            for (const session::StatsQueue &queue : queues)
                m_queue->addItem(queue.name.isEmpty() ? m_session.interactions().queueName(queue.id) : queue.name,
                                 queue.id);
            const int keep = m_queue->findData(current);
            m_queue->setCurrentIndex(keep >= 0 ? keep : 0);
            refresh();
        });
    connect(m_queries, &session::StatsQueries::queuesFailed, this, [this](int, const QString &error) {
        m_error->setText(tr("Could not load the queues: %1").arg(error));
        m_error->show();
        emit updated();
    });
    connect(m_queries, &session::StatsQueries::intradayReady, this,
        [this](int id, const QString &, const QDate &, const QList<session::IntervalFigures> &intervals) {
            if (id != m_pending)
                return;     // another queue or day was asked since
            m_pending = 0;
            m_hasAnswer = true;
            m_error->hide();
            m_status->setText(tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
            present(intervals);
            emit updated();
        });
    connect(m_queries, &session::StatsQueries::intradayFailed, this,
        [this](int id, const QString &, const session::StatsError &error) {
            if (id != m_pending)
                return;
            m_pending = 0;
            m_error->setText(tr("Could not load the intraday figures: %1").arg(error.message));
            m_error->show();
            emit updated();
        });
    connect(m_queue, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_day, &QDateEdit::dateChanged, this, [this] { refresh(); });
    connect(m_refresh, &QPushButton::clicked, this, [this] { refresh(); });
    connect(m_timer, &QTimer::timeout, this, [this] {
        // Past midnight, "today" moves on with the clock if it was showing today.
        const QDate today = QDate::currentDate();
        if (m_day->maximumDate() < today) {
            const bool wasToday = m_day->date() == m_day->maximumDate();
            m_day->setMaximumDate(today);
            if (wasToday)
                m_day->setDate(today);
        }
        refresh();
    });
    m_timer->start(kRefreshMs);

    retranslate();
    present({});
    m_queries->loadQueues();
}

IntradayView::~IntradayView() = default;

QChart *IntradayView::chart() const { return m_chartView->chart(); }

QString IntradayView::queueId() const { return m_queue->currentData().toString(); }

void IntradayView::refresh()
{
    const QString queue = queueId();
    if (queue.isEmpty())
        return;
    m_pending = m_queries->intraday(queue, m_day->date());
}

void IntradayView::buildChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    m_offered = new QBarSet(QString());
    m_answered = new QBarSet(QString());
    m_abandoned = new QBarSet(QString());
    m_offered->setColor(QColor(0x5b, 0x8d, 0xd6));
    m_answered->setColor(QColor(0x3f, 0xa3, 0x6b));
    m_abandoned->setColor(QColor(0xd9, 0x6a, 0x4f));
    auto *bars = new QBarSeries;
    bars->setObjectName(QStringLiteral("volumes"));
    bars->append({m_offered, m_answered, m_abandoned});
    bars->setBarWidth(0.8);
    chart->addSeries(bars);

    m_serviceLevel = new QLineSeries;
    m_serviceLevel->setObjectName(QStringLiteral("serviceLevel"));
    QPen pen(QColor(0x6a, 0x3d, 0x9a));
    pen.setWidth(3);
    m_serviceLevel->setPen(pen);
    m_serviceLevel->setPointsVisible(true);
    chart->addSeries(m_serviceLevel);

    auto *time = new QBarCategoryAxis;
    time->setObjectName(QStringLiteral("timeAxis"));
    auto *count = new QValueAxis;
    count->setObjectName(QStringLiteral("countAxis"));
    count->setLabelFormat(QStringLiteral("%d"));
    count->setMin(0);
    auto *percent = new QValueAxis;
    percent->setObjectName(QStringLiteral("serviceLevelAxis"));
    percent->setRange(0, 100);
    percent->setTickCount(6);
    percent->setLabelFormat(QStringLiteral("%d %%"));
    percent->setLinePenColor(pen.color());
    percent->setLabelsColor(pen.color());
    percent->setGridLineVisible(false);   // the counts' grid only: two grids would interleave
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(count, Qt::AlignLeft);
    chart->addAxis(percent, Qt::AlignRight);
    bars->attachAxis(time);
    bars->attachAxis(count);
    m_serviceLevel->attachAxis(time);
    m_serviceLevel->attachAxis(percent);

    auto tip = [this](bool on, int index) {
        if (on && index >= 0 && index < m_shown.size())
            QToolTip::showText(QCursor::pos(), tooltipFor(index), m_chartView);
        else
            QToolTip::hideText();
    };
    connect(bars, &QBarSeries::hovered, this, [tip](bool on, int index, QBarSet *) { tip(on, index); });
    connect(m_serviceLevel, &QLineSeries::hovered, this,
            [tip](const QPointF &point, bool on) { tip(on, int(std::lround(point.x()))); });

    m_chartView->setChart(chart);
}

void IntradayView::present(const QList<session::IntervalFigures> &answer)
{
    // Every interval from the first with data to the last, and today up to the current
    // one: a quiet quarter hour is a zero bar, not a gap that shifts the time axis.
    m_shown.clear();
    if (!answer.isEmpty()) {
        qint64 first = answer.first().start.toMSecsSinceEpoch();
        qint64 last = answer.last().start.toMSecsSinceEpoch();
        if (m_day->date() == QDate::currentDate()) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            last = std::max(last, now - now % kIntervalMs);
        }
        int next = 0;
        for (qint64 start = first; start <= last; start += kIntervalMs) {
            if (next < answer.size() && answer.at(next).start.toMSecsSinceEpoch() == start) {
                m_shown << answer.at(next++);
                continue;
            }
            session::IntervalFigures quiet;
            quiet.start = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC);
            m_shown << quiet;
        }
    }
    const bool any = std::any_of(m_shown.cbegin(), m_shown.cend(), [](const session::IntervalFigures &f) {
        return f.offered + f.answered + f.abandoned > 0;
    });
    if (!any)
        m_shown.clear();
    m_noData->setText(m_hasAnswer ? tr("No interactions in this queue on this day yet.") : tr("Loading…"));
    m_stack->setCurrentWidget(any ? static_cast<QWidget *>(m_chartView) : m_noData);
    m_serviceLevel->setName(serviceLevelName());
    fillChart();
    fillTable();
}

QString IntradayView::serviceLevelName() const
{
    // The queue's own formula and threshold (directory.proto's ServiceLevelVariant).
    const QString id = queueId();
    const auto it = std::find_if(m_queues.cbegin(), m_queues.cend(), [&id](const session::StatsQueue &q) { return q.id == id; });
    if (it == m_queues.cend() || it->thresholdSeconds <= 0)
        return tr("Service level");
    switch (it->serviceLevelVariant) {
    case 1: return tr("Service level: answered within %1 s, of those answered").arg(it->thresholdSeconds);
    case 2: return tr("Service level: answered or abandoned within %1 s").arg(it->thresholdSeconds);
    case 3: return tr("Service level: left the queue within %1 s").arg(it->thresholdSeconds);
    default: return tr("Service level: answered within %1 s, short abandons excluded").arg(it->thresholdSeconds);
    }
}

QString IntradayView::intervalLabel(const session::IntervalFigures &interval) const
{
    // Local time: 15-minute boundaries in UTC are 15-minute boundaries in every zone.
    return tr("%1–%2").arg(clock(interval.start), clock(interval.start.addMSecs(kIntervalMs)));
}

QString IntradayView::tooltipFor(int index) const
{
    const session::IntervalFigures &f = m_shown.at(index);
    const QLocale locale;
    QString text = tr("<b>%1</b><br>Offered: %2<br>Answered: %3<br>Abandoned: %4")
                       .arg(intervalLabel(f)).arg(f.offered).arg(f.answered).arg(f.abandoned);
    text += QStringLiteral("<br>");
    text += hasServiceLevel(f) ? tr("Service level: %1 %").arg(locale.toString(f.serviceLevel * 100, 'f', 1))
                               : tr("Service level: no answers or abandons");
    if (f.answered > 0)
        text += QStringLiteral("<br>") + tr("ASA: %1 s").arg(locale.toString(f.asaSeconds, 'f', 1));
    return text;
}

void IntradayView::fillChart()
{
    QChart *chart = m_chartView->chart();
    const QLocale locale;
    QStringList categories;
    QList<QPointF> levels;
    QList<qreal> offered, answered, abandoned;
    int top = 0;
    for (int i = 0; i < m_shown.size(); ++i) {
        const session::IntervalFigures &f = m_shown.at(i);
        categories << clock(f.start);
        offered << f.offered;
        answered << f.answered;
        abandoned << f.abandoned;
        top = std::max({top, f.offered, f.answered, f.abandoned});
        if (hasServiceLevel(f))
            levels << QPointF(i, f.serviceLevel * 100);
    }
    m_offered->remove(0, m_offered->count());
    m_answered->remove(0, m_answered->count());
    m_abandoned->remove(0, m_abandoned->count());
    m_offered->append(offered);
    m_answered->append(answered);
    m_abandoned->append(abandoned);
    m_serviceLevel->replace(levels);

    const auto axes = chart->axes(Qt::Horizontal);
    if (auto *time = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first())) {
        time->setCategories(categories);
        // Many intervals: turn the labels so that they do not run into each other.
        time->setLabelsAngle(categories.size() > 12 ? -90 : 0);
    }
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        if (axis->objectName() != QLatin1String("countAxis"))
            continue;
        auto *count = static_cast<QValueAxis *>(axis);
        // Whole numbers on round steps (1, 2, 5, 10, 20, 25, 50, ...), at most 6 ticks.
        const double raw = std::max(1.0, (top + 1) / 5.0);
        const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
        double step = 10 * magnitude;
        for (double m : {1.0, 2.0, 2.5, 5.0})
            if (m * magnitude >= raw && (m != 2.5 || magnitude >= 10)) {
                step = m * magnitude;
                break;
            }
        const int ticks = int(std::ceil((top + 1) / step));
        count->setRange(0, ticks * step);
        count->setTickCount(ticks + 1);
    }
}

void IntradayView::fillTable()
{
    const QLocale locale;
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const session::IntervalFigures &f = m_shown.at(row);
        auto *interval = new QTableWidgetItem(intervalLabel(f));
        interval->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        m_table->setItem(row, IntervalColumn, interval);
        m_table->setItem(row, OfferedColumn, numberItem(QString::number(f.offered)));
        m_table->setItem(row, AnsweredColumn, numberItem(QString::number(f.answered)));
        m_table->setItem(row, AbandonedColumn, numberItem(QString::number(f.abandoned)));
        m_table->setItem(row, ServiceLevelColumn,
                         numberItem(hasServiceLevel(f) ? tr("%1 %").arg(locale.toString(f.serviceLevel * 100, 'f', 1))
                                                      : tr("–")));
        m_table->setItem(row, AsaColumn,
                         numberItem(f.answered > 0 ? tr("%1 s").arg(locale.toString(f.asaSeconds, 'f', 1)) : tr("–")));
        m_table->setItem(row, AhtColumn,
                         numberItem(f.ahtSeconds > 0 ? tr("%1 s").arg(locale.toString(f.ahtSeconds, 'f', 1)) : tr("–")));
    }
}

void IntradayView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        present(m_shown);
    }
    QWidget::changeEvent(event);
}

void IntradayView::retranslate()
{
    m_title->setText(tr("Intraday"));
    m_queueLabel->setText(tr("&Queue:"));
    m_dayLabel->setText(tr("&Day:"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Ask for the figures again (they refresh every minute)"));
    m_offered->setLabel(tr("Offered"));
    m_answered->setLabel(tr("Answered"));
    m_abandoned->setLabel(tr("Abandoned"));
    m_serviceLevel->setName(serviceLevelName());
    QChart *chart = m_chartView->chart();
    for (QAbstractAxis *axis : chart->axes()) {
        if (axis->objectName() == QLatin1String("timeAxis"))
            axis->setTitleText(tr("Interval start (local time)"));
        else if (axis->objectName() == QLatin1String("countAxis"))
            axis->setTitleText(tr("Interactions"));
        else if (axis->objectName() == QLatin1String("serviceLevelAxis"))
            axis->setTitleText(tr("Service level"));
    }
    m_chartView->setAccessibleName(tr("Intraday chart: offered, answered and abandoned per 15 minutes, and the service level"));
    m_table->setAccessibleName(tr("Intraday figures per 15 minutes"));
    m_table->setHorizontalHeaderLabels({tr("Interval"), tr("Offered"), tr("Answered"), tr("Abandoned"),
                                        tr("Service level"), tr("ASA"), tr("AHT")});
}

} // namespace app
