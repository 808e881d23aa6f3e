// One more message in a long chat, through the client's real path in this process:
// message_added events in an EventBatch (as the event stream hands them over) ->
// session::TranscriptStore::applyEvents -> models::TranscriptModel -> a QListView over
// it (shown offscreen, word wrap and per-row sizes like the chat panel's transcript
// view). The transcript is filled to 100 and to 10,000 messages, then `--appends`
// single-message batches are appended one by one; each append is timed
//   store+model: applyEvents alone (the store and the model's row signals);
//   with view:   applyEvents + the event loop until the view has handled it.
// An append should cost the same at both sizes, and the model must never reset.
// The agent's view is the chat module's panel (its own model, TranscriptView and
// delegate), which sits on the session through the SDK's InteractionHandle: measured
// here as the real plugin, loaded by the module host from the build tree, fed through
// an in-memory handle (tests/fixtures) one message at a time.
//
//   bench_transcript_append [--appends 300] [--json]
//
// Paths: the store+model without a view; the chat module's panel (what the agent has);
// and for comparison a QListView set up as the panel's view once was (per-row sizes),
// and the same with uniform item sizes: the reason the panel has a view of its own.
// Budget: median append at 10,000 <= 2x that at 100 (+50 us), for the store+model and
// for the chat panel; no model reset during the appends.

#include "models_transcript_model.h"
#include "fixtures_fake_interaction.h"
#include "host_module_loader.h"
#include "host_module_registry.h"
#include "session_connection.h"
#include "session_transcript_store.h"

#include "switchboard/v1/gateway.pb.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace v1 = switchboard::v1;

namespace {

const QString Chat = QStringLiteral("i-chat");

v1::Message message(int index)
{
    v1::Message m;
    m.set_id("m" + std::to_string(index));
    m.set_interaction_id(Chat.toStdString());
    m.set_index(index);
    m.set_direction(index % 2 ? v1::MESSAGE_DIRECTION_OUTBOUND : v1::MESSAGE_DIRECTION_INBOUND);
    m.mutable_author()->set_username(index % 2 ? "agent1" : "customer");
    m.set_text("Message " + std::to_string(index) + ": the parcel has not arrived yet and the tracking page "
               "has not changed since Monday.");
    m.mutable_sent_at()->set_seconds(1700000000 + index);
    m.set_delivery(v1::DELIVERY_STATE_SENT);
    return m;
}

session::EventBatchPtr batch(int first, int count)
{
    auto b = std::make_shared<v1::EventBatch>();
    for (int i = first; i < first + count; ++i)
        *b->add_events()->mutable_message_added()->mutable_message() = message(i);
    return b;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

struct Result {
    int size = 0;
    double modelMedianUs = 0, modelP99Us = 0, viewMedianUs = 0, viewP99Us = 0;
    int resets = 0, layoutChanges = 0, rows = 0;    // during the appends
};

enum class View { None, ChatLike, UniformSizes, ChatPanel };

Result measure(session::Connection &connection, int size, int appends, View kind)
{
    session::TranscriptStore store(connection, QStringLiteral("u-agent1"));
    models::TranscriptModel model(&store);
    Result r;
    r.size = size;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&r] { ++r.resets; });
    QObject::connect(&model, &QAbstractItemModel::layoutChanged, [&r] { ++r.layoutChanges; });
    QListView view;
    if (kind != View::None) {
        // As the chat panel's transcript view (modules/chat/chat_panel.cpp).
        view.setUniformItemSizes(kind == View::UniformSizes);
        view.setResizeMode(QListView::Adjust);
        view.setWordWrap(true);
        view.setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view.setModel(&model);
        view.resize(700, 500);
        view.show();
    }
    model.setInteractionId(Chat);       // the one reset a transcript model does: another transcript
    for (int first = 0; first < size; first += 1000)      // bursts, as a load would come
        store.applyEvents(batch(first, std::min(1000, size - first)));
    QCoreApplication::processEvents();
    view.scrollToBottom();
    QCoreApplication::processEvents();

    r.resets = r.layoutChanges = 0;
    std::vector<double> modelUs, viewUs;
    QElapsedTimer t;
    for (int i = 0; i < appends; ++i) {
        const session::EventBatchPtr one = batch(size + i, 1);
        t.start();
        store.applyEvents(one);
        modelUs.push_back(double(t.nsecsElapsed()) / 1000);
        QCoreApplication::processEvents();      // the view's (delayed) layout and paint
        viewUs.push_back(double(t.nsecsElapsed()) / 1000);
    }
    r.rows = model.rowCount();
    r.modelMedianUs = percentile(modelUs, 0.5);
    r.modelP99Us = percentile(modelUs, 0.99);
    r.viewMedianUs = percentile(viewUs, 0.5);
    r.viewP99Us = percentile(viewUs, 0.99);
    return r;
}

