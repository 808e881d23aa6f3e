// The gateway in-process: real sockets on 127.0.0.1, the in-process bus, real signed
// tokens, QWebSocket clients (and raw sockets for what a well-behaved client never does).

#include "gateway_service.h"

#include "runtime_auth.h"
#include "runtime_bus.h"
#include "runtime_service.h"
#include "runtime_tls.h"
#include "runtime_tokens.h"
#include "switchboard/v1/common.pb.h"
#include "switchboard/v1/gateway.pb.h"
#include "switchboard/v1/identity.pb.h"

#include <google/protobuf/util/json_util.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <functional>
#include <memory>

using namespace switchboard::v1;

namespace {

// A QWebSocket client that records what the gateway sends.
class Client : public QObject {
    Q_OBJECT
public:
    explicit Client(const QSslConfiguration *tls = nullptr)
    {
        if (tls)
            socket.setSslConfiguration(*tls);
        connect(&socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &m) {
            ServerFrame f;
            if (!f.ParseFromArray(m.constData(), int(m.size()))) {
                ++unparsable;
                return;
            }
            take(f);
        });
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &m) {
            ServerFrame f;
            if (!google::protobuf::util::JsonStringToMessage(m.toStdString(), &f).ok()) {
                ++unparsable;
                return;
            }
            ++textFrames;
            take(f);
        });
        connect(&socket, &QWebSocket::disconnected, this, [this] {
            closed = true;
            closeCode = socket.closeCode();
        });
    }

    void take(const ServerFrame &f)
    {
        if (f.has_welcome())
            welcome = f.welcome();
        if (f.has_error())
            errors.push_back(f.error());
        if (f.has_events()) {
            ++batches;
            for (const Event &e : f.events().events())
                events.push_back(e);
        }
    }

    bool open(const QUrl &url)
    {
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(url);
        return connected.wait(5000);
    }

    void hello(const std::string &token, quint64 epoch = 0, quint64 last = 0,
               const QStringList &extraTopics = {})
    {
        ClientFrame f;
        auto *h = f.mutable_hello();
        h->set_access_token(token);
        h->set_resume_epoch(epoch);
        h->set_last_sequence(last);
        for (const QString &t : extraTopics)
            h->add_extra_topics(t.toStdString());
        h->set_client_id("tst_gateway");
        send(f);
    }

    void send(const ClientFrame &f)
    {
        const std::string bytes = f.SerializeAsString();
        socket.sendBinaryMessage(QByteArray::fromStdString(bytes));
    }

    std::vector<quint64> sequences() const
    {
        std::vector<quint64> s;
        for (const Event &e : events)
            s.push_back(e.sequence());
        return s;
    }

    std::vector<std::string> topics() const
    {
        std::vector<std::string> t;
        for (const Event &e : events)
            t.push_back(e.topic());
        return t;
    }

    QWebSocket socket;
    std::optional<Welcome> welcome;
    std::vector<ServerError> errors;
    std::vector<Event> events;
    int batches = 0;
    int textFrames = 0;
    int unparsable = 0;
    bool closed = false;
    int closeCode = -1;
};

// A hand-driven socket for what QWebSocket would never send.
class RawClient {
public:
    bool connectTo(quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(5000);
    }

    // Sends the upgrade and waits for the response head; returns its status line.
    QByteArray handshake(const QByteArray &path = "/events")
    {
        const QByteArray key = QByteArray(16, 'k').toBase64();
        socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                     "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                     "Sec-WebSocket-Key: " + key + "\r\n\r\n");
        return readHead();
    }

    QByteArray readHead()
    {
        while (!buffer.contains("\r\n\r\n")) {
            if (!socket.waitForReadyRead(5000))
                return {};
            buffer += socket.readAll();
        }
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        return head.left(head.indexOf("\r\n") < 0 ? head.size() : head.indexOf("\r\n"));
    }

