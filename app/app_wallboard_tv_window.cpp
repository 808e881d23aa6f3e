#include "app_wallboard_tv_window.h"

#include "app_wallboard_board.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

namespace app {

WallboardTvWindow::WallboardTvWindow(session::StatsStore &stats, const QString &firstBoardId, QWidget *parent)
    : QWidget(parent, Qt::Window), m_stats(stats), m_name(new QLabel(this)), m_position(new QLabel(this)),
      m_clockLabel(new QLabel(this)), m_hint(new QLabel(this)), m_board(new WallboardBoard(stats, this)),
      m_rotation(new QTimer(this)), m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("wallboardTv"));
    setAttribute(Qt::WA_DeleteOnClose);
    // A TV across the room: light type on a dark ground, whatever the desk's theme.
    QPalette tv = palette();
    tv.setColor(QPalette::Window, QColor(0x10, 0x14, 0x18));
    tv.setColor(QPalette::WindowText, QColor(0xf2, 0xf4, 0xf6));
    tv.setColor(QPalette::Text, QColor(0xf2, 0xf4, 0xf6));
    tv.setColor(QPalette::Base, QColor(0x1c, 0x21, 0x27));
    tv.setColor(QPalette::AlternateBase, QColor(0x26, 0x2c, 0x33));
    tv.setColor(QPalette::Mid, QColor(0x44, 0x4b, 0x54));
    setPalette(tv);
    setAutoFillBackground(true);
    m_name->setObjectName(QStringLiteral("tvBoardName"));
    m_position->setObjectName(QStringLiteral("tvPosition"));
    m_clockLabel->setObjectName(QStringLiteral("tvClock"));
    m_hint->setObjectName(QStringLiteral("tvHint"));
    m_board->setSpacious(true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_name, 1);
    header->addWidget(m_position);
    header->addSpacing(24);
    header->addWidget(m_clockLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->addLayout(header);
    layout->addWidget(m_board, 1);
    layout->addWidget(m_hint, 0, Qt::AlignRight);

    m_rotation->setSingleShot(true);
    connect(m_rotation, &QTimer::timeout, this, &WallboardTvWindow::next);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        m_clockLabel->setText(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
    });
    m_clock->start();
    m_clockLabel->setText(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
    connect(&m_stats, &session::StatsStore::wallboardsChanged, this, &WallboardTvWindow::refreshBoards);

    for (const session::Wallboard &board : m_stats.wallboards())
        m_ids << board.id;
    retranslate();
    showBoard(std::max(0, int(m_ids.indexOf(firstBoardId))));
}

WallboardTvWindow::~WallboardTvWindow() = default;

QString WallboardTvWindow::currentBoardId() const
{
    return m_index >= 0 && m_index < m_ids.size() ? m_ids.at(m_index) : QString();
}

void WallboardTvWindow::showOn(QScreen *screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    winId();
    if (screen && windowHandle()) {
        windowHandle()->setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

void WallboardTvWindow::next()
{
    if (!m_ids.isEmpty())
        showBoard((m_index + 1) % int(m_ids.size()));
}

void WallboardTvWindow::previous()
{
    if (!m_ids.isEmpty())
        showBoard((m_index - 1 + int(m_ids.size())) % int(m_ids.size()));
}

void WallboardTvWindow::refreshBoards()
{
    const QString current = currentBoardId();
    m_ids.clear();
    for (const session::Wallboard &board : m_stats.wallboards())
        m_ids << board.id;
    if (m_ids.isEmpty()) {
        close();
        return;
    }
    const int index = int(m_ids.indexOf(current));
    if (index >= 0) {
        // The same board, perhaps changed: shown in place, its rotation time kept.
        m_index = index;
        m_board->setBoard(m_stats.wallboard(current));
        retranslate();
    } else {
        showBoard(0);
    }
}

void WallboardTvWindow::showBoard(int index)
{
    m_rotation->stop();
    if (index < 0 || index >= m_ids.size()) {
        m_index = -1;
        m_board->setBoard({});
        retranslate();
        return;
    }
    m_index = index;
    const session::Wallboard board = m_stats.wallboard(m_ids.at(index));
    m_board->setBoard(board);
    retranslate();
    if (board.rotateSeconds > 0 && m_ids.size() > 1)
        m_rotation->start(board.rotateSeconds * 1000);
    emit boardShown(board.id);
}

void WallboardTvWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        close();
        return;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        previous();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void WallboardTvWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scaleHeader();
}

void WallboardTvWindow::scaleHeader()
{
    const int h = std::max(400, height());
    QFont title = font();
    title.setBold(true);
    title.setPixelSize(std::max(18, h / 22));
    m_name->setFont(title);
    QFont normal = font();
    normal.setPixelSize(std::max(14, h / 34));
    m_position->setFont(normal);
    m_clockLabel->setFont(title);
    QFont small = font();
    small.setPixelSize(std::max(11, h / 70));
    m_hint->setFont(small);
}

void WallboardTvWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WallboardTvWindow::retranslate()
{
    setWindowTitle(tr("Wallboards — TV mode"));
    m_name->setText(m_index >= 0 ? m_board->board().name : tr("No wallboards"));
    m_position->setText(m_ids.size() > 1 ? tr("Board %1 of %2").arg(m_index + 1).arg(m_ids.size()) : QString());
    m_hint->setText(tr("Esc leaves TV mode · ← → previous or next board"));
}

} // namespace app
