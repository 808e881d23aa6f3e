#pragma once
// session::DirectoryAdmin: the admin's side of the directory (issue 7). Keeps the
// directory's entities (skills, queues, teams, reason and wrap-up codes, canned responses,
// and the agents: identity's users with their roles joined with the directory's
// AgentProfile) loaded, and current from the directory_changed and user_changed events;
// creates, updates and deletes them with their versions; BulkAssignSkill; CSV import and
// export. Plain Qt types only (no grpc or protobuf here).
//
//   session::DirectoryAdmin admin(session);
//   connect(&admin, &DirectoryAdmin::queuesChanged, view, ...);   // admin.queues()
//   admin.load();
//   admin.saveQueue(queue, [](const session::AdminResult &r) {
//       if (r.conflict()) ...            // ABORTED: someone else changed it -> reload
//       else if (!r.field.isEmpty()) ... // the server named the field: show it there
//   });
//
// A failure carries the server's sentence, its gRPC status code, and the field the
// server named ("offer_timeout_seconds: must be between 5 and 600" -> field
// "offer_timeout_seconds", message "must be between 5 and 600"). A save or delete
// that succeeded is reflected at once (the answer is merged), and again by the event.
//
// SelfProfile (below) is the agent's own side: their skills and capacities, kept
// current from the same events, for the agent desk.

#include "session_agent_types.h"
#include "session_stats_store.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace session {

class Session;

struct AdminResult {
    bool ok = false;
    int statusCode = 0;     // grpc::StatusCode: 0 OK, 3 INVALID_ARGUMENT, 6 ALREADY_EXISTS,
                            // 9 FAILED_PRECONDITION (in use), 10 ABORTED (stale version)...
    QString error;          // the server's sentence, whole
    QString field;          // the field the server named ("offer_timeout_seconds"), or empty
    QString fieldMessage;   // what it said about that field ("must be between 5 and 600")
    QString id;             // the entity's id after a successful create or update
    qint64 version = 0;     // and its new version

    bool conflict() const { return statusCode == 10; }   // ABORTED
    bool inUse() const { return statusCode == 9; }       // FAILED_PRECONDITION
    bool denied() const { return statusCode == 7; }      // PERMISSION_DENIED
};
using AdminCallback = std::function<void(const AdminResult &)>;

struct AdminSkill {
    QString id;
    QString name;
    QString description;
    qint64 version = 0;
};

enum class RoutingStrategy { LongestIdle, MostSkilled, RoundRobin, FewestActive };
// ServiceLevelVariant: session_stats_store.h's (directory.proto's numbers).

struct SkillRequirement {
    QString skillId;
    int minProficiency = 1;     // 1..10
    friend bool operator==(const SkillRequirement &, const SkillRequirement &) = default;
};
struct SkillRelaxation {
    int afterSeconds = 60;
    QString skillId;
    int minProficiency = 0;     // the new minimum; 0 drops the requirement
    friend bool operator==(const SkillRelaxation &, const SkillRelaxation &) = default;
};
struct WeeklyHours {
    int dayOfWeek = 1;          // 1 Monday .. 7 Sunday
    int openMinute = 9 * 60;    // minutes after local midnight
    int closeMinute = 17 * 60;
    friend bool operator==(const WeeklyHours &, const WeeklyHours &) = default;
};
struct Holiday {
    QString date;               // YYYY-MM-DD
    QString name;
    friend bool operator==(const Holiday &, const Holiday &) = default;
};

struct AdminQueue {
    QString id;
    QString name;
    QList<Channel> channels;
    QList<SkillRequirement> requiredSkills;
    QList<SkillRelaxation> relaxations;
    int priority = 0;                       // 0..100, higher first
    int offerTimeoutSeconds = 20;           // 5..600
    int wrapUpSeconds = 30;                 // 0..3600
    int serviceLevelThresholdSeconds = 20;  // 1..3600
    int shortAbandonSeconds = 5;            // 0..60
    double serviceLevelTarget = 0.8;        // 0..1
    int maxMissedOffers = 3;                // 1..10
    RoutingStrategy strategy = RoutingStrategy::LongestIdle;
    ServiceLevelVariant serviceLevelVariant = ServiceLevelVariant::ExcludingShortAbandons;
    QString timeZone;                       // IANA; empty = always open
    QList<WeeklyHours> weekly;
    QList<Holiday> holidays;
    QString closedMessage;
    QStringList wrapUpCodeIds;
    qint64 version = 0;
};

struct AgentSkill {
    QString skillId;
    int proficiency = 5;        // 1..10
    friend bool operator==(const AgentSkill &, const AgentSkill &) = default;
};
struct ChannelCapacity {
    Channel channel = Channel::Chat;
    int capacity = 1;           // 0..20
    friend bool operator==(const ChannelCapacity &, const ChannelCapacity &) = default;
};

// An agent: identity's user (roles) and the directory's routing profile.
struct AdminAgent {
    QString userId;
    QString username;
    QString displayName;
    bool isAgent = false, isSupervisor = false, isAdmin = false, disabled = false;
    QList<AgentSkill> skills;
    QList<ChannelCapacity> capacities;      // missing channels use the defaults
    bool voiceBlocksOtherChannels = false;
    QString teamId;
    qint64 profileVersion = 0;              // 0: never configured
    qint64 userVersion = 0;
};

