#include "simulator_scenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace simulator {

namespace {
const char *const kChannelNames[5] = {nullptr, "voice", "chat", "email", "sms"};

int channelFromName(const QString &name)
{
    for (int c = 1; c < 5; ++c)
        if (name == QLatin1String(kChannelNames[c]))
            return c;
    return 0;
}

// "virtual_queues": {"<queue id>": {...}, ...}. Empty error string when valid.
QString parseVirtualQueue(const QString &id, const QJsonObject &object, Scenario::VirtualQueue *queue)
{
    const QString where = "virtual_queues." + id + ": ";
    queue->queueId = id;
    if (object.contains("channels")) {
        queue->channels.clear();
        for (const QJsonValue &value : object.value("channels").toArray()) {
            const int channel = channelFromName(value.toString());
            if (channel == 0)
                return where + "unknown channel '" + value.toString() + "' (voice, chat, email, sms)";
            queue->channels.push_back(channel);
        }
        if (queue->channels.empty())
            return where + "channels must name at least one channel";
    }
    for (const QJsonValue &value : object.value("required_skills").toArray()) {
        const QJsonObject r = value.toObject();
        Scenario::VirtualQueue::Requirement requirement;
        requirement.skillId = r.value("skill_id").toString();
        requirement.minProficiency = r.value("min").toInt(1);
        if (requirement.skillId.isEmpty())
            return where + "a required skill has no skill_id";
        if (requirement.minProficiency < 1 || requirement.minProficiency > 10)
            return where + "required_skills: min must be 1 to 10";
        queue->required.push_back(requirement);
    }
    for (const QJsonValue &value : object.value("relaxations").toArray()) {
        const QJsonObject r = value.toObject();
        Scenario::VirtualQueue::Relaxation relaxation;
        relaxation.afterSeconds = r.value("after_seconds").toDouble(-1);
        relaxation.skillId = r.value("skill_id").toString();
        relaxation.minProficiency = r.value("min").toInt(0);
        if (relaxation.afterSeconds < 0)
            return where + "relaxations: after_seconds must be a number >= 0";
        if (relaxation.skillId.isEmpty())
            return where + "a relaxation has no skill_id";
        if (relaxation.minProficiency < 0 || relaxation.minProficiency > 10)
            return where + "relaxations: min must be 0 (drop the skill) to 10";
        queue->relaxations.push_back(relaxation);
    }
    queue->priority = object.value("priority").toInt(queue->priority);
    queue->wrapUpSeconds = object.value("wrap_up_seconds").toDouble(queue->wrapUpSeconds);
    queue->offerTimeoutSeconds = object.value("offer_timeout_seconds").toDouble(queue->offerTimeoutSeconds);
    queue->strategy = object.value("strategy").toString(queue->strategy);
    queue->thresholdSeconds = object.value("threshold_seconds").toDouble(queue->thresholdSeconds);
    if (queue->wrapUpSeconds < 0)
        return where + "wrap_up_seconds must not be negative";
    if (queue->offerTimeoutSeconds <= 0)
        return where + "offer_timeout_seconds must be positive";
    if (queue->thresholdSeconds < 0)
        return where + "threshold_seconds must not be negative";
    static const QStringList strategies = {"longest_idle", "most_skilled", "round_robin", "fewest_active"};
    if (!strategies.contains(queue->strategy))
        return where + "unknown strategy '" + queue->strategy + "' (" + strategies.join(", ") + ")";
    return {};
}

} // namespace

std::optional<Scenario::VirtualQueue> Scenario::demoQueue(const QString &queueId)
{
    // Mirrors the directory's seedDemo: one skill at 3 or better, relaxed to 1 after 60 s;
    // 30 s of wrap-up; the directory's defaults for the rest (offer timeout 20 s,
    // threshold 20 s, longest idle).
    struct Demo {
        const char *queue, *skill;
        std::vector<int> channels;
        int priority;
    };
    static const Demo demos[] = {
        {"queue-support", "skill-tech", {2, 3, 1}, 10},
        {"queue-billing", "skill-billing", {1, 3, 4}, 20},
        {"queue-sales", "skill-english", {2, 1, 4}, 30},
    };
    for (const Demo &demo : demos) {
        if (queueId != QLatin1String(demo.queue))
            continue;
        VirtualQueue q;
        q.queueId = queueId;
        q.channels = demo.channels;
        q.required = {{QString::fromLatin1(demo.skill), 3}};
        q.relaxations = {{60, QString::fromLatin1(demo.skill), 1}};
        q.priority = demo.priority;
        q.wrapUpSeconds = 30;
        return q;
    }
    return std::nullopt;
}

