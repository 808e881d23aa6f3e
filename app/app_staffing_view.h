#pragma once
// app::StaffingView: a sub-tab of the Supervisor tab. For a queue's arrival rate and
// handle time (its live figures, which the supervisor can override), the agents Erlang C
// says the service-level target needs (StatsService.ComputeStaffing) beside the agents
// staffed now, the service level by agent count around that answer, and a what-if: N
// agents run through the real routing engine on a virtual clock (simulator::VirtualRun)
// off the GUI thread, its measured figures beside Erlang C's prediction.

#include "session_stats_queries.h"

#include <QList>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QThread;

namespace session { class Session; }

namespace app {

// One what-if: `runs` virtual runs of `hours` each (seeds 1..runs), pooled.
struct WhatIfResult {
    double arrivalRatePerSecond = 0;   // the inputs it ran with
    double ahtSeconds = 0;
    int thresholdSeconds = 0;
    int agents = 0;
    double hours = 0;
    int runs = 0;
    double serviceLevel = 0;        // answered within the threshold / answered, pooled
    double serviceLevelLow = 0;     // a single run's service level: 10th percentile of the runs
    double serviceLevelHigh = 0;    // and 90th
    double asaSeconds = 0;
    double abandonRate = 0;         // abandoned / offered (the simulated customers do not abandon)
    double occupancy = 0;
    double pWait = 0;
    quint64 offered = 0;
    quint64 answered = 0;
};

class StaffingView : public QWidget {
    Q_OBJECT
public:
    explicit StaffingView(session::Session &session, QWidget *parent = nullptr);
    ~StaffingView() override;

    // Checks the four fields (errors beside the ones that are wrong) and asks
    // ComputeStaffing with them for the chosen queue. False when a field is wrong.
    bool calculate();
    // Runs the virtual simulator with the what-if agent count and the current inputs;
    // false (and an error beside the field) when the inputs are wrong or a run is going.
    bool runWhatIf();
    void cancelWhatIf();
    bool isWhatIfRunning() const { return m_worker != nullptr; }

    // The last ComputeStaffing answer and the request it answered.
    std::optional<session::StaffingFigures> result() const { return m_result; }
    session::StaffingRequest resultRequest() const { return m_resultRequest; }
    std::optional<WhatIfResult> whatIfResult() const { return m_whatIf; }
    std::optional<session::LiveStaffingInputs> liveInputs() const { return m_live; }

    QComboBox *queuePicker() const { return m_queue; }
    QLineEdit *rateField() const { return m_rate; }
    QLineEdit *ahtField() const { return m_aht; }
    QLineEdit *targetField() const { return m_target; }
    QLineEdit *thresholdField() const { return m_threshold; }
    QLabel *rateError() const { return m_rateError; }
    QLabel *ahtError() const { return m_ahtError; }
    QLabel *targetError() const { return m_targetError; }
    QLabel *thresholdError() const { return m_thresholdError; }
    QPushButton *liveButton() const { return m_useLive; }
    QPushButton *calculateButton() const { return m_calculate; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *trafficValue() const { return m_traffic; }
    QLabel *neededValue() const { return m_needed; }
    QLabel *staffedValue() const { return m_staffed; }
    QLabel *differenceValue() const { return m_difference; }
    QLabel *predictionValue() const { return m_prediction; }
    QTableWidget *agentTable() const { return m_byAgents; }
    QSpinBox *whatIfAgents() const { return m_whatIfAgents; }
    QSpinBox *whatIfHours() const { return m_whatIfHours; }
    QPushButton *whatIfRunButton() const { return m_whatIfRun; }
    QPushButton *whatIfCancelButton() const { return m_whatIfCancel; }
    QProgressBar *whatIfProgress() const { return m_whatIfProgress; }
    QTableWidget *whatIfTable() const { return m_whatIfTable; }
    QLabel *whatIfStatus() const { return m_whatIfStatus; }

signals:
    // The live inputs of the chosen queue are in the fields (or could not be read).
    void liveInputsLoaded();
    // A ComputeStaffing answer or refusal is shown.
    void staffingUpdated();
    // A what-if finished (whatIfResult()), was cancelled, or failed to start.
    void whatIfFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Inputs {
        double ratePerHour = 0;
        double ahtSeconds = 0;
        double targetPercent = 0;
        int thresholdSeconds = 0;
    };
    std::optional<Inputs> readInputs();
    void clearFieldErrors();
    void showFieldError(const QString &field, const QString &message);
    void loadLive();
    void applyLive();
    void showLiveHints();
    void showResult();
    void fillAgentTable();
    void showWhatIf();
    void retranslate();

    session::Session &m_session;
    session::StatsQueries *m_queries;
    QList<session::StatsQueue> m_queues;
    std::optional<session::LiveStaffingInputs> m_live;
    std::optional<session::StaffingFigures> m_result;
    session::StaffingRequest m_resultRequest;
    std::optional<WhatIfResult> m_whatIf;
    int m_pendingLive = 0;
    int m_pendingStaffing = 0;
    bool m_calculateWhenLive = false;

    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;

    QLabel *m_title;
    QLabel *m_queueLabel;
    QComboBox *m_queue;
    QGroupBox *m_inputsBox;
    QLabel *m_rateLabel;
    QLineEdit *m_rate;
    QLabel *m_rateLive;
    QLabel *m_rateError;
    QLabel *m_ahtLabel;
    QLineEdit *m_aht;
    QLabel *m_ahtLive;
    QLabel *m_ahtError;
    QLabel *m_targetLabel;
    QLineEdit *m_target;
    QLabel *m_targetError;
    QLabel *m_thresholdLabel;
    QLineEdit *m_threshold;
    QLabel *m_thresholdError;
    QPushButton *m_useLive;
    QPushButton *m_calculate;
    QLabel *m_error;
    QGroupBox *m_resultBox;
    QLabel *m_trafficLabel;
    QLabel *m_traffic;
    QLabel *m_neededLabel;
    QLabel *m_needed;
    QLabel *m_staffedLabel;
    QLabel *m_staffed;
    QLabel *m_difference;
    QLabel *m_predictionLabel;
    QLabel *m_prediction;
    QLabel *m_byAgentsLabel;
    QTableWidget *m_byAgents;
    QGroupBox *m_whatIfBox;
    QLabel *m_whatIfAgentsLabel;
    QSpinBox *m_whatIfAgents;
    QLabel *m_whatIfHoursLabel;
    QSpinBox *m_whatIfHours;
    QPushButton *m_whatIfRun;
    QPushButton *m_whatIfCancel;
    QProgressBar *m_whatIfProgress;
    QLabel *m_whatIfAgentsError;
    QTableWidget *m_whatIfTable;
    QLabel *m_whatIfStatus;
};

} // namespace app
