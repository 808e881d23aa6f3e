#include "chat_transcript_model.h"

#include "api_interaction_handle.h"

#include <QLocale>

namespace modules::chat {

using api::Message;

TranscriptModel::TranscriptModel(api::InteractionHandle *interaction, QObject *parent)
    : QAbstractListModel(parent), m_interaction(interaction)
{
    m_rows = interaction->messageCount();
    connect(interaction, &api::InteractionHandle::messagesInserted, this,
            &TranscriptModel::onMessagesInserted);
    connect(interaction, &api::InteractionHandle::messageChanged, this,
            &TranscriptModel::onMessageChanged);
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

void TranscriptModel::onMessagesInserted(int first, int last)
{
    if (first < 0 || last < first || first > m_rows)
        return;
    beginInsertRows({}, first, last);
    m_rows += last - first + 1;
    endInsertRows();
}

void TranscriptModel::onMessageChanged(int row)
{
    if (row < 0 || row >= m_rows)
        return;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
}

static QString deliveryText(Message::Delivery delivery)
{
    switch (delivery) {
    case Message::Delivery::None: return {};
    case Message::Delivery::Pending: return TranscriptModel::tr("Sending…");
    case Message::Delivery::Sent: return TranscriptModel::tr("Sent");
    case Message::Delivery::Delivered: return TranscriptModel::tr("Delivered");
    case Message::Delivery::Read: return TranscriptModel::tr("Read");
    case Message::Delivery::Failed: return TranscriptModel::tr("Not sent");
    }
    return {};
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!m_interaction || !index.isValid() || index.row() >= m_rows)
        return {};
    const Message m = m_interaction->message(index.row());
    switch (role) {
    case Qt::DisplayRole: return m.text;
    case Qt::AccessibleTextRole: {
        const QString who = m.direction == Message::Direction::Inbound
            ? tr("%1 (customer)").arg(m.author) : m.author;
        QString text = tr("%1 at %2: %3")
                           .arg(who, QLocale().toString(m.time.toLocalTime().time(), QLocale::ShortFormat), m.text);
        const QString delivery = deliveryText(m.delivery);
        if (!delivery.isEmpty())
            text += QLatin1String(" (") + delivery + QLatin1Char(')');
        return text;
    }
    case Qt::ToolTipRole:
        return m.delivery == Message::Delivery::Failed && !m.error.isEmpty()
            ? tr("Not sent: %1").arg(m.error) : QVariant();
    case DirectionRole: return int(m.direction);
    case AuthorRole: return m.author;
    case TimeRole: return m.time;
    case DeliveryRole: return int(m.delivery);
    case DeliveryTextRole: return deliveryText(m.delivery);
    case ErrorRole: return m.error;
    }
    return {};
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(DirectionRole, "direction");
    names.insert(AuthorRole, "author");
    names.insert(TimeRole, "time");
    names.insert(DeliveryRole, "delivery");
    names.insert(DeliveryTextRole, "deliveryText");
    names.insert(ErrorRole, "error");
    return names;
}

} // namespace modules::chat
