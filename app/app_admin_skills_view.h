#pragma once
// app::AdminSkillsView: the Admin ▸ Skills sub-tab. The skills in a table (search; how
// many agents have each, how many queues require it), a form to create or rename one,
// and Delete. A skill in use is not deleted: the server's sentence ("in use by queue
// 'Support', agent ...") is shown under the table.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace session { class DirectoryAdmin; }
namespace models { class AdminFilterProxy; class AdminSkillModel; }

namespace app {

class AdminSkillsView : public QWidget {
    Q_OBJECT
public:
    explicit AdminSkillsView(session::DirectoryAdmin &directory, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    models::AdminSkillModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *nameError() const { return m_nameError; }
    QLabel *errorLabel() const { return m_error; }
    bool selectSkill(const QString &id);
    // Deletes the selected skill without asking (the button asks first).
    void deleteSelected(bool confirm = true);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void openSelected();
    void save();

    session::DirectoryAdmin &m_directory;
    models::AdminSkillModel *m_model;
    models::AdminFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_error;
    QLabel *m_formTitle;
    QLabel *m_nameLabel;
    QLabel *m_descriptionLabel;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLineEdit *m_description;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_delete;
    QLabel *m_status;
    QString m_editingId;
    qint64 m_editingVersion = 0;
};

} // namespace app
