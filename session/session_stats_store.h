#pragma once
// session::StatsStore: the supervisor's live figures from the stats service, and the
// supervisor's wallboards and the center's alert rules.
//
// Figures: GetRealtimeSnapshot when load() is called and again after every welcome of
// the event stream that is not a resume (snapshotRequired); in between, the coalesced
// queue_metrics_changed / agent_metrics_changed events (topic role:supervisor) are merged
// in place: each carries a queue's (or agent's) whole current figures, so a known queue's
// row is replaced and signalled with queueChanged(row), a queue seen for the first time is
// appended (queuesAboutToBeAdded / queuesAdded), and nothing is ever reset.
//
// Wallboards are the caller's own (owner = the signed-in supervisor) with optimistic
// versions: saving a stale version is refused (ABORTED); the store then says that someone
// else changed the board and reloads the list. Alert rules are shared by the center's
// supervisors, versioned the same way. alert_raised events are signalled with alert().
//
// No grpc or protobuf type appears here: widgets and models include this header.

#include "session_event_stream.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace session {

class Connection;

// stats.proto's MetricKind, same numbers.
enum class MetricKind {
    Unspecified = 0,
    Waiting = 1,
    LongestWait = 2,
    Offered = 3,
    Answered = 4,
    Abandoned = 5,
    AbandonRate = 6,
    Asa = 7,
    Aht = 8,
    ServiceLevel = 9,
    Occupancy = 10,
    AgentsAvailable = 11,
};
constexpr int MetricKindCount = 12;     // including Unspecified

// How a metric's value reads: a count, seconds, or a fraction (0..1) shown as a percentage.
enum class MetricUnit { Count, Seconds, Fraction };
MetricUnit unitOf(MetricKind metric);

// directory.proto's ServiceLevelVariant, same numbers (Unspecified = excluding short abandons).
enum class ServiceLevelVariant {
    Unspecified = 0,
    AnsweredOfAnswered = 1,     // Asterisk SL
    WithAbandons = 2,           // Asterisk SL2
    RemovedWithin = 3,          // Amazon Connect
    ExcludingShortAbandons = 4, // Genesys-style
};

struct AgentStateCounts {
    int available = 0;
    int busy = 0;
    int wrapUp = 0;
    int notReady = 0;
    int offline = 0;
    QHash<QString, int> notReadyByReason;   // reason code id -> agents
    bool operator==(const AgentStateCounts &) const = default;
};

// One queue's figures since the start of the day (interval_start), as the server computed
// them; longest wait also ticks locally from oldestEnqueuedAt (see value()).
struct QueueFigures {
    QString queueId;
    QString queueName;
    int waiting = 0;
    double longestWaitSeconds = 0;
    QDateTime oldestEnqueuedAt;         // UTC; invalid when nothing waits
    int offered = 0;
    int answered = 0;
    int abandoned = 0;
    int shortAbandoned = 0;
    double abandonRate = 0;             // fraction
    double asaSeconds = 0;
    double ahtSeconds = 0;
    double serviceLevel = 0;            // fraction
    ServiceLevelVariant serviceLevelVariant = ServiceLevelVariant::Unspecified;
    int serviceLevelThresholdSeconds = 0;
    double occupancy = 0;               // fraction
    AgentStateCounts agents;
    QDateTime intervalStart;            // start of "today" for the counters

    // The metric's value; LongestWait is computed at `now` from oldestEnqueuedAt when
    // `now` is valid (a view ticks it locally), else the server's figure.
    double value(MetricKind metric, const QDateTime &now = {}) const;
    // False when the metric's denominator is 0 (no answered call for ASA, ...): a view
    // shows "no data", not 0.
    bool hasData(MetricKind metric) const;
    bool operator==(const QueueFigures &) const = default;
};

struct AgentFigures {
    QString userId;
    int handled = 0;
    double ahtSeconds = 0;
    double occupancy = 0;               // fraction
    double availableSeconds = 0;
    double notReadySeconds = 0;
    bool operator==(const AgentFigures &) const = default;
};

// A tile's colours: at or beyond amber it is amber, at or beyond red it is red ("beyond"
// = above when higherIsWorse, below otherwise). In the metric's own unit (fractions for
// rates). A threshold with amber == red == 0 is "none": the tile stays neutral.
struct Threshold {
    double amber = 0;
    double red = 0;
    bool higherIsWorse = true;
    bool isSet() const { return amber != 0 || red != 0; }
    bool operator==(const Threshold &) const = default;
};

enum class ThresholdLevel { None, Green, Amber, Red };
ThresholdLevel levelOf(const Threshold &threshold, double value);

struct WallboardTile {
    QString queueId;
    MetricKind metric = MetricKind::Waiting;
    Threshold threshold;
    int row = 0;
    int column = 0;
    bool operator==(const WallboardTile &) const = default;
};

