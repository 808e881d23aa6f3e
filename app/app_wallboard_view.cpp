#include "app_wallboard_view.h"

#include "app_wallboard_board.h"
#include "app_wallboard_editor.h"
#include "app_wallboard_tv_window.h"
#include "app_wallboard_window.h"

#include "models_queue_metrics_model.h"

#include <algorithm>

#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QHeaderView>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWindow>

namespace app {

WallboardView::WallboardView(session::StatsStore &stats, QWidget *parent)
    : QWidget(parent), m_stats(stats), m_title(new QLabel(this)), m_pickerLabel(new QLabel(this)),
      m_picker(new QComboBox(this)), m_new(new QPushButton(this)), m_rename(new QPushButton(this)),
      m_edit(new QPushButton(this)), m_delete(new QPushButton(this)), m_detach(new QToolButton(this)),
      m_tv(new QToolButton(this)), m_message(new QLabel(this)), m_noBoards(new QLabel(this)),
      m_board(new WallboardBoard(stats, this)), m_editor(new WallboardEditor(stats)),
      m_editorArea(new QScrollArea(this)), m_tableTitle(new QLabel(this)),
      m_queueModel(new models::QueueMetricsModel(&stats, this)), m_queueTable(new QTableView(this)),
      m_splitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("wallboardView"));
    m_picker->setObjectName(QStringLiteral("boardPicker"));
    m_picker->setMinimumContentsLength(18);
    m_new->setObjectName(QStringLiteral("newBoard"));
    m_rename->setObjectName(QStringLiteral("renameBoard"));
    m_edit->setObjectName(QStringLiteral("editBoard"));
    m_delete->setObjectName(QStringLiteral("deleteBoard"));
    m_detach->setObjectName(QStringLiteral("detachBoard"));
    m_tv->setObjectName(QStringLiteral("tvMode"));
    m_message->setObjectName(QStringLiteral("boardMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_noBoards->setObjectName(QStringLiteral("noBoards"));
    m_noBoards->setAlignment(Qt::AlignCenter);
    m_noBoards->setWordWrap(true);
    m_pickerLabel->setBuddy(m_picker);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    for (QToolButton *button : {m_detach, m_tv}) {
        button->setPopupMode(QToolButton::MenuButtonPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setMenu(new QMenu(button));
    }
    m_editorArea->setWidget(m_editor);
    m_editorArea->setWidgetResizable(true);
    m_editorArea->setFrameShape(QFrame::NoFrame);
    m_editorArea->setMinimumWidth(380);
    m_editorArea->setMaximumWidth(460);
    m_editorArea->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addSpacing(16);
    bar->addWidget(m_pickerLabel);
    bar->addWidget(m_picker);
    bar->addWidget(m_new);
    bar->addWidget(m_rename);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    bar->addStretch(1);
    bar->addWidget(m_detach);
    bar->addWidget(m_tv);
    m_queueTable->setObjectName(QStringLiteral("queueTable"));
    m_queueTable->setModel(m_queueModel);
    m_queueTable->verticalHeader()->hide();
    m_queueTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_queueTable->verticalHeader()->setDefaultSectionSize(m_queueTable->fontMetrics().height() + 8);
    // Widths from the header and the widest value a metric shows, set once: resizing to
    // the contents would measure every row of every queue on each update (at 500 queues
    // changing ten times a second that alone took most of a core).
    m_queueTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_queueTable->horizontalHeader()->setSectionResizeMode(models::QueueMetricsModel::QueueColumn, QHeaderView::Stretch);
    m_queueTable->setAlternatingRowColors(true);
    m_queueTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableTitle->setFont(bold);
    // Longest wait in the table ticks with the board's one repaint timer.
    connect(m_board->clock(), &QTimer::timeout, m_queueTable->viewport(), qOverload<>(&QWidget::update));

    auto *top = new QWidget(m_splitter);
    auto *body = new QHBoxLayout(top);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_board, 1);
    body->addWidget(m_noBoards, 1);
    body->addWidget(m_editorArea);
    auto *bottom = new QWidget(m_splitter);
    auto *table = new QVBoxLayout(bottom);
    table->setContentsMargins(0, 4, 0, 0);
    table->addWidget(m_tableTitle);
    table->addWidget(m_queueTable, 1);
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(true);
    m_splitter->setSizes({600, 200});   // the board first; scaled to the height given
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    connect(m_picker, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_editing)
            showCurrent();
        updateButtons();
    });
    connect(m_new, &QPushButton::clicked, this, &WallboardView::newBoard);
    connect(m_rename, &QPushButton::clicked, this, [this] { startEditing(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { startEditing(false); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const session::Wallboard board = m_stats.wallboard(currentBoardId());
        if (board.id.isEmpty())
            return;
        auto *box = new QMessageBox(QMessageBox::Question, tr("Delete wallboard"),
                                    tr("Delete the wallboard “%1”? Its layout is removed from the server.").arg(board.name),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("confirmDelete"));
        box->button(QMessageBox::Yes)->setText(tr("Delete"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::accepted, this, [this, id = board.id] { deleteBoard(id); });
        box->open();
    });
    connect(m_detach, &QToolButton::clicked, this, [this] { detach(); });
    connect(m_tv, &QToolButton::clicked, this, [this] { startTvMode(); });
    connect(m_detach->menu(), &QMenu::aboutToShow, this, [this] { fillScreenMenu(m_detach, false); });
    connect(m_tv->menu(), &QMenu::aboutToShow, this, [this] { fillScreenMenu(m_tv, true); });
    connect(m_editor, &WallboardEditor::draftChanged, m_board, &WallboardBoard::setBoard);
    connect(m_editor, &WallboardEditor::saveRequested, this, &WallboardView::save);
    connect(m_editor, &WallboardEditor::cancelRequested, this, &WallboardView::cancelEditing);
    connect(m_board, &WallboardBoard::tileClicked, this, [this](int index) {
        if (!m_editing)
            return;
        m_board->setSelectedTile(index);
        m_editor->selectTile(index);
    });
    connect(&m_stats, &session::StatsStore::wallboardsChanged, this, [this] {
        refillPicker();
        if (!m_editing)
            showCurrent();
    });
    connect(&m_stats, &session::StatsStore::wallboardsLoadFailed, this, [this](const QString &error) {
        showMessage(tr("The wallboards could not be loaded: %1").arg(error), true);
    });

    retranslate();
    refillPicker();
    showCurrent();
}

WallboardView::~WallboardView()
{
    // Detached and TV windows are top-level children of this view: they close with it.
}

QString WallboardView::currentBoardId() const
{
    return m_picker->currentData().toString();
}

void WallboardView::selectBoard(const QString &boardId)
{
    const int index = m_picker->findData(boardId);
    if (index >= 0)
        m_picker->setCurrentIndex(index);
}

void WallboardView::refillPicker()
{
    const QString keep = m_selectAfterLoad.isEmpty() ? currentBoardId() : m_selectAfterLoad;
    {
        QSignalBlocker blocker(m_picker);
        m_picker->clear();
        for (const session::Wallboard &board : m_stats.wallboards())
            m_picker->addItem(board.name, board.id);
        m_picker->setCurrentIndex(std::max(0, m_picker->findData(keep)));
    }
    if (m_picker->findData(keep) >= 0)
        m_selectAfterLoad.clear();
    updateButtons();
}

void WallboardView::showCurrent()
{
    const session::Wallboard board = m_stats.wallboard(currentBoardId());
    const bool none = board.id.isEmpty() && !m_editing;
    m_noBoards->setVisible(none);
    m_board->setVisible(!none);
    m_board->setBoard(board);
    m_board->setSelectedTile(-1);
}

void WallboardView::updateButtons()
{
    // While editing, the editor takes the height of the queue table.
    m_splitter->widget(1)->setVisible(!m_editing);
    const bool has = !currentBoardId().isEmpty();
    m_picker->setEnabled(!m_editing);
    m_new->setEnabled(!m_editing);
    m_rename->setEnabled(!m_editing && has);
    m_edit->setEnabled(!m_editing && has);
    m_delete->setEnabled(!m_editing && has);
    m_detach->setEnabled(!m_editing && has);
    m_tv->setEnabled(!m_editing && m_picker->count() > 0);
}

void WallboardView::showMessage(const QString &text, bool error)
{
    m_messageIsError = error;
    m_message->setText(text);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_message->setStyleSheet(error ? (dark ? QStringLiteral("color: #ff8a80;") : QStringLiteral("color: #b00020;"))
                                   : QString());
    m_message->setVisible(!text.isEmpty());
}

void WallboardView::newBoard()
{
    session::Wallboard board;
    board.name = tr("New board");
    board.rotateSeconds = 30;
    m_editing = true;
    m_editor->setDraft(board);
    m_board->setBoard(board);
    m_board->show();
    m_noBoards->hide();
    m_editorArea->show();
    m_editor->focusName();
    showMessage({}, false);
    updateButtons();
}

void WallboardView::startEditing(bool focusName)
{
    const session::Wallboard board = m_stats.wallboard(currentBoardId());
    if (board.id.isEmpty())
        return;
    m_editing = true;
    m_editor->setDraft(board);
    m_editorArea->show();
    if (focusName)
        m_editor->focusName();
    showMessage({}, false);
    updateButtons();
}

void WallboardView::save()
{
    if (!m_editing || !m_editor->validateDraft())
        return;
    m_editor->setBusy(true);
    m_editor->setSaveError({});
    m_stats.saveWallboard(m_editor->draft(), [this](bool ok, const session::Wallboard &saved, const QString &error) {
        m_editor->setBusy(false);
        if (!ok) {
            m_editor->setSaveError(error);
            return;
        }
        m_editing = false;
        m_editorArea->hide();
        m_selectAfterLoad = saved.id;
        refillPicker();
        selectBoard(saved.id);
        showCurrent();
        updateButtons();
        showMessage(tr("Saved “%1”.").arg(saved.name), false);
        emit this->saved(saved);
    });
}

void WallboardView::cancelEditing()
{
    m_editing = false;
    m_editorArea->hide();
    m_editor->setSaveError({});
    showCurrent();
    updateButtons();
}

void WallboardView::deleteBoard(const QString &boardId)
{
    const session::Wallboard board = m_stats.wallboard(boardId);
    if (board.id.isEmpty())
        return;
    m_stats.deleteWallboard(board, [this, name = board.name](bool ok, const QString &error) {
        if (ok)
            showMessage(tr("Deleted “%1”.").arg(name), false);
        else
            showMessage(tr("“%1” was not deleted: %2").arg(name, error), true);
    });
}

QScreen *WallboardView::otherScreen() const
{
    QScreen *here = window()->screen();
    for (QScreen *screen : QGuiApplication::screens())
        if (screen != here)
            return screen;
    return here ? here : QGuiApplication::primaryScreen();
}

WallboardWindow *WallboardView::detach(QScreen *screen)
{
    const QString id = currentBoardId();
    if (id.isEmpty())
        return nullptr;
    // A top-level window (Qt::Window) owned by this view: it closes with the session.
    auto *detached = new WallboardWindow(m_stats, id, this);
    m_detached << detached;
    detached->showOn(screen ? screen : otherScreen());
    return detached;
}

WallboardTvWindow *WallboardView::startTvMode(QScreen *screen)
{
    if (m_stats.wallboards().isEmpty())
        return nullptr;
    if (m_tvWindow)
        m_tvWindow->close();
    m_tvWindow = new WallboardTvWindow(m_stats, currentBoardId(), this);
    m_tvWindow->showOn(screen ? screen : otherScreen());
    return m_tvWindow;
}

WallboardTvWindow *WallboardView::tvWindow() const { return m_tvWindow.data(); }

QList<WallboardWindow *> WallboardView::detachedWindows() const
{
    QList<WallboardWindow *> windows;
    for (const QPointer<WallboardWindow> &w : m_detached)
        if (w)
            windows << w.data();
    return windows;
}

void WallboardView::fillScreenMenu(QToolButton *button, bool tv)
{
    QMenu *menu = button->menu();
    menu->clear();
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (int i = 0; i < screens.size(); ++i) {
        QScreen *screen = screens.at(i);
        const QString text = tr("Screen %1: %2 (%3 × %4)")
                                 .arg(i + 1)
                                 .arg(screen->name())
                                 .arg(screen->geometry().width())
                                 .arg(screen->geometry().height());
        QAction *action = menu->addAction(text);
        connect(action, &QAction::triggered, this, [this, screen = QPointer<QScreen>(screen), tv] {
            if (!screen)
                return;
            if (tv)
                startTvMode(screen);
            else
                detach(screen);
        });
    }
}

void WallboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange && m_messageIsError)
        showMessage(m_message->text(), true);
    QWidget::changeEvent(event);
}

