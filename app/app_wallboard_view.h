#pragma once
// app::WallboardView: the Wallboards sub-tab of the Supervisor tab. A picker of the
// supervisor's boards (saved on the server per supervisor, versioned), the chosen board's
// tiles live, and:
//  - New board / Rename / Edit: the editor beside the board (tiles added and removed with
//    queue, metric, place and thresholds, checked next to the fields), the board showing
//    the draft; Save sends it to the server, which refuses a stale version (someone else
//    changed the board) with a message, and the list is reloaded;
//  - Delete (after a confirmation);
//  - Detach: the board in a window of its own on the chosen screen (app::WallboardWindow);
//  - TV mode: full screen on the chosen screen, rotating through the boards
//    (app::WallboardTvWindow).
// Under the board, every queue's figures in a table (models::QueueMetricsModel).

#include "session_stats_store.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QScreen;
class QScrollArea;
class QSplitter;
class QTableView;
class QToolButton;

namespace models { class QueueMetricsModel; }

namespace app {

class WallboardBoard;
class WallboardEditor;
class WallboardTvWindow;
class WallboardWindow;

class WallboardView : public QWidget {
    Q_OBJECT
public:
    explicit WallboardView(session::StatsStore &stats, QWidget *parent = nullptr);
    ~WallboardView() override;

    QComboBox *picker() const { return m_picker; }
    WallboardBoard *board() const { return m_board; }
    WallboardEditor *editor() const { return m_editor; }
    QLabel *message() const { return m_message; }
    models::QueueMetricsModel *queueModel() const { return m_queueModel; }
    QTableView *queueTable() const { return m_queueTable; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QToolButton *detachButton() const { return m_detach; }
    QToolButton *tvButton() const { return m_tv; }
    QString currentBoardId() const;
    bool isEditing() const { return m_editing; }

    void selectBoard(const QString &boardId);
    void newBoard();
    void startEditing(bool focusName = false);
    void save();
    void cancelEditing();
    void deleteBoard(const QString &boardId);   // no confirmation: the button asks first

    // nullptr screen: a screen the Supervisor tab is not on (the TV, the second monitor),
    // if there is one, else this one.
    WallboardWindow *detach(QScreen *screen = nullptr);
    WallboardTvWindow *startTvMode(QScreen *screen = nullptr);
    WallboardTvWindow *tvWindow() const;
    QList<WallboardWindow *> detachedWindows() const;

signals:
    void saved(const session::Wallboard &board);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refillPicker();
    void showCurrent();
    void updateButtons();
    void showMessage(const QString &text, bool error);
    void fillScreenMenu(QToolButton *button, bool tv);
    QScreen *otherScreen() const;
    void retranslate();
    // Column widths from the headers and the widest value, set once per language:
    // resizing to contents would measure every queue row on every update.
    void sizeQueueColumns();

    session::StatsStore &m_stats;
    QLabel *m_title;
    QLabel *m_pickerLabel;
    QComboBox *m_picker;
    QPushButton *m_new;
    QPushButton *m_rename;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QToolButton *m_detach;
    QToolButton *m_tv;
    QLabel *m_message;
    QLabel *m_noBoards;
    WallboardBoard *m_board;
    WallboardEditor *m_editor;
    QScrollArea *m_editorArea;
    QLabel *m_tableTitle;
    models::QueueMetricsModel *m_queueModel;
    QTableView *m_queueTable;
    QSplitter *m_splitter;
    bool m_editing = false;
    bool m_messageIsError = false;
    QString m_selectAfterLoad;
    QPointer<WallboardTvWindow> m_tvWindow;
    QList<QPointer<WallboardWindow>> m_detached;
};

} // namespace app
