#include "chat_panel.h"

#include "chat_transcript_view.h"

#include "api_interaction_handle.h"
#include "chat_message_delegate.h"
#include "chat_transcript_model.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace modules::chat {

using api::InteractionHandle;

ChatPanel::ChatPanel(InteractionHandle *interaction, QWidget *parent)
    : QWidget(parent), m_interaction(interaction)
{
    setObjectName(QStringLiteral("chatPanel"));
    m_model = new TranscriptModel(interaction, this);

    m_view = new TranscriptView(this);     // appends in O(1), unlike QListView (see its header)
    m_view->setObjectName(QStringLiteral("transcript"));
    m_view->setItemDelegate(new MessageDelegate(m_view));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);

    m_typing = new QLabel(this);
    m_typing->setObjectName(QStringLiteral("typingIndicator"));
    QFont italic = m_typing->font();
    italic.setItalic(true);
    m_typing->setFont(italic);
    m_typing->setForegroundRole(QPalette::PlaceholderText);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("sendError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("editor"));
    m_editor->setTabChangesFocus(true);
    m_editor->setFixedHeight(m_editor->fontMetrics().lineSpacing() * 3 + 14);
    m_editor->installEventFilter(this);
    m_editor->setPlainText(interaction->draft());
    m_editor->moveCursor(QTextCursor::End);

    m_cannedMenu = new QMenu(this);
    m_cannedButton = new QToolButton(this);
    m_cannedButton->setObjectName(QStringLiteral("cannedResponses"));
    m_cannedButton->setMenu(m_cannedMenu);
    m_cannedButton->setPopupMode(QToolButton::InstantPopup);
    m_cannedButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_sendButton = new QPushButton(this);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setDefault(true);

    m_segments = new QLabel(this);
    m_segments->setObjectName(QStringLiteral("segmentCounter"));
    m_segments->setVisible(interaction->channel() == QLatin1String("sms"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cannedButton);
    buttons->addWidget(m_segments);
    buttons->addStretch();
    buttons->addWidget(m_sendButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->setSpacing(4);
    layout->addWidget(m_view, 1);
    auto *below = new QVBoxLayout;
    below->setContentsMargins(8, 0, 8, 0);
    below->setSpacing(4);
    below->addWidget(m_typing);
    below->addWidget(m_error);
    below->addWidget(m_editor);
    below->addLayout(buttons);
    layout->addLayout(below);

    connect(m_sendButton, &QPushButton::clicked, this, &ChatPanel::send);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ChatPanel::onEditorChanged);
    connect(interaction, &InteractionHandle::draftChanged, this, &ChatPanel::onDraftChanged);
    connect(interaction, &InteractionHandle::customerTypingChanged, this,
            &ChatPanel::updateTypingIndicator);
    connect(interaction, &InteractionHandle::customerChanged, this, &ChatPanel::updateTypingIndicator);
    connect(interaction, &InteractionHandle::stateChanged, this, &ChatPanel::updateState);
    connect(interaction, &InteractionHandle::actionFinished, this,
            [this](quint64 id, const QString &error) {
                if (!m_pendingSends.removeOne(id))
                    return;
                if (!error.isEmpty()) {
                    m_error->setText(tr("Message not sent: %1").arg(error));
                    m_error->show();
                }
            });
    // Follow the end of the transcript while the agent is at it: the range grows as
    // messages arrive and as the view is laid out; reading further up stops following.
    QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        m_followTail = value >= bar->maximum();
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_followTail && m_pendingFirstVisible < 0)
            bar->setValue(max);
    });
    connect(m_cannedMenu, &QMenu::aboutToShow, this, &ChatPanel::rebuildCannedMenu);

    rebuildCannedMenu();
    retranslate();
    updateTypingIndicator();
    updateState();
    updateSegments();
    setFocusProxy(m_editor);
}

ChatPanel::~ChatPanel()
{
    if (m_interaction && m_typingSent)
        m_interaction->setTyping(false);
}

