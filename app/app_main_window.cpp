#include "app_main_window.h"

#include "app_admin_workspace.h"
#include "app_agent_workspace.h"
#include "app_appearance.h"
#include "app_offer_alert.h"
#include "app_supervisor_workspace.h"

#include "session_connection.h"
#include "session_event_stream.h"
#include "session_notice_store.h"
#include "session_session.h"
#include "widgets_placeholder_panel.h"
#include "widgets_service_health_indicator.h"
#include "widgets_shortcut_overlay.h"
#include "widgets_status_indicator.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

namespace app {

using Level = widgets::StatusIndicator::Level;

MainWindow::MainWindow(session::Session &session, const ModuleFolders &folders, QWidget *parent)
    : QMainWindow(parent),
      m_session(session),
      m_tabs(new QTabWidget(this)),
      m_health(new widgets::ServiceHealthIndicator(this)),
      m_stream(new widgets::StatusIndicator(tr("Live updates"), this))
{
    m_tabs->setObjectName(QStringLiteral("workspaces"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    m_folders = folders;
    m_alert = new OfferAlert(this, this);
    m_alert->setRingEnabled(QSettings().value(QStringLiteral("alerts/ring"), true).toBool());
    m_overlay = new widgets::ShortcutOverlay(this);
    buildWorkspaces();
    buildMenus();
    setWindowTitle(tr("Switchboard — %1").arg(session.displayName()));

    m_health->setObjectName(QStringLiteral("serviceHealth"));
    m_stream->setObjectName(QStringLiteral("eventStream"));
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    statusBar()->addWidget(m_serverLabel);
    updateServerLabel();
    connect(&session, &session::Session::endpointResolved, this, &MainWindow::updateServerLabel);
    statusBar()->addPermanentWidget(m_health);
    statusBar()->addPermanentWidget(separator);
    statusBar()->addPermanentWidget(m_stream);

    session::Connection &connection = session.connection();
    connect(&connection, &session::Connection::monitoredServicesChanged, this,
            &MainWindow::updateServices);
    connect(&connection, &session::Connection::serviceStateChanged, this,
            &MainWindow::updateService);
    updateServices(connection.monitoredServices());
    connect(&session.events(), &session::EventStream::stateChanged, this, &MainWindow::updateStream);
    updateStream(session.events().state());
    connect(&session.notices(), &session::NoticeStore::noticesAdded, this, &MainWindow::showNotices);

    retranslate();
    resize(1100, 700);
}

void MainWindow::updateServerLabel()
{
    const QString version = m_session.serverVersion();
    m_serverLabel->setText(version.isEmpty()
        ? tr("%1 on %2").arg(m_session.username(), m_session.connection().address())
        : tr("%1 on %2 (server %3)").arg(m_session.username(), m_session.connection().address(), version));
}

QString MainWindow::serviceLabel(const QString &service)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("identity"), QT_TRANSLATE_NOOP("app::MainWindow", "Identity")},
        {QStringLiteral("directory"), QT_TRANSLATE_NOOP("app::MainWindow", "Directory")},
        {QStringLiteral("routing"), QT_TRANSLATE_NOOP("app::MainWindow", "Routing")},
        {QStringLiteral("conversation"), QT_TRANSLATE_NOOP("app::MainWindow", "Conversation")},
        {QStringLiteral("stats"), QT_TRANSLATE_NOOP("app::MainWindow", "Statistics")},
        {QStringLiteral("catalog"), QT_TRANSLATE_NOOP("app::MainWindow", "Catalog")},
        {QStringLiteral("gateway"), QT_TRANSLATE_NOOP("app::MainWindow", "Gateway")},
    };
    const char *label = labels.value(service);
    return label ? tr(label) : service;
}

void MainWindow::buildWorkspaces()
{
    if (m_session.hasRole(session::Role::Agent)) {
        m_agent = new AgentWorkspace(m_session, m_folders, m_tabs);
        m_agent->setOfferAlert(m_alert);
        m_tabs->addTab(m_agent, tr("Agent"));
    }
    if (m_session.hasRole(session::Role::Supervisor)) {
        m_supervisor = new SupervisorWorkspace(m_session, m_tabs);
        m_tabs->addTab(m_supervisor, {});
    }
    if (m_session.hasRole(session::Role::Admin)) {
        // The Admin tab (issue 7): AdminWorkspace names itself "adminWorkspace".
        m_tabs->addTab(new AdminWorkspace(m_session, m_tabs), {});
    }
    // Open on the most senior role's workspace: that is what the user signed in for.
    if (m_tabs->count() > 1)
        m_tabs->setCurrentIndex(m_tabs->count() - 1);
    if (m_tabs->count() == 0) {
        m_noRole = new widgets::PlaceholderPanel({}, {}, m_tabs);
        m_tabs->addTab(m_noRole, {});
    }
}

