#include "email_reply_format.h"

#include "api_interaction_handle.h"

#include <QRegularExpression>

namespace modules::email {

using api::Message;

QString ReplyFormat::replySubject(const QString &subject)
{
    const QString trimmed = subject.trimmed();
    if (trimmed.isEmpty())
        return {};
    static const QRegularExpression alreadyReply(QStringLiteral("^re\\s*:"),
                                                 QRegularExpression::CaseInsensitiveOption);
    if (alreadyReply.match(trimmed).hasMatch())
        return trimmed;
    return QStringLiteral("Re: ") + trimmed;
}

QString ReplyFormat::quote(const Message &message, const QLocale &locale)
{
    const QString author = message.author.isEmpty() ? tr("the customer") : message.author;
    const QString when = locale.toString(message.time.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
    QString body = message.text;
    while (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    if (!message.quoted.isEmpty())
        body += QStringLiteral("\n\n") + message.quoted;

    QStringList lines{tr("On %1, %2 wrote:").arg(when, author)};
    const QStringList bodyLines = body.split(QLatin1Char('\n'));
    for (const QString &line : bodyLines)
        lines.append(line.isEmpty() ? QStringLiteral(">") : QStringLiteral("> ") + line);
    return lines.join(QLatin1Char('\n'));
}

QString ReplyFormat::bareAddress(const QString &address)
{
    const qsizetype open = address.lastIndexOf(QLatin1Char('<'));
    const qsizetype close = address.lastIndexOf(QLatin1Char('>'));
    const QString bare = open >= 0 && close > open ? address.mid(open + 1, close - open - 1) : address;
    return bare.trimmed().toLower();
}

QStringList ReplyFormat::replyAllCc(const Message &lastInbound, const QString &customerAddress)
{
    QStringList excluded{bareAddress(customerAddress)};
    if (!lastInbound.to.isEmpty())
        excluded.append(bareAddress(lastInbound.to.first()));
    QStringList cc;
    const QStringList candidates = lastInbound.to.mid(1) + lastInbound.cc;
    for (const QString &address : candidates) {
        const QString bare = bareAddress(address);
        if (bare.isEmpty() || excluded.contains(bare))
            continue;
        excluded.append(bare);  // once each
        cc.append(address.trimmed());
    }
    return cc;
}

int ReplyFormat::lastInboundIndex(const api::InteractionHandle &interaction)
{
    for (int i = interaction.messageCount() - 1; i >= 0; --i) {
        if (interaction.message(i).direction == Message::Direction::Inbound)
            return i;
    }
    return -1;
}

} // namespace modules::email
