#pragma once
// models::InteractionListModel: the agent's interactions (session::InteractionStore) as
// a list, one row per interaction in the store's order. Follows the store row by row
// (rowsInserted / rowsRemoved / dataChanged), never with a reset.

#include "session_agent_types.h"

#include <QAbstractListModel>
#include <QPointer>

namespace session { class InteractionStore; }

namespace models {

class InteractionListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ChannelRole,            // session::Channel
        CustomerNameRole,       // display name, else address
        CustomerAddressRole,
        QueueIdRole,
        QueueNameRole,
        StateRole,              // session::InteractionState
        SubjectRole,
        EnqueuedAtRole,         // QDateTime (UTC): the age is now minus this
        OfferedAtRole,
        OfferExpiresAtRole,
        AcceptedAtRole,
        WrapUpEndsAtRole,
    };
    Q_ENUM(Role)

    explicit InteractionListModel(session::InteractionStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOf(const QString &interactionId) const;

private:
    QPointer<session::InteractionStore> m_store;
    int m_rows = 0;     // what views were told, so that begin/end calls stay exact
};

} // namespace models
