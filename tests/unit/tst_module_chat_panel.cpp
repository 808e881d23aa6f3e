// The chat module as the application will use it: the real plugin file, found by the
// registry in the build tree, loaded by the host, given an interaction implemented
// here (the SDK is an interface: implementing it in a test is its intended use).

#include "host_module_loader.h"
#include "host_module_registry.h"

#include "api_interaction_handle.h"
#include "api_module_context.h"
#include "api_panel_state.h"
#include "fixtures_fake_interaction.h"
#include "fixtures_module_harness.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using modules::api::ActionResult;
using modules::api::CannedResponse;
using modules::api::InteractionHandle;
using modules::api::Message;
using modules::host::ModuleLoader;
using modules::host::ModuleRegistry;
using modules::host::ModuleSpec;

namespace {


using fixtures::FakeInteraction;
using TestContext = fixtures::FakeModuleContext;

} // namespace

class TestModuleChatPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void moduleHasNoGnuUniqueSymbols();
    void messagesAppearAsRowsWithoutReset();
    void deliveryChangeUpdatesItsRow();
    void typingUpdatesTheDraft();
    void draftFromTheSessionIsShown();
    void enterSendsAndClearsTheDraft();
    void shiftEnterStartsANewLine();
    void refusedSendKeepsTheTextAndSaysWhy();
    void laterFailureIsShown();
    void cannedResponseShortcutExpands();
    void cannedResponseMenuInserts();
    void customerTypingIndicatorFollowsTheHandle();
    void segmentCounterOnlyForSms();
    void everyControlHasAnAccessibleName();
    void sendShortcutIsInTheTooltip();
    void snapshotRestoreKeepsDraftCursorAndScroll();
    void snapshotRestoreKeepsTheViewAtTheBottom();
    void screenshot();
    void theSmsModuleIsTheChatPanelForSmsOnly();
    void unloadsOnceNoPanelIsAlive();   // last: unloads the module

private:
    QWidget *createPanel(InteractionHandle *interaction);
    QAbstractItemView *view(QWidget *panel) { return panel->findChild<QAbstractItemView *>(QStringLiteral("transcript")); }
    QPlainTextEdit *editor(QWidget *panel) { return panel->findChild<QPlainTextEdit *>(QStringLiteral("editor")); }
    QLabel *label(QWidget *panel, const char *name) { return panel->findChild<QLabel *>(QLatin1String(name)); }

    TestContext m_context{QStringLiteral("chat")};
    std::unique_ptr<ModuleLoader> m_loader;
    std::unique_ptr<FakeInteraction> m_chat;
    QWidget *m_panel = nullptr;
};

void TestModuleChatPanel::initTestCase()
{
    QString error;
    m_loader = fixtures::loadModuleFor(QStringLiteral(SB_MODULES_BUILD_DIR), QStringLiteral("chat"), &m_context, &error);
    QVERIFY2(m_loader, qPrintable(error));
    QCOMPARE(m_loader->spec().id(), QStringLiteral("chat"));
}

void TestModuleChatPanel::init()
{
    m_chat = std::make_unique<FakeInteraction>();
    m_chat->appendCustomer(QStringLiteral("Hi, my order has not arrived."));
    m_panel = createPanel(m_chat.get());
}

void TestModuleChatPanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
    m_chat.reset();
}

QWidget *TestModuleChatPanel::createPanel(InteractionHandle *interaction)
{
    const auto result = m_loader->createPanel(interaction, nullptr);
    if (!result.ok())
        qFatal("createPanel: %s", qPrintable(result.error));
    result.widget->resize(420, 360);
    return result.widget;
}

