#include "models_transcript_model.h"

#include "session_transcript_store.h"

namespace models {

TranscriptModel::TranscriptModel(session::TranscriptStore *store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
    Q_ASSERT(store);
    using S = session::TranscriptStore;
    connect(store, &S::rowsAboutToBeInserted, this, [this](const QString &id, int first, int last) {
        if (id == m_interactionId)
            beginInsertRows({}, first, last);
    });
    connect(store, &S::rowsInserted, this, [this](const QString &id, int first, int last) {
        if (id != m_interactionId)
            return;
        m_rows += last - first + 1;
        endInsertRows();
    });
    connect(store, &S::rowAboutToBeRemoved, this, [this](const QString &id, int row) {
        if (id == m_interactionId)
            beginRemoveRows({}, row, row);
    });
    connect(store, &S::rowRemoved, this, [this](const QString &id, int) {
        if (id != m_interactionId)
            return;
        --m_rows;
        endRemoveRows();
    });
    connect(store, &S::rowChanged, this, [this](const QString &id, int row) {
        if (id != m_interactionId)
            return;
        const QModelIndex changed = index(row);
        emit dataChanged(changed, changed);
    });
    connect(store, &S::closed, this, [this](const QString &id) {
        if (id != m_interactionId || m_rows == 0)
            return;
        beginResetModel();
        m_rows = 0;
        endResetModel();
    });
}

void TranscriptModel::setInteractionId(const QString &interactionId)
{
    if (interactionId == m_interactionId)
        return;
    beginResetModel();
    m_interactionId = interactionId;
    if (m_store && !interactionId.isEmpty())
        m_store->open(interactionId);
    m_rows = m_store && !interactionId.isEmpty() ? m_store->rowCount(interactionId) : 0;
    endResetModel();
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_store)
        return {};
    const session::Message &m = m_store->at(m_interactionId, index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole: return m.text;
    case IndexRole: return m.index;
    case DirectionRole: return QVariant::fromValue(m.direction);
    case AuthorRole: return m.authorName;
    case AuthorIdRole: return m.authorUserId;
    case SentAtRole: return m.sentAt;
    case DeliveryRole: return QVariant::fromValue(m.delivery);
    case ErrorRole: return m.error;
    case ClientMessageIdRole: return m.clientMessageId;
    case SubjectRole: return m.subject;
    case QuotedTextRole: return m.quotedText;
    case ToRole: return m.to;
    case CcRole: return m.cc;
    case AttachmentNamesRole: return m.attachmentNames;
    default: return {};
    }
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{TextRole, "text"}, {IndexRole, "messageIndex"}, {DirectionRole, "direction"},
                  {AuthorRole, "author"}, {AuthorIdRole, "authorId"}, {SentAtRole, "sentAt"},
                  {DeliveryRole, "delivery"}, {ErrorRole, "error"},
                  {ClientMessageIdRole, "clientMessageId"}, {SubjectRole, "subject"},
                  {QuotedTextRole, "quotedText"}, {ToRole, "to"}, {CcRole, "cc"},
                  {AttachmentNamesRole, "attachmentNames"}});
    return names;
}

} // namespace models