    void sendFrame(quint8 opcode, const QByteArray &payload, bool masked = true, bool fin = true,
                   quint64 claimedLength = ~0ull)
    {
        QByteArray f;
        f.append(char((fin ? 0x80 : 0) | opcode));
        const quint64 len = claimedLength == ~0ull ? quint64(payload.size()) : claimedLength;
        const char maskBit = masked ? char(0x80) : 0;
        if (len < 126) {
            f.append(char(maskBit | char(len)));
        } else if (len <= 0xffff) {
            f.append(char(maskBit | 126));
            f.append(char(len >> 8));
            f.append(char(len & 0xff));
        } else {
            f.append(char(maskBit | 127));
            for (int s = 56; s >= 0; s -= 8)
                f.append(char((len >> s) & 0xff));
        }
        QByteArray body = payload;
        if (masked) {
            const char mask[4] = {0x11, 0x22, 0x33, 0x44};
            f.append(mask, 4);
            for (qsizetype i = 0; i < body.size(); ++i)
                body[i] = char(body[i] ^ mask[i & 3]);
        }
        f.append(body);
        socket.write(f);
        socket.flush();
    }

    void sendHello(const std::string &token)
    {
        ClientFrame f;
        f.mutable_hello()->set_access_token(token);
        sendFrame(0x2, QByteArray::fromStdString(f.SerializeAsString()));
    }

    // Reads frames until a close frame arrives; its code, or -1 when the socket ended
    // without one.
    int waitForCloseCode()
    {
        for (;;) {
            while (buffer.size() >= 2) {
                const quint8 op = quint8(buffer[0]) & 0x0f;
                quint64 len = quint8(buffer[1]) & 0x7f;
                int header = 2;
                if (len == 126) {
                    if (buffer.size() < 4)
                        break;
                    len = (quint8(buffer[2]) << 8) | quint8(buffer[3]);
                    header = 4;
                } else if (len == 127) {
                    if (buffer.size() < 10)
                        break;
                    len = 0;
                    for (int i = 0; i < 8; ++i)
                        len = (len << 8) | quint8(buffer[2 + i]);
                    header = 10;
                }
                if (quint64(buffer.size()) < header + len)
                    break;
                const QByteArray payload = buffer.mid(header, qsizetype(len));
                buffer.remove(0, header + qsizetype(len));
                if (op == 0x8)
                    return payload.size() >= 2 ? (quint8(payload[0]) << 8) | quint8(payload[1])
                                               : 1005;
            }
            if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
                return -1;
            if (!socket.waitForReadyRead(5000) && socket.bytesAvailable() == 0)
                return -1;
            buffer += socket.readAll();
        }
    }

    bool waitForDisconnected()
    {
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        return socket.waitForDisconnected(5000);
    }

    QTcpSocket socket;
    QByteArray buffer;
};

} // namespace

class TstGateway : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void helloGetsWelcome();
    void helloGetsWelcomeOverTls();
    void jsonHelloIsAnsweredInJson();
    void eventsOnlyForClientTopics();
    void eventsAreRoutedPerUser();
    void supervisorReceivesSubscribedQueue();
    void eventsOfOneTurnArriveAsOneBatch();
    void reconnectWithLastSequenceGetsExactlyTheMissedEvents();
    void resumeFromTooOldSequenceIsNotResumed();
    void resumeWithWrongEpochIsNotResumed();
    void invalidTokenClosesWith4401();
    void firstFrameNotHelloClosesWith4409();
    void forbiddenTopicForAgentClosesWith4403();
    void unknownTopicClosesWith1008();
    void renewForAnotherUserClosesWith4401();
    void revokedSessionClosesWith4401();
    void expiredTokenClosesWith4401();
    void garbageAndMalformedFramesLeaveOthersReceiving_data();
    void garbageAndMalformedFramesLeaveOthersReceiving();
    void fragmentedHelloIsReassembled();
    void unknownPathGets404AndPlainGetGets426();
    void slowClientIsCutOffWhileOthersKeepReceiving();
    void silentPeerIsDropped();
    void clientPingIsAnsweredWithPong();
    void stopClosesClientsWith1001();

