#include "app_application.h"

#include "app_main_window.h"
#include "app_sign_in_dialog.h"
#include "app_token_store.h"

#include "session_auth.h"
#include "session_connection.h"
#include "session_session.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

namespace app {

Q_LOGGING_CATEGORY(lcApp, "switchboard.app", QtInfoMsg)

namespace {
// Deletes a QObject once control is back in the event loop: sign-in results arrive
// inside the connection's own callbacks, where it must not be destroyed.
template <class T>
void releaseLater(std::unique_ptr<T> &object)
{
    if (object)
        object.release()->deleteLater();
}

QString settingsGroup(const QString &server)
{
    QString key = server;
    key.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char(':'), QLatin1Char('_'));
    return QStringLiteral("servers/") + key;
}
} // namespace

Application::Application(StartupOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_tokens(new TokenStore(this))
{
}

Application::~Application()
{
    delete m_window;
    delete m_dialog;
}

MainWindow *Application::mainWindow() const { return m_window; }
SignInDialog *Application::signInDialog() const { return m_dialog; }

void Application::start()
{
    QSettings settings;
    const QString server = !m_options.server.isEmpty()
        ? m_options.server : settings.value(QStringLiteral("lastServer")).toString();
    const QString user = !m_options.user.isEmpty()
        ? m_options.user : settings.value(QStringLiteral("lastUser")).toString();

    if (!m_options.passwordFile.isEmpty()) {
        QFile file(m_options.passwordFile);
        if (!file.open(QIODevice::ReadOnly)) {
            showDialog();
            m_dialog->setError(SignInDialog::Field::Password,
                               tr("Cannot read the password file %1: %2")
                                   .arg(m_options.passwordFile, file.errorString()));
            return;
        }
        QString password = QString::fromUtf8(file.readAll());
        while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
            password.chop(1);
        if (server.isEmpty() || user.isEmpty()) {
            showDialog();
            m_dialog->setServer(server);
            m_dialog->setUser(user);
            return;
        }
        beginSignIn(server, user, Attempt::Password, password);
        return;
    }

    if (server.isEmpty() || user.isEmpty()) {
        showDialog();
        return;
    }
    // A session from a former run: sign back in without the password.
    m_server = server;
    m_user = user;
    m_tokens->read(TokenStore::keyFor(user, server), [this, server, user](const QString &token) {
        if (token.isEmpty())
            showDialog();
        else
            beginSignIn(server, user, Attempt::StoredToken, token);
    });
}

void Application::showDialog(const QString &info)
{
    if (!m_dialog) {
        m_dialog = new SignInDialog;
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &SignInDialog::signInRequested, this,
                [this](const QString &server, const QString &user, const QString &password) {
                    beginSignIn(server, user, Attempt::Password, password);
                });
        connect(m_dialog, &QDialog::rejected, qApp, &QCoreApplication::quit);
    }
    QSettings settings;
    m_dialog->setServer(!m_server.isEmpty() ? m_server
                                            : settings.value(QStringLiteral("lastServer")).toString());
    m_dialog->setUser(!m_user.isEmpty() ? m_user
                                        : settings.value(QStringLiteral("lastUser")).toString());
    m_dialog->setInfo(info);
    m_dialog->setBusy(false);
    m_dialog->show();
    m_dialog->raise();
}

void Application::beginSignIn(const QString &server, const QString &user, Attempt attempt,
                              const QString &secret)
{
    discardAttempt();
    m_server = server;
    m_user = user;
    m_attempt = attempt;

    // TLS settings: the command line's, else those remembered for this server.
    QSettings settings;
    settings.beginGroup(settingsGroup(server));
    session::ConnectionOptions options;
    options.address = server;
    options.caFile = !m_options.caFile.isEmpty() ? m_options.caFile
                                                 : settings.value(QStringLiteral("caFile")).toString();
    options.insecure = m_options.insecure || (m_options.caFile.isEmpty()
                                              && settings.value(QStringLiteral("insecure")).toBool());
    settings.endGroup();

    m_connection = std::make_unique<session::Connection>(options);
    if (!m_connection->isValid()) {
        const QString error = m_connection->errorString();
        discardAttempt();
        showDialog();
        m_dialog->setError(SignInDialog::Field::Server, error);
        return;
    }
    m_auth = std::make_unique<session::Auth>(*m_connection);
    m_auth->setClientName(QStringLiteral("switchboard-desktop %1").arg(QCoreApplication::applicationVersion()));
    connect(m_auth.get(), &session::Auth::signedIn, this, &Application::onSignedIn);
    connect(m_auth.get(), &session::Auth::signInFailed, this, &Application::onSignInFailed);
    if (m_dialog)
        m_dialog->setBusy(true);
    qCInfo(lcApp).noquote() << "signing in to" << server << "as" << user
                            << (attempt == Attempt::StoredToken ? "(stored session)" : "");
    if (attempt == Attempt::Password)
        m_auth->signIn(user, secret);
    else
        m_auth->resume(secret);
}

