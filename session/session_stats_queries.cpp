#include "session_stats_queries.h"

#include "session_connection.h"
#include "session_convert_p.h"
#include "session_rpc_p.h"
#include "session_status_p.h"

#include "switchboard/v1/directory.grpc.pb.h"
#include "switchboard/v1/stats.grpc.pb.h"

#include <google/protobuf/util/time_util.h>

#include <QPointer>
#include <QTimeZone>

#include <algorithm>
#include <map>

namespace session {

namespace v1 = switchboard::v1;
using StatsStub = v1::StatsService::Stub;
using DirectoryStub = v1::DirectoryService::Stub;

namespace {

const QString kStats = QStringLiteral("stats");

// The stats service answers INVALID_ARGUMENT as "<field>: <what to do>".
StatsError errorOf(const grpc::Status &status)
{
    StatsError error;
    error.invalidArgument = status.error_code() == grpc::StatusCode::INVALID_ARGUMENT;
    error.message = describeStatus(status);
    if (error.invalidArgument) {
        static const char *const fields[] = {"arrival_rate_per_second", "aht_seconds", "threshold_seconds",
                                             "target_service_level", "queue_id", "day"};
        for (const char *field : fields) {
            const QString prefix = QLatin1String(field) + QLatin1Char(':');
            if (error.message.startsWith(prefix)) {
                error.field = QLatin1String(field);
                error.message = error.message.mid(prefix.size()).trimmed();
                break;
            }
        }
    }
    return error;
}

v1::ComputeStaffingRequest toProto(const StaffingRequest &request)
{
    v1::ComputeStaffingRequest r;
    r.set_queue_id(request.queueId.toStdString());
    r.set_arrival_rate_per_second(request.arrivalRatePerSecond);
    r.set_aht_seconds(request.ahtSeconds);
    r.set_threshold_seconds(request.thresholdSeconds);
    r.set_target_service_level(request.targetServiceLevel);
    return r;
}

StaffingFigures fromProto(const v1::StaffingResult &result)
{
    StaffingFigures f;
    f.trafficErlangs = result.traffic_erlangs();
    f.agentsNeeded = result.agents_needed();
    f.agentsStaffed = result.agents_staffed();
    f.pWait = result.p_wait();
    f.serviceLevel = result.service_level();
    f.asaSeconds = result.asa_seconds();
    f.occupancy = result.occupancy();
    return f;
}

rpc::Options statsOptions()
{
    rpc::Options options;
    options.service = kStats;
    return options;
}

void registerTypes()
{
    static const bool done = [] {
        qRegisterMetaType<session::StatsQueue>();
        qRegisterMetaType<QList<session::StatsQueue>>();
        qRegisterMetaType<session::IntervalFigures>();
        qRegisterMetaType<QList<session::IntervalFigures>>();
        qRegisterMetaType<session::StaffingRequest>();
        qRegisterMetaType<session::StaffingFigures>();
        qRegisterMetaType<session::StatsError>();
        qRegisterMetaType<session::LiveStaffingInputs>();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace

struct StatsQueries::Private {
    explicit Private(Connection &c) : connection(c) {}

    Connection &connection;
    std::unique_ptr<StatsStub> stats;
    std::unique_ptr<DirectoryStub> directory;
    int nextId = 1;
};

StatsQueries::StatsQueries(Connection &connection, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(connection))
{
    registerTypes();
    d->stats = v1::StatsService::NewStub(connection.channel());
    d->directory = v1::DirectoryService::NewStub(connection.channel());
}

StatsQueries::~StatsQueries() = default;

int StatsQueries::loadQueues()
{
    const int id = d->nextId++;
    rpc::Options options;
    options.service = QStringLiteral("directory");
    rpc::unary(d->connection, this, d->directory->async(), &DirectoryStub::async::ListQueues, v1::ListQueuesRequest(),
        [this, id](const grpc::Status &status, v1::ListQueuesResponse &response) {
            if (!status.ok()) {
                emit queuesFailed(id, describeStatus(status));
                return;
            }
            QList<StatsQueue> queues;
            for (const v1::Queue &queue : response.queues())
                queues.append({QString::fromStdString(queue.id()), QString::fromStdString(queue.name()),
                               queue.service_level_threshold_seconds(), queue.service_level_target(),
                               int(queue.service_level_variant())});
            std::sort(queues.begin(), queues.end(), [](const StatsQueue &a, const StatsQueue &b) {
                return QString::localeAwareCompare(a.name, b.name) < 0;
            });
            emit queuesReady(id, queues);
        },
        options);
    return id;
}

int StatsQueries::intraday(const QString &queueId, const QDate &day)
{
    const int id = d->nextId++;
    // The local day, as UTC instants; the service's days are UTC days.
    const QDateTime from = QDateTime(day, QTime(0, 0)).toUTC();
    const QDateTime to = QDateTime(day.addDays(1), QTime(0, 0)).toUTC();
    const QDate todayUtc = QDateTime::currentDateTimeUtc().date();
    QList<QDate> utcDays;
    for (QDate d = from.date(); d <= to.addMSecs(-1).date() && d <= todayUtc; d = d.addDays(1))
        utcDays << d;
    if (utcDays.isEmpty()) {   // a day still to come: nothing counted yet
        QMetaObject::invokeMethod(this, [this, id, queueId, day] { emit intradayReady(id, queueId, day, {}); },
                                  Qt::QueuedConnection);
        return id;
    }

    struct Collect {
        int pending = 0;
        bool failed = false;
        std::map<qint64, IntervalFigures> byStart;   // in time order, each interval once
    };
    auto collect = std::make_shared<Collect>();
    collect->pending = int(utcDays.size());
    for (const QDate &utcDay : std::as_const(utcDays)) {
        v1::GetIntradayRequest request;
        request.set_queue_id(queueId.toStdString());
        *request.mutable_day() = google::protobuf::util::TimeUtil::MillisecondsToTimestamp(
            QDateTime(utcDay, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        rpc::unary(d->connection, this, d->stats->async(), &StatsStub::async::GetIntraday, std::move(request),
            [this, id, queueId, day, from, to, collect](const grpc::Status &status, v1::GetIntradayResponse &response) {
                if (collect->failed)
                    return;
                if (!status.ok()) {
                    collect->failed = true;
                    emit intradayFailed(id, queueId, errorOf(status));
                    return;
                }
                for (const v1::IntervalMetrics &m : response.intervals()) {
                    IntervalFigures f;
                    f.start = convert::dateTime(m.start()).toUTC();
                    if (f.start < from || f.start >= to)
                        continue;
                    f.offered = m.offered();
                    f.answered = m.answered();
                    f.abandoned = m.abandoned();
                    f.serviceLevel = m.service_level();
                    f.ahtSeconds = m.aht_seconds();
                    f.asaSeconds = m.asa_seconds();
                    collect->byStart[f.start.toMSecsSinceEpoch()] = f;
                }
                if (--collect->pending > 0)
                    return;
                QList<IntervalFigures> intervals;
                for (const auto &[start, f] : collect->byStart)
                    intervals << f;
                emit intradayReady(id, queueId, day, intervals);
            },
            statsOptions());
    }
    return id;
}

int StatsQueries::staffing(const StaffingRequest &request)
{
    const int id = d->nextId++;
    rpc::unary(d->connection, this, d->stats->async(), &StatsStub::async::ComputeStaffing, toProto(request),
        [this, id, request](const grpc::Status &status, v1::StaffingResult &result) {
            if (!status.ok())
                emit staffingFailed(id, request, errorOf(status));
            else
                emit staffingReady(id, request, fromProto(result));
        },
        statsOptions());
    return id;
}

int StatsQueries::liveInputs(const QString &queueId)
{
    const int id = d->nextId++;
    struct Probe {
        int pending = 2;
        bool failed = false;
        LiveStaffingInputs inputs;
    };
    auto probe = std::make_shared<Probe>();
    probe->inputs.queueId = queueId;
    auto finish = [this, id, probe] {
        if (--probe->pending == 0 && !probe->failed)
            emit liveInputsReady(id, probe->inputs);
    };
    // A threshold and a target that any traffic reaches, so that only the traffic matters.
    StaffingRequest rate;
    rate.queueId = queueId;
    rate.ahtSeconds = 1;              // traffic = rate x 1 s
    rate.thresholdSeconds = 20;
    rate.targetServiceLevel = 0.5;
    rpc::unary(d->connection, this, d->stats->async(), &StatsStub::async::ComputeStaffing, toProto(rate),
        [this, id, probe, queueId, finish](const grpc::Status &status, v1::StaffingResult &result) {
            if (probe->failed)
                return;
            if (!status.ok()) {
                probe->failed = true;
                emit liveInputsFailed(id, queueId, errorOf(status));
                return;
            }
            probe->inputs.arrivalRatePerSecond = result.traffic_erlangs();
            finish();
        },
        statsOptions());
    StaffingRequest aht = rate;
    aht.ahtSeconds = 0;
    aht.arrivalRatePerSecond = 1;     // traffic = 1/s x AHT
    rpc::unary(d->connection, this, d->stats->async(), &StatsStub::async::ComputeStaffing, toProto(aht),
        [this, id, probe, queueId, finish](const grpc::Status &status, v1::StaffingResult &result) {
            if (probe->failed)
                return;
            if (status.error_code() == grpc::StatusCode::FAILED_PRECONDITION) {
                probe->inputs.ahtSeconds = 0;   // nothing handled today: no AHT to plan with
            } else if (!status.ok()) {
                probe->failed = true;
                emit liveInputsFailed(id, queueId, errorOf(status));
                return;
            } else {
                probe->inputs.ahtSeconds = result.traffic_erlangs();
            }
            finish();
        },
        statsOptions());
    return id;
}

} // namespace session
