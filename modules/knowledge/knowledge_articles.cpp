#include "knowledge_articles.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace modules::knowledge {

const QList<Article> &articles()
{
    // QString::fromUtf8, not QStringLiteral: these strings are copied into widgets and
    // the clipboard, which may outlive this library once the module is unloaded.
    static const QList<Article> list = [] {
        auto a = [](const char *id, const char *title, const char *body, const char *keywords) {
            return Article{QString::fromUtf8(id), QString::fromUtf8(title), QString::fromUtf8(body),
                           QString::fromUtf8(keywords).split(QLatin1Char(' '), Qt::SkipEmptyParts)};
        };
        return QList<Article>{
            a("kb-101", "Router: red light blinking",
              "A blinking red light means the router has no line signal. Ask the customer to unplug the router for ten "
              "seconds, plug it back in and wait two minutes. If the light stays red, check the line in the network "
              "status tool and book a technician.",
              "router red light blinking blinks modem internet down line signal"),
            a("kb-102", "Order not arrived",
              "Look the order up by its number. Orders ship within two working days; the courier's tracking link is in "
              "the confirmation e-mail. After seven working days without delivery, send a replacement free of charge.",
              "order arrived delivery parcel courier tracking shipped missing package"),
            a("kb-103", "Change of address",
              "Addresses can be changed until the order ships. For contracts, the new address must be confirmed by "
              "e-mail; the change applies from the next invoice.",
              "address change move moving relocate new address"),
            a("kb-104", "Invoice explained",
              "The first invoice covers the part of the month since activation plus the next month in advance. One-off "
              "charges (installation, hardware) appear once.",
              "invoice bill billing charge charges payment amount"),
            a("kb-105", "Upgrade to fibre",
              "Fibre is available where the address check says so. The upgrade keeps the phone number; installation "
              "takes one visit of about two hours.",
              "fibre fiber upgrade faster speed plan installation"),
            a("kb-106", "Refunds",
              "Refunds go back to the original payment method within five working days. Refunds above 200 EUR need a "
              "supervisor's approval.",
              "refund money back return reimbursement"),
        };
    }();
    return list;
}

QList<Article> rank(const QString &text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = text.toLower().split(nonWord, Qt::SkipEmptyParts);
    const QSet<QString> wanted(words.begin(), words.end());
    QList<std::pair<int, Article>> scored;
    for (const Article &article : articles()) {
        int score = 0;
        for (const QString &keyword : article.keywords)
            score += wanted.contains(keyword) ? 1 : 0;
        scored.append({score, article});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second.title < b.second.title;
    });
    QList<Article> out;
    const bool anyMatch = !scored.isEmpty() && scored.first().first > 0;
    for (const auto &[score, article] : scored)
        if (!anyMatch || score > 0)
            out.append(article);
    return out;
}

} // namespace modules::knowledge
