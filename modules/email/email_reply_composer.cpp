#include "email_reply_composer.h"

#include "api_interaction_handle.h"
#include "email_message_delegate.h"
#include "email_reply_format.h"

#include <QAction>
#include <QButtonGroup>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace modules::email {

using api::InteractionHandle;
using api::Message;

namespace {
QLabel *errorLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->hide();
    return label;
}

QString withoutTrailingSpace(QString text)
{
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}

QKeySequence sendShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::Key_Return);
}
} // namespace

ReplyComposer::ReplyComposer(InteractionHandle *interaction, QWidget *parent)
    : QWidget(parent), m_interaction(interaction)
{
    setObjectName(QStringLiteral("composer"));

    m_readOnlyNotice = new QLabel(this);
    m_readOnlyNotice->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnlyNotice->setWordWrap(true);
    m_readOnlyNotice->setForegroundRole(QPalette::PlaceholderText);

    m_form = new QWidget(this);
    m_form->setObjectName(QStringLiteral("composerForm"));

    m_replyButton = new QToolButton(m_form);
    m_replyButton->setObjectName(QStringLiteral("reply"));
    m_replyAllButton = new QToolButton(m_form);
    m_replyAllButton->setObjectName(QStringLiteral("replyAll"));
    for (QToolButton *button : {m_replyButton, m_replyAllButton}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_replyButton->setChecked(true);
    m_replyMode = new QButtonGroup(this);
    m_replyMode->setExclusive(true);
    m_replyMode->addButton(m_replyButton);
    m_replyMode->addButton(m_replyAllButton);

    m_toLabel = new QLabel(m_form);
    m_toLabel->setObjectName(QStringLiteral("toLabel"));
    m_to = new QLabel(m_form);
    m_to->setObjectName(QStringLiteral("recipients"));
    m_to->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ccLabel = new QLabel(m_form);
    m_ccLabel->setObjectName(QStringLiteral("ccLabel"));
    m_cc = new QLabel(m_form);
    m_cc->setObjectName(QStringLiteral("replyAllCc"));
    m_cc->setWordWrap(true);
    m_cc->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_subjectLabel = new QLabel(m_form);
    m_subjectLabel->setObjectName(QStringLiteral("subjectLabel"));
    m_subject = new QLineEdit(m_form);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->installEventFilter(this);
    m_subjectLabel->setBuddy(m_subject);
    m_subjectError = errorLabel("subjectError", m_form);

    m_body = new QPlainTextEdit(m_form);
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(m_body->fontMetrics().lineSpacing() * 4 + 14);
    m_body->installEventFilter(this);
    m_bodyError = errorLabel("bodyError", m_form);

    m_quotedLabel = new QLabel(m_form);
    m_quotedLabel->setObjectName(QStringLiteral("quotedLabel"));
    m_quotedLabel->setForegroundRole(QPalette::PlaceholderText);
    m_quoted = new QPlainTextEdit(m_form);
    m_quoted->setObjectName(QStringLiteral("quoted"));
    m_quoted->setReadOnly(true);
    m_quoted->setFrameShape(QFrame::NoFrame);
    m_quoted->setFocusPolicy(Qt::ClickFocus);
    m_quoted->setFixedHeight(m_quoted->fontMetrics().lineSpacing() * 4 + 10);

    m_attachments = new QListWidget(m_form);
    m_attachments->setObjectName(QStringLiteral("attachments"));
    // one compact row of file names, scrolling sideways when there are many
    m_attachments->setFlow(QListView::LeftToRight);
    m_attachments->setWrapping(false);
    m_attachments->setSpacing(2);
    m_attachments->setIconSize(QSize(16, 16));
    m_attachments->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_attachments->setFixedHeight(qMax(m_attachments->fontMetrics().height(), 16) + 16
                                  + m_attachments->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    m_attachments->installEventFilter(this);

    m_attachButton = new QToolButton(m_form);
    m_attachButton->setObjectName(QStringLiteral("attach"));
    m_attachButton->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_attachButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_removeAttachmentButton = new QToolButton(m_form);
    m_removeAttachmentButton->setObjectName(QStringLiteral("removeAttachment"));
    m_removeAttachmentButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_cannedMenu = new QMenu(this);
    m_cannedButton = new QToolButton(m_form);
    m_cannedButton->setObjectName(QStringLiteral("cannedResponses"));
    m_cannedButton->setMenu(m_cannedMenu);
    m_cannedButton->setPopupMode(QToolButton::InstantPopup);
    m_cannedButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_sendError = errorLabel("sendError", m_form);
    m_sendError->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_sendButton = new QPushButton(m_form);
    m_sendButton->setObjectName(QStringLiteral("send"));
    m_sendButton->setDefault(true);

    auto *header = new QGridLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->setHorizontalSpacing(8);
    header->setVerticalSpacing(4);
    header->addWidget(m_toLabel, 0, 0);
    header->addWidget(m_to, 0, 1);
    auto *mode = new QHBoxLayout;
    mode->setSpacing(2);
    mode->addWidget(m_replyButton);
    mode->addWidget(m_replyAllButton);
    header->addLayout(mode, 0, 2);
    header->addWidget(m_ccLabel, 1, 0);
    header->addWidget(m_cc, 1, 1, 1, 2);
    header->addWidget(m_subjectLabel, 2, 0);
    header->addWidget(m_subject, 2, 1, 1, 2);
    header->addWidget(m_subjectError, 3, 1, 1, 2);
    header->setColumnStretch(1, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(m_attachButton);
    buttons->addWidget(m_removeAttachmentButton);
    buttons->addWidget(m_cannedButton);
    buttons->addStretch();
    buttons->addWidget(m_sendError, 1);
    buttons->addWidget(m_sendButton);

    auto *form = new QVBoxLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setSpacing(4);
    form->addLayout(header);
    form->addWidget(m_body, 1);
    form->addWidget(m_bodyError);
    form->addWidget(m_quotedLabel);
    form->addWidget(m_quoted);
    form->addWidget(m_attachments);
    form->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(4);
    layout->addWidget(m_readOnlyNotice);
    layout->addWidget(m_form, 1);

    m_body->setPlainText(interaction->draft());
    m_body->moveCursor(QTextCursor::End);
    m_autoSubject = defaultSubject();
    m_subject->setText(m_autoSubject);

    connect(m_sendButton, &QPushButton::clicked, this, &ReplyComposer::send);
    connect(m_replyAllButton, &QToolButton::toggled, this, &ReplyComposer::updateRecipients);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ReplyComposer::onBodyChanged);
    connect(m_subject, &QLineEdit::textChanged, m_subjectError, &QWidget::hide);
    connect(m_attachButton, &QToolButton::clicked, this, &ReplyComposer::openAttachDialog);
    connect(m_removeAttachmentButton, &QToolButton::clicked, this, &ReplyComposer::removeSelectedAttachment);
    connect(m_attachments, &QListWidget::itemSelectionChanged, this, [this] {
        m_removeAttachmentButton->setEnabled(!m_attachments->selectedItems().isEmpty());
    });
    connect(m_cannedMenu, &QMenu::aboutToShow, this, &ReplyComposer::rebuildCannedMenu);
    connect(interaction, &InteractionHandle::draftChanged, this, &ReplyComposer::onDraftChanged);
    connect(interaction, &InteractionHandle::stateChanged, this, &ReplyComposer::updateState);
    connect(interaction, &InteractionHandle::subjectChanged, this,
            &ReplyComposer::onSubjectChangedByInteraction);
    connect(interaction, &InteractionHandle::customerChanged, this, &ReplyComposer::updateRecipients);
    connect(interaction, &InteractionHandle::messagesInserted, this, &ReplyComposer::updateReplyTarget);
    connect(interaction, &InteractionHandle::actionFinished, this, &ReplyComposer::onActionFinished);

    rebuildCannedMenu();
    updateErrorColors();
    retranslate();          // also the reply target, the recipients and the state
    updateAttachmentList();
    setFocusProxy(m_body);
}

void ReplyComposer::retranslate()
{
    m_replyButton->setText(tr("Reply"));
    m_replyButton->setAccessibleName(tr("Reply to the customer"));
    m_replyButton->setToolTip(tr("Reply to the customer only"));
    m_replyAllButton->setText(tr("Reply all"));
    m_replyAllButton->setAccessibleName(tr("Reply to all"));
    m_replyAllButton->setToolTip(tr("Reply to the customer and copy everyone else on their last e-mail"));
    m_toLabel->setText(tr("To:"));
    m_toLabel->setAccessibleName(tr("To"));
    m_to->setAccessibleName(tr("Recipient"));
    m_ccLabel->setText(tr("Cc:"));
    m_ccLabel->setAccessibleName(tr("Cc"));
    m_cc->setAccessibleName(tr("Copied by reply all"));
    m_subjectLabel->setText(tr("&Subject:"));
    m_subjectLabel->setAccessibleName(tr("Subject"));
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setPlaceholderText(tr("Subject of the reply"));
    m_subjectError->setAccessibleName(tr("Subject problem"));
    m_body->setAccessibleName(tr("Reply text"));
    m_body->setPlaceholderText(tr("Write the reply. %1 sends it.")
                                   .arg(sendShortcut().toString(QKeySequence::NativeText)));
    m_bodyError->setAccessibleName(tr("Reply text problem"));
    m_quotedLabel->setAccessibleName(tr("Quotation"));
    m_quoted->setAccessibleName(tr("Quoted text sent below the reply"));
    m_attachments->setAccessibleName(tr("Attachments"));
    m_attachments->setToolTip(tr("Files attached to the reply (Delete removes the selected one)"));
    m_attachButton->setText(tr("Attach…"));
    m_attachButton->setAccessibleName(tr("Attach files"));
    m_attachButton->setToolTip(tr("Attach files to the reply"));
    m_removeAttachmentButton->setText(tr("Remove"));
    m_removeAttachmentButton->setAccessibleName(tr("Remove attachment"));
    m_removeAttachmentButton->setToolTip(tr("Remove the selected attachment (Delete)"));
    m_cannedButton->setText(tr("Canned responses"));
    m_cannedButton->setAccessibleName(tr("Canned responses"));
    m_cannedButton->setToolTip(tr("Insert a prepared answer at the cursor"));
    m_sendError->setAccessibleName(tr("Send error"));
    m_sendButton->setText(tr("Send"));
    m_sendButton->setAccessibleName(tr("Send reply"));
    m_sendButton->setToolTip(tr("Send the reply (%1)").arg(sendShortcut().toString(QKeySequence::NativeText)));
    m_readOnlyNotice->setAccessibleName(tr("Why replying is not possible"));
    updateReplyTarget();
    updateState();
}

void ReplyComposer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateErrorColors();
    QWidget::changeEvent(event);
}

void ReplyComposer::updateErrorColors()
{
    // The quotation greyed on the window colour, clearly not part of what is typed;
    // derived again from every new palette (light, dark).
    QPalette quoted = palette();
    quoted.setColor(QPalette::Base, palette().color(QPalette::Window));
    quoted.setColor(QPalette::Text, palette().color(QPalette::PlaceholderText));
    m_quoted->setPalette(quoted);
    for (QLabel *label : {m_subjectError, m_bodyError, m_sendError}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, MessageDelegate::errorColor(palette()));
        label->setPalette(p);
    }
}

