// The e-mail module as the application will use it: the real plugin file, found by the
// registry in the build tree, loaded by the host, given an in-memory interaction
// (fixtures::FakeInteraction plays the session and the server).

#include "host_module_loader.h"
#include "host_module_registry.h"

#include "api_interaction_handle.h"
#include "api_panel_state.h"
#include "fixtures_fake_interaction.h"
#include "fixtures_module_harness.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using modules::api::EmailReply;
using modules::api::InteractionHandle;
using modules::api::Message;
using modules::api::PanelState;
using modules::host::ModuleLoader;
using modules::host::ModuleRegistry;
using modules::host::ModuleSpec;

namespace {


// The model's roles by name (ThreadModel::roleNames()), so that the test does not
// depend on their numbers.
int role(const QAbstractItemModel *model, const char *name)
{
    const int r = model->roleNames().key(QByteArray(name), -1);
    if (r < 0)
        qFatal("the thread model has no role %s", name);
    return r;
}

QDateTime at(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

// The quotation format the panel promises (ReplyFormat::quote()).
QString quoteHeader(const QDateTime &time, const QString &author)
{
    return QStringLiteral("On %1, %2 wrote:")
        .arg(QLocale().toString(time.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm")), author);
}

using fixtures::FakeInteraction;
using TestContext = fixtures::FakeModuleContext;

const QString kFirstText = QStringLiteral("Hello,\n\nmy order 4471 was due on Monday and has not arrived.\n\nMaria");

} // namespace

class TestModuleEmailPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void moduleHasNoGnuUniqueSymbols();
    void panelIsOnlyForEmail();
    void messagesAppearAsRowsWithoutReset();
    void newestIsExpandedAndQuotedTextIsApart();
    void clickExpandsAMessageAndItStaysOpen();
    void deliveryStateOfTheAgentsMessages();
    void subjectIsPrefilledWithOneRe();
    void typingUpdatesTheDraft();
    void draftFromTheSessionIsShown();
    void sendBuildsTheReplyAndClearsTheDraft();
    void replyAllShowsTheCcAndSendsTheFlag();
    void attachAddsFileNamesAndRemoveTakesOneOff();
    void refusedSendKeepsTheTextAndSaysWhy();
    void laterFailureIsShown();
    void emptySubjectAndBodyAreRefusedNextToTheField();
    void cannedResponseInsertsAtTheCursor();
    void readOnlyInWrapUpAndClosed();
    void snapshotRestoreKeepsTheView();
    void everyControlHasAnAccessibleName();
    void sendShortcutIsInTheTooltip();
    void screenshot();
    void unloadsOnceNoPanelIsAlive();   // last: unloads the module

private:
    QWidget *createPanel(InteractionHandle *interaction);
    template<typename T> T *child(QWidget *panel, const char *name)
    {
        T *w = panel->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no %s in the panel", name);
        return w;
    }
    QAbstractItemModel *model() { return child<QListView>(m_panel, "thread")->model(); }
    QPlainTextEdit *body(QWidget *panel) { return child<QPlainTextEdit>(panel, "body"); }
    QLineEdit *subject(QWidget *panel) { return child<QLineEdit>(panel, "subject"); }
    void sendWithShortcut() { QTest::keyClick(body(m_panel), Qt::Key_Return, Qt::ControlModifier); }
    void appendFirstCustomerEmail(FakeInteraction &email);

    TestContext m_context{QStringLiteral("email")};
    std::unique_ptr<ModuleLoader> m_loader;
    std::unique_ptr<FakeInteraction> m_email;
    QWidget *m_panel = nullptr;
};

void TestModuleEmailPanel::initTestCase()
{
    QString error;
    m_loader = fixtures::loadModuleFor(QStringLiteral(SB_MODULES_BUILD_DIR), QStringLiteral("email"), &m_context, &error);
    QVERIFY2(m_loader, qPrintable(error));
    QCOMPARE(m_loader->spec().id(), QStringLiteral("email"));
}

void TestModuleEmailPanel::appendFirstCustomerEmail(FakeInteraction &email)
{
    Message m;
    m.direction = Message::Direction::Inbound;
    m.author = QStringLiteral("Maria Lopez");
    m.subject = QStringLiteral("Order 4471 has not arrived");
    m.text = kFirstText;
    m.time = at(24, 9, 12);
    // the first To is the contact center's mailbox; the customer copied herself
    m.to = {QStringLiteral("Acme Support <support@acme.example>"), QStringLiteral("Bob Lopez <bob@example.com>")};
    m.cc = {QStringLiteral("carol@example.com"), QStringLiteral("MARIA.LOPEZ@example.com")};
    m.attachments = {QStringLiteral("receipt-4471.pdf")};
    email.appendMessage(m);
}

void TestModuleEmailPanel::init()
{
    m_email = std::make_unique<FakeInteraction>(QStringLiteral("email"));
    appendFirstCustomerEmail(*m_email);
    m_panel = createPanel(m_email.get());
}

void TestModuleEmailPanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
    m_email.reset();
}

QWidget *TestModuleEmailPanel::createPanel(InteractionHandle *interaction)
{
    const auto result = m_loader->createPanel(interaction, nullptr);
    if (!result.ok())
        qFatal("createPanel: %s", qPrintable(result.error));
    result.widget->resize(560, 640);
    return result.widget;
}

void TestModuleEmailPanel::moduleHasNoGnuUniqueSymbols()
{
    const QString problem = fixtures::unloadabilityProblem(m_loader->spec().filePath());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestModuleEmailPanel::panelIsOnlyForEmail()
{
    FakeInteraction chat(QStringLiteral("chat"));
    const auto result = m_loader->createPanel(&chat, nullptr);
    QVERIFY(!result.ok());
    QVERIFY(!result.error.isEmpty());
}

void TestModuleEmailPanel::messagesAppearAsRowsWithoutReset()
{
    QAbstractItemModel *thread = model();
    QAbstractItemModelTester tester(thread, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(thread, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(thread, &QAbstractItemModel::rowsInserted);
    QCOMPARE(thread->rowCount(), 1);

    m_email->append(Message::Direction::Outbound, QStringLiteral("Alex"), QStringLiteral("Let me check."),
                    Message::Delivery::Sent);
    m_email->appendCustomer(QStringLiteral("Any news?"));
    QCOMPARE(thread->rowCount(), 3);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 2);
    QCOMPARE(resets.size(), 0);

    const QModelIndex first = thread->index(0, 0);
    QCOMPARE(first.data().toString(), kFirstText);
    QCOMPARE(first.data(role(thread, "author")).toString(), QStringLiteral("Maria Lopez"));
    QCOMPARE(first.data(role(thread, "subject")).toString(), QStringLiteral("Order 4471 has not arrived"));
    QCOMPARE(first.data(role(thread, "to")).toStringList().size(), 2);
    QCOMPARE(first.data(role(thread, "cc")).toStringList().first(), QStringLiteral("carol@example.com"));
    QCOMPARE(first.data(role(thread, "attachments")).toStringList(), QStringList{QStringLiteral("receipt-4471.pdf")});
    QVERIFY(!first.data(role(thread, "timeText")).toString().isEmpty());
    const QString spoken = first.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.contains(QStringLiteral("receipt-4471.pdf")), qPrintable(spoken));
    QVERIFY(thread->index(1, 0).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Sent")));
}

void TestModuleEmailPanel::newestIsExpandedAndQuotedTextIsApart()
{
    QAbstractItemModel *thread = model();
    const int expanded = role(thread, "expanded");
    QVERIFY(thread->index(0, 0).data(expanded).toBool());   // the only one is the newest

    Message reply;
    reply.direction = Message::Direction::Inbound;
    reply.author = QStringLiteral("Maria Lopez");
    reply.text = QStringLiteral("Still nothing today.");
    reply.quoted = QStringLiteral("> Let me check.");
    m_email->appendMessage(reply);
    QVERIFY(!thread->index(0, 0).data(expanded).toBool());
    QVERIFY(thread->index(1, 0).data(expanded).toBool());
    // the quoted text is its own role, not part of the body: the card greys it
    QCOMPARE(thread->index(1, 0).data().toString(), QStringLiteral("Still nothing today."));
    QCOMPARE(thread->index(1, 0).data(role(thread, "quoted")).toString(), QStringLiteral("> Let me check."));

    // an expanded card is taller than a collapsed one
    QListView *view = child<QListView>(m_panel, "thread");
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    QVERIFY(view->visualRect(thread->index(1, 0)).height() > view->visualRect(thread->index(0, 0)).height());
}

void TestModuleEmailPanel::clickExpandsAMessageAndItStaysOpen()
{
    m_email->appendCustomer(QStringLiteral("Second"));
    QAbstractItemModel *thread = model();
    const int expanded = role(thread, "expanded");
    QListView *view = child<QListView>(m_panel, "thread");
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    QVERIFY(!thread->index(0, 0).data(expanded).toBool());
    const int collapsedHeight = view->visualRect(thread->index(0, 0)).height();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(thread->index(0, 0)).center());
    QVERIFY(thread->index(0, 0).data(expanded).toBool());
    QTRY_VERIFY(view->visualRect(thread->index(0, 0)).height() > collapsedHeight);
    // a newer message takes over from the newest, but the one the agent opened stays open
    m_email->appendCustomer(QStringLiteral("Third"));
    QVERIFY(thread->index(0, 0).data(expanded).toBool());
    QVERIFY(!thread->index(1, 0).data(expanded).toBool());
    QVERIFY(thread->index(2, 0).data(expanded).toBool());
    // Space on the current message toggles it too
    view->setCurrentIndex(thread->index(0, 0));
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(!thread->index(0, 0).data(expanded).toBool());
}

void TestModuleEmailPanel::deliveryStateOfTheAgentsMessages()
{
    m_email->append(Message::Direction::Outbound, QStringLiteral("Alex"), QStringLiteral("On its way"),
                    Message::Delivery::Pending);
    QAbstractItemModel *thread = model();
    const int deliveryText = role(thread, "deliveryText");
    QCOMPARE(thread->index(1, 0).data(deliveryText).toString(), QStringLiteral("Sending…"));
    QVERIFY(thread->index(0, 0).data(deliveryText).toString().isEmpty());   // the customer's has none
    QSignalSpy changed(thread, &QAbstractItemModel::dataChanged);
    m_email->setDelivery(1, Message::Delivery::Sent);
    QCOMPARE(thread->index(1, 0).data(deliveryText).toString(), QStringLiteral("Sent"));
    m_email->setDelivery(1, Message::Delivery::Failed, QStringLiteral("mailbox full"));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.last().first().toModelIndex().row(), 1);
    QCOMPARE(thread->index(1, 0).data(deliveryText).toString(), QStringLiteral("Not sent: mailbox full"));
    QCOMPARE(thread->index(1, 0).data(role(thread, "delivery")).toInt(), int(Message::Delivery::Failed));
}

void TestModuleEmailPanel::subjectIsPrefilledWithOneRe()
{
    QCOMPARE(subject(m_panel)->text(), QStringLiteral("Re: Order 4471 has not arrived"));

    FakeInteraction answered(QStringLiteral("email"), QStringLiteral("i-2"));
    answered.setSubject(QStringLiteral("RE: Invoice 99"));
    std::unique_ptr<QWidget> panel(createPanel(&answered));
    QCOMPARE(subject(panel.get())->text(), QStringLiteral("RE: Invoice 99"));

    // the subject follows the thread's until the agent writes one of their own
    m_email->setSubject(QStringLiteral("Order 4471 lost"));
    QCOMPARE(subject(m_panel)->text(), QStringLiteral("Re: Order 4471 lost"));
    subject(m_panel)->setText(QStringLiteral("Your parcel"));
    m_email->setSubject(QStringLiteral("Order 4471 found"));
    QCOMPARE(subject(m_panel)->text(), QStringLiteral("Your parcel"));
}

void TestModuleEmailPanel::typingUpdatesTheDraft()
{
    QTest::keyClicks(body(m_panel), QStringLiteral("Dear Maria,"));
    QCOMPARE(m_email->draft(), QStringLiteral("Dear Maria,"));
    QTest::keyClick(body(m_panel), Qt::Key_Return);
    QTest::keyClicks(body(m_panel), QStringLiteral("sorry"));
    QCOMPARE(m_email->draft(), QStringLiteral("Dear Maria,\nsorry"));
    QVERIFY(m_email->emails.isEmpty());
}

void TestModuleEmailPanel::draftFromTheSessionIsShown()
{
    m_email->setDraft(QStringLiteral("restored after a restart"));
    QCOMPARE(body(m_panel)->toPlainText(), QStringLiteral("restored after a restart"));
    std::unique_ptr<QWidget> second(createPanel(m_email.get()));
    QCOMPARE(body(second.get())->toPlainText(), QStringLiteral("restored after a restart"));
}

void TestModuleEmailPanel::sendBuildsTheReplyAndClearsTheDraft()
{
    qobject_cast<PanelState *>(m_panel)->restore(
        {{QStringLiteral("attachments"), QStringList{QStringLiteral("label.pdf")}}});
    QTest::keyClicks(body(m_panel), QStringLiteral("Dear Maria, it ships today."));
    sendWithShortcut();

    QCOMPARE(m_email->emails.size(), 1);
    const EmailReply sent = m_email->emails.first();
    QCOMPARE(sent.text, QStringLiteral("Dear Maria, it ships today."));
    QCOMPARE(sent.subject, QStringLiteral("Re: Order 4471 has not arrived"));
    QCOMPARE(sent.replyAll, false);
    const QString quoted = quoteHeader(at(24, 9, 12), QStringLiteral("Maria Lopez"))
        + QStringLiteral("\n> Hello,\n>\n> my order 4471 was due on Monday and has not arrived.\n>\n> Maria");
    QCOMPARE(sent.quoted, quoted);
    QCOMPARE(sent.attachments, QStringList{QStringLiteral("label.pdf")});
    // the composer shows the same quotation below the editor
    QCOMPARE(child<QPlainTextEdit>(m_panel, "quoted")->toPlainText(), quoted);

    QCOMPARE(m_email->draft(), QString());
    QCOMPARE(body(m_panel)->toPlainText(), QString());
    QCOMPARE(child<QListWidget>(m_panel, "attachments")->count(), 0);
    QCOMPARE(subject(m_panel)->text(), QStringLiteral("Re: Order 4471 has not arrived"));
    QCOMPARE(model()->rowCount(), 2);   // the session put the reply into the thread
    QCOMPARE(model()->index(1, 0).data(role(model(), "deliveryText")).toString(), QStringLiteral("Sending…"));

    // the Send button sends too
    QTest::keyClicks(body(m_panel), QStringLiteral("P.S."));
    QTest::mouseClick(child<QPushButton>(m_panel, "send"), Qt::LeftButton);
    QCOMPARE(m_email->emails.size(), 2);
    QCOMPARE(m_email->emails.last().text, QStringLiteral("P.S."));
    QVERIFY(m_email->emails.last().attachments.isEmpty());
}

void TestModuleEmailPanel::replyAllShowsTheCcAndSendsTheFlag()
{
    QLabel *cc = child<QLabel>(m_panel, "replyAllCc");
    QVERIFY(cc->isHidden());
    QTest::mouseClick(child<QToolButton>(m_panel, "replyAll"), Qt::LeftButton);
    QVERIFY(!cc->isHidden());
    // the last inbound To and Cc, without our mailbox (the first To) and the customer
    QCOMPARE(cc->text(), QStringLiteral("Bob Lopez <bob@example.com>, carol@example.com"));
    QTest::keyClicks(body(m_panel), QStringLiteral("Copying everyone."));
    sendWithShortcut();
    QCOMPARE(m_email->emails.size(), 1);
    QCOMPARE(m_email->emails.first().replyAll, true);

    QTest::mouseClick(child<QToolButton>(m_panel, "reply"), Qt::LeftButton);
    QVERIFY(cc->isHidden());
    QTest::keyClicks(body(m_panel), QStringLiteral("Only you."));
    sendWithShortcut();
    QCOMPARE(m_email->emails.last().replyAll, false);
}

void TestModuleEmailPanel::attachAddsFileNamesAndRemoveTakesOneOff()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList files{dir.filePath(QStringLiteral("invoice.pdf")), dir.filePath(QStringLiteral("photo.jpg"))};
    for (const QString &file : files) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    QListWidget *list = child<QListWidget>(m_panel, "attachments");
    QVERIFY(list->isHidden());
    for (const QString &file : files) {
        QTest::mouseClick(child<QToolButton>(m_panel, "attach"), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_panel->findChild<QFileDialog *>(QStringLiteral("attachDialog"))));
        QCOMPARE(dialog->fileMode(), QFileDialog::ExistingFiles);
        dialog->setDirectory(dir.path());
        dialog->selectFile(QFileInfo(file).fileName());
        static_cast<QDialog *>(dialog)->accept();   // the OK button, as QFileDialog does it
        QTRY_VERIFY(!m_panel->findChild<QFileDialog *>(QStringLiteral("attachDialog")));
    }
    QVERIFY(!list->isHidden());
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("invoice.pdf"));     // the name only, no folder

    list->setCurrentRow(0);
    QTest::mouseClick(child<QToolButton>(m_panel, "removeAttachment"), Qt::LeftButton);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("photo.jpg"));

    QTest::keyClicks(body(m_panel), QStringLiteral("See the photo."));
    sendWithShortcut();
    QCOMPARE(m_email->emails.first().attachments, QStringList{QStringLiteral("photo.jpg")});
}

