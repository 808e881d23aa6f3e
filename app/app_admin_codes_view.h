#pragma once
// app::AdminCodesView: the Admin ▸ Teams and codes sub-tab: teams, Not Ready reason
// codes, wrap-up codes and canned responses, one kind at a time, each with a table
// (search) and a small form (create, rename, delete) on the same pattern as skills.
// A code in use (a wrap-up code of a queue, a team with agents) is not deleted: the
// server's sentence says who uses it.

#include "models_admin_code_model.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace session { class DirectoryAdmin; enum class Channel; }
namespace models { class AdminFilterProxy; }

namespace app {

class AdminCodesView : public QWidget {
    Q_OBJECT
public:
    using Kind = models::AdminCodeModel::Kind;
    explicit AdminCodesView(session::DirectoryAdmin &directory, QWidget *parent = nullptr);

    void setKind(Kind kind);
    QListWidget *kinds() const { return m_kinds; }
    QTableView *table() const { return m_table; }
    models::AdminCodeModel *model() const { return m_model; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *nameError() const { return m_nameError; }
    QLabel *errorLabel() const { return m_error; }
    // Deletes what the form shows; `confirm` asks first (the button does).
    void deleteCurrent(bool confirm = true);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void openSelected();
    void clearForm();
    void save();

    session::DirectoryAdmin &m_directory;
    models::AdminCodeModel *m_model;
    models::AdminFilterProxy *m_proxy;
    QListWidget *m_kinds;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_error;
    QLabel *m_formTitle;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QCheckBox *m_paid;
    QLabel *m_shortcutLabel;
    QLineEdit *m_shortcut;
    QLabel *m_shortcutError;
    QLabel *m_textLabel;
    QPlainTextEdit *m_text;
    QLabel *m_textError;
    QHash<int, QCheckBox *> m_channels;     // session::Channel -> box (canned responses)
    QPushButton *m_new, *m_save, *m_delete;
    QLabel *m_status;
    QString m_id;
    qint64 m_version = 0;
};

} // namespace app
