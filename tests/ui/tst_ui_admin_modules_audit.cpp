// The admin's Modules and Audit log views (issue 7) on admin1's session against the real
// server. Modules: Publish… refuses an unsigned folder next to the field and shows the
// server's reason for one changed after signing, then publishes a signed one (its key
// shown); Roll out… validates the target next to the field and rolls the version out to
// agent1; the status table shows agent1's client running it (agent1's real
// session::CatalogClient downloads, verifies and reports) and agent2's client refusing a
// version signed by a key it does not trust, with the reason; Roll back… returns agent1
// to the previous version. Audit log: a configuration change by admin1 and a forced state
// by supervisor1 (gRPC) listed with who, what and when in local time; the search and the
// service filter narrow it; the details pane shows the selected entry; a new forced state
// appears at the top without a reload.

#include "app_audit_log_view.h"
#include "app_module_admin_view.h"
#include "app_module_publish_dialog.h"
#include "app_rollout_dialog.h"

#include "models_audit_log_model.h"
#include "models_module_status_model.h"
#include "session_audit_log.h"
#include "session_catalog_admin.h"
#include "session_catalog_client.h"
#include "session_event_stream.h"
#include "session_session.h"

#include "fixtures_bundle_folder.h"
#include "fixtures_agent_desk.h"
#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"
#include "fixtures_session.h"

#include "host_bundle.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

namespace v1 = switchboard::v1;
using fixtures::describe;
using fixtures::GrpcClient;
using modules::host::Bundle;
using modules::host::SigningKey;
using models::ModuleStatusModel;
using models::AuditLogModel;

namespace {

using Signing = fixtures::BundleSigning;

QString makeVersionFolder(const QString &root, const QString &id, const QString &version, const SigningKey &key,
                          Signing signing = Signing::Signed)
{
    return fixtures::makeVersionFolder(root, id, version, key, signing, QStringLiteral("libquick_replies.so"));
}

// The row of the status model for a user's client and module; -1 when none.
int statusRow(const ModuleStatusModel *model, const QString &user, const QString &module)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, ModuleStatusModel::UserColumn).data().toString() == user
            && model->index(r, ModuleStatusModel::ModuleColumn).data().toString() == module)
            return r;
    return -1;
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

int auditRow(const AuditLogModel *model, const QString &action, const QString &who)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (cell(model, r, AuditLogModel::ActionColumn) == action && cell(model, r, AuditLogModel::WhoColumn) == who)
            return r;
    return -1;
}

} // namespace

class TestUiAdminModulesAudit : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    QTemporaryDir bundles, agentKeys, downloads1, downloads2, state;
    SigningKey opsKey, vendorKey;
    std::unique_ptr<session::Session> admin, agent1, agent2;
    std::unique_ptr<GrpcClient> grpc;
    std::string supervisorToken, adminToken;

    std::unique_ptr<session::Session> agentSession(const QString &user, const QString &downloads)
    {
        auto s = fixtures::signInSession(server, user, state.filePath(user));
        if (!s)
            return s;
        session::CatalogClient &catalog = s->catalog();
        catalog.setDownloadsDirectory(downloads);
        catalog.setTrustedKeysDirectory(agentKeys.path());
        catalog.setClientId(user + "-desk");
        // What the desk does: report what it runs after every assignment.
        session::CatalogClient *c = &catalog;
        connect(c, &session::CatalogClient::assignmentChanged, c, [c](const QHash<QString, QString> &versions) {
            QList<session::ReportedModule> running;
            for (auto it = versions.cbegin(); it != versions.cend(); ++it)
                running.append({it.key(), it.value(), session::ModuleRunState::Running, {}});
            c->report(running);
        });
        catalog.start();
        return s;
    }

    void forceState(const QString &userId, const char *reason)
    {
        v1::ForceAgentStateRequest force;
        force.set_user_id(userId.toStdString());
        force.set_state(v1::AGENT_STATE_NOT_READY);
        force.set_reason_code_id(reason);
        v1::AgentSnapshot snapshot;
        const grpc::Status status = grpc->routing().ForceAgentState(GrpcClient::context(supervisorToken).get(), force,
                                                                    &snapshot);
        QVERIFY2(status.ok(), describe(status));
    }