bool ReplyComposer::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier)
            && (watched == m_body || watched == m_subject || watched == m_attachments)) {
            send();
            return true;
        }
        if (watched == m_attachments && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            removeSelectedAttachment();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString ReplyComposer::defaultSubject() const
{
    if (!m_interaction)
        return {};
    QString subject = m_interaction->subject();
    for (int i = m_interaction->messageCount() - 1; subject.isEmpty() && i >= 0; --i)
        subject = m_interaction->message(i).subject;
    return ReplyFormat::replySubject(subject);
}

void ReplyComposer::onSubjectChangedByInteraction()
{
    const QString next = defaultSubject();
    // Follow the thread's subject until the agent wrote one of their own.
    if (m_subject->text() == m_autoSubject)
        m_subject->setText(next);
    m_autoSubject = next;
}

QString ReplyComposer::subject() const
{
    return m_subject->text();
}

void ReplyComposer::setSubject(const QString &subject)
{
    m_subject->setText(subject);
}

bool ReplyComposer::isReplyAll() const
{
    return m_replyAllButton->isChecked();
}

void ReplyComposer::setReplyAll(bool replyAll)
{
    (replyAll ? m_replyAllButton : m_replyButton)->setChecked(true);
}

QStringList ReplyComposer::attachments() const
{
    return m_attachmentNames;
}

void ReplyComposer::setAttachments(const QStringList &fileNames)
{
    m_attachmentNames.clear();
    addAttachments(fileNames);
}

void ReplyComposer::addAttachments(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        if (!name.isEmpty() && !m_attachmentNames.contains(name))
            m_attachmentNames.append(name);
    }
    updateAttachmentList();
}