void WallboardView::sizeQueueColumns()
{
    const int valueWidth = m_queueTable->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) + 16;
    for (int column = 0; column < m_queueModel->columnCount(); ++column) {
        if (column == models::QueueMetricsModel::QueueColumn)
            continue;   // stretches
        const int title = m_queueTable->fontMetrics().horizontalAdvance(
                              m_queueModel->headerData(column, Qt::Horizontal).toString()) + 24;
        m_queueTable->setColumnWidth(column, std::max(title, valueWidth));
    }
}

void WallboardView::retranslate()
{
    m_title->setText(tr("Wallboards"));
    m_pickerLabel->setText(tr("&Board:"));
    m_new->setText(tr("&New board"));
    m_rename->setText(tr("Rena&me"));
    m_edit->setText(tr("&Edit"));
    m_delete->setText(tr("De&lete"));
    m_detach->setText(tr("De&tach"));
    m_detach->setToolTip(tr("Open the board in a window of its own; the arrow chooses the screen."));
    m_tv->setText(tr("T&V mode"));
    m_tv->setToolTip(tr("Full screen with large type, rotating through your boards; the arrow chooses the screen. "
                        "Esc leaves."));
    m_picker->setAccessibleName(tr("Wallboard"));
    m_noBoards->setText(tr("You have no wallboards yet. Choose New board to make one."));
    m_tableTitle->setText(tr("All queues"));
    m_queueTable->setAccessibleName(tr("All queues"));
    emit m_queueModel->headerDataChanged(Qt::Horizontal, 0, models::QueueMetricsModel::ColumnCount - 1);
    sizeQueueColumns();
}

} // namespace app
