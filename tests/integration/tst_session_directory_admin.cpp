// session::DirectoryAdmin against the real server (issue 7): create, read, update and
// delete of skills, queues (with every routing parameter), teams, codes and canned
// responses through the session; validation refused with the field it concerns; a stale
// version refused as a conflict (ABORTED); deleting a skill in use refused with who uses
// it (FAILED_PRECONDITION); agents' profiles and BulkAssignSkill; CSV import with bad
// rows gives a per-row report, export gives what was imported; a second admin session
// sees the changes from the directory_changed events; an agent is refused. Users: created
// (a short password and a taken username refused by field), roles and display name
// updated at their version, a stale version refused (ABORTED), a password set.

#include "fixtures_server_process.h"
#include "fixtures_session.h"

#include "session_directory_admin.h"
#include "session_event_stream.h"
#include "session_session.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using session::AdminResult;

namespace {

constexpr int kWaitMs = 15000;

// Runs an admin call and waits for its outcome.
std::optional<AdminResult> run(const std::function<void(session::AdminCallback)> &call)
{
    std::optional<AdminResult> result;
    call([&](const AdminResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs))
        return std::nullopt;
    return result;
}

bool loadAndWait(session::DirectoryAdmin &admin)
{
    QSignalSpy loaded(&admin, &session::DirectoryAdmin::loaded);
    admin.load();
    return loaded.wait(kWaitMs);
}

template<typename T>
const T *byId(const QList<T> &list, const QString &id)
{
    for (const T &e : list)
        if (e.id == id)
            return &e;
    return nullptr;
}

} // namespace

class TestSessionDirectoryAdmin : public QObject {
    Q_OBJECT

    fixtures::ServerProcess m_server;
    QTemporaryDir m_state;
    std::unique_ptr<session::Session> m_adminSession;
    std::unique_ptr<session::DirectoryAdmin> m_admin;

