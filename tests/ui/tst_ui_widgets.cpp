// Reusable views of widgets/.

#include "widgets_channel_icon.h"
#include "widgets_customer_context.h"
#include "widgets_placeholder_panel.h"
#include "widgets_shortcut_overlay.h"
#include "widgets_transfer_dialog.h"
#include "widgets_wrap_up_form.h"
#include "widgets_service_health_indicator.h"
#include "widgets_status_indicator.h"

#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using Level = widgets::StatusIndicator::Level;

class TestWidgets : public QObject {
    Q_OBJECT
private slots:
    void aStatusIndicatorShowsItsLevelTextAndDetails()
    {
        widgets::StatusIndicator indicator(QStringLiteral("Identity"));
        QCOMPARE(indicator.level(), Level::Unknown);
        indicator.setLevel(Level::Error);
        indicator.setDetails(QStringLiteral("Identity: unavailable — cannot reach server"));
        QCOMPARE(indicator.level(), Level::Error);
        QCOMPARE(indicator.text(), QStringLiteral("Identity"));
        QCOMPARE(indicator.toolTip(), QStringLiteral("Identity: unavailable — cannot reach server"));
        QVERIFY(widgets::StatusIndicator::colorFor(Level::Ok) != widgets::StatusIndicator::colorFor(Level::Error));
    }

    void theHealthIndicatorShowsOneEntryPerServiceInOrder()
    {
        widgets::ServiceHealthIndicator health;
        health.setServices({QStringLiteral("identity"), QStringLiteral("gateway")},
                           {QStringLiteral("Identity"), QStringLiteral("Gateway")});
        QCOMPARE(health.services(), (QStringList{QStringLiteral("identity"), QStringLiteral("gateway")}));
        health.setHealth(QStringLiteral("gateway"), Level::Ok, QStringLiteral("Gateway: available"));
        QCOMPARE(health.level(QStringLiteral("gateway")), Level::Ok);
        QCOMPARE(health.indicator(QStringLiteral("identity"))->text(), QStringLiteral("Identity"));

        // A new list keeps what is known of services still in it and drops the rest.
        health.setServices({QStringLiteral("routing"), QStringLiteral("gateway")},
                           {QStringLiteral("Routing"), QStringLiteral("Gateway")});
        QCOMPARE(health.level(QStringLiteral("gateway")), Level::Ok);
        QCOMPARE(health.level(QStringLiteral("routing")), Level::Unknown);
        QVERIFY(!health.indicator(QStringLiteral("identity")));
        QCOMPARE(health.findChildren<widgets::StatusIndicator *>().size(), 2);
    }

    void aPlaceholderShowsItsTitleAndDescription()
    {
        widgets::PlaceholderPanel panel(QStringLiteral("Agent workspace"), QStringLiteral("Soon."));
        QCOMPARE(panel.title(), QStringLiteral("Agent workspace"));
        QCOMPARE(panel.description(), QStringLiteral("Soon."));
        panel.resize(800, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *description = panel.findChild<QLabel *>(QStringLiteral("placeholderDescription"));
        QVERIFY(description);
        QVERIFY(description->width() > 300);    // wraps in a column, not squeezed
    }

    void theTransferDialogFiltersAndOffersOnlyWhoCanTakeIt()
    {
        widgets::TransferDialog dialog;
        dialog.setInteraction(QStringLiteral("i-7"), QStringLiteral("the chat with Maria"));
        dialog.setTargets({}, false);
        QCOMPARE(dialog.targetList()->count(), 1);       // "Loading…", not choosable
        QVERIFY(!(dialog.targetList()->item(0)->flags() & Qt::ItemIsEnabled));
        QVERIFY(!dialog.transferButton()->isEnabled());
        dialog.setTargets({{true, QStringLiteral("q-sales"), QStringLiteral("Sales"), QStringLiteral("3 waiting"), true},
                           {false, QStringLiteral("u-2"), QStringLiteral("Agent Two"), QStringLiteral("Available"), true},
                           {false, QStringLiteral("u-3"), QStringLiteral("Agent Three"), QStringLiteral("Busy"), false}});
        QCOMPARE(dialog.targetList()->count(), 5);       // two headings, three targets
        QVERIFY(!dialog.selectTarget(QStringLiteral("Agent Three")));    // busy: shown, not choosable
        QVERIFY(dialog.selectTarget(QStringLiteral("Agent Two")));
        QVERIFY(dialog.transferButton()->isEnabled());
        QSignalSpy requested(&dialog, &widgets::TransferDialog::transferRequested);
        dialog.transferButton()->click();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("i-7"));
        QCOMPARE(requested.at(0).at(1).toBool(), false);
        QCOMPARE(requested.at(0).at(2).toString(), QStringLiteral("u-2"));

        dialog.filterEdit()->setText(QStringLiteral("sal"));
        QCOMPARE(dialog.targetList()->count(), 2);       // "Queues" and Sales
        dialog.filterEdit()->setText(QStringLiteral("nobody"));
        QCOMPARE(dialog.targetList()->count(), 1);
        QVERIFY(dialog.targetList()->item(0)->text().contains(QStringLiteral("nobody")));
        dialog.setError(QStringLiteral("queue is closed"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("transferError"))->isVisibleTo(&dialog));
    }

