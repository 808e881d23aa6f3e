// kill -9 the real agent desktop and start it again: it must come back signed in (with
// the refresh token it stored, no password), holding the same interaction, with the
// draft the agent had typed, within 2 s of the process start.
//
// Everything is real: switchboard-server (--seed-demo) as a process, customers over
// gRPC, and the `switchboard` executable under its own Xvfb (started here, on a free
// display), with HOME and the XDG folders in a temporary folder (its own settings,
// token file and drafts; no keychain is reachable, so the token falls back to a 0600
// file). The draft is typed with xdotool (XTEST key events), like a person would.
// The client reports on stderr (app_application.cpp): "ready in N ms: signed in as U;
// K interaction(s) [ids]; D draft(s) restored [id (n chars), ...]", then a line per
// interaction added or changed and per transcript loaded.

#include "fixtures_chat_customers.h"
#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"

#include "switchboard/v1/routing.grpc.pb.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace v1 = switchboard::v1;

namespace {

const int kReadyBudgetMs = 2000;

// One run of the client: its merged output, line by line, each with the time it was
// read (ms since start() was called).
class ClientRun : public QObject {
public:
    QProcess process;
    QStringList lines;
    QList<qint64> readAt;
    QElapsedTimer sinceStart;

    ClientRun()
    {
        process.setProcessChannelMode(QProcess::MergedChannels);
        connect(&process, &QProcess::readyRead, this, [this] {
            m_partial += process.readAll();
            int nl;
            while ((nl = m_partial.indexOf('\n')) >= 0) {
                lines << QString::fromUtf8(m_partial.left(nl));
                readAt << sinceStart.elapsed();
                m_partial.remove(0, nl + 1);
            }
        });
    }
    ~ClientRun() override
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    void start(const QProcessEnvironment &env, const QStringList &args)
    {
        process.setProcessEnvironment(env);
        sinceStart.start();
        process.start(QStringLiteral(SWITCHBOARD_BIN_DIR "/switchboard"), args);
    }

    // Index of the first line matching `re` (waiting up to timeoutMs for it), or -1.
    int waitForLine(const QRegularExpression &re, int timeoutMs, QRegularExpressionMatch *match = nullptr)
    {
        int found = -1;
        QTest::qWaitFor([&] {
            for (int i = 0; i < lines.size(); ++i) {
                const QRegularExpressionMatch m = re.match(lines.at(i));
                if (m.hasMatch()) {
                    found = i;
                    if (match)
                        *match = m;
                    return true;
                }
            }
            return process.state() == QProcess::NotRunning && process.bytesAvailable() == 0;
        }, timeoutMs);
        return found;
    }

    QByteArray output() const { return lines.join(QLatin1Char('\n')).toUtf8() + '\n' + m_partial; }

private:
    QByteArray m_partial;
};

QRegularExpression readyLine()
{
    return QRegularExpression(QStringLiteral(
        R"(ready in (-?\d+) ms: signed in as (\S+); (\d+) interaction\(s\) \[([^\]]*)\]; (\d+) draft\(s\) restored \[([^\]]*)\]; showing (.*)$)"));
}

} // namespace

class TestClientRestore : public QObject {
    Q_OBJECT

    fixtures::ServerProcess server;
    std::unique_ptr<fixtures::ChatCustomers> customers;
    QTemporaryDir home;
    QProcess xvfb;
    QString display;

