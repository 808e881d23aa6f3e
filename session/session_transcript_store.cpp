#include "session_transcript_store.h"

#include "session_connection.h"
#include "session_convert_p.h"
#include "session_rpc_p.h"

#include "switchboard/v1/conversation.grpc.pb.h"
#include "switchboard/v1/gateway.pb.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QUuid>

#include <algorithm>
#include <optional>
#include <vector>

namespace session {

Q_LOGGING_CATEGORY(lcTranscriptStore, "switchboard.session.transcripts", QtInfoMsg)

namespace v1 = switchboard::v1;
using ConversationStub = v1::ConversationService::Stub;

namespace {

// What an e-mail send carries beyond its text.
struct EmailParts {
    QString subject;
    bool replyAll = false;
    QString quoted;
    QStringList attachmentNames;
};

struct Transcript {
    std::vector<Message> messages;          // by index
    QHash<qint64, int> rowByIndex;
    std::vector<Message> failed;            // after the messages
    bool loaded = false;
    bool loading = false;
};

bool sameMessage(const Message &a, const Message &b)
{
    return a.id == b.id && a.text == b.text && a.delivery == b.delivery && a.sentAt == b.sentAt
        && a.direction == b.direction && a.subject == b.subject && a.quotedText == b.quotedText
        && a.attachmentNames == b.attachmentNames && a.to == b.to && a.cc == b.cc;
}

const Message &emptyMessage()
{
    static const Message empty;
    return empty;
}

} // namespace

struct TranscriptStore::Private {
    Private(TranscriptStore *q, Connection &connection, const QString &userId)
        : q(q), connection(connection), userId(userId) {}

    TranscriptStore *q;
    Connection &connection;
    QString userId;
    std::unique_ptr<ConversationStub> conversation;
    QHash<QString, std::shared_ptr<Transcript>> open;
    QHash<QString, bool> customerTyping;
    // The e-mail parts of sends not accepted yet (by client message id), for retry().
    QHash<QString, EmailParts> emailSends;

    Transcript *find(const QString &id) const
    {
        const auto it = open.constFind(id);
        return it == open.constEnd() ? nullptr : it->get();
    }

    void removeFailed(const QString &id, Transcript &t, const QString &clientMessageId)
    {
        if (clientMessageId.isEmpty())
            return;
        for (size_t i = 0; i < t.failed.size(); ++i) {
            if (t.failed[i].clientMessageId != clientMessageId)
                continue;
            const int row = int(t.messages.size() + i);
            emit q->rowAboutToBeRemoved(id, row);
            t.failed.erase(t.failed.begin() + qsizetype(i));
            emit q->rowRemoved(id, row);
            return;
        }
    }

    // Applies server messages of one transcript: known indexes are replaced in place,
    // unknown ones beyond the end are appended in one block.
    void merge(const QString &id, std::vector<Message> incoming)
    {
        Transcript *t = find(id);
        if (!t || incoming.empty())
            return;
        std::stable_sort(incoming.begin(), incoming.end(),
                         [](const Message &a, const Message &b) { return a.index < b.index; });
        std::vector<Message> appends;
        auto flushAppends = [&] {
            if (appends.empty())
                return;
            const int first = int(t->messages.size());
            const int last = first + int(appends.size()) - 1;
            emit q->rowsAboutToBeInserted(id, first, last);
            for (Message &m : appends) {
                t->rowByIndex.insert(m.index, int(t->messages.size()));
                t->messages.push_back(std::move(m));
            }
            appends.clear();
            emit q->rowsInserted(id, first, last);
        };
        for (Message &m : incoming) {
            removeFailed(id, *t, m.clientMessageId);
            if (const auto it = t->rowByIndex.constFind(m.index); it != t->rowByIndex.constEnd()) {
                const int row = *it;
                if (!sameMessage(t->messages[size_t(row)], m)) {
                    t->messages[size_t(row)] = std::move(m);
                    emit q->rowChanged(id, row);
                }
                continue;
            }
            const qint64 lastIndex = !appends.empty() ? appends.back().index
                : t->messages.empty() ? -1 : t->messages.back().index;
            if (m.index > lastIndex) {
                appends.push_back(std::move(m));
                continue;
            }
            // Older than the last one shown (an event overtook the load): rare, O(n).
            if (std::any_of(appends.begin(), appends.end(), [&](const Message &a) { return a.index == m.index; }))
                continue;
            flushAppends();
            const auto pos = std::lower_bound(t->messages.begin(), t->messages.end(), m.index,
                [](const Message &a, qint64 index) { return a.index < index; });
            const int row = int(pos - t->messages.begin());
            emit q->rowsAboutToBeInserted(id, row, row);
            t->messages.insert(pos, std::move(m));
            for (int r = row; r < int(t->messages.size()); ++r)
                t->rowByIndex.insert(t->messages[size_t(r)].index, r);
            emit q->rowsInserted(id, row, row);
        }
        flushAppends();
    }

