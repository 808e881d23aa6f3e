// The agent desktop answering an e-mail, against a real server and the real e-mail
// module: an e-mail with a subject, To, Cc and an attachment is offered, accepted from
// the toast, its thread shows in the e-mail panel; the agent writes a reply-all with an
// attachment and sends it with Ctrl+Return; the customer's side receives "Re: ..." with
// the quotation and everyone else of the customer's mail in Cc; End, a wrap-up that
// refuses Done without a code, and the agent is Available again.

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

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

namespace v1 = switchboard::v1;

class TestAgentEmail : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    std::unique_ptr<fixtures::ChatCustomers> customers;
    QTemporaryDir files;

    std::unique_ptr<app::Application> signIn(const QString &user)
    {
        return fixtures::signInToDesk(server, user, QStringLiteral(SB_MODULES_DIR));
    }

    // Does any row of the view's model hold `text` in one of its roles?
    static bool viewShows(QWidget *panel, const QString &viewName, const QString &text)
    {
        auto *view = panel->findChild<QAbstractItemView *>(viewName);
        if (!view || !view->model())
            return false;
        const QAbstractItemModel *model = view->model();
        QList<int> roles = model->roleNames().keys();
        roles << Qt::DisplayRole << Qt::AccessibleTextRole << Qt::ToolTipRole;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            for (int role : roles) {
                const QVariant value = model->data(index, role);
                if (value.toString().contains(text) || value.toStringList().join(QLatin1Char(' ')).contains(text))
                    return true;
            }
        }
        return false;
    }


