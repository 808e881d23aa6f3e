// The agent desktop on the phone, against a real server and the real voice module: a
// call offered and accepted from the toast connects in the voice panel; Hold puts the
// caller on hold (the server's call is HELD), Resume, Mute; a consult transfer picks a
// second agent (signed in over gRPC) in the panel's target list, the call is Consulting,
// Complete transfer hands it over (it leaves agent1's inbox and is offered to agent2).
// A second call hung up from the panel goes to wrap-up with its ACW countdown.

#include "app_agent_workspace.h"
#include "app_application.h"
#include "app_main_window.h"

#include "session_agent_store.h"
#include "session_call_store.h"
#include "session_event_stream.h"
#include "session_interaction_store.h"
#include "session_session.h"
#include "widgets_offer_toast.h"
#include "widgets_wrap_up_form.h"

#include "fixtures_agent_desk.h"
#include "fixtures_chat_customers.h"
#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"

#include "switchboard/v1/conversation.grpc.pb.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

namespace v1 = switchboard::v1;

class TestAgentVoice : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    std::unique_ptr<fixtures::ChatCustomers> customers;
    std::unique_ptr<v1::ConversationService::Stub> conversation;
    // One sign-in for the calls: see aSecondSignInStillOpensAVoicePanel() for why.
    std::unique_ptr<app::Application> application;

    std::unique_ptr<app::Application> signIn(const QString &user)
    {
        return fixtures::signInToDesk(server, user, QStringLiteral(SB_MODULES_DIR));
    }

    // The call as the server holds it (read with the integration account).
    v1::Call serverCall(const QString &id)
    {
        v1::GetCallRequest request;
        request.set_interaction_id(id.toStdString());
        v1::Call call;
        const grpc::Status status = conversation->GetCall(fixtures::GrpcClient::context(customers->token()).get(), request, &call);
        if (!status.ok())
            qWarning() << "GetCall:" << fixtures::describe(status);
        return call;
    }

    static QString text(QWidget *panel, const char *name)
    {
        auto *label = panel->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }

    static QPushButton *button(QWidget *panel, const char *name)
    {
        return panel->findChild<QPushButton *>(QLatin1String(name));
    }


    // Offers a call to the signed-in agent and accepts it from the toast; the panel.
    QWidget *takeCall(app::AgentWorkspace *workspace, const QString &id)
    {
        widgets::OfferToast *toast = workspace->offerToast();
        if (!QTest::qWaitFor([&] { return toast->isVisible() && toast->interactionId() == id; }, 15000))
            return nullptr;
        if (!fixtures::click(toast->acceptButton()))
            return nullptr;
        if (!QTest::qWaitFor([&] { return !toast->isVisible() && workspace->currentInteractionId() == id; }, 10000))
            return nullptr;
        return workspace->panelFor(id);
    }

