// Reusable views of widgets/.

#include "widgets_placeholder_panel.h"
#include "widgets_service_health_indicator.h"
#include "widgets_status_indicator.h"

#include <QLabel>
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
};

QTEST_MAIN(TestWidgets)
#include "tst_ui_widgets.moc"