private slots:
    void initTestCase()
    {
        opsKey = SigningKey::generate("ops-2026");
        vendorKey = SigningKey::generate("vendor-x");
        QString error;
        QVERIFY2(opsKey.save(server.dataDir() + "/trusted-keys", &error), qPrintable(error));
        QVERIFY2(vendorKey.save(server.dataDir() + "/trusted-keys", &error), qPrintable(error));
        QVERIFY2(opsKey.save(agentKeys.path(), &error), qPrintable(error));     // the agents trust ops-2026 only
        QFile::remove(agentKeys.filePath("ops-2026.key"));
        const QString started = fixtures::startDeskTest("tst_ui_admin_modules_audit", server);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        grpc = std::make_unique<GrpcClient>(server.grpcAddress(), server.caPath());
        supervisorToken = grpc->tokenFor("supervisor1", server.demoPassword("supervisor1"));
        adminToken = grpc->tokenFor("admin1", server.demoPassword("admin1"));

        admin = fixtures::signInSession(server, "admin1", state.filePath("admin1"), {}, false);
        QVERIFY(admin);
        QTRY_COMPARE_WITH_TIMEOUT(admin->events().state(), session::StreamState::Connected, 15000);
        agent1 = agentSession("agent1", downloads1.path());
        QVERIFY(agent1);
        agent2 = agentSession("agent2", downloads2.path());
        QVERIFY(agent2);
    }

    void publishThroughTheDialog()
    {
        app::ModuleAdminView view(*admin);
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(view.catalog().isLoaded(), 10000);
        QCOMPARE(view.modulesTree()->topLevelItemCount(), 0);
        QVERIFY(!view.rolloutButton()->isEnabled());

        QVERIFY(fixtures::click(view.publishButton()));
        app::ModulePublishDialog *dialog = view.publishDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->publishButton()->isEnabled());

        // Unsigned: said next to the field, nothing sent.
        dialog->pathField()->setText(makeVersionFolder(bundles.path(), "quick-replies", "1.0.0", opsKey, Signing::Unsigned));
        QVERIFY(dialog->pathError()->isVisible());
        QVERIFY2(dialog->pathError()->text().contains("quick-replies 1.0.0 is not signed"),
                 qPrintable(dialog->pathError()->text()));
        QCOMPARE(dialog->keyLabel()->text(), QString("not signed"));
        QVERIFY(!dialog->publishButton()->isEnabled());

        // Changed after signing: signed as far as can be seen here; the server finds it.
        const QString tampered = makeVersionFolder(bundles.path(), "quick-replies", "0.9.0", opsKey, Signing::Tampered);
        dialog->pathField()->setText(tampered);
        QVERIFY(!dialog->pathError()->isVisible());
        QCOMPARE(dialog->keyLabel()->text(), QString("ops-2026"));
        QVERIFY(dialog->publishButton()->isEnabled());
        QVERIFY(fixtures::click(dialog->publishButton()));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->serverError()->isVisible(), 10000);
        QVERIFY2(dialog->serverError()->text().contains("has been changed since it was signed"),
                 qPrintable(dialog->serverError()->text()));
        QVERIFY(dialog->isVisible());

        // A signed folder: what will be published, its key, then published.
        QDir(bundles.path() + "/quick-replies/1.0.0").removeRecursively();
        const QString good = makeVersionFolder(bundles.path(), "quick-replies", "1.0.0", opsKey);
        dialog->pathField()->setText(good);
        QVERIFY(!dialog->pathError()->isVisible());
        QVERIFY(!dialog->serverError()->isVisible());
        QVERIFY2(dialog->summary()->text().contains("quick-replies 1.0.0"), qPrintable(dialog->summary()->text()));
        QVERIFY2(dialog->summary()->text().contains("agent-tool"), qPrintable(dialog->summary()->text()));
        QVERIFY2(dialog->summary()->text().contains("libquick_replies.so, manifest.json"),
                 qPrintable(dialog->summary()->text()));
        QCOMPARE(dialog->keyLabel()->text(), QString("ops-2026"));
        QPointer<app::ModulePublishDialog> guard(dialog);
        QVERIFY(fixtures::click(dialog->publishButton()));
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(view.modulesTree()->topLevelItemCount(), 1, 10000);
        QCOMPARE(view.modulesTree()->topLevelItem(0)->text(0), QString("quick-replies"));
        QCOMPARE(view.modulesTree()->topLevelItem(0)->child(0)->text(0), QString("1.0.0"));
        QCOMPARE(view.modulesTree()->topLevelItem(0)->child(0)->text(1), QString("ops-2026"));
        QVERIFY2(view.message()->text().contains("Published quick-replies 1.0.0"), qPrintable(view.message()->text()));
        QCOMPARE(view.selectedVersion(), QString("1.0.0"));

        // Two more versions for the rollouts: 1.1.0 (ops-2026) and 1.2.0 signed by a key
        // the server trusts and the agents' clients do not.
        for (const auto &[version, key] : {std::pair{"1.1.0", &opsKey}, std::pair{"1.2.0", &vendorKey}}) {
            bool ok = false;
            view.catalog().publish(makeVersionFolder(bundles.path(), "quick-replies", version, *key),
                                   [&](const session::CatalogResult &r) { ok = r.ok; QVERIFY2(r.ok, qPrintable(r.error)); });
            QTRY_VERIFY_WITH_TIMEOUT(ok, 10000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(view.modulesTree()->topLevelItem(0)->childCount(), 3, 10000);
    }

    void rollOutThroughTheDialogAndSeeTheClients()
    {
        app::ModuleAdminView view(*admin);
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.catalog().setStatusInterval(500);
        QTRY_COMPARE_WITH_TIMEOUT(view.modulesTree()->topLevelItemCount(), 1, 10000);
        view.selectModule("quick-replies", "1.0.0");

        QVERIFY(fixtures::click(view.rolloutButton()));
        app::RolloutDialog *dialog = view.rolloutDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->moduleBox()->currentText(), QString("quick-replies"));
        QCOMPARE(dialog->versionBox()->currentData().toString(), QString("1.0.0"));
        QCOMPARE(dialog->versionBox()->count(), 3);
        // Named users, none named yet: said next to the field.
        dialog->targetKindBox()->setCurrentIndex(dialog->targetKindBox()->findData(int(session::RolloutTarget::Kind::Users)));
        QVERIFY(dialog->usersField()->isVisible());
        QVERIFY(dialog->targetError()->isVisible());
        QCOMPARE(dialog->targetError()->text(), QString("Name at least one user (user names, separated by commas)."));
        QVERIFY(!dialog->okButton()->isEnabled());
        // A percentage out of range, then the team list from the directory.
        dialog->targetKindBox()->setCurrentIndex(dialog->targetKindBox()->findData(int(session::RolloutTarget::Kind::Percent)));
        dialog->percentBox()->setValue(0);
        QCOMPARE(dialog->targetError()->text(), QString("A percentage from 1 to 100."));
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->targetKindBox()->setCurrentIndex(dialog->targetKindBox()->findData(int(session::RolloutTarget::Kind::Team)));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->teamBox()->currentData().toString(), QString("team-blue"), 10000);
        QVERIFY(!dialog->targetError()->isVisible());

        dialog->targetKindBox()->setCurrentIndex(dialog->targetKindBox()->findData(int(session::RolloutTarget::Kind::Users)));
        dialog->usersField()->setFocus();
        QTest::keyClicks(dialog->usersField(), "agent1");
        QVERIFY(!dialog->targetError()->isVisible());
        QVERIFY(dialog->okButton()->isEnabled());
        QCOMPARE(dialog->effectLabel()->text(),
                 QString("quick-replies 1.0.0 for users agent1. The newest rule that matches a user wins."));
        QPointer<app::RolloutDialog> guard(dialog);
        QVERIFY(fixtures::click(dialog->okButton()));
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 10000);
        QCOMPARE(view.message()->text(), QString("Rolled quick-replies 1.0.0 out to users agent1."));
        QTRY_COMPARE_WITH_TIMEOUT(view.modulesTree()->topLevelItem(0)->child(2)->text(3), QString("users agent1"), 5000);
        QVERIFY2(view.modulesTree()->topLevelItem(0)->child(2)->toolTip(3).contains("1.0.0 to users agent1 by admin1"),
                 qPrintable(view.modulesTree()->topLevelItem(0)->child(2)->toolTip(3)));

        // 1.2.0 (the vendor's key) to agent2, whose client does not trust it.
        view.selectModule("quick-replies", "1.2.0");
        dialog = view.openRolloutDialog();
        QCOMPARE(dialog->versionBox()->currentData().toString(), QString("1.2.0"));
        dialog->setTarget(session::RolloutTarget::usersNamed({"agent2"}));
        QVERIFY(dialog->okButton()->isEnabled());
        guard = dialog;
        QVERIFY(fixtures::click(dialog->okButton()));
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 10000);

        // The clients: agent1's runs 1.0.0, agent2's refused 1.2.0 with the reason.
        const ModuleStatusModel *status = view.statusModel();
        QAbstractItemModelTester statusTester(view.statusModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(statusRow(status, "agent1", "quick-replies") >= 0
                                     && cell(status, statusRow(status, "agent1", "quick-replies"),
                                             ModuleStatusModel::VersionColumn) == "1.0.0", 15000);
        int row = statusRow(status, "agent1", "quick-replies");
        QCOMPARE(cell(status, row, ModuleStatusModel::StateColumn), QString("running"));
        QCOMPARE(status->index(row, 0).data(ModuleStatusModel::KeyRole).toString(),
                 agent1->userId() + "/agent1-desk/quick-replies");
        QTRY_VERIFY_WITH_TIMEOUT(statusRow(status, "agent2", "quick-replies") >= 0, 15000);
        row = statusRow(status, "agent2", "quick-replies");
        QCOMPARE(cell(status, row, ModuleStatusModel::VersionColumn), QString("1.2.0"));
        QCOMPARE(cell(status, row, ModuleStatusModel::StateColumn), QString("refused"));
        QVERIFY2(cell(status, row, ModuleStatusModel::ReasonColumn).contains("key 'vendor-x'"),
                 qPrintable(cell(status, row, ModuleStatusModel::ReasonColumn)));
        view.selectModule("quick-replies", "1.0.0");
        view.statusTable()->selectRow(statusRow(status, "agent1", "quick-replies"));
        QVERIFY(fixtures::screenshot(&view, "admin-module-rollout"));

        // Roll agent1 forward to 1.1.0, then back through the dialog.
        bool ok = false;
        view.catalog().rollout("quick-replies", "1.1.0", session::RolloutTarget::usersNamed({"agent1"}),
                               [&](const session::CatalogResult &r) { ok = r.ok; });
        QTRY_VERIFY_WITH_TIMEOUT(ok, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(status, statusRow(status, "agent1", "quick-replies"),
                                       ModuleStatusModel::VersionColumn), QString("1.1.0"), 15000);
        QSignalSpy resets(status, &QAbstractItemModel::modelReset);
        QVERIFY(fixtures::click(view.rollbackButton()));
        dialog = view.rolloutDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), app::RolloutDialog::Mode::Rollback);
        dialog->setTarget(session::RolloutTarget::usersNamed({"nobody-yet"}));
        QVERIFY(dialog->targetError()->isVisible());      // never rolled out to
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->setTarget(session::RolloutTarget::usersNamed({"agent1"}));
        QVERIFY(!dialog->targetError()->isVisible());
        QCOMPARE(dialog->effectLabel()->text(), QString("quick-replies for users agent1: from 1.1.0 back to 1.0.0."));
        guard = dialog;
        QVERIFY(fixtures::click(dialog->okButton()));
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 10000);
        QCOMPARE(view.message()->text(), QString("Rolled quick-replies back for users agent1: now 1.0.0."));
        QTRY_COMPARE_WITH_TIMEOUT(cell(status, statusRow(status, "agent1", "quick-replies"),
                                       ModuleStatusModel::VersionColumn), QString("1.0.0"), 15000);
        QCOMPARE(resets.size(), 0);
    }

    void auditLogListsSearchesAndGoesLive()
    {
        // A configuration change by admin1 and a supervisor action by supervisor1.
        v1::CreateSkillRequest create;
        create.mutable_skill()->set_name("Chat escalations");
        create.mutable_skill()->set_description("Customers who asked for a supervisor");
        v1::Skill skill;
        grpc::Status status = grpc->directory().CreateSkill(GrpcClient::context(adminToken).get(), create, &skill);
        QVERIFY2(status.ok(), describe(status));
        forceState(agent1->userId(), "reason-lunch");
        if (QTest::currentTestFailed())
            return;
        // Routing's entry reaches the directory's log through the bus.
        QVERIFY(QTest::qWaitFor([&] {
            v1::ListAuditEntriesRequest request;
            request.set_search("force_state");
            v1::ListAuditEntriesResponse response;
            return grpc->directory().ListAuditEntries(GrpcClient::context(adminToken).get(), request, &response).ok()
                && response.entries_size() > 0;
        }, 10000));

        app::AuditLogView view(*admin);
        view.resize(1200, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const AuditLogModel *model = view.logModel();
        QAbstractItemModelTester logTester(view.logModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(view.log().isLoaded() && model->rowCount() > 0, 10000);
        const int skillRow = auditRow(model, "skill.create", "admin1");
        const int forceRow = auditRow(model, "agent.force_state", "supervisor1");
        QVERIFY(skillRow >= 0);
        QVERIFY(forceRow >= 0);
        QVERIFY(forceRow < skillRow);       // newest first
        QCOMPARE(cell(model, skillRow, AuditLogModel::ServiceColumn), QString("directory"));
        QCOMPARE(cell(model, skillRow, AuditLogModel::TargetColumn), "skill:" + QString::fromStdString(skill.id()));
        QCOMPARE(cell(model, skillRow, AuditLogModel::DetailsColumn), QString("created 'Chat escalations'"));
        QCOMPARE(cell(model, forceRow, AuditLogModel::ServiceColumn), QString("routing"));
        QCOMPARE(cell(model, forceRow, AuditLogModel::TargetColumn), "user:" + agent1->userId());
        QVERIFY2(cell(model, forceRow, AuditLogModel::DetailsColumn).contains("agent1"),
                 qPrintable(cell(model, forceRow, AuditLogModel::DetailsColumn)));
        // When, in local time, to the second.
        const QDateTime at = model->index(forceRow, 0).data(AuditLogModel::AtRole).toDateTime();
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(cell(model, forceRow, AuditLogModel::TimeColumn), at.toLocalTime().toString("yyyy-MM-dd HH:mm:ss"));
        QVERIFY(view.countLabel()->text().contains(QString::number(model->rowCount())));

        // The search narrows it (typed, applied after a pause).
        view.searchField()->setFocus();
        QTest::keyClicks(view.searchField(), "escalations");
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
        QCOMPARE(cell(model, 0, AuditLogModel::ActionColumn), QString("skill.create"));
        QCOMPARE(view.log().filter().search, QString("escalations"));
        view.searchField()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 2, 10000);
        const int all = model->rowCount();
        QList<QDateTime> times;
        for (int r = 0; r < all; ++r)
            times << model->index(r, 0).data(AuditLogModel::AtRole).toDateTime();

        // Keyboard: Ctrl+F goes to the search, Enter applies it at once.
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowActive(&view));
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(view.searchField()->hasFocus());
        QTest::keyClicks(view.searchField(), "Chat esc");
        QTest::keyClick(view.searchField(), Qt::Key_Return);
        QCOMPARE(view.log().filter().search, QString("Chat esc"));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 10000);
        view.searchField()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), all, 10000);

        // The kind of action: skills only.
        QComboBox *action = view.actionFilter();
        const int skills = action->findData("skill");
        QVERIFY(skills > 0);
        action->setCurrentIndex(skills);
        emit action->activated(skills);
        QTRY_VERIFY_WITH_TIMEOUT(view.log().isLoaded() && model->rowCount() > 0 && model->rowCount() < all, 10000);
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(cell(model, r, AuditLogModel::ActionColumn).startsWith("skill."));
        action->setCurrentIndex(0);
        emit action->activated(0);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), all, 10000);

        // From the skill's second on (the edit shows seconds, in local time).
        const QDateTime from = times.at(skillRow).toLocalTime();
        view.fromEdit()->setDateTime(QDateTime(from.date(), QTime(from.time().hour(), from.time().minute(),
                                                                   from.time().second())));
        view.fromBox()->setChecked(true);
        const QDateTime fromUtc = view.fromEdit()->dateTime().toUTC();
        const auto expected = std::count_if(times.cbegin(), times.cend(), [&](const QDateTime &t) { return t >= fromUtc; });
        QVERIFY(expected >= 2);
        QTRY_VERIFY_WITH_TIMEOUT(view.log().isLoaded() && model->rowCount() == expected, 10000);
        QVERIFY(auditRow(model, "skill.create", "admin1") >= 0);
        view.fromBox()->setChecked(false);
        QTRY_VERIFY_WITH_TIMEOUT(view.log().isLoaded() && model->rowCount() == all, 10000);

        // The service filter: routing only.
        QComboBox *service = view.serviceFilter();
        const int routing = service->findData("routing");
        QVERIFY(routing > 0);
        service->setCurrentIndex(routing);
        emit service->activated(routing);
        QTRY_VERIFY_WITH_TIMEOUT(view.log().isLoaded() && model->rowCount() > 0 && model->rowCount() < all, 10000);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(cell(model, r, AuditLogModel::ServiceColumn), QString("routing"));

        // The details of a row, with the keyboard.
        view.table()->setFocus();
        view.table()->setCurrentIndex(model->index(0, 0));
        QTRY_VERIFY(view.detailsPane()->toPlainText().contains("supervisor1"));
        QVERIFY(view.detailsPane()->toPlainText().contains("agent.force_state"));

        // Live: a new forced state appears at the top, no reload.
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        const int before = model->rowCount();
        forceState(agent1->userId(), "reason-break");
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), before + 1, 10000);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(cell(model, 0, AuditLogModel::WhoColumn), QString("supervisor1"));
        QVERIFY2(cell(model, 0, AuditLogModel::DetailsColumn).contains("Break"),
                 qPrintable(cell(model, 0, AuditLogModel::DetailsColumn)));

        // The whole log again for the screenshot, a supervisor action selected.
        service->setCurrentIndex(0);
        emit service->activated(0);
        QTRY_VERIFY_WITH_TIMEOUT(view.log().isLoaded() && model->rowCount() > before + 1, 10000);
        view.table()->setCurrentIndex(model->index(auditRow(model, "agent.force_state", "supervisor1"), 0));
        QVERIFY(fixtures::screenshot(&view, "admin-audit-log"));
    }

    void cleanupTestCase()
    {
        agent2.reset();
        agent1.reset();
        admin.reset();
    }
};

QTEST_MAIN(TestUiAdminModulesAudit)
#include "tst_ui_admin_modules_audit.moc"