private:
    void startGateway(const std::function<void(runtime::ServerOptions &)> &adjust = {},
                      bool tls = false);
    std::string token(const std::string &userId, std::vector<Role> roles,
                      const std::string &sessionId = {}, qint64 ttlMs = 600000);
    QUrl url() const;
    quint64 publish(const std::string &topic, const std::string &text = {});
    std::unique_ptr<Client> welcomed(const std::string &userId, std::vector<Role> roles,
                                     const QStringList &extra = {});

    runtime::ServerOptions m_options;
    std::unique_ptr<runtime::Bus> m_bus;
    std::unique_ptr<runtime::SigningKey> m_key;
    std::unique_ptr<runtime::TokenVerifier> m_verifier;
    std::unique_ptr<runtime::Authenticator> m_auth;
    std::unique_ptr<runtime::ServiceContext> m_context;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::optional<runtime::TlsMaterial> m_tls;
    std::optional<QSslConfiguration> m_clientTls;
    std::unique_ptr<gateway::Service> m_gateway;
    int m_sessionCounter = 0;
};

void TstGateway::init()
{
    m_options = runtime::ServerOptions{};
    m_options.services = {"gateway"};
    m_options.wsListen = "127.0.0.1:0";
    m_options.insecure = true;
    m_bus = runtime::makeInProcessBus();
    m_key = std::make_unique<runtime::SigningKey>(runtime::SigningKey::generate());
    m_verifier = std::make_unique<runtime::TokenVerifier>();
    m_verifier->addPublicKey(m_key->keyId(), m_key->publicBytes());
    m_auth = std::make_unique<runtime::Authenticator>(*m_verifier);
}

void TstGateway::cleanup()
{
    m_gateway.reset();
    m_context.reset();
    m_auth.reset();
    m_verifier.reset();
    m_bus.reset();
    m_tls.reset();
    m_clientTls.reset();
    m_dataDir.reset();
}

void TstGateway::startGateway(const std::function<void(runtime::ServerOptions &)> &adjust,
                              bool tls)
{
    if (adjust)
        adjust(m_options);
    m_context.reset(new runtime::ServiceContext{m_options, *m_bus, *m_verifier, *m_auth,
                                                nullptr, "0"});
    if (tls) {
        m_dataDir = std::make_unique<QTemporaryDir>();
        m_tls = runtime::ensureServerTls(m_dataDir->path().toStdString());
        QSslConfiguration client = QSslConfiguration::defaultConfiguration();
        client.setCaCertificates(
            QSslCertificate::fromData(QByteArray::fromStdString(m_tls->caCertPem)));
        client.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_clientTls = client;
        m_options.insecure = false;
    }
    m_gateway = std::make_unique<gateway::Service>(*m_context, tls ? &*m_tls : nullptr);
    m_gateway->start();
    QVERIFY(m_gateway->port() > 0);
}

std::string TstGateway::token(const std::string &userId, std::vector<Role> roles,
                              const std::string &sessionId, qint64 ttlMs)
{
    SessionClaims claims;
    claims.set_user_id(userId);
    claims.set_username("name-" + userId);
    for (Role r : roles)
        claims.add_roles(r);
    claims.set_session_id(sessionId.empty() ? "s" + std::to_string(++m_sessionCounter)
                                            : sessionId);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    claims.set_issued_at_ms(now);
    claims.set_expires_at_ms(now + ttlMs);
    return m_key->sign(claims);
}

QUrl TstGateway::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2/events")
                    .arg(m_clientTls ? "wss" : "ws")
                    .arg(m_gateway->port()));
}

quint64 TstGateway::publish(const std::string &topic, const std::string &text)
{
    Event e;
    e.set_topic(topic);
    e.mutable_notice()->set_text(text.empty() ? "to " + topic : text);
    return m_bus->publish(std::move(e));
}

std::unique_ptr<Client> TstGateway::welcomed(const std::string &userId, std::vector<Role> roles,
                                             const QStringList &extra)
{
    auto c = std::make_unique<Client>(m_clientTls ? &*m_clientTls : nullptr);
    if (!c->open(url()))
        return nullptr;
    c->hello(token(userId, roles), 0, 0, extra);
    QSignalSpy frames(&c->socket, &QWebSocket::binaryMessageReceived);
    if (!c->welcome && !frames.wait(5000))
        return nullptr;
    return c->welcome ? std::move(c) : nullptr;
}