private slots:
    void initTestCase()
    {
        const QString started = fixtures::startDeskTest(QStringLiteral("tst_ui_agent_voice"), server);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        customers = std::make_unique<fixtures::ChatCustomers>(server, QStringLiteral("Phone desk UI"), QStringLiteral("ui-tel-"));
        QVERIFY2(customers->isValid(), qPrintable(customers->errorString()));
        conversation = v1::ConversationService::NewStub(customers->client().channel());
    }

    void init()
    {
        QSettings().clear();
    }

    void aCallIsHeldMutedAndTransferredAfterAConsult()
    {
        application = signIn(QStringLiteral("agent1"));
        QVERIFY(application);
        app::MainWindow *window = application->mainWindow();
        window->resize(1100, 700);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        app::AgentWorkspace *workspace = window->agentWorkspace();
        QVERIFY(workspace);
        session::Session *s = application->session();
        QVERIFY(fixtures::goAvailable(workspace, s));

        const QString id = customers->enqueue(v1::CHANNEL_VOICE);
        QVERIFY(!id.isEmpty());
        const QString caller = QStringLiteral("Customer %1").arg(customers->enqueued());
        QWidget *panel = takeCall(workspace, id);
        QVERIFY(panel);
        QCOMPARE(panel->objectName(), QStringLiteral("voicePanel"));     // the real module's
        QCOMPARE(workspace->panels()->currentWidget(), panel);
        // A call is ended and transferred from its panel: no workspace End or Transfer.
        QVERIFY(!workspace->endButton()->isVisible());
        QVERIFY(!workspace->transferButton()->isVisible());
        QCOMPARE(text(panel, "customerName"), caller);

        // Accepting the offer connects the call (no Answer needed).
        QTRY_COMPARE_WITH_TIMEOUT(text(panel, "callState"), QStringLiteral("Connected"), 10000);
        QVERIFY(!button(panel, "answer")->isVisible());
        QCOMPARE(serverCall(id).state(), v1::CALL_STATE_CONNECTED);
        QVERIFY(button(panel, "hangUp")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(text(panel, "talkTime").contains(QLatin1Char(':')), 5000);

        // Hold and Resume.
        QPushButton *hold = button(panel, "hold");
        QCOMPARE(hold->text(), QStringLiteral("Hold"));
        QVERIFY(fixtures::click(hold));
        QTRY_COMPARE_WITH_TIMEOUT(text(panel, "callState"), QStringLiteral("On hold"), 10000);
        QVERIFY(hold->isChecked());
        QCOMPARE(hold->text(), QStringLiteral("Resume"));
        QCOMPARE(s->calls().call(id).state, session::CallState::Held);
        QCOMPARE(serverCall(id).state(), v1::CALL_STATE_HELD);
        QVERIFY(serverCall(id).has_held_since());
        QTRY_VERIFY_WITH_TIMEOUT(text(panel, "holdTime").contains(QLatin1Char(':')), 5000);
        QVERIFY(fixtures::screenshot(window, QStringLiteral("agent-voice-hold")));
        QVERIFY(fixtures::click(hold));
        QTRY_COMPARE_WITH_TIMEOUT(text(panel, "callState"), QStringLiteral("Connected"), 10000);
        QVERIFY(!hold->isChecked());
        QCOMPARE(serverCall(id).state(), v1::CALL_STATE_CONNECTED);

        // Mute and unmute.
        QPushButton *mute = button(panel, "mute");
        QVERIFY(fixtures::click(mute));
        QTRY_VERIFY_WITH_TIMEOUT(text(panel, "callState").contains(QStringLiteral("Muted")), 10000);
        QVERIFY(mute->isChecked());
        QCOMPARE(mute->text(), QStringLiteral("Unmute"));
        QVERIFY(serverCall(id).muted());
        QVERIFY(fixtures::click(mute));
        QTRY_COMPARE_WITH_TIMEOUT(text(panel, "callState"), QStringLiteral("Connected"), 10000);
        QVERIFY(!serverCall(id).muted());

        // A colleague to consult: agent2, signed in over gRPC and Available.
        fixtures::GrpcClient agent2(server.grpcAddress(), server.caPath());
        v1::SignInResponse agent2SignIn;
        grpc::Status status = agent2.signIn(QStringLiteral("agent2"), server.demoPassword(QStringLiteral("agent2")), &agent2SignIn);
        QVERIFY2(status.ok(), fixtures::describe(status).constData());
        const std::string agent2Token = agent2SignIn.access_token();
        const QString agent2Id = QString::fromStdString(agent2SignIn.user().id());
        {
            v1::SetAgentStateRequest request;
            request.set_state(v1::AGENT_STATE_AVAILABLE);
            v1::AgentSnapshot snapshot;
            status = agent2.routing().SetAgentState(fixtures::GrpcClient::context(agent2Token).get(), request, &snapshot);
            QVERIFY2(status.ok(), fixtures::describe(status).constData());
        }

        QVERIFY(fixtures::click(button(panel, "consult")));
        QWidget *chooser = panel->findChild<QWidget *>(QStringLiteral("targetChooser"));
        QVERIFY(chooser);
        QTRY_VERIFY_WITH_TIMEOUT(chooser->isVisible(), 5000);
        auto *targets = chooser->findChild<QListWidget *>(QStringLiteral("targets"));
        QListWidgetItem *colleague = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            colleague = nullptr;
            for (int row = 0; row < targets->count(); ++row)
                if (targets->item(row)->data(Qt::UserRole + 1).toString() == agent2Id
                    && (targets->item(row)->flags() & Qt::ItemIsEnabled))
                    colleague = targets->item(row);
            return colleague != nullptr;
        }(), 10000);
        QVERIFY2(colleague->text().contains(QStringLiteral("agent2")), qPrintable(colleague->text()));
        auto *confirm = chooser->findChild<QPushButton *>(QStringLiteral("confirmTarget"));
        QVERIFY(!confirm->isEnabled());     // nothing chosen yet
        targets->setCurrentItem(colleague);
        QVERIFY(confirm->isEnabled());
        QVERIFY(fixtures::click(confirm));
        QTRY_VERIFY_WITH_TIMEOUT(text(panel, "callState").startsWith(QStringLiteral("Consulting")), 10000);
        QCOMPARE(s->calls().call(id).state, session::CallState::Consulting);
        const QString consulting = text(panel, "callState");   // checked at the end (known bug)
        QCOMPARE(serverCall(id).state(), v1::CALL_STATE_CONSULTING);
        QVERIFY(!chooser->isVisible());
        QPushButton *complete = button(panel, "completeTransfer");
        QVERIFY(complete->isVisible() && complete->isEnabled());
        QVERIFY(!button(panel, "consult")->isEnabled());

        // Once a race (about 1 run in 8): the panel showed Consulting (from the event
        // stream) before the Consult's answer told the CallStore whom was consulted, and
        // Complete transfer failed unseen. The store now knows the target at once and
        // reads it from the call itself; the message below would say what went wrong.
        const QPointer<QWidget> livePanel(panel);     // goes with the interaction
        QSignalSpy refused(&s->calls(), &session::CallStore::commandFailed);
        QVERIFY(fixtures::click(complete));
        (void)QTest::qWaitFor([&] { return s->interactions().indexOf(id) == -1 || !livePanel; }, 10000);  // judged below
        QVERIFY2(s->interactions().indexOf(id) == -1,
                 qPrintable(QStringLiteral("Complete transfer did nothing: call \"%1\", panel error \"%2\", "
                                           "server call state %3, CallStore refused: \"%4\"")
                                .arg(livePanel ? text(livePanel, "callState") : QString(),
                                     livePanel ? text(livePanel, "callError") : QString())
                                .arg(int(serverCall(id).state()))
                                .arg(refused.isEmpty() ? QString() : refused.last().value(1).toString())));
        QTRY_COMPARE_WITH_TIMEOUT(workspace->inbox()->model()->rowCount(), 0, 10000);
        QVERIFY(!workspace->panelFor(id));
        QVERIFY(!workspace->wrapUpForm()->isVisible());

        // agent2 holds it now (offered to them), and takes it.
        v1::AgentSnapshot mine;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            mine.Clear();
            if (!agent2.routing().GetMyAgent(fixtures::GrpcClient::context(agent2Token).get(), v1::GetMyAgentRequest(), &mine).ok())
                return false;
            for (const v1::Interaction &i : mine.interactions())
                if (i.id() == id.toStdString())
                    return true;
            return false;
        }(), 10000);
        v1::AcceptOfferRequest accept;
        accept.set_interaction_id(id.toStdString());
        v1::Interaction taken;
        status = agent2.routing().AcceptOffer(fixtures::GrpcClient::context(agent2Token).get(), accept, &taken);
        QVERIFY2(status.ok(), fixtures::describe(status).constData());
        QCOMPARE(taken.agent_user_id(), agent2Id.toStdString());
        QTRY_COMPARE_WITH_TIMEOUT(serverCall(id).state(), v1::CALL_STATE_CONNECTED, 10000);

        // agent2 is done with it and steps away: the next call is agent1's.
        v1::EndInteractionRequest end;
        end.set_interaction_id(id.toStdString());
        status = agent2.routing().EndInteraction(fixtures::GrpcClient::context(agent2Token).get(), end, &taken);
        QVERIFY2(status.ok(), fixtures::describe(status).constData());
        v1::CompleteWrapUpRequest wrapUp;
        wrapUp.set_interaction_id(id.toStdString());
        wrapUp.set_wrap_up_code_id("wrap-resolved");
        status = agent2.routing().CompleteWrapUp(fixtures::GrpcClient::context(agent2Token).get(), wrapUp, &taken);
        QVERIFY2(status.ok(), fixtures::describe(status).constData());
        v1::SetAgentStateRequest away;
        away.set_state(v1::AGENT_STATE_NOT_READY);
        away.set_reason_code_id("reason-break");
        v1::AgentSnapshot snapshot;
        status = agent2.routing().SetAgentState(fixtures::GrpcClient::context(agent2Token).get(), away, &snapshot);
        QVERIFY2(status.ok(), fixtures::describe(status).constData());
        QCOMPARE(s->agent().state(), session::AgentState::Available);

        // The panel names whom the agent consults as the agent knows them (KNOWN BUG,
        // reported: it shows the colleague's user id, the consulted party's display name).
        QVERIFY2(consulting == QStringLiteral("Consulting agent2"), qPrintable(consulting));
    }

    void aHungUpCallGoesToWrapUpWithItsCountdown()
    {
        QVERIFY(application);   // still signed in from the first call
        app::MainWindow *window = application->mainWindow();
        window->resize(1100, 700);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        app::AgentWorkspace *workspace = window->agentWorkspace();
        session::Session *s = application->session();
        QVERIFY(fixtures::goAvailable(workspace, s));

        const QString id = customers->enqueue(v1::CHANNEL_VOICE);
        QVERIFY(!id.isEmpty());
        QWidget *panel = takeCall(workspace, id);
        QVERIFY(panel);
        QCOMPARE(panel->objectName(), QStringLiteral("voicePanel"));
        QTRY_COMPARE_WITH_TIMEOUT(text(panel, "callState"), QStringLiteral("Connected"), 10000);

        QVERIFY(fixtures::click(button(panel, "hangUp")));
        widgets::WrapUpForm *form = workspace->wrapUpForm();
        QTRY_VERIFY_WITH_TIMEOUT(form->isVisible(), 10000);
        QCOMPARE(s->interactions().at(s->interactions().indexOf(id)).state, session::InteractionState::WrapUp);
        QCOMPARE(serverCall(id).state(), v1::CALL_STATE_ENDED);
        QTRY_COMPARE_WITH_TIMEOUT(text(panel, "callState"), QStringLiteral("Ended"), 10000);
        QVERIFY(!button(panel, "hangUp")->isEnabled());
        QVERIFY(!button(panel, "hold")->isEnabled());

        // The queue gives 600 s of after-contact work: the form counts it down.
        QVERIFY(form->countdownLabel()->isVisible());
        QVERIFY2(!form->countdownText().isEmpty(), "no ACW countdown");
        QVERIFY2(form->countdownText().contains(QStringLiteral("9:5")) || form->countdownText().contains(QStringLiteral("10:00")),
                 qPrintable(form->countdownText()));
        QTRY_COMPARE_WITH_TIMEOUT(form->codeBox()->count(), 2, 10000);
        QVERIFY(fixtures::click(form->doneButton()));
        QVERIFY(!form->codeError().isEmpty());
        form->codeBox()->setCurrentIndex(form->codeBox()->findData(QStringLiteral("wrap-sale")));
        QVERIFY(form->codeError().isEmpty());
        QTest::keyClicks(form->findChild<QPlainTextEdit *>(QStringLiteral("wrapUpNotes")),
                         QStringLiteral("Upgraded to the fibre plan; installation on Monday."));
        QCOMPARE(form->notes(), QStringLiteral("Upgraded to the fibre plan; installation on Monday."));
        QVERIFY(fixtures::screenshot(window, QStringLiteral("agent-wrap-up")));
        QVERIFY(fixtures::click(form->doneButton()));
        QTRY_COMPARE_WITH_TIMEOUT(workspace->inbox()->model()->rowCount(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(s->agent().state(), session::AgentState::Available, 10000);
        QVERIFY(!form->isVisible());
        QVERIFY(!workspace->panelFor(id));
    }

    // Signed out and in again in the same process (the desk's next agent, a forced
    // sign-out, a module upgrade): the voice module is unloaded with the first desk and
    // loaded again; a call must still open its panel.
    // KNOWN BUG (reported): this crashes (SIGSEGV in QFontCache::findEngineData from
    // modules::voice::Keypad::Keypad): the unloaded library's QStringLiteral("monospace")
    // font family is still referenced by Qt's process-wide font cache.
    void aSecondSignInStillOpensAVoicePanel()
    {
        application.reset();
        application = signIn(QStringLiteral("agent1"));
        QVERIFY(application);
        app::MainWindow *window = application->mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        app::AgentWorkspace *workspace = window->agentWorkspace();
        session::Session *s = application->session();
        QVERIFY(fixtures::goAvailable(workspace, s));

        const QString id = customers->enqueue(v1::CHANNEL_VOICE);
        QVERIFY(!id.isEmpty());
        QWidget *panel = takeCall(workspace, id);
        QVERIFY(panel);
        QCOMPARE(panel->objectName(), QStringLiteral("voicePanel"));
        QTRY_COMPARE_WITH_TIMEOUT(text(panel, "callState"), QStringLiteral("Connected"), 10000);
        QVERIFY(fixtures::click(button(panel, "hangUp")));
        widgets::WrapUpForm *form = workspace->wrapUpForm();
        QTRY_VERIFY_WITH_TIMEOUT(form->isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(form->codeBox()->count(), 2, 10000);
        form->codeBox()->setCurrentIndex(0);
        QVERIFY(fixtures::click(form->doneButton()));
        QTRY_COMPARE_WITH_TIMEOUT(workspace->inbox()->model()->rowCount(), 0, 10000);
    }

    void cleanupTestCase()
    {
        application.reset();
    }
};

QTEST_MAIN(TestAgentVoice)
#include "tst_ui_agent_voice.moc"