void ChatPanel::retranslate()
{
    m_view->setAccessibleName(tr("Transcript"));
    m_typing->setAccessibleName(tr("Typing indicator"));
    m_error->setAccessibleName(tr("Send error"));
    m_editor->setAccessibleName(tr("Message"));
    m_editor->setPlaceholderText(tr("Type a message. Enter sends, Shift+Enter starts a new line, / inserts a canned response"));
    m_cannedButton->setText(tr("Canned responses"));
    m_cannedButton->setAccessibleName(tr("Canned responses"));
    m_cannedButton->setToolTip(tr("Insert a prepared answer (or type / and its shortcut, then Tab)"));
    m_sendButton->setText(tr("Send"));
    m_sendButton->setAccessibleName(tr("Send message"));
    m_sendButton->setToolTip(tr("Send the message (Enter)"));
    m_segments->setAccessibleName(tr("Message length"));
    updateTypingIndicator();
    updateSegments();
}

void ChatPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool ChatPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ShiftModifier)) {
            m_editor->insertPlainText(QStringLiteral("\n"));
            return true;
        }
        if (enter && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            if (!expandCannedShortcut())
                send();
            return true;
        }
        if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier && expandCannedShortcut())
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ChatPanel::send()
{
    if (!m_interaction)
        return;
    const QString text = m_editor->toPlainText().trimmed();
    if (text.isEmpty())
        return;
    const api::ActionResult result = m_interaction->sendMessage(text);
    if (!result.ok()) {
        m_error->setText(tr("Message not sent: %1").arg(result.error));
        m_error->show();
        return;     // the text stays in the editor and the draft
    }
    m_pendingSends.append(result.requestId);
    m_error->hide();
    m_editor->clear();  // clears the session's draft through onEditorChanged()
    m_view->scrollToBottom();
}

// "/name" just before the cursor, at the start of the text or after whitespace,
// becomes the text of the canned response with that shortcut.
bool ChatPanel::expandCannedShortcut()
{
    if (!m_interaction)
        return false;
    QTextCursor cursor = m_editor->textCursor();
    const QString line = cursor.block().text().left(cursor.positionInBlock());
    const int slash = line.lastIndexOf(QLatin1Char('/'));
    if (slash < 0 || (slash > 0 && !line.at(slash - 1).isSpace()))
        return false;
    const QString name = line.mid(slash + 1);
    if (name.isEmpty() || name.contains(QLatin1Char(' ')))
        return false;
    const auto responses = m_interaction->cannedResponses();
    for (const api::CannedResponse &r : responses) {
        if (!r.shortcut.isEmpty() && r.shortcut.compare(name, Qt::CaseInsensitive) == 0) {
            cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(name.size()) + 1);
            cursor.insertText(r.text);
            m_editor->setTextCursor(cursor);
            return true;
        }
    }
    return false;
}

void ChatPanel::insertText(const QString &text)
{
    m_editor->insertPlainText(text);
    m_editor->setFocus();
}

void ChatPanel::rebuildCannedMenu()
{
    m_cannedMenu->clear();
    const auto responses = m_interaction ? m_interaction->cannedResponses() : QList<api::CannedResponse>();
    for (const api::CannedResponse &r : responses) {
        const QString label = r.shortcut.isEmpty()
            ? r.title : tr("%1\t/%2").arg(r.title, r.shortcut);
        QAction *action = m_cannedMenu->addAction(label);
        action->setToolTip(r.text);
        const QString text = r.text;
        connect(action, &QAction::triggered, this, [this, text] { insertText(text); });
    }
    if (responses.isEmpty())
        m_cannedMenu->addAction(tr("No canned responses"))->setEnabled(false);
    m_cannedButton->setEnabled(!responses.isEmpty());
}

void ChatPanel::onEditorChanged()
{
    updateSegments();
    if (!m_interaction || m_syncingDraft)
        return;
    const QString text = m_editor->toPlainText();
    m_syncingDraft = true;
    m_interaction->setDraft(text);
    m_syncingDraft = false;
    const bool typing = !text.isEmpty();
    if (typing != m_typingSent) {
        m_typingSent = typing;
        m_interaction->setTyping(typing);
    }
}

// The session changed the draft (restored after a restart, typed in another view).
void ChatPanel::onDraftChanged(const QString &draft)
{
    if (m_syncingDraft || draft == m_editor->toPlainText())
        return;
    m_syncingDraft = true;
    m_editor->setPlainText(draft);
    m_editor->moveCursor(QTextCursor::End);
    m_syncingDraft = false;
}

