#include "models_interaction_list_model.h"

#include "session_interaction_store.h"

namespace models {

InteractionListModel::InteractionListModel(session::InteractionStore *store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
    Q_ASSERT(store);
    m_rows = store->count();
    using S = session::InteractionStore;
    connect(store, &S::rowsAboutToBeAdded, this, [this](int first, int last) {
        beginInsertRows({}, first, last);
    });
    connect(store, &S::rowsAdded, this, [this](int first, int last) {
        m_rows += last - first + 1;
        endInsertRows();
    });
    connect(store, &S::rowAboutToBeRemoved, this, [this](int row, const QString &) {
        beginRemoveRows({}, row, row);
    });
    connect(store, &S::interactionRemoved, this, [this](const QString &) {
        --m_rows;
        endRemoveRows();
    });
    connect(store, &S::interactionChanged, this, [this](int row, const QString &) {
        const QModelIndex changed = index(row);
        emit dataChanged(changed, changed);
    });
    connect(store, &S::queueNamesChanged, this, [this] {
        if (m_rows > 0)
            emit dataChanged(index(0), index(m_rows - 1), {QueueNameRole});
    });
}

int InteractionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant InteractionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_store || index.row() >= m_store->count())
        return {};
    const session::Interaction &i = m_store->at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CustomerNameRole:
        return i.customer.displayName.isEmpty() ? i.customer.address : i.customer.displayName;
    case Qt::ToolTipRole:
        return i.subject;
    case IdRole: return i.id;
    case ChannelRole: return QVariant::fromValue(i.channel);
    case CustomerAddressRole: return i.customer.address;
    case QueueIdRole: return i.queueId;
    case QueueNameRole: return m_store->queueName(i.queueId);
    case StateRole: return QVariant::fromValue(i.state);
    case SubjectRole: return i.subject;
    case EnqueuedAtRole: return i.enqueuedAt;
    case OfferedAtRole: return i.offeredAt;
    case OfferExpiresAtRole: return i.offerExpiresAt;
    case AcceptedAtRole: return i.acceptedAt;
    case WrapUpEndsAtRole: return i.wrapUpEndsAt;
    default: return {};
    }
}

QHash<int, QByteArray> InteractionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "interactionId"}, {ChannelRole, "channel"}, {CustomerNameRole, "customerName"},
                  {CustomerAddressRole, "customerAddress"}, {QueueIdRole, "queueId"},
                  {QueueNameRole, "queueName"}, {StateRole, "state"}, {SubjectRole, "subject"},
                  {EnqueuedAtRole, "enqueuedAt"}, {OfferedAtRole, "offeredAt"},
                  {OfferExpiresAtRole, "offerExpiresAt"}, {AcceptedAtRole, "acceptedAt"},
                  {WrapUpEndsAtRole, "wrapUpEndsAt"}});
    return names;
}

QModelIndex InteractionListModel::indexOf(const QString &interactionId) const
{
    const int row = m_store ? m_store->indexOf(interactionId) : -1;
    return row >= 0 && row < m_rows ? index(row) : QModelIndex();
}

} // namespace models
