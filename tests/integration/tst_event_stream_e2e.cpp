// The event stream through the real server over TLS: a client that drops and comes
// back resumes with nothing missed and nothing repeated; malformed frames and garbage
// on the WebSocket port cost only their own connection.

#include "fixtures_grpc_client.h"
#include "fixtures_server_process.h"

#include "switchboard/v1/gateway.pb.h"

#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using fixtures::describe;
using fixtures::GrpcClient;
namespace v1 = switchboard::v1;

namespace {

// A WebSocket client speaking the gateway protocol, collecting what it receives.
class StreamClient : public QObject {
    Q_OBJECT
public:
    StreamClient(const QString &wsAddress, const QString &caPath)
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(caPath));
        m_socket.setSslConfiguration(ssl);
        m_url = QUrl("wss://" + QString(wsAddress).replace("127.0.0.1", "localhost") + "/events");
        connect(&m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &data) {
            v1::ServerFrame frame;
            if (!frame.ParseFromArray(data.constData(), int(data.size())))
                qFatal("server sent an unparsable frame");
            if (frame.has_welcome())
                welcome = frame.welcome();
            for (const auto &event : frame.events().events())
                events.push_back(event);
            ++frames;
        });
        connect(&m_socket, &QWebSocket::disconnected, this, [this] { closeCode = int(m_socket.closeCode()); });
    }

    bool open(const std::string &token, quint64 epoch = 0, quint64 lastSequence = 0)
    {
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        m_socket.open(m_url);
        if (!connected.wait(10000))
            return false;
        v1::ClientFrame hello;
        hello.mutable_hello()->set_access_token(token);
        hello.mutable_hello()->set_resume_epoch(epoch);
        hello.mutable_hello()->set_last_sequence(lastSequence);
        send(hello);
        return true;
    }

    void send(const v1::ClientFrame &frame)
    {
        const std::string bytes = frame.SerializeAsString();
        m_socket.sendBinaryMessage(QByteArray(bytes.data(), qsizetype(bytes.size())));
    }

    QWebSocket &socket() { return m_socket; }

    std::optional<v1::Welcome> welcome;
    std::vector<v1::Event> events;
    int frames = 0;
    int closeCode = -1;

private:
    QWebSocket m_socket;
    QUrl m_url;
};

} // namespace

class TestEventStreamE2e : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({"--seed-demo"}), qPrintable(m_server.errorString()));
        m_client = std::make_unique<GrpcClient>(m_server.grpcAddress(), m_server.caPath());
        m_admin = m_client->tokenFor("admin1", m_server.demoPassword("admin1"));
        m_agent = m_client->tokenFor("agent1", m_server.demoPassword("agent1"));
    }

    void endpointIsAdvertised()
    {
        v1::GetEndpointResponse endpoint;
        const grpc::Status status = m_client->gateway().GetEndpoint(GrpcClient::context().get(), {}, &endpoint);
        QVERIFY2(status.ok(), describe(status));
        QVERIFY(endpoint.tls());
        QCOMPARE(endpoint.path(), "/events");
        QCOMPARE(QString::number(endpoint.port()), m_server.wsAddress().section(':', -1));
    }

    void reconnectingClientMissesAndRepeatsNothing()
    {
        auto client = std::make_unique<StreamClient>(m_server.wsAddress(), m_server.caPath());
        QVERIFY(client->open(m_agent));
        QTRY_VERIFY(client->welcome.has_value());
        QVERIFY(!client->welcome->resumed());
        const quint64 epoch = client->welcome->epoch();

        QStringList created;
        createSkills(3, "before-drop", &created);
        QTRY_COMPARE(skillEvents(client->events).size(), 3);
        const quint64 lastSeen = client->events.back().sequence();

        client.reset();   // drops the connection
        createSkills(4, "while-away", &created);

        StreamClient back(m_server.wsAddress(), m_server.caPath());
        QVERIFY(back.open(m_agent, epoch, lastSeen));
        QTRY_VERIFY(back.welcome.has_value());
        QVERIFY(back.welcome->resumed());
        createSkills(1, "after-return", &created);
        QTRY_COMPARE(skillEvents(back.events).size(), 5);

        quint64 previous = lastSeen;
        for (const auto &event : back.events) {
            QVERIFY2(event.sequence() > previous, "events out of order or repeated");
            previous = event.sequence();
        }
        QCOMPARE(skillEvents(back.events), created.mid(3));   // exactly the 4 missed, then the new one
    }

    void resumeFromAnotherEpochAsksForASnapshot()
    {
        StreamClient client(m_server.wsAddress(), m_server.caPath());
        QVERIFY(client.open(m_agent, 12345, 1));
        QTRY_VERIFY(client.welcome.has_value());
        QVERIFY(!client.welcome->resumed());
    }

    void malformedFramesCloseOnlyTheirOwnConnection()
    {
        StreamClient healthy(m_server.wsAddress(), m_server.caPath());
        QVERIFY(healthy.open(m_agent));
        QTRY_VERIFY(healthy.welcome.has_value());

        // Not a protobuf frame at all.
        StreamClient broken(m_server.wsAddress(), m_server.caPath());
        QVERIFY(broken.open(m_agent));
        QTRY_VERIFY(broken.welcome.has_value());
        broken.socket().sendBinaryMessage(QByteArray("\xff\xff\xff\xff garbage", 13));
        QTRY_VERIFY_WITH_TIMEOUT(broken.closeCode != -1, 10000);
        QCOMPARE(broken.closeCode, 1008);

        // Garbage bytes where the TLS handshake should be.
        const auto [host, port] = m_server.wsHostPort();
        QTcpSocket raw;
        raw.connectToHost(host, quint16(port));
        QVERIFY(raw.waitForConnected(5000));
        raw.write(QByteArray(2048, '\x17'));
        QTRY_VERIFY_WITH_TIMEOUT(raw.state() == QAbstractSocket::UnconnectedState || raw.waitForDisconnected(100),
                                 10000);

        // The healthy client still gets what is published.
        QStringList created;
        createSkills(1, "after-garbage", &created);
        QTRY_COMPARE(skillEvents(healthy.events), created);
    }

private:
    void createSkills(int count, const QString &prefix, QStringList *created)
    {
        for (int i = 0; i < count; ++i) {
            v1::CreateSkillRequest request;
            request.mutable_skill()->set_name(QString("%1-%2-%3").arg(prefix).arg(i).arg(m_counter++).toStdString());
            v1::Skill skill;
            const grpc::Status status =
                m_client->directory().CreateSkill(GrpcClient::context(m_admin).get(), request, &skill);
            QVERIFY2(status.ok(), describe(status));
            *created << QString::fromStdString(skill.id());
        }
    }

    static QStringList skillEvents(const std::vector<v1::Event> &events)
    {
        QStringList ids;
        for (const auto &event : events)
            if (event.has_directory_changed() && event.directory_changed().kind() == "skill")
                ids << QString::fromStdString(event.directory_changed().id());
        return ids;
    }

    fixtures::ServerProcess m_server;
    std::unique_ptr<GrpcClient> m_client;
    std::string m_admin, m_agent;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestEventStreamE2e)
#include "tst_event_stream_e2e.moc"
