#include "app_wallboard_window.h"

#include "app_wallboard_board.h"
#include "session_stats_store.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QVBoxLayout>
#include <QWindow>

namespace app {

WallboardWindow::WallboardWindow(session::StatsStore &stats, const QString &boardId, QWidget *parent)
    : QWidget(parent, Qt::Window), m_stats(stats), m_boardId(boardId), m_board(new WallboardBoard(stats, this))
{
    setObjectName(QStringLiteral("wallboardWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_board);
    connect(&m_stats, &session::StatsStore::wallboardsChanged, this, &WallboardWindow::follow);
    m_board->setBoard(m_stats.wallboard(m_boardId));
    retranslate();
}

WallboardWindow::~WallboardWindow() = default;

void WallboardWindow::follow()
{
    const session::Wallboard board = m_stats.wallboard(m_boardId);
    if (board.id.isEmpty()) {
        close();    // deleted
        return;
    }
    m_board->setBoard(board);
    retranslate();
}

void WallboardWindow::showOn(QScreen *screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (screen) {
        const QRect area = screen->availableGeometry();
        const QSize size(std::min(area.width() * 3 / 4, 1280), std::min(area.height() * 3 / 4, 800));
        resize(size);
        move(area.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    // A window's screen is chosen before it is shown: create the native window first.
    winId();
    if (screen && windowHandle())
        windowHandle()->setScreen(screen);
    show();
    raise();
    activateWindow();
}

void WallboardWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WallboardWindow::retranslate()
{
    setWindowTitle(tr("Wallboard — %1").arg(m_board->board().name));
}

} // namespace app
