#include "email_panel.h"

#include "api_interaction_handle.h"
#include "email_message_delegate.h"
#include "email_reply_composer.h"
#include "email_thread_model.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace modules::email {

using api::InteractionHandle;

namespace {
const QString kDraft = QStringLiteral("draft");
const QString kCursor = QStringLiteral("cursor");
const QString kSubject = QStringLiteral("subject");
const QString kReplyAll = QStringLiteral("replyAll");
const QString kAttachments = QStringLiteral("attachments");
const QString kExpanded = QStringLiteral("expanded");
const QString kAtBottom = QStringLiteral("atBottom");
const QString kFirstVisible = QStringLiteral("firstVisible");
const QString kSplitter = QStringLiteral("splitter");

QVariantList toVariantList(const QList<int> &values)
{
    QVariantList list;
    for (int v : values)
        list.append(v);
    return list;
}

QList<int> toIntList(const QVariant &value)
{
    QList<int> list;
    const QVariantList values = value.toList();
    for (const QVariant &v : values)
        list.append(v.toInt());
    return list;
}
} // namespace

EmailPanel::EmailPanel(InteractionHandle *interaction, QWidget *parent)
    : QWidget(parent), m_interaction(interaction)
{
    setObjectName(QStringLiteral("emailPanel"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("threadSubject"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.12);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_customer = new QLabel(this);
    m_customer->setObjectName(QStringLiteral("customer"));
    m_customer->setForegroundRole(QPalette::PlaceholderText);
    m_customer->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new ThreadModel(interaction, this);
    m_thread = new QListView(this);
    m_thread->setObjectName(QStringLiteral("thread"));
    m_thread->setModel(m_model);
    auto *delegate = new MessageDelegate(m_thread);
    m_thread->setItemDelegate(delegate);
    m_thread->setResizeMode(QListView::Adjust);
    m_thread->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_thread->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_thread->setSelectionMode(QAbstractItemView::SingleSelection);
    m_thread->setUniformItemSizes(false);
    m_thread->setWordWrap(true);
    m_thread->setFrameShape(QFrame::NoFrame);
    // cards in the base colour on the window colour
    m_thread->viewport()->setBackgroundRole(QPalette::Window);
    m_thread->installEventFilter(this);

    m_composer = new ReplyComposer(interaction, this);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_thread);
    m_splitter->addWidget(m_composer);
    m_composer->installEventFilter(this);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *header = new QVBoxLayout;
    header->setContentsMargins(12, 8, 12, 6);
    header->setSpacing(1);
    header->addWidget(m_title);
    header->addWidget(m_customer);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_splitter, 1);

    // A card changes height when it expands or its delivery state changes.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft) { relayoutRow(topLeft); });
    connect(m_thread, &QListView::clicked, m_model,
            [this](const QModelIndex &index) { m_model->toggleExpanded(index.row()); });
    connect(interaction, &InteractionHandle::subjectChanged, this, &EmailPanel::updateHeader);
    connect(interaction, &InteractionHandle::customerChanged, this, &EmailPanel::updateHeader);
    // Follow the end of the thread while the agent is at it; reading further up stops it.
    QScrollBar *bar = m_thread->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        m_followTail = value >= bar->maximum();
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_followTail && m_pendingFirstVisible < 0)
            bar->setValue(max);
    });

    retranslate();
    setFocusProxy(m_composer);
}

void EmailPanel::retranslate()
{
    m_title->setAccessibleName(tr("Subject of the thread"));
    m_customer->setAccessibleName(tr("Customer"));
    m_thread->setAccessibleName(tr("E-mail thread"));
    m_thread->setToolTip(tr("Click a message (or press Space) to expand or collapse it"));
    updateHeader();
}

void EmailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EmailPanel::updateHeader()
{
    if (!m_interaction)
        return;
    const QString subject = m_interaction->subject();
    m_title->setText(subject.isEmpty() ? tr("(no subject)") : subject);
    const QString name = m_interaction->customerName();
    const QString address = m_interaction->customerAddress();
    m_customer->setText(name.isEmpty() ? address : tr("%1 <%2>").arg(name, address));
}