private slots:
    void initTestCase()
    {
        QVERIFY(files.isValid());
        const QString started = fixtures::startDeskTest(QStringLiteral("tst_ui_agent_email"), server);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        customers = std::make_unique<fixtures::ChatCustomers>(server, QStringLiteral("Mail desk UI"), QStringLiteral("ui-mail-"));
        QVERIFY2(customers->isValid(), qPrintable(customers->errorString()));
    }

    void init()
    {
        QSettings().clear();
    }

    void anAgentAnswersAnEmailToAllWithAnAttachment()
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

        const QString id = customers->enqueueEmail(
            QStringLiteral("Broken router"),
            {QStringLiteral("support@switchboard.test"), QStringLiteral("bob@example.com")},
            {QStringLiteral("carol@example.com")});
        QVERIFY(!id.isEmpty());
        const QString customerAddress = QStringLiteral("customer%1@example.com").arg(customers->enqueued());
        QVERIFY(customers->emails(id, "My router is broken.\nThe light blinks red.", "Broken router",
                                  {QStringLiteral("photo.jpg")}));

        widgets::OfferToast *toast = workspace->offerToast();
        QTRY_VERIFY_WITH_TIMEOUT(toast->isVisible() && toast->interactionId() == id, 15000);
        QVERIFY(toast->findChild<QLabel *>(QStringLiteral("offerDetails"))->text().contains(QStringLiteral("Mail desk UI")));
        QVERIFY(fixtures::click(toast->acceptButton()));
        QTRY_VERIFY_WITH_TIMEOUT(!toast->isVisible(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(workspace->currentInteractionId(), id, 10000);
        QWidget *panel = workspace->panelFor(id);
        QVERIFY(panel);
        QCOMPARE(panel->objectName(), QStringLiteral("emailPanel"));     // the real module's
        QCOMPARE(workspace->panels()->currentWidget(), panel);

        // The thread: its subject, the customer, the message with its attachment.
        QTRY_COMPARE_WITH_TIMEOUT(panel->findChild<QLabel *>(QStringLiteral("threadSubject"))->text(),
                                  QStringLiteral("Broken router"), 10000);
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("customer"))->text().contains(customerAddress));
        QTRY_VERIFY_WITH_TIMEOUT(viewShows(panel, QStringLiteral("thread"), QStringLiteral("The light blinks red.")), 10000);
        QVERIFY(viewShows(panel, QStringLiteral("thread"), QStringLiteral("photo.jpg")));

        // The composer: the subject prefilled, the customer's mail quoted, reply all
        // showing who else gets it.
        auto *subject = panel->findChild<QLineEdit *>(QStringLiteral("subject"));
        auto *body = panel->findChild<QPlainTextEdit *>(QStringLiteral("body"));
        auto *quoted = panel->findChild<QPlainTextEdit *>(QStringLiteral("quoted"));
        auto *replyAll = panel->findChild<QAbstractButton *>(QStringLiteral("replyAll"));
        auto *cc = panel->findChild<QLabel *>(QStringLiteral("replyAllCc"));
        QVERIFY(subject && body && quoted && replyAll && cc);
        QTRY_COMPARE_WITH_TIMEOUT(subject->text(), QStringLiteral("Re: Broken router"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(quoted->toPlainText().contains(QStringLiteral("> My router is broken.")), 10000);
        QVERIFY(quoted->toPlainText().contains(QStringLiteral("> The light blinks red.")));
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("recipients"))->text().contains(customerAddress));
        QVERIFY(!cc->isVisible());
        QVERIFY(!replyAll->isChecked());
        QVERIFY(fixtures::click(replyAll));
        QVERIFY(replyAll->isChecked());
        QVERIFY(cc->isVisible());
        QVERIFY2(cc->text().contains(QStringLiteral("bob@example.com")) && cc->text().contains(QStringLiteral("carol@example.com"))
                     && !cc->text().contains(QStringLiteral("support@switchboard.test")),
                 qPrintable(cc->text()));

        // An attachment through the composer's own file dialog (not native: offscreen).
        const QString manual = files.filePath(QStringLiteral("manual.pdf"));
        {
            QFile file(manual);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("%PDF-1.4\n");
        }
        QVERIFY(fixtures::click(panel->findChild<QAbstractButton *>(QStringLiteral("attach"))));
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = panel->findChild<QFileDialog *>(QStringLiteral("attachDialog"))) != nullptr, 5000);
        QVERIFY(dialog->isVisible());
        dialog->selectFile(manual);
        QMetaObject::invokeMethod(dialog, "accept");     // the dialog's Open
        auto *attachments = panel->findChild<QListWidget *>(QStringLiteral("attachments"));
        QTRY_COMPARE_WITH_TIMEOUT(attachments->count(), 1, 5000);
        QCOMPARE(attachments->item(0)->text(), QStringLiteral("manual.pdf"));
        QVERIFY(attachments->isVisible());

        body->setFocus();
        QTest::keyClicks(body, QStringLiteral("Please restart it: unplug it for ten seconds."));
        QCOMPARE(s->interactions().indexOf(id) >= 0, true);
        QVERIFY(fixtures::screenshot(window, QStringLiteral("agent-email")));
        QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);

        // What the customer's side receives.
        QTRY_VERIFY_WITH_TIMEOUT(customers->sees(id, QStringLiteral("Please restart it: unplug it for ten seconds.")), 10000);
        const auto sent = customers->lastMessage(id);
        QVERIFY(sent);
        QCOMPARE(sent->direction(), v1::MESSAGE_DIRECTION_OUTBOUND);
        QCOMPARE(sent->text(), "Please restart it: unplug it for ten seconds.");
        QCOMPARE(sent->subject(), "Re: Broken router");
        const QString quote = QString::fromStdString(sent->quoted_text());
        QVERIFY2(quote.startsWith(QStringLiteral("On ")) && quote.contains(QStringLiteral("wrote:\n> My router is broken.\n> The light blinks red.")),
                 qPrintable(quote));
        QCOMPARE(sent->to_size(), 1);
        QCOMPARE(QString::fromStdString(sent->to(0)), customerAddress);
        QStringList sentCc;
        for (const std::string &address : sent->cc())
            sentCc << QString::fromStdString(address);
        sentCc.sort();
        QCOMPARE(sentCc, (QStringList{QStringLiteral("bob@example.com"), QStringLiteral("carol@example.com")}));
        QCOMPARE(sent->attachments_size(), 1);
        QCOMPARE(sent->attachments(0).name(), "manual.pdf");

        // The composer is ready for the next one; the thread shows the reply.
        QCOMPARE(body->toPlainText(), QString());
        QCOMPARE(attachments->count(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(viewShows(panel, QStringLiteral("thread"), QStringLiteral("unplug it for ten seconds")), 10000);

        // End, then a wrap-up that needs its code.
        QVERIFY(workspace->endButton()->isVisible());
        QVERIFY(fixtures::click(workspace->endButton()));
        widgets::WrapUpForm *form = workspace->wrapUpForm();
        QTRY_VERIFY_WITH_TIMEOUT(form->isVisible(), 10000);
        QVERIFY(!workspace->endButton()->isVisible());
        // The thread stays readable, the composer is closed.
        QTRY_VERIFY_WITH_TIMEOUT(panel->findChild<QLabel *>(QStringLiteral("readOnlyNotice"))->isVisible(), 10000);
        QVERIFY(body->isReadOnly());
        QTRY_COMPARE_WITH_TIMEOUT(form->codeBox()->count(), 2, 10000);
        QVERIFY(fixtures::click(form->doneButton()));
        QVERIFY(!form->codeError().isEmpty());
        QCOMPARE(s->interactions().at(s->interactions().indexOf(id)).state, session::InteractionState::WrapUp);
        form->codeBox()->setCurrentIndex(form->codeBox()->findData(QStringLiteral("wrap-resolved")));
        QVERIFY(form->codeError().isEmpty());
        QCOMPARE(form->selectedCodeId(), QStringLiteral("wrap-resolved"));
        QVERIFY(fixtures::click(form->doneButton()));
        QTRY_COMPARE_WITH_TIMEOUT(workspace->inbox()->model()->rowCount(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(s->agent().state(), session::AgentState::Available, 10000);
        QCOMPARE(workspace->stateBox()->currentIndex(), 0);
        QVERIFY(!form->isVisible());
        QVERIFY(!workspace->panelFor(id));
    }
};

QTEST_MAIN(TestAgentEmail)
#include "tst_ui_agent_email.moc"
