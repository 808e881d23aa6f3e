// The admin's directory editors (issue 7) on admin1's desk against the real server:
// the queue editor says what is wrong next to the field before saving and refuses to
// save; a valid queue appears in the table; someone else's change shows the conflict
// banner and Reload; bulk skill assignment to several agents; a CSV import's per-row
// report; export to a file. And the live effect: the admin gives agent1 (at their desk,
// Available) a new skill in the Agents form; the next chat into a queue requiring that
// skill is offered to agent1, whose desk shows the skill without signing out.

#include "app_admin_agents_view.h"
#include "app_admin_codes_view.h"
#include "app_admin_csv_report_dialog.h"
#include "app_admin_queue_editor.h"
#include "app_admin_queues_view.h"
#include "app_admin_skills_view.h"
#include "app_admin_user_dialog.h"
#include "app_admin_workspace.h"
#include "app_agent_workspace.h"
#include "app_application.h"
#include "app_appearance.h"
#include "app_main_window.h"

#include "models_admin_agent_model.h"
#include "models_admin_queue_model.h"
#include "models_admin_skill_model.h"
#include "session_agent_store.h"
#include "session_directory_admin.h"
#include "session_event_stream.h"
#include "session_interaction_store.h"
#include "session_session.h"
#include "widgets_offer_toast.h"

#include "fixtures_agent_desk.h"
#include "fixtures_chat_customers.h"
#include "fixtures_server_process.h"
#include "fixtures_session.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSet>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QAbstractButton>
#include <QAbstractSpinBox>

namespace v1 = switchboard::v1;

namespace {
constexpr int kWaitMs = 15000;
}

class TestAdminDirectory : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    QTemporaryDir state;
    std::unique_ptr<app::Application> desk;
    app::MainWindow *window = nullptr;
    app::AdminWorkspace *admin = nullptr;

    QString userIdOf(const QString &username) const
    {
        for (const auto &agent : admin->directory().agents())
            if (agent.username == username)
                return agent.userId;
        return {};
    }
    // The table's text in a column for the row of `key`, or empty when not shown.
    static QString cell(models::AdminTableModel *model, const QString &key, int column)
    {
        const int row = model->rowOf(key);
        return row < 0 ? QString() : model->text(row, column);
    }
    QString queueIdNamed(const QString &name) const
    {
        for (const auto &queue : admin->directory().queues())
            if (queue.name == name)
                return queue.id;
        return {};
    }

