// Resident memory (VmRSS, /proc/<pid>/status) of the real agent desktop against a real
// switchboard-server (--seed-demo, TLS), under its own Xvfb (xcb, as on a desktop):
//   1. idle: signed in as agent1, nothing held;
//   2. held: restarted (stored token) while agent1 holds 10 active chats of 1,000
//      customer messages each: measured once the client has logged all 10 transcripts
//      as loaded (the module host bridge keeps a handle, hence an open transcript, for
//      every interaction held, panel or not);
//   3. opened: the same process after the agent walked through the 10 chats in the
//      inbox with the keyboard (Ctrl+1, Home, then Ctrl+PageDown), so that 10 chat
//      panels exist.
// agent1's chat capacity is raised to 10 by admin1 (DirectoryService.UpsertAgentProfile);
// the chats are taken with agent1's own token (the client follows the events) and the
// messages written through ConversationService.CustomerSendMessage.
//
//   bench_client_memory [--messages 1000] [--chats 10] [--json]
//
// Budget: <= 120 MB with the 10 x 1,000-message chats opened.

#include "client_run.h"

#include "fixtures_chat_customers.h"
#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"

#include "switchboard/v1/directory.grpc.pb.h"
#include "switchboard/v1/routing.grpc.pb.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

namespace v1 = switchboard::v1;
using fixtures::GrpcClient;