void TstGateway::helloGetsWelcome()
{
    startGateway();
    publish("all");
    publish("all");
    auto c = welcomed("u1", {ROLE_AGENT});
    QVERIFY(c);
    QCOMPARE(c->welcome->epoch(), m_bus->epoch());
    QCOMPARE(c->welcome->last_sequence(), 2u);
    QCOMPARE(c->welcome->resumed(), false);
    QCOMPARE(c->welcome->user_id(), "u1");
    const QStringList topics = [&] {
        QStringList t;
        for (const auto &s : c->welcome->topics())
            t << QString::fromStdString(s);
        return t;
    }();
    QCOMPARE(topics, (QStringList{"all", "role:agent", "user:u1"}));
    QVERIFY(c->events.empty());   // events before the welcome are the snapshot's business
}

void TstGateway::helloGetsWelcomeOverTls()
{
    startGateway({}, true);
    QCOMPARE(url().scheme(), "wss");
    auto c = welcomed("u1", {ROLE_SUPERVISOR});
    QVERIFY(c);
    QCOMPARE(c->welcome->user_id(), "u1");
    publish("role:supervisor");
    QTRY_COMPARE(c->events.size(), 1u);
}

void TstGateway::jsonHelloIsAnsweredInJson()
{
    startGateway();
    Client c;
    QVERIFY(c.open(url()));
    c.socket.sendTextMessage(QStringLiteral("{\"hello\":{\"accessToken\":\"%1\"}}")
                                 .arg(QString::fromStdString(token("u1", {ROLE_AGENT}))));
    QTRY_VERIFY(c.welcome);
    publish("user:u1");
    QTRY_COMPARE(c.events.size(), 1u);
    QCOMPARE(c.textFrames, 2);
    QCOMPARE(c.events[0].notice().text(), "to user:u1");
}

void TstGateway::eventsOnlyForClientTopics()
{
    startGateway();
    auto c = welcomed("u1", {ROLE_AGENT});
    QVERIFY(c);
    for (const char *t : {"queue:q1", "role:supervisor", "role:agent", "user:u2", "all",
                          "user:u1", "role:admin"})
        publish(t);
    publish("all");   // the last one: once it is in, everything before was handled
    QTRY_COMPARE(c->events.size(), 4u);
    QCOMPARE(c->topics(), (std::vector<std::string>{"role:agent", "all", "user:u1", "all"}));
    QCOMPARE(c->sequences(), (std::vector<quint64>{3, 5, 6, 8}));
}

void TstGateway::eventsAreRoutedPerUser()
{
    startGateway();
    auto a = welcomed("alice", {ROLE_AGENT});
    auto b = welcomed("bob", {ROLE_AGENT});
    QVERIFY(a && b);
    publish("user:alice", "for alice");
    publish("user:bob", "for bob");
    publish("user:bob", "for bob again");
    QTRY_COMPARE(b->events.size(), 2u);
    QTRY_COMPARE(a->events.size(), 1u);
    QCOMPARE(a->events[0].notice().text(), "for alice");
    QCOMPARE(b->events[0].notice().text(), "for bob");
    QCOMPARE(b->events[1].notice().text(), "for bob again");
}

void TstGateway::supervisorReceivesSubscribedQueue()
{
    startGateway();
    auto s = welcomed("sup", {ROLE_SUPERVISOR}, {"queue:q1"});
    QVERIFY(s);
    publish("queue:q1");
    publish("queue:q2");
    ClientFrame sub;
    sub.mutable_subscribe()->add_topics("queue:q2");
    s->send(sub);
    QTRY_COMPARE(s->events.size(), 1u);
    // Once a later event shows up, the subscription is in force.
    QTRY_VERIFY([&] { publish("queue:q2"); return s->events.size() >= 2; }());
    QCOMPARE(s->events[0].topic(), "queue:q1");
    QCOMPARE(s->events[1].topic(), "queue:q2");
}

