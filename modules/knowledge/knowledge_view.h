#pragma once
// modules::knowledge::KnowledgeView: the side panel. Suggests the articles that match the
// interaction shown (its subject and the customer's last message, followed live), lets
// the agent search, read one, and insert it into the reply (the interaction's draft, so
// whichever channel panel is open shows it).

#include "api_panel_state.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace modules::api { class InteractionHandle; }

namespace modules::knowledge {

class KnowledgeView : public QWidget, public api::PanelState {
    Q_OBJECT
    Q_INTERFACES(modules::api::PanelState)
public:
    explicit KnowledgeView(api::InteractionHandle *interaction, QWidget *parent = nullptr);

    // State keys: "search" (the search text), "article" (the id of the article shown).
    QVariantMap snapshot() const override;
    void restore(const QVariantMap &state) override;

public Q_SLOTS:
    //! The interaction shown changed (the host calls this; nullptr: none).
    void setInteraction(modules::api::InteractionHandle *interaction);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void showArticle(const QString &id);
    void insertIntoReply();
    QString matchText() const;

    QPointer<api::InteractionHandle> m_interaction;
    QLabel *m_title;
    QLineEdit *m_search;
    QListWidget *m_list;
    QTextBrowser *m_article;
    QPushButton *m_insert;
    QLabel *m_error;
    QString m_shown;
};

} // namespace modules::knowledge
