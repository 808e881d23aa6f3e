#pragma once
// modules::email::ReplyFormat: the text rules of a reply, in one place: its subject,
// the quotation of the message replied to, and who "reply all" adds.

#include "api_message.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace modules::api {
class InteractionHandle;
}

namespace modules::email {

class ReplyFormat {
    Q_DECLARE_TR_FUNCTIONS(modules::email::ReplyFormat)
public:
    //! "Re: " + \a subject, unless it already starts with "Re:" (any case); empty stays empty.
    static QString replySubject(const QString &subject);

    /*!
        The quotation of \a message as it goes out under the reply:
        "On <d MMM yyyy HH:mm, local time>, <author> wrote:" and then every line of
        its text (and of the text it quoted itself) prefixed with "> " (a bare ">"
        for an empty line, so that no line ends in a space).
    */
    static QString quote(const api::Message &message, const QLocale &locale);

    /*!
        Who "reply all" adds to the customer: the To and Cc of \a lastInbound, without
        the contact center's side and without the customer. The contact center's side
        is the first To address: the mailbox the customer wrote to, through which the
        e-mail was routed to us. Addresses are compared without their display names
        and case-insensitively; each appears once, in the order of the message.
    */
    static QStringList replyAllCc(const api::Message &lastInbound, const QString &customerAddress);

    //! The bare address of "Name <addr@example.com>", lower-cased.
    static QString bareAddress(const QString &address);

    //! Index of the last message from the customer, or -1.
    static int lastInboundIndex(const api::InteractionHandle &interaction);
};

} // namespace modules::email