void TstGateway::eventsOfOneTurnArriveAsOneBatch()
{
    startGateway([](runtime::ServerOptions &o) { o.wsThreads = 1; });
    auto c = welcomed("u1", {ROLE_AGENT});
    QVERIFY(c);
    // Publishing is much quicker than a worker's turn (wake-up, framing, a write):
    // events published while it is busy come in one ServerFrame.events.
    for (int i = 0; i < 200; ++i)
        publish("all");
    QTRY_COMPARE(c->events.size(), 200u);
    QVERIFY2(c->batches < 200, qPrintable(QString::number(c->batches)));
    for (std::size_t i = 1; i < c->events.size(); ++i)
        QCOMPARE(c->events[i].sequence(), c->events[i - 1].sequence() + 1);
}

void TstGateway::reconnectWithLastSequenceGetsExactlyTheMissedEvents()
{
    startGateway();
    auto other = welcomed("u2", {ROLE_AGENT});
    QVERIFY(other);
    const std::string tok = token("u1", {ROLE_AGENT});
    auto c = std::make_unique<Client>();
    QVERIFY(c->open(url()));
    c->hello(tok);
    QTRY_VERIFY(c->welcome);
    const quint64 epoch = c->welcome->epoch();
    publish("all");
    publish("user:u1");
    QTRY_COMPARE(c->events.size(), 2u);
    const quint64 last = c->events.back().sequence();
    c->socket.close();
    QTRY_VERIFY(c->closed);

    // While away: some for u1, some not.
    std::vector<quint64> expected;
    expected.push_back(publish("user:u1", "missed 1"));
    publish("user:u2");
    expected.push_back(publish("all", "missed 2"));
    publish("role:admin");
    expected.push_back(publish("role:agent", "missed 3"));

    auto again = std::make_unique<Client>();
    QVERIFY(again->open(url()));
    again->hello(tok, epoch, last);
    QTRY_VERIFY(again->welcome);
    QVERIFY(again->welcome->resumed());
    QCOMPARE(again->welcome->last_sequence(), m_bus->lastSequence());
    expected.push_back(publish("user:u1", "new"));
    QTRY_COMPARE(again->events.size(), 4u);
    QCOMPARE(again->sequences(), expected);
    QCOMPARE(again->events[0].notice().text(), "missed 1");
    QCOMPARE(again->events[3].notice().text(), "new");
    // Nothing repeated later either.
    const quint64 marker = publish("user:u1", "marker");
    QTRY_COMPARE(again->events.size(), 5u);
    QCOMPARE(again->events.back().sequence(), marker);
}

void TstGateway::resumeFromTooOldSequenceIsNotResumed()
{
    startGateway([](runtime::ServerOptions &o) { o.wsResumeBufferEvents = 5; });
    for (int i = 0; i < 20; ++i)
        publish("all");
    Client c;
    QVERIFY(c.open(url()));
    c.hello(token("u1", {ROLE_AGENT}), m_bus->epoch(), 2);
    QTRY_VERIFY(c.welcome);
    QCOMPARE(c.welcome->resumed(), false);
    QCOMPARE(c.welcome->last_sequence(), 20u);
    // Inside the buffer, the same request resumes.
    Client d;
    QVERIFY(d.open(url()));
    d.hello(token("u1", {ROLE_AGENT}), m_bus->epoch(), 16);
    QTRY_VERIFY(d.welcome);
    QVERIFY(d.welcome->resumed());
    QTRY_COMPARE(d.sequences(), (std::vector<quint64>{17, 18, 19, 20}));
    QVERIFY(c.events.empty());
}

void TstGateway::resumeWithWrongEpochIsNotResumed()
{
    startGateway();
    publish("all");
    publish("all");
    Client c;
    QVERIFY(c.open(url()));
    c.hello(token("u1", {ROLE_AGENT}), m_bus->epoch() + 1, 1);
    QTRY_VERIFY(c.welcome);
    QCOMPARE(c.welcome->resumed(), false);
    QCOMPARE(c.welcome->epoch(), m_bus->epoch());
    publish("all");
    QTRY_COMPARE(c.sequences(), (std::vector<quint64>{3}));
}

