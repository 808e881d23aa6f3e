#pragma once
// modules::chat::ChatPanel: the view of one chat: transcript, typing indicator,
// editor with canned responses, send button.
//
// Snapshot keys (PanelState), kept stable across versions of this module:
//   "draft"         QString  the editor's text (also in the session's draft)
//   "cursor"        int      the editor's cursor position
//   "atBottom"      bool     the transcript was scrolled to its end
//   "firstVisible"  int      otherwise, the first visible message's index

#include "api_panel_state.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QMenu;

namespace modules::api {
class InteractionHandle;
}

namespace modules::chat {

class TranscriptModel;
class TranscriptView;

class ChatPanel : public QWidget, public api::PanelState {
    Q_OBJECT
    Q_INTERFACES(modules::api::PanelState)
public:
    explicit ChatPanel(api::InteractionHandle *interaction, QWidget *parent = nullptr);
    ~ChatPanel() override;

    QVariantMap snapshot() const override;
    void restore(const QVariantMap &state) override;

    // GSM-7 vs UCS-2 segment arithmetic of an SMS; the SMS module shows it.
    struct Segments { int characters = 0; int segments = 0; bool unicode = false; };
    static Segments smsSegments(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void send();
    bool expandCannedShortcut();
    void insertText(const QString &text);
    void onEditorChanged();
    void onDraftChanged(const QString &draft);
    void updateTypingIndicator();
    void updateState();
    void updateSegments();
    void rebuildCannedMenu();
    void applyScroll();
    bool isAtBottom() const;

    QPointer<api::InteractionHandle> m_interaction;
    TranscriptModel *m_model;
    TranscriptView *m_view;
    QLabel *m_typing;
    QLabel *m_error;
    QPlainTextEdit *m_editor;
    QToolButton *m_cannedButton;
    QMenu *m_cannedMenu;
    QPushButton *m_sendButton;
    QLabel *m_segments;
    bool m_followTail = true;       // keep the last message in view as rows arrive
    bool m_syncingDraft = false;
    bool m_typingSent = false;
    int m_pendingFirstVisible = -1; // scroll restore waiting for the first layout
    QList<quint64> m_pendingSends;
};

} // namespace modules::chat
