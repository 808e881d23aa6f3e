// The agent desktop working an SMS conversation, against a real server and the real SMS
// module (the chat panel compiled into its own plugin): offered and accepted from the
// toast, the panel counts characters and segments of a GSM text (170 characters are 2
// segments), messages go both ways, End and a wrap-up that requires its code bring the
// agent back to Available.

#include "app_agent_workspace.h"
#include "app_application.h"
#include "app_main_window.h"

#include "session_agent_store.h"
#include "session_event_stream.h"
#include "session_interaction_store.h"
#include "session_session.h"
#include "widgets_offer_toast.h"
#include "widgets_wrap_up_form.h"

#include "fixtures_agent_desk.h"
#include "fixtures_chat_customers.h"
#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

namespace v1 = switchboard::v1;

class TestAgentSms : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    std::unique_ptr<fixtures::ChatCustomers> customers;

    std::unique_ptr<app::Application> signIn(const QString &user)
    {
        return fixtures::signInToDesk(server, user, QStringLiteral(SB_MODULES_DIR));
    }


private slots:
    void initTestCase()
    {
        const QString started = fixtures::startDeskTest(QStringLiteral("tst_ui_agent_sms"), server);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        customers = std::make_unique<fixtures::ChatCustomers>(server, QStringLiteral("Text desk UI"), QStringLiteral("ui-sms-"));
        QVERIFY2(customers->isValid(), qPrintable(customers->errorString()));
    }

    void init()
    {
        QSettings().clear();
    }

    void anAgentTextsWithACustomerFromOfferToWrapUp()
    {
        auto application = signIn(QStringLiteral("agent1"));
        QVERIFY(application);
        app::MainWindow *window = application->mainWindow();
        window->resize(1100, 700);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        app::AgentWorkspace *workspace = window->agentWorkspace();
        QVERIFY(workspace);
        session::Session *s = application->session();
        QVERIFY(fixtures::goAvailable(workspace, s));

        const QString id = customers->enqueue(v1::CHANNEL_SMS);
        QVERIFY(!id.isEmpty());
        const QString number = QStringLiteral("+1555000%1").arg(customers->enqueued());
        widgets::OfferToast *toast = workspace->offerToast();
        QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible() && toast->interactionId() == id, 15000);
        QVERIFY(toast->findChild<QLabel *>(QStringLiteral("offerCustomer"))->text().contains(QStringLiteral("SMS")));
        QVERIFY(toast->findChild<QLabel *>(QStringLiteral("offerDetails"))->text().contains(QStringLiteral("Text desk UI")));
        QVERIFY(fixtures::click(toast->acceptButton()));
        QTRY_VERIFY_WITH_TIMEOUT(!toast->isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(workspace->currentInteractionId(), id, 10000);
        QWidget *panel = workspace->panelFor(id);
        QVERIFY(panel);
        QCOMPARE(panel->objectName(), QStringLiteral("chatPanel"));     // the SMS module's build of it
        QCOMPARE(workspace->panels()->currentWidget(), panel);
        QCOMPARE(s->interactions().at(s->interactions().indexOf(id)).customer.address, number);

        // The segment counter is the SMS module's: shown, and right for GSM text.
        auto *counter = panel->findChild<QLabel *>(QStringLiteral("segmentCounter"));
        QVERIFY(counter);
        QVERIFY(counter->isVisible());
        QVERIFY2(counter->text().contains(QStringLiteral("0 segment")), qPrintable(counter->text()));

        QVERIFY(customers->says(id, "Hi, my bill for March is wrong"));
        QTRY_VERIFY_WITH_TIMEOUT(fixtures::transcriptShows(panel, QStringLiteral("my bill for March is wrong")), 10000);

        auto *editor = panel->findChild<QPlainTextEdit *>(QStringLiteral("editor"));
        QVERIFY(editor);
        editor->setFocus();
        const QString sentence = QStringLiteral("We corrected your March bill; the new total is 42.50 and a credit note follows. ");
        const QString text = (sentence + sentence + sentence).left(170).trimmed();
        QCOMPARE(text.size(), 170);
        QTest::keyClicks(editor, text.left(160));
        QVERIFY2(counter->text().contains(QStringLiteral("160")) && counter->text().contains(QStringLiteral("1 segment")),
                 qPrintable(counter->text()));
        QTest::keyClicks(editor, text.mid(160));
        QVERIFY2(counter->text().contains(QStringLiteral("170")) && counter->text().contains(QStringLiteral("2 segment")),
                 qPrintable(counter->text()));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(customers->sees(id, text), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(fixtures::transcriptShows(panel, text), 10000);
        QCOMPARE(editor->toPlainText(), QString());
        QVERIFY2(counter->text().contains(QStringLiteral("0 segment")), qPrintable(counter->text()));

        QVERIFY(customers->says(id, "Thank you!"));
        QTRY_VERIFY_WITH_TIMEOUT(fixtures::transcriptShows(panel, QStringLiteral("Thank you!")), 10000);

        QVERIFY(workspace->endButton()->isVisible());
        QVERIFY(fixtures::click(workspace->endButton()));
        widgets::WrapUpForm *form = workspace->wrapUpForm();
        QTRY_VERIFY_WITH_TIMEOUT(form->isVisible(), 10000);
        QVERIFY(!workspace->endButton()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(editor->isReadOnly(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(form->codeBox()->count(), 2, 10000);
        QVERIFY(fixtures::click(form->doneButton()));
        QVERIFY(!form->codeError().isEmpty());
        QCOMPARE(s->interactions().at(s->interactions().indexOf(id)).state, session::InteractionState::WrapUp);
        form->codeBox()->setCurrentIndex(form->codeBox()->findData(QStringLiteral("wrap-resolved")));
        QVERIFY(form->codeError().isEmpty());
        QVERIFY(fixtures::click(form->doneButton()));
        QTRY_COMPARE_WITH_TIMEOUT(workspace->inbox()->model()->rowCount(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(s->agent().state(), session::AgentState::Available, 10000);
        QCOMPARE(workspace->stateBox()->currentIndex(), 0);
        QVERIFY(!form->isVisible());
        QVERIFY(!workspace->panelFor(id));
    }
};

QTEST_MAIN(TestAgentSms)
#include "tst_ui_agent_sms.moc"