    void load(const QString &id)
    {
        Transcript *t = find(id);
        if (!t || t->loading)
            return;
        t->loading = true;
        v1::GetTranscriptRequest request;
        request.set_interaction_id(id.toStdString());
        rpc::Options options;
        options.service = QStringLiteral("conversation");
        rpc::unary(connection, q, conversation->async(), &ConversationStub::async::GetTranscript,
            std::move(request),
            [this, id](const grpc::Status &status, v1::Transcript &response) {
                Transcript *t = find(id);
                if (!t)
                    return;     // closed meanwhile
                t->loading = false;
                if (!status.ok()) {
                    qCInfo(lcTranscriptStore) << "GetTranscript" << id << "failed:" << describeStatus(status);
                    return;
                }
                std::vector<Message> messages;
                messages.reserve(size_t(response.messages_size()));
                for (const v1::Message &m : response.messages())
                    messages.push_back(convert::message(m));
                merge(id, std::move(messages));
                t->loaded = true;
                emit q->loaded(id);
            },
            options);
    }

    void sendNow(const QString &id, const QString &text, const QString &clientMessageId,
                 CommandCallback done, const std::optional<EmailParts> &email = std::nullopt)
    {
        v1::SendMessageRequest request;
        request.set_interaction_id(id.toStdString());
        request.set_text(text.toStdString());
        request.set_client_message_id(clientMessageId.toStdString());
        if (email) {
            emailSends.insert(clientMessageId, *email);
            request.set_subject(email->subject.toStdString());
            request.set_reply_all(email->replyAll);
            request.set_quoted_text(email->quoted.toStdString());
            static const QMimeDatabase mimeTypes;
            for (const QString &name : email->attachmentNames) {
                v1::Attachment &attachment = *request.add_attachments();
                attachment.set_name(name.toStdString());
                // By the name only: the file is not read here (the size is not known either).
                const QMimeType type = mimeTypes.mimeTypeForFile(name, QMimeDatabase::MatchExtension);
                attachment.set_mime_type(type.isValid() && !type.isDefault()
                                             ? type.name().toStdString() : std::string("application/octet-stream"));
                attachment.set_size_bytes(0);
            }
        }
        rpc::Options options;
        options.service = QStringLiteral("conversation");
        rpc::unary(connection, q, conversation->async(), &ConversationStub::async::SendMessage,
            std::move(request),
            [this, id, text, clientMessageId, done = std::move(done)](const grpc::Status &status,
                                                                      v1::Message &response) {
                if (!status.ok()) {
                    const QString error = describeStatus(status);
                    if (Transcript *t = find(id)) {
                        removeFailed(id, *t, clientMessageId);
                        Message failed;
                        failed.index = -1;
                        failed.direction = MessageDirection::Outbound;
                        failed.authorUserId = userId;
                        failed.text = text;
                        failed.sentAt = QDateTime::currentDateTimeUtc();
                        failed.delivery = DeliveryState::Failed;
                        failed.clientMessageId = clientMessageId;
                        failed.error = error;
                        if (const auto email = emailSends.constFind(clientMessageId); email != emailSends.constEnd()) {
                            failed.subject = email->subject;
                            failed.quotedText = email->quoted;
                            failed.attachmentNames = email->attachmentNames;
                        }
                        const int row = int(t->messages.size() + t->failed.size());
                        emit q->rowsAboutToBeInserted(id, row, row);
                        t->failed.push_back(std::move(failed));
                        emit q->rowsInserted(id, row, row);
                    }
                    if (done)
                        done(false, error);
                    emit q->sendFailed(id, clientMessageId, error);
                    return;
                }
                emailSends.remove(clientMessageId);
                merge(id, {convert::message(response)});
                if (done)
                    done(true, {});
                emit q->messageSent(id, clientMessageId, text);
            },
            options);
    }
};

TranscriptStore::TranscriptStore(Connection &connection, const QString &userId, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, connection, userId))
{
    d->conversation = v1::ConversationService::NewStub(connection.channel());
}

TranscriptStore::~TranscriptStore() = default;

void TranscriptStore::open(const QString &interactionId)
{
    if (d->open.contains(interactionId))
        return;
    d->open.insert(interactionId, std::make_shared<Transcript>());
    d->load(interactionId);
}

void TranscriptStore::close(const QString &interactionId)
{
    if (!d->open.contains(interactionId))
        return;
    emit closed(interactionId);
    d->open.remove(interactionId);
    d->customerTyping.remove(interactionId);
}

bool TranscriptStore::isOpen(const QString &interactionId) const { return d->open.contains(interactionId); }