    QString userIdOf(const QString &username) const
    {
        for (const auto &agent : m_admin->agents())
            if (agent.username == username)
                return agent.userId;
        return {};
    }
    const session::AdminAgent *agentNamed(const QString &username) const
    {
        const int i = m_admin->indexOfAgent(userIdOf(username));
        return i < 0 ? nullptr : &m_admin->agents().at(i);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({QStringLiteral("--seed-demo")}), qPrintable(m_server.errorString()));
        QVERIFY(m_state.isValid());
        // admin1 is no agent: no agent stores to wait for, only the event stream.
        m_adminSession = fixtures::signInSession(m_server, QStringLiteral("admin1"), m_state.filePath(QStringLiteral("admin")),
                                                 {}, false);
        QVERIFY(m_adminSession);
        QTRY_COMPARE_WITH_TIMEOUT(m_adminSession->events().state(), session::StreamState::Connected, kWaitMs);
        m_admin = std::make_unique<session::DirectoryAdmin>(*m_adminSession);
        QVERIFY2(loadAndWait(*m_admin), qPrintable(m_admin->loadError()));
        QVERIFY(byId(m_admin->skills(), QStringLiteral("skill-tech")));
        QCOMPARE(byId(m_admin->queues(), QStringLiteral("queue-support"))->name, QStringLiteral("Support"));
        // The agents are identity's users with the agent role, joined with their profiles.
        QVERIFY(agentNamed(QStringLiteral("agent1")));
        QVERIFY(agentNamed(QStringLiteral("agent1"))->isAgent);
        QVERIFY(!agentNamed(QStringLiteral("admin1")));     // admin and supervisor only
        QVERIFY(agentNamed(QStringLiteral("supervisor1"))->isSupervisor);
    }

    void skillsAreCreatedRenamedAndDeleted()
    {
        auto created = run([&](auto done) { m_admin->saveSkill({{}, QStringLiteral("Portuguese"), QStringLiteral("pt-BR"), 0}, done); });
        QVERIFY(created);
        QVERIFY2(created->ok, qPrintable(created->error));
        QCOMPARE(created->version, 1);
        const QString id = created->id;
        QCOMPARE(byId(m_admin->skills(), id)->name, QStringLiteral("Portuguese"));

        auto renamed = run([&](auto done) { m_admin->saveSkill({id, QStringLiteral("Portuguese (Brazil)"), {}, 1}, done); });
        QVERIFY(renamed && renamed->ok);
        QCOMPARE(renamed->version, 2);
        QCOMPARE(byId(m_admin->skills(), id)->name, QStringLiteral("Portuguese (Brazil)"));

        // No name: refused, the server names the field.
        auto empty = run([&](auto done) { m_admin->saveSkill({{}, QStringLiteral("  "), {}, 0}, done); });
        QVERIFY(empty && !empty->ok);
        QCOMPARE(empty->statusCode, 3);
        QVERIFY2(empty->field.startsWith(QStringLiteral("name")), qPrintable(empty->field));
        QVERIFY2(empty->fieldMessage.contains(QStringLiteral("required")), qPrintable(empty->error));
        // A name taken.
        auto taken = run([&](auto done) { m_admin->saveSkill({{}, QStringLiteral("English"), {}, 0}, done); });
        QVERIFY(taken && !taken->ok);
        QCOMPARE(taken->statusCode, 6);

        auto removed = run([&](auto done) { m_admin->deleteSkill(id, 2, done); });
        QVERIFY(removed && removed->ok);
        QVERIFY(!byId(m_admin->skills(), id));
    }

    void aStaleVersionIsAConflict()
    {
        auto created = run([&](auto done) { m_admin->saveSkill({{}, QStringLiteral("Conflicted"), {}, 0}, done); });
        QVERIFY(created && created->ok);
        auto first = run([&](auto done) { m_admin->saveSkill({created->id, QStringLiteral("Conflicted A"), {}, 1}, done); });
        QVERIFY(first && first->ok);
        // Someone who still holds version 1 saves over it: refused, nothing changed.
        auto second = run([&](auto done) { m_admin->saveSkill({created->id, QStringLiteral("Conflicted B"), {}, 1}, done); });
        QVERIFY(second && !second->ok);
        QVERIFY(second->conflict());
        QCOMPARE(second->statusCode, 10);
        QVERIFY2(second->error.contains(QStringLiteral("changed")) && second->error.contains(QStringLiteral("reload")),
                 qPrintable(second->error));
        QCOMPARE(byId(m_admin->skills(), created->id)->name, QStringLiteral("Conflicted A"));
        // And a delete at the stale version.
        auto deleted = run([&](auto done) { m_admin->deleteSkill(created->id, 1, done); });
        QVERIFY(deleted && deleted->conflict());
        QVERIFY(run([&](auto done) { m_admin->deleteSkill(created->id, 2, done); })->ok);
    }

    void aSkillInUseIsNotDeleted()
    {
        const auto *tech = byId(m_admin->skills(), QStringLiteral("skill-tech"));
        QVERIFY(tech);
        auto refused = run([&](auto done) { m_admin->deleteSkill(tech->id, tech->version, done); });
        QVERIFY(refused && !refused->ok);
        QVERIFY(refused->inUse());
        QVERIFY2(refused->error.contains(QStringLiteral("queue 'Support'")), qPrintable(refused->error));
        QVERIFY(byId(m_admin->skills(), QStringLiteral("skill-tech")));
    }

    void queuesCarryEveryRoutingParameter()
    {
        session::AdminQueue queue;
        queue.name = QStringLiteral("Returns");
        queue.channels = {session::Channel::Chat, session::Channel::Email};
        queue.requiredSkills = {{QStringLiteral("skill-english"), 4}, {QStringLiteral("skill-billing"), 2}};
        queue.relaxations = {{45, QStringLiteral("skill-english"), 2}};
        queue.priority = 40;
        queue.offerTimeoutSeconds = 25;
        queue.wrapUpSeconds = 90;
        queue.serviceLevelThresholdSeconds = 30;
        queue.shortAbandonSeconds = 8;
        queue.serviceLevelTarget = 0.9;
        queue.maxMissedOffers = 2;
        queue.strategy = session::RoutingStrategy::MostSkilled;
        queue.serviceLevelVariant = session::ServiceLevelVariant::WithAbandons;
        queue.timeZone = QStringLiteral("Europe/Berlin");
        queue.weekly = {{1, 8 * 60, 18 * 60}, {6, 10 * 60, 14 * 60}};
        queue.holidays = {{QStringLiteral("2026-12-25"), QStringLiteral("Christmas")}};
        queue.closedMessage = QStringLiteral("We are closed.");
        queue.wrapUpCodeIds = {QStringLiteral("wrap-resolved"), QStringLiteral("wrap-sale")};

        // Out of range: refused with the field.
        session::AdminQueue bad = queue;
        bad.offerTimeoutSeconds = 2;
        auto refused = run([&](auto done) { m_admin->saveQueue(bad, done); });
        QVERIFY(refused && !refused->ok);
        QVERIFY2(refused->field.startsWith(QStringLiteral("offer_timeout_seconds")), qPrintable(refused->field));
        QVERIFY2(refused->fieldMessage.contains(QStringLiteral("5")), qPrintable(refused->error));
        bad = queue;
        bad.channels.clear();
        refused = run([&](auto done) { m_admin->saveQueue(bad, done); });
        QVERIFY(refused && !refused->ok);
        QVERIFY2(refused->field.startsWith(QStringLiteral("channels")), qPrintable(refused->field));

        auto created = run([&](auto done) { m_admin->saveQueue(queue, done); });
        QVERIFY(created);
        QVERIFY2(created->ok, qPrintable(created->error));
        // Read back from the server (not the cache).
        std::optional<session::AdminQueue> stored;
        m_admin->reloadQueue(created->id, [&](const session::AdminQueue &q, const AdminResult &r) {
            QVERIFY(r.ok);
            stored = q;
        });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), kWaitMs);
        QCOMPARE(stored->channels, queue.channels);
        QCOMPARE(stored->requiredSkills, queue.requiredSkills);
        QCOMPARE(stored->relaxations, queue.relaxations);
        QCOMPARE(stored->priority, 40);
        QCOMPARE(stored->offerTimeoutSeconds, 25);
        QCOMPARE(stored->wrapUpSeconds, 90);
        QCOMPARE(stored->serviceLevelThresholdSeconds, 30);
        QCOMPARE(stored->shortAbandonSeconds, 8);
        QCOMPARE(stored->serviceLevelTarget, 0.9);
        QCOMPARE(stored->maxMissedOffers, 2);
        QCOMPARE(stored->strategy, session::RoutingStrategy::MostSkilled);
        QCOMPARE(stored->serviceLevelVariant, session::ServiceLevelVariant::WithAbandons);
        QCOMPARE(stored->timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(stored->weekly, queue.weekly);
        QCOMPARE(stored->holidays, queue.holidays);
        QCOMPARE(stored->closedMessage, QStringLiteral("We are closed."));
        QCOMPARE(stored->wrapUpCodeIds, queue.wrapUpCodeIds);

        session::AdminQueue changed = *stored;
        changed.priority = 41;
        auto updated = run([&](auto done) { m_admin->saveQueue(changed, done); });
        QVERIFY(updated && updated->ok);
        QCOMPARE(updated->version, 2);
        // The stale copy conflicts.
        auto stale = run([&](auto done) { m_admin->saveQueue(*stored, done); });
        QVERIFY(stale && stale->conflict());

        auto deleted = run([&](auto done) { m_admin->deleteQueue(created->id, 2, done); });
        QVERIFY2(deleted && deleted->ok, deleted ? qPrintable(deleted->error) : "no answer");
        QCOMPARE(m_admin->indexOfQueue(created->id), -1);
    }

    void teamsCodesAndCannedResponses()
    {
        auto team = run([&](auto done) { m_admin->saveTeam({{}, QStringLiteral("Team Green"), {}, 0}, done); });
        QVERIFY(team && team->ok);
        QCOMPARE(m_admin->teamName(team->id), QStringLiteral("Team Green"));
        auto reason = run([&](auto done) { m_admin->saveReasonCode({{}, QStringLiteral("Coaching"), true, 0}, done); });
        QVERIFY(reason && reason->ok);
        QVERIFY(byId(m_admin->reasonCodes(), reason->id)->paid);
        auto wrap = run([&](auto done) { m_admin->saveWrapUpCode({{}, QStringLiteral("Refund"), 0}, done); });
        QVERIFY(wrap && wrap->ok);
        auto canned = run([&](auto done) {
            m_admin->saveCannedResponse({{}, QStringLiteral("Bye"), QStringLiteral("Goodbye!"), QStringLiteral("/bye"),
                                         {session::Channel::Chat}, 0}, done);
        });
        QVERIFY(canned && canned->ok);
        QCOMPARE(byId(m_admin->cannedResponses(), canned->id)->channels, QList<session::Channel>{session::Channel::Chat});
        auto noText = run([&](auto done) { m_admin->saveCannedResponse({{}, QStringLiteral("Empty"), {}, {}, {}, 0}, done); });
        QVERIFY(noText && !noText->ok);
        QVERIFY2(noText->field.startsWith(QStringLiteral("text")), qPrintable(noText->field));
        QVERIFY(run([&](auto done) { m_admin->deleteTeam(team->id, 1, done); })->ok);
        QVERIFY(run([&](auto done) { m_admin->deleteReasonCode(reason->id, 1, done); })->ok);
        QVERIFY(run([&](auto done) { m_admin->deleteWrapUpCode(wrap->id, 1, done); })->ok);
        QVERIFY(run([&](auto done) { m_admin->deleteCannedResponse(canned->id, 1, done); })->ok);
        QCOMPARE(m_admin->teamName(team->id), team->id);
    }

    void agentProfilesAndBulkSkills()
    {
        const session::AdminAgent *agent2 = agentNamed(QStringLiteral("agent2"));
        QVERIFY(agent2);
        session::AdminAgent edited = *agent2;
        edited.skills = {{QStringLiteral("skill-german"), 6}};
        edited.capacities = {{session::Channel::Chat, 3}, {session::Channel::Email, 2}};
        edited.teamId = QStringLiteral("team-blue");
        auto saved = run([&](auto done) { m_admin->saveAgentProfile(edited, done); });
        QVERIFY(saved);
        QVERIFY2(saved->ok, qPrintable(saved->error));
        agent2 = agentNamed(QStringLiteral("agent2"));
        QCOMPARE(agent2->skills, edited.skills);
        QCOMPARE(agent2->capacities, edited.capacities);
        QCOMPARE(agent2->teamId, QStringLiteral("team-blue"));
        // Proficiency out of range: the field.
        edited.skills = {{QStringLiteral("skill-german"), 11}};
        edited.profileVersion = agent2->profileVersion;
        auto bad = run([&](auto done) { m_admin->saveAgentProfile(edited, done); });
        QVERIFY(bad && !bad->ok);
        QVERIFY2(bad->field.startsWith(QStringLiteral("skills")), qPrintable(bad->field));
        // The stale version conflicts.
        edited.skills = {{QStringLiteral("skill-german"), 7}};
        edited.profileVersion = agent2->profileVersion - 1;
        auto stale = run([&](auto done) { m_admin->saveAgentProfile(edited, done); });
        QVERIFY(stale && stale->conflict());

        // Bulk: Billing at 8 to agent2 and agent3.
        const QStringList ids = {userIdOf(QStringLiteral("agent2")), userIdOf(QStringLiteral("agent3"))};
        auto bulk = run([&](auto done) { m_admin->bulkAssignSkill(ids, {QStringLiteral("skill-billing"), 8}, false, done); });
        QVERIFY(bulk);
        QVERIFY2(bulk->ok, qPrintable(bulk->error));
        for (const QString &name : {QStringLiteral("agent2"), QStringLiteral("agent3")})
            QVERIFY2(agentNamed(name)->skills.contains(session::AgentSkill{QStringLiteral("skill-billing"), 8}), qPrintable(name));
        QVERIFY(agentNamed(QStringLiteral("agent2"))->skills.contains(session::AgentSkill{QStringLiteral("skill-german"), 6}));
    }

    void csvImportReportsEachBadRow()
    {
        const QString csv = QStringLiteral("id,name,description\n"
                                           ",Dutch,Nederlands\n"
                                           ",,no name here\n"
                                           ",Dutch,twice\n"
                                           ",Swedish,Svenska\n");
        std::optional<session::CsvImportResult> result;
        m_admin->importCsv(session::CsvKind::Skills, csv, false, [&](const session::CsvImportResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
        QVERIFY2(result->result.ok, qPrintable(result->result.error));
        QCOMPARE(result->accepted, 2);
        QCOMPARE(result->rejected.size(), 2);
        QCOMPARE(result->rejected.at(0).line, 3);
        QCOMPARE(result->rejected.at(0).field, QStringLiteral("name"));
        QCOMPARE(result->rejected.at(1).line, 4);
        QVERIFY2(result->rejected.at(1).message.contains(QStringLiteral("twice")), qPrintable(result->rejected.at(1).message));
        // The imported skills arrive from the directory's events.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_admin->skills().begin(), m_admin->skills().end(),
                                                    [](const auto &s) { return s.name == QStringLiteral("Swedish"); }),
                                 kWaitMs);

        // Agents: one good row, a bad proficiency, an unknown skill.
        const QString agents = QStringLiteral("user_id,team_id,skills,capacities,voice_blocks_other_channels\n")
            + userIdOf(QStringLiteral("agent3")) + QStringLiteral(",team-blue,skill-english:7;skill-tech:4,chat:2,false\n")
            + userIdOf(QStringLiteral("agent1")) + QStringLiteral(",,skill-english:twelve,,false\n")
            + userIdOf(QStringLiteral("agent2")) + QStringLiteral(",,skill-klingon:5,,false\n");
        result.reset();
        m_admin->importCsv(session::CsvKind::Agents, agents, false, [&](const session::CsvImportResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
        QVERIFY2(result->result.ok, qPrintable(result->result.error));
        QCOMPARE(result->accepted, 1);
        QCOMPARE(result->rejected.size(), 2);
        QCOMPARE(result->rejected.at(0).line, 3);
        QCOMPARE(result->rejected.at(0).field, QStringLiteral("skills"));
        QCOMPARE(result->rejected.at(1).line, 4);
        QVERIFY2(result->rejected.at(1).message.contains(QStringLiteral("skill-klingon")), qPrintable(result->rejected.at(1).message));
        QTRY_VERIFY_WITH_TIMEOUT(agentNamed(QStringLiteral("agent3"))->skills.contains(session::AgentSkill{QStringLiteral("skill-tech"), 4}),
                                 kWaitMs);

        std::optional<QString> exported;
        m_admin->exportCsv(session::CsvKind::Skills, [&](const QString &text, const AdminResult &r) {
            QVERIFY(r.ok);
            exported = text;
        });
        QTRY_VERIFY_WITH_TIMEOUT(exported.has_value(), kWaitMs);
        QVERIFY(exported->startsWith(QStringLiteral("id,name,description\n")));
        QVERIFY(exported->contains(QStringLiteral(",Swedish,Svenska")));
    }

    void usersAreCreatedAndUpdated()
    {
        // A second DirectoryAdmin follows the user_changed events only.
        session::DirectoryAdmin watcher(*m_adminSession);
        QVERIFY(loadAndWait(watcher));
        using Roles = session::DirectoryAdmin::UserRoles;
        auto shortPassword = run([&](auto done) {
            m_admin->createUser(QStringLiteral("agent8"), QStringLiteral("Agent Eight"), Roles{true, false, false},
                                QStringLiteral("short"), done);
        });
        QVERIFY(shortPassword && !shortPassword->ok);
        QCOMPARE(shortPassword->statusCode, 3);
        QCOMPARE(shortPassword->field, QStringLiteral("password"));
        auto noRole = run([&](auto done) {
            m_admin->createUser(QStringLiteral("agent8"), {}, Roles{}, QStringLiteral("long enough 8"), done);
        });
        QVERIFY(noRole && !noRole->ok);
        QCOMPARE(noRole->field, QStringLiteral("roles"));
        auto taken = run([&](auto done) {
            m_admin->createUser(QStringLiteral("agent1"), {}, Roles{true, false, false}, QStringLiteral("long enough 8"), done);
        });
        QVERIFY(taken && !taken->ok);
        QCOMPARE(taken->statusCode, 6);    // ALREADY_EXISTS
        QCOMPARE(taken->field, QStringLiteral("username"));
        QVERIFY2(taken->fieldMessage.contains(QStringLiteral("already exists")), qPrintable(taken->fieldMessage));

        auto created = run([&](auto done) {
            m_admin->createUser(QStringLiteral("agent8"), QStringLiteral("Agent Eight"), Roles{true, false, false},
                                QStringLiteral("long enough 8"), done);
        });
        QVERIFY2(created && created->ok, created ? qPrintable(created->error) : "no answer");
        QVERIFY(!created->id.isEmpty());
        QVERIFY(created->version > 0);
        // Listed at once (merged from the answer), and by the other instance from the event.
        const session::AdminAgent *agent8 = agentNamed(QStringLiteral("agent8"));
        QVERIFY(agent8);
        QCOMPARE(agent8->displayName, QStringLiteral("Agent Eight"));
        QVERIFY(agent8->isAgent && !agent8->isSupervisor && !agent8->isAdmin && !agent8->disabled);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.indexOfAgent(created->id) >= 0, kWaitMs);

        auto updated = run([&](auto done) {
            m_admin->updateUser(created->id, QStringLiteral("Agent 8"), Roles{true, true, false}, false, created->version, done);
        });
        QVERIFY2(updated && updated->ok, updated ? qPrintable(updated->error) : "no answer");
        QVERIFY(updated->version > created->version);
        agent8 = agentNamed(QStringLiteral("agent8"));
        QVERIFY(agent8 && agent8->isAgent && agent8->isSupervisor && !agent8->isAdmin);
        QCOMPARE(agent8->displayName, QStringLiteral("Agent 8"));
        QCOMPARE(agent8->userVersion, updated->version);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.indexOfAgent(created->id) >= 0
                                     && watcher.agents().at(watcher.indexOfAgent(created->id)).isSupervisor,
                                 kWaitMs);

        // The version read before that update is stale now.
        auto stale = run([&](auto done) {
            m_admin->updateUser(created->id, QStringLiteral("Agent Eight"), Roles{true, false, false}, true, created->version, done);
        });
        QVERIFY(stale && !stale->ok);
        QVERIFY(stale->conflict());
        QVERIFY(agentNamed(QStringLiteral("agent8"))->isSupervisor);
        QVERIFY(!agentNamed(QStringLiteral("agent8"))->disabled);
        // No role left is refused by field.
        auto roleless = run([&](auto done) {
            m_admin->updateUser(created->id, {}, Roles{}, false, updated->version, done);
        });
        QVERIFY(roleless && !roleless->ok);
        QCOMPARE(roleless->field, QStringLiteral("roles"));
        // Disabled at the current version.
        auto disabled = run([&](auto done) {
            m_admin->updateUser(created->id, QStringLiteral("Agent 8"), Roles{true, true, false}, true, updated->version, done);
        });
        QVERIFY2(disabled && disabled->ok, disabled ? qPrintable(disabled->error) : "no answer");
        QVERIFY(agentNamed(QStringLiteral("agent8"))->disabled);

        // A password set by the admin: too short by field, then accepted.
        auto badPassword = run([&](auto done) { m_admin->setPassword(created->id, QStringLiteral("1234"), done); });
        QVERIFY(badPassword && !badPassword->ok);
        QCOMPARE(badPassword->field, QStringLiteral("password"));
        auto password = run([&](auto done) { m_admin->setPassword(created->id, QStringLiteral("another long one"), done); });
        QVERIFY2(password && password->ok, password ? qPrintable(password->error) : "no answer");
    }

    void anotherAdminSessionSeesChangesLive()
    {
        auto other = fixtures::signInSession(m_server, QStringLiteral("admin1"), m_state.filePath(QStringLiteral("admin-b")),
                                             {}, false);
        QVERIFY(other);
        QTRY_COMPARE_WITH_TIMEOUT(other->events().state(), session::StreamState::Connected, kWaitMs);
        session::DirectoryAdmin watcher(*other);
        QVERIFY(loadAndWait(watcher));
        QSignalSpy skills(&watcher, &session::DirectoryAdmin::skillsChanged);
        auto created = run([&](auto done) { m_admin->saveSkill({{}, QStringLiteral("Finnish"), {}, 0}, done); });
        QVERIFY(created && created->ok);
        QTRY_VERIFY_WITH_TIMEOUT(byId(watcher.skills(), created->id), kWaitMs);
        QVERIFY(skills.count() >= 1);
        // A profile change too.
        const QString agent1 = userIdOf(QStringLiteral("agent1"));
        auto bulk = run([&](auto done) { m_admin->bulkAssignSkill({agent1}, {created->id, 3}, false, done); });
        QVERIFY(bulk && bulk->ok);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.indexOfAgent(agent1) >= 0
                                     && watcher.agents().at(watcher.indexOfAgent(agent1)).skills.contains(session::AgentSkill{created->id, 3}),
                                 kWaitMs);
    }

    void anAgentIsRefused()
    {
        auto agent = fixtures::signInSession(m_server, QStringLiteral("agent1"), m_state.filePath(QStringLiteral("agent1")));
        QVERIFY(agent);
        session::DirectoryAdmin admin(*agent);
        auto refused = run([&](auto done) { admin.saveSkill({{}, QStringLiteral("Sneaky"), {}, 0}, done); });
        QVERIFY(refused && !refused->ok);
        QVERIFY(refused->denied());
        // The agent's own profile, live: SelfProfile follows a change made by the admin.
        session::SelfProfile self(*agent);
        QSignalSpy changed(&self, &session::SelfProfile::changed);
        self.load();
        QVERIFY(changed.wait(kWaitMs));
        QVERIFY2(self.skillsText().contains(QStringLiteral("Finnish (3)")), qPrintable(self.skillsText()));
        auto bulk = run([&](auto done) {
            m_admin->bulkAssignSkill({agent->userId()}, {QStringLiteral("skill-german"), 9}, false, done);
        });
        QVERIFY(bulk && bulk->ok);
        QTRY_VERIFY_WITH_TIMEOUT(self.skillsText().contains(QStringLiteral("German (9)")), kWaitMs);
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_adminSession.reset();
    }
};

QTEST_MAIN(TestSessionDirectoryAdmin)
#include "tst_session_directory_admin.moc"
