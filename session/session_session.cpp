#include "session_session.h"

#include "session_agent_store.h"
#include "session_auth.h"
#include "session_call_store.h"
#include "session_catalog_client.h"
#include "session_command_journal.h"
#include "session_connection.h"
#include "session_draft_store.h"
#include "session_event_stream.h"
#include "session_interaction_store.h"
#include "session_notice_store.h"
#include "session_rpc_p.h"
#include "session_transcript_store.h"

#include "switchboard/v1/gateway.grpc.pb.h"

#include <QLoggingCategory>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>
#include <QUuid>

namespace session {

Q_LOGGING_CATEGORY(lcSession, "switchboard.session", QtInfoMsg)

namespace v1 = switchboard::v1;
using GatewayStub = v1::GatewayService::Stub;

struct Session::Private {
    std::unique_ptr<GatewayStub> gateway;
    Backoff endpointRetry{std::chrono::seconds(1), std::chrono::seconds(30)};
    QTimer endpointTimer;
};

namespace {

QString journalPath(const QString &directory, const QString &userId)
{
    if (directory.isEmpty())
        return CommandJournal::defaultPath(userId);
    return directory + QLatin1Char('/') + QString::fromLatin1(userId.toUtf8().toHex()) + QStringLiteral(".json");
}

} // namespace

Session::Session(std::unique_ptr<Connection> connection, std::unique_ptr<Auth> auth,
                 QObject *parent, const QString &draftDirectory, const QString &journalDirectory)
    : QObject(parent),
      m_connection(std::move(connection)),
      m_auth(std::move(auth)),
      m_events(std::make_unique<EventStream>()),
      m_notices(std::make_unique<NoticeStore>()),
      m_drafts(std::make_unique<DraftStore>(draftDirectory.isEmpty()
                   ? DraftStore::defaultDirectory(m_auth->user().id) : draftDirectory)),
      m_journal(std::make_unique<CommandJournal>(journalPath(journalDirectory, m_auth->user().id))),
      m_agent(std::make_unique<AgentStore>(*m_connection, m_auth->user().id)),
      m_interactions(std::make_unique<InteractionStore>(*m_connection, m_auth->user().id)),
      m_transcripts(std::make_unique<TranscriptStore>(*m_connection, m_auth->user().id)),
      m_calls(std::make_unique<CallStore>(*m_connection, m_auth->user().id, *m_interactions)),
      m_catalog(std::make_unique<CatalogClient>(*m_connection)),
      d(std::make_unique<Private>())
{
    Q_ASSERT(m_auth->isSignedIn());
    m_user = m_auth->user();
    d->gateway = v1::GatewayService::NewStub(m_connection->channel());
    d->endpointTimer.setSingleShot(true);
    connect(&d->endpointTimer, &QTimer::timeout, this, &Session::resolveEndpoint);

    connect(m_auth.get(), &Auth::accessTokenChanged, m_events.get(), &EventStream::setAccessToken);
    connect(m_events.get(), &EventStream::tokenRejected, m_auth.get(), &Auth::refreshNow);
    connect(m_auth.get(), &Auth::signedOut, this, [this](const QString &reason) {
        d->endpointTimer.stop();
        m_events->stop();
        emit signedOut(reason);
    });

    connect(m_events.get(), &EventStream::eventsReceived, this, [this](const EventBatchPtr &batch) {
        QList<Notice> notices;
        bool modulesChanged = false;
        for (const v1::Event &event : batch->events()) {
            switch (event.payload_case()) {
            case v1::Event::kModuleAssignmentChanged:
                modulesChanged = true;
                break;
            case v1::Event::kNotice: {
                Notice notice;
                notice.sequence = event.sequence();
                notice.at = QDateTime::fromMSecsSinceEpoch(
                    event.at().seconds() * 1000 + event.at().nanos() / 1000000, Qt::UTC);
                notice.text = QString::fromStdString(event.notice().text());
                notice.fromUsername = QString::fromStdString(event.notice().from().username());
                notice.severity = QString::fromStdString(event.notice().severity());
                notices.append(notice);
                break;
            }
            case v1::Event::kSessionRevoked:
                if (QString::fromStdString(event.session_revoked().session_id()) == m_auth->sessionId()) {
                    const QString reason = QString::fromStdString(event.session_revoked().reason());
                    m_auth->expire(reason.isEmpty() ? tr("your session was revoked") : reason);
                    return;
                }
                break;
            default:
                break;
            }
        }
        m_notices->add(notices);
        m_agent->applyEvents(batch);
        m_interactions->applyEvents(batch);
        m_transcripts->applyEvents(batch);
        m_calls->applyEvents(batch);
        if (modulesChanged)
            m_catalog->sync();      // once per batch, however many events it held
    });

    // The server could not resume: what the stores hold may be stale.
    connect(m_events.get(), &EventStream::snapshotRequired, this, &Session::reloadStores);
    connect(m_events.get(), &EventStream::snapshotRequired, m_catalog.get(), &CatalogClient::sync);
    // A draft goes when its text was sent, or when its interaction is gone.
    connect(m_transcripts.get(), &TranscriptStore::messageSent, this,
            [this](const QString &interactionId, const QString &, const QString &text) {
                if (m_drafts->draft(interactionId) == text)
                    m_drafts->remove(interactionId);
            });
    connect(m_interactions.get(), &InteractionStore::interactionRemoved, this, [this](const QString &id) {
        m_drafts->remove(id);
        m_transcripts->close(id);   // history is the conversation service's, not ours to keep
    });
    connect(m_interactions.get(), &InteractionStore::reloaded, m_drafts.get(), &DraftStore::retainOnly);

    // Every voice interaction the agent holds has its call kept current, from the ring on.
    auto openCalls = [this] {
        for (const Interaction &interaction : m_interactions->interactions())
            if (interaction.channel == Channel::Voice)
                m_calls->open(interaction.id);
    };
    connect(m_interactions.get(), &InteractionStore::rowsAdded, this, openCalls);
    connect(m_interactions.get(), &InteractionStore::reloaded, this, openCalls);
    connect(m_interactions.get(), &InteractionStore::interactionRemoved, m_calls.get(), &CallStore::close);

    // Commands given while the server was unreachable go as soon as it is back: the
    // stream connected again, or a routing call got through.
    m_agent->setJournal(m_journal.get());
    m_interactions->setJournal(m_journal.get());
    connect(m_events.get(), &EventStream::stateChanged, m_journal.get(), [this](StreamState state) {
        if (state == StreamState::Connected)
            m_journal->replayNow();
    });
    connect(m_connection.get(), &Connection::serviceStateChanged, m_journal.get(),
            [this](const QString &name, ServiceState state) {
                if (name == QLatin1String("routing") && state == ServiceState::Ready)
                    m_journal->replayNow();
            });

    m_events->setClientId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_events->setAccessToken(m_auth->accessToken());
    m_connection->setMonitoredServices({QStringLiteral("identity"), QStringLiteral("gateway")});
    resolveEndpoint();
    if (m_user.roles.testFlag(Role::Agent)) {
        reloadStores();
        m_journal->replayNow();     // left by an earlier session (even one killed)
    }
}

void Session::reloadStores()
{
    if (!m_user.roles.testFlag(Role::Agent))
        return;     // GetMyAgent is for agents
    // One GetMyAgent feeds both the agent's state and its interactions.
    m_agent->reload([this](const v1::AgentSnapshot &snapshot) { m_interactions->applySnapshot(snapshot); });
    m_interactions->reload();
    m_transcripts->reload();
    m_calls->reload();
}

Session::~Session()
{
    // The stream first (it holds no calls); the connection, declared first, goes last
    // and waits for any call still in flight.
    m_events->stop();
}

bool Session::isSignedIn() const { return m_auth->isSignedIn(); }

void Session::signOut()
{
    m_auth->signOut();
}

void Session::resolveEndpoint()
{
    rpc::Options options;
    options.service = QStringLiteral("gateway");
    options.authenticated = false;
    options.timeout = std::chrono::seconds(5);
    rpc::unary(*m_connection, this, d->gateway->async(), &GatewayStub::async::GetEndpoint,
        v1::GetEndpointRequest(),
        [this](const grpc::Status &status, v1::GetEndpointResponse &response) {
            if (!isSignedIn())
                return;
            if (!status.ok()) {
                const auto delay = d->endpointRetry.nextDelay();
                qCInfo(lcSession) << "GetEndpoint failed:" << describeStatus(status)
                                  << "- retrying in" << delay.count() << "ms";
                d->endpointTimer.start(delay);
                return;
            }
            d->endpointRetry.reset();
            m_serverVersion = QString::fromStdString(response.server_version());
            QStringList hosted;
            for (const std::string &name : response.services())
                hosted << QString::fromStdString(name);
            m_hostedServices = hosted;
            if (!hosted.isEmpty())
                m_connection->setMonitoredServices(hosted);

            QUrl url;
            url.setScheme(response.tls() ? QStringLiteral("wss") : QStringLiteral("ws"));
            url.setHost(m_connection->host());
            url.setPort(response.port());
            url.setPath(response.path().empty() ? QStringLiteral("/events")
                                                : QString::fromStdString(response.path()));
            m_events->setUrl(url);
            if (response.tls() && !m_connection->caPem().isEmpty())
                m_events->setCaCertificates(QSslCertificate::fromData(m_connection->caPem()));
            qCInfo(lcSession) << "event stream at" << url.toString() << "services" << hosted;
            emit endpointResolved();
            m_events->start();
        },
        options);
}

} // namespace session
