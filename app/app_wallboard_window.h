#pragma once
// app::WallboardWindow: a wallboard detached from the Supervisor tab into a top-level
// window of its own, so that it can sit on another monitor (placed on the screen the
// supervisor chose, and movable like any window). It follows the board: a saved change
// shows at once, a deleted board closes it.

#include <QPointer>
#include <QWidget>

class QScreen;

namespace session { class StatsStore; }

namespace app {

class WallboardBoard;

class WallboardWindow : public QWidget {
    Q_OBJECT
public:
    WallboardWindow(session::StatsStore &stats, const QString &boardId, QWidget *parent = nullptr);
    ~WallboardWindow() override;

    QString boardId() const { return m_boardId; }
    WallboardBoard *board() const { return m_board; }
    // Shows the window on `screen` (nullptr: the primary screen), centred, a good size.
    void showOn(QScreen *screen);

protected:
    void changeEvent(QEvent *event) override;

private:
    void follow();
    void retranslate();

    session::StatsStore &m_stats;
    QString m_boardId;
    WallboardBoard *m_board;
};

} // namespace app