    QProcessEnvironment clientEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.path() + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path() + QStringLiteral("/runtime"));
        // No session bus: the keychain is unreachable at once (as in CI), not after a timeout.
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + home.path()
                                                                   + QStringLiteral("/runtime/no-bus"));
        env.insert(QStringLiteral("DISPLAY"), display);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        for (const char *name : {"XAUTHORITY", "QT_LOGGING_RULES", "SWITCHBOARD_SCREENSHOT", "SESSION_MANAGER"})
            env.remove(QString::fromLatin1(name));
        return env;
    }

    QStringList clientArgs(bool withPassword) const
    {
        QStringList args{QStringLiteral("--server"), server.grpcAddress(), QStringLiteral("--ca"), server.caPath(),
                         QStringLiteral("--user"), QStringLiteral("agent1"),
                         QStringLiteral("--modules"), QStringLiteral(SB_MODULES_DIR)};
        if (withPassword)
            args << QStringLiteral("--password-file") << server.demoPasswordFile(QStringLiteral("agent1"));
        return args;
    }

    // Runs xdotool against our Xvfb; its output, or a null string when it failed.
    QString xdotool(const QStringList &args) const
    {
        QProcess tool;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), display);
        env.remove(QStringLiteral("XAUTHORITY"));
        tool.setProcessEnvironment(env);
        tool.start(QStringLiteral("xdotool"), args);
        if (!tool.waitForFinished(15000) || tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0) {
            qWarning() << "xdotool" << args << "failed:" << tool.readAllStandardError();
            return {};
        }
        return QString::fromUtf8(tool.readAllStandardOutput()).trimmed() + QLatin1Char(' ');
    }

    // Gives X keyboard focus to the client's main window (no window manager here).
    bool focusWindowOf(const ClientRun &client) const
    {
        const QString found = xdotool({QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"),
                                       QStringLiteral("--pid"), QString::number(client.process.processId()),
                                       QStringLiteral("--name"), QStringLiteral("Switchboard")});
        const QStringList windows = found.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (windows.isEmpty())
            return false;
        return !xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), windows.last().trimmed()}).isNull();
    }

    QString draftPath(const QString &userId, const QString &interactionId) const
    {
        return home.path() + QStringLiteral("/data/Switchboard/switchboard/drafts/")
            + QString::fromLatin1(userId.toUtf8().toHex()) + QLatin1Char('/')
            + QString::fromLatin1(interactionId.toUtf8().toHex()) + QStringLiteral(".draft");
    }

    static QString readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QDir().mkpath(home.path() + QStringLiteral("/runtime")), "cannot make XDG_RUNTIME_DIR");
        QFile::setPermissions(home.path() + QStringLiteral("/runtime"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty(),
                 "Xvfb is needed (make deps installs it)");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty(),
                 "xdotool is needed (make deps installs it)");

        // Our own X server on the first free display; it writes the display number to stdout.
        xvfb.start(QStringLiteral("Xvfb"), {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                                            QStringLiteral("0"), QStringLiteral("1280x800x24"),
                                            QStringLiteral("-nolisten"), QStringLiteral("tcp")});
        QVERIFY2(xvfb.waitForStarted(5000), qPrintable(xvfb.errorString()));
        QTRY_VERIFY2_WITH_TIMEOUT(xvfb.canReadLine() || xvfb.state() == QProcess::NotRunning, "Xvfb gave no display", 15000);
        display = QLatin1Char(':') + QString::fromLatin1(xvfb.readLine().trimmed());
        QVERIFY2(display.size() > 1, xvfb.readAllStandardError().constData());

        QVERIFY2(server.start({QStringLiteral("--seed-demo")}), qPrintable(server.errorString()));
        customers = std::make_unique<fixtures::ChatCustomers>(server, QStringLiteral("Restore test"), QStringLiteral("restore-"));
        QVERIFY2(customers->isValid(), qPrintable(customers->errorString()));
    }

    void cleanupTestCase()
    {
        if (xvfb.state() != QProcess::NotRunning) {
            xvfb.terminate();
            xvfb.waitForFinished(5000);
        }
    }

    void aKilledClientComesBackSignedInWithItsChatAndDraft()
    {
        const QString typed = QStringLiteral("Let me check your order number");

        // 1. The first run signs in with the password and keeps the refresh token.
        auto first = std::make_unique<ClientRun>();
        first->start(clientEnvironment(), clientArgs(true));
        QRegularExpressionMatch ready;
        QVERIFY2(first->waitForLine(readyLine(), 30000, &ready) >= 0, first->output().constData());
        QCOMPARE(ready.captured(2), QStringLiteral("agent1"));
        const QString tokenFile = home.path() + QStringLiteral("/config/Switchboard/switchboard-tokens.ini");
        QTRY_VERIFY2_WITH_TIMEOUT(readFile(tokenFile).contains(QStringLiteral("refresh-token")),
                                  "no refresh token in the fallback file", 10000);
        QCOMPARE(QFile::permissions(tokenFile) & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFile::Permissions());

        // 2. agent1 goes Available (its own token: routing state is per user, the client follows).
        fixtures::GrpcClient grpc(server.grpcAddress(), server.caPath());
        v1::SignInResponse agent;
        QVERIFY(grpc.signIn(QStringLiteral("agent1"), server.demoPassword(QStringLiteral("agent1")), &agent).ok());
        v1::SetAgentStateRequest available;
        available.set_state(v1::AGENT_STATE_AVAILABLE);
        v1::AgentSnapshot snapshot;
        const grpc::Status set = grpc.routing().SetAgentState(fixtures::GrpcClient::context(agent.access_token()).get(),
                                                              available, &snapshot);
        QVERIFY2(set.ok(), fixtures::describe(set).constData());

        // 3. A customer's chat is offered; the agent accepts it in the client (Ctrl+Shift+A
        //    on the offer toast), which opens it.
        const QString id = customers->enqueueChat();
        QVERIFY(!id.isEmpty());
        QVERIFY2(first->waitForLine(QRegularExpression(QStringLiteral("interaction %1 offered").arg(id)), 15000) >= 0,
                 first->output().constData());
        QVERIFY(focusWindowOf(*first));
        QVERIFY(!xdotool({QStringLiteral("key"), QStringLiteral("--clearmodifiers"), QStringLiteral("ctrl+shift+a")}).isNull());
        QVERIFY2(first->waitForLine(QRegularExpression(QStringLiteral("interaction %1 active").arg(id)), 15000) >= 0,
                 first->output().constData());
        QVERIFY2(first->waitForLine(QRegularExpression(QStringLiteral("showing %1 \\(editor: 0 chars\\)").arg(id)), 15000) >= 0,
                 first->output().constData());
        QVERIFY(customers->says(id, "Hello, my parcel never arrived"));

        // 4. The agent types a reply and does not send it: the client writes the draft.
        QVERIFY(!xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("15"), typed}).isNull());
        const QString userId = QString::fromStdString(snapshot.user_id());
        const QString draft = draftPath(userId, id);
        QTRY_VERIFY2_WITH_TIMEOUT(readFile(draft) == typed,
            qPrintable(QStringLiteral("the typed text did not reach the chat editor's draft: %1 holds \"%2\"")
                           .arg(draft, readFile(draft))), 10000);

        // 5. kill -9.
        first->process.kill();
        QVERIFY(first->process.waitForFinished(5000));
        QCOMPARE(first->process.exitStatus(), QProcess::CrashExit);
        first.reset();

        // 6. Started again without a password: signed in, the same chat, the draft, in <= 2 s.
        ClientRun second;
        second.start(clientEnvironment(), clientArgs(false));
        const int line = second.waitForLine(readyLine(), 30000, &ready);
        QVERIFY2(line >= 0, second.output().constData());
        qInfo().noquote() << "restarted:" << ready.captured(0) << QStringLiteral("(read by the test %1 ms after start)")
                                                                     .arg(second.readAt.at(line));
        QVERIFY2(second.waitForLine(QRegularExpression(QStringLiteral("signing in .* as agent1 \\(stored session\\)")), 0) >= 0,
                 second.output().constData());
        QCOMPARE(ready.captured(2), QStringLiteral("agent1"));
        QCOMPARE(ready.captured(3).toInt(), 1);
        QCOMPARE(ready.captured(4), id);
        QCOMPARE(ready.captured(5).toInt(), 1);
        QCOMPARE(ready.captured(6), QStringLiteral("%1 (%2 chars)").arg(id).arg(typed.size()));
        QCOMPARE(readFile(draft), typed);
        const qint64 sinceExec = ready.captured(1).toLongLong();
        QVERIFY2(sinceExec >= 0 && sinceExec <= kReadyBudgetMs,
                 qPrintable(QStringLiteral("ready %1 ms after the process started (budget %2 ms)").arg(sinceExec).arg(kReadyBudgetMs)));
        QVERIFY2(second.readAt.at(line) <= kReadyBudgetMs,
                 qPrintable(QStringLiteral("the ready line came %1 ms after start() (budget %2 ms)")
                                .arg(second.readAt.at(line)).arg(kReadyBudgetMs)));
        QVERIFY2(second.waitForLine(QRegularExpression(QStringLiteral("sign-in failed|signed out")), 0) < 0,
                 second.output().constData());
        // The agent should find the chat open with the draft in its editor, as they left
        // it ("showing ID (editor: N chars)", in the ready line or after it).
        const int opened = second.waitForLine(QRegularExpression(QStringLiteral("showing %1 \\(editor: %2 chars\\)")
                                                                      .arg(id).arg(typed.size())), 3000);
        QVERIFY2(opened >= 0, "the restored window does not show the interaction with its draft");
        second.process.terminate();
        QVERIFY(second.process.waitForFinished(10000));

        // 7. With SB_SCREENSHOT_DIR: the restored window, grabbed by the client itself
        //    (SWITCHBOARD_SCREENSHOT: once settled, then it quits).
        const QString dir = qEnvironmentVariable("SB_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            const QString png = dir + QStringLiteral("/agent-restored.png");
            QFile::remove(png);
            QProcessEnvironment env = clientEnvironment();
            env.insert(QStringLiteral("SWITCHBOARD_SCREENSHOT"), png);
            ClientRun third;
            third.start(env, clientArgs(false));
            QVERIFY(third.process.waitForStarted(5000));
            QTRY_VERIFY2_WITH_TIMEOUT(third.process.state() == QProcess::NotRunning, third.output().constData(), 30000);
            QVERIFY2(third.process.exitCode() == 0 && QFile::exists(png), third.output().constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestClientRestore)
#include "tst_client_restore.moc"
