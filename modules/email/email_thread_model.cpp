#include "email_thread_model.h"

#include "api_interaction_handle.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace modules::email {

using api::Message;

ThreadModel::ThreadModel(api::InteractionHandle *interaction, QObject *parent)
    : QAbstractListModel(parent), m_interaction(interaction)
{
    m_rows = interaction->messageCount();
    if (m_rows > 0) {
        m_autoExpanded = m_rows - 1;
        m_expanded.insert(m_autoExpanded);
    }
    connect(interaction, &api::InteractionHandle::messagesInserted, this,
            &ThreadModel::onMessagesInserted);
    connect(interaction, &api::InteractionHandle::messageChanged, this,
            &ThreadModel::onMessageChanged);
}

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

void ThreadModel::onMessagesInserted(int first, int last)
{
    if (first < 0 || last < first || first > m_rows)
        return;
    const int previous = m_autoExpanded;
    beginInsertRows({}, first, last);
    m_rows += last - first + 1;
    m_autoExpanded = m_rows - 1;
    m_expanded.insert(m_autoExpanded);     // before the views ask for the new row
    endInsertRows();
    if (previous >= 0 && previous != m_autoExpanded) {
        m_expanded.remove(previous);
        emitChanged(previous);
    }
}

void ThreadModel::onMessageChanged(int row)
{
    if (row >= 0 && row < m_rows)
        emitChanged(row);
}

void ThreadModel::emitChanged(int row)
{
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i);
}

void ThreadModel::setExpanded(int row, bool expanded)
{
    if (row < 0 || row >= m_rows)
        return;
    if (row == m_autoExpanded)
        m_autoExpanded = -1;    // the agent decides about this one from now on
    if (expanded == m_expanded.contains(row))
        return;
    if (expanded)
        m_expanded.insert(row);
    else
        m_expanded.remove(row);
    emitChanged(row);
}

QList<int> ThreadModel::expandedRows() const
{
    QList<int> rows(m_expanded.cbegin(), m_expanded.cend());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ThreadModel::setExpandedRows(const QList<int> &rows)
{
    const QList<int> before = expandedRows();
    m_expanded.clear();
    for (int row : rows) {
        if (row >= 0 && row < m_rows)
            m_expanded.insert(row);
    }
    m_autoExpanded = -1;
    for (int row : before)
        emitChanged(row);
    for (int row : std::as_const(m_expanded)) {
        if (!before.contains(row))
            emitChanged(row);
    }
}

bool ThreadModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != ExpandedRole || !index.isValid() || index.row() >= m_rows)
        return false;
    setExpanded(index.row(), value.toBool());
    return true;
}

static QString deliveryText(const Message &m)
{
    switch (m.delivery) {
    case Message::Delivery::None: return {};
    case Message::Delivery::Pending: return ThreadModel::tr("Sending…");
    case Message::Delivery::Sent: return ThreadModel::tr("Sent");
    case Message::Delivery::Delivered: return ThreadModel::tr("Delivered");
    case Message::Delivery::Read: return ThreadModel::tr("Read");
    case Message::Delivery::Failed:
        return m.error.isEmpty() ? ThreadModel::tr("Not sent")
                                 : ThreadModel::tr("Not sent: %1").arg(m.error);
    }
    return {};
}

static QString timeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // The locale's short formats, without seconds (the C locale's have them).
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    const QDateTime local = time.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + QStringLiteral(", ")
        + locale.toString(local.time(), format);
}

static QString previewOf(const QString &text)
{
    QString preview = text.simplified();
    if (preview.size() > 200)
        preview = preview.left(200);
    return preview;
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    if (!m_interaction || !index.isValid() || index.row() >= m_rows)
        return {};
    if (role == ExpandedRole)
        return m_expanded.contains(index.row());
    const Message m = m_interaction->message(index.row());
    switch (role) {
    case Qt::DisplayRole: return m.text;
    case Qt::AccessibleTextRole: {
        QStringList parts;
        if (m.direction == Message::Direction::System)
            return m.text;
        parts << (m.direction == Message::Direction::Inbound ? tr("From %1 (customer)").arg(m.author)
                                                             : tr("From %1").arg(m.author));
        parts << timeText(m.time);
        if (!m.subject.isEmpty())
            parts << tr("Subject: %1").arg(m.subject);
        if (!m.attachments.isEmpty())
            parts << tr("Attachments: %1").arg(m.attachments.join(QStringLiteral(", ")));
        const QString delivery = deliveryText(m);
        if (!delivery.isEmpty())
            parts << delivery;
        parts << m.text;
        return parts.join(QStringLiteral(". "));
    }
    case Qt::ToolTipRole:
        return m.delivery == Message::Delivery::Failed ? deliveryText(m) : QVariant();
    case DirectionRole: return int(m.direction);
    case AuthorRole: return m.author;
    case TimeRole: return m.time;
    case TimeTextRole: return timeText(m.time);
    case SubjectRole: return m.subject;
    case ToRole: return m.to;
    case CcRole: return m.cc;
    case AttachmentsRole: return m.attachments;
    case QuotedRole: return m.quoted;
    case PreviewRole: return previewOf(m.text);
    case DeliveryRole: return int(m.delivery);
    case DeliveryTextRole: return deliveryText(m);
    case ErrorRole: return m.error;
    }
    return {};
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(DirectionRole, "direction");
    names.insert(AuthorRole, "author");
    names.insert(TimeRole, "time");
    names.insert(TimeTextRole, "timeText");
    names.insert(SubjectRole, "subject");
    names.insert(ToRole, "to");
    names.insert(CcRole, "cc");
    names.insert(AttachmentsRole, "attachments");
    names.insert(QuotedRole, "quoted");
    names.insert(PreviewRole, "preview");
    names.insert(DeliveryRole, "delivery");
    names.insert(DeliveryTextRole, "deliveryText");
    names.insert(ErrorRole, "error");
    names.insert(ExpandedRole, "expanded");
    return names;
}

} // namespace modules::email
