// The web wallboard (/wallboard on the gateway's port) in a real headless Chromium
// against the real switchboard-server over TLS: the page signs in with a supervisor's
// token on the same WebSocket as the desktop client (JSON frames), shows the stats
// service's figures for a queue and follows them live as customers enqueue and abandon.
// Chromium is driven through its DevTools protocol over Qt WebSockets; the test reads
// what the page shows from its DOM and saves a screenshot of it (web-wallboard.png, in
// SB_SCREENSHOT_DIR when set).

#include "fixtures_chat_customers.h"
#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

namespace v1 = switchboard::v1;

namespace {

// Headless Chromium with its DevTools endpoint; one page.
class Browser : public QObject {
public:
    ~Browser() override
    {
        m_socket.close();
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString error() const { return m_error; }

    bool open(const QString &url)
    {
        // The flags that keep Chromium off the (closed) network and quiet as root.
        m_process.setProgram(QStringLiteral("/usr/bin/chromium"));
        m_process.setArguments({QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"),
                                QStringLiteral("--disable-gpu"), QStringLiteral("--disable-quic"),
                                QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
                                QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                                QStringLiteral("--ignore-certificate-errors"),   // the server's test CA
                                QStringLiteral("--remote-debugging-port=0"),
                                QStringLiteral("--window-size=1600,900"),
                                QStringLiteral("--user-data-dir=") + m_profile.path(), url});
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            m_error = QStringLiteral("chromium did not start: %1 (make deps installs it)").arg(m_process.errorString());
            return false;
        }
        // "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/ID" on stderr.
        QByteArray err;
        const QRegularExpression listening(QStringLiteral("DevTools listening on ws://127\\.0\\.0\\.1:(\\d+)/"));
        QRegularExpressionMatch match;
        {
            QTRY_LOOP_IMPL(([&] {
                err += m_process.readAllStandardError();
                match = listening.match(QString::fromUtf8(err));
                return match.hasMatch();
            }()), 20000, 50);
        }
        if (!match.hasMatch()) {
            m_error = QStringLiteral("chromium printed no DevTools address: ") + QString::fromUtf8(err.right(2000));
            return false;
        }
        const int port = match.captured(1).toInt();

        // The page's own DevTools socket.
        QNetworkAccessManager network;
        QString pageSocket;
        {
        QTRY_LOOP_IMPL(([&] {
            QNetworkReply *reply = network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/json/list").arg(port))));
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                done.wait(5000);
            for (const QJsonValue &target : QJsonDocument::fromJson(reply->readAll()).array()) {
                if (target[QStringLiteral("type")].toString() == QStringLiteral("page"))
                    pageSocket = target[QStringLiteral("webSocketDebuggerUrl")].toString();
            }
            reply->deleteLater();
            return !pageSocket.isEmpty();
        }()), 20000, 100);
        }
        if (pageSocket.isEmpty()) {
            m_error = QStringLiteral("chromium lists no page");
            return false;
        }
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
            if (message.contains(QStringLiteral("id")))
                m_replies.insert(message[QStringLiteral("id")].toInt(), message);
        });
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        m_socket.open(QUrl(pageSocket));
        if (!connected.wait(10000)) {
            m_error = QStringLiteral("cannot reach the page's DevTools socket: ") + m_socket.errorString();
            return false;
        }
        return true;
    }

    // A DevTools command's result (an empty object, with error() set, on failure).
    QJsonObject call(const QString &method, const QJsonObject &params = {})
    {
        const int id = ++m_lastId;
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{
            {QStringLiteral("id"), id}, {QStringLiteral("method"), method}, {QStringLiteral("params"), params}})
                                                       .toJson(QJsonDocument::Compact)));
        QTRY_LOOP_IMPL(m_replies.contains(id), 15000, 10);
        const QJsonObject reply = m_replies.take(id);
        if (reply.isEmpty() || reply.contains(QStringLiteral("error"))) {
            m_error = method + QStringLiteral(" failed: ") + QString::fromUtf8(QJsonDocument(reply).toJson());
            return {};
        }
        return reply[QStringLiteral("result")].toObject();
    }

    // The value of a JavaScript expression in the page, as a string ("" when it throws).
    QString evaluate(const QString &expression)
    {
        const QJsonObject result = call(QStringLiteral("Runtime.evaluate"),
                                        {{QStringLiteral("expression"), expression},
                                         {QStringLiteral("returnByValue"), true}});
        const QJsonValue value = result[QStringLiteral("result")].toObject()[QStringLiteral("value")];
        return value.isString() ? value.toString() : value.toVariant().toString();
    }

    bool screenshot(const QString &path)
    {
        const QJsonObject shot = call(QStringLiteral("Page.captureScreenshot"), {{QStringLiteral("format"), QStringLiteral("png")}});
        const QByteArray png = QByteArray::fromBase64(shot[QStringLiteral("data")].toString().toLatin1());
        QFile file(path);
        return !png.isEmpty() && file.open(QIODevice::WriteOnly) && file.write(png) == png.size();
    }