void TestModuleChatPanel::moduleHasNoGnuUniqueSymbols()
{
    const QString problem = fixtures::unloadabilityProblem(m_loader->spec().filePath());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestModuleChatPanel::messagesAppearAsRowsWithoutReset()
{
    QAbstractItemModel *model = view(m_panel)->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QCOMPARE(model->rowCount(), 1);

    m_chat->appendCustomer(QStringLiteral("Order 4411."));
    m_chat->append(Message::Direction::Outbound, QStringLiteral("Alex"), QStringLiteral("Let me check."),
                   Message::Delivery::Sent);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 2);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("Order 4411."));
    // customer and agent rows are told apart, and the agent's shows its delivery state
    QCOMPARE(model->index(1, 0).data(Qt::UserRole + 1).toInt(), int(Message::Direction::Inbound));
    QCOMPARE(model->index(2, 0).data(Qt::UserRole + 1).toInt(), int(Message::Direction::Outbound));
    QVERIFY(model->index(2, 0).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Sent")));
}

void TestModuleChatPanel::deliveryChangeUpdatesItsRow()
{
    m_chat->append(Message::Direction::Outbound, QStringLiteral("Alex"), QStringLiteral("On its way"),
                   Message::Delivery::Pending);
    QAbstractItemModel *model = view(m_panel)->model();
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    m_chat->setDelivery(1, Message::Delivery::Read);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toModelIndex().row(), 1);
    QVERIFY(model->index(1, 0).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Read")));
}

void TestModuleChatPanel::typingUpdatesTheDraft()
{
    QTest::keyClicks(editor(m_panel), QStringLiteral("Sorry to hear"));
    QCOMPARE(m_chat->draft(), QStringLiteral("Sorry to hear"));
    QVERIFY(m_chat->agentTyping);
    QVERIFY(m_chat->sent.isEmpty());
}

void TestModuleChatPanel::draftFromTheSessionIsShown()
{
    m_chat->setDraft(QStringLiteral("restored after a restart"));
    QCOMPARE(editor(m_panel)->toPlainText(), QStringLiteral("restored after a restart"));
    // and a new panel starts from the session's draft
    std::unique_ptr<QWidget> second(createPanel(m_chat.get()));
    QCOMPARE(editor(second.get())->toPlainText(), QStringLiteral("restored after a restart"));
}

