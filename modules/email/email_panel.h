#pragma once
// modules::email::EmailPanel: the view of one e-mail interaction: the thread (every
// message as a card, the newest expanded) above the reply composer.
//
// Snapshot keys (PanelState), kept stable across versions of this module; missing
// keys leave the default, unknown ones are ignored:
//   "draft"         QString      the reply text (also, and first of all, the session's draft)
//   "cursor"        int          the cursor position in the reply text
//   "subject"       QString      the reply's subject as the agent left it
//   "replyAll"      bool         reply to all rather than to the customer only
//   "attachments"   QStringList  file names attached to the reply
//   "expanded"      QList<int>   indexes of the expanded messages
//   "atBottom"      bool         the thread was scrolled to its end (and follows it)
//   "firstVisible"  int          otherwise, the index of the first visible message
//   "splitter"      QList<int>   heights of the thread and the composer

#include "api_panel_state.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QSplitter;

namespace modules::api {
class InteractionHandle;
}

namespace modules::email {

class ReplyComposer;
class ThreadModel;

class EmailPanel : public QWidget, public api::PanelState {
    Q_OBJECT
    Q_INTERFACES(modules::api::PanelState)
public:
    explicit EmailPanel(api::InteractionHandle *interaction, QWidget *parent = nullptr);

    QVariantMap snapshot() const override;
    void restore(const QVariantMap &state) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateHeader();
    void relayoutRow(const QModelIndex &index);
    void applyScroll();
    bool isAtBottom() const;

    QPointer<api::InteractionHandle> m_interaction;
    QLabel *m_title;
    QLabel *m_customer;
    ThreadModel *m_model;
    QListView *m_thread;
    ReplyComposer *m_composer;
    QSplitter *m_splitter;
    bool m_followTail = true;       // keep the newest message in view as messages arrive
    int m_pendingFirstVisible = -1; // scroll restore waiting for the first layout
    bool m_splitterPlaced = false;  // the first show divides the height, a restore may have
};

} // namespace modules::email
