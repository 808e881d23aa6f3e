#include "app_application.h"

#include "app_agent_workspace.h"
#include "app_main_window.h"
#include "app_sign_in_dialog.h"
#include "app_token_store.h"

#include "session_agent_store.h"
#include "session_auth.h"
#include "session_connection.h"
#include "session_draft_store.h"
#include "session_interaction_store.h"
#include "session_session.h"
#include "session_transcript_store.h"

#include <QApplication>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

#include <ctime>
#include <unistd.h>

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

// Milliseconds since this process was started by the kernel (/proc/self/stat starttime,
// in clock ticks since boot), so that the ready line counts exec, loading and sign-in.
qint64 msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    timespec now{};
    if (!stat.open(QIODevice::ReadOnly) || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may hold spaces): state is field 3, starttime 22.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const qint64 startMs = fields.at(19).toLongLong() * 1000 / sysconf(_SC_CLK_TCK);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000 - startMs;
}

// One line when the window is up and the agent's stores hold the server's state, for
// tests and benchmarks that watch the real process (tst_client_restore,
// bench_client_*): the time since the process started, the interactions and the
// drafts restored, the interaction shown; then a line per interaction added or changed,
// per interaction shown and per transcript loaded.
// The interaction the agent workspace shows, and what its panel's editor holds.
QString shownInteraction(MainWindow *window)
{
    AgentWorkspace *workspace = window->agentWorkspace();
    const QString id = workspace ? workspace->currentInteractionId() : QString();
    if (id.isEmpty())
        return QStringLiteral("none");
    QWidget *panel = workspace->panelFor(id);
    auto *editor = panel ? panel->findChild<QPlainTextEdit *>(QStringLiteral("editor")) : nullptr;
    return editor ? QStringLiteral("%1 (editor: %2 chars)").arg(id).arg(editor->toPlainText().size())
                  : QStringLiteral("%1 (no editor)").arg(id);
}

void logWhenReady(session::Session *s, MainWindow *window)
{
    auto done = std::make_shared<bool>(false);
    auto check = [s, window, done] {
        const bool agentLoaded = !s->hasRole(session::Role::Agent)      // GetMyAgent is for agents
            || (s->agent().isLoaded() && s->interactions().isLoaded());
        if (*done || !window->isVisible() || !agentLoaded)
            return;
        *done = true;
        const QStringList ids = s->interactions().ids();
        QStringList drafts;
        for (const QString &id : s->drafts().interactionIds())
            drafts << QStringLiteral("%1 (%2 chars)").arg(id).arg(s->drafts().draft(id).size());
        qCInfo(lcApp).noquote() << QStringLiteral("ready in %1 ms: signed in as %2; %3 interaction(s) [%4]; "
                                                  "%5 draft(s) restored [%6]; showing %7")
            .arg(msSinceProcessStart()).arg(s->username()).arg(ids.size()).arg(ids.join(QLatin1Char(' ')))
            .arg(drafts.size()).arg(drafts.join(QLatin1String(", ")), shownInteraction(window));
    };
    QObject::connect(&s->agent(), &session::AgentStore::changed, window, check);
    QObject::connect(&s->interactions(), &session::InteractionStore::reloaded, window, check);
    // What the agent is handed and opens, so that a test outside the process can follow.
    auto logInteraction = [s](const QString &id) {
        const int row = s->interactions().indexOf(id);
        if (row < 0)
            return;
        static const char *const names[] = {"unspecified", "waiting", "offered", "active", "wrap-up",
                                            "completed", "abandoned"};
        qCInfo(lcApp).noquote() << QStringLiteral("interaction %1 %2")
            .arg(id, QLatin1String(names[int(s->interactions().at(row).state)]));
    };
    QObject::connect(&s->interactions(), &session::InteractionStore::rowsAdded, window,
                     [s, logInteraction](int first, int last) {
        for (int row = first; row <= last; ++row)
            logInteraction(s->interactions().at(row).id);
    });
    QObject::connect(&s->interactions(), &session::InteractionStore::interactionChanged, window,
                     [logInteraction](int, const QString &id) { logInteraction(id); });
    if (AgentWorkspace *workspace = window->agentWorkspace()) {
        QObject::connect(workspace->inbox()->selectionModel(), &QItemSelectionModel::currentChanged, window,
                         [window] {
            qCInfo(lcApp).noquote() << QStringLiteral("showing %1").arg(shownInteraction(window));
        });
    }
    QObject::connect(&s->transcripts(), &session::TranscriptStore::loaded, window, [s](const QString &id) {
        qCInfo(lcApp).noquote() << QStringLiteral("transcript %1 loaded: %2 message(s)")
            .arg(id).arg(s->transcripts().messageCount(id));
    });
    check();
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
    ModuleFolders folders;
    folders.modules = m_options.modulesDir;
    folders.trustedKeys = m_options.trustedKeysDir;
    m_window = new MainWindow(*m_session, folders);
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::signOutRequested, m_session.get(), &session::Session::signOut);
    m_window->show();
    logWhenReady(m_session.get(), m_window);
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