bool TranscriptStore::isLoaded(const QString &interactionId) const
{
    const Transcript *t = d->find(interactionId);
    return t && t->loaded;
}

QStringList TranscriptStore::openIds() const { return d->open.keys(); }

int TranscriptStore::rowCount(const QString &interactionId) const
{
    const Transcript *t = d->find(interactionId);
    return t ? int(t->messages.size() + t->failed.size()) : 0;
}

int TranscriptStore::messageCount(const QString &interactionId) const
{
    const Transcript *t = d->find(interactionId);
    return t ? int(t->messages.size()) : 0;
}

const Message &TranscriptStore::at(const QString &interactionId, int row) const
{
    const Transcript *t = d->find(interactionId);
    if (!t || row < 0)
        return emptyMessage();
    if (size_t(row) < t->messages.size())
        return t->messages[size_t(row)];
    const size_t failed = size_t(row) - t->messages.size();
    return failed < t->failed.size() ? t->failed[failed] : emptyMessage();
}

int TranscriptStore::rowOfIndex(const QString &interactionId, qint64 index) const
{
    const Transcript *t = d->find(interactionId);
    return t ? t->rowByIndex.value(index, -1) : -1;
}

bool TranscriptStore::isCustomerTyping(const QString &interactionId) const
{
    return d->customerTyping.value(interactionId, false);
}

QString TranscriptStore::send(const QString &interactionId, const QString &text,
                              const QString &clientMessageId, CommandCallback done)
{
    const QString id = clientMessageId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                 : clientMessageId;
    d->sendNow(interactionId, text, id, std::move(done));
    return id;
}

QString TranscriptStore::sendEmail(const QString &interactionId, const QString &text, const QString &subject,
                                   bool replyAll, const QString &quoted, const QStringList &attachmentNames,
                                   const QString &clientMessageId, CommandCallback done)
{
    const QString id = clientMessageId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                 : clientMessageId;
    d->sendNow(interactionId, text, id, std::move(done), EmailParts{subject, replyAll, quoted, attachmentNames});
    return id;
}

void TranscriptStore::retry(const QString &interactionId, const QString &clientMessageId)
{
    const Transcript *t = d->find(interactionId);
    if (!t)
        return;
    for (const Message &failed : t->failed)
        if (failed.clientMessageId == clientMessageId) {
            const auto email = d->emailSends.constFind(clientMessageId);
            d->sendNow(interactionId, failed.text, clientMessageId, {},
                       email == d->emailSends.constEnd() ? std::nullopt : std::optional<EmailParts>(*email));
            return;
        }
}

void TranscriptStore::dismissFailed(const QString &interactionId, const QString &clientMessageId)
{
    d->emailSends.remove(clientMessageId);
    if (Transcript *t = d->find(interactionId))
        d->removeFailed(interactionId, *t, clientMessageId);
}

void TranscriptStore::setTyping(const QString &interactionId, bool typing)
{
    v1::SetTypingRequest request;
    request.set_interaction_id(interactionId.toStdString());
    request.set_typing(typing);
    rpc::Options options;
    options.service = QStringLiteral("conversation");
    rpc::unary(d->connection, this, d->conversation->async(), &ConversationStub::async::SetTyping,
        std::move(request),
        [](const grpc::Status &status, v1::SetTypingResponse &) {
            if (!status.ok())   // a lost typing hint is not worth bothering anyone
                qCDebug(lcTranscriptStore) << "SetTyping failed:" << describeStatus(status);
        },
        options);
}

void TranscriptStore::reload()
{
    for (const QString &id : d->open.keys())
        d->load(id);
}

void TranscriptStore::applyEvents(const EventBatchPtr &batch)
{
    // Grouped per transcript so that a burst becomes one inserted block each.
    QHash<QString, std::vector<Message>> added;
    QStringList order;
    for (const v1::Event &event : batch->events()) {
        if (event.payload_case() == v1::Event::kMessageAdded) {
            const QString id = QString::fromStdString(event.message_added().message().interaction_id());
            if (!d->open.contains(id))
                continue;   // loaded in full when opened
            auto &list = added[id];
            if (list.empty())
                order << id;
            list.push_back(convert::message(event.message_added().message()));
        } else if (event.payload_case() == v1::Event::kTypingChanged) {
            const v1::TypingChanged &typing = event.typing_changed();
            if (!typing.customer())
                continue;
            const QString id = QString::fromStdString(typing.interaction_id());
            if (d->customerTyping.value(id, false) != typing.typing()) {
                d->customerTyping.insert(id, typing.typing());
                emit customerTypingChanged(id, typing.typing());
            }
        }
    }
    for (const QString &id : std::as_const(order))
        d->merge(id, std::move(added[id]));
}

} // namespace session
