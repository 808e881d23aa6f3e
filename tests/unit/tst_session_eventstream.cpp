// session::EventStream against a fake gateway speaking the protocol of gateway.proto.

#include "session_event_stream.h"

#include "switchboard/v1/gateway.pb.h"

#include <QHostAddress>
#include <QList>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using namespace std::chrono_literals;
namespace v1 = switchboard::v1;

// A gateway that records what clients say and sends what the test tells it to.
class FakeGateway : public QObject {
    Q_OBJECT
public:
    FakeGateway() { listen(0); }

    bool listen(quint16 port)
    {
        m_server = std::make_unique<QWebSocketServer>(QStringLiteral("fake"),
                                                      QWebSocketServer::NonSecureMode);
        if (!m_server->listen(QHostAddress::LocalHost, port))
            return false;
        connect(m_server.get(), &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server->nextPendingConnection()) {
                socket->setParent(this);
                m_clients.append(socket);
                connect(socket, &QWebSocket::binaryMessageReceived, this,
                        [this, socket](const QByteArray &data) {
                            v1::ClientFrame frame;
                            QVERIFY(frame.ParseFromArray(data.constData(), int(data.size())));
                            if (frame.has_hello())
                                hellos.append(frame.hello());
                            if (frame.has_renew())
                                renews.append(QString::fromStdString(frame.renew().access_token()));
                            m_last = socket;
                        });
                connect(socket, &QWebSocket::disconnected, this, [this, socket] {
                    clientCloseCodes.append(socket->closeCode());
                });
            }
        });
        return true;
    }
    quint16 port() const { return m_server->serverPort(); }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/events").arg(m_port = port())); }

    // Stops listening and drops every client, as a dying server would.
    void goDown()
    {
        m_port = port();
        m_server->close();
        for (QWebSocket *socket : std::as_const(m_clients))
            socket->abort();
        m_clients.clear();
        m_last = nullptr;
    }
    bool comeBack() { return listen(m_port); }

    void send(const v1::ServerFrame &frame)
    {
        QVERIFY(m_last);
        m_last->sendBinaryMessage(QByteArray::fromStdString(frame.SerializeAsString()));
    }
    void welcome(quint64 epoch, quint64 lastSequence, bool resumed)
    {
        v1::ServerFrame frame;
        frame.mutable_welcome()->set_epoch(epoch);
        frame.mutable_welcome()->set_last_sequence(lastSequence);
        frame.mutable_welcome()->set_resumed(resumed);
        send(frame);
    }
    void events(quint64 first, quint64 last)
    {
        v1::ServerFrame frame;
        for (quint64 sequence = first; sequence <= last; ++sequence) {
            v1::Event *event = frame.mutable_events()->add_events();
            event->set_sequence(sequence);
            event->set_topic("all");
            event->mutable_notice()->set_text("notice " + std::to_string(sequence));
        }
        send(frame);
    }
    void closeClient(QWebSocketProtocol::CloseCode code)
    {
        QVERIFY(m_last);
        m_last->close(code);
    }

    QList<v1::ClientHello> hellos;
    QList<QString> renews;
    QList<int> clientCloseCodes;

private:
    std::unique_ptr<QWebSocketServer> m_server;
    QList<QWebSocket *> m_clients;
    QWebSocket *m_last = nullptr;
    mutable quint16 m_port = 0;
};

static int eventCount(const QSignalSpy &spy)
{
    int count = 0;
    for (const QList<QVariant> &arguments : spy)
        count += arguments.at(0).value<session::EventBatchPtr>()->events_size();
    return count;
}

class TestEventStream : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeGateway> gateway;
    std::unique_ptr<session::EventStream> stream;

    void startConnected(quint64 epoch = 7, quint64 lastSequence = 0)
    {
        stream->start();
        QTRY_COMPARE(gateway->hellos.size(), 1);
        gateway->welcome(epoch, lastSequence, false);
        QTRY_COMPARE(stream->state(), session::StreamState::Connected);
    }