void TestModuleChatPanel::enterSendsAndClearsTheDraft()
{
    QAbstractItemModel *model = view(m_panel)->model();
    QTest::keyClicks(editor(m_panel), QStringLiteral("Let me check"));
    QTest::keyClick(editor(m_panel), Qt::Key_Return);
    QCOMPARE(m_chat->sent, QStringList{QStringLiteral("Let me check")});
    QCOMPARE(m_chat->draft(), QString());
    QCOMPARE(editor(m_panel)->toPlainText(), QString());
    QVERIFY(!m_chat->agentTyping);
    QCOMPARE(model->rowCount(), 2);     // the session put the message in the transcript
    QVERIFY(model->index(1, 0).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Sending")));

    // an empty editor sends nothing
    QTest::keyClick(editor(m_panel), Qt::Key_Return);
    QCOMPARE(m_chat->sent.size(), 1);
    // the button sends too
    QTest::keyClicks(editor(m_panel), QStringLiteral("Thanks"));
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
    QCOMPARE(m_chat->sent.last(), QStringLiteral("Thanks"));
}

void TestModuleChatPanel::shiftEnterStartsANewLine()
{
    QTest::keyClicks(editor(m_panel), QStringLiteral("line one"));
    QTest::keyClick(editor(m_panel), Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(editor(m_panel), QStringLiteral("line two"));
    QVERIFY(m_chat->sent.isEmpty());
    QCOMPARE(m_chat->draft(), QStringLiteral("line one\nline two"));
    QTest::keyClick(editor(m_panel), Qt::Key_Enter);    // keypad Enter sends as well
    QCOMPARE(m_chat->sent, QStringList{QStringLiteral("line one\nline two")});
}

void TestModuleChatPanel::refusedSendKeepsTheTextAndSaysWhy()
{
    m_chat->refuseWith = QStringLiteral("the customer left the chat");
    QTest::keyClicks(editor(m_panel), QStringLiteral("Hello?"));
    QTest::keyClick(editor(m_panel), Qt::Key_Return);
    QCOMPARE(m_chat->draft(), QStringLiteral("Hello?"));
    QLabel *error = label(m_panel, "sendError");
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(QStringLiteral("the customer left the chat")), qPrintable(error->text()));
}

void TestModuleChatPanel::laterFailureIsShown()
{
    QTest::keyClicks(editor(m_panel), QStringLiteral("Hello"));
    QTest::keyClick(editor(m_panel), Qt::Key_Return);
    QLabel *error = label(m_panel, "sendError");
    QVERIFY(error->isHidden());
    m_chat->finish(m_chat->lastRequest(), QStringLiteral("server unreachable"));
    QVERIFY(!error->isHidden());
    QVERIFY(error->text().contains(QStringLiteral("server unreachable")));
}

void TestModuleChatPanel::cannedResponseShortcutExpands()
{
    QTest::keyClicks(editor(m_panel), QStringLiteral("/hi"));
    QTest::keyClick(editor(m_panel), Qt::Key_Tab);
    QCOMPARE(editor(m_panel)->toPlainText(), QStringLiteral("Hello, how can I help you today?"));
    QCOMPARE(m_chat->draft(), QStringLiteral("Hello, how can I help you today?"));
    // Enter on a shortcut expands it rather than sending "/bye"
    QTest::keyClicks(editor(m_panel), QStringLiteral(" /bye"));
    QTest::keyClick(editor(m_panel), Qt::Key_Return);
    QVERIFY(m_chat->sent.isEmpty());
    QCOMPARE(editor(m_panel)->toPlainText(),
             QStringLiteral("Hello, how can I help you today? Is there anything else I can do for you?"));
    // an unknown shortcut is just text, and Enter sends it
    editor(m_panel)->clear();
    QTest::keyClicks(editor(m_panel), QStringLiteral("/nope"));
    QTest::keyClick(editor(m_panel), Qt::Key_Return);
    QCOMPARE(m_chat->sent, QStringList{QStringLiteral("/nope")});
}

void TestModuleChatPanel::cannedResponseMenuInserts()
{
    auto *button = m_panel->findChild<QToolButton *>(QStringLiteral("cannedResponses"));
    QVERIFY(button && button->isEnabled());
    QMenu *menu = button->menu();
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 2);
    QVERIFY(menu->actions().at(1)->text().contains(QStringLiteral("/bye")));
    menu->actions().at(1)->trigger();
    QCOMPARE(m_chat->draft(), QStringLiteral("Is there anything else I can do for you?"));
}

void TestModuleChatPanel::customerTypingIndicatorFollowsTheHandle()
{
    QLabel *typing = label(m_panel, "typingIndicator");
    QVERIFY(typing);
    QVERIFY(typing->isHidden());
    m_chat->setCustomerTyping(true);
    QVERIFY(!typing->isHidden());
    QCOMPARE(typing->text(), QStringLiteral("Maria Lopez is typing…"));
    m_chat->setCustomerTyping(false);
    QVERIFY(typing->isHidden());
}

void TestModuleChatPanel::segmentCounterOnlyForSms()
{
    QVERIFY(label(m_panel, "segmentCounter")->isHidden());
    FakeInteraction sms(QStringLiteral("sms"));
    std::unique_ptr<QWidget> panel(createPanel(&sms));
    QLabel *counter = label(panel.get(), "segmentCounter");
    QVERIFY(!counter->isHidden());
    QTest::keyClicks(editor(panel.get()), QStringLiteral("Hello"));
    QCOMPARE(counter->text(), QStringLiteral("5 character(s) · 1 segment(s)"));
    editor(panel.get())->setPlainText(QString(161, QLatin1Char('a')));
    QCOMPARE(counter->text(), QStringLiteral("161 character(s) · 2 segment(s)"));
    editor(panel.get())->setPlainText(QStringLiteral("Grüße 😀"));  // not GSM-7: UCS-2
    QCOMPARE(counter->text(), QStringLiteral("8 character(s) · 1 segment(s)"));
}

