#pragma once
// modules::knowledge: the articles of the sample knowledge base, and how well one
// matches what the customer wrote. Compiled into the plugin: a real module would ask
// its vendor's service (over its own HTTP client), which the SDK leaves to the module.

#include <QList>
#include <QString>
#include <QStringList>

namespace modules::knowledge {

struct Article {
    QString id;
    QString title;
    QString body;
    QStringList keywords;
};

const QList<Article> &articles();

// Articles that share words with `text` (subject and the customer's last message), best
// first; all of them, by title, when nothing matches.
QList<Article> rank(const QString &text);

} // namespace modules::knowledge
