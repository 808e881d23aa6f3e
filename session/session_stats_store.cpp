#include "session_stats_store.h"

#include "session_connection.h"
#include "session_convert_p.h"
#include "session_rpc_p.h"

#include "switchboard/v1/gateway.pb.h"
#include "switchboard/v1/stats.grpc.pb.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace session {

namespace v1 = switchboard::v1;
using StatsStub = v1::StatsService::Stub;

namespace {

QString str(const std::string &text) { return QString::fromStdString(text); }

MetricKind metricOf(v1::MetricKind metric)
{
    const int n = int(metric);
    return n > 0 && n < MetricKindCount ? MetricKind(n) : MetricKind::Unspecified;
}

ServiceLevelVariant variantOf(v1::ServiceLevelVariant variant)
{
    const int n = int(variant);
    return n >= 0 && n <= 4 ? ServiceLevelVariant(n) : ServiceLevelVariant::Unspecified;
}

QueueFigures queueOf(const v1::QueueMetrics &m)
{
    QueueFigures q;
    q.queueId = str(m.queue_id());
    q.queueName = str(m.queue_name());
    q.waiting = m.waiting();
    q.longestWaitSeconds = m.longest_wait_seconds();
    q.oldestEnqueuedAt = m.has_oldest_enqueued_at() ? convert::dateTime(m.oldest_enqueued_at()) : QDateTime();
    q.offered = m.offered();
    q.answered = m.answered();
    q.abandoned = m.abandoned();
    q.shortAbandoned = m.short_abandoned();
    q.abandonRate = m.abandon_rate();
    q.asaSeconds = m.asa_seconds();
    q.ahtSeconds = m.aht_seconds();
    q.serviceLevel = m.service_level();
    q.serviceLevelVariant = variantOf(m.service_level_variant());
    q.serviceLevelThresholdSeconds = m.service_level_threshold_seconds();
    q.occupancy = m.occupancy();
    const v1::AgentStateCounts &a = m.agents();
    q.agents.available = a.available();
    q.agents.busy = a.busy();
    q.agents.wrapUp = a.wrap_up();
    q.agents.notReady = a.not_ready();
    q.agents.offline = a.offline();
    for (const auto &[reason, count] : a.not_ready_by_reason())
        q.agents.notReadyByReason.insert(str(reason), count);
    q.intervalStart = convert::dateTime(m.interval_start());
    return q;
}

AgentFigures agentOf(const v1::AgentMetrics &m)
{
    AgentFigures a;
    a.userId = str(m.user_id());
    a.handled = m.handled();
    a.ahtSeconds = m.aht_seconds();
    a.occupancy = m.occupancy();
    a.availableSeconds = m.available_seconds();
    a.notReadySeconds = m.not_ready_seconds();
    return a;
}

Wallboard boardOf(const v1::Wallboard &b)
{
    Wallboard board;
    board.id = str(b.id());
    board.ownerUserId = str(b.owner_user_id());
    board.name = str(b.name());
    board.rotateSeconds = b.rotate_seconds();
    board.version = b.version();
    for (const v1::WallboardTile &t : b.tiles()) {
        WallboardTile tile;
        tile.queueId = str(t.queue_id());
        tile.metric = metricOf(t.metric());
        tile.threshold.amber = t.threshold().amber();
        tile.threshold.red = t.threshold().red();
        tile.threshold.higherIsWorse = t.threshold().higher_is_worse();
        tile.row = t.row();
        tile.column = t.column();
        board.tiles << tile;
    }
    return board;
}

v1::Wallboard protoOf(const Wallboard &board)
{
    v1::Wallboard b;
    b.set_id(board.id.toStdString());
    b.set_name(board.name.toStdString());
    b.set_rotate_seconds(board.rotateSeconds);
    b.set_version(board.version);
    for (const WallboardTile &tile : board.tiles) {
        v1::WallboardTile *t = b.add_tiles();
        t->set_queue_id(tile.queueId.toStdString());
        t->set_metric(v1::MetricKind(int(tile.metric)));
        if (tile.threshold.isSet() || !tile.threshold.higherIsWorse) {
            t->mutable_threshold()->set_amber(tile.threshold.amber);
            t->mutable_threshold()->set_red(tile.threshold.red);
            t->mutable_threshold()->set_higher_is_worse(tile.threshold.higherIsWorse);
        }
        t->set_row(tile.row);
        t->set_column(tile.column);
    }
    return b;
}

AlertRule ruleOf(const v1::AlertRule &r)
{
    AlertRule rule;
    rule.id = str(r.id());
    rule.queueId = str(r.queue_id());
    rule.metric = metricOf(r.metric());
    rule.above = r.above();
    rule.name = str(r.name());
    rule.enabled = r.enabled();
    rule.version = r.version();
    return rule;
}

v1::AlertRule protoOf(const AlertRule &rule)
{
    v1::AlertRule r;
    r.set_id(rule.id.toStdString());
    r.set_queue_id(rule.queueId.toStdString());
    r.set_metric(v1::MetricKind(int(rule.metric)));
    r.set_above(rule.above);
    r.set_name(rule.name.toStdString());
    r.set_enabled(rule.enabled);
    r.set_version(rule.version);
    return r;
}

template <class T>
void sortByName(QList<T> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const T &a, const T &b) {
        const int c = QString::localeAwareCompare(a.name, b.name);
        return c != 0 ? c < 0 : a.id < b.id;
    });
}

} // namespace