void TestModuleChatPanel::everyControlHasAnAccessibleName()
{
    const auto widgets = m_panel->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *w : widgets) {
        if (!qobject_cast<QAbstractButton *>(w) && !qobject_cast<QAbstractScrollArea *>(w)
            && !qobject_cast<QLabel *>(w))
            continue;
        if (w->parentWidget() != m_panel)
            continue;   // viewports and scroll bars of the views
        ++checked;
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QCOMPARE(checked, 7);
}

void TestModuleChatPanel::sendShortcutIsInTheTooltip()
{
    auto *send = m_panel->findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(send->toolTip().contains(QStringLiteral("(Enter)")));
}

void TestModuleChatPanel::snapshotRestoreKeepsDraftCursorAndScroll()
{
    for (int i = 0; i < 60; ++i)
        m_chat->appendCustomer(QStringLiteral("Message number %1").arg(i + 1));
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    QAbstractItemView *list = view(m_panel);
    QVERIFY2(list->verticalScrollBar()->maximum() > 0, "the transcript should scroll");
    list->scrollTo(list->model()->index(20, 0), QAbstractItemView::PositionAtTop);
    QCOMPARE(list->indexAt(QPoint(1, 1)).row(), 20);
    QTest::keyClicks(editor(m_panel), QStringLiteral("half a sentence"));
    QTextCursor cursor = editor(m_panel)->textCursor();
    cursor.setPosition(4);
    editor(m_panel)->setTextCursor(cursor);

    auto *state = qobject_cast<modules::api::PanelState *>(m_panel);
    QVERIFY(state);
    const QVariantMap snapshot = state->snapshot();
    QCOMPARE(snapshot.value(QStringLiteral("draft")).toString(), QStringLiteral("half a sentence"));
    QCOMPARE(snapshot.value(QStringLiteral("cursor")).toInt(), 4);
    QCOMPARE(snapshot.value(QStringLiteral("atBottom")).toBool(), false);
    QCOMPARE(snapshot.value(QStringLiteral("firstVisible")).toInt(), 20);

    // the replacement: the draft is also in the session, the rest only in the snapshot
    delete m_panel;
    m_panel = createPanel(m_chat.get());
    qobject_cast<modules::api::PanelState *>(m_panel)->restore(snapshot);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    QCOMPARE(editor(m_panel)->toPlainText(), QStringLiteral("half a sentence"));
    QCOMPARE(editor(m_panel)->textCursor().position(), 4);
    QCOMPARE(m_chat->draft(), QStringLiteral("half a sentence"));
    QCOMPARE(view(m_panel)->indexAt(QPoint(1, 1)).row(), 20);
    // a message arriving while the agent reads further up does not move the view
    m_chat->appendCustomer(QStringLiteral("Hello?"));
    QCOMPARE(view(m_panel)->indexAt(QPoint(1, 1)).row(), 20);
}

void TestModuleChatPanel::snapshotRestoreKeepsTheViewAtTheBottom()
{
    for (int i = 0; i < 60; ++i)
        m_chat->appendCustomer(QStringLiteral("Message number %1").arg(i + 1));
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    QScrollBar *bar = view(m_panel)->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());     // new messages keep the end in view
    const QVariantMap snapshot = qobject_cast<modules::api::PanelState *>(m_panel)->snapshot();
    QCOMPARE(snapshot.value(QStringLiteral("atBottom")).toBool(), true);

    delete m_panel;
    m_panel = createPanel(m_chat.get());
    qobject_cast<modules::api::PanelState *>(m_panel)->restore(snapshot);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    bar = view(m_panel)->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    m_chat->appendCustomer(QStringLiteral("One more"));
    QCOMPARE(bar->value(), bar->maximum());
}