std::optional<Scenario> Scenario::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QString("cannot read the scenario %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

std::optional<Scenario> Scenario::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = QString("scenario: not a JSON object (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    Scenario s;
    auto fail = [&](const QString &message) {
        *error = "scenario: " + message;
        return std::nullopt;
    };
    s.seed = quint64(root.value("seed").toInteger(1));
    s.durationSeconds = root.value("duration_seconds").toDouble(s.durationSeconds);
    s.drainSeconds = root.value("drain_seconds").toDouble(s.drainSeconds);
    if (s.durationSeconds <= 0)
        return fail("duration_seconds must be positive");
    if (s.drainSeconds < 0)
        return fail("drain_seconds must not be negative");

    const QJsonObject bots = root.value("bots").toObject();
    s.bots.count = bots.value("count").toInt(s.bots.count);
    s.bots.prefix = bots.value("prefix").toString(s.bots.prefix);
    const QJsonArray acceptDelay = bots.value("accept_delay_ms").toArray();
    if (acceptDelay.size() == 2) {
        s.bots.acceptDelayMinMs = acceptDelay[0].toInt();
        s.bots.acceptDelayMaxMs = acceptDelay[1].toInt();
    }
    const QJsonArray wrapUp = bots.value("wrap_up_ms").toArray();
    if (wrapUp.size() == 2) {
        s.bots.wrapUpMinMs = wrapUp[0].toInt();
        s.bots.wrapUpMaxMs = wrapUp[1].toInt();
    }
    s.bots.handleSecondsMean = bots.value("handle_seconds_mean").toDouble(s.bots.handleSecondsMean);
    s.bots.breakProbability = bots.value("break_probability").toDouble(s.bots.breakProbability);
    s.bots.breakSeconds = bots.value("break_seconds").toDouble(s.bots.breakSeconds);
    if (s.bots.count < 0 || s.bots.count > 5000)
        return fail("bots.count must be 0 to 5000");
    if (s.bots.acceptDelayMinMs < 0 || s.bots.acceptDelayMaxMs < s.bots.acceptDelayMinMs)
        return fail("bots.accept_delay_ms must be [min, max] with 0 <= min <= max");
    if (s.bots.wrapUpMinMs < 0 || s.bots.wrapUpMaxMs < s.bots.wrapUpMinMs)
        return fail("bots.wrap_up_ms must be [min, max] with 0 <= min <= max");
    if (s.bots.handleSecondsMean <= 0)
        return fail("bots.handle_seconds_mean must be positive");
    if (s.bots.breakProbability < 0 || s.bots.breakProbability > 1)
        return fail("bots.break_probability must be 0 to 1");
    for (const QJsonValue &value : bots.value("skills").toArray()) {
        const QJsonObject grant = value.toObject();
        SkillGrant g;
        g.skillId = grant.value("skill_id").toString();
        g.minProficiency = grant.value("min").toInt(1);
        g.maxProficiency = grant.value("max").toInt(10);
        g.probability = grant.value("probability").toDouble(1.0);
        if (g.skillId.isEmpty())
            return fail("bots.skills: a grant has no skill_id");
        if (g.minProficiency < 1 || g.maxProficiency > 10 || g.minProficiency > g.maxProficiency)
            return fail("bots.skills: min and max must satisfy 1 <= min <= max <= 10");
        s.bots.skills.push_back(g);
    }

    for (const QJsonValue &value : root.value("queues").toArray()) {
        const QJsonObject queue = value.toObject();
        Arrivals a;
        a.queueId = queue.value("queue_id").toString();
        if (a.queueId.isEmpty())
            return fail("queues: an entry has no queue_id");
        const QJsonObject rates = queue.value("arrivals_per_minute").toObject();
        for (auto it = rates.begin(); it != rates.end(); ++it) {
            const int channel = channelFromName(it.key());
            if (channel == 0)
                return fail("queues." + a.queueId + ": unknown channel '" + it.key() + "' (voice, chat, email, sms)");
            if (it.value().toDouble(-1) < 0)
                return fail("queues." + a.queueId + ": arrival rates must be numbers >= 0");
            a.perMinute[channel] = it.value().toDouble();
        }
        a.patienceSecondsMean = queue.value("patience_seconds_mean").toDouble(a.patienceSecondsMean);
        if (a.patienceSecondsMean < 0)
            return fail("queues." + a.queueId + ": patience_seconds_mean must not be negative");
        s.queues.push_back(a);
    }
    if (s.queues.empty())
        return fail("queues: at least one queue with arrivals is needed");
    if (root.contains("virtual_queues") && !root.value("virtual_queues").isObject())
        return fail("virtual_queues must be an object keyed by queue id");
    const QJsonObject virtualQueues = root.value("virtual_queues").toObject();
    for (auto it = virtualQueues.begin(); it != virtualQueues.end(); ++it) {
        if (!it.value().isObject())
            return fail("virtual_queues." + it.key() + " must be an object");
        VirtualQueue queue;
        if (const QString problem = parseVirtualQueue(it.key(), it.value().toObject(), &queue); !problem.isEmpty())
            return fail(problem);
        s.virtualQueues.push_back(queue);
    }
    for (const QJsonValue &line : root.value("chat_lines").toArray())
        s.chatLines << line.toString();
    if (s.chatLines.isEmpty())
        s.chatLines << QStringLiteral("Hello, I need some help with my order.");
    return s;
}

} // namespace simulator