void TstGateway::invalidTokenClosesWith4401()
{
    startGateway();
    Client c;
    QVERIFY(c.open(url()));
    std::string forged = token("u1", {ROLE_ADMIN});
    // Not the last character: its low bits are padding and may not change the bytes.
    char &c10 = forged[forged.size() - 10];
    c10 = c10 == 'A' ? 'B' : 'A';
    c.hello(forged);
    QTRY_VERIFY(c.closed);
    QCOMPARE(c.closeCode, 4401);
    QVERIFY(!c.welcome);
    QCOMPARE(c.errors.size(), 1u);
    QCOMPARE(c.errors[0].code(), "unauthenticated");
}

void TstGateway::firstFrameNotHelloClosesWith4409()
{
    startGateway();
    Client c;
    QVERIFY(c.open(url()));
    ClientFrame f;
    f.mutable_subscribe()->add_topics("all");
    c.send(f);
    QTRY_VERIFY(c.closed);
    QCOMPARE(c.closeCode, 4409);
}

void TstGateway::forbiddenTopicForAgentClosesWith4403()
{
    startGateway();
    Client c;
    QVERIFY(c.open(url()));
    c.hello(token("u1", {ROLE_AGENT}), 0, 0, {"queue:q-sales"});
    QTRY_VERIFY(c.closed);
    QCOMPARE(c.closeCode, 4403);
    QCOMPARE(c.errors.size(), 1u);
    QCOMPARE(c.errors[0].code(), "forbidden_topic");

    // The same through Subscribe after the welcome.
    auto d = welcomed("u1", {ROLE_AGENT});
    QVERIFY(d);
    ClientFrame f;
    f.mutable_subscribe()->add_topics("queue:q-sales");
    d->send(f);
    QTRY_VERIFY(d->closed);
    QCOMPARE(d->closeCode, 4403);
}

void TstGateway::unknownTopicClosesWith1008()
{
    startGateway();
    Client c;
    QVERIFY(c.open(url()));
    c.hello(token("u1", {ROLE_ADMIN}), 0, 0, {"weather:today"});
    QTRY_VERIFY(c.closed);
    QCOMPARE(c.closeCode, 1008);
    QCOMPARE(c.errors.at(0).code(), "invalid_topic");
}

void TstGateway::renewForAnotherUserClosesWith4401()
{
    startGateway();
    auto c = welcomed("u1", {ROLE_AGENT});
    QVERIFY(c);
    ClientFrame same;
    same.mutable_renew()->set_access_token(token("u1", {ROLE_AGENT}));
    c->send(same);
    publish("user:u1");
    QTRY_COMPARE(c->events.size(), 1u);   // renewed and still receiving
    ClientFrame other;
    other.mutable_renew()->set_access_token(token("u2", {ROLE_AGENT}));
    c->send(other);
    QTRY_VERIFY(c->closed);
    QCOMPARE(c->closeCode, 4401);
}

void TstGateway::revokedSessionClosesWith4401()
{
    startGateway();
    auto c = std::make_unique<Client>();
    QVERIFY(c->open(url()));
    c->hello(token("u1", {ROLE_AGENT}, "session-x"));
    QTRY_VERIFY(c->welcome);
    auto bystander = welcomed("u1", {ROLE_AGENT});   // same user, another session
    QVERIFY(bystander);

    Event e;
    e.set_topic("user:u1");
    e.mutable_session_revoked()->set_session_id("session-x");
    e.mutable_session_revoked()->set_user_id("u1");
    e.mutable_session_revoked()->set_reason("signed out");
    m_bus->publish(e);
    QTRY_VERIFY(c->closed);
    QCOMPARE(c->closeCode, 4401);
    publish("user:u1");
    QTRY_COMPARE(bystander->events.size(), 2u);
    QVERIFY(!bystander->closed);
}

void TstGateway::expiredTokenClosesWith4401()
{
    startGateway();
    Client c;
    QVERIFY(c.open(url()));
    c.hello(token("u1", {ROLE_AGENT}, {}, 600));
    QTRY_VERIFY(c.welcome);
    QTRY_VERIFY_WITH_TIMEOUT(c.closed, 5000);
    QCOMPARE(c.closeCode, 4401);
}

