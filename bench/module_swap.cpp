// Hot swap of the chat panel, in process: the module host swaps an open chat panel (a
// 200-message transcript, an in-memory interaction from tests/fixtures) between chat
// 1.1.0 and 1.2.0 (tests/fixtures/swap-modules, real plugins signed by the build) 100
// times, the way the application does it: load and initialize the new version, make its
// panel for the same interaction, restore the old panel's snapshot, put it in the old
// one's place in a QStackedWidget, delete the old panel, unload the old version.
//
//   bench_module_swap [--swaps 100] [--json]
//
// Timed per swap: from a verified bundle (the registry has checked the signature and
// read the metadata: done once per version, before the clock starts) to the new panel
// visible (shown and painted by the event loop). Resident memory (VmRSS) is read before
// the first swap and after the last: a version that did not really unload, or state a
// swap leaks, shows up there.
// Budget: p99 <= 50 ms; VmRSS growth <= 5 MB over the swaps.

#include "fixtures_fake_interaction.h"
#include "host_bundle.h"
#include "host_module_loader.h"
#include "host_module_registry.h"
#include "host_panel_swap.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QStackedWidget>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

namespace {

long vmRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

// The version's spec as the application gets it: verified against the build's key.
std::optional<modules::host::ModuleSpec> verifiedSpec(const QString &folder, const modules::host::TrustedKeys &keys)
{
    modules::host::ModuleRegistry registry(folder);
    registry.setTrustedKeys(keys);
    registry.scan();
    const modules::host::ModuleSpec *spec = registry.selected(QStringLiteral("chat"));
    if (!spec)
        return std::nullopt;
    return *spec;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("qt.*=false"));
    int swaps = 100;
    bool json = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--swaps") && i + 1 < args.size())
            swaps = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--json"))
            json = true;
    }

    QString keyError;
    const auto keys = modules::host::TrustedKeys::fromDirectory(QStringLiteral(SB_TRUSTED_KEYS_DIR), &keyError);
    const QString swapDir = QStringLiteral(SB_SWAP_MODULES_DIR);
    const auto v110 = verifiedSpec(swapDir + QStringLiteral("/v110"), keys);
    const auto v120 = verifiedSpec(swapDir + QStringLiteral("/v120"), keys);
    if (!v110 || !v120) {
        std::fprintf(stderr, "chat 1.1.0 / 1.2.0 not found or not verified in %s (%s)\n", qPrintable(swapDir),
                     qPrintable(keyError));
        return 2;
    }

    fixtures::FakeInteraction interaction;
    for (int i = 0; i < 200; ++i)
        interaction.append(i % 2 ? fixtures::FakeInteraction::Message::Direction::Outbound
                                 : fixtures::FakeInteraction::Message::Direction::Inbound,
                           i % 2 ? QStringLiteral("agent1") : QStringLiteral("Maria Lopez"),
                           QStringLiteral("Message %1: the parcel has not arrived yet and the tracking page has not "
                                          "changed since Monday.").arg(i));
    fixtures::FakeModuleContext context(QStringLiteral("chat"));

    QStackedWidget window;
    window.resize(800, 600);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 2;

    auto current = std::make_unique<modules::host::ModuleLoader>(*v110);
    if (!current->load() || !current->initialize(&context)) {
        std::fprintf(stderr, "%s\n", qPrintable(current->errorString()));
        return 2;
    }
    modules::api::PanelResult first = current->createPanel(&interaction, &window);
    if (!first.ok())
        return 2;
    window.addWidget(first.widget);
    window.setCurrentWidget(first.widget);
    QCoreApplication::processEvents();

    auto swapOnce = [&](const modules::host::ModuleSpec &spec, double *ms) -> bool {
        QElapsedTimer timer;
        timer.start();
        auto next = std::make_unique<modules::host::ModuleLoader>(spec);
        if (!next->load() || !next->initialize(&context)) {
            std::fprintf(stderr, "%s\n", qPrintable(next->errorString()));
            return false;
        }
        modules::host::PanelSwap swap;
        if (!swap.prepare(*current, *next)) {
            std::fprintf(stderr, "%s\n", qPrintable(swap.error()));
            return false;
        }
        QWidget *shown = swap.pairs().value(0).replacement;
        swap.commit([](const modules::host::PanelSwap::Pair &) {});
        // Visible: shown, laid out and painted.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        shown->repaint();
        *ms = double(timer.nsecsElapsed()) / 1e6;
        if (!shown->isVisible())
            return false;
        // Then the old version goes, as the application does it right after the swap.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (!current->unload()) {
            std::fprintf(stderr, "old version stays mapped: %s\n", qPrintable(current->unloadError()));
            return false;
        }
        current = std::move(next);
        return true;
    };

    // A few swaps to warm up the allocator and Qt's caches, not counted.
    double ignored = 0;
    for (int i = 0; i < 4; ++i)
        if (!swapOnce(i % 2 ? *v110 : *v120, &ignored))
            return 2;
    const long rssBefore = vmRssKb();
    std::vector<double> times;
    for (int i = 0; i < swaps; ++i) {
        double ms = 0;
        if (!swapOnce(i % 2 ? *v110 : *v120, &ms))
            return 2;
        times.push_back(ms);
    }
    QCoreApplication::processEvents();
    const long rssAfter = vmRssKb();

    const double p50 = percentile(times, 0.50);
    const double p99 = percentile(times, 0.99);
    const double growthMb = double(rssAfter - rssBefore) / 1024.0;
    const bool ok = p99 <= 50.0 && growthMb <= 5.0;
    if (json) {
        std::printf("{\"swaps\":%d,\"p50_ms\":%.2f,\"p99_ms\":%.2f,\"max_ms\":%.2f,\"rss_before_kb\":%ld,"
                    "\"rss_after_kb\":%ld,\"rss_growth_mb\":%.2f,\"ok\":%s}\n",
                    swaps, p50, p99, *std::max_element(times.begin(), times.end()), rssBefore, rssAfter,
                    growthMb, ok ? "true" : "false");
    } else {
        std::printf("module hot swap: chat 1.1.0 <-> 1.2.0, one open panel, 200-message transcript\n");
        std::printf("  swaps                 %d\n", swaps);
        std::printf("  swap time p50         %.2f ms\n", p50);
        std::printf("  swap time p99         %.2f ms   (budget 50 ms)\n", p99);
        std::printf("  swap time max         %.2f ms\n", *std::max_element(times.begin(), times.end()));
        std::printf("  VmRSS before / after  %ld kB / %ld kB\n", rssBefore, rssAfter);
        std::printf("  VmRSS growth          %.2f MB   (budget 5 MB)\n", growthMb);
        std::printf("  %s\n", ok ? "within budget" : "OVER BUDGET");
    }
    return ok ? 0 : 1;
}
