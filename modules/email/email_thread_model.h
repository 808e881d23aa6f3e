#pragma once
// modules::email::ThreadModel: the messages of an e-mail thread, one row each, and
// which of them are expanded.
//
// Keeps a row count of its own and grows it as InteractionHandle::messagesInserted()
// arrives: appending is O(1) and the model is never reset, whatever the length.
//
// Expansion is view state kept here so that the delegate can read it as a role. The
// newest message is expanded; when a newer one arrives it takes over, and the one
// before collapses again unless the agent opened it by hand.

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QSet>

namespace modules::api {
class InteractionHandle;
}

namespace modules::email {

class ThreadModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        DirectionRole = Qt::UserRole + 1,   // api::Message::Direction as int
        AuthorRole,
        TimeRole,                           // QDateTime (UTC)
        TimeTextRole,                       // the time as shown
        SubjectRole,
        ToRole,                             // QStringList
        CcRole,                             // QStringList
        AttachmentsRole,                    // QStringList of file names
        QuotedRole,                         // the quoted text, shown apart from the body
        PreviewRole,                        // one line of the body, for a collapsed row
        DeliveryRole,                       // api::Message::Delivery as int
        DeliveryTextRole,                   // "Sending…", "Sent", "Not sent: <why>"
        ErrorRole,
        ExpandedRole,                       // bool
    };

    explicit ThreadModel(api::InteractionHandle *interaction, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QHash<int, QByteArray> roleNames() const override;

    bool isExpanded(int row) const { return m_expanded.contains(row); }
    void setExpanded(int row, bool expanded);
    void toggleExpanded(int row) { setExpanded(row, !isExpanded(row)); }
    //! Rows expanded, ascending.
    QList<int> expandedRows() const;
    //! Replaces the expanded rows (a restored snapshot); rows out of range are ignored.
    void setExpandedRows(const QList<int> &rows);

private:
    void onMessagesInserted(int first, int last);
    void onMessageChanged(int row);
    void emitChanged(int row);

    QPointer<api::InteractionHandle> m_interaction;
    int m_rows = 0;
    QSet<int> m_expanded;
    int m_autoExpanded = -1;    // the newest row, expanded because it was the newest
};

} // namespace modules::email