struct Wallboard {
    QString id;                 // empty: not saved yet
    QString ownerUserId;
    QString name;
    QList<WallboardTile> tiles;
    int rotateSeconds = 0;      // TV mode: how long this board shows; 0 = no rotation
    qint64 version = 0;
    bool operator==(const Wallboard &) const = default;
};

struct AlertRule {
    QString id;                 // empty: not saved yet
    QString queueId;            // empty: every queue
    MetricKind metric = MetricKind::LongestWait;
    double above = 0;           // in the metric's unit (fractions for rates)
    QString name;
    bool enabled = true;
    qint64 version = 0;
    bool operator==(const AlertRule &) const = default;
};

struct Alert {
    AlertRule rule;
    double value = 0;
    bool cleared = false;       // the metric fell back to or below the limit
    QDateTime at;
    QString queueId;
    QString queueName;
};

class StatsStore : public QObject {
    Q_OBJECT
public:
    // Events are applied from construction; the snapshot is taken by load().
    StatsStore(Connection &connection, EventStream &events, QObject *parent = nullptr);
    ~StatsStore() override;

    // --- live figures --------------------------------------------------------------
    // GetRealtimeSnapshot (every queue); loaded() or loadFailed() follows. Taken again,
    // merged in place, whenever the event stream asks for a snapshot.
    void load();
    bool isLoaded() const;
    QDateTime snapshotAt() const;           // the server's time of the last snapshot

    int queueCount() const;
    const QueueFigures &queueAt(int row) const;
    int indexOfQueue(const QString &queueId) const;     // -1 when unknown
    QString queueName(const QString &queueId) const;    // the id when unknown

    int agentCount() const;
    const AgentFigures &agentAt(int row) const;
    int indexOfAgent(const QString &userId) const;

    // Applies a batch of events as the stream delivers it (public for tests and tools).
    void applyEvents(const EventBatchPtr &batch);

    // --- wallboards (the signed-in supervisor's own) ---------------------------------
    using WallboardCallback = std::function<void(bool ok, const Wallboard &saved, const QString &error)>;
    using DoneCallback = std::function<void(bool ok, const QString &error)>;

    // ListWallboards; wallboardsChanged() or wallboardsLoadFailed() follows.
    void loadWallboards();
    bool areWallboardsLoaded() const;
    QList<Wallboard> wallboards() const;        // sorted by name
    Wallboard wallboard(const QString &id) const;
    // Creates (empty id) or updates (id and the version it was loaded at). On success the
    // list holds the saved board (new version) and wallboardsChanged() is emitted; on a
    // stale version the error says so and the list is reloaded.
    void saveWallboard(const Wallboard &board, WallboardCallback done = {});
    void deleteWallboard(const Wallboard &board, DoneCallback done = {});

    // --- alert rules (shared by the center's supervisors) ----------------------------
    using AlertRuleCallback = std::function<void(bool ok, const AlertRule &saved, const QString &error)>;
    void loadAlertRules();
    bool areAlertRulesLoaded() const;
    QList<AlertRule> alertRules() const;        // sorted by name
    void saveAlertRule(const AlertRule &rule, AlertRuleCallback done = {});
    void deleteAlertRule(const AlertRule &rule, DoneCallback done = {});

    // Alerts raised and not cleared yet (this session heard them), the newest last.
    QList<Alert> activeAlerts() const;

    // Display helpers shared by every view (translated).
    static QString metricName(MetricKind metric);
    static QString metricShortName(MetricKind metric);
    static QString variantName(ServiceLevelVariant variant);
    // "SL 20 s · answered ÷ (answered + abandoned − short abandons)"
    static QString serviceLevelFormula(ServiceLevelVariant variant, int thresholdSeconds);
    // A value in its unit: 12; 1:05 (m:ss, h:mm:ss from an hour); 83 %. "—" for no data.
    static QString formatValue(MetricKind metric, double value, bool hasData = true);

signals:
    void queuesAboutToBeAdded(int first, int last);
    void queuesAdded(int first, int last);
    void queueChanged(int row);
    void agentsAboutToBeAdded(int first, int last);
    void agentsAdded(int first, int last);
    void agentChanged(int row);
    void loaded();
    void loadFailed(const QString &error);

    void wallboardsChanged();
    void wallboardsLoadFailed(const QString &error);
    void alertRulesChanged();
    void alertRulesLoadFailed(const QString &error);
    // An alert_raised event: raised, or cleared (alert.cleared).
    void alert(const session::Alert &alert);
    void activeAlertsChanged();

private:
    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace session

Q_DECLARE_METATYPE(session::MetricKind)
Q_DECLARE_METATYPE(session::Alert)
