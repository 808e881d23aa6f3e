#include "app_admin_user_dialog.h"

#include "app_admin_workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace app {

AdminUserDialog::AdminUserDialog(session::DirectoryAdmin &directory, QWidget *parent)
    : QDialog(parent), m_directory(directory)
{
    setObjectName(QStringLiteral("adminUserDialog"));
    auto *grid = new QGridLayout;
    auto field = [&](QLabel *&label, QWidget *widget, QLabel *&error, const QString &errorName, int row) {
        label = new QLabel(this);
        label->setBuddy(widget);
        error = AdminWorkspace::makeErrorLabel(errorName, this);
        grid->addWidget(label, row * 2, 0);
        grid->addWidget(widget, row * 2, 1);
        grid->addWidget(error, row * 2 + 1, 1);
    };
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("newUsername"));
    m_username->setMaxLength(200);     // longer than allowed on purpose: the check says so
    field(m_usernameLabel, m_username, m_usernameError, QStringLiteral("newUsernameError"), 0);
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("newDisplayName"));
    field(m_displayNameLabel, m_displayName, m_displayNameError, QStringLiteral("newDisplayNameError"), 1);
    auto *roles = new QWidget(this);
    auto *rolesLayout = new QHBoxLayout(roles);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    m_agent = new QCheckBox(roles);
    m_agent->setObjectName(QStringLiteral("newRoleAgent"));
    m_supervisor = new QCheckBox(roles);
    m_supervisor->setObjectName(QStringLiteral("newRoleSupervisor"));
    m_admin = new QCheckBox(roles);
    m_admin->setObjectName(QStringLiteral("newRoleAdmin"));
    rolesLayout->addWidget(m_agent);
    rolesLayout->addWidget(m_supervisor);
    rolesLayout->addWidget(m_admin);
    rolesLayout->addStretch();
    field(m_rolesLabel, roles, m_rolesError, QStringLiteral("newRolesError"), 2);
    m_rolesLabel->setBuddy(m_agent);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    field(m_passwordLabel, m_password, m_passwordError, QStringLiteral("newPasswordError"), 3);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("newPasswordConfirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    field(m_confirmLabel, m_confirm, m_confirmError, QStringLiteral("newPasswordConfirmError"), 4);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("newUserStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createUser"));
    m_create->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelNewUser"));
    connect(m_create, &QPushButton::clicked, this, &AdminUserDialog::create);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    auto edited = [this] {
        m_touched = true;
        validate();
    };
    connect(m_username, &QLineEdit::textEdited, this, [this, edited] {
        m_serverUsernameError.clear();
        edited();
    });
    connect(m_displayName, &QLineEdit::textEdited, this, edited);
    connect(m_password, &QLineEdit::textEdited, this, edited);
    connect(m_confirm, &QLineEdit::textEdited, this, edited);
    for (QCheckBox *box : {m_agent, m_supervisor, m_admin})
        connect(box, &QCheckBox::toggled, this, edited);
    retranslate();
}

QLabel *AdminUserDialog::errorFor(const QString &field) const
{
    if (field == QLatin1String("username"))
        return m_usernameError;
    if (field == QLatin1String("display_name"))
        return m_displayNameError;
    if (field == QLatin1String("roles"))
        return m_rolesError;
    if (field == QLatin1String("password"))
        return m_passwordError;
    if (field == QLatin1String("confirm"))
        return m_confirmError;
    return m_status;
}

