#pragma once
// session::StatsQueries: the supervisor's planning questions to the stats service, as
// plain Qt values: a queue's intraday intervals (StatsService.GetIntraday) and Erlang C
// staffing (StatsService.ComputeStaffing), plus the directory's queues to choose from
// (DirectoryService.ListQueues). The live figures (snapshot, deltas, wallboards, alerts)
// are session::StatsStore's, not this class's.
//
//   session::StatsQueries queries(session.connection());
//   connect(&queries, &StatsQueries::intradayReady, view, ...);
//   const int id = queries.intraday(queueId, QDate::currentDate());
//
// Every call returns a request id that its answer signal carries, so that a view can drop
// answers it no longer wants (another queue chosen meanwhile). Answers arrive on the
// connection's thread (the GUI thread), and only while this object exists.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

namespace session {

class Connection;

// A queue to choose, with the targets the directory gives it.
struct StatsQueue {
    QString id;
    QString name;
    int thresholdSeconds = 0;           // service-level threshold T; 0 when unset
    double targetServiceLevel = 0;      // 0..1; 0 when unset
    int serviceLevelVariant = 0;        // directory.proto's ServiceLevelVariant number (0: excluding short abandons)
};

// One 15-minute interval of a queue (IntervalMetrics).
struct IntervalFigures {
    QDateTime start;                    // UTC, on a :00/:15/:30/:45 boundary
    int offered = 0;
    int answered = 0;
    int abandoned = 0;
    double serviceLevel = 0;            // 0..1, the queue's variant; 0 when nothing counted
    double ahtSeconds = 0;
    double asaSeconds = 0;
};

// ComputeStaffing's question. With a queue id, each figure left 0 is the queue's own:
// its live arrival rate (the last hour), today's AHT, its threshold and its target; and
// agentsStaffed counts the queue's agents who are signed in. Without one, all four are
// required.
struct StaffingRequest {
    QString queueId;
    double arrivalRatePerSecond = 0;
    double ahtSeconds = 0;
    int thresholdSeconds = 0;
    double targetServiceLevel = 0;      // 0..1
};

// StaffingResult: Erlang C at the fewest agents reaching the target.
struct StaffingFigures {
    double trafficErlangs = 0;
    int agentsNeeded = 0;
    int agentsStaffed = 0;
    double pWait = 0;
    double serviceLevel = 0;            // at agentsNeeded
    double asaSeconds = 0;
    double occupancy = 0;
};

// A refused question: the request field it concerns (the proto name, e.g.
// "target_service_level"; empty when none), and what to do about it.
struct StatsError {
    QString field;
    QString message;
    bool invalidArgument = false;       // INVALID_ARGUMENT (the input), else the server's state
};

// The queue's live inputs that ComputeStaffing plans with when none are given.
struct LiveStaffingInputs {
    QString queueId;
    double arrivalRatePerSecond = 0;
    double ahtSeconds = 0;              // 0 when the queue has handled nothing today
};

class StatsQueries : public QObject {
    Q_OBJECT
public:
    explicit StatsQueries(Connection &connection, QObject *parent = nullptr);
    ~StatsQueries() override;

    // DirectoryService.ListQueues: queuesReady or queuesFailed.
    int loadQueues();

    // The intervals of `queueId` in the local calendar day `day` (midnight to midnight in
    // the local time zone), in time order: GetIntraday for each UTC day that day touches,
    // the intervals outside it left out. The current interval is included as it stands.
    int intraday(const QString &queueId, const QDate &day);

    // ComputeStaffing: staffingReady or staffingFailed.
    int staffing(const StaffingRequest &request);

    // The queue's live arrival rate and AHT, read out of ComputeStaffing (which does not
    // echo the inputs it used): traffic = rate x AHT, so asking with AHT 1 s gives the
    // rate, and asking with a rate of 1/s gives the AHT. liveInputsReady, or
    // liveInputsFailed when the queue is unknown. A queue that has handled nothing today
    // has no AHT: ahtSeconds 0.
    int liveInputs(const QString &queueId);

signals:
    void queuesReady(int requestId, const QList<session::StatsQueue> &queues);
    void queuesFailed(int requestId, const QString &error);
    void intradayReady(int requestId, const QString &queueId, const QDate &day,
                       const QList<session::IntervalFigures> &intervals);
    void intradayFailed(int requestId, const QString &queueId, const session::StatsError &error);
    void staffingReady(int requestId, const session::StaffingRequest &request,
                       const session::StaffingFigures &figures);
    void staffingFailed(int requestId, const session::StaffingRequest &request,
                        const session::StatsError &error);
    void liveInputsReady(int requestId, const session::LiveStaffingInputs &inputs);
    void liveInputsFailed(int requestId, const QString &queueId, const session::StatsError &error);

private:
    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace session

Q_DECLARE_METATYPE(session::StatsQueue)
Q_DECLARE_METATYPE(session::IntervalFigures)
Q_DECLARE_METATYPE(session::StaffingRequest)
Q_DECLARE_METATYPE(session::StaffingFigures)
Q_DECLARE_METATYPE(session::StatsError)
Q_DECLARE_METATYPE(session::LiveStaffingInputs)