void TstGateway::garbageAndMalformedFramesLeaveOthersReceiving_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expectedClose");   // -1: TCP close without a close frame
    QTest::newRow("garbage instead of HTTP") << "garbage" << -1;
    QTest::newRow("unmasked frame") << "unmasked" << 1008;
    QTest::newRow("unknown opcode") << "opcode" << 1008;
    QTest::newRow("oversize frame") << "oversize" << 1008;
    QTest::newRow("invalid protobuf") << "protobuf" << 1008;
    QTest::newRow("continuation without start") << "continuation" << 1008;
    QTest::newRow("reserved bits") << "rsv" << 1008;
}

void TstGateway::garbageAndMalformedFramesLeaveOthersReceiving()
{
    QFETCH(QString, kind);
    QFETCH(int, expectedClose);
    startGateway([](runtime::ServerOptions &o) { o.wsThreads = 1; });   // share the thread
    auto good = welcomed("u1", {ROLE_AGENT});
    QVERIFY(good);

    RawClient bad;
    QVERIFY(bad.connectTo(quint16(m_gateway->port())));
    if (kind == "garbage") {
        bad.socket.write(QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03garbage", 18));
    } else {
        QCOMPARE(bad.handshake(), "HTTP/1.1 101 Switching Protocols");
        if (kind != "protobuf")
            bad.sendHello(token("u9", {ROLE_AGENT}));
        if (kind == "unmasked")
            bad.sendFrame(0x2, "abc", false);
        else if (kind == "opcode")
            bad.sendFrame(0x3, "abc");
        else if (kind == "oversize")
            bad.sendFrame(0x2, QByteArray(16, 'x'), true, true, 2 * 1024 * 1024);
        else if (kind == "protobuf")
            bad.sendFrame(0x2, QByteArray("\xff\xff\xff\xff\x0f", 5));
        else if (kind == "continuation")
            bad.sendFrame(0x0, "abc");
        else if (kind == "rsv")
            bad.sendFrame(0x42, "abc");
    }
    QCOMPARE(bad.waitForCloseCode(), expectedClose);
    QVERIFY(bad.waitForDisconnected());

    publish("all");
    QTRY_COMPARE(good->events.size(), 1u);
    QVERIFY(!good->closed);
}

void TstGateway::fragmentedHelloIsReassembled()
{
    startGateway();
    RawClient raw;
    QVERIFY(raw.connectTo(quint16(m_gateway->port())));
    QCOMPARE(raw.handshake(), "HTTP/1.1 101 Switching Protocols");
    ClientFrame f;
    f.mutable_hello()->set_access_token(token("u1", {ROLE_AGENT}));
    const QByteArray bytes = QByteArray::fromStdString(f.SerializeAsString());
    raw.sendFrame(0x2, bytes.left(10), true, false);
    raw.sendFrame(0x9, "ping between fragments");   // control frames may interleave
    raw.sendFrame(0x0, bytes.mid(10, 20), true, false);
    raw.sendFrame(0x0, bytes.mid(30), true, true);
    // Expect a pong, then a welcome.
    QByteArray got;
    while (got.size() < 2 || !(got.contains(char(0x8A)) && got.indexOf(char(0x82)) >= 0)) {
        QVERIFY(raw.socket.waitForReadyRead(5000));
        got += raw.socket.readAll();
    }
    const qsizetype at = got.indexOf(char(0x82));
    ServerFrame sf;
    const int len = quint8(got[at + 1]);
    QVERIFY(len < 126);
    while (got.size() < at + 2 + len) {
        QVERIFY(raw.socket.waitForReadyRead(5000));
        got += raw.socket.readAll();
    }
    QVERIFY(sf.ParseFromArray(got.constData() + at + 2, len));
    QVERIFY(sf.has_welcome());
    QCOMPARE(sf.welcome().user_id(), "u1");
}

void TstGateway::unknownPathGets404AndPlainGetGets426()
{
    startGateway();
    {
        RawClient raw;
        QVERIFY(raw.connectTo(quint16(m_gateway->port())));
        QCOMPARE(raw.handshake("/nowhere"), "HTTP/1.1 404 Not Found");
        QVERIFY(raw.waitForDisconnected());
    }
    {
        RawClient raw;
        QVERIFY(raw.connectTo(quint16(m_gateway->port())));
        raw.socket.write("GET /events HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(raw.readHead(), "HTTP/1.1 426 Upgrade Required");
    }
    {
        RawClient raw;
        QVERIFY(raw.connectTo(quint16(m_gateway->port())));
        raw.socket.write("GET /events HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                         "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                         "Sec-WebSocket-Key: short\r\n\r\n");
        QCOMPARE(raw.readHead(), "HTTP/1.1 400 Bad Request");
    }
}

void TstGateway::slowClientIsCutOffWhileOthersKeepReceiving()
{
    startGateway([](runtime::ServerOptions &o) {
        o.wsSendBufferLimitBytes = 1024 * 1024;
        o.wsThreads = 1;   // the slow and the good client share a worker
    });
    auto good = welcomed("u1", {ROLE_AGENT});
    QVERIFY(good);

    RawClient slow;
    slow.socket.setReadBufferSize(1024);   // and then never read: the kernel buffers fill
    QVERIFY(slow.connectTo(quint16(m_gateway->port())));
    QCOMPARE(slow.handshake(), "HTTP/1.1 101 Switching Protocols");
    slow.sendHello(token("u2", {ROLE_AGENT}));
    QTRY_COMPARE(m_gateway->connectionCount(), 2);

    const std::string big(32 * 1024, 'x');
    std::size_t published = 0;
    // Rounds of 256 KiB, each taken in full by the good client before the next: only a
    // client that does not read at all piles up more than the 1 MiB limit.
    for (int round = 0; round < 400 && m_gateway->connectionCount() == 2; ++round) {
        for (int i = 0; i < 8; ++i, ++published)
            publish("all", big);
        QTRY_COMPARE_WITH_TIMEOUT(good->events.size(), published, 10000);
    }
    QTRY_COMPARE(m_gateway->connectionCount(), 1);
    QVERIFY(!good->closed);
    publish("all", "after");
    QTRY_COMPARE(good->events.size(), published + 1);
    // Reading now, the slow client finds its connection gone.
    slow.socket.setReadBufferSize(0);
    QVERIFY(slow.waitForCloseCode() == 4408 || slow.socket.state() != QAbstractSocket::ConnectedState);
}

void TstGateway::silentPeerIsDropped()
{
    startGateway([](runtime::ServerOptions &o) { o.wsPingIntervalMs = 100; });
    auto alive = welcomed("u1", {ROLE_AGENT});   // QWebSocket answers pings itself
    QVERIFY(alive);
    RawClient silent;
    QVERIFY(silent.connectTo(quint16(m_gateway->port())));
    QCOMPARE(silent.handshake(), "HTTP/1.1 101 Switching Protocols");
    silent.sendHello(token("u2", {ROLE_AGENT}));
    QTRY_COMPARE(m_gateway->connectionCount(), 2);
    // It reads (and so sees the pings) but never answers.
    QSignalSpy gone(&silent.socket, &QTcpSocket::disconnected);
    QVERIFY(gone.wait(5000));
    QTRY_COMPARE(m_gateway->connectionCount(), 1);
    publish("all");
    QTRY_COMPARE(alive->events.size(), 1u);
    QVERIFY(!alive->closed);
}

void TstGateway::clientPingIsAnsweredWithPong()
{
    startGateway();
    auto c = welcomed("u1", {ROLE_AGENT});
    QVERIFY(c);
    QSignalSpy pong(&c->socket, &QWebSocket::pong);
    c->socket.ping("are you there");
    QVERIFY(pong.wait(5000));
    QCOMPARE(pong.at(0).at(1).toByteArray(), "are you there");
}

void TstGateway::stopClosesClientsWith1001()
{
    startGateway();
    auto a = welcomed("u1", {ROLE_AGENT});
    auto b = welcomed("u2", {ROLE_ADMIN});
    QVERIFY(a && b);
    m_gateway->stop();
    QTRY_VERIFY(a->closed && b->closed);
    QCOMPARE(a->closeCode, 1001);
    QCOMPARE(b->closeCode, 1001);
}

QTEST_GUILESS_MAIN(TstGateway)
#include "tst_gateway.moc"