void EmailPanel::relayoutRow(const QModelIndex &index)
{
    auto *delegate = static_cast<MessageDelegate *>(m_thread->itemDelegate());
    Q_EMIT delegate->sizeHintChanged(index);
}

bool EmailPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The composer grows when a quotation, Cc or attachments appear (after the splitter
    // was placed): an explicit minimum is what QSplitter never squeezes below, so the
    // composer's fields are never drawn on top of each other; the thread gives way.
    if (watched == m_composer && event->type() == QEvent::LayoutRequest && m_composer->layout()) {
        const int needed = m_composer->layout()->minimumSize().height();
        if (needed != m_composer->minimumHeight())
            m_composer->setMinimumHeight(needed);
    }
    if (watched == m_thread && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_thread->currentIndex();
        if (current.isValid() && key->modifiers() == Qt::NoModifier
            && (key->key() == Qt::Key_Space || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            m_model->toggleExpanded(current.row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool EmailPanel::isAtBottom() const
{
    const QScrollBar *bar = m_thread->verticalScrollBar();
    return bar->value() >= bar->maximum();
}

QVariantMap EmailPanel::snapshot() const
{
    QVariantMap state;
    state.insert(kDraft, m_interaction ? m_interaction->draft() : QString());
    state.insert(kCursor, m_composer->cursorPosition());
    state.insert(kSubject, m_composer->subject());
    state.insert(kReplyAll, m_composer->isReplyAll());
    state.insert(kAttachments, m_composer->attachments());
    state.insert(kExpanded, toVariantList(m_model->expandedRows()));
    const bool atBottom = isAtBottom();
    state.insert(kAtBottom, atBottom);
    if (!atBottom) {
        const QModelIndex first = m_thread->indexAt(QPoint(1, 1));
        state.insert(kFirstVisible, first.isValid() ? first.row() : 0);
    }
    state.insert(kSplitter, toVariantList(m_splitter->sizes()));
    return state;
}

void EmailPanel::restore(const QVariantMap &state)
{
    // The session's draft wins: it is the copy that survives a crash. The snapshot's
    // only fills in when the session has none.
    if (m_interaction && m_interaction->draft().isEmpty() && !state.value(kDraft).toString().isEmpty())
        m_interaction->setDraft(state.value(kDraft).toString());
    if (state.contains(kSubject))
        m_composer->setSubject(state.value(kSubject).toString());
    if (state.contains(kReplyAll))
        m_composer->setReplyAll(state.value(kReplyAll).toBool());
    if (state.contains(kAttachments))
        m_composer->setAttachments(state.value(kAttachments).toStringList());
    if (state.contains(kCursor))
        m_composer->setCursorPosition(state.value(kCursor).toInt());
    if (state.contains(kExpanded))
        m_model->setExpandedRows(toIntList(state.value(kExpanded)));
    const QList<int> sizes = toIntList(state.value(kSplitter));
    if (sizes.size() == 2) {
        m_splitter->setSizes(sizes);
        m_splitterPlaced = true;
    }
    m_followTail = state.value(kAtBottom, true).toBool();
    m_pendingFirstVisible = m_followTail ? -1 : state.value(kFirstVisible, 0).toInt();
    applyScroll();
    if (isVisible())
        m_pendingFirstVisible = -1;     // otherwise showEvent() applies it again, laid out
}

void EmailPanel::applyScroll()
{
    m_thread->doItemsLayout();
    if (m_pendingFirstVisible >= 0 && m_pendingFirstVisible < m_model->rowCount())
        m_thread->scrollTo(m_model->index(m_pendingFirstVisible), QAbstractItemView::PositionAtTop);
    else if (m_followTail)
        m_thread->scrollToBottom();
}

void EmailPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_splitterPlaced) {
        // The composer's size hint would take most of the height: give the thread 55%,
        // and the composer never less than it needs.
        m_splitterPlaced = true;
        const int total = m_splitter->height();
        const int composer = qMax(m_composer->minimumSizeHint().height(), total * 45 / 100);
        m_splitter->setSizes({qMax(0, total - composer), composer});
    }
    // Before the first show the view has no size: scroll once it has one.
    applyScroll();
    m_pendingFirstVisible = -1;
}

} // namespace modules::email