    void theCustomerContextShowsTheCustomerAndTheirHistory()
    {
        widgets::CustomerContext context;
        context.setCustomer(QStringLiteral("Maria Lopez"), QStringLiteral("maria@example.com"), QStringLiteral("email"),
                            QStringLiteral("E-mail"), QStringLiteral("Billing"), QStringLiteral("Invoice 12"));
        QCOMPARE(context.customerName(), QStringLiteral("Maria Lopez"));
        const QString details = context.findChild<QLabel *>(QStringLiteral("customerDetails"))->text();
        QVERIFY(details.contains(QStringLiteral("maria@example.com")) && details.contains(QStringLiteral("Billing"))
                && details.contains(QStringLiteral("Invoice 12")));
        context.setHistory({}, false);
        QVERIFY(context.findChild<QLabel *>(QStringLiteral("customerHistoryEmpty"))->text().contains(QStringLiteral("Loading")));
        context.setHistory({{QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC), QStringLiteral("voice"), QStringLiteral("Voice"),
                             QStringLiteral("Billing"), QStringLiteral("Resolved"), QStringLiteral("refund sent")}}, true);
        QCOMPARE(context.historyList()->count(), 1);
        const QString row = context.historyList()->item(0)->text();
        QVERIFY(row.contains(QStringLiteral("Billing")) && row.contains(QStringLiteral("Resolved")) && row.contains(QStringLiteral("refund sent")));
        QVERIFY(!context.historyList()->item(0)->icon().isNull());
        context.clear();
        QVERIFY(context.customerName().isEmpty());
        QCOMPARE(context.historyList()->count(), 0);
    }

    void theWrapUpFormCountsDownTheAfterContactWork()
    {
        widgets::WrapUpForm form;
        QVERIFY(form.countdownText().isEmpty());
        form.show();
        form.setDeadline(QDateTime::currentDateTimeUtc().addSecs(95));
        QVERIFY2(form.countdownText().contains(QStringLiteral("1:3")), qPrintable(form.countdownText()));
        form.setDeadline(QDateTime::currentDateTimeUtc().addSecs(-1));
        QCOMPARE(form.countdownText(), QStringLiteral("Wrap-up time is over"));
        form.setDeadline({});
        QVERIFY(form.countdownText().isEmpty());
        // Ctrl+Return finishes the form from anywhere in it, and still requires a code.
        form.setCodes({{QStringLiteral("wrap-ok"), QStringLiteral("Resolved")}});
        QSignalSpy done(&form, &widgets::WrapUpForm::doneRequested);
        form.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&form));     // shortcuts work in the active window
        form.codeBox()->setFocus();
        QTest::keyClick(form.codeBox(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(done.count(), 0);
        QVERIFY(!form.codeError().isEmpty());
        form.codeBox()->setCurrentIndex(0);
        QTest::keyClick(form.codeBox(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(done.count(), 1);
    }

    void theShortcutOverlayListsGroupsAndClosesWithEscape()
    {
        QWidget window;
        window.resize(800, 500);
        widgets::ShortcutOverlay overlay(&window);
        overlay.setGroups({{QStringLiteral("Offers"), {{QStringLiteral("Accept"), QKeySequence(QStringLiteral("Ctrl+Shift+A"))},
                                                       {QStringLiteral("Nothing here"), QKeySequence()}}}});
        window.show();
        overlay.open();
        QVERIFY(overlay.isVisible());
        QCOMPARE(overlay.geometry(), window.rect());
        QStringList keys;
        for (const QLabel *label : overlay.findChildren<QLabel *>(QStringLiteral("shortcutKeys")))
            keys << label->text();
        QCOMPARE(keys.size(), 1);       // an entry without keys is left out
        QVERIFY(keys.first().contains(QStringLiteral("Ctrl+Shift+A")));
        QTest::keyClick(&overlay, Qt::Key_Escape);
        QVERIFY(!overlay.isVisible());
    }

    void channelIconsDifferPerChannelAndFollowTheColour()
    {
        auto image = [](const QString &channel, const QColor &color) {
            return widgets::channelIcon(channel, color, 20).pixmap(20, 20).toImage();
        };
        const QImage chat = image(QStringLiteral("chat"), Qt::black);
        QVERIFY(!chat.isNull());
        QVERIFY(chat != image(QStringLiteral("email"), Qt::black));
        QVERIFY(image(QStringLiteral("voice"), Qt::black) != image(QStringLiteral("sms"), Qt::black));
        QVERIFY(chat != image(QStringLiteral("chat"), Qt::white));
    }
};

QTEST_MAIN(TestWidgets)
#include "tst_ui_widgets.moc"