void TestModuleEmailPanel::refusedSendKeepsTheTextAndSaysWhy()
{
    m_email->refuseWith = QStringLiteral("the mailbox is over quota");
    qobject_cast<PanelState *>(m_panel)->restore(
        {{QStringLiteral("attachments"), QStringList{QStringLiteral("label.pdf")}}});
    QTest::keyClicks(body(m_panel), QStringLiteral("Hello?"));
    sendWithShortcut();
    QVERIFY(m_email->emails.isEmpty());
    QCOMPARE(m_email->draft(), QStringLiteral("Hello?"));
    QCOMPARE(body(m_panel)->toPlainText(), QStringLiteral("Hello?"));
    QCOMPARE(child<QListWidget>(m_panel, "attachments")->count(), 1);
    QLabel *error = child<QLabel>(m_panel, "sendError");
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("the mailbox is over quota")), qPrintable(error->text()));

    // accepted the next time: the reason goes away
    m_email->refuseWith.clear();
    sendWithShortcut();
    QCOMPARE(m_email->emails.size(), 1);
    QVERIFY(error->isHidden());
}

void TestModuleEmailPanel::laterFailureIsShown()
{
    QTest::keyClicks(body(m_panel), QStringLiteral("Hello"));
    sendWithShortcut();
    QLabel *error = child<QLabel>(m_panel, "sendError");
    QVERIFY(error->isHidden());
    m_email->finish(m_email->lastRequest() + 100, QStringLiteral("not ours"));  // another view's action
    QVERIFY(error->isHidden());
    m_email->finish(m_email->lastRequest(), QStringLiteral("SMTP relay refused"));
    QVERIFY(!error->isHidden());
    QVERIFY(error->text().contains(QStringLiteral("SMTP relay refused")));
}

