// The admin's directory through the real server (issue 7): create, read, update and delete
// of every entity with its validation (the refusal names the field by its path in the
// request), optimistic versions, deleting what is in use refused with its users, bulk skill
// assignment, CSV import with a per-row report and export, and business hours in routing
// (a closed queue refuses Enqueue with a sentence for the customer; what waits stays).

#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"

#include <QDate>
#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using fixtures::describe;
using fixtures::GrpcClient;
namespace v1 = switchboard::v1;
using grpc::Status;
using grpc::StatusCode;

namespace {
constexpr int kWaitMs = 10000;

QByteArray got(const Status &status)
{
    return describe(status);
}
} // namespace

#define QVERIFY_OK(expr)                                                                                               \
    do {                                                                                                               \
        const Status s_ = (expr);                                                                                      \
        QVERIFY2(s_.ok(), got(s_).constData());                                                                        \
    } while (false)

// The status code and the field the message starts with ("queue.hours.time_zone: ...").
#define QVERIFY_REFUSED(expr, code, prefix)                                                                            \
    do {                                                                                                               \
        const Status s_ = (expr);                                                                                      \
        QVERIFY2(s_.error_code() == (code), got(s_).constData());                                                      \
        QVERIFY2(s_.error_message().starts_with(prefix), got(s_).constData());                                         \
    } while (false)