void ReplyComposer::updateAttachmentList()
{
    m_attachments->clear();
    const QIcon icon = style()->standardIcon(QStyle::SP_FileIcon);
    for (const QString &name : std::as_const(m_attachmentNames)) {
        auto *item = new QListWidgetItem(icon, name, m_attachments);
        item->setToolTip(name);
    }
    m_attachments->setVisible(!m_attachmentNames.isEmpty());
    m_removeAttachmentButton->setVisible(!m_attachmentNames.isEmpty());
    m_removeAttachmentButton->setEnabled(false);
}

void ReplyComposer::openAttachDialog()
{
    // Not the static getOpenFileNames(): its nested event loop would outlive a panel
    // replaced meanwhile. The dialog is the composer's child and goes with it.
    auto *dialog = new QFileDialog(this, tr("Attach files"));
    dialog->setObjectName(QStringLiteral("attachDialog"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &ReplyComposer::addAttachments);
    dialog->open();
}

void ReplyComposer::removeSelectedAttachment()
{
    const int row = m_attachments->currentRow();
    if (row < 0 || row >= m_attachmentNames.size() || m_attachments->selectedItems().isEmpty())
        return;
    m_attachmentNames.removeAt(row);
    updateAttachmentList();
}

int ReplyComposer::cursorPosition() const
{
    return m_body->textCursor().position();
}

void ReplyComposer::setCursorPosition(int position)
{
    QTextCursor cursor = m_body->textCursor();
    cursor.setPosition(qBound(0, position, int(m_body->toPlainText().size())));
    m_body->setTextCursor(cursor);
}

void ReplyComposer::updateReplyTarget()
{
    const int last = m_interaction ? ReplyFormat::lastInboundIndex(*m_interaction) : -1;
    if (last < 0) {
        m_quotedText.clear();
        m_quotedAuthor.clear();
    } else {
        const Message message = m_interaction->message(last);
        m_quotedText = ReplyFormat::quote(message, locale());
        m_quotedAuthor = message.author;
    }
    m_quoted->setPlainText(m_quotedText);
    m_quoted->setVisible(!m_quotedText.isEmpty());
    m_quotedLabel->setVisible(!m_quotedText.isEmpty());
    m_quotedLabel->setText(tr("Quoted below your reply:"));
    updateRecipients();
}

void ReplyComposer::updateRecipients()
{
    if (!m_interaction)
        return;
    const QString name = m_interaction->customerName();
    const QString address = m_interaction->customerAddress();
    m_to->setText(name.isEmpty() ? address : tr("%1 <%2>").arg(name, address));
    const int last = ReplyFormat::lastInboundIndex(*m_interaction);
    const QStringList cc = last < 0 ? QStringList()
                                    : ReplyFormat::replyAllCc(m_interaction->message(last), address);
    m_cc->setText(cc.isEmpty() ? tr("No one else is on the customer's last e-mail.")
                               : cc.join(QStringLiteral(", ")));
    m_cc->setForegroundRole(cc.isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
    m_cc->setVisible(isReplyAll());
    m_ccLabel->setVisible(isReplyAll());
}

void ReplyComposer::updateState()
{
    const auto state = m_interaction ? m_interaction->state() : InteractionHandle::State::Closed;
    QString notice;
    switch (state) {
    case InteractionHandle::State::Active: break;
    case InteractionHandle::State::Offered: notice = tr("Accept the e-mail to reply."); break;
    case InteractionHandle::State::WrapUp:
        notice = tr("This e-mail is in wrap-up: the thread is read-only and no reply can be sent.");
        break;
    case InteractionHandle::State::Closed:
        notice = tr("This e-mail is closed: the thread is read-only and no reply can be sent.");
        break;
    }
    m_readOnlyNotice->setText(notice);
    m_readOnlyNotice->setVisible(!notice.isEmpty());
    m_form->setEnabled(notice.isEmpty());
    m_body->setReadOnly(!notice.isEmpty());
}

void ReplyComposer::onBodyChanged()
{
    if (!m_body->toPlainText().trimmed().isEmpty())
        m_bodyError->hide();
    if (!m_interaction || m_syncingDraft)
        return;
    m_syncingDraft = true;
    m_interaction->setDraft(m_body->toPlainText());
    m_syncingDraft = false;
}

// The session changed the draft (restored after a restart, typed in another view).
void ReplyComposer::onDraftChanged(const QString &draft)
{
    if (m_syncingDraft || draft == m_body->toPlainText())
        return;
    m_syncingDraft = true;
    m_body->setPlainText(draft);
    m_body->moveCursor(QTextCursor::End);
    m_syncingDraft = false;
}

void ReplyComposer::rebuildCannedMenu()
{
    m_cannedMenu->clear();
    const auto responses = m_interaction ? m_interaction->cannedResponses() : QList<api::CannedResponse>();
    for (const api::CannedResponse &r : responses) {
        QAction *action = m_cannedMenu->addAction(r.title);
        action->setToolTip(r.text);
        const QString text = r.text;
        connect(action, &QAction::triggered, this, [this, text] {
            m_body->insertPlainText(text);
            m_body->setFocus();
        });
    }
    if (responses.isEmpty())
        m_cannedMenu->addAction(tr("No canned responses"))->setEnabled(false);
    m_cannedButton->setEnabled(!responses.isEmpty());
}

void ReplyComposer::showSendError(const QString &text)
{
    m_sendError->setText(text);
    m_sendError->setToolTip(text);
    m_sendError->show();
}

void ReplyComposer::send()
{
    if (!m_interaction || m_interaction->state() != InteractionHandle::State::Active)
        return;
    const QString subject = m_subject->text().trimmed();
    const QString text = withoutTrailingSpace(m_body->toPlainText());
    m_subjectError->setText(tr("Enter a subject."));
    m_subjectError->setVisible(subject.isEmpty());
    m_bodyError->setText(tr("Write a reply before sending."));
    m_bodyError->setVisible(text.trimmed().isEmpty());
    if (subject.isEmpty() || text.trimmed().isEmpty()) {
        (subject.isEmpty() ? static_cast<QWidget *>(m_subject) : m_body)->setFocus();
        return;
    }

    api::EmailReply reply;
    reply.text = text;
    reply.subject = subject;
    reply.replyAll = isReplyAll();
    reply.quoted = m_quotedText;
    reply.attachments = m_attachmentNames;
    const api::ActionResult result = m_interaction->sendEmail(reply);
    if (!result.ok()) {
        showSendError(tr("Not sent: %1").arg(result.error));
        return;     // everything stays as the agent left it
    }
    m_pendingSends.append(result.requestId);
    m_sendError->hide();
    m_body->clear();
    m_interaction->setDraft(QString());     // already so through onBodyChanged(); said for the reader
    m_attachmentNames.clear();
    updateAttachmentList();
}

void ReplyComposer::onActionFinished(quint64 requestId, const QString &error)
{
    if (!m_pendingSends.removeOne(requestId) || error.isEmpty())
        return;
    showSendError(tr("The last reply was not sent: %1").arg(error));
}

} // namespace modules::email