void TestModuleEmailPanel::emptySubjectAndBodyAreRefusedNextToTheField()
{
    QLabel *subjectError = child<QLabel>(m_panel, "subjectError");
    QLabel *bodyError = child<QLabel>(m_panel, "bodyError");
    subject(m_panel)->clear();
    QTest::keyClicks(body(m_panel), QStringLiteral("   "));
    sendWithShortcut();
    QVERIFY(m_email->emails.isEmpty());
    QVERIFY(!subjectError->isHidden());
    QVERIFY(!subjectError->text().isEmpty());
    QVERIFY(!bodyError->isHidden());
    QVERIFY(!bodyError->text().isEmpty());

    // each problem goes away as the agent fixes it
    QTest::keyClicks(subject(m_panel), QStringLiteral("Your order"));
    QVERIFY(subjectError->isHidden());
    QVERIFY(!bodyError->isHidden());
    sendWithShortcut();
    QVERIFY(m_email->emails.isEmpty());
    QTest::keyClicks(body(m_panel), QStringLiteral("It ships today."));
    QVERIFY(bodyError->isHidden());
    sendWithShortcut();
    QCOMPARE(m_email->emails.size(), 1);
    QCOMPARE(m_email->emails.first().subject, QStringLiteral("Your order"));
}

void TestModuleEmailPanel::cannedResponseInsertsAtTheCursor()
{
    QTest::keyClicks(body(m_panel), QStringLiteral("Dear Maria, "));
    QTest::keyClicks(body(m_panel), QStringLiteral(" Best, Alex"));
    QTextCursor cursor = body(m_panel)->textCursor();
    cursor.setPosition(int(QStringLiteral("Dear Maria, ").size()));
    body(m_panel)->setTextCursor(cursor);
    auto *button = child<QToolButton>(m_panel, "cannedResponses");
    QVERIFY(button->isEnabled());
    QMenu *menu = button->menu();
    Q_EMIT menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 2);
    menu->actions().at(0)->trigger();
    QCOMPARE(m_email->draft(), QStringLiteral("Dear Maria, Hello, how can I help you today? Best, Alex"));
}

