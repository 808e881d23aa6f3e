#pragma once
// The real `switchboard` client as a process, for the client benchmarks: its own HOME
// and XDG folders (its own settings, token file, drafts), its output line by line with
// the time each line was read, and the "ready in N ms: ..." line it prints once its
// window is up and the agent's stores are loaded (app_application.cpp).

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <vector>

namespace bench {

class ClientRun : public QObject {
public:
    QProcess process;
    QStringList lines;
    QList<qint64> readAt;       // ms since start()
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
    ~ClientRun() override { stop(); }

    void start(const QProcessEnvironment &env, const QStringList &args)
    {
        process.setProcessEnvironment(env);
        sinceStart.start();
        process.start(QStringLiteral(SWITCHBOARD_BIN_DIR "/switchboard"), args);
    }
    void stop()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }

    // Index of the first line from `from` matching `re`, waiting up to timeoutMs; -1.
    int waitForLine(const QRegularExpression &re, int timeoutMs, QRegularExpressionMatch *match = nullptr, int from = 0)
    {
        int found = -1;
        (void)QTest::qWaitFor([&] {     // `found` says whether it came
            for (int i = from; i < lines.size(); ++i) {
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
    int count(const QRegularExpression &re) const
    {
        return int(std::count_if(lines.begin(), lines.end(), [&](const QString &l) { return re.match(l).hasMatch(); }));
    }

    // VmRSS of the process, in KiB (0 when unknown).
    qint64 rssKiB() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(process.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        return 0;
    }

    QByteArray output() const { return lines.join(QLatin1Char('\n')).toUtf8() + '\n' + m_partial; }

private:
    QByteArray m_partial;
};

inline QRegularExpression readyLine()
{
    return QRegularExpression(QStringLiteral(
        R"(ready in (-?\d+) ms: signed in as (\S+); (\d+) interaction\(s\) \[([^\]]*)\]; (\d+) draft\(s\) restored)"));
}

// The client's environment: HOME and XDG folders under `home`, no session bus (no
// keychain: the refresh token goes to the 0600 fallback file), the given Qt platform.
inline QProcessEnvironment clientEnvironment(const QString &home, const QString &platform, const QString &display = {})
{
    QDir().mkpath(home + QStringLiteral("/runtime"));
    QFile::setPermissions(home + QStringLiteral("/runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + home + QStringLiteral("/runtime/no-bus"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    if (!display.isEmpty())
        env.insert(QStringLiteral("DISPLAY"), display);
    for (const char *name : {"XAUTHORITY", "QT_LOGGING_RULES", "SWITCHBOARD_SCREENSHOT", "SESSION_MANAGER"})
        env.remove(QString::fromLatin1(name));
    return env;
}

inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

} // namespace bench