void MainWindow::buildMenus()
{
    // Rebuilt on a language change: menus are cheap, and this keeps one place of truth.
    // clear() only removes the actions: the menus (children of the bar) go too.
    for (QAction *action : menuBar()->actions()) {
        if (QMenu *menu = action->menu())
            menu->deleteLater();    // maybe the menu whose action runs this: not now
    }
    menuBar()->clear();
    QMenu *appMenu = menuBar()->addMenu(tr("&Switchboard"));
    appMenu->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    Appearance *appearance = Appearance::instance();
    QMenu *themes = view->addMenu(tr("&Theme"));
    themes->setObjectName(QStringLiteral("themeMenu"));
    auto *themeGroup = new QActionGroup(themes);
    const QList<QPair<Appearance::Theme, QString>> themeNames = {
        {Appearance::Theme::System, tr("Follow the &system")},
        {Appearance::Theme::Light, tr("&Light")},
        {Appearance::Theme::Dark, tr("&Dark")},
    };
    for (const auto &[theme, name] : themeNames) {
        QAction *action = themes->addAction(name);
        action->setCheckable(true);
        action->setChecked(appearance->theme() == theme);
        action->setActionGroup(themeGroup);
        action->setObjectName(QStringLiteral("theme-%1").arg(int(theme)));
        connect(action, &QAction::triggered, appearance, [theme] { Appearance::instance()->setTheme(theme); });
    }
    QMenu *languages = view->addMenu(tr("&Language"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    auto *languageGroup = new QActionGroup(languages);
    for (const QString &code : Appearance::languages()) {
        QAction *action = languages->addAction(Appearance::nativeName(code));
        action->setCheckable(true);
        action->setChecked(appearance->language() == code);
        action->setActionGroup(languageGroup);
        action->setObjectName(QStringLiteral("language-") + code);
        // Queued: the menu holding this action is rebuilt by the language change.
        connect(action, &QAction::triggered, appearance, [code] { Appearance::instance()->setLanguage(code); },
                Qt::QueuedConnection);
    }
    view->addSeparator();
    QAction *ring = view->addAction(tr("&Ring for offers"));
    ring->setObjectName(QStringLiteral("ringAction"));
    ring->setCheckable(true);
    ring->setChecked(m_alert->isRingEnabled());
    connect(ring, &QAction::toggled, this, [this](bool on) {
        m_alert->setRingEnabled(on);
        QSettings().setValue(QStringLiteral("alerts/ring"), on);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("shortcutHelpAction"));
    keys->setShortcut(QKeySequence::HelpContents);
    keys->setShortcutContext(Qt::ApplicationShortcut);

    if (!m_userButton) {
        m_userButton = new QToolButton(this);
        m_userButton->setObjectName(QStringLiteral("userMenuButton"));
        m_userButton->setPopupMode(QToolButton::InstantPopup);
        m_userButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_userButton->setAutoRaise(true);
    }
    m_userButton->setText(m_session.displayName());
    m_userButton->setAccessibleName(tr("Account of %1").arg(m_session.displayName()));
    delete m_userButton->menu();
    auto *userMenu = new QMenu(m_userButton);
    userMenu->setObjectName(QStringLiteral("userMenu"));
    QStringList roles;
    if (m_session.hasRole(session::Role::Agent)) roles << tr("agent");
    if (m_session.hasRole(session::Role::Supervisor)) roles << tr("supervisor");
    if (m_session.hasRole(session::Role::Admin)) roles << tr("admin");
    QAction *who = userMenu->addAction(tr("Signed in as %1 on %2")
                                           .arg(m_session.username(), m_session.connection().address()));
    who->setEnabled(false);
    QAction *roleInfo = userMenu->addAction(tr("Roles: %1").arg(roles.isEmpty() ? tr("none")
                                                                                : roles.join(QLatin1String(", "))));
    roleInfo->setEnabled(false);
    userMenu->addSeparator();
    QAction *signOut = userMenu->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    m_userButton->setMenu(userMenu);
    if (!menuBar()->cornerWidget(Qt::TopRightCorner)) {
        auto *corner = new QWidget(this);
        auto *cornerLayout = new QHBoxLayout(corner);
        cornerLayout->setContentsMargins(0, 0, 8, 0);
        cornerLayout->addWidget(m_userButton);
        menuBar()->setCornerWidget(corner, Qt::TopRightCorner);
    }
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Switchboard — %1").arg(m_session.displayName()));
    m_tabs->setAccessibleName(tr("Workspaces"));
    m_tabs->tabBar()->setAccessibleName(tr("Workspaces"));
    if (m_agent)
        m_tabs->setTabText(m_tabs->indexOf(m_agent), tr("Agent"));
    if (m_supervisor)
        m_tabs->setTabText(m_tabs->indexOf(m_supervisor), tr("Supervisor"));
    if (auto *admin = m_tabs->findChild<AdminWorkspace *>())
        m_tabs->setTabText(m_tabs->indexOf(admin), tr("Admin"));
    if (m_noRole) {
        m_noRole->setTexts(tr("No workspace"),
            tr("Your account holds no role yet. Ask an administrator to give you one."));
        m_tabs->setTabText(m_tabs->indexOf(m_noRole), tr("Welcome"));
    }
    updateServerLabel();
    updateServices(m_session.connection().monitoredServices());
    updateStream(m_session.events().state());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        buildMenus();
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showShortcuts()
{
    QList<widgets::ShortcutOverlay::Group> groups;
    if (m_agent && m_tabs->currentWidget() == m_agent)
        groups = m_agent->shortcutGroups();
    groups.append({tr("Application"), {
        {tr("Keyboard shortcuts"), QKeySequence(QKeySequence::HelpContents)},
        {tr("Quit"), QKeySequence(QKeySequence::Quit)},
    }});
    m_overlay->setGroups(groups);
    m_overlay->open();
}

void MainWindow::updateServices(const QStringList &services)
{
    QStringList labels;
    for (const QString &service : services)
        labels << serviceLabel(service);
    m_health->setServices(services, labels);
    for (const QString &service : services) {
        updateService(service, m_session.connection().serviceState(service),
                      m_session.connection().serviceMessage(service));
    }
}

void MainWindow::updateService(const QString &name, session::ServiceState state, const QString &message)
{
    Level level = Level::Unknown;
    QString details;
    switch (state) {
    case session::ServiceState::Connecting:
        level = Level::Pending;
        details = tr("%1: connecting…").arg(serviceLabel(name));
        break;
    case session::ServiceState::Ready:
        level = Level::Ok;
        details = tr("%1: available").arg(serviceLabel(name));
        break;
    case session::ServiceState::Unavailable:
        level = Level::Error;
        details = tr("%1: unavailable — %2").arg(serviceLabel(name), message);
        break;
    }
    m_health->setHealth(name, level, details);
    checkSettled();
}

void MainWindow::updateStream(session::StreamState state)
{
    const QString error = m_session.events().lastError();
    switch (state) {
    case session::StreamState::Disconnected:
        m_stream->setLevel(Level::Unknown);
        m_stream->setText(tr("Live updates: off"));
        m_stream->setDetails(tr("Not connected to the event stream."));
        break;
    case session::StreamState::Connecting:
        m_stream->setLevel(Level::Pending);
        m_stream->setText(tr("Live updates: connecting"));
        m_stream->setDetails(tr("Connecting to %1").arg(m_session.events().url().toString()));
        break;
    case session::StreamState::Connected:
        m_stream->setLevel(Level::Ok);
        m_stream->setText(tr("Live updates: on"));
        m_stream->setDetails(tr("Connected to %1").arg(m_session.events().url().toString()));
        break;
    case session::StreamState::Reconnecting:
        m_stream->setLevel(Level::Error);
        m_stream->setText(tr("Live updates: reconnecting"));
        m_stream->setDetails(error.isEmpty() ? tr("Connection lost; reconnecting.")
                                             : tr("Connection lost (%1); reconnecting.").arg(error));
        break;
    }
    checkSettled();
}

bool MainWindow::isSettled() const
{
    if (m_session.events().state() != session::StreamState::Connected)
        return false;
    const QStringList services = m_session.connection().monitoredServices();
    return std::none_of(services.begin(), services.end(), [this](const QString &service) {
        return m_session.connection().serviceState(service) == session::ServiceState::Connecting;
    });
}

void MainWindow::checkSettled()
{
    if (!m_settled && isSettled()) {
        m_settled = true;
        emit settled();
    }
}

void MainWindow::showNotices(int count)
{
    const QList<session::Notice> &notices = m_session.notices().notices();
    if (notices.isEmpty() || count <= 0)
        return;
    const session::Notice &latest = notices.last();
    // Notices written by the server often name their sender already ("supervisor1 set
    // you to ..."): no second name in front.
    const QString text = latest.fromUsername.isEmpty() || latest.text.startsWith(latest.fromUsername)
        ? latest.text
        : tr("%1: %2").arg(latest.fromUsername, latest.text);
    statusBar()->showMessage(text, 15000);
}

} // namespace app