void AdminUserDialog::retranslate()
{
    setWindowTitle(tr("New user"));
    m_usernameLabel->setText(tr("&Username"));
    m_displayNameLabel->setText(tr("&Display name"));
    m_rolesLabel->setText(tr("Roles"));
    m_agent->setText(tr("&Agent"));
    m_supervisor->setText(tr("&Supervisor"));
    m_admin->setText(tr("Ad&min"));
    m_passwordLabel->setText(tr("&Password"));
    m_confirmLabel->setText(tr("Co&nfirm password"));
    m_username->setAccessibleName(tr("Username"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_password->setAccessibleName(tr("Initial password"));
    m_confirm->setAccessibleName(tr("Confirm password"));
    m_username->setToolTip(tr("3 to 64 letters, digits, '.', '_' or '-'; it cannot be changed later."));
    m_password->setToolTip(tr("At least 8 characters. The user can change it after signing in."));
    m_displayName->setPlaceholderText(tr("the username when empty"));
    m_create->setText(tr("C&reate user"));
    if (m_touched)
        validate();
}

void AdminUserDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool AdminUserDialog::validate()
{
    static const QRegularExpression usernamePattern(QStringLiteral("^[A-Za-z0-9._-]*$"));
    const QString username = m_username->text();
    QString usernameProblem;
    if (username.isEmpty())
        usernameProblem = tr("Enter a username.");
    else if (username.size() < 3 || username.size() > 64)
        usernameProblem = tr("A username has 3 to 64 characters.");
    else if (!usernamePattern.match(username).hasMatch())
        usernameProblem = tr("Only letters, digits, '.', '_' and '-'.");
    else if (!m_serverUsernameError.isEmpty())
        usernameProblem = m_serverUsernameError;
    const QString displayProblem =
        m_displayName->text().trimmed().size() > 128 ? tr("At most 128 characters.") : QString();
    const QString rolesProblem = !m_agent->isChecked() && !m_supervisor->isChecked() && !m_admin->isChecked()
                                     ? tr("Choose at least one role.")
                                     : QString();
    const QString password = m_password->text();
    const QString passwordProblem = password.size() < 8    ? tr("At least 8 characters.")
                                    : password.size() > 128 ? tr("At most 128 characters.")
                                                            : QString();
    const QString confirmProblem = m_confirm->text() != password ? tr("The two passwords differ.") : QString();
    AdminWorkspace::showError(m_usernameError, usernameProblem);
    AdminWorkspace::showError(m_displayNameError, displayProblem);
    AdminWorkspace::showError(m_rolesError, rolesProblem);
    AdminWorkspace::showError(m_passwordError, passwordProblem);
    AdminWorkspace::showError(m_confirmError, confirmProblem);
    return usernameProblem.isEmpty() && displayProblem.isEmpty() && rolesProblem.isEmpty() && passwordProblem.isEmpty()
           && confirmProblem.isEmpty();
}

void AdminUserDialog::create()
{
    m_touched = true;
    if (!validate()) {
        AdminWorkspace::showError(m_status, tr("Not created: fix the fields marked first."));
        for (QLineEdit *edit : {m_username, m_displayName, m_password, m_confirm})
            if (QLabel *error = edit == m_username ? m_usernameError : edit == m_displayName ? m_displayNameError
                                                  : edit == m_password ? m_passwordError : m_confirmError;
                !error->isHidden()) {
                edit->setFocus();
                break;
            }
        return;
    }
    AdminWorkspace::showError(m_status, {});
    m_create->setEnabled(false);
    session::DirectoryAdmin::UserRoles roles;
    roles.agent = m_agent->isChecked();
    roles.supervisor = m_supervisor->isChecked();
    roles.admin = m_admin->isChecked();
    m_directory.createUser(m_username->text(), m_displayName->text().trimmed(), roles, m_password->text(),
        [this](const session::AdminResult &r) {
            m_create->setEnabled(true);
            if (r.ok) {
                m_createdUserId = r.id;
                emit created(r.id);
                accept();
                return;
            }
            if (r.field == QLatin1String("username")) {
                m_serverUsernameError = r.fieldMessage.isEmpty() ? r.error : r.fieldMessage;
                validate();
                m_username->setFocus();
                AdminWorkspace::showError(m_status, tr("The server refused the user: see the field marked."));
            } else if (!r.field.isEmpty()) {
                AdminWorkspace::showError(errorFor(r.field), r.fieldMessage.isEmpty() ? r.error : r.fieldMessage);
                AdminWorkspace::showError(m_status, tr("The server refused the user: see the field marked."));
            } else {
                AdminWorkspace::showError(m_status, tr("Not created: %1").arg(r.error));
            }
        });
}

} // namespace app
