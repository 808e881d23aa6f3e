#include "knowledge_view.h"

#include "api_interaction_handle.h"
#include "knowledge_articles.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace modules::knowledge {

KnowledgeView::KnowledgeView(api::InteractionHandle *interaction, QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_search(new QLineEdit(this)),
      m_list(new QListWidget(this)),
      m_article(new QTextBrowser(this)),
      m_insert(new QPushButton(this)),
      m_error(new QLabel(this))
{
    setObjectName(QString::fromLatin1("knowledgeView"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_search->setObjectName(QString::fromLatin1("knowledgeSearch"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QString::fromLatin1("knowledgeArticles"));
    m_list->setMaximumHeight(140);
    m_article->setObjectName(QString::fromLatin1("knowledgeArticle"));
    m_article->setOpenLinks(false);
    m_insert->setObjectName(QString::fromLatin1("knowledgeInsert"));
    m_error->setObjectName(QString::fromLatin1("knowledgeError"));
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::PlaceholderText);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(m_article, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_insert);

    connect(m_search, &QLineEdit::textChanged, this, &KnowledgeView::refresh);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        showArticle(item ? item->data(Qt::UserRole).toString() : QString());
    });
    connect(m_insert, &QPushButton::clicked, this, &KnowledgeView::insertIntoReply);
    retranslate();
    setInteraction(interaction);
}

void KnowledgeView::setInteraction(api::InteractionHandle *interaction)
{
    if (m_interaction)
        disconnect(m_interaction, nullptr, this, nullptr);
    m_interaction = interaction;
    if (interaction) {
        // The suggestions follow the conversation: a new customer message may change them.
        connect(interaction, &api::InteractionHandle::messagesInserted, this, &KnowledgeView::refresh);
        connect(interaction, &api::InteractionHandle::subjectChanged, this, &KnowledgeView::refresh);
        connect(interaction, &api::InteractionHandle::stateChanged, this, &KnowledgeView::refresh);
    }
    refresh();
}

QString KnowledgeView::matchText() const
{
    if (!m_search->text().trimmed().isEmpty())
        return m_search->text();
    if (!m_interaction)
        return {};
    QString text = m_interaction->subject();
    for (int i = m_interaction->messageCount() - 1; i >= 0; --i) {
        const api::Message message = m_interaction->message(i);
        if (message.isFromCustomer()) {
            text += QLatin1Char(' ') + message.text;
            break;
        }
    }
    return text;
}

void KnowledgeView::refresh()
{
    const QString keep = m_shown;
    m_list->clear();
    for (const Article &article : rank(matchText())) {
        auto *item = new QListWidgetItem(article.title, m_list);
        item->setData(Qt::UserRole, article.id);
        if (article.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    const bool writable = m_interaction && m_interaction->state() == api::InteractionHandle::State::Active;
    m_insert->setEnabled(writable && !m_shown.isEmpty());
}

void KnowledgeView::showArticle(const QString &id)
{
    m_shown = id;
    m_article->clear();
    for (const Article &article : articles()) {
        if (article.id == id)
            m_article->setPlainText(article.body);
    }
    m_insert->setEnabled(m_interaction && m_interaction->state() == api::InteractionHandle::State::Active
                         && !m_shown.isEmpty());
}

void KnowledgeView::insertIntoReply()
{
    if (!m_interaction || m_shown.isEmpty())
        return;
    if (m_interaction->channel() == QLatin1String("voice")) {
        m_error->setText(tr("A call has no reply to write: read the article to the customer."));
        m_error->show();
        return;
    }
    m_error->hide();
    const QString draft = m_interaction->draft();
    const QString text = m_article->toPlainText();
    m_interaction->setDraft(draft.isEmpty() ? text : draft + QLatin1Char('\n') + text);
}

QVariantMap KnowledgeView::snapshot() const
{
    return {{QString::fromLatin1("search"), m_search->text()}, {QString::fromLatin1("article"), m_shown}};
}

void KnowledgeView::restore(const QVariantMap &state)
{
    m_search->setText(state.value(QString::fromLatin1("search")).toString());
    const QString article = state.value(QString::fromLatin1("article")).toString();
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString() == article)
            m_list->setCurrentRow(row);
}

void KnowledgeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KnowledgeView::retranslate()
{
    m_title->setText(tr("Knowledge base"));
    m_search->setPlaceholderText(tr("Search articles"));
    m_search->setAccessibleName(tr("Search the knowledge base"));
    m_list->setAccessibleName(tr("Suggested articles"));
    m_article->setAccessibleName(tr("Article"));
    m_insert->setText(tr("Insert into reply"));
    m_insert->setAccessibleName(tr("Insert the article into the reply"));
    m_insert->setToolTip(tr("Adds the article's text to the reply being written"));
}

} // namespace modules::knowledge
