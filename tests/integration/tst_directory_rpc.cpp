// The directory through the real server: validation answers with the field, versions
// refuse a lost update, an entity in use cannot be deleted, reads need a session.

#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"

#include <QTest>

using fixtures::describe;
using fixtures::GrpcClient;
namespace v1 = switchboard::v1;

class TestDirectoryRpc : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({"--seed-demo"}), qPrintable(m_server.errorString()));
        m_client = std::make_unique<GrpcClient>(m_server.grpcAddress(), m_server.caPath());
        m_admin = m_client->tokenFor("admin1", m_server.demoPassword("admin1"));
        m_agent = m_client->tokenFor("agent1", m_server.demoPassword("agent1"));
    }

    void demoCenterIsSeeded()
    {
        v1::ListQueuesResponse queues;
        const grpc::Status status = m_client->directory().ListQueues(GrpcClient::context(m_agent).get(), {}, &queues);
        QVERIFY2(status.ok(), describe(status));
        QCOMPARE(queues.queues_size(), 3);
        v1::ListReasonCodesResponse reasons;
        QVERIFY(m_client->directory().ListReasonCodes(GrpcClient::context(m_agent).get(), {}, &reasons).ok());
        QVERIFY(reasons.codes_size() >= 3);
        v1::ListWrapUpCodesRequest wrapUpRequest;
        wrapUpRequest.set_queue_id("queue-support");
        v1::ListWrapUpCodesResponse wrapUps;
        QVERIFY(m_client->directory().ListWrapUpCodes(GrpcClient::context(m_agent).get(), wrapUpRequest, &wrapUps).ok());
        QCOMPARE(wrapUps.codes_size(), 3);
    }

    void createSkillValidatesTheName()
    {
        v1::CreateSkillRequest request;
        request.mutable_skill()->set_name("   ");
        v1::Skill skill;
        const grpc::Status status = m_client->directory().CreateSkill(GrpcClient::context(m_admin).get(), request, &skill);
        QCOMPARE(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
        QVERIFY2(status.error_message().starts_with("skill.name:"), describe(status));
    }

    void duplicateNameIsAlreadyExists()
    {
        v1::CreateSkillRequest request;
        request.mutable_skill()->set_name("english");   // the demo has "English"
        v1::Skill skill;
        const grpc::Status status = m_client->directory().CreateSkill(GrpcClient::context(m_admin).get(), request, &skill);
        QCOMPARE(status.error_code(), grpc::StatusCode::ALREADY_EXISTS);
    }

    void queueWithUnknownSkillIsInvalid()
    {
        v1::CreateQueueRequest request;
        request.mutable_queue()->set_name("Broken");
        request.mutable_queue()->add_channels(v1::CHANNEL_CHAT);
        auto *requirement = request.mutable_queue()->add_required_skills();
        requirement->set_skill_id("skill-nope");
        requirement->set_min_proficiency(5);
        v1::Queue queue;
        const grpc::Status status = m_client->directory().CreateQueue(GrpcClient::context(m_admin).get(), request, &queue);
        QCOMPARE(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
        QVERIFY2(status.error_message().starts_with("queue.required_skills[0].skill_id:"), describe(status));
    }

    void queueGetsDefaultsForUnsetParameters()
    {
        v1::CreateQueueRequest request;
        request.mutable_queue()->set_name("Defaults");
        request.mutable_queue()->add_channels(v1::CHANNEL_EMAIL);
        v1::Queue queue;
        const grpc::Status status = m_client->directory().CreateQueue(GrpcClient::context(m_admin).get(), request, &queue);
        QVERIFY2(status.ok(), describe(status));
        QCOMPARE(queue.offer_timeout_seconds(), 20);
        QCOMPARE(queue.service_level_threshold_seconds(), 20);
        QCOMPARE(queue.version(), 1);
        QCOMPARE(queue.strategy(), v1::ROUTING_STRATEGY_LONGEST_IDLE);
    }

    void staleVersionIsAbortedAndLosesNothing()
    {
        v1::CreateSkillRequest create;
        create.mutable_skill()->set_name("Versioned");
        v1::Skill original;
        QVERIFY(m_client->directory().CreateSkill(GrpcClient::context(m_admin).get(), create, &original).ok());

        v1::UpdateSkillRequest first;
        *first.mutable_skill() = original;
        first.mutable_skill()->set_description("first editor");
        v1::Skill updated;
        grpc::Status status = m_client->directory().UpdateSkill(GrpcClient::context(m_admin).get(), first, &updated);
        QVERIFY2(status.ok(), describe(status));
        QCOMPARE(updated.version(), 2);

        v1::UpdateSkillRequest second;   // based on version 1
        *second.mutable_skill() = original;
        second.mutable_skill()->set_description("second editor");
        v1::Skill lost;
        status = m_client->directory().UpdateSkill(GrpcClient::context(m_admin).get(), second, &lost);
        QCOMPARE(status.error_code(), grpc::StatusCode::ABORTED);

        v1::ListSkillsRequest list;
        list.set_filter("Versioned");
        v1::ListSkillsResponse skills;
        QVERIFY(m_client->directory().ListSkills(GrpcClient::context(m_admin).get(), list, &skills).ok());
        QCOMPARE(skills.skills_size(), 1);
        QCOMPARE(skills.skills(0).description(), "first editor");
    }

    void deletingASkillInUseIsRefusedWithItsUsers()
    {
        v1::DeleteSkillRequest request;
        request.set_id("skill-tech");
        request.set_version(1);
        v1::DeleteResponse response;
        const grpc::Status status = m_client->directory().DeleteSkill(GrpcClient::context(m_admin).get(), request, &response);
        QCOMPARE(status.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
        QVERIFY2(status.error_message().find("Support") != std::string::npos, describe(status));
    }

    void deletingAnUnusedSkillWorksAndIsAudited()
    {
        v1::CreateSkillRequest create;
        create.mutable_skill()->set_name("Short-lived");
        v1::Skill skill;
        QVERIFY(m_client->directory().CreateSkill(GrpcClient::context(m_admin).get(), create, &skill).ok());
        v1::DeleteSkillRequest request;
        request.set_id(skill.id());
        request.set_version(skill.version());
        v1::DeleteResponse response;
        const grpc::Status status = m_client->directory().DeleteSkill(GrpcClient::context(m_admin).get(), request, &response);
        QVERIFY2(status.ok(), describe(status));

        v1::ListAuditEntriesRequest audit;
        audit.set_search(skill.id());
        v1::ListAuditEntriesResponse entries;
        QVERIFY(m_client->directory().ListAuditEntries(GrpcClient::context(m_admin).get(), audit, &entries).ok());
        QCOMPARE(entries.entries_size(), 2);   // newest first
        QCOMPARE(entries.entries(0).action(), "skill.delete");
        QCOMPARE(entries.entries(0).actor().username(), "admin1");
        QCOMPARE(entries.entries(1).action(), "skill.create");
    }

    // The directory's log is the one audit log (other services' supervisor actions come
    // in from the bus, see tst_routing_service): supervisors read it, and every entry
    // names the service that recorded it.
    void supervisorsReadTheOneAuditLogWithEachEntrysService()
    {
        const std::string supervisor = m_client->tokenFor("supervisor1", m_server.demoPassword("supervisor1"));
        v1::ListAuditEntriesRequest request;
        request.set_search("queue.create");
        v1::ListAuditEntriesResponse entries;
        const grpc::Status status =
            m_client->directory().ListAuditEntries(GrpcClient::context(supervisor).get(), request, &entries);
        QVERIFY2(status.ok(), describe(status));
        QVERIFY(entries.entries_size() >= 3);      // the demo's queues and the tests'
        for (const auto &entry : entries.entries()) {
            QCOMPARE(entry.service(), "directory");
            QVERIFY(entry.has_at());
            QVERIFY(!entry.id().empty());
        }
        // The search matches the service too.
        request.set_search("directory");
        QVERIFY(m_client->directory().ListAuditEntries(GrpcClient::context(supervisor).get(), request, &entries).ok());
        QVERIFY(entries.entries_size() >= 3);
    }

    void agentCannotReadTheAuditLog()
    {
        v1::ListAuditEntriesResponse entries;
        const grpc::Status status =
            m_client->directory().ListAuditEntries(GrpcClient::context(m_agent).get(), {}, &entries);
        QCOMPARE(status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
    }

private:
    fixtures::ServerProcess m_server;
    std::unique_ptr<GrpcClient> m_client;
    std::string m_admin, m_agent;
};

QTEST_GUILESS_MAIN(TestDirectoryRpc)
#include "tst_directory_rpc.moc"