// The chat module's panel, as the agent has it: the plugin from the build tree, an
// in-memory interaction that grows by one message per append.
Result measurePanel(modules::host::ModuleLoader &loader, int size, int appends)
{
    using Message = modules::api::Message;
    fixtures::FakeInteraction chat;
    for (int i = 0; i < size; ++i)
        chat.append(i % 2 ? Message::Direction::Outbound : Message::Direction::Inbound,
                    i % 2 ? QStringLiteral("Alex") : QStringLiteral("Maria"),
                    QStringLiteral("Message %1: my order has not arrived yet, could you check the tracking?").arg(i));
    const modules::api::PanelResult panel = loader.createPanel(&chat, nullptr);
    if (!panel.ok())
        qFatal("the chat module made no panel: %s", qPrintable(panel.error));
    panel.widget->resize(700, 500);
    panel.widget->show();
    QCoreApplication::processEvents();
    Result r;
    r.size = size;
    auto *view = panel.widget->findChild<QAbstractItemView *>(QStringLiteral("transcript"));
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, [&r] { ++r.resets; });
    QObject::connect(view->model(), &QAbstractItemModel::layoutChanged, [&r] { ++r.layoutChanges; });
    std::vector<double> modelUs, viewUs;
    QElapsedTimer t;
    for (int i = 0; i < appends; ++i) {
        t.start();
        chat.append(Message::Direction::Inbound, QStringLiteral("Maria"), QStringLiteral("One more line %1").arg(i));
        modelUs.push_back(double(t.nsecsElapsed()) / 1000);
        QCoreApplication::processEvents();      // layout and paint of the panel
        viewUs.push_back(double(t.nsecsElapsed()) / 1000);
    }
    r.rows = view->model()->rowCount();
    r.modelMedianUs = percentile(modelUs, 0.5);
    r.modelP99Us = percentile(modelUs, 0.99);
    r.viewMedianUs = percentile(viewUs, 0.5);
    r.viewP99Us = percentile(viewUs, 0.99);
    delete panel.widget;
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int appends = 300;
    bool json = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--appends") && i + 1 < args.size())
            appends = args[++i].toInt();
        else if (args[i] == QLatin1String("--json"))
            json = true;
        else {
            std::fprintf(stderr, "usage: %s [--appends N] [--json]\n", argv[0]);
            return 2;
        }
    }
    QLoggingCategory::setFilterRules(QStringLiteral("switchboard.*=false"));
    // Nothing listens there: the store's GetTranscript on open fails and changes nothing.
    session::Connection connection(session::ConnectionOptions{QStringLiteral("127.0.0.1:1"), {}, true});

    modules::host::ModuleRegistry registry(QStringLiteral(SB_MODULES_BUILD_DIR));
    registry.scan();
    const modules::host::ModuleSpec *spec = registry.providerForChannel(QStringLiteral("chat"));
    if (!spec)
        qFatal("no chat module in %s: build switchboard_module_chat", SB_MODULES_BUILD_DIR);
    modules::host::ModuleLoader loader(*spec);
    fixtures::FakeModuleContext context(QStringLiteral("chat"));
    if (!loader.load() || !loader.initialize(&context))
        qFatal("cannot load the chat module: %s", qPrintable(loader.errorString()));

    struct Row { const char *name; View kind; Result small, large; };
    std::vector<Row> rows = {{"store+model, no view", View::None, {}, {}},
                             {"chat module panel (the agent's view)", View::ChatPanel, {}, {}},
                             {"for comparison: QListView, per-row sizes", View::ChatLike, {}, {}},
                             {"for comparison: QListView, uniform sizes", View::UniformSizes, {}, {}}};
    for (Row &row : rows) {
        row.small = row.kind == View::ChatPanel ? measurePanel(loader, 100, appends) : measure(connection, 100, appends, row.kind);
        row.large = row.kind == View::ChatPanel ? measurePanel(loader, 10000, appends) : measure(connection, 10000, appends, row.kind);
    }
    auto constant = [](double small, double large) { return large <= 2 * small + 50; };
    bool ok = true;
    for (const Row &row : rows) {
        if (row.kind == View::ChatLike || row.kind == View::UniformSizes)
            continue;   // comparisons, not what the agent runs
        ok = ok && row.small.resets == 0 && row.large.resets == 0 && row.small.rows == 100 + appends
            && row.large.rows == 10000 + appends && constant(row.small.modelMedianUs, row.large.modelMedianUs);
    }
    // The chat panel is what the agent has.
    const bool viewConstant = constant(rows[1].small.viewMedianUs, rows[1].large.viewMedianUs);
    ok = ok && viewConstant;
    if (json) {
        for (const Row &row : rows)
            for (const Result &r : {row.small, row.large})
                std::printf("{\"bench\":\"transcript_append\",\"path\":\"%s\",\"size\":%d,\"appends\":%d,"
                            "\"apply_us_p50\":%.1f,\"apply_us_p99\":%.1f,\"with_event_loop_us_p50\":%.1f,"
                            "\"with_event_loop_us_p99\":%.1f,\"model_resets\":%d,\"layout_changes\":%d,\"ok\":%s}\n",
                            row.name, r.size, appends, r.modelMedianUs, r.modelP99Us, r.viewMedianUs, r.viewP99Us,
                            r.resets, r.layoutChanges, ok ? "true" : "false");
    } else {
        std::printf("append one message: EventBatch -> TranscriptStore -> TranscriptModel [-> view], %d appends per size\n"
                    "  apply = applyEvents() alone; +loop = until the event loop is idle again (view layout, paint)\n",
                    appends);
        std::printf("  %-48s %7s %11s %11s %11s %11s %7s\n", "path", "rows", "apply p50", "apply p99",
                    "+loop p50", "+loop p99", "resets");
        for (const Row &row : rows)
            for (const Result &r : {row.small, row.large})
                std::printf("  %-48s %7d %8.1f us %8.1f us %8.1f us %8.1f us %7d\n", row.name, r.size,
                            r.modelMedianUs, r.modelP99Us, r.viewMedianUs, r.viewP99Us, r.resets);
        std::printf("  budget: p50 at 10,000 <= 2x p50 at 100 (+50 us) for the store+model and the chat panel,"
                    " no model reset: %s\n", ok ? "met" : "MISSED");
    }
    return ok ? 0 : 1;
}
