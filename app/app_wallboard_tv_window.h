#pragma once
// app::WallboardTvWindow: TV mode. A full-screen window on the chosen screen with large
// type (the tiles scale with their size; the header with the window's height) on a dark
// background, rotating through the supervisor's boards: each board stays for its own
// rotate_seconds (0: it stays until the supervisor moves on). Esc leaves; the arrow keys
// (and Page Up/Down) go to the previous or next board at once.

#include "session_stats_store.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QScreen;
class QTimer;

namespace app {

class WallboardBoard;

class WallboardTvWindow : public QWidget {
    Q_OBJECT
public:
    // Starts on `firstBoardId` (empty or unknown: the first board).
    WallboardTvWindow(session::StatsStore &stats, const QString &firstBoardId, QWidget *parent = nullptr);
    ~WallboardTvWindow() override;

    // Full screen on `screen` (nullptr: the primary screen).
    void showOn(QScreen *screen);

    QStringList boardIds() const { return m_ids; }
    int currentIndex() const { return m_index; }
    QString currentBoardId() const;
    WallboardBoard *board() const { return m_board; }
    QTimer *rotationTimer() const { return m_rotation; }
    void next();
    void previous();

signals:
    void boardShown(const QString &boardId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refreshBoards();
    void showBoard(int index);
    void scaleHeader();
    void retranslate();

    session::StatsStore &m_stats;
    QStringList m_ids;
    int m_index = -1;
    QLabel *m_name;
    QLabel *m_position;
    QLabel *m_clockLabel;
    QLabel *m_hint;
    WallboardBoard *m_board;
    QTimer *m_rotation;
    QTimer *m_clock;
};

} // namespace app