// Saves the panel as docs/screenshots/chat-panel.png when SB_SCREENSHOT_DIR is set
// (scripts and humans look at it), else into the temporary directory.
void TestModuleChatPanel::screenshot()
{
    cleanup();
    m_chat = std::make_unique<FakeInteraction>();
    const auto at = [](int h, int m) { return QDateTime(QDate(2026, 11, 26), QTime(h, m), Qt::LocalTime); };
    m_chat->append(Message::Direction::System, {}, QStringLiteral("Chat from the web site, queue Orders"),
                   Message::Delivery::None, at(14, 2));
    m_chat->append(Message::Direction::Inbound, QStringLiteral("Maria Lopez"),
                   QStringLiteral("Hi, my order 4411 has not arrived yet. It was due on Monday."),
                   Message::Delivery::None, at(14, 2));
    m_chat->append(Message::Direction::Outbound, QStringLiteral("Alex"),
                   QStringLiteral("Hello Maria, sorry to hear that. Let me check the tracking for you."),
                   Message::Delivery::Read, at(14, 3));
    m_chat->append(Message::Direction::Outbound, QStringLiteral("Alex"),
                   QStringLiteral("It left our warehouse on Friday and is with the courier now."),
                   Message::Delivery::Delivered, at(14, 4));
    m_chat->append(Message::Direction::Inbound, QStringLiteral("Maria Lopez"), QStringLiteral("Ok, thanks!"),
                   Message::Delivery::None, at(14, 5));
    m_chat->append(Message::Direction::Outbound, QStringLiteral("Alex"),
                   QStringLiteral("Expected tomorrow before noon."), Message::Delivery::Failed, at(14, 5));
    m_chat->setCustomerTyping(true);
    m_panel = createPanel(m_chat.get());
    m_panel->resize(440, 520);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
    QTest::keyClicks(editor(m_panel), QStringLiteral("You will get an SMS from the courier"));
    const QImage image = m_panel->grab().toImage();
    QVERIFY(!image.isNull());
    const QString dir = qEnvironmentVariableIsSet("SB_SCREENSHOT_DIR")
        ? qEnvironmentVariable("SB_SCREENSHOT_DIR") : QDir::tempPath();
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(image.save(dir + QStringLiteral("/chat-panel.png")));
}

void TestModuleChatPanel::theSmsModuleIsTheChatPanelForSmsOnly()
{
    // The SMS module is a plugin of its own built from the chat panel's sources: it is
    // found for "sms", unloadable like chat, shows the segment counter and refuses chats.
    fixtures::FakeModuleContext context(QStringLiteral("sms"));
    QString error;
    auto sms = fixtures::loadModuleFor(QStringLiteral(SB_MODULES_BUILD_DIR), QStringLiteral("sms"), &context, &error);
    QVERIFY2(sms, qPrintable(error));
    QCOMPARE(sms->spec().id(), QStringLiteral("sms"));
    QVERIFY(sms->spec().filePath() != m_loader->spec().filePath());
    const QString problem = fixtures::unloadabilityProblem(sms->spec().filePath());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    FakeInteraction text(QStringLiteral("sms"));
    const auto panel = sms->createPanel(&text, nullptr);
    QVERIFY2(panel.ok(), qPrintable(panel.error));
    panel.widget->show();
    QVERIFY(label(panel.widget, "segmentCounter")->isVisible());
    const auto refused = sms->createPanel(m_chat.get(), nullptr);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error.contains(QStringLiteral("chat")));
    delete panel.widget;
    QVERIFY2(sms->unload(), qPrintable(sms->unloadError()));
    QVERIFY(!fixtures::isMapped(sms->spec().filePath()));
}

void TestModuleChatPanel::unloadsOnceNoPanelIsAlive()
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
    QVERIFY2(!fixtures::isMapped(path), "the chat module must be unmapped once unloaded");
}

QTEST_MAIN(TestModuleChatPanel)
#include "tst_module_chat_panel.moc"