void TestModuleEmailPanel::readOnlyInWrapUpAndClosed()
{
    QTest::keyClicks(body(m_panel), QStringLiteral("unsent"));
    QLabel *notice = child<QLabel>(m_panel, "readOnlyNotice");
    QVERIFY(notice->isHidden());
    m_email->setState(InteractionHandle::State::WrapUp);
    QVERIFY(!notice->isHidden());
    QVERIFY2(notice->text().contains(QStringLiteral("wrap-up")), qPrintable(notice->text()));
    QVERIFY(!body(m_panel)->isEnabled());
    QVERIFY(!subject(m_panel)->isEnabled());
    QVERIFY(!child<QPushButton>(m_panel, "send")->isEnabled());
    QVERIFY(!child<QToolButton>(m_panel, "attach")->isEnabled());
    QCOMPARE(body(m_panel)->toPlainText(), QStringLiteral("unsent"));     // still readable
    sendWithShortcut();
    QVERIFY(m_email->emails.isEmpty());
    // the thread stays readable
    QVERIFY(child<QListView>(m_panel, "thread")->isEnabled());

    m_email->setState(InteractionHandle::State::Closed);
    QVERIFY(notice->text().contains(QStringLiteral("closed")));
    QVERIFY(!body(m_panel)->isEnabled());
}

