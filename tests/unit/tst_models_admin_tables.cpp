// The admin's tables under QAbstractItemModelTester: models::ModuleStatusModel (a status
// refresh changes, inserts and removes rows one by one, never a reset; the module filter)
// and models::AuditLogModel (a live entry is one insert at the top, an older page one at
// the bottom); and session::AuditFilter, which decides which live entries are shown.

#include "models_audit_log_model.h"
#include "models_module_status_model.h"
#include "session_audit_log.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using session::ClientModuleInfo;
using session::ModuleRunState;
using models::ModuleStatusModel;
using models::AuditLogModel;

namespace {

ClientModuleInfo status(const QString &user, const QString &module, const QString &version,
                        ModuleRunState state = ModuleRunState::Running, const QString &message = {})
{
    ClientModuleInfo r;
    r.userId = "u-" + user;
    r.userName = user;
    r.clientId = "client-" + user;
    r.moduleId = module;
    r.version = version;
    r.state = state;
    r.message = message;
    r.reportedAt = QDateTime(QDate(2026, 11, 27), QTime(4, 0), Qt::UTC);
    return r;
}

session::AuditItem audit(const QString &id, int minute, const QString &who, const QString &service,
                         const QString &action, const QString &target, const QString &details)
{
    session::AuditItem e;
    e.id = id;
    e.at = QDateTime(QDate(2026, 11, 27), QTime(4, minute), Qt::UTC);
    e.actorName = who;
    e.actorUserId = "u-" + who;
    e.service = service;
    e.action = action;
    e.target = target;
    e.details = details;
    return e;
}

} // namespace

class TestModelsAdminTables : public QObject {
    Q_OBJECT

private slots:
    void statusChangesRowByRow()
    {
        ModuleStatusModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setRows({status("agent1", "chat", "1.0.0"), status("agent2", "chat", "1.0.0"),
                       status("agent3", "chat", "1.0.0")});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.index(0, ModuleStatusModel::UserColumn).data().toString(), QString("agent1"));
        QCOMPARE(model.index(0, ModuleStatusModel::StateColumn).data().toString(), QString("running"));

        // The same rows again: nothing.
        model.setRows({status("agent1", "chat", "1.0.0"), status("agent2", "chat", "1.0.0"),
                       status("agent3", "chat", "1.0.0")});
        QCOMPARE(changed.size(), 0);
        QCOMPARE(inserted.size(), 1);

        // agent2 refused 1.1.0, agent3's client is gone, agent4 new.
        model.setRows({status("agent1", "chat", "1.0.0"),
                       status("agent2", "chat", "1.1.0", ModuleRunState::Refused, "signed by key 'x'"),
                       status("agent4", "chat", "1.1.0")});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.index(1, ModuleStatusModel::VersionColumn).data().toString(), QString("1.1.0"));
        QCOMPARE(model.index(1, ModuleStatusModel::StateColumn).data().toString(), QString("refused"));
        QCOMPARE(model.index(1, ModuleStatusModel::ReasonColumn).data().toString(), QString("signed by key 'x'"));
        QCOMPARE(model.index(2, ModuleStatusModel::UserColumn).data().toString(), QString("agent4"));
        QCOMPARE(model.rowOf("u-agent4/client-agent4/chat"), 2);

        // Another module on agent1's client, then only that module shown.
        model.setRows({status("agent1", "chat", "1.0.0"), status("agent1", "sms", "2.0.0"),
                       status("agent2", "chat", "1.1.0", ModuleRunState::Refused, "signed by key 'x'"),
                       status("agent4", "chat", "1.1.0")});
        QCOMPARE(model.rowCount(), 4);
        model.setModuleFilter("sms");
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ModuleStatusModel::ModuleColumn).data().toString(), QString("sms"));
        model.setModuleFilter({});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(resets.size(), 0);
    }

    void auditInsertsAtTheTopAndBottom()
    {
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({audit("a3", 30, "admin1", "directory", "queue.update", "queue:q-support", "updated"),
                          audit("a2", 20, "supervisor1", "routing", "agent.force_state", "user:u1", "forced")});
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.prepend({audit("a4", 40, "supervisor1", "conversation", "conversation.whisper", "interaction:i1", "w")});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data().toString(), QString("conversation.whisper"));
        QCOMPARE(model.index(0, AuditLogModel::WhoColumn).data().toString(), QString("supervisor1"));
        model.append({audit("a1", 10, "seed-demo", "directory", "skill.create", "skill:s1", "created 'Billing'")});
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 3);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(3, AuditLogModel::DetailsColumn).data().toString(), QString("created 'Billing'"));
        QCOMPARE(model.index(3, 0).data(AuditLogModel::IdRole).toString(), QString("a1"));
        const QString local = QLocale().toString(QDateTime(QDate(2026, 11, 27), QTime(4, 10), Qt::UTC).toLocalTime(),
                                                 QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QCOMPARE(model.index(3, AuditLogModel::TimeColumn).data().toString(), local);
        QCOMPARE(resets.size(), 0);
    }

    void auditFilter()
    {
        const auto force = audit("a2", 20, "supervisor1", "routing", "agent.force_state", "user:u1", "set Not Ready");
        const auto queue = audit("a3", 30, "admin1", "directory", "queue.update", "queue:q-support", "updated 'Support'");
        session::AuditFilter f;
        QVERIFY(f.matches(force) && f.matches(queue));
        f.service = "routing";
        QVERIFY(f.matches(force) && !f.matches(queue));
        f = {};
        f.action = "queue";             // a kind: queue.*
        QVERIFY(!f.matches(force) && f.matches(queue));
        f.action = "queue.update";
        QVERIFY(f.matches(queue));
        f.action = "queue.upd";         // neither the action nor a kind
        QVERIFY(!f.matches(queue));
        f = {};
        f.search = "SUPPORT";
        QVERIFY(!f.matches(force) && f.matches(queue));
        f = {};
        f.from = QDateTime(QDate(2026, 11, 27), QTime(4, 25), Qt::UTC);
        QVERIFY(!f.matches(force) && f.matches(queue));
        f.to = QDateTime(QDate(2026, 11, 27), QTime(4, 29), Qt::UTC);
        QVERIFY(!f.matches(queue));
    }
};

QTEST_GUILESS_MAIN(TestModelsAdminTables)
#include "tst_models_admin_tables.moc"