struct AdminTeam {
    QString id;
    QString name;
    QStringList supervisorUserIds;
    qint64 version = 0;
};
struct AdminReasonCode {
    QString id;
    QString label;
    bool paid = false;
    qint64 version = 0;
};
struct AdminWrapUpCode {
    QString id;
    QString label;
    qint64 version = 0;
};
struct AdminCannedResponse {
    QString id;
    QString title;
    QString text;
    QString shortcut;
    QList<Channel> channels;
    qint64 version = 0;
};

enum class CsvKind { Agents, Skills };
struct CsvRowError {
    int line = 0;
    QString field;
    QString message;
};
struct CsvImportResult {
    AdminResult result;                 // the call's outcome
    int accepted = 0;
    QList<CsvRowError> rejected;
};

class DirectoryAdmin : public QObject {
    Q_OBJECT
public:
    explicit DirectoryAdmin(Session &session, QObject *parent = nullptr);
    ~DirectoryAdmin() override;

    // Loads everything; the *Changed signals follow, then loaded(). Events are followed
    // from construction, once load() was asked.
    void load();
    bool isLoaded() const;
    QString loadError() const;

    const QList<AdminSkill> &skills() const;
    const QList<AdminQueue> &queues() const;
    const QList<AdminAgent> &agents() const;
    const QList<AdminTeam> &teams() const;
    const QList<AdminReasonCode> &reasonCodes() const;
    const QList<AdminWrapUpCode> &wrapUpCodes() const;
    const QList<AdminCannedResponse> &cannedResponses() const;
    QString skillName(const QString &id) const;     // the id when unknown
    QString teamName(const QString &id) const;
    int indexOfQueue(const QString &id) const;
    int indexOfAgent(const QString &userId) const;

    // Create when id is empty (or unknown with version 0), else update at its version.
    void saveSkill(const AdminSkill &skill, AdminCallback done);
    void deleteSkill(const QString &id, qint64 version, AdminCallback done);
    void saveQueue(const AdminQueue &queue, AdminCallback done);
    void deleteQueue(const QString &id, qint64 version, AdminCallback done);
    // Only the profile: skills, capacities, team (UpsertAgentProfile at profileVersion).
    void saveAgentProfile(const AdminAgent &agent, AdminCallback done);
    // Identity's users (admin only). Roles: at least one of agent, supervisor, admin. A
    // refusal names the field it is about: "username" (also ALREADY_EXISTS),
    // "display_name", "roles" or "password". The new or changed user is merged into
    // agents() at once (when an agent), as the user_changed event does again later.
    struct UserRoles {
        bool agent = false, supervisor = false, admin = false;
    };
    void createUser(const QString &username, const QString &displayName, UserRoles roles, const QString &password,
                    AdminCallback done);
    // At `version` (AdminAgent::userVersion): ABORTED when someone else changed the user.
    void updateUser(const QString &userId, const QString &displayName, UserRoles roles, bool disabled, qint64 version,
                    AdminCallback done);
    void setPassword(const QString &userId, const QString &password, AdminCallback done);
    void bulkAssignSkill(const QStringList &userIds, const AgentSkill &skill, bool remove, AdminCallback done);
    void saveTeam(const AdminTeam &team, AdminCallback done);
    void deleteTeam(const QString &id, qint64 version, AdminCallback done);
    void saveReasonCode(const AdminReasonCode &code, AdminCallback done);
    void deleteReasonCode(const QString &id, qint64 version, AdminCallback done);
    void saveWrapUpCode(const AdminWrapUpCode &code, AdminCallback done);
    void deleteWrapUpCode(const QString &id, qint64 version, AdminCallback done);
    void saveCannedResponse(const AdminCannedResponse &response, AdminCallback done);
    void deleteCannedResponse(const QString &id, qint64 version, AdminCallback done);

    // Reads one queue again (GetQueue): after a conflict, the stored version.
    void reloadQueue(const QString &id, std::function<void(const AdminQueue &, const AdminResult &)> done);

    void importCsv(CsvKind kind, const QString &csv, bool dryRun, std::function<void(const CsvImportResult &)> done);
    void exportCsv(CsvKind kind, std::function<void(const QString &csv, const AdminResult &)> done);

    static QString channelName(Channel channel);    // translated: "Chat", "Voice"...

signals:
    void skillsChanged();
    void queuesChanged();
    void agentsChanged();
    void teamsChanged();
    void codesChanged();            // reason and wrap-up codes
    void cannedResponsesChanged();
    void loaded();
    void loadFailed(const QString &error);

private:
    void listSkills(const std::function<void(bool)> &done);
    void listQueues(const std::function<void(bool)> &done);
    void listTeams(const std::function<void(bool)> &done);
    void listCodes(const std::function<void(bool)> &done);
    void listCanned(const std::function<void(bool)> &done);
    void listAgents(const std::function<void(bool)> &done);

    struct Private;
    const std::unique_ptr<Private> d;
};

// The signed-in user's own routing profile (GetAgentProfile for themselves, and the skill
// names), reloaded when the directory announces a change of their profile or of a skill.
class SelfProfile : public QObject {
    Q_OBJECT
public:
    explicit SelfProfile(Session &session, QObject *parent = nullptr);
    ~SelfProfile() override;

    void load();
    bool isLoaded() const;
    QList<AgentSkill> skills() const;
    QList<ChannelCapacity> capacities() const;
    qint64 version() const;
    // "English (7), Technical support (5)", by name.
    QString skillsText() const;
    // "Chat 3, E-mail 2", the configured capacities; empty when only defaults.
    QString capacitiesText() const;

signals:
    void changed();

private:
    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace session

Q_DECLARE_METATYPE(session::AdminResult)