namespace {

int fail(const char *what, const QByteArray &details = {})
{
    std::fprintf(stderr, "%s\n%s\n", what, details.constData());
    return 1;
}

QString runTool(const QString &display, const QString &program, const QStringList &args)
{
    QProcess tool;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display);
    env.remove(QStringLiteral("XAUTHORITY"));
    tool.setProcessEnvironment(env);
    tool.start(program, args);
    if (!tool.waitForFinished(15000) || tool.exitCode() != 0)
        return {};
    return QString::fromUtf8(tool.readAllStandardOutput()).trimmed() + QLatin1Char(' ');
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int messages = 1000, chats = 10;
    bool json = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--messages") && i + 1 < args.size())
            messages = args[++i].toInt();
        else if (args[i] == QLatin1String("--chats") && i + 1 < args.size())
            chats = args[++i].toInt();
        else if (args[i] == QLatin1String("--json"))
            json = true;
        else {
            std::fprintf(stderr, "usage: %s [--messages N] [--chats N] [--json]\n", argv[0]);
            return 2;
        }
    }
    const double budgetMiB = 120;

    // Our own X server (the keyboard walk in step 3 needs one).
    QProcess xvfb;
    xvfb.start(QStringLiteral("Xvfb"), {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                                        QStringLiteral("0"), QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"),
                                        QStringLiteral("tcp")});
    if (!xvfb.waitForStarted(5000) || !QTest::qWaitFor([&] { return xvfb.canReadLine(); }, 15000))
        return fail("cannot start Xvfb");
    const QString display = QLatin1Char(':') + QString::fromLatin1(xvfb.readLine().trimmed());
    struct StopX { QProcess &p; ~StopX() { p.terminate(); p.waitForFinished(5000); } } stopX{xvfb};

    fixtures::ServerProcess server;
    if (!server.start({QStringLiteral("--seed-demo")}))
        return fail("server did not start", server.errorString().toUtf8());
    fixtures::ChatCustomers customers(server, QStringLiteral("Memory bench"), QStringLiteral("mem-"));
    if (!customers.isValid())
        return fail("customers", customers.errorString().toUtf8());
    GrpcClient grpc(server.grpcAddress(), server.caPath());
    v1::SignInResponse admin, agent;
    if (!grpc.signIn(QStringLiteral("admin1"), server.demoPassword(QStringLiteral("admin1")), &admin).ok()
        || !grpc.signIn(QStringLiteral("agent1"), server.demoPassword(QStringLiteral("agent1")), &agent).ok())
        return fail("cannot sign in admin1 / agent1");

    // agent1 may hold `chats` chats at once.
    {
        v1::GetAgentProfileRequest get;
        get.set_user_id(agent.user().id());
        v1::AgentProfile profile;
        grpc.directory().GetAgentProfile(GrpcClient::context(admin.access_token()).get(), get, &profile);
        profile.set_user_id(agent.user().id());
        bool found = false;
        for (v1::ChannelCapacity &c : *profile.mutable_capacities()) {
            if (c.channel() == v1::CHANNEL_CHAT) {
                c.set_capacity(chats);
                found = true;
            }
        }
        if (!found) {
            v1::ChannelCapacity *c = profile.add_capacities();
            c->set_channel(v1::CHANNEL_CHAT);
            c->set_capacity(chats);
        }
        v1::UpsertAgentProfileRequest upsert;
        *upsert.mutable_profile() = profile;
        v1::AgentProfile saved;
        const grpc::Status status = grpc.directory().UpsertAgentProfile(GrpcClient::context(admin.access_token()).get(), upsert, &saved);
        if (!status.ok())
            return fail("UpsertAgentProfile", fixtures::describe(status));
    }

    QTemporaryDir home;
    const QProcessEnvironment env = bench::clientEnvironment(home.path(), QStringLiteral("xcb"), display);
    const QStringList base{QStringLiteral("--server"), server.grpcAddress(), QStringLiteral("--ca"), server.caPath(),
                           QStringLiteral("--user"), QStringLiteral("agent1"),
                           QStringLiteral("--modules"), QStringLiteral(SB_MODULES_DIR)};

    // 1. Idle.
    auto client = std::make_unique<bench::ClientRun>();
    client->start(env, base + QStringList{QStringLiteral("--password-file"), server.demoPasswordFile(QStringLiteral("agent1"))});
    if (client->waitForLine(bench::readyLine(), 30000) < 0)
        return fail("the client never got ready", client->output());
    QTest::qWait(2000);     // let start-up work (health checks, the stream) settle
    const qint64 idleKiB = client->rssKiB();

    // 10 chats, taken by agent1, 1,000 customer messages each.
    v1::SetAgentStateRequest available;
    available.set_state(v1::AGENT_STATE_AVAILABLE);
    v1::AgentSnapshot snapshot;
    if (!grpc.routing().SetAgentState(GrpcClient::context(agent.access_token()).get(), available, &snapshot).ok())
        return fail("SetAgentState");
    QStringList ids;
    for (int i = 0; i < chats; ++i)
        ids << customers.enqueueChat();
    QSet<QString> active;
    (void)QTest::qWaitFor([&] {     // `active` is checked below
        v1::AgentSnapshot me;
        if (!grpc.routing().GetMyAgent(GrpcClient::context(agent.access_token()).get(), v1::GetMyAgentRequest(), &me).ok())
            return false;
        for (const v1::Interaction &i : me.interactions()) {
            if (i.state() == v1::INTERACTION_STATE_OFFERED) {
                v1::AcceptOfferRequest accept;
                accept.set_interaction_id(i.id());
                v1::Interaction accepted;
                grpc.routing().AcceptOffer(GrpcClient::context(agent.access_token()).get(), accept, &accepted);
            } else if (i.state() == v1::INTERACTION_STATE_ACTIVE) {
                active.insert(QString::fromStdString(i.id()));
            }
        }
        return active.size() == chats;
    }, 60000);
    if (active.size() != chats)
        return fail("agent1 did not get all the chats");
    QElapsedTimer writing;
    writing.start();
    for (const QString &id : std::as_const(ids)) {
        for (int m = 0; m < messages; ++m) {
            const std::string text = "Message " + std::to_string(m + 1) + " about order #" + std::to_string(40000 + m)
                + ": the parcel has not arrived yet and the tracking page has not changed since Monday.";
            if (!customers.says(id, text))
                return fail("CustomerSendMessage failed");
        }
    }
    const double writeSeconds = double(writing.elapsed()) / 1000;
    const qint64 liveKiB = client->rssKiB();     // the first process, which received them live
    client.reset();

    // 2. Held: a new process loads them.
    client = std::make_unique<bench::ClientRun>();
    client->start(env, base);
    QRegularExpressionMatch ready;
    if (client->waitForLine(bench::readyLine(), 30000, &ready) < 0 || ready.captured(3).toInt() != chats)
        return fail("the restarted client is not ready with the chats", client->output());
    const QRegularExpression loadedFull(QStringLiteral("transcript \\S+ loaded: %1 message\\(s\\)").arg(messages));
    if (!QTest::qWaitFor([&] { return client->count(loadedFull) >= chats; }, 60000))
        return fail("the transcripts were not all loaded", client->output());
    const qint64 loadedAtMs = client->sinceStart.elapsed();
    QTest::qWait(2000);
    const qint64 heldKiB = client->rssKiB();

    // 3. Opened: walk the inbox with the keyboard; each chat gets its panel.
    const QStringList windows = runTool(display, QStringLiteral("xdotool"),
        {QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"), QStringLiteral("--pid"),
         QString::number(client->process.processId()), QStringLiteral("--name"), QStringLiteral("Switchboard")})
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (windows.isEmpty()
        || runTool(display, QStringLiteral("xdotool"), {QStringLiteral("windowfocus"), QStringLiteral("--sync"), windows.last().trimmed()}).isNull())
        return fail("cannot focus the client's window");
    const QRegularExpression shownPanel(QStringLiteral("^.*showing (\\S+) \\(editor: \\d+ chars\\)$"));
    runTool(display, QStringLiteral("xdotool"), {QStringLiteral("key"), QStringLiteral("--clearmodifiers"), QStringLiteral("ctrl+1"), QStringLiteral("Home")});
    QSet<QString> shown;
    auto collect = [&] {
        for (const QString &line : std::as_const(client->lines)) {
            const QRegularExpressionMatch m = shownPanel.match(line);
            if (m.hasMatch())
                shown.insert(m.captured(1));
        }
        return shown.size();
    };
    for (int i = 1; i < chats; ++i) {
        const int before = collect();
        // Ctrl+PageDown: the next interaction (opening one puts the focus in its editor).
        runTool(display, QStringLiteral("xdotool"), {QStringLiteral("key"), QStringLiteral("--clearmodifiers"), QStringLiteral("ctrl+Page_Down")});
        (void)QTest::qWaitFor([&] { return collect() > before; }, 10000);   // counted below
    }
    (void)QTest::qWaitFor([&] { return collect() >= chats; }, 10000);     // reported as measured
    QTest::qWait(2000);
    const qint64 openedKiB = client->rssKiB();
    const int panels = collect();
    client.reset();

    auto mib = [](qint64 kib) { return double(kib) / 1024; };
    const bool ok = panels == chats && mib(openedKiB) <= budgetMiB && mib(heldKiB) <= budgetMiB;
    if (json) {
        std::printf("{\"bench\":\"client_memory\",\"chats\":%d,\"messages_per_chat\":%d,\"idle_mib\":%.1f,"
                    "\"live_after_messages_mib\":%.1f,\"held_mib\":%.1f,\"opened_mib\":%.1f,\"panels\":%d,"
                    "\"budget_mib\":%.0f,\"ok\":%s}\n",
                    chats, messages, mib(idleKiB), mib(liveKiB), mib(heldKiB), mib(openedKiB), panels, budgetMiB,
                    ok ? "true" : "false");
    } else {
        std::printf("switchboard VmRSS (xcb on Xvfb, real server over TLS)\n");
        std::printf("  %-66s %7.1f MiB\n", "idle: signed in, nothing held", mib(idleKiB));
        std::printf("  %-66s %7.1f MiB\n",
                    qPrintable(QStringLiteral("same process when the last of %1 x %2 messages was written (%3 s)")
                                   .arg(chats).arg(messages).arg(writeSeconds, 0, 'f', 1)), mib(liveKiB));
        std::printf("  %-66s %7.1f MiB\n",
                    qPrintable(QStringLiteral("restarted: %1 chats held, %2 transcripts x %3 loaded (at %4 ms)")
                                   .arg(chats).arg(chats).arg(messages).arg(loadedAtMs)), mib(heldKiB));
        std::printf("  %-66s %7.1f MiB\n",
                    qPrintable(QStringLiteral("same, after opening each in the inbox: %1 chat panels made").arg(panels)),
                    mib(openedKiB));
        std::printf("  budget: <= %.0f MiB with the chats held and opened: %s\n", budgetMiB, ok ? "met" : "MISSED");
    }
    return ok ? 0 : 1;
}
