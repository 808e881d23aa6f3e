#pragma once
// One signed-in user of a live simulation (a bot agent, or the customers' service
// account): the client's own session core (session::Session: connection, token
// refresh, the event stream with resume), so the simulator exercises the server
// exactly as desktop clients do.

#include "session_connection.h"
#include "session_event_stream.h"

#include <QObject>
#include <QString>

#include <memory>

namespace session { class Session; }

namespace simulator {

class Participant : public QObject {
    Q_OBJECT
public:
    Participant(const session::ConnectionOptions &options, const QString &username, const QString &password,
                QObject *parent = nullptr);
    ~Participant() override;

    void start();                       // signs in (retrying while the server is away)
    session::Session *session() const { return m_session.get(); }
    session::Connection &connection() const;
    QString userId() const;
    QString username() const { return m_username; }

signals:
    void ready();                       // signed in, event stream starting
    void failed(const QString &message);
    void events(const session::EventBatchPtr &batch);
    void snapshotRequired();

private:
    void signIn();

    session::ConnectionOptions m_options;
    QString m_username, m_password;
    std::unique_ptr<session::Connection> m_pendingConnection;
    std::unique_ptr<class SignInAttempt> m_attempt;
    std::unique_ptr<session::Session> m_session;
    int m_attempts = 0;
};

} // namespace simulator