void TestModuleEmailPanel::snapshotRestoreKeepsTheView()
{
    for (int i = 0; i < 30; ++i)
        m_email->appendCustomer(QStringLiteral("Follow-up number %1").arg(i + 1));
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    QListView *view = child<QListView>(m_panel, "thread");
    QVERIFY2(view->verticalScrollBar()->maximum() > 0, "the thread should scroll");
    QAbstractItemModel *thread = model();
    thread->setData(thread->index(3, 0), true, role(thread, "expanded"));
    view->scrollTo(thread->index(5, 0), QAbstractItemView::PositionAtTop);
    QCOMPARE(view->indexAt(QPoint(1, 1)).row(), 5);
    subject(m_panel)->setText(QStringLiteral("Your parcel"));
    QTest::mouseClick(child<QToolButton>(m_panel, "replyAll"), Qt::LeftButton);
    qobject_cast<PanelState *>(m_panel)->restore(
        {{QStringLiteral("attachments"), QStringList{QStringLiteral("a.pdf"), QStringLiteral("b.png")}},
         {QStringLiteral("atBottom"), false}, {QStringLiteral("firstVisible"), 5}});
    QTest::keyClicks(body(m_panel), QStringLiteral("half a sentence"));
    QTextCursor cursor = body(m_panel)->textCursor();
    cursor.setPosition(4);
    body(m_panel)->setTextCursor(cursor);

    const QVariantMap snapshot = qobject_cast<PanelState *>(m_panel)->snapshot();
    QCOMPARE(snapshot.value(QStringLiteral("draft")).toString(), QStringLiteral("half a sentence"));
    QCOMPARE(snapshot.value(QStringLiteral("cursor")).toInt(), 4);
    QCOMPARE(snapshot.value(QStringLiteral("subject")).toString(), QStringLiteral("Your parcel"));
    QCOMPARE(snapshot.value(QStringLiteral("replyAll")).toBool(), true);
    QCOMPARE(snapshot.value(QStringLiteral("attachments")).toStringList(),
             (QStringList{QStringLiteral("a.pdf"), QStringLiteral("b.png")}));
    QCOMPARE(snapshot.value(QStringLiteral("expanded")).toList(), (QVariantList{3, 30}));
    QCOMPARE(snapshot.value(QStringLiteral("atBottom")).toBool(), false);
    QCOMPARE(snapshot.value(QStringLiteral("firstVisible")).toInt(), 5);
    QCOMPARE(snapshot.value(QStringLiteral("splitter")).toList().size(), 2);
    // only plain values: the old library may be gone while the map is in use
    for (const QVariant &value : snapshot)
        QVERIFY2(value.metaType().id() < QMetaType::User, value.typeName());

    // the replacement: the draft is also in the session, the rest only in the snapshot
    delete m_panel;
    m_panel = createPanel(m_email.get());
    qobject_cast<PanelState *>(m_panel)->restore(snapshot);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    QCOMPARE(body(m_panel)->toPlainText(), QStringLiteral("half a sentence"));
    QCOMPARE(body(m_panel)->textCursor().position(), 4);
    QCOMPARE(subject(m_panel)->text(), QStringLiteral("Your parcel"));
    QVERIFY(child<QToolButton>(m_panel, "replyAll")->isChecked());
    QCOMPARE(child<QListWidget>(m_panel, "attachments")->count(), 2);
    thread = model();
    QVERIFY(thread->index(3, 0).data(role(thread, "expanded")).toBool());
    QVERIFY(!thread->index(4, 0).data(role(thread, "expanded")).toBool());
    QVERIFY(thread->index(30, 0).data(role(thread, "expanded")).toBool());
    QCOMPARE(child<QListView>(m_panel, "thread")->indexAt(QPoint(1, 1)).row(), 5);
    // a message arriving while the agent reads further up does not move the view
    m_email->appendCustomer(QStringLiteral("Hello?"));
    QCOMPARE(child<QListView>(m_panel, "thread")->indexAt(QPoint(1, 1)).row(), 5);
    // unknown keys are ignored, missing ones keep the default
    qobject_cast<PanelState *>(m_panel)->restore({{QStringLiteral("fromTheFuture"), 42}});
    QCOMPARE(subject(m_panel)->text(), QStringLiteral("Your parcel"));
}

