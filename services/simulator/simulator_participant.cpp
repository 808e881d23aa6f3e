#include "simulator_participant.h"

#include "session_auth.h"
#include "session_session.h"

#include <QTimer>

namespace simulator {

// Holds the Auth of a sign-in until it succeeds and moves into the Session.
class SignInAttempt {
public:
    std::unique_ptr<session::Connection> connection;
    std::unique_ptr<session::Auth> auth;
};

Participant::Participant(const session::ConnectionOptions &options, const QString &username,
                         const QString &password, QObject *parent)
    : QObject(parent), m_options(options), m_username(username), m_password(password)
{
}

Participant::~Participant() = default;

session::Connection &Participant::connection() const
{
    return m_session->connection();
}

QString Participant::userId() const
{
    return m_session ? m_session->userId() : QString();
}

void Participant::start()
{
    signIn();
}

void Participant::signIn()
{
    m_attempt = std::make_unique<SignInAttempt>();
    m_attempt->connection = std::make_unique<session::Connection>(m_options);
    m_attempt->auth = std::make_unique<session::Auth>(*m_attempt->connection);
    m_attempt->auth->setClientName(QStringLiteral("switchboard-sim"));
    connect(m_attempt->auth.get(), &session::Auth::signedIn, this, [this] {
        m_session = std::make_unique<session::Session>(std::move(m_attempt->connection), std::move(m_attempt->auth));
        // The attempt is now empty; destroy it outside of its own signal.
        QTimer::singleShot(0, this, [this] { m_attempt.reset(); });
        connect(&m_session->events(), &session::EventStream::eventsReceived, this, &Participant::events);
        connect(&m_session->events(), &session::EventStream::snapshotRequired, this, &Participant::snapshotRequired);
        emit ready();
    });
    connect(m_attempt->auth.get(), &session::Auth::signInFailed, this,
            [this](session::SignInError error, const QString &message) {
                if (error == session::SignInError::ServerUnreachable && ++m_attempts < 60) {
                    QTimer::singleShot(500, this, [this] { signIn(); });
                    return;
                }
                emit failed(m_username + ": " + message);
            });
    m_attempt->auth->signIn(m_username, m_password);
}

} // namespace simulator