private slots:
    void init()
    {
        gateway = std::make_unique<FakeGateway>();
        stream = std::make_unique<session::EventStream>();
        stream->setUrl(gateway->url());
        stream->setAccessToken(QStringLiteral("token-1"));
        stream->setBackoff(20ms, 200ms);
        stream->setClientId(QStringLiteral("client-a"));
    }
    void cleanup()
    {
        stream.reset();
        gateway.reset();
    }

    void firstHelloCarriesTheTokenAndNoResumePoint()
    {
        QSignalSpy states(stream.get(), &session::EventStream::stateChanged);
        stream->start();
        QCOMPARE(stream->state(), session::StreamState::Connecting);
        QTRY_COMPARE(gateway->hellos.size(), 1);
        const v1::ClientHello &hello = gateway->hellos.first();
        QCOMPARE(hello.access_token(), "token-1");
        QCOMPARE(hello.resume_epoch(), 0u);
        QCOMPARE(hello.last_sequence(), 0u);
        QCOMPARE(hello.client_id(), "client-a");
        QCOMPARE(states.first().first().value<session::StreamState>(),
                 session::StreamState::Connecting);
    }

    void welcomeWithoutResumeRequiresASnapshot()
    {
        QSignalSpy snapshots(stream.get(), &session::EventStream::snapshotRequired);
        startConnected(7, 41);
        QCOMPARE(snapshots.size(), 1);
        QCOMPARE(stream->epoch(), 7u);
        QCOMPARE(stream->lastSequence(), 41u);
    }

    void eventsOfOneBurstArriveAsOneBatch()
    {
        startConnected();
        QSignalSpy batches(stream.get(), &session::EventStream::eventsReceived);
        gateway->events(1, 2);
        gateway->events(3, 4);
        gateway->events(5, 6);
        QTRY_COMPARE(eventCount(batches), 6);
        QCOMPARE(batches.size(), 1);
        QCOMPARE(stream->lastSequence(), 6u);
        const auto batch = batches.first().first().value<session::EventBatchPtr>();
        for (int i = 0; i < batch->events_size(); ++i)
            QCOMPARE(batch->events(i).sequence(), quint64(i + 1));
    }

    void eventsAlreadyProcessedAreDropped()
    {
        startConnected(7, 10);
        QSignalSpy batches(stream.get(), &session::EventStream::eventsReceived);
        gateway->events(9, 12);
        QTRY_COMPARE(eventCount(batches), 2);
        QCOMPARE(stream->lastSequence(), 12u);
    }

    void reconnectsByItselfAndResumesFromTheLastSequence()
    {
        QSignalSpy snapshots(stream.get(), &session::EventStream::snapshotRequired);
        QSignalSpy batches(stream.get(), &session::EventStream::eventsReceived);
        startConnected(7);
        gateway->events(1, 3);
        QTRY_COMPARE(eventCount(batches), 3);

        gateway->closeClient(QWebSocketProtocol::CloseCodeGoingAway);
        QTRY_COMPARE(stream->state(), session::StreamState::Reconnecting);
        QTRY_COMPARE(gateway->hellos.size(), 2);
        QCOMPARE(gateway->hellos.at(1).resume_epoch(), 7u);
        QCOMPARE(gateway->hellos.at(1).last_sequence(), 3u);
        QCOMPARE(gateway->hellos.at(1).access_token(), "token-1");

        gateway->welcome(7, 5, true);
        gateway->events(4, 5);
        QTRY_COMPARE(stream->state(), session::StreamState::Connected);
        QTRY_COMPARE(eventCount(batches), 5);
        QCOMPARE(snapshots.size(), 1);      // only the first welcome
        QCOMPARE(stream->reconnectAttempt(), 0);
    }

    void keepsTryingWithBackoffWhileTheServerIsDown()
    {
        startConnected();
        gateway->goDown();
        QTRY_COMPARE(stream->state(), session::StreamState::Reconnecting);
        QTRY_VERIFY(stream->reconnectAttempt() >= 3);
        QVERIFY(gateway->comeBack());
        QTRY_COMPARE(gateway->hellos.size(), 2);
        gateway->welcome(8, 0, false);
        QTRY_COMPARE(stream->state(), session::StreamState::Connected);
        QCOMPARE(stream->epoch(), 8u);
        QCOMPARE(stream->reconnectAttempt(), 0);
    }

    void newEpochAfterRestartRequiresASnapshot()
    {
        QSignalSpy snapshots(stream.get(), &session::EventStream::snapshotRequired);
        startConnected(7);
        gateway->events(1, 3);
        QTRY_COMPARE(stream->lastSequence(), 3u);
        gateway->closeClient(QWebSocketProtocol::CloseCodeGoingAway);
        QTRY_COMPARE(gateway->hellos.size(), 2);
        gateway->welcome(9, 100, false);
        QTRY_COMPARE(snapshots.size(), 2);
        QCOMPARE(stream->epoch(), 9u);
        QCOMPARE(stream->lastSequence(), 100u);
    }

    void close4401AsksForAFreshTokenThenReconnectsWithIt()
    {
        QSignalSpy rejected(stream.get(), &session::EventStream::tokenRejected);
        startConnected();
        gateway->closeClient(QWebSocketProtocol::CloseCode(session::EventStream::CloseUnauthenticated));
        QTRY_COMPARE(rejected.size(), 1);
        QCOMPARE(stream->state(), session::StreamState::Reconnecting);
        stream->setAccessToken(QStringLiteral("token-2"));
        QTRY_COMPARE(gateway->hellos.size(), 2);
        QCOMPARE(gateway->hellos.at(1).access_token(), "token-2");
    }

    void aNewTokenIsRenewedInPlaceWhileConnected()
    {
        startConnected();
        stream->setAccessToken(QStringLiteral("token-2"));
        QTRY_COMPARE(gateway->renews, QList<QString>{QStringLiteral("token-2")});
        QCOMPARE(gateway->hellos.size(), 1);
    }

    void aServerThatNeverWelcomesIsLeftAndRetried()
    {
        stream->setHelloTimeout(100ms);
        stream->start();
        QTRY_VERIFY(gateway->hellos.size() >= 2);
        QVERIFY(!stream->lastError().isEmpty());
    }

    void stopClosesNormallyAndStaysDown()
    {
        startConnected();
        QSignalSpy states(stream.get(), &session::EventStream::stateChanged);
        stream->stop();
        QCOMPARE(stream->state(), session::StreamState::Disconnected);
        QTRY_COMPARE(gateway->clientCloseCodes.size(), 1);
        QCOMPARE(gateway->clientCloseCodes.first(), int(QWebSocketProtocol::CloseCodeNormal));
        QCOMPARE(states.size(), 1);
        QVERIFY(!states.wait(300));     // longer than the backoff: nothing may reconnect
        QCOMPARE(gateway->hellos.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEventStream)
#include "tst_session_eventstream.moc"