// --- plain helpers -------------------------------------------------------------------

MetricUnit unitOf(MetricKind metric)
{
    switch (metric) {
    case MetricKind::LongestWait:
    case MetricKind::Asa:
    case MetricKind::Aht:
        return MetricUnit::Seconds;
    case MetricKind::AbandonRate:
    case MetricKind::ServiceLevel:
    case MetricKind::Occupancy:
        return MetricUnit::Fraction;
    default:
        return MetricUnit::Count;
    }
}

ThresholdLevel levelOf(const Threshold &threshold, double value)
{
    if (!threshold.isSet() || !std::isfinite(value))
        return ThresholdLevel::None;
    if (threshold.higherIsWorse) {
        if (value >= threshold.red)
            return ThresholdLevel::Red;
        if (value >= threshold.amber)
            return ThresholdLevel::Amber;
        return ThresholdLevel::Green;
    }
    if (value <= threshold.red)
        return ThresholdLevel::Red;
    if (value <= threshold.amber)
        return ThresholdLevel::Amber;
    return ThresholdLevel::Green;
}

double QueueFigures::value(MetricKind metric, const QDateTime &now) const
{
    switch (metric) {
    case MetricKind::Waiting: return waiting;
    case MetricKind::LongestWait:
        if (now.isValid() && oldestEnqueuedAt.isValid() && waiting > 0)
            return std::max<qint64>(0, oldestEnqueuedAt.msecsTo(now)) / 1000.0;
        return waiting > 0 ? longestWaitSeconds : 0;
    case MetricKind::Offered: return offered;
    case MetricKind::Answered: return answered;
    case MetricKind::Abandoned: return abandoned;
    case MetricKind::AbandonRate: return abandonRate;
    case MetricKind::Asa: return asaSeconds;
    case MetricKind::Aht: return ahtSeconds;
    case MetricKind::ServiceLevel: return serviceLevel;
    case MetricKind::Occupancy: return occupancy;
    case MetricKind::AgentsAvailable: return agents.available;
    case MetricKind::Unspecified: break;
    }
    return 0;
}

bool QueueFigures::hasData(MetricKind metric) const
{
    switch (metric) {
    case MetricKind::AbandonRate: return offered > 0;
    case MetricKind::Asa: return answered > 0;
    case MetricKind::Aht: return ahtSeconds > 0;
    case MetricKind::Occupancy: return occupancy > 0 || agents.available + agents.busy + agents.wrapUp > 0;
    case MetricKind::ServiceLevel:
        switch (serviceLevelVariant) {
        case ServiceLevelVariant::AnsweredOfAnswered: return answered > 0;
        case ServiceLevelVariant::WithAbandons: return answered + abandoned > 0;
        case ServiceLevelVariant::RemovedWithin: return offered > 0;
        case ServiceLevelVariant::Unspecified:
        case ServiceLevelVariant::ExcludingShortAbandons: return answered + abandoned - shortAbandoned > 0;
        }
        return false;
    case MetricKind::Unspecified: return false;
    default: return true;
    }
}