void Application::discardAttempt()
{
    if (m_auth)
        m_auth->disconnect(this);
    releaseLater(m_auth);
    releaseLater(m_connection);
}

void Application::onSignInFailed(session::SignInError error, const QString &message)
{
    qCInfo(lcApp).noquote() << "sign-in failed:" << message;
    const Attempt attempt = m_attempt;
    discardAttempt();
    if (attempt == Attempt::StoredToken && error == session::SignInError::SessionExpired)
        m_tokens->remove(TokenStore::keyFor(m_user, m_server));
    showDialog();
    switch (error) {
    case session::SignInError::WrongCredentials:
        m_dialog->setError(SignInDialog::Field::Password, tr("Wrong username or password."));
        m_dialog->field(SignInDialog::Field::Password)->selectAll();
        m_dialog->field(SignInDialog::Field::Password)->setFocus();
        break;
    case session::SignInError::ServerUnreachable:
        m_dialog->setError(SignInDialog::Field::Server,
                           tr("Cannot reach the server (%1).").arg(message));
        m_dialog->field(SignInDialog::Field::Server)->setFocus();
        break;
    case session::SignInError::SessionExpired:
        m_dialog->setInfo(tr("Your saved session has ended. Sign in again."));
        m_dialog->field(SignInDialog::Field::Password)->setFocus();
        break;
    case session::SignInError::Other:
        m_dialog->setError(SignInDialog::Field::General, message);
        break;
    }
}

void Application::onSignedIn()
{
    m_auth->disconnect(this);
    QSettings settings;
    settings.setValue(QStringLiteral("lastServer"), m_server);
    settings.setValue(QStringLiteral("lastUser"), m_user);
    settings.beginGroup(settingsGroup(m_server));
    settings.setValue(QStringLiteral("caFile"), m_connection->options().caFile);
    settings.setValue(QStringLiteral("insecure"), m_connection->options().insecure);
    settings.endGroup();

    const QString key = TokenStore::keyFor(m_user, m_server);
    m_tokens->write(key, m_auth->refreshToken());
    connect(m_auth.get(), &session::Auth::refreshTokenChanged, this, [this, key](const QString &token) {
        if (!token.isEmpty())
            m_tokens->write(key, token);
    });

    m_session = std::make_unique<session::Session>(std::move(m_connection), std::move(m_auth));
    connect(m_session.get(), &session::Session::signedOut, this, &Application::onSignedOut);
    qCInfo(lcApp).noquote() << "signed in as" << m_session->username();

    if (m_dialog) {
        m_dialog->setBusy(false);
        m_dialog->hide();
    }
    m_window = new MainWindow(*m_session, m_options.modulesDir);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::signOutRequested, m_session.get(), &session::Session::signOut);
    m_window->show();
    emit signedIn();
    if (!m_options.screenshot.isEmpty())
        takeScreenshotWhenSettled();
}

void Application::onSignedOut(const QString &reason)
{
    qCInfo(lcApp).noquote() << "signed out:" << reason;
    m_tokens->remove(TokenStore::keyFor(m_user, m_server));
    if (m_window) {
        m_window->setAttribute(Qt::WA_DeleteOnClose, false);
        m_window->hide();
        m_window->deleteLater();
    }
    releaseLater(m_session);
    showDialog(reason.isEmpty() ? QString() : tr("Signed out: %1.").arg(reason));
}

void Application::takeScreenshotWhenSettled()
{
    const QString path = m_options.screenshot;
    auto grab = [this, path] {
        if (!m_window)
            return;
        const bool saved = m_window->grab().save(path);
        qCInfo(lcApp).noquote() << (saved ? "screenshot saved to" : "cannot save screenshot to") << path;
        QCoreApplication::exit(saved ? 0 : 1);
    };
    // Once everything shows its real state (or after 15 s, whatever it shows then),
    // plus a moment for the layout to settle.
    auto later = [grab] { QTimer::singleShot(300, grab); };
    if (m_window->isSettled())
        later();
    else
        connect(m_window, &MainWindow::settled, this, later, Qt::SingleShotConnection);
    QTimer::singleShot(15000, this, grab);
}

} // namespace app