void TestModuleEmailPanel::everyControlHasAnAccessibleName()
{
    qobject_cast<PanelState *>(m_panel)->restore(
        {{QStringLiteral("attachments"), QStringList{QStringLiteral("a.pdf")}}});
    const auto widgets = m_panel->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *w : widgets) {
        if (!qobject_cast<QAbstractButton *>(w) && !qobject_cast<QAbstractScrollArea *>(w)
            && !qobject_cast<QLabel *>(w) && !qobject_cast<QLineEdit *>(w))
            continue;
        bool internal = false;  // the viewports and scroll bars of the views
        for (QWidget *p = w->parentWidget(); p && p != m_panel; p = p->parentWidget())
            internal = internal || qobject_cast<QAbstractScrollArea *>(p);
        if (internal)
            continue;
        ++checked;
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QCOMPARE(checked, 23);
}

void TestModuleEmailPanel::sendShortcutIsInTheTooltip()
{
    QVERIFY(child<QPushButton>(m_panel, "send")->toolTip().contains(QStringLiteral("(Ctrl+Return)")));
}

// Saves the panel as email-panel.png into SB_SCREENSHOT_DIR when it is set (scripts
// and humans look at it), else into the temporary directory.
void TestModuleEmailPanel::screenshot()
{
    cleanup();
    m_email = std::make_unique<FakeInteraction>(QStringLiteral("email"));
    appendFirstCustomerEmail(*m_email);

    Message answer;
    answer.direction = Message::Direction::Outbound;
    answer.author = QStringLiteral("Alex Kim");
    answer.subject = QStringLiteral("Re: Order 4471 has not arrived");
    answer.to = {QStringLiteral("maria.lopez@example.com")};
    answer.text = QStringLiteral("Hello Maria,\n\nsorry for the wait. The courier has it; I asked them "
                                 "for a delivery date and will write again today.\n\nAlex");
    answer.quoted = quoteHeader(at(24, 9, 12), QStringLiteral("Maria Lopez"))
        + QStringLiteral("\n> Hello,\n>\n> my order 4471 was due on Monday and has not arrived.");
    answer.time = at(24, 10, 3);
    answer.delivery = Message::Delivery::Sent;
    m_email->appendMessage(answer);

    Message followUp;
    followUp.direction = Message::Direction::Inbound;
    followUp.author = QStringLiteral("Maria Lopez");
    followUp.subject = QStringLiteral("Re: Order 4471 has not arrived");
    followUp.to = {QStringLiteral("Acme Support <support@acme.example>")};
    followUp.cc = {QStringLiteral("Bob Lopez <bob@example.com>")};
    followUp.text = QStringLiteral("Thank you. The tracking page still says \"in transit\". "
                                   "I attached a screenshot and the delivery note.");
    followUp.quoted = QStringLiteral("> Hello Maria,\n>\n> sorry for the wait. The courier has it; I asked them\n"
                                     "> for a delivery date and will write again today.\n>\n> Alex");
    followUp.attachments = {QStringLiteral("tracking-screenshot.png"), QStringLiteral("delivery-note-4471.pdf")};
    followUp.time = at(25, 8, 41);
    m_email->appendMessage(followUp);

    m_email->setDraft(QStringLiteral("Hello Maria,\n\nthe courier confirmed delivery for tomorrow before noon. "
                                     "I attached the new tracking details."));
    m_panel = createPanel(m_email.get());
    qobject_cast<PanelState *>(m_panel)->restore(
        {{QStringLiteral("attachments"), QStringList{QStringLiteral("tracking-4471.pdf")}}});
    m_panel->resize(640, 860);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    QTest::mouseClick(child<QToolButton>(m_panel, "replyAll"), Qt::LeftButton);
    const QImage image = m_panel->grab().toImage();
    QVERIFY(!image.isNull());
    const QString dir = qEnvironmentVariableIsSet("SB_SCREENSHOT_DIR")
        ? qEnvironmentVariable("SB_SCREENSHOT_DIR") : QDir::tempPath();
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(image.save(dir + QStringLiteral("/email-panel.png")));

    // the same in a dark palette, for a look now and then (not published)
    m_panel->setPalette(fixtures::darkTestPalette());
    QVERIFY(m_panel->grab().toImage().save(QDir::tempPath() + QStringLiteral("/email-panel-dark.png")));
}

void TestModuleEmailPanel::unloadsOnceNoPanelIsAlive()
{
    const QString path = m_loader->spec().filePath();
    QVERIFY(fixtures::isMapped(path));
    QCOMPARE(m_loader->livePanelCount(), 1);    // init() made one
    QVERIFY(!m_loader->unload());
    QVERIFY(m_loader->unloadError().contains(QStringLiteral("panel")));
    QVERIFY(fixtures::isMapped(path));
    cleanup();
    QCOMPARE(m_loader->livePanelCount(), 0);
    QVERIFY2(m_loader->unload(), qPrintable(m_loader->unloadError()));
    QCOMPARE(m_loader->state(), ModuleSpec::State::Stopped);
    QVERIFY2(!fixtures::isMapped(path), "the email module must be unmapped once unloaded");
}

QTEST_MAIN(TestModuleEmailPanel)
#include "tst_module_email_panel.moc"