QString StatsStore::metricName(MetricKind metric)
{
    switch (metric) {
    case MetricKind::Waiting: return tr("Waiting");
    case MetricKind::LongestWait: return tr("Longest wait");
    case MetricKind::Offered: return tr("Offered");
    case MetricKind::Answered: return tr("Answered");
    case MetricKind::Abandoned: return tr("Abandoned");
    case MetricKind::AbandonRate: return tr("Abandon rate");
    case MetricKind::Asa: return tr("Average speed of answer");
    case MetricKind::Aht: return tr("Average handle time");
    case MetricKind::ServiceLevel: return tr("Service level");
    case MetricKind::Occupancy: return tr("Occupancy");
    case MetricKind::AgentsAvailable: return tr("Agents available");
    case MetricKind::Unspecified: break;
    }
    return tr("Unknown metric");
}

QString StatsStore::metricShortName(MetricKind metric)
{
    switch (metric) {
    case MetricKind::Asa: return tr("ASA");
    case MetricKind::Aht: return tr("AHT");
    case MetricKind::ServiceLevel: return tr("SL");
    case MetricKind::AgentsAvailable: return tr("Available");
    default: return metricName(metric);
    }
}

QString StatsStore::variantName(ServiceLevelVariant variant)
{
    switch (variant) {
    case ServiceLevelVariant::AnsweredOfAnswered: return tr("answered of answered (Asterisk SL)");
    case ServiceLevelVariant::WithAbandons: return tr("with abandons (Asterisk SL2)");
    case ServiceLevelVariant::RemovedWithin: return tr("removed within (Amazon Connect)");
    case ServiceLevelVariant::Unspecified:
    case ServiceLevelVariant::ExcludingShortAbandons: break;
    }
    return tr("excluding short abandons (Genesys-style)");
}

QString StatsStore::serviceLevelFormula(ServiceLevelVariant variant, int thresholdSeconds)
{
    const QString t = tr("%1 s").arg(thresholdSeconds);
    QString formula;
    switch (variant) {
    case ServiceLevelVariant::AnsweredOfAnswered:
        formula = tr("answered within %1 ÷ answered").arg(t);
        break;
    case ServiceLevelVariant::WithAbandons:
        formula = tr("(answered + abandoned within %1) ÷ (answered + abandoned)").arg(t);
        break;
    case ServiceLevelVariant::RemovedWithin:
        formula = tr("left the queue within %1 ÷ offered").arg(t);
        break;
    case ServiceLevelVariant::Unspecified:
    case ServiceLevelVariant::ExcludingShortAbandons:
        formula = tr("answered within %1 ÷ (answered + abandoned − short abandons)").arg(t);
        break;
    }
    return tr("SL %1 · %2").arg(t, formula);
}

