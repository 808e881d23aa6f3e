#pragma once
// app::Application: the client's flow. Signs in (scripted with --user/--password-file,
// with a refresh token from the keychain, or through the sign-in dialog), then owns the
// session and its main window until sign-out, and back to the dialog.

#include "app_startup_options.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace session {
class Auth;
class Connection;
class Session;
enum class SignInError;
}

namespace app {

class MainWindow;
class SignInDialog;
class TokenStore;

class Application : public QObject {
    Q_OBJECT
public:
    explicit Application(StartupOptions options, QObject *parent = nullptr);
    ~Application() override;

    void start();

    session::Session *session() const { return m_session.get(); }
    MainWindow *mainWindow() const;
    SignInDialog *signInDialog() const;

signals:
    void signedIn();

private:
    enum class Attempt { Password, StoredToken };
    void beginSignIn(const QString &server, const QString &user, Attempt attempt,
                     const QString &secret);
    void onSignedIn();
    void onSignInFailed(session::SignInError error, const QString &message);
    void onSignedOut(const QString &reason);
    void showDialog(const QString &info = {});
    void discardAttempt();
    void takeScreenshotWhenSettled();

    StartupOptions m_options;
    TokenStore *m_tokens;
    QPointer<SignInDialog> m_dialog;
    QPointer<MainWindow> m_window;

    // The sign-in in progress; handed over to the session when it succeeds.
    std::unique_ptr<session::Connection> m_connection;
    std::unique_ptr<session::Auth> m_auth;
    Attempt m_attempt = Attempt::Password;
    QString m_server;
    QString m_user;

    std::unique_ptr<session::Session> m_session;
};

} // namespace app
