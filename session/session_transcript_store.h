#pragma once
// session::TranscriptStore: the messages of the interactions whose transcript is open,
// loaded with ConversationService.GetTranscript and kept current from message_added
// events (an index already known replaces that message: delivery updates), plus the
// customer's typing indicator from typing_changed.
//
// Rows of one transcript: the server's messages in index order, then this client's
// sends the server refused (index -1, delivery Failed, `error` says why), kept visible
// until retried or dismissed. A send appears only when the server has it (its answer or
// its event, whichever comes first; the other one finds the same index). Appending is
// O(1) amortized: each transcript is a vector plus an index-to-row hash.

#include "session_agent_types.h"
#include "session_event_stream.h"

#include <QObject>

#include <memory>

namespace session {

class Connection;

class TranscriptStore : public QObject {
    Q_OBJECT
public:
    TranscriptStore(Connection &connection, const QString &userId, QObject *parent = nullptr);
    ~TranscriptStore() override;

    // Starts keeping the transcript current and loads it (once; loaded() follows).
    void open(const QString &interactionId);
    // Forgets it (closed() first, so that views let go).
    void close(const QString &interactionId);
    bool isOpen(const QString &interactionId) const;
    bool isLoaded(const QString &interactionId) const;
    QStringList openIds() const;

    int rowCount(const QString &interactionId) const;       // messages + failed sends
    int messageCount(const QString &interactionId) const;   // the server's messages
    const Message &at(const QString &interactionId, int row) const;
    int rowOfIndex(const QString &interactionId, qint64 index) const;  // -1 when unknown
    bool isCustomerTyping(const QString &interactionId) const;

    // SendMessage, idempotent by clientMessageId (generated when empty; returned). The
    // text shows when the server has it; on failure it shows as a failed row.
    QString send(const QString &interactionId, const QString &text,
                 const QString &clientMessageId = {}, CommandCallback done = {});
    // An e-mail reply: SendMessage with the subject, reply-all, the quoted text and the
    // attachments (by name; the MIME type guessed from the extension). Same idempotency
    // and failed-row behaviour as send(); a retry sends the same e-mail again.
    QString sendEmail(const QString &interactionId, const QString &text, const QString &subject,
                      bool replyAll, const QString &quoted, const QStringList &attachmentNames,
                      const QString &clientMessageId = {}, CommandCallback done = {});
    // Sends a failed row again with its clientMessageId; dismiss drops it.
    void retry(const QString &interactionId, const QString &clientMessageId);
    void dismissFailed(const QString &interactionId, const QString &clientMessageId);
    void setTyping(const QString &interactionId, bool typing);

    // GetTranscript again for every open transcript (after snapshotRequired).
    void reload();
    void applyEvents(const EventBatchPtr &batch);

signals:
    void rowsAboutToBeInserted(const QString &interactionId, int first, int last);
    void rowsInserted(const QString &interactionId, int first, int last);
    void rowChanged(const QString &interactionId, int row);
    void rowAboutToBeRemoved(const QString &interactionId, int row);
    void rowRemoved(const QString &interactionId, int row);
    void loaded(const QString &interactionId);
    void closed(const QString &interactionId);
    void customerTypingChanged(const QString &interactionId, bool typing);
    // The server accepted a send (the draft it came from can go).
    void messageSent(const QString &interactionId, const QString &clientMessageId, const QString &text);
    void sendFailed(const QString &interactionId, const QString &clientMessageId, const QString &error);

private:
    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace session
