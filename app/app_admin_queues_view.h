#pragma once
// app::AdminQueuesView: the Admin ▸ Queues sub-tab. The queues in a table (search over
// every column), New and Delete, and the selected queue in an AdminQueueEditor beside
// it. Deleting a queue in use is refused by the server with what uses it, shown under
// the table.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace session { class DirectoryAdmin; }
namespace models { class AdminFilterProxy; class AdminQueueModel; }

namespace app {

class AdminQueueEditor;

class AdminQueuesView : public QWidget {
    Q_OBJECT
public:
    explicit AdminQueuesView(session::DirectoryAdmin &directory, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    models::AdminQueueModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    AdminQueueEditor *editor() const { return m_editor; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *errorLabel() const { return m_error; }
    // Selects the queue's row and opens it in the editor; false when it is not shown.
    bool selectQueue(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void openSelected();
    void deleteSelected();

    session::DirectoryAdmin &m_directory;
    models::AdminQueueModel *m_model;
    models::AdminFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_delete;
    QLabel *m_error;
    AdminQueueEditor *m_editor;
};

} // namespace app
