#pragma once
// modules::email::ReplyComposer: writes the agent's reply to an e-mail thread: reply or
// reply all (with the Cc it adds), subject, body (the session's draft), the quotation
// of the customer's last message, attachments, canned responses and Send.
//
// The body is written to InteractionHandle::setDraft() on every change, so nothing is
// lost if the panel is replaced or the client dies. The rest (subject, reply all,
// attachments) is view state that EmailPanel hands over through PanelState.
//
// Send (Ctrl+Return, Ctrl+Enter) checks the subject and the body first and says what is
// missing next to the field; a send the session refuses keeps everything and shows the
// reason next to the button, as does a send that fails later.

#include <QList>
#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace modules::api {
class InteractionHandle;
}

namespace modules::email {

class ReplyComposer : public QWidget {
    Q_OBJECT
public:
    explicit ReplyComposer(api::InteractionHandle *interaction, QWidget *parent = nullptr);

    QString subject() const;
    void setSubject(const QString &subject);
    bool isReplyAll() const;
    void setReplyAll(bool replyAll);
    //! File names, in the order they were attached.
    QStringList attachments() const;
    void setAttachments(const QStringList &fileNames);
    //! Adds the file names of \a paths (their folders are not sent); each name once.
    void addAttachments(const QStringList &paths);
    int cursorPosition() const;
    void setCursorPosition(int position);
    //! The quotation sent with the reply: the customer's last message, quoted.
    QString quotedText() const { return m_quotedText; }

    void send();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateErrorColors();
    void updateState();
    void updateReplyTarget();
    void updateRecipients();
    void updateAttachmentList();
    void onSubjectChangedByInteraction();
    void onBodyChanged();
    void onDraftChanged(const QString &draft);
    void onActionFinished(quint64 requestId, const QString &error);
    void rebuildCannedMenu();
    void openAttachDialog();
    void removeSelectedAttachment();
    void showSendError(const QString &text);
    QString defaultSubject() const;

    QPointer<api::InteractionHandle> m_interaction;
    QLabel *m_readOnlyNotice;
    QWidget *m_form;            // everything that is disabled when the e-mail is read-only
    QToolButton *m_replyButton;
    QToolButton *m_replyAllButton;
    QButtonGroup *m_replyMode;
    QLabel *m_toLabel;
    QLabel *m_to;
    QLabel *m_ccLabel;
    QLabel *m_cc;
    QLabel *m_subjectLabel;
    QLineEdit *m_subject;
    QLabel *m_subjectError;
    QPlainTextEdit *m_body;
    QLabel *m_bodyError;
    QLabel *m_quotedLabel;
    QPlainTextEdit *m_quoted;
    QListWidget *m_attachments;
    QToolButton *m_attachButton;
    QToolButton *m_removeAttachmentButton;
    QToolButton *m_cannedButton;
    QMenu *m_cannedMenu;
    QLabel *m_sendError;
    QPushButton *m_sendButton;

    QStringList m_attachmentNames;
    QString m_quotedText;
    QString m_quotedAuthor;
    QString m_autoSubject;      // the subject we prefilled; followed until the agent edits it
    bool m_syncingDraft = false;
    QList<quint64> m_pendingSends;
};

} // namespace modules::email
