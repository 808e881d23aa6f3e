#pragma once
// app::AdminUserDialog: Admin ▸ Agents ▸ New user…: username, display name, roles (agent,
// supervisor, admin) and an initial password typed twice. What identity checks is checked
// here first and said next to the field (username 3–64 letters, digits, '.', '_', '-';
// a role; a password of at least 8 characters, twice the same); what only the server can
// know (a username already taken) comes back next to the same field. Accepted once the
// user exists; createdUserId() is theirs.

#include "session_directory_admin.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace app {

class AdminUserDialog : public QDialog {
    Q_OBJECT
public:
    explicit AdminUserDialog(session::DirectoryAdmin &directory, QWidget *parent = nullptr);

    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QCheckBox *agentBox() const { return m_agent; }
    QCheckBox *supervisorBox() const { return m_supervisor; }
    QCheckBox *adminBox() const { return m_admin; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QPushButton *createButton() const { return m_create; }
    // The problem shown next to a field ("username", "display_name", "roles", "password",
    // "confirm"), or the line under the form for anything else ("").
    QLabel *errorFor(const QString &field) const;
    QString createdUserId() const { return m_createdUserId; }

    // Checks the fields and shows their problems; true when there are none.
    bool validate();

signals:
    void created(const QString &userId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void create();

    session::DirectoryAdmin &m_directory;
    QLabel *m_usernameLabel, *m_displayNameLabel, *m_rolesLabel, *m_passwordLabel, *m_confirmLabel;
    QLineEdit *m_username, *m_displayName, *m_password, *m_confirm;
    QCheckBox *m_agent, *m_supervisor, *m_admin;
    QLabel *m_usernameError, *m_displayNameError, *m_rolesError, *m_passwordError, *m_confirmError, *m_status;
    QPushButton *m_create;
    QPushButton *m_cancel;
    QString m_createdUserId;
    QString m_serverUsernameError;  // the server's refusal, until the username is changed
    bool m_touched = false;         // validate while typing once Create was pressed or a field edited
};

} // namespace app