private slots:
    void initTestCase()
    {
        const QString started = fixtures::startDeskTest(QStringLiteral("tst_ui_admin_directory"), server);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY(state.isValid());
        // The admin's desk needs no channel module (agent1's desk, later, has them).
        QVERIFY(QDir().mkpath(state.filePath(QStringLiteral("no-modules"))));
        desk = fixtures::signInToDesk(server, QStringLiteral("admin1"), state.filePath(QStringLiteral("no-modules")));
        QVERIFY(desk);
        window = desk->mainWindow();
        window->resize(1360, 900);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        admin = window->findChild<app::AdminWorkspace *>();
        QVERIFY(admin);
        QCOMPARE(admin->objectName(), QStringLiteral("adminWorkspace"));
        // admin1 (supervisor and admin) lands on the Admin tab.
        QCOMPARE(window->workspaces()->currentWidget(), admin);
        QCOMPARE(window->workspaces()->tabText(window->workspaces()->indexOf(admin)), QStringLiteral("Admin"));
        QTRY_VERIFY_WITH_TIMEOUT(admin->directory().isLoaded(), kWaitMs);
        QVERIFY(!userIdOf(QStringLiteral("agent2")).isEmpty());
        // The sub-tabs, the catalog's modules and the audit log last.
        QStringList tabs;
        for (int i = 0; i < admin->views()->count(); ++i)
            tabs << admin->views()->tabText(i).remove(QLatin1Char('&'));
        QCOMPARE(tabs, (QStringList{QStringLiteral("Skills"), QStringLiteral("Agents"), QStringLiteral("Queues"),
                                    QStringLiteral("Teams and codes"), QStringLiteral("Modules"), QStringLiteral("Audit log")}));
    }

    void skillsAreCreatedAndAnInUseDeleteSaysWhy()
    {
        app::AdminSkillsView *skills = admin->skillsView();
        admin->views()->setCurrentWidget(skills);
        QAbstractItemModelTester tester(skills->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(skills->model(), &QAbstractItemModel::modelReset);
        QVERIFY(skills->model()->rowOf(QStringLiteral("skill-tech")) >= 0);
        skills->newButton()->click();
        skills->nameEdit()->setText(QStringLiteral("   "));
        QVERIFY(skills->nameError()->isVisible());
        QCOMPARE(skills->nameError()->text(), QStringLiteral("Name the skill."));
        skills->nameEdit()->setText(QStringLiteral("Icelandic"));
        QVERIFY(!skills->nameError()->isVisible());
        skills->descriptionEdit()->setText(QStringLiteral("íslenska"));
        QVERIFY(fixtures::click(skills->saveButton()));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(admin->directory().skills().begin(), admin->directory().skills().end(),
                                             [](const auto &s) { return s.name == QStringLiteral("Icelandic"); }), kWaitMs);
        // In the table, found by the search.
        skills->searchField()->setText(QStringLiteral("iceland"));
        QCOMPARE(skills->table()->model()->rowCount(), 1);
        QCOMPARE(skills->table()->model()->index(0, models::AdminSkillModel::DescriptionColumn).data().toString(),
                 QStringLiteral("íslenska"));
        skills->searchField()->clear();

        // Technical support is required by the Support queue: the server says so.
        QVERIFY(skills->selectSkill(QStringLiteral("skill-tech")));
        QCOMPARE(skills->nameEdit()->text(), QStringLiteral("Technical support"));
        skills->deleteSelected(false);
        QTRY_VERIFY_WITH_TIMEOUT(skills->errorLabel()->isVisible(), kWaitMs);
        QVERIFY2(skills->errorLabel()->text().contains(QStringLiteral("queue 'Support'")), qPrintable(skills->errorLabel()->text()));
        QVERIFY(skills->model()->rowOf(QStringLiteral("skill-tech")) >= 0);
        QCOMPARE(resets.count(), 0);
    }

    void theQueueEditorRefusesWhatIsWrong()
    {
        app::AdminQueuesView *queues = admin->queuesView();
        admin->views()->setCurrentWidget(queues);
        QAbstractItemModelTester tester(queues->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(queues->model(), &QAbstractItemModel::modelReset);
        app::AdminQueueEditor *editor = queues->editor();
        QVERIFY(fixtures::click(queues->newButton()));
        const int before = int(admin->directory().queues().size());

        editor->nameEdit()->setText(QStringLiteral("Priority support"));
        editor->channelBox(session::Channel::Chat)->setChecked(false);
        editor->offerTimeout()->setValue(4000);
        editor->timeZone()->setCurrentText(QStringLiteral("Europe/Berlin"));
        editor->dayOpen(1)->setChecked(true);
        editor->dayOpens(1)->setTime(QTime(17, 0));
        editor->dayCloses(1)->setTime(QTime(9, 0));
        // Said next to each field as it is typed.
        QLabel *timeoutError = editor->errorFor(QStringLiteral("offer_timeout_seconds"));
        QCOMPARE(timeoutError->objectName(), QStringLiteral("offer_timeout_secondsError"));
        QVERIFY(timeoutError->isVisible());
        QCOMPARE(timeoutError->text(), QStringLiteral("Must be between 5 and 3600 seconds."));
        QVERIFY(editor->errorFor(QStringLiteral("channels"))->isVisible());
        QCOMPARE(editor->errorFor(QStringLiteral("channels"))->text(), QStringLiteral("Choose at least one channel."));
        QLabel *monday = editor->errorFor(QStringLiteral("hours.weekly.1"));
        QVERIFY(monday->isVisible());
        QCOMPARE(monday->text(), QStringLiteral("Closes before it opens."));
        QVERIFY(!editor->errorFor(QStringLiteral("name"))->isVisible());
        // The server's field names map to the same labels.
        QCOMPARE(editor->errorFor(QStringLiteral("queue.offer_timeout_seconds")), timeoutError);
        QCOMPARE(editor->errorFor(QStringLiteral("hours.weekly[0].close_minute")), monday);
        QCOMPARE(editor->errorFor(QStringLiteral("required_skills[1].min_proficiency")),
                 editor->errorFor(QStringLiteral("required_skills")));

        // Save refuses: nothing is sent.
        QVERIFY(fixtures::click(editor->saveButton()));
        QCOMPARE(editor->saveStatus()->text(), QStringLiteral("Not saved: 3 fields need a change first."));
        QCOMPARE(int(admin->directory().queues().size()), before);
        QVERIFY(queueIdNamed(QStringLiteral("Priority support")).isEmpty());
        QVERIFY(fixtures::screenshot(window, QStringLiteral("admin-queue-editor-error")));

        // Fixed: saved, and in the table.
        editor->channelBox(session::Channel::Chat)->setChecked(true);
        editor->channelBox(session::Channel::Email)->setChecked(true);
        editor->offerTimeout()->setValue(30);
        editor->dayCloses(1)->setTime(QTime(18, 30));
        editor->priority()->setValue(45);
        QVERIFY(!timeoutError->isVisible());
        QVERIFY(!monday->isVisible());
        QVERIFY(fixtures::click(editor->saveButton()));
        QTRY_VERIFY_WITH_TIMEOUT(!queueIdNamed(QStringLiteral("Priority support")).isEmpty(), kWaitMs);
        const QString id = queueIdNamed(QStringLiteral("Priority support"));
        QTRY_COMPARE_WITH_TIMEOUT(cell(queues->model(), id, models::AdminQueueModel::NameColumn), QStringLiteral("Priority support"), kWaitMs);
        QCOMPARE(cell(queues->model(), id, models::AdminQueueModel::OfferTimeoutColumn), QStringLiteral("30 s"));
        QCOMPARE(cell(queues->model(), id, models::AdminQueueModel::ChannelsColumn), QStringLiteral("Chat, E-mail"));
        QCOMPARE(cell(queues->model(), id, models::AdminQueueModel::PriorityColumn), QStringLiteral("45"));
        QCOMPARE(cell(queues->model(), id, models::AdminQueueModel::HoursColumn), QStringLiteral("1 day a week"));
        QTRY_COMPARE_WITH_TIMEOUT(editor->saveStatus()->text(), QStringLiteral("Saved: version 1."), kWaitMs);
        QCOMPARE(editor->queueId(), id);
        QCOMPARE(editor->version(), 1);
        const auto stored = admin->directory().queues().at(admin->directory().indexOfQueue(id));
        QCOMPARE(stored.weekly, (QList<session::WeeklyHours>{{1, 17 * 60, 18 * 60 + 30}}));
        QCOMPARE(stored.timeZone, QStringLiteral("Europe/Berlin"));
        queues->searchField()->setText(QStringLiteral("priority sup"));
        QCOMPARE(queues->table()->model()->rowCount(), 1);
        queues->searchField()->clear();

        // Someone else saves the queue while this editor holds an unsaved change.
        editor->priority()->setValue(50);
        auto other = fixtures::signInSession(server, QStringLiteral("admin1"), state.filePath(QStringLiteral("admin-b")), {}, false);
        QVERIFY(other);
        session::DirectoryAdmin otherDirectory(*other);
        QSignalSpy loaded(&otherDirectory, &session::DirectoryAdmin::loaded);
        otherDirectory.load();
        QVERIFY(loaded.wait(kWaitMs));
        session::AdminQueue theirs = otherDirectory.queues().at(otherDirectory.indexOfQueue(id));
        theirs.wrapUpSeconds = 120;
        std::optional<session::AdminResult> result;
        otherDirectory.saveQueue(theirs, [&](const session::AdminResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result && result->ok, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(editor->conflictBanner()->isVisible(), kWaitMs);
        QVERIFY(fixtures::click(editor->saveButton()));
        QTRY_COMPARE_WITH_TIMEOUT(editor->saveStatus()->text(), QStringLiteral("Not saved: someone else changed this queue."), kWaitMs);
        QVERIFY(editor->conflictBanner()->isVisible());
        QVERIFY(fixtures::click(editor->reloadButton()));
        QTRY_VERIFY_WITH_TIMEOUT(!editor->conflictBanner()->isVisible(), kWaitMs);
        QCOMPARE(editor->version(), 2);
        QCOMPARE(editor->wrapUp()->value(), 120);
        QCOMPARE(editor->priority()->value(), 45);
        // Applied again on top of theirs, saved with Ctrl+S: version 3.
        editor->priority()->setValue(50);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(editor->priority(), Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(editor->saveStatus()->text(), QStringLiteral("Saved: version 3."), kWaitMs);
        QCOMPARE(cell(queues->model(), id, models::AdminQueueModel::PriorityColumn), QStringLiteral("50"));

        // What only the server can know lands next to its field too: the other admin deletes
        // a skill this editor has just chosen as a requirement.
        result.reset();
        otherDirectory.saveSkill({{}, QStringLiteral("Short-lived"), {}, 0}, [&](const session::AdminResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result && result->ok, kWaitMs);
        const QString shortLived = result->id;
        QTRY_VERIFY_WITH_TIMEOUT(admin->directory().skillName(shortLived) == QStringLiteral("Short-lived"), kWaitMs);
        editor->scrollTo(editor->requiredSkills());
        QVERIFY(fixtures::click(editor->findChild<QPushButton *>(QStringLiteral("addRequiredSkill"))));
        QCOMPARE(editor->requiredSkills()->rowCount(), 1);
        auto *required = qobject_cast<QComboBox *>(editor->requiredSkills()->cellWidget(0, 0));
        QVERIFY(required);
        required->setCurrentIndex(required->findData(shortLived));
        QCOMPARE(required->currentText(), QStringLiteral("Short-lived"));
        QVERIFY(!editor->errorFor(QStringLiteral("required_skills"))->isVisible());
        const qint64 version = editor->version();
        std::optional<session::AdminResult> deleted;
        otherDirectory.deleteSkill(shortLived, 1, [&](const session::AdminResult &r) { deleted = r; });
        QTRY_VERIFY_WITH_TIMEOUT(deleted && deleted->ok, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(admin->directory().skillName(shortLived), shortLived, kWaitMs);   // gone here too
        QVERIFY(fixtures::click(editor->saveButton()));
        QLabel *requiredError = editor->errorFor(QStringLiteral("required_skills"));
        QTRY_VERIFY_WITH_TIMEOUT(requiredError->isVisible(), kWaitMs);
        QVERIFY2(requiredError->text().contains(QStringLiteral("does not exist")), qPrintable(requiredError->text()));
        QCOMPARE(editor->saveStatus()->text(), QStringLiteral("The server refused the queue: see the field marked."));
        QCOMPARE(editor->version(), version);
        // Removing the requirement clears it.
        editor->requiredSkills()->setCurrentCell(0, 1);
        QVERIFY(fixtures::click(editor->findChild<QPushButton *>(QStringLiteral("removeRequiredSkill"))));
        QVERIFY(!requiredError->isVisible());
    }

    void bulkSkillToSeveralAgents()
    {
        app::AdminAgentsView *agents = admin->agentsView();
        admin->views()->setCurrentWidget(agents);
        QAbstractItemModelTester tester(agents->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(agents->model(), &QAbstractItemModel::modelReset);
        const QString agent2 = userIdOf(QStringLiteral("agent2")), agent3 = userIdOf(QStringLiteral("agent3")),
                      supervisor1 = userIdOf(QStringLiteral("supervisor1"));
        QVERIFY(!agent2.isEmpty() && !agent3.isEmpty() && !supervisor1.isEmpty());
        QVERIFY(!agents->bulkBar()->isVisible());
        QCOMPARE(agents->selectAgents({agent2, agent3, supervisor1}), 3);
        QVERIFY(agents->bulkBar()->isVisible());
        agents->bulkSkill()->setCurrentIndex(agents->bulkSkill()->findData(QStringLiteral("skill-billing")));
        agents->bulkProficiency()->setValue(8);
        QVERIFY(fixtures::click(agents->bulkGiveButton()));
        for (const QString &id : {agent2, agent3, supervisor1})
            QTRY_VERIFY2_WITH_TIMEOUT(cell(agents->model(), id, models::AdminAgentModel::SkillsColumn).contains(QStringLiteral("Billing (8)")),
                                      qPrintable(cell(agents->model(), id, models::AdminAgentModel::SkillsColumn)), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(agents->bulkStatus()->text(), QStringLiteral("Gave Billing at 8 to 3 agents."), kWaitMs);
        QCOMPARE(cell(agents->model(), supervisor1, models::AdminAgentModel::RolesColumn), QStringLiteral("agent, supervisor"));
        QVERIFY(fixtures::screenshot(window, QStringLiteral("admin-bulk-skill")));

        // Filter by skill: exactly those with Billing.
        agents->skillFilter()->setCurrentIndex(agents->skillFilter()->findData(QStringLiteral("skill-billing")));
        QAbstractItemModel *shown = agents->table()->model();
        QStringList withBilling;
        for (int row = 0; row < shown->rowCount(); ++row)
            withBilling << shown->index(row, models::AdminAgentModel::UsernameColumn).data().toString();
        withBilling.sort();
        QCOMPARE(withBilling, (QStringList{QStringLiteral("agent2"), QStringLiteral("agent3"), QStringLiteral("supervisor1")}));
        agents->skillFilter()->setCurrentIndex(0);
        // And take it away from one.
        QCOMPARE(agents->selectAgents({agent3}), 1);
        agents->bulkSkill()->setCurrentIndex(agents->bulkSkill()->findData(QStringLiteral("skill-billing")));
        QVERIFY(fixtures::click(agents->bulkTakeButton()));
        QTRY_VERIFY_WITH_TIMEOUT(!cell(agents->model(), agent3, models::AdminAgentModel::SkillsColumn).contains(QStringLiteral("Billing")), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(agents->bulkStatus()->text(), QStringLiteral("Took Billing from 1 agent."), kWaitMs);
        QCOMPARE(resets.count(), 0);
    }

    void aNewUserIsCreatedAndTheirRolesEdited()
    {
        app::AdminAgentsView *agents = admin->agentsView();
        admin->views()->setCurrentWidget(agents);
        QSignalSpy resets(agents->model(), &QAbstractItemModel::modelReset);
        QVERIFY(userIdOf(QStringLiteral("agent9")).isEmpty());
        QVERIFY(fixtures::click(agents->newUserButton()));
        QPointer<app::AdminUserDialog> dialog = agents->userDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        // Every field says what it is, and the mnemonics are unique within the dialog.
        QStringList mnemonics;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            if (int amp = label->text().indexOf(u'&'); amp >= 0 && amp + 1 < label->text().size())
                mnemonics << label->text().mid(amp + 1, 1).toLower();
        for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
            if (int amp = button->text().indexOf(u'&'); amp >= 0 && amp + 1 < button->text().size())
                mnemonics << button->text().mid(amp + 1, 1).toLower();
        QVERIFY(mnemonics.size() >= 8);
        QCOMPARE(QSet<QString>(mnemonics.begin(), mnemonics.end()).size(), mnemonics.size());
        QCOMPARE(dialog->usernameEdit()->accessibleName(), QStringLiteral("Username"));
        QCOMPARE(dialog->passwordEdit()->accessibleName(), QStringLiteral("Initial password"));

        // A password too short: said next to the password, nothing sent.
        QTest::keyClicks(dialog->usernameEdit(), QStringLiteral("agent9"));
        QTest::keyClicks(dialog->displayNameEdit(), QStringLiteral("Agent Nine"));
        dialog->agentBox()->setChecked(true);
        QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("short"));
        QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("short"));
        QVERIFY(dialog->errorFor(QStringLiteral("password"))->isVisible());
        QCOMPARE(dialog->errorFor(QStringLiteral("password"))->text(), QStringLiteral("At least 8 characters."));
        QVERIFY(fixtures::click(dialog->createButton()));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->errorFor(QStringLiteral("password"))->isVisible());
        QCOMPARE(dialog->errorFor(QString())->text(), QStringLiteral("Not created: fix the fields marked first."));
        QVERIFY(!dialog->errorFor(QStringLiteral("username"))->isVisible());
        // The confirmation must match.
        QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("-long-enough"));
        QVERIFY(!dialog->errorFor(QStringLiteral("password"))->isVisible());
        QCOMPARE(dialog->errorFor(QStringLiteral("confirm"))->text(), QStringLiteral("The two passwords differ."));
        QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("-long-enough"));
        QVERIFY(!dialog->errorFor(QStringLiteral("confirm"))->isVisible());

        // A username taken: only the server knows; its refusal lands next to the username.
        dialog->usernameEdit()->selectAll();
        QTest::keyClicks(dialog->usernameEdit(), QStringLiteral("agent1"));
        QCOMPARE(dialog->usernameEdit()->text(), QStringLiteral("agent1"));
        QVERIFY(!dialog->errorFor(QStringLiteral("username"))->isVisible());
        QVERIFY(fixtures::click(dialog->createButton()));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorFor(QStringLiteral("username"))->isVisible(), kWaitMs);
        QVERIFY2(dialog->errorFor(QStringLiteral("username"))->text().contains(QStringLiteral("already exists")),
                 qPrintable(dialog->errorFor(QStringLiteral("username"))->text()));
        QVERIFY(dialog->isVisible());
        // Changing the username takes the server's refusal away.
        dialog->usernameEdit()->selectAll();
        QTest::keyClicks(dialog->usernameEdit(), QStringLiteral("agent9"));
        QVERIFY(!dialog->errorFor(QStringLiteral("username"))->isVisible());
        QVERIFY(fixtures::click(dialog->createButton()));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), kWaitMs);

        // In the table at once, selected, roles "agent".
        const QString agent9 = userIdOf(QStringLiteral("agent9"));
        QVERIFY(!agent9.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(cell(agents->model(), agent9, models::AdminAgentModel::UsernameColumn), QStringLiteral("agent9"), kWaitMs);
        QCOMPARE(cell(agents->model(), agent9, models::AdminAgentModel::RolesColumn), QStringLiteral("agent"));
        QCOMPARE(agents->selectedUserIds(), QStringList{agent9});
        QCOMPARE(agents->displayNameEdit()->text(), QStringLiteral("Agent Nine"));
        QVERIFY(agents->roleBox(QStringLiteral("agent"))->isChecked());
        QVERIFY(!agents->roleBox(QStringLiteral("supervisor"))->isChecked());
        QVERIFY(!agents->disabledBox()->isChecked());

        // No role at all is refused before saving.
        agents->roleBox(QStringLiteral("agent"))->setChecked(false);
        QVERIFY(agents->rolesError()->isVisible());
        QVERIFY(fixtures::click(agents->saveButton()));
        QCOMPARE(agents->profileStatus()->text(), QStringLiteral("Not saved: fix the fields marked first."));
        agents->roleBox(QStringLiteral("agent"))->setChecked(true);
        QVERIFY(!agents->rolesError()->isVisible());

        // Agent and supervisor, saved with the user's version.
        const qint64 before = admin->directory().agents().at(admin->directory().indexOfAgent(agent9)).userVersion;
        agents->roleBox(QStringLiteral("supervisor"))->setChecked(true);
        QVERIFY(fixtures::click(agents->saveButton()));
        QTRY_VERIFY2_WITH_TIMEOUT(agents->profileStatus()->text().startsWith(QStringLiteral("Saved: user version")),
                                  qPrintable(agents->profileStatus()->text()), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(cell(agents->model(), agent9, models::AdminAgentModel::RolesColumn),
                                  QStringLiteral("agent, supervisor"), kWaitMs);
        // Identity holds it: a directory loaded afresh from the server through the desk's session.
        session::DirectoryAdmin fresh(*desk->session());
        QSignalSpy loaded(&fresh, &session::DirectoryAdmin::loaded);
        fresh.load();
        QVERIFY(loaded.wait(kWaitMs));
        const int i = fresh.indexOfAgent(agent9);
        QVERIFY(i >= 0);
        QVERIFY(fresh.agents().at(i).isAgent);
        QVERIFY(fresh.agents().at(i).isSupervisor);
        QVERIFY(!fresh.agents().at(i).isAdmin);
        QVERIFY(fresh.agents().at(i).userVersion > before);
        // And the table still says so after the user_changed event's reload.
        QTRY_COMPARE_WITH_TIMEOUT(admin->directory().agents().at(admin->directory().indexOfAgent(agent9)).userVersion,
                                  fresh.agents().at(i).userVersion, kWaitMs);
        QCOMPARE(cell(agents->model(), agent9, models::AdminAgentModel::RolesColumn), QStringLiteral("agent, supervisor"));
        QCOMPARE(resets.count(), 0);
    }

    void csvImportReportsTheBadRows()
    {
        app::AdminAgentsView *agents = admin->agentsView();
        admin->views()->setCurrentWidget(agents);
        const QString agent3 = userIdOf(QStringLiteral("agent3"));
        const QString path = state.filePath(QStringLiteral("agents.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("user_id,team_id,skills,capacities,voice_blocks_other_channels\n"
                                      "%1,team-blue,skill-english:6;skill-tech:9,chat:3;email:2,false\n"
                                      "%2,,skill-english:11,,false\n"
                                      "%3,team-nowhere,skill-german:4,,false\n"
                                      "%4,,skill-german:4,fax:2,false\n")
                           .arg(agent3, userIdOf(QStringLiteral("agent2")), userIdOf(QStringLiteral("supervisor1")),
                                userIdOf(QStringLiteral("agent1")))
                           .toUtf8());
        }
        QSignalSpy imported(agents, &app::AdminAgentsView::csvImported);
        agents->importCsvFile(session::CsvKind::Agents, path);
        QVERIFY(imported.wait(kWaitMs));
        app::AdminCsvReportDialog *report = agents->csvReport();
        QVERIFY(report);
        QTRY_VERIFY(report->isVisible());
        QCOMPARE(report->summary()->text(),
                 QStringLiteral("Imported 1 row of agents. 3 rows were rejected and left as they were; fix them in the "
                                "file and import it again:"));
        QTableWidget *rows = report->rejected();
        QCOMPARE(rows->rowCount(), 3);
        QCOMPARE(rows->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(rows->item(0, 1)->text(), QStringLiteral("agent2"));
        QVERIFY2(rows->item(0, 2)->text().startsWith(QStringLiteral("skills")), qPrintable(rows->item(0, 2)->text()));
        QCOMPARE(rows->item(1, 0)->text(), QStringLiteral("4"));
        QCOMPARE(rows->item(1, 1)->text(), QStringLiteral("supervisor1"));
        QVERIFY2(rows->item(1, 2)->text().startsWith(QStringLiteral("team")), qPrintable(rows->item(1, 2)->text()));
        QVERIFY2(rows->item(1, 3)->text().contains(QStringLiteral("team-nowhere")), qPrintable(rows->item(1, 3)->text()));
        QCOMPARE(rows->item(2, 0)->text(), QStringLiteral("5"));
        QCOMPARE(rows->item(2, 1)->text(), QStringLiteral("agent1"));
        QVERIFY2(rows->item(2, 3)->text().contains(QStringLiteral("fax")), qPrintable(rows->item(2, 3)->text()));
        // The row as it is in the file, to find it again.
        QVERIFY(rows->item(1, 4)->text().contains(QStringLiteral("team-nowhere,skill-german:4")));
        report->resize(900, 300);
        QVERIFY(fixtures::screenshot(report, QStringLiteral("admin-csv-report")));
        report->close();
        // The good row is in, from the directory's events.
        QTRY_COMPARE_WITH_TIMEOUT(cell(agents->model(), agent3, models::AdminAgentModel::SkillsColumn),
                                  QStringLiteral("English (6), Technical support (9)"), kWaitMs);
        QCOMPARE(cell(agents->model(), agent3, models::AdminAgentModel::CapacitiesColumn), QStringLiteral("Chat 3, E-mail 2"));
        QCOMPARE(cell(agents->model(), agent3, models::AdminAgentModel::TeamColumn), QStringLiteral("Team Blue"));
        QVERIFY(agents->csvStatus()->text().contains(QStringLiteral("1 row imported, 3 rejected")));

        // Export the skills to a file.
        const QString out = state.filePath(QStringLiteral("skills.csv"));
        QSignalSpy exported(agents, &app::AdminAgentsView::exported);
        agents->exportCsvFile(session::CsvKind::Skills, out);
        QVERIFY(exported.wait(kWaitMs));
        QCOMPARE(exported.first().at(1).toString(), QString());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY(csv.startsWith(QStringLiteral("id,name,description\n")));
        QVERIFY2(csv.contains(QStringLiteral("skill-tech,Technical support")), qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral("Icelandic")), qPrintable(csv));
    }

    void teamsAndCodesAreEdited()
    {
        app::AdminCodesView *codes = admin->codesView();
        admin->views()->setCurrentWidget(codes);
        QAbstractItemModelTester tester(codes->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(codes->model(), &QAbstractItemModel::modelReset);
        QTRY_VERIFY(codes->model()->rowOf(QStringLiteral("team-blue")) >= 0);

        // A canned response: the shortcut's form is checked as it is typed.
        codes->setKind(app::AdminCodesView::Kind::CannedResponses);
        QTRY_VERIFY(codes->model()->rowOf(QStringLiteral("canned-greeting")) >= 0);
        codes->nameEdit()->setText(QStringLiteral("Goodbye"));
        auto *shortcut = codes->findChild<QLineEdit *>(QStringLiteral("codeShortcut"));
        auto *shortcutError = codes->findChild<QLabel *>(QStringLiteral("codeShortcutError"));
        QVERIFY(shortcut && shortcutError);
        shortcut->setText(QStringLiteral("bye now"));
        QVERIFY(shortcutError->isVisible());
        QCOMPARE(shortcutError->text(), QStringLiteral("Write it as /like-this: 2 to 32 characters, no spaces."));
        shortcut->setText(QStringLiteral("/bye"));
        QVERIFY(!shortcutError->isVisible());
        codes->findChild<QPlainTextEdit *>(QStringLiteral("codeText"))->setPlainText(QStringLiteral("Thank you, goodbye!"));
        QVERIFY(fixtures::click(codes->saveButton()));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(admin->directory().cannedResponses().begin(), admin->directory().cannedResponses().end(),
                                             [](const auto &c) { return c.shortcut == QStringLiteral("/bye"); }), kWaitMs);

        codes->setKind(app::AdminCodesView::Kind::WrapUpCodes);
        QTRY_VERIFY(codes->model()->rowOf(QStringLiteral("wrap-resolved")) >= 0);
        codes->nameEdit()->setText(QStringLiteral("Callback promised"));
        QVERIFY(fixtures::click(codes->saveButton()));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(admin->directory().wrapUpCodes().begin(), admin->directory().wrapUpCodes().end(),
                                             [](const auto &c) { return c.label == QStringLiteral("Callback promised"); }), kWaitMs);
        // A wrap-up code of a queue is in use.
        QVERIFY(codes->table()->model()->rowCount() >= 5);
        for (int row = 0; row < codes->table()->model()->rowCount(); ++row)
            if (codes->table()->model()->index(row, 0).data().toString() == QStringLiteral("Resolved"))
                codes->table()->setCurrentIndex(codes->table()->model()->index(row, 0));
        QCOMPARE(codes->nameEdit()->text(), QStringLiteral("Resolved"));
        codes->deleteCurrent(false);
        QTRY_VERIFY_WITH_TIMEOUT(codes->errorLabel()->isVisible(), kWaitMs);
        QVERIFY2(codes->errorLabel()->text().contains(QStringLiteral("in use")), qPrintable(codes->errorLabel()->text()));
        QCOMPARE(resets.count(), 0);
    }

    void everyAdminControlHasAnAccessibleName()
    {
        // Whatever takes the keyboard focus says what it is to a screen reader: its own
        // accessible name, the text on it (buttons), or a label that is its buddy; in every
        // sub-tab, with rows in the editors' tables.
        auto unnamedIn = [&](QWidget *view) {
            QSet<const QWidget *> labelled;
            for (const QLabel *label : window->findChildren<QLabel *>())
                if (label->buddy())
                    labelled.insert(label->buddy());
            QStringList unnamed;
            for (const QWidget *w : view->findChildren<QWidget *>()) {
                if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || w->inherits("QScrollBar")
                    || qobject_cast<const QAbstractItemView *>(w->parentWidget())        // a view's viewport
                    || qobject_cast<const QComboBox *>(w->parentWidget())                // an editable combo's line
                    || qobject_cast<const QAbstractSpinBox *>(w->parentWidget()))        // a spin box's line
                    continue;
                const auto *button = qobject_cast<const QAbstractButton *>(w);
                const bool named = !w->accessibleName().isEmpty() || labelled.contains(w)
                                   || (button && !button->text().remove(u'&').trimmed().isEmpty());
                if (!named)
                    unnamed << QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
            }
            return unnamed;
        };
        admin->views()->setCurrentWidget(admin->skillsView());
        QVERIFY(admin->skillsView()->selectSkill(QStringLiteral("skill-english")));
        QTRY_VERIFY(admin->skillsView()->table()->isVisible());
        QStringList unnamed = unnamedIn(admin->skillsView());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        app::AdminAgentsView *agents = admin->agentsView();
        admin->views()->setCurrentWidget(agents);
        QCOMPARE(agents->selectAgents({userIdOf(QStringLiteral("agent3"))}), 1);
        QTRY_VERIFY(agents->skillsTable()->rowCount() > 0);
        unnamed = unnamedIn(agents);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        app::AdminQueuesView *queues = admin->queuesView();
        admin->views()->setCurrentWidget(queues);
        QVERIFY(queues->selectQueue(QStringLiteral("queue-support")));
        QTRY_COMPARE(queues->editor()->queueId(), QStringLiteral("queue-support"));
        QVERIFY(queues->editor()->requiredSkills()->rowCount() > 0);
        // Opened and untouched is not "changed" (the form's order of codes and days is its own).
        QVERIFY(!queues->editor()->isDirty());
        unnamed = unnamedIn(queues);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        app::AdminCodesView *codes = admin->codesView();
        admin->views()->setCurrentWidget(codes);
        codes->setKind(app::AdminCodesView::Kind::CannedResponses);
        unnamed = unnamedIn(codes);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        codes->setKind(app::AdminCodesView::Kind::ReasonCodes);
        unnamed = unnamedIn(codes);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void theEditorsFollowALanguageSwitch()
    {
        // German at run time: sub-tabs, captions, the editor's problems and the tables' words.
        app::AdminQueuesView *queues = admin->queuesView();
        admin->views()->setCurrentWidget(queues);
        QVERIFY(fixtures::click(queues->newButton()));
        queues->editor()->offerTimeout()->setValue(1);
        QCOMPARE(queues->editor()->errorFor(QStringLiteral("offer_timeout_seconds"))->text(),
                 QStringLiteral("Must be between 5 and 3600 seconds."));
        const QString support = QStringLiteral("queue-support");
        QCOMPARE(cell(queues->model(), support, models::AdminQueueModel::HoursColumn), QStringLiteral("always open"));
        QVERIFY(app::Appearance::instance()->setLanguage(QStringLiteral("de")));
        QTRY_COMPARE(admin->views()->tabText(admin->views()->indexOf(queues)), QStringLiteral("&Warteschlangen"));
        QCOMPARE(queues->editor()->errorFor(QStringLiteral("offer_timeout_seconds"))->text(),
                 QStringLiteral("Muss zwischen 5 und 3600 Sekunden liegen."));
        QCOMPARE(cell(queues->model(), support, models::AdminQueueModel::HoursColumn), QStringLiteral("immer geöffnet"));
        QCOMPARE(queues->model()->headerData(models::AdminQueueModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Warteschlange"));
        QCOMPARE(cell(admin->agentsView()->model(), userIdOf(QStringLiteral("agent1")), models::AdminAgentModel::RolesColumn),
                 QStringLiteral("Agent"));
        queues->editor()->scrollTo(queues->editor()->nameEdit());
        QVERIFY(fixtures::screenshot(window, QStringLiteral("admin-queue-editor-german")));
        QVERIFY(app::Appearance::instance()->setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(admin->views()->tabText(admin->views()->indexOf(queues)), QStringLiteral("&Queues"));
        QCOMPARE(cell(queues->model(), support, models::AdminQueueModel::HoursColumn), QStringLiteral("always open"));
        // Leave the editor clean for what follows.
        QVERIFY(fixtures::click(admin->findChild<QPushButton *>(QStringLiteral("revertQueue"))));
        QVERIFY(!queues->editor()->isDirty());
    }

    void aNewSkillReachesTheAgentLive()
    {
        // agent1 at their desk, Available; the admin's Icelandic skill exists (made above).
        QString icelandic;
        for (const auto &skill : admin->directory().skills())
            if (skill.name == QStringLiteral("Icelandic"))
                icelandic = skill.id;
        QVERIFY(!icelandic.isEmpty());
        fixtures::ChatCustomers customers(server, QStringLiteral("Nordic"), QStringLiteral("nordic-"),
                                          [&](v1::Queue &queue) {
            auto *requirement = queue.add_required_skills();
            requirement->set_skill_id(icelandic.toStdString());
            requirement->set_min_proficiency(5);
        });
        QVERIFY2(customers.isValid(), qPrintable(customers.errorString()));

        auto agent1 = fixtures::signInSession(server, QStringLiteral("agent1"), state.filePath(QStringLiteral("a1")));
        QVERIFY(agent1);
        app::ModuleFolders folders;
        folders.modules = QStringLiteral(SB_MODULES_DIR);
        folders.downloads = state.filePath(QStringLiteral("a1-downloads"));
        folders.state = state.filePath(QStringLiteral("a1-state"));
        app::MainWindow agentDesk(*agent1, folders);
        agentDesk.resize(1100, 700);
        agentDesk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&agentDesk));
        app::AgentWorkspace *workspace = agentDesk.agentWorkspace();
        QVERIFY(workspace);
        QVERIFY(fixtures::goAvailable(workspace, agent1.get()));
        QTRY_VERIFY_WITH_TIMEOUT(workspace->mySkills()->text().startsWith(QStringLiteral("My skills: ")), kWaitMs);
        QVERIFY2(!workspace->mySkills()->text().contains(QStringLiteral("Icelandic")), qPrintable(workspace->mySkills()->text()));

        // The admin opens agent1 in the Agents form and adds Icelandic at 6.
        app::AdminAgentsView *agents = admin->agentsView();
        admin->views()->setCurrentWidget(agents);
        QCOMPARE(agents->selectAgents({agent1->userId()}), 1);
        QVERIFY(agents->skillsTable()->isEnabled());
        const int rowsBefore = agents->skillsTable()->rowCount();
        QVERIFY(fixtures::click(admin->findChild<QPushButton *>(QStringLiteral("agentAddSkill"))));
        QCOMPARE(agents->skillsTable()->rowCount(), rowsBefore + 1);
        auto *skill = qobject_cast<QComboBox *>(agents->skillsTable()->cellWidget(rowsBefore, 0));
        auto *proficiency = qobject_cast<QSpinBox *>(agents->skillsTable()->cellWidget(rowsBefore, 1));
        QVERIFY(skill && proficiency);
        skill->setCurrentIndex(skill->findData(icelandic));
        proficiency->setValue(11);
        QCOMPARE(admin->findChild<QLabel *>(QStringLiteral("skillsError"))->text(), QStringLiteral("Icelandic: proficiency is 1 to 10."));
        proficiency->setValue(6);
        QVERIFY(!admin->findChild<QLabel *>(QStringLiteral("skillsError"))->isVisible());
        // One call at a time: said next to the capacities.
        agents->capacityBox(session::Channel::Voice)->setValue(2);
        QCOMPARE(admin->findChild<QLabel *>(QStringLiteral("capacitiesError"))->text(), QStringLiteral("Voice: capacity is 0 to 1."));
        agents->capacityBox(session::Channel::Voice)->setValue(-1);     // "default"
        agents->capacityBox(session::Channel::Chat)->setValue(2);
        QVERIFY(!admin->findChild<QLabel *>(QStringLiteral("capacitiesError"))->isVisible());
        QVERIFY(fixtures::click(agents->saveButton()));
        QTRY_VERIFY2_WITH_TIMEOUT(agents->profileStatus()->text().startsWith(QStringLiteral("Saved: profile version")),
                                  qPrintable(agents->profileStatus()->text()), kWaitMs);

        // agent1's desk shows it without signing out ...
        QTRY_VERIFY2_WITH_TIMEOUT(workspace->mySkills()->text().contains(QStringLiteral("Icelandic (6)")),
                                  qPrintable(workspace->mySkills()->text()), kWaitMs);
        QCOMPARE(workspace->mySkills()->toolTip(), QStringLiteral("Capacity at once: Chat 2"));
        QVERIFY(agent1->isSignedIn());
        // ... and routing offers agent1 the next chat needing Icelandic.
        const QString chat = customers.enqueueChat();
        QVERIFY(!chat.isEmpty());
        widgets::OfferToast *toast = workspace->offerToast();
        QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible() && toast->interactionId() == chat, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(agent1->interactions().indexOf(chat) >= 0, kWaitMs);
        QCOMPARE(agent1->interactions().at(agent1->interactions().indexOf(chat)).state, session::InteractionState::Offered);
        QVERIFY(fixtures::screenshot(&agentDesk, QStringLiteral("admin-live-skill-offer")));
    }
};

QTEST_MAIN(TestAdminDirectory)
#include "tst_ui_admin_directory.moc"