class TestDirectoryAdmin : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({"--seed-demo"}), qPrintable(m_server.errorString()));
        m_client = std::make_unique<GrpcClient>(m_server.grpcAddress(), m_server.caPath());
        m_admin = m_client->tokenFor("admin1", m_server.demoPassword("admin1"));
        m_supervisor = m_client->tokenFor("supervisor1", m_server.demoPassword("supervisor1"));
        m_agent = m_client->tokenFor("agent1", m_server.demoPassword("agent1"));
        m_simulator = m_client->tokenFor("simulator", m_server.demoPassword("simulator"));
        QVERIFY(!m_admin.empty() && !m_agent.empty() && !m_simulator.empty() && !m_supervisor.empty());
        v1::WhoAmIResponse me;
        QVERIFY_OK(m_client->identity().WhoAmI(ctx(m_agent).get(), {}, &me));
        m_agentId = me.user().id();
    }

    // --- skills ------------------------------------------------------------------------

    void skillCrudWithValidation()
    {
        auto &d = m_client->directory();
        v1::CreateSkillRequest create;
        create.mutable_skill()->set_name(std::string(65, 'x'));
        v1::Skill skill;
        QVERIFY_REFUSED(d.CreateSkill(ctx(m_admin).get(), create, &skill), StatusCode::INVALID_ARGUMENT,
                        "skill.name: is longer than 64 characters");
        create.mutable_skill()->set_name("  Spanish  ");
        create.mutable_skill()->set_description("Native or C1");
        QVERIFY_OK(d.CreateSkill(ctx(m_admin).get(), create, &skill));
        QCOMPARE(skill.version(), 1);
        QVERIFY(!skill.id().empty());
        create.mutable_skill()->set_name("SPANISH");
        v1::Skill twin;
        QVERIFY_REFUSED(d.CreateSkill(ctx(m_admin).get(), create, &twin), StatusCode::ALREADY_EXISTS,
                        "a skill named 'SPANISH' already exists");

        v1::ListSkillsRequest list;
        list.set_filter("Spanish");
        v1::ListSkillsResponse listed;
        QVERIFY_OK(d.ListSkills(ctx(m_agent).get(), list, &listed));
        QCOMPARE(listed.skills_size(), 1);
        QCOMPARE(listed.skills(0).description(), std::string("Native or C1"));

        v1::UpdateSkillRequest update;
        *update.mutable_skill() = skill;
        update.mutable_skill()->set_name("");
        v1::Skill updated;
        QVERIFY_REFUSED(d.UpdateSkill(ctx(m_admin).get(), update, &updated), StatusCode::INVALID_ARGUMENT,
                        "skill.name: is required");
        update.mutable_skill()->set_name("Spanish (Spain)");
        QVERIFY_OK(d.UpdateSkill(ctx(m_admin).get(), update, &updated));
        QCOMPARE(updated.version(), 2);
        QCOMPARE(updated.name(), std::string("Spanish (Spain)"));
        update.mutable_skill()->set_id("skill-nope");
        QVERIFY_REFUSED(d.UpdateSkill(ctx(m_admin).get(), update, &updated), StatusCode::NOT_FOUND,
                        "skill 'skill-nope' does not exist");

        v1::DeleteSkillRequest remove;
        remove.set_id(skill.id());
        remove.set_version(1);   // stale
        v1::DeleteResponse deleted;
        QVERIFY_REFUSED(d.DeleteSkill(ctx(m_admin).get(), remove, &deleted), StatusCode::ABORTED,
                        "admin1 changed skill 'Spanish (Spain)' since you loaded it (you had version 1, it is now version 2)");
        remove.set_version(2);
        QVERIFY_OK(d.DeleteSkill(ctx(m_admin).get(), remove, &deleted));
        QVERIFY_REFUSED(d.DeleteSkill(ctx(m_admin).get(), remove, &deleted), StatusCode::NOT_FOUND, "skill '");
    }

    // --- queues with hours -------------------------------------------------------------------

    void queueValidationNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("offer timeout") << "queue.offer_timeout_seconds" << "queue.offer_timeout_seconds: must be 5 to 3600";
        QTest::newRow("priority") << "queue.priority" << "queue.priority: must be 0 to 100";
        QTest::newRow("no channel") << "queue.channels" << "queue.channels: a queue takes at least one channel";
        QTest::newRow("proficiency") << "queue.required_skills" << "queue.required_skills[0].min_proficiency: must be 1 to 10";
        QTest::newRow("target") << "queue.service_level_target" << "queue.service_level_target: must be 0 to 1";
        QTest::newRow("wrap-up code") << "queue.wrap_up_code_ids" << "queue.wrap_up_code_ids[0]: wrap-up code 'wrap-nope' does not exist";
        QTest::newRow("zone") << "queue.hours.time_zone" << "queue.hours.time_zone: 'Mars/Olympus' is not a time zone";
        QTest::newRow("zone missing") << "queue.hours.time_zone.missing" << "queue.hours.time_zone: is required with opening hours";
        QTest::newRow("day") << "queue.hours.weekly.day" << "queue.hours.weekly[0].day_of_week: must be 1 (Monday) to 7 (Sunday)";
        QTest::newRow("open after close") << "queue.hours.weekly.order"
                                          << "queue.hours.weekly[0].close_minute: closing (08:00) must be after opening (17:00)";
        QTest::newRow("overlap") << "queue.hours.weekly.overlap"
                                 << "queue.hours.weekly[1]: 12:00-20:00 overlaps 08:00-17:00 on the same day";
        QTest::newRow("holiday date") << "queue.hours.holidays" << "queue.hours.holidays[0].date: '2026-02-30' is not a date";
    }
    void queueValidationNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, message);
        v1::CreateQueueRequest request;
        v1::Queue &q = *request.mutable_queue();
        q.set_name("Validation " + field.toStdString());
        q.add_channels(v1::CHANNEL_CHAT);
        if (field == "queue.offer_timeout_seconds")
            q.set_offer_timeout_seconds(4000);
        else if (field == "queue.priority")
            q.set_priority(101);
        else if (field == "queue.channels")
            q.clear_channels();
        else if (field == "queue.required_skills") {
            auto *r = q.add_required_skills();
            r->set_skill_id("skill-english");
            r->set_min_proficiency(11);
        } else if (field == "queue.service_level_target")
            q.set_service_level_target(1.5);
        else if (field == "queue.wrap_up_code_ids")
            q.add_wrap_up_code_ids("wrap-nope");
        else if (field == "queue.hours.time_zone")
            q.mutable_hours()->set_time_zone("Mars/Olympus");
        else if (field == "queue.hours.time_zone.missing")
            weekly(q, 1, 8 * 60, 17 * 60)->clear_time_zone();
        else if (field == "queue.hours.weekly.day")
            weekly(q, 8, 8 * 60, 17 * 60);
        else if (field == "queue.hours.weekly.order")
            weekly(q, 1, 17 * 60, 8 * 60);
        else if (field == "queue.hours.weekly.overlap") {
            weekly(q, 1, 8 * 60, 17 * 60);
            weekly(q, 1, 12 * 60, 20 * 60);
        } else if (field == "queue.hours.holidays") {
            q.mutable_hours()->set_time_zone("Europe/Berlin");
            auto *h = q.mutable_hours()->add_holidays();
            h->set_date("2026-02-30");
            h->set_name("Nonsense day");
        }
        v1::Queue created;
        const Status status = m_client->directory().CreateQueue(ctx(m_admin).get(), request, &created);
        QCOMPARE(status.error_code(), StatusCode::INVALID_ARGUMENT);
        QVERIFY2(status.error_message().starts_with(message.toStdString()), got(status).constData());
    }

    void queueCrudWithHoursAndVersions()
    {
        auto &d = m_client->directory();
        v1::CreateQueueRequest create;
        v1::Queue &q = *create.mutable_queue();
        q.set_name("Premium");
        q.add_channels(v1::CHANNEL_VOICE);
        q.add_channels(v1::CHANNEL_CHAT);
        auto *r = q.add_required_skills();
        r->set_skill_id("skill-billing");
        r->set_min_proficiency(7);
        q.set_offer_timeout_seconds(30);
        q.add_wrap_up_code_ids("wrap-resolved");
        for (int day = 1; day <= 5; ++day)
            weekly(q, day, 8 * 60, 18 * 60);
        auto *holiday = q.mutable_hours()->add_holidays();
        holiday->set_date("2026-12-25");
        holiday->set_name("Christmas Day");
        q.mutable_hours()->set_closed_message("Premium support is closed.");
        v1::Queue created;
        QVERIFY_OK(d.CreateQueue(ctx(m_admin).get(), create, &created));
        QCOMPARE(created.version(), 1);
        QCOMPARE(created.hours().weekly_size(), 5);
        QCOMPARE(created.hours().time_zone(), std::string("Europe/Berlin"));

        v1::GetQueueRequest get;
        get.set_id(created.id());
        v1::Queue read;
        QVERIFY_OK(d.GetQueue(ctx(m_agent).get(), get, &read));
        QCOMPARE(read.hours().holidays(0).name(), std::string("Christmas Day"));
        QCOMPARE(read.offer_timeout_seconds(), 30);
        QCOMPARE(read.required_skills(0).min_proficiency(), 7);

        // Two admins edit version 1: the second is refused and told who changed it.
        v1::UpdateQueueRequest first;
        *first.mutable_queue() = read;
        first.mutable_queue()->set_priority(50);
        v1::Queue updated;
        QVERIFY_OK(d.UpdateQueue(ctx(m_admin).get(), first, &updated));
        QCOMPARE(updated.version(), 2);
        v1::UpdateQueueRequest second;
        *second.mutable_queue() = read;
        second.mutable_queue()->set_offer_timeout_seconds(45);
        v1::Queue lost;
        QVERIFY_REFUSED(d.UpdateQueue(ctx(m_admin).get(), second, &lost), StatusCode::ABORTED,
                        "admin1 changed queue 'Premium' since you loaded it (you edited version 1, it is now version 2): "
                        "reload it and apply your change again");
        QVERIFY_OK(d.GetQueue(ctx(m_agent).get(), get, &read));
        QCOMPARE(read.priority(), 50);
        QCOMPARE(read.offer_timeout_seconds(), 30);

        // A duplicate name, and an invalid update that changes nothing.
        v1::UpdateQueueRequest rename;
        *rename.mutable_queue() = read;
        rename.mutable_queue()->set_name("support");
        QVERIFY_REFUSED(d.UpdateQueue(ctx(m_admin).get(), rename, &lost), StatusCode::ALREADY_EXISTS,
                        "a queue named 'support' already exists");
        rename.mutable_queue()->set_name("Premium");
        rename.mutable_queue()->set_wrap_up_seconds(-1);
        QVERIFY_REFUSED(d.UpdateQueue(ctx(m_admin).get(), rename, &lost), StatusCode::INVALID_ARGUMENT,
                        "queue.wrap_up_seconds: must be 0 to 3600");

        v1::DeleteQueueRequest remove;
        remove.set_id(created.id());
        remove.set_version(read.version());
        v1::DeleteResponse deleted;
        QVERIFY_OK(d.DeleteQueue(ctx(m_admin).get(), remove, &deleted));
        QVERIFY_REFUSED(d.GetQueue(ctx(m_agent).get(), get, &read), StatusCode::NOT_FOUND, "queue '");
    }

    // --- teams, profiles, codes, canned responses --------------------------------------------

    void teamCrudAndInUse()
    {
        auto &d = m_client->directory();
        v1::CreateTeamRequest create;
        create.mutable_team()->set_name("Team Green");
        create.mutable_team()->add_supervisor_user_ids("u1");
        create.mutable_team()->add_supervisor_user_ids("u1");
        v1::Team team;
        QVERIFY_REFUSED(d.CreateTeam(ctx(m_admin).get(), create, &team), StatusCode::INVALID_ARGUMENT,
                        "team.supervisor_user_ids[1]: 'u1' is listed twice");
        create.mutable_team()->clear_supervisor_user_ids();
        QVERIFY_OK(d.CreateTeam(ctx(m_admin).get(), create, &team));
        v1::ListTeamsResponse teams;
        QVERIFY_OK(d.ListTeams(ctx(m_agent).get(), {}, &teams));
        QVERIFY(std::any_of(teams.teams().begin(), teams.teams().end(),
                            [&](const v1::Team &t) { return t.id() == team.id() && t.name() == "Team Green"; }));
        v1::UpdateTeamRequest update;
        *update.mutable_team() = team;
        update.mutable_team()->set_name("Team Emerald");
        QVERIFY_OK(d.UpdateTeam(ctx(m_admin).get(), update, &team));
        QCOMPARE(team.version(), 2);

        // An agent in the team: the team cannot go.
        const v1::User user = createUser("team-member");
        v1::UpsertAgentProfileRequest profile;
        profile.mutable_profile()->set_user_id(user.id());
        profile.mutable_profile()->set_team_id(team.id());
        v1::AgentProfile stored;
        QVERIFY_OK(d.UpsertAgentProfile(ctx(m_admin).get(), profile, &stored));
        v1::DeleteTeamRequest remove;
        remove.set_id(team.id());
        remove.set_version(team.version());
        v1::DeleteResponse deleted;
        QVERIFY_REFUSED(d.DeleteTeam(ctx(m_admin).get(), remove, &deleted), StatusCode::FAILED_PRECONDITION,
                        "cannot delete team 'Team Emerald': in use by agent team-member");
        profile.mutable_profile()->clear_team_id();
        profile.mutable_profile()->set_version(stored.version());
        QVERIFY_OK(d.UpsertAgentProfile(ctx(m_admin).get(), profile, &stored));
        QVERIFY_OK(d.DeleteTeam(ctx(m_admin).get(), remove, &deleted));
    }

    void agentProfileValidationAndVersions()
    {
        auto &d = m_client->directory();
        const v1::User user = createUser("profiled");
        v1::UpsertAgentProfileRequest request;
        v1::AgentProfile &p = *request.mutable_profile();
        p.set_user_id(user.id());
        auto *skill = p.add_skills();
        skill->set_skill_id("skill-english");
        skill->set_proficiency(0);
        v1::AgentProfile stored;
        QVERIFY_REFUSED(d.UpsertAgentProfile(ctx(m_admin).get(), request, &stored), StatusCode::INVALID_ARGUMENT,
                        "profile.skills[0].proficiency: must be 1 to 10");
        skill->set_proficiency(11);
        QVERIFY_REFUSED(d.UpsertAgentProfile(ctx(m_admin).get(), request, &stored), StatusCode::INVALID_ARGUMENT,
                        "profile.skills[0].proficiency: must be 1 to 10");
        skill->set_proficiency(8);
        auto *voice = p.add_capacities();
        voice->set_channel(v1::CHANNEL_VOICE);
        voice->set_capacity(2);
        QVERIFY_REFUSED(d.UpsertAgentProfile(ctx(m_admin).get(), request, &stored), StatusCode::INVALID_ARGUMENT,
                        "profile.capacities[0].capacity: voice capacity must be 0 to 1");
        voice->set_capacity(1);
        auto *chat = p.add_capacities();
        chat->set_channel(v1::CHANNEL_CHAT);
        chat->set_capacity(11);
        QVERIFY_REFUSED(d.UpsertAgentProfile(ctx(m_admin).get(), request, &stored), StatusCode::INVALID_ARGUMENT,
                        "profile.capacities[1].capacity: chat capacity must be 0 to 10");
        chat->set_capacity(4);
        p.set_team_id("team-nope");
        QVERIFY_REFUSED(d.UpsertAgentProfile(ctx(m_admin).get(), request, &stored), StatusCode::INVALID_ARGUMENT,
                        "profile.team_id: team 'team-nope' does not exist");
        p.set_team_id("team-blue");
        p.set_user_id("user-nope");
        QVERIFY_REFUSED(d.UpsertAgentProfile(ctx(m_admin).get(), request, &stored), StatusCode::INVALID_ARGUMENT,
                        "profile.user_id: user 'user-nope' does not exist (create the user first)");
        p.set_user_id(user.id());
        QVERIFY_OK(d.UpsertAgentProfile(ctx(m_admin).get(), request, &stored));
        QCOMPARE(stored.version(), 1);
        QVERIFY_REFUSED(d.UpsertAgentProfile(ctx(m_admin).get(), request, &stored), StatusCode::ABORTED,
                        "admin1 changed the profile of agent " + user.id() + " since you loaded it (you edited version 0, it is now version 1)");

        v1::GetAgentProfileRequest get;
        get.set_user_id(user.id());
        v1::AgentProfile read;
        QVERIFY_OK(d.GetAgentProfile(ctx(m_supervisor).get(), get, &read));
        QCOMPARE(read.skills(0).proficiency(), 8);
        QCOMPARE(read.capacities(1).capacity(), 4);
        QCOMPARE(read.team_id(), std::string("team-blue"));
        QVERIFY_REFUSED(d.GetAgentProfile(ctx(m_agent).get(), get, &read), StatusCode::PERMISSION_DENIED,
                        "agents may only read their own profile");
    }

    void reasonCodeCrud()
    {
        auto &d = m_client->directory();
        v1::CreateReasonCodeRequest create;
        create.mutable_code()->set_label("  ");
        v1::ReasonCode code;
        QVERIFY_REFUSED(d.CreateReasonCode(ctx(m_admin).get(), create, &code), StatusCode::INVALID_ARGUMENT,
                        "code.label: is required");
        create.mutable_code()->set_label("break");
        QVERIFY_REFUSED(d.CreateReasonCode(ctx(m_admin).get(), create, &code), StatusCode::ALREADY_EXISTS,
                        "a reason code named 'break' already exists");
        create.mutable_code()->set_label("Coaching");
        create.mutable_code()->set_paid(true);
        QVERIFY_OK(d.CreateReasonCode(ctx(m_admin).get(), create, &code));
        v1::UpdateReasonCodeRequest update;
        *update.mutable_code() = code;
        update.mutable_code()->set_paid(false);
        QVERIFY_OK(d.UpdateReasonCode(ctx(m_admin).get(), update, &code));
        QCOMPARE(code.version(), 2);
        QVERIFY(!code.paid());
        v1::ListReasonCodesResponse codes;
        QVERIFY_OK(d.ListReasonCodes(ctx(m_agent).get(), {}, &codes));
        QVERIFY(std::any_of(codes.codes().begin(), codes.codes().end(),
                            [&](const v1::ReasonCode &c) { return c.id() == code.id() && c.label() == "Coaching"; }));
        v1::DeleteReasonCodeRequest remove;
        remove.set_id(code.id());
        remove.set_version(code.version());
        v1::DeleteResponse deleted;
        QVERIFY_OK(d.DeleteReasonCode(ctx(m_admin).get(), remove, &deleted));
    }

    void wrapUpCodeCrudAndInUse()
    {
        auto &d = m_client->directory();
        v1::CreateWrapUpCodeRequest create;
        create.mutable_code()->set_label("Callback promised");
        v1::WrapUpCode code;
        QVERIFY_OK(d.CreateWrapUpCode(ctx(m_admin).get(), create, &code));
        v1::UpdateWrapUpCodeRequest update;
        *update.mutable_code() = code;
        update.mutable_code()->set_label("Callback scheduled");
        QVERIFY_OK(d.UpdateWrapUpCode(ctx(m_admin).get(), update, &code));
        QCOMPARE(code.version(), 2);

        // Per queue: a queue lists it, ListWrapUpCodes(queue) returns it, deleting it is refused.
        v1::CreateQueueRequest queue;
        queue.mutable_queue()->set_name("Callbacks");
        queue.mutable_queue()->add_channels(v1::CHANNEL_EMAIL);
        queue.mutable_queue()->add_wrap_up_code_ids(code.id());
        v1::Queue created;
        QVERIFY_OK(d.CreateQueue(ctx(m_admin).get(), queue, &created));
        v1::ListWrapUpCodesRequest list;
        list.set_queue_id(created.id());
        v1::ListWrapUpCodesResponse codes;
        QVERIFY_OK(d.ListWrapUpCodes(ctx(m_agent).get(), list, &codes));
        QCOMPARE(codes.codes_size(), 1);
        QCOMPARE(codes.codes(0).label(), std::string("Callback scheduled"));

        v1::DeleteWrapUpCodeRequest remove;
        remove.set_id(code.id());
        remove.set_version(code.version());
        v1::DeleteResponse deleted;
        QVERIFY_REFUSED(d.DeleteWrapUpCode(ctx(m_admin).get(), remove, &deleted), StatusCode::FAILED_PRECONDITION,
                        "cannot delete wrap-up code 'Callback scheduled': in use by queue 'Callbacks'");
        v1::DeleteQueueRequest dropQueue;
        dropQueue.set_id(created.id());
        dropQueue.set_version(created.version());
        QVERIFY_OK(d.DeleteQueue(ctx(m_admin).get(), dropQueue, &deleted));
        QVERIFY_OK(d.DeleteWrapUpCode(ctx(m_admin).get(), remove, &deleted));
    }

    void cannedResponseCrud()
    {
        auto &d = m_client->directory();
        v1::CreateCannedResponseRequest create;
        create.mutable_response()->set_title("Goodbye");
        create.mutable_response()->set_text("Thanks for contacting us. Goodbye!");
        create.mutable_response()->set_shortcut("bye");
        v1::CannedResponse canned;
        QVERIFY_REFUSED(d.CreateCannedResponse(ctx(m_admin).get(), create, &canned), StatusCode::INVALID_ARGUMENT,
                        "response.shortcut: must start with '/'");
        create.mutable_response()->set_shortcut("/bye");
        create.mutable_response()->set_text("");
        QVERIFY_REFUSED(d.CreateCannedResponse(ctx(m_admin).get(), create, &canned), StatusCode::INVALID_ARGUMENT,
                        "response.text: is required");
        create.mutable_response()->set_text("Thanks for contacting us. Goodbye!");
        create.mutable_response()->add_channels(v1::CHANNEL_CHAT);
        QVERIFY_OK(d.CreateCannedResponse(ctx(m_admin).get(), create, &canned));

        v1::ListCannedResponsesRequest list;
        list.set_channel(v1::CHANNEL_EMAIL);
        v1::ListCannedResponsesResponse listed;
        QVERIFY_OK(d.ListCannedResponses(ctx(m_agent).get(), list, &listed));
        QVERIFY(std::none_of(listed.responses().begin(), listed.responses().end(),
                             [&](const v1::CannedResponse &c) { return c.id() == canned.id(); }));
        list.set_channel(v1::CHANNEL_CHAT);
        QVERIFY_OK(d.ListCannedResponses(ctx(m_agent).get(), list, &listed));
        QVERIFY(std::any_of(listed.responses().begin(), listed.responses().end(),
                            [&](const v1::CannedResponse &c) { return c.id() == canned.id(); }));

        v1::UpdateCannedResponseRequest update;
        *update.mutable_response() = canned;
        update.mutable_response()->set_text("Have a nice day!");
        QVERIFY_OK(d.UpdateCannedResponse(ctx(m_admin).get(), update, &canned));
        QCOMPARE(canned.version(), 2);
        v1::DeleteCannedResponseRequest remove;
        remove.set_id(canned.id());
        remove.set_version(1);
        v1::DeleteResponse deleted;
        QVERIFY_REFUSED(d.DeleteCannedResponse(ctx(m_admin).get(), remove, &deleted), StatusCode::ABORTED,
                        "admin1 changed canned response 'Goodbye'");
        remove.set_version(2);
        QVERIFY_OK(d.DeleteCannedResponse(ctx(m_admin).get(), remove, &deleted));
    }

    // --- users (identity) --------------------------------------------------------------------

    void userCrudThroughIdentity()
    {
        auto &i = m_client->identity();
        v1::CreateUserRequest create;
        create.set_username("new.agent");
        create.set_display_name("New Agent");
        create.add_roles(v1::ROLE_AGENT);
        create.set_password("short");
        v1::User user;
        QCOMPARE(i.CreateUser(ctx(m_admin).get(), create, &user).error_code(), StatusCode::INVALID_ARGUMENT);
        create.set_password("long-enough-password");
        QVERIFY_OK(i.CreateUser(ctx(m_admin).get(), create, &user));
        QCOMPARE(i.CreateUser(ctx(m_admin).get(), create, &user).error_code(), StatusCode::ALREADY_EXISTS);
        v1::GetUserRequest get;
        get.set_id(user.id());
        v1::User read;
        QVERIFY_OK(i.GetUser(ctx(m_admin).get(), get, &read));
        QCOMPARE(read.display_name(), std::string("New Agent"));
        v1::UpdateUserRequest update;
        *update.mutable_user() = read;
        update.mutable_user()->add_roles(v1::ROLE_SUPERVISOR);
        v1::User updated;
        QVERIFY_OK(i.UpdateUser(ctx(m_admin).get(), update, &updated));
        QCOMPARE(updated.roles_size(), 2);
        QCOMPARE(i.UpdateUser(ctx(m_admin).get(), update, &updated).error_code(), StatusCode::ABORTED);
        v1::DeleteUserRequest remove;
        remove.set_id(user.id());
        remove.set_version(updated.version());
        v1::DeleteUserResponse deleted;
        QVERIFY_OK(i.DeleteUser(ctx(m_admin).get(), remove, &deleted));
        QCOMPARE(i.GetUser(ctx(m_admin).get(), get, &read).error_code(), StatusCode::NOT_FOUND);
    }

    // --- safety ----------------------------------------------------------------------------

    void deletingASkillInUseNamesItsUsers()
    {
        auto &d = m_client->directory();
        v1::CreateSkillRequest create;
        create.mutable_skill()->set_name("French");
        v1::Skill skill;
        QVERIFY_OK(d.CreateSkill(ctx(m_admin).get(), create, &skill));
        v1::CreateQueueRequest queue;
        queue.mutable_queue()->set_name("French line");
        queue.mutable_queue()->add_channels(v1::CHANNEL_VOICE);
        auto *r = queue.mutable_queue()->add_required_skills();
        r->set_skill_id(skill.id());
        r->set_min_proficiency(5);
        v1::Queue created;
        QVERIFY_OK(d.CreateQueue(ctx(m_admin).get(), queue, &created));
        const v1::User a = createUser("francophone-a");
        const v1::User b = createUser("francophone-b");
        v1::BulkAssignSkillRequest bulk;
        bulk.add_user_ids(a.id());
        bulk.add_user_ids(b.id());
        bulk.mutable_skill()->set_skill_id(skill.id());
        bulk.mutable_skill()->set_proficiency(6);
        v1::BulkAssignSkillResponse assigned;
        QVERIFY_OK(d.BulkAssignSkill(ctx(m_admin).get(), bulk, &assigned));

        v1::DeleteSkillRequest remove;
        remove.set_id(skill.id());
        remove.set_version(skill.version());
        v1::DeleteResponse deleted;
        const Status refused = d.DeleteSkill(ctx(m_admin).get(), remove, &deleted);
        QCOMPARE(refused.error_code(), StatusCode::FAILED_PRECONDITION);
        QVERIFY2(refused.error_message().starts_with("cannot delete skill 'French': in use by "), got(refused).constData());
        for (const std::string &user : {"queue 'French line'", "agent francophone-a", "agent francophone-b"})
            QVERIFY2(refused.error_message().find(user) != std::string::npos, got(refused).constData());
        v1::ListSkillsRequest list;
        list.set_filter("French");
        v1::ListSkillsResponse skills;
        QVERIFY_OK(d.ListSkills(ctx(m_admin).get(), list, &skills));
        QCOMPARE(skills.skills_size(), 1);   // still there
    }

    void deletingAQueueWithWaitingInteractionsOrSignedInAgentsIsRefused()
    {
        auto &d = m_client->directory();
        v1::CreateQueueRequest queue;
        queue.mutable_queue()->set_name("Busy line");
        queue.mutable_queue()->add_channels(v1::CHANNEL_CHAT);
        v1::Queue created;
        QVERIFY_OK(d.CreateQueue(ctx(m_admin).get(), queue, &created));
        const v1::Interaction waiting = enqueue(created.id(), "busy-1");
        QVERIFY(!waiting.id().empty());

        v1::DeleteQueueRequest remove;
        remove.set_id(created.id());
        remove.set_version(created.version());
        v1::DeleteResponse deleted;
        QVERIFY_REFUSED(d.DeleteQueue(ctx(m_admin).get(), remove, &deleted), StatusCode::FAILED_PRECONDITION,
                        "cannot delete queue 'Busy line': in use by 1 interaction waiting in it");

        // Gone from the queue; then agent1 (no skills needed) signs in: eligible, so refused.
        v1::AbandonRequest abandon;
        abandon.set_interaction_id(waiting.id());
        v1::Interaction gone;
        QVERIFY_OK(m_client->routing().Abandon(ctx(m_simulator).get(), abandon, &gone));
        v1::SetAgentStateRequest available;
        available.set_state(v1::AGENT_STATE_AVAILABLE);
        v1::AgentSnapshot me;
        QVERIFY_OK(m_client->routing().SetAgentState(ctx(m_agent).get(), available, &me));
        QTRY_VERIFY_WITH_TIMEOUT(eligible(created.id()), kWaitMs);
        const Status refused = d.DeleteQueue(ctx(m_admin).get(), remove, &deleted);
        QCOMPARE(refused.error_code(), StatusCode::FAILED_PRECONDITION);
        QVERIFY2(refused.error_message().find("agent agent1 (signed in and eligible for it)") != std::string::npos,
                 got(refused).constData());

        v1::SetAgentStateRequest offline;
        offline.set_state(v1::AGENT_STATE_OFFLINE);
        QVERIFY_OK(m_client->routing().SetAgentState(ctx(m_agent).get(), offline, &me));
        QVERIFY_OK(d.DeleteQueue(ctx(m_admin).get(), remove, &deleted));
    }

    void adminRpcsAreRefusedToAgentsAndSupervisors()
    {
        v1::CreateSkillRequest create;
        create.mutable_skill()->set_name("Sneaky");
        v1::Skill skill;
        for (const std::string &token : {m_agent, m_supervisor}) {
            const Status s = m_client->directory().CreateSkill(ctx(token).get(), create, &skill);
            QCOMPARE(s.error_code(), StatusCode::PERMISSION_DENIED);
            QVERIFY2(s.error_message().find("admin role") != std::string::npos, got(s).constData());
        }
    }

    // --- bulk and CSV ------------------------------------------------------------------------

    void bulkAssignSkillGivesAndTakes()
    {
        auto &d = m_client->directory();
        const v1::User a = createUser("bulk-a");
        const v1::User b = createUser("bulk-b");
        v1::BulkAssignSkillRequest bulk;
        bulk.add_user_ids(a.id());
        bulk.add_user_ids(b.id());
        bulk.mutable_skill()->set_skill_id("skill-german");
        bulk.mutable_skill()->set_proficiency(0);
        v1::BulkAssignSkillResponse response;
        QVERIFY_REFUSED(d.BulkAssignSkill(ctx(m_admin).get(), bulk, &response), StatusCode::INVALID_ARGUMENT,
                        "skill.proficiency: must be 1 to 10");
        bulk.mutable_skill()->set_skill_id("skill-nope");
        bulk.mutable_skill()->set_proficiency(4);
        QVERIFY_REFUSED(d.BulkAssignSkill(ctx(m_admin).get(), bulk, &response), StatusCode::INVALID_ARGUMENT,
                        "skill.skill_id: skill 'skill-nope' does not exist");
        bulk.mutable_skill()->set_skill_id("skill-german");
        bulk.add_user_ids("user-ghost");
        QVERIFY_REFUSED(d.BulkAssignSkill(ctx(m_admin).get(), bulk, &response), StatusCode::INVALID_ARGUMENT,
                        "user_ids[2]: user 'user-ghost' does not exist");
        bulk.mutable_user_ids()->RemoveLast();
        QVERIFY_OK(d.BulkAssignSkill(ctx(m_admin).get(), bulk, &response));
        QCOMPARE(response.profiles_size(), 2);
        for (const auto &p : response.profiles()) {
            QCOMPARE(p.skills_size(), 1);
            QCOMPARE(p.skills(0).skill_id(), std::string("skill-german"));
            QCOMPARE(p.skills(0).proficiency(), 4);
            QCOMPARE(p.version(), 1);
        }
        bulk.set_remove(true);
        QVERIFY_OK(d.BulkAssignSkill(ctx(m_admin).get(), bulk, &response));
        QCOMPARE(response.profiles(0).skills_size(), 0);
        QCOMPARE(response.profiles(0).version(), 2);
    }

    void csvImportAppliesGoodRowsAndReportsBadOnes()
    {
        auto &d = m_client->directory();
        const v1::User a = createUser("csv-a");
        const v1::User b = createUser("csv-b");
        v1::ImportCsvRequest request;
        request.set_kind(v1::CSV_KIND_AGENTS);
        request.set_csv("user_id,team_id,skills,capacities\n"
                        + a.id() + ",team-blue,skill-english:7;skill-tech:5,chat:4;voice:1\n"   // line 2: good
                        + b.id() + ",team-nope,skill-english:5,\n"                              // 3: no such team
                        + b.id() + ",,skill-english:12,\n"                                       // 4: proficiency
                        + b.id() + ",,skill-english:5,fax:2\n"                                   // 5: channel
                        + b.id() + ",,\"skill-english:6\",chat:2\n"                              // 6: good (b)
                        + "user-ghost,,skill-english:5,\n");                                    // 7: no such user
        v1::ImportCsvResponse response;
        QVERIFY_OK(d.ImportCsv(ctx(m_admin).get(), request, &response));
        QCOMPARE(response.accepted(), 2);
        QCOMPARE(response.rejected_size(), 4);
        QCOMPARE(response.rejected(0).line(), 3);
        QCOMPARE(response.rejected(0).field(), std::string("team_id"));
        QCOMPARE(response.rejected(0).message(), std::string("team 'team-nope' does not exist"));
        QCOMPARE(response.rejected(1).line(), 4);
        QCOMPARE(response.rejected(1).field(), std::string("skills[0].proficiency"));
        QCOMPARE(response.rejected(2).line(), 5);
        QCOMPARE(response.rejected(2).field(), std::string("capacities"));
        QCOMPARE(response.rejected(3).line(), 7);
        QCOMPARE(response.rejected(3).field(), std::string("user_id"));
        QCOMPARE(response.rejected(3).message(), std::string("user 'user-ghost' does not exist"));

        v1::GetAgentProfileRequest get;
        get.set_user_id(a.id());
        v1::AgentProfile profile;
        QVERIFY_OK(d.GetAgentProfile(ctx(m_admin).get(), get, &profile));
        QCOMPARE(profile.team_id(), std::string("team-blue"));
        QCOMPARE(profile.skills_size(), 2);
        QCOMPARE(profile.skills(1).skill_id(), std::string("skill-tech"));
        QCOMPARE(profile.skills(1).proficiency(), 5);
        QCOMPARE(profile.capacities_size(), 2);
        get.set_user_id(b.id());
        QVERIFY_OK(d.GetAgentProfile(ctx(m_admin).get(), get, &profile));
        QCOMPARE(profile.skills(0).proficiency(), 6);
        QCOMPARE(profile.version(), 1);

        v1::ExportCsvRequest exportRequest;
        exportRequest.set_kind(v1::CSV_KIND_AGENTS);
        v1::ExportCsvResponse exported;
        QVERIFY_OK(d.ExportCsv(ctx(m_admin).get(), exportRequest, &exported));
        QVERIFY2(exported.csv().starts_with("user_id,team_id,skills,capacities,voice_blocks_other_channels\n"),
                 exported.csv().c_str());
        QVERIFY2(exported.csv().find(a.id() + ",team-blue,skill-english:7;skill-tech:5,chat:4;voice:1,false\n")
                     != std::string::npos,
                 exported.csv().c_str());
    }

    void csvSkillImportDryRunAndBadHeader()
    {
        auto &d = m_client->directory();
        v1::ImportCsvRequest request;
        request.set_kind(v1::CSV_KIND_SKILLS);
        request.set_csv("name,colour\nPortuguese,green\n");
        v1::ImportCsvResponse response;
        QVERIFY_REFUSED(d.ImportCsv(ctx(m_admin).get(), request, &response), StatusCode::INVALID_ARGUMENT,
                        "csv: line 1: unknown column 'colour'");
        request.set_csv("name,description\nPortuguese,\"Brazil, Portugal\"\nenglish,duplicate of the demo's\n,no name\n");
        request.set_dry_run(true);
        QVERIFY_OK(d.ImportCsv(ctx(m_admin).get(), request, &response));
        QCOMPARE(response.accepted(), 1);
        QCOMPARE(response.rejected_size(), 2);
        QCOMPARE(response.rejected(0).line(), 3);
        QCOMPARE(response.rejected(0).message(), std::string("a skill named 'english' already exists"));
        QCOMPARE(response.rejected(1).line(), 4);
        QCOMPARE(response.rejected(1).field(), std::string("name"));
        v1::ListSkillsRequest list;
        list.set_filter("Portuguese");
        v1::ListSkillsResponse skills;
        QVERIFY_OK(d.ListSkills(ctx(m_admin).get(), list, &skills));
        QCOMPARE(skills.skills_size(), 0);   // a dry run applies nothing

        request.set_dry_run(false);
        response.Clear();
        QVERIFY_OK(d.ImportCsv(ctx(m_admin).get(), request, &response));
        QCOMPARE(response.accepted(), 1);
        QVERIFY_OK(d.ListSkills(ctx(m_admin).get(), list, &skills));
        QCOMPARE(skills.skills_size(), 1);
        QCOMPARE(skills.skills(0).description(), std::string("Brazil, Portugal"));
    }

    // --- live effect ---------------------------------------------------------------------------

    void aSkillGivenNowMakesTheNextInteractionNeedingItOfferedToTheAgent()
    {
        auto &d = m_client->directory();
        v1::CreateSkillRequest skill;
        skill.mutable_skill()->set_name("Esperanto");
        v1::Skill esperanto;
        QVERIFY_OK(d.CreateSkill(ctx(m_admin).get(), skill, &esperanto));
        v1::CreateQueueRequest create;
        create.mutable_queue()->set_name("Esperanto line");
        create.mutable_queue()->add_channels(v1::CHANNEL_CHAT);
        auto *r = create.mutable_queue()->add_required_skills();
        r->set_skill_id(esperanto.id());
        r->set_min_proficiency(5);
        v1::Queue queue;
        QVERIFY_OK(d.CreateQueue(ctx(m_admin).get(), create, &queue));

        v1::SetAgentStateRequest available;
        available.set_state(v1::AGENT_STATE_AVAILABLE);
        v1::AgentSnapshot me;
        QVERIFY_OK(m_client->routing().SetAgentState(ctx(m_agent).get(), available, &me));
        QVERIFY(std::count(me.queue_ids().begin(), me.queue_ids().end(), queue.id()) == 0);

        // The admin gives agent1 the skill while agent1 stays signed in.
        v1::BulkAssignSkillRequest bulk;
        bulk.add_user_ids(m_agentId);
        bulk.mutable_skill()->set_skill_id(esperanto.id());
        bulk.mutable_skill()->set_proficiency(7);
        v1::BulkAssignSkillResponse assigned;
        QVERIFY_OK(d.BulkAssignSkill(ctx(m_admin).get(), bulk, &assigned));
        QTRY_VERIFY_WITH_TIMEOUT(eligible(queue.id()), kWaitMs);

        const v1::Interaction next = enqueue(queue.id(), "esperantist");
        QVERIFY(!next.id().empty());
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            v1::AgentSnapshot snapshot;
            return m_client->routing().GetMyAgent(ctx(m_agent).get(), {}, &snapshot).ok()
                && std::any_of(snapshot.interactions().begin(), snapshot.interactions().end(), [&](const v1::Interaction &i) {
                       return i.id() == next.id() && i.state() == v1::INTERACTION_STATE_OFFERED
                           && i.agent_user_id() == m_agentId;
                   });
        }()), kWaitMs);

        v1::AbandonRequest abandon;
        abandon.set_interaction_id(next.id());
        v1::Interaction gone;
        QVERIFY_OK(m_client->routing().Abandon(ctx(m_simulator).get(), abandon, &gone));
        v1::SetAgentStateRequest offline;
        offline.set_state(v1::AGENT_STATE_OFFLINE);
        QVERIFY_OK(m_client->routing().SetAgentState(ctx(m_agent).get(), offline, &me));
    }

    // --- business hours in routing ----------------------------------------------------------

    void closedQueueRefusesEnqueueAndKeepsWhatWaits()
    {
        auto &d = m_client->directory();
        // Open now: no hours. A skill nobody holds keeps the interaction waiting.
        v1::CreateSkillRequest skill;
        skill.mutable_skill()->set_name("Klingon");
        v1::Skill klingon;
        QVERIFY_OK(d.CreateSkill(ctx(m_admin).get(), skill, &klingon));
        v1::CreateQueueRequest create;
        create.mutable_queue()->set_name("Night desk");
        create.mutable_queue()->add_channels(v1::CHANNEL_CHAT);
        auto *r = create.mutable_queue()->add_required_skills();
        r->set_skill_id(klingon.id());
        r->set_min_proficiency(5);
        v1::Queue queue;
        QVERIFY_OK(d.CreateQueue(ctx(m_admin).get(), create, &queue));
        const v1::Interaction first = enqueue(queue.id(), "night-1");
        QVERIFY(!first.id().empty());

        // Closed: today (and the days around it, in UTC) are holidays; open 08:00-17:00 daily.
        v1::UpdateQueueRequest update;
        *update.mutable_queue() = queue;
        auto *hours = update.mutable_queue()->mutable_hours();
        hours->set_time_zone("UTC");
        for (int day = 1; day <= 7; ++day) {
            auto *w = hours->add_weekly();
            w->set_day_of_week(day);
            w->set_open_minute(8 * 60);
            w->set_close_minute(17 * 60);
        }
        const QDate today = QDateTime::currentDateTimeUtc().date();
        for (int offset = -1; offset <= 1; ++offset) {
            auto *h = hours->add_holidays();
            h->set_date(today.addDays(offset).toString(Qt::ISODate).toStdString());
            h->set_name("Founders' Day");
        }
        QVERIFY_OK(d.UpdateQueue(ctx(m_admin).get(), update, &queue));

        // Routing takes the change from the directory's event: wait until Enqueue is refused.
        Status refused;
        int accepted = 0;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            v1::EnqueueRequest request;
            request.set_queue_id(queue.id());
            request.set_channel(v1::CHANNEL_CHAT);
            request.mutable_customer()->set_id("night-later");
            v1::Interaction interaction;
            refused = m_client->routing().Enqueue(ctx(m_simulator).get(), request, &interaction);
            accepted += refused.ok();
            return refused.error_code() == StatusCode::FAILED_PRECONDITION;
        }()), kWaitMs);
        QVERIFY2(refused.error_message().starts_with("Night desk is closed for Founders' Day; we open "),
                 got(refused).constData());
        QVERIFY2(refused.error_message().ends_with(" 08:00"), got(refused).constData());

        // What waited before the change still waits.
        v1::ListWaitingRequest waitingRequest;
        waitingRequest.set_queue_id(queue.id());
        v1::ListWaitingResponse waiting;
        QVERIFY_OK(m_client->routing().ListWaiting(ctx(m_admin).get(), waitingRequest, &waiting));
        QCOMPARE(waiting.interactions_size(), 1 + accepted);
        QCOMPARE(waiting.interactions(0).id(), first.id());
        QCOMPARE(waiting.interactions(0).state(), v1::INTERACTION_STATE_WAITING);

        // The admin's own words, then open again (no hours): taken again.
        *update.mutable_queue() = queue;
        update.mutable_queue()->mutable_hours()->set_closed_message("We are closed for the holiday.");
        QVERIFY_OK(d.UpdateQueue(ctx(m_admin).get(), update, &queue));
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
            v1::EnqueueRequest request;
            request.set_queue_id(queue.id());
            request.set_channel(v1::CHANNEL_CHAT);
            request.mutable_customer()->set_id("night-later");
            v1::Interaction interaction;
            refused = m_client->routing().Enqueue(ctx(m_simulator).get(), request, &interaction);
            return refused.error_message().starts_with("We are closed for the holiday. (we open ");
        }()), kWaitMs);
        *update.mutable_queue() = queue;
        update.mutable_queue()->clear_hours();
        QVERIFY_OK(d.UpdateQueue(ctx(m_admin).get(), update, &queue));
        QTRY_VERIFY_WITH_TIMEOUT(!enqueue(queue.id(), "night-2").id().empty(), kWaitMs);
    }

    void newQueueCreatedClosedIsClosedAtOnce()
    {
        // Routing has never seen this queue: it asks the directory at the first Enqueue.
        v1::CreateQueueRequest create;
        create.mutable_queue()->set_name("Weekend line");
        create.mutable_queue()->add_channels(v1::CHANNEL_SMS);
        auto *hours = create.mutable_queue()->mutable_hours();
        hours->set_time_zone("Pacific/Auckland");
        const QDate todayThere = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Pacific/Auckland")).date();
        auto *h = hours->add_holidays();
        h->set_date(todayThere.toString(Qt::ISODate).toStdString());
        // Open only on a weekday that is not today there, 09:00-12:00.
        const int openDay = todayThere.dayOfWeek() % 7 + 1;   // tomorrow's weekday
        auto *w = hours->add_weekly();
        w->set_day_of_week(openDay);
        w->set_open_minute(9 * 60);
        w->set_close_minute(12 * 60);
        v1::Queue queue;
        QVERIFY_OK(m_client->directory().CreateQueue(ctx(m_admin).get(), create, &queue));
        v1::EnqueueRequest request;
        request.set_queue_id(queue.id());
        request.set_channel(v1::CHANNEL_SMS);
        request.mutable_customer()->set_id("+6491234567");
        v1::Interaction interaction;
        const Status status = m_client->routing().Enqueue(ctx(m_simulator).get(), request, &interaction);
        QCOMPARE(status.error_code(), StatusCode::FAILED_PRECONDITION);
        QCOMPARE(status.error_message(), std::string("Weekend line is closed; we open tomorrow 09:00"));
    }

    void weeklyHoursDecideAtEnqueueInTheQueuesTimeZone_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("openToday");
        QTest::newRow("open all day today, New York") << "America/New_York" << true;
        QTest::newRow("open only tomorrow, Tokyo") << "Asia/Tokyo" << false;
    }
    void weeklyHoursDecideAtEnqueueInTheQueuesTimeZone()
    {
        QFETCH(QString, zone);
        QFETCH(bool, openToday);
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(zone.toUtf8())).date();
        v1::CreateQueueRequest create;
        create.mutable_queue()->set_name("Hours " + zone.toStdString());
        create.mutable_queue()->add_channels(v1::CHANNEL_EMAIL);
        auto *hours = create.mutable_queue()->mutable_hours();
        hours->set_time_zone(zone.toStdString());
        auto *w = hours->add_weekly();
        w->set_day_of_week(openToday ? today.dayOfWeek() : today.dayOfWeek() % 7 + 1);
        w->set_open_minute(openToday ? 0 : 9 * 60);
        w->set_close_minute(openToday ? 24 * 60 : 12 * 60);
        v1::Queue queue;
        QVERIFY_OK(m_client->directory().CreateQueue(ctx(m_admin).get(), create, &queue));
        v1::EnqueueRequest request;
        request.set_queue_id(queue.id());
        request.set_channel(v1::CHANNEL_EMAIL);
        request.mutable_customer()->set_id("mail@example.com");
        v1::Interaction interaction;
        const Status status = m_client->routing().Enqueue(ctx(m_simulator).get(), request, &interaction);
        if (openToday) {
            QVERIFY_OK(status);
            QCOMPARE(interaction.state(), v1::INTERACTION_STATE_WAITING);
        } else {
            QCOMPARE(status.error_code(), StatusCode::FAILED_PRECONDITION);
            QCOMPARE(status.error_message(), "Hours " + zone.toStdString() + " is closed; we open tomorrow 09:00");
        }
    }

    void cleanupTestCase() { m_server.stop(); }