void ChatPanel::updateTypingIndicator()
{
    const bool typing = m_interaction && m_interaction->isCustomerTyping();
    const QString name = m_interaction ? m_interaction->customerName() : QString();
    m_typing->setText(name.isEmpty() ? tr("Customer is typing…") : tr("%1 is typing…").arg(name));
    // Keep the line's height so that the editor does not jump when it toggles.
    QSizePolicy policy = m_typing->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_typing->setSizePolicy(policy);
    m_typing->setVisible(typing);
}

void ChatPanel::updateState()
{
    const bool active = m_interaction && m_interaction->state() == InteractionHandle::State::Active;
    m_editor->setReadOnly(!active);
    m_sendButton->setEnabled(active);
}

ChatPanel::Segments ChatPanel::smsSegments(const QString &text)
{
    static const QString gsmBasic = QString::fromUtf8(
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    static const QString gsmExtended = QString::fromUtf8("^{}\\[~]|€\f");
    Segments s;
    int septets = 0;
    for (const QChar c : text) {
        if (gsmBasic.contains(c)) {
            ++septets;
        } else if (gsmExtended.contains(c)) {
            septets += 2;
        } else {
            s.unicode = true;
            break;
        }
    }
    if (s.unicode) {
        const int units = int(text.size());   // UTF-16 code units, as UCS-2 counts them
        s.characters = units;
        s.segments = units == 0 ? 0 : units <= 70 ? 1 : (units + 66) / 67;
    } else {
        s.characters = septets;
        s.segments = septets == 0 ? 0 : septets <= 160 ? 1 : (septets + 152) / 153;
    }
    return s;
}

void ChatPanel::updateSegments()
{
    if (m_segments->isHidden())
        return;
    const Segments s = smsSegments(m_editor->toPlainText());
    m_segments->setText(tr("%n character(s)", nullptr, s.characters) + QStringLiteral(" · ")
                        + tr("%n segment(s)", nullptr, s.segments));
}

bool ChatPanel::isAtBottom() const
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    return bar->value() >= bar->maximum();
}

QVariantMap ChatPanel::snapshot() const
{
    QVariantMap state;
    state.insert(QStringLiteral("draft"), m_editor->toPlainText());
    state.insert(QStringLiteral("cursor"), m_editor->textCursor().position());
    const bool atBottom = isAtBottom();
    state.insert(QStringLiteral("atBottom"), atBottom);
    if (!atBottom) {
        const QModelIndex first = m_view->indexAt(QPoint(1, 1));
        state.insert(QStringLiteral("firstVisible"), first.isValid() ? first.row() : 0);
    }
    return state;
}

void ChatPanel::restore(const QVariantMap &state)
{
    if (state.contains(QStringLiteral("draft"))) {
        const QString draft = state.value(QStringLiteral("draft")).toString();
        if (draft != m_editor->toPlainText())
            m_editor->setPlainText(draft);   // and so into the session's draft
    }
    if (state.contains(QStringLiteral("cursor"))) {
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(qBound(0, state.value(QStringLiteral("cursor")).toInt(),
                                  int(m_editor->toPlainText().size())));
        m_editor->setTextCursor(cursor);
    }
    m_followTail = state.value(QStringLiteral("atBottom"), true).toBool();
    m_pendingFirstVisible = m_followTail ? -1 : state.value(QStringLiteral("firstVisible"), 0).toInt();
    applyScroll();
    if (isVisible())
        m_pendingFirstVisible = -1;     // otherwise showEvent() applies it again, laid out
}

void ChatPanel::applyScroll()
{
    m_view->doItemsLayout();
    if (m_pendingFirstVisible >= 0 && m_pendingFirstVisible < m_model->rowCount())
        m_view->scrollTo(m_model->index(m_pendingFirstVisible), QAbstractItemView::PositionAtTop);
    else if (m_followTail)
        m_view->scrollToBottom();
}

void ChatPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Before the first show the view has no size: scroll once it has one.
    applyScroll();
    m_pendingFirstVisible = -1;
}

} // namespace modules::chat
