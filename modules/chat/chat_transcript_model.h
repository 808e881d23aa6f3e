#pragma once
// modules::chat::TranscriptModel: the rows of an interaction's transcript.
//
// Keeps a row count of its own and grows it as InteractionHandle::messagesInserted()
// arrives: appending is O(1) and the model is never reset, whatever the length.

#include <QAbstractListModel>
#include <QPointer>

namespace modules::api {
class InteractionHandle;
}

namespace modules::chat {

class TranscriptModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        DirectionRole = Qt::UserRole + 1,   // api::Message::Direction as int
        AuthorRole,
        TimeRole,
        DeliveryRole,                       // api::Message::Delivery as int
        DeliveryTextRole,
        ErrorRole,
    };

    explicit TranscriptModel(api::InteractionHandle *interaction, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onMessagesInserted(int first, int last);
    void onMessageChanged(int index);

    QPointer<api::InteractionHandle> m_interaction;
    int m_rows = 0;
};

} // namespace modules::chat