private:
    QProcess m_process;
    QTemporaryDir m_profile;
    QWebSocket m_socket;
    QHash<int, QJsonObject> m_replies;
    int m_lastId = 0;
    QString m_error;
};

} // namespace

class TestWebWallboard : public QObject {
    Q_OBJECT

    fixtures::ServerProcess m_server;
    std::unique_ptr<fixtures::ChatCustomers> m_customers;
    std::string m_supervisorToken;

    QString base() const { return QStringLiteral("https://%1").arg(m_server.wsAddress()); }

    // GET on the gateway's port over TLS (trusting the server's CA): status and body.
    std::pair<int, QByteArray> get(const QString &path, const std::string &token = {})
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(base() + path));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_server.caPath()));
        request.setSslConfiguration(tls);
        if (!token.empty())
            request.setRawHeader("Authorization", "Bearer " + QByteArray::fromStdString(token));
        QNetworkReply *reply = network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(10000))
            return {0, "no answer"};
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return {status, body};
    }

    QString shown(Browser &browser, const QString &metric)
    {
        return browser.evaluate(QStringLiteral("(document.querySelector('#queue-%1 [data-metric=%2] .value') || {}).textContent || ''")
                                    .arg(QString::fromStdString(m_customers->queueId()), metric));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({QStringLiteral("--seed-demo")}), qPrintable(m_server.errorString()));
        m_customers = std::make_unique<fixtures::ChatCustomers>(m_server, QStringLiteral("Web Wallboard"),
                                                               QStringLiteral("web-"));
        QVERIFY2(m_customers->isValid(), qPrintable(m_customers->errorString()));
        fixtures::GrpcClient client(m_server.grpcAddress(), m_server.caPath());
        m_supervisorToken = client.tokenFor(QStringLiteral("supervisor1"), m_server.demoPassword(QStringLiteral("supervisor1")));
        QVERIFY(!m_supervisorToken.empty());
    }

    void thePageAndTheSnapshotAreServedToSupervisorsOnly()
    {
        const auto [pageStatus, page] = get(QStringLiteral("/wallboard"));
        QCOMPARE(pageStatus, 200);
        QVERIFY(page.contains("<title>Switchboard wallboard</title>"));
        QCOMPARE(get(QStringLiteral("/wallboard/wallboard.js")).first, 200);
        QCOMPARE(get(QStringLiteral("/wallboard/nothing-here")).first, 404);

        QCOMPARE(get(QStringLiteral("/wallboard/snapshot")).first, 401);
        QCOMPARE(get(QStringLiteral("/wallboard/snapshot"), "not-a-token").first, 401);
        fixtures::GrpcClient client(m_server.grpcAddress(), m_server.caPath());
        const std::string agentToken = client.tokenFor(QStringLiteral("agent1"), m_server.demoPassword(QStringLiteral("agent1")));
        const auto [agentStatus, agentBody] = get(QStringLiteral("/wallboard/snapshot"), agentToken);
        QCOMPARE(agentStatus, 403);
        QVERIFY2(agentBody.contains("supervisor"), agentBody.constData());

        const auto [status, body] = get(QStringLiteral("/wallboard/snapshot"), m_supervisorToken);
        QCOMPARE(status, 200);
        const QJsonObject snapshot = QJsonDocument::fromJson(body).object();
        bool found = false;
        for (const QJsonValue &queue : snapshot[QStringLiteral("queues")].toArray()) {
            if (queue[QStringLiteral("queueId")].toString() == QString::fromStdString(m_customers->queueId())) {
                found = true;
                QCOMPARE(queue[QStringLiteral("queueName")].toString(), QStringLiteral("Web Wallboard"));
            }
        }
        QVERIFY2(found, body.constData());
    }

    void chromiumShowsLiveQueueFigures()
    {
        QVERIFY(!m_customers->enqueueChat().isEmpty());
        QVERIFY(!m_customers->enqueueChat().isEmpty());

        Browser browser;
        QVERIFY2(browser.open(base() + QStringLiteral("/wallboard#token=") + QString::fromStdString(m_supervisorToken)),
                 qPrintable(browser.error()));
        QTRY_COMPARE_WITH_TIMEOUT(browser.evaluate(QStringLiteral("document.getElementById('status').textContent")),
                                  QStringLiteral("Live"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(shown(browser, QStringLiteral("waiting")), QStringLiteral("2"), 10000);
        QCOMPARE(browser.evaluate(QStringLiteral("document.querySelector('#queue-%1 h2').textContent")
                                      .arg(QString::fromStdString(m_customers->queueId()))),
                 QStringLiteral("Web Wallboard"));
        // The token left the address bar (it is not kept in the history).
        QVERIFY(!browser.evaluate(QStringLiteral("location.href")).contains(QStringLiteral("token")));

        // Live: a third customer, then one of them gives up.
        const QString third = m_customers->enqueueChat();
        QVERIFY(!third.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(shown(browser, QStringLiteral("waiting")), QStringLiteral("3"), 5000);
        {
            grpc::ClientContext context;
            context.AddMetadata("authorization", "Bearer " + m_customers->token());
            v1::AbandonRequest abandon;
            abandon.set_interaction_id(third.toStdString());
            v1::Interaction out;
            const grpc::Status status = m_customers->client().routing().Abandon(&context, abandon, &out);
            QVERIFY2(status.ok(), fixtures::describe(status).constData());
        }
        QTRY_COMPARE_WITH_TIMEOUT(shown(browser, QStringLiteral("abandoned")), QStringLiteral("1"), 5000);
        QCOMPARE(shown(browser, QStringLiteral("waiting")), QStringLiteral("2"));
        // Longest wait ticks in the page (m:ss of the oldest customer still waiting).
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+:\\d\\d$")).match(shown(browser, QStringLiteral("longest-wait"))).hasMatch());
        QVERIFY(browser.evaluate(QStringLiteral("document.querySelector('#queue-%1 .formula').textContent")
                                     .arg(QString::fromStdString(m_customers->queueId())))
                    .contains(QStringLiteral("Service level in 30 s")));

        // Like fixtures::screenshot: into SB_SCREENSHOT_DIR when set (docs/screenshots
        // when retaking them), else a temporary folder, so test runs leave the tree alone.
        QTemporaryDir scratch;
        const QString shots = qEnvironmentVariableIsSet("SB_SCREENSHOT_DIR") ? qEnvironmentVariable("SB_SCREENSHOT_DIR")
                                                                              : scratch.path();
        QDir().mkpath(shots);
        QVERIFY2(browser.screenshot(shots + QStringLiteral("/web-wallboard.png")), qPrintable(browser.error()));
    }

    void aRefusedTokenAsksForANewOne()
    {
        Browser browser;
        QVERIFY2(browser.open(base() + QStringLiteral("/wallboard#token=forged")), qPrintable(browser.error()));
        QTRY_COMPARE_WITH_TIMEOUT(browser.evaluate(QStringLiteral("String(document.getElementById('signin').hidden)")),
                                  QStringLiteral("false"), 20000);
        QCOMPARE(browser.evaluate(QStringLiteral("document.getElementById('status').textContent")), QStringLiteral("Signed out"));
        QVERIFY(!browser.evaluate(QStringLiteral("document.getElementById('signin-error').textContent")).isEmpty());
    }
};

QTEST_MAIN(TestWebWallboard)
#include "tst_web_wallboard.moc"