private:
    static std::unique_ptr<grpc::ClientContext> ctx(const std::string &token) { return GrpcClient::context(token); }

    static v1::BusinessHours *weekly(v1::Queue &q, int day, int open, int close)
    {
        auto *hours = q.mutable_hours();
        hours->set_time_zone("Europe/Berlin");
        auto *w = hours->add_weekly();
        w->set_day_of_week(day);
        w->set_open_minute(open);
        w->set_close_minute(close);
        return hours;
    }

    v1::User createUser(const std::string &name)
    {
        v1::CreateUserRequest request;
        request.set_username(name);
        request.set_display_name(name);
        request.add_roles(v1::ROLE_AGENT);
        request.set_password("agent-password-1");
        v1::User user;
        const Status status = m_client->identity().CreateUser(ctx(m_admin).get(), request, &user);
        if (!status.ok())
            qWarning("CreateUser %s: %s", name.c_str(), got(status).constData());
        return user;
    }

    v1::Interaction enqueue(const std::string &queueId, const std::string &customer)
    {
        v1::EnqueueRequest request;
        request.set_queue_id(queueId);
        request.set_channel(v1::CHANNEL_CHAT);
        request.mutable_customer()->set_id(customer);
        v1::Interaction interaction;
        const Status status = m_client->routing().Enqueue(ctx(m_simulator).get(), request, &interaction);
        if (!status.ok())
            qWarning("Enqueue: %s", got(status).constData());
        return interaction;
    }

    bool eligible(const std::string &queueId)
    {
        v1::ListAgentsRequest request;
        request.set_queue_id(queueId);
        v1::ListAgentsResponse agents;
        if (!m_client->routing().ListAgents(ctx(m_admin).get(), request, &agents).ok())
            return false;
        return std::any_of(agents.agents().begin(), agents.agents().end(), [&](const v1::AgentSnapshot &a) {
            return a.user_id() == m_agentId && a.state() == v1::AGENT_STATE_AVAILABLE;
        });
    }

    fixtures::ServerProcess m_server;
    std::unique_ptr<GrpcClient> m_client;
    std::string m_admin, m_supervisor, m_agent, m_simulator, m_agentId;
};

QTEST_GUILESS_MAIN(TestDirectoryAdmin)
#include "tst_directory_admin.moc"
