#pragma once
// models::AdminTableModel: the base of the admin workspace's tables (skills, queues,
// agents...). A row is a key (the entity's id), its cells, tags for filters ("skill:<id>",
// "team:<id>") and a version. setRows() merges a new list into the shown one with
// fine-grained signals: rows whose key is gone are removed, changed rows signal
// dataChanged in place, new keys are appended; never a reset. Subclasses build the rows
// from session::DirectoryAdmin and name the columns.

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

namespace models {

class AdminTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles {
        KeyRole = Qt::UserRole + 1,     // the entity's id
        TagsRole,                       // QStringList: "skill:<id>", "team:<id>", ...
        SortRole,                       // numbers as numbers
    };
    struct Row {
        QString key;
        QVariantList cells;             // strings or numbers, one per column
        QStringList tooltips;           // optional, per column
        QStringList tags;
        qint64 version = 0;
    };

    explicit AdminTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &key) const;     // -1 when not shown
    QString keyAt(int row) const;
    QString text(int row, int column) const;

    // After a language change: the headers again.
    void retranslate();

protected:
    // Column titles, translated when called.
    virtual QStringList headers() const = 0;
    void setRows(const QList<Row> &rows);

private:
    QList<Row> m_rows;
};

} // namespace models
