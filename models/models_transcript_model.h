#pragma once
// models::TranscriptModel: one interaction's transcript (session::TranscriptStore),
// one row per message in index order, then the sends the server refused. A new
// message is one inserted row (a burst: one inserted block); a replaced message (a
// delivery update) is dataChanged for its row; never a reset while it follows one
// interaction.

#include "session_agent_types.h"

#include <QAbstractListModel>
#include <QPointer>

namespace session { class TranscriptStore; }

namespace models {

class TranscriptModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        TextRole = Qt::UserRole + 1,
        IndexRole,              // qint64; -1 for a refused send
        DirectionRole,          // session::MessageDirection
        AuthorRole,             // username
        AuthorIdRole,
        SentAtRole,             // QDateTime (UTC)
        DeliveryRole,           // session::DeliveryState
        ErrorRole,              // why a send failed
        ClientMessageIdRole,
        SubjectRole,            // e-mail
        QuotedTextRole,
        ToRole,                 // QStringList
        CcRole,
        AttachmentNamesRole,
    };
    Q_ENUM(Role)

    explicit TranscriptModel(session::TranscriptStore *store, QObject *parent = nullptr);

    // Follows another interaction (a reset: a different transcript). Opens it in the
    // store if needed.
    void setInteractionId(const QString &interactionId);
    QString interactionId() const { return m_interactionId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QPointer<session::TranscriptStore> m_store;
    QString m_interactionId;
    int m_rows = 0;
};

} // namespace models
