#pragma once
// session::Session: the composition root of one signed-in user (in the manner of
// Telegram Desktop's Main::Session). It owns the connection, the authentication, the
// event stream and the stores, in dependency order, all on the GUI thread; gRPC
// results hop over by queued invocation. Nothing here exposes grpc or protobuf types.
//
//   auto connection = std::make_unique<session::Connection>(options);
//   auto auth = std::make_unique<session::Auth>(*connection);
//   auth->signIn(user, password);      // ... on signedIn():
//   auto s = std::make_unique<session::Session>(std::move(connection), std::move(auth));

#include "session_types.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace session {

class AgentStore;
class Auth;
class CallStore;
class CatalogClient;
class CommandJournal;
class Connection;
class DraftStore;
class EventStream;
class InteractionStore;
class NoticeStore;
class TranscriptStore;

class Session : public QObject {
    Q_OBJECT
public:
    // `auth` must be signed in on `connection`. Starts at once: asks the gateway where
    // its WebSocket listens, monitors the hosted services, connects the event stream,
    // loads the agent's stores. Drafts live in `draftDirectory` (empty: the default,
    // DraftStore::defaultDirectory()); the offline journal in `journalDirectory`, one
    // file per user (empty: CommandJournal::defaultPath()). A journal left by an earlier
    // session of the user is replayed as soon as the server answers.
    Session(std::unique_ptr<Connection> connection, std::unique_ptr<Auth> auth,
            QObject *parent = nullptr, const QString &draftDirectory = {},
            const QString &journalDirectory = {});
    ~Session() override;

    Connection &connection() const { return *m_connection; }
    Auth &auth() const { return *m_auth; }
    EventStream &events() const { return *m_events; }
    NoticeStore &notices() const { return *m_notices; }
    AgentStore &agent() const { return *m_agent; }
    InteractionStore &interactions() const { return *m_interactions; }
    TranscriptStore &transcripts() const { return *m_transcripts; }
    DraftStore &drafts() const { return *m_drafts; }
    CallStore &calls() const { return *m_calls; }
    CommandJournal &journal() const { return *m_journal; }
    // The modules the catalog assigns to this user: configure it, then start() it (it
    // syncs on every ModuleAssignmentChanged event and after a snapshot is required).
    CatalogClient &catalog() const { return *m_catalog; }

    UserInfo user() const { return m_user; }
    QString userId() const { return m_user.id; }
    QString username() const { return m_user.username; }
    QString displayName() const { return m_user.displayName; }
    Roles roles() const { return m_user.roles; }
    bool hasRole(Role role) const { return m_user.roles.testFlag(role); }

    QStringList hostedServices() const { return m_hostedServices; }   // from the gateway
    QString serverVersion() const { return m_serverVersion; }
    bool isSignedIn() const;

    // Revokes the session on the server; signedOut() follows.
    void signOut();

signals:
    void endpointResolved();
    // The session ended (signed out here, revoked, or expired): tear it down.
    void signedOut(const QString &reason);

private:
    void resolveEndpoint();
    void reloadStores();

    struct Private;
    const std::unique_ptr<Connection> m_connection;
    const std::unique_ptr<Auth> m_auth;
    const std::unique_ptr<EventStream> m_events;
    const std::unique_ptr<NoticeStore> m_notices;
    const std::unique_ptr<DraftStore> m_drafts;
    const std::unique_ptr<CommandJournal> m_journal;
    const std::unique_ptr<AgentStore> m_agent;
    const std::unique_ptr<InteractionStore> m_interactions;
    const std::unique_ptr<TranscriptStore> m_transcripts;
    const std::unique_ptr<CallStore> m_calls;
    const std::unique_ptr<CatalogClient> m_catalog;
    const std::unique_ptr<Private> d;
    UserInfo m_user;
    QStringList m_hostedServices;
    QString m_serverVersion;
};

} // namespace session
