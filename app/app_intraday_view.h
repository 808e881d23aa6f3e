#pragma once
// app::IntradayView: a sub-tab of the Supervisor tab: one queue's day in 15-minute
// intervals (StatsService.GetIntraday): offered, answered and abandoned as bars, the
// service level as a line on a 0-100 % axis, local times along the bottom, and the same
// numbers in a table beneath. Asked again every minute and on demand.

#include "session_stats_queries.h"

#include <QList>
#include <QWidget>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineSeries;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace session { class Session; }

namespace app {

class IntradayView : public QWidget {
    Q_OBJECT
public:
    explicit IntradayView(session::Session &session, QWidget *parent = nullptr);
    ~IntradayView() override;

    // Asks for the chosen queue and day again.
    void refresh();

    // The intervals shown, in time order: from the first with data to the last (to the
    // current one today), the quiet ones in between as zeros.
    QList<session::IntervalFigures> intervals() const { return m_shown; }
    QString queueId() const;
    bool isLoading() const { return m_pending != 0; }

    QComboBox *queuePicker() const { return m_queue; }
    QDateEdit *dayPicker() const { return m_day; }
    QPushButton *refreshButton() const { return m_refresh; }
    QChartView *chartView() const { return m_chartView; }
    QChart *chart() const;
    QBarSet *offeredSet() const { return m_offered; }
    QBarSet *answeredSet() const { return m_answered; }
    QBarSet *abandonedSet() const { return m_abandoned; }
    QLineSeries *serviceLevelSeries() const { return m_serviceLevel; }
    QTableWidget *table() const { return m_table; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *noDataLabel() const { return m_noData; }
    QLabel *statusLabel() const { return m_status; }

signals:
    // The chart and the table show a new answer (or a refusal: see errorLabel()).
    void updated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildChart();
    void present(const QList<session::IntervalFigures> &intervals);
    void fillChart();
    void fillTable();
    QString serviceLevelName() const;
    QString intervalLabel(const session::IntervalFigures &interval) const;
    QString tooltipFor(int index) const;

    session::Session &m_session;
    session::StatsQueries *m_queries;
    QList<session::StatsQueue> m_queues;
    QList<session::IntervalFigures> m_shown;
    int m_pending = 0;              // request id of the intraday asked last; 0 when none
    bool m_hasAnswer = false;
    QLabel *m_title;
    QLabel *m_queueLabel;
    QComboBox *m_queue;
    QLabel *m_dayLabel;
    QDateEdit *m_day;
    QPushButton *m_refresh;
    QLabel *m_status;
    QLabel *m_error;
    QStackedWidget *m_stack;
    QLabel *m_noData;
    QChartView *m_chartView;
    QBarSet *m_offered = nullptr;
    QBarSet *m_answered = nullptr;
    QBarSet *m_abandoned = nullptr;
    QLineSeries *m_serviceLevel = nullptr;
    QTableWidget *m_table;
    QTimer *m_timer;
};

} // namespace app