QString StatsStore::formatValue(MetricKind metric, double value, bool hasData)
{
    if (!hasData || !std::isfinite(value))
        return QStringLiteral("—");
    switch (unitOf(metric)) {
    case MetricUnit::Count:
        return QString::number(qint64(std::llround(value)));
    case MetricUnit::Fraction: {
        const double percent = value * 100;
        // Whole percents, except a tenth near the ends where it matters (99.5 %).
        const bool tenth = percent > 0 && (percent < 1 || (percent > 99 && percent < 100));
        return tr("%1 %").arg(QString::number(percent, 'f', tenth ? 1 : 0));
    }
    case MetricUnit::Seconds: {
        const qint64 seconds = std::max<qint64>(0, qint64(std::floor(value)));
        if (seconds >= 3600)
            return QStringLiteral("%1:%2:%3").arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                .arg(seconds % 60, 2, 10, QLatin1Char('0'));
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    }
    return QString::number(value);
}

// --- the store -----------------------------------------------------------------------

struct StatsStore::Private {
    explicit Private(Connection &connection) : connection(connection) {}

    Connection &connection;
    std::unique_ptr<StatsStub> stats;
    QList<QueueFigures> queues;
    QHash<QString, int> queueIndex;
    QList<AgentFigures> agents;
    QHash<QString, int> agentIndex;
    QDateTime snapshotAt;
    bool loaded = false;
    bool wanted = false;

    QList<Wallboard> boards;
    bool boardsLoaded = false;
    bool boardsWanted = false;
    QList<AlertRule> rules;
    bool rulesLoaded = false;
    bool rulesWanted = false;
    QList<Alert> active;

    rpc::Options options() const
    {
        rpc::Options o;
        o.service = QStringLiteral("stats");
        return o;
    }

    // In place, then the new ones appended in one block (the last of duplicates wins).
    template <class T, class Key>
    static void merge(QList<T> &rows, QHash<QString, int> &index, const QList<T> &incoming, Key key,
                      const std::function<void(int)> &changed, const std::function<void(int, int)> &aboutToAdd,
                      const std::function<void(int, int)> &added)
    {
        QList<T> fresh;
        for (const T &row : incoming) {
            const auto it = index.constFind(key(row));
            if (it == index.constEnd()) {
                auto same = std::find_if(fresh.begin(), fresh.end(), [&](const T &r) { return key(r) == key(row); });
                if (same != fresh.end())
                    *same = row;
                else
                    fresh.append(row);
                continue;
            }
            if (!(rows.at(*it) == row)) {
                rows[*it] = row;
                changed(*it);
            }
        }
        if (fresh.isEmpty())
            return;
        const int first = int(rows.size());
        aboutToAdd(first, first + int(fresh.size()) - 1);
        for (const T &row : std::as_const(fresh)) {
            index.insert(key(row), int(rows.size()));
            rows.append(row);
        }
        added(first, int(rows.size()) - 1);
    }

    void mergeQueues(StatsStore *q, const QList<QueueFigures> &incoming)
    {
        merge(queues, queueIndex, incoming, [](const QueueFigures &f) { return f.queueId; },
              [q](int row) { emit q->queueChanged(row); },
              [q](int a, int b) { emit q->queuesAboutToBeAdded(a, b); },
              [q](int a, int b) { emit q->queuesAdded(a, b); });
    }

    void mergeAgents(StatsStore *q, const QList<AgentFigures> &incoming)
    {
        merge(agents, agentIndex, incoming, [](const AgentFigures &f) { return f.userId; },
              [q](int row) { emit q->agentChanged(row); },
              [q](int a, int b) { emit q->agentsAboutToBeAdded(a, b); },
              [q](int a, int b) { emit q->agentsAdded(a, b); });
    }

    void putBoard(const Wallboard &board)
    {
        auto it = std::find_if(boards.begin(), boards.end(), [&](const Wallboard &b) { return b.id == board.id; });
        if (it != boards.end())
            *it = board;
        else
            boards << board;
        sortByName(boards);
    }

    void putRule(const AlertRule &rule)
    {
        auto it = std::find_if(rules.begin(), rules.end(), [&](const AlertRule &r) { return r.id == rule.id; });
        if (it != rules.end())
            *it = rule;
        else
            rules << rule;
        sortByName(rules);
    }
};

StatsStore::StatsStore(Connection &connection, EventStream &events, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(connection))
{
    qRegisterMetaType<session::Alert>();
    qRegisterMetaType<session::MetricKind>();
    d->stats = v1::StatsService::NewStub(connection.channel());
    connect(&events, &EventStream::eventsReceived, this, &StatsStore::applyEvents);
    connect(&events, &EventStream::snapshotRequired, this, [this] {
        // Missed events: the figures, and what may have changed meanwhile elsewhere.
        if (d->wanted)
            load();
        if (d->boardsWanted)
            loadWallboards();
        if (d->rulesWanted)
            loadAlertRules();
    });
}

StatsStore::~StatsStore() = default;

void StatsStore::applyEvents(const EventBatchPtr &batch)
{
    if (!batch)
        return;
    // Deltas carry each queue's whole figures: the batch's last one of a queue wins.
    QList<QueueFigures> queues;
    QList<AgentFigures> agents;
    QList<Alert> alerts;
    for (const v1::Event &event : batch->events()) {
        switch (event.payload_case()) {
        case v1::Event::kQueueMetricsChanged:
            for (const v1::QueueMetrics &m : event.queue_metrics_changed().queues())
                queues << queueOf(m);
            break;
        case v1::Event::kAgentMetricsChanged:
            for (const v1::AgentMetrics &m : event.agent_metrics_changed().agents())
                agents << agentOf(m);
            break;
        case v1::Event::kAlertRaised: {
            const v1::AlertRaised &raised = event.alert_raised();
            Alert alert;
            alert.rule = ruleOf(raised.rule());
            alert.value = raised.value();
            alert.cleared = raised.cleared();
            alert.at = convert::dateTime(raised.at());
            alert.queueId = str(raised.queue_id());
            alert.queueName = str(raised.queue_name());
            if (alert.queueName.isEmpty())
                alert.queueName = queueName(alert.queueId);
            alerts << alert;
            break;
        }
        default:
            break;
        }
    }
    if (!queues.isEmpty())
        d->mergeQueues(this, queues);
    if (!agents.isEmpty())
        d->mergeAgents(this, agents);
    for (const Alert &alert : std::as_const(alerts)) {
        auto same = [&](const Alert &a) { return a.rule.id == alert.rule.id && a.queueId == alert.queueId; };
        d->active.removeIf(same);
        if (!alert.cleared)
            d->active << alert;
        emit this->alert(alert);
        emit activeAlertsChanged();
    }
}

void StatsStore::load()
{
    d->wanted = true;
    rpc::unary(d->connection, this, d->stats->async(), &StatsStub::async::GetRealtimeSnapshot,
        v1::GetRealtimeSnapshotRequest(),
        [this](const grpc::Status &status, v1::RealtimeSnapshot &snapshot) {
            if (!status.ok()) {
                emit loadFailed(describeStatus(status));
                return;
            }
            QList<QueueFigures> queues;
            for (const v1::QueueMetrics &m : snapshot.queues())
                queues << queueOf(m);
            QList<AgentFigures> agents;
            for (const v1::AgentMetrics &m : snapshot.agents())
                agents << agentOf(m);
            d->snapshotAt = convert::dateTime(snapshot.at());
            d->loaded = true;
            d->mergeQueues(this, queues);
            d->mergeAgents(this, agents);
            emit loaded();
        },
        d->options());
}

bool StatsStore::isLoaded() const { return d->loaded; }
QDateTime StatsStore::snapshotAt() const { return d->snapshotAt; }
int StatsStore::queueCount() const { return int(d->queues.size()); }
const QueueFigures &StatsStore::queueAt(int row) const { return d->queues.at(row); }
int StatsStore::indexOfQueue(const QString &queueId) const { return d->queueIndex.value(queueId, -1); }
int StatsStore::agentCount() const { return int(d->agents.size()); }
const AgentFigures &StatsStore::agentAt(int row) const { return d->agents.at(row); }
int StatsStore::indexOfAgent(const QString &userId) const { return d->agentIndex.value(userId, -1); }

QString StatsStore::queueName(const QString &queueId) const
{
    const int row = indexOfQueue(queueId);
    if (row < 0 || d->queues.at(row).queueName.isEmpty())
        return queueId;
    return d->queues.at(row).queueName;
}

// --- wallboards ------------------------------------------------------------------------

void StatsStore::loadWallboards()
{
    d->boardsWanted = true;
    rpc::unary(d->connection, this, d->stats->async(), &StatsStub::async::ListWallboards, v1::ListWallboardsRequest(),
        [this](const grpc::Status &status, v1::ListWallboardsResponse &response) {
            if (!status.ok()) {
                emit wallboardsLoadFailed(describeStatus(status));
                return;
            }
            d->boards.clear();
            for (const v1::Wallboard &b : response.wallboards())
                d->boards << boardOf(b);
            sortByName(d->boards);
            d->boardsLoaded = true;
            emit wallboardsChanged();
        },
        d->options());
}

bool StatsStore::areWallboardsLoaded() const { return d->boardsLoaded; }
QList<Wallboard> StatsStore::wallboards() const { return d->boards; }

Wallboard StatsStore::wallboard(const QString &id) const
{
    for (const Wallboard &board : d->boards)
        if (board.id == id)
            return board;
    return {};
}

void StatsStore::saveWallboard(const Wallboard &board, WallboardCallback done)
{
    v1::SaveWallboardRequest request;
    *request.mutable_wallboard() = protoOf(board);
    rpc::unary(d->connection, this, d->stats->async(), &StatsStub::async::SaveWallboard, std::move(request),
        [this, done = std::move(done)](const grpc::Status &status, v1::Wallboard &response) {
            if (!status.ok()) {
                QString error = describeStatus(status);
                if (status.error_code() == grpc::StatusCode::ABORTED) {
                    error = tr("Someone else changed this board since you opened it, so your change was not saved. "
                               "The boards have been reloaded: make your change again. (%1)").arg(error);
                    loadWallboards();
                }
                if (done)
                    done(false, {}, error);
                return;
            }
            const Wallboard saved = boardOf(response);
            d->putBoard(saved);
            if (done)
                done(true, saved, {});
            emit wallboardsChanged();
        },
        d->options());
}

void StatsStore::deleteWallboard(const Wallboard &board, DoneCallback done)
{
    v1::DeleteWallboardRequest request;
    request.set_id(board.id.toStdString());
    request.set_version(board.version);
    const QString id = board.id;
    rpc::unary(d->connection, this, d->stats->async(), &StatsStub::async::DeleteWallboard, std::move(request),
        [this, id, done = std::move(done)](const grpc::Status &status, v1::DeleteWallboardResponse &) {
            if (!status.ok()) {
                QString error = describeStatus(status);
                if (status.error_code() == grpc::StatusCode::ABORTED) {
                    error = tr("Someone else changed this board since you opened it, so it was not deleted. "
                               "The boards have been reloaded. (%1)").arg(error);
                    loadWallboards();
                }
                if (done)
                    done(false, error);
                return;
            }
            d->boards.removeIf([&](const Wallboard &b) { return b.id == id; });
            if (done)
                done(true, {});
            emit wallboardsChanged();
        },
        d->options());
}

// --- alert rules -----------------------------------------------------------------------

void StatsStore::loadAlertRules()
{
    d->rulesWanted = true;
    rpc::unary(d->connection, this, d->stats->async(), &StatsStub::async::ListAlertRules, v1::ListAlertRulesRequest(),
        [this](const grpc::Status &status, v1::ListAlertRulesResponse &response) {
            if (!status.ok()) {
                emit alertRulesLoadFailed(describeStatus(status));
                return;
            }
            d->rules.clear();
            for (const v1::AlertRule &r : response.rules())
                d->rules << ruleOf(r);
            sortByName(d->rules);
            d->rulesLoaded = true;
            emit alertRulesChanged();
        },
        d->options());
}

bool StatsStore::areAlertRulesLoaded() const { return d->rulesLoaded; }
QList<AlertRule> StatsStore::alertRules() const { return d->rules; }

void StatsStore::saveAlertRule(const AlertRule &rule, AlertRuleCallback done)
{
    v1::SaveAlertRuleRequest request;
    *request.mutable_rule() = protoOf(rule);
    rpc::unary(d->connection, this, d->stats->async(), &StatsStub::async::SaveAlertRule, std::move(request),
        [this, done = std::move(done)](const grpc::Status &status, v1::AlertRule &response) {
            if (!status.ok()) {
                QString error = describeStatus(status);
                if (status.error_code() == grpc::StatusCode::ABORTED) {
                    error = tr("Someone else changed this alert rule since you opened it, so your change was not "
                               "saved. The rules have been reloaded: make your change again. (%1)").arg(error);
                    loadAlertRules();
                }
                if (done)
                    done(false, {}, error);
                return;
            }
            const AlertRule saved = ruleOf(response);
            d->putRule(saved);
            if (done)
                done(true, saved, {});
            emit alertRulesChanged();
        },
        d->options());
}

void StatsStore::deleteAlertRule(const AlertRule &rule, DoneCallback done)
{
    v1::DeleteAlertRuleRequest request;
    request.set_id(rule.id.toStdString());
    request.set_version(rule.version);
    const QString id = rule.id;
    rpc::unary(d->connection, this, d->stats->async(), &StatsStub::async::DeleteAlertRule, std::move(request),
        [this, id, done = std::move(done)](const grpc::Status &status, v1::DeleteAlertRuleResponse &) {
            if (!status.ok()) {
                QString error = describeStatus(status);
                if (status.error_code() == grpc::StatusCode::ABORTED) {
                    error = tr("Someone else changed this alert rule since you opened it, so it was not deleted. "
                               "The rules have been reloaded. (%1)").arg(error);
                    loadAlertRules();
                }
                if (done)
                    done(false, error);
                return;
            }
            d->rules.removeIf([&](const AlertRule &r) { return r.id == id; });
            if (d->active.removeIf([&](const Alert &a) { return a.rule.id == id; }) > 0)
                emit activeAlertsChanged();
            if (done)
                done(true, {});
            emit alertRulesChanged();
        },
        d->options());
}

QList<Alert> StatsStore::activeAlerts() const { return d->active; }

} // namespace session
