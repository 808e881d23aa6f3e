#include "app_sign_in_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace app {

namespace {
QLabel *makeErrorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->hide();
    return label;
}

// A field with its error label right under it.
QWidget *withError(QLineEdit *edit, QLabel *error)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(edit);
    layout->addWidget(error);
    return box;
}
} // namespace

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent),
      m_server(new QLineEdit(this)),
      m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_serverError(makeErrorLabel(this, QStringLiteral("serverError"))),
      m_userError(makeErrorLabel(this, QStringLiteral("userError"))),
      m_passwordError(makeErrorLabel(this, QStringLiteral("passwordError"))),
      m_generalError(makeErrorLabel(this, QStringLiteral("generalError"))),
      m_info(new QLabel(this))
{
    setWindowTitle(tr("Sign in to Switchboard"));
    m_server->setObjectName(QStringLiteral("server"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_server->setPlaceholderText(tr("host:port, e.g. switchboard.example.com:7443"));
    m_user->setPlaceholderText(tr("your user name"));
    m_password->setEchoMode(QLineEdit::Password);
    m_info->setObjectName(QStringLiteral("info"));
    m_info->setWordWrap(true);
    m_info->hide();

    auto *title = new QLabel(tr("Switchboard"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), withError(m_server, m_serverError));
    form->addRow(tr("&User name:"), withError(m_user, m_userError));
    form->addRow(tr("&Password:"), withError(m_password, m_passwordError));

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_info);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);

    // Editing a field makes its error go away: it may no longer be true.
    connect(m_server, &QLineEdit::textEdited, this, [this] { setError(Field::Server, {}); });
    connect(m_user, &QLineEdit::textEdited, this, [this] { setError(Field::User, {}); });
    connect(m_password, &QLineEdit::textEdited, this, [this] { setError(Field::Password, {}); });
}

void SignInDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_server->text().isEmpty())
        m_server->setFocus();
    else if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

void SignInDialog::setServer(const QString &server) { m_server->setText(server); }
void SignInDialog::setUser(const QString &user) { m_user->setText(user); }
QString SignInDialog::server() const { return m_server->text().trimmed(); }
QString SignInDialog::user() const { return m_user->text().trimmed(); }
QString SignInDialog::password() const { return m_password->text(); }

QLineEdit *SignInDialog::field(Field field) const
{
    switch (field) {
    case Field::Server: return m_server;
    case Field::User: return m_user;
    case Field::Password: return m_password;
    case Field::General: break;
    }
    return nullptr;
}

QLabel *SignInDialog::errorLabel(Field field) const
{
    switch (field) {
    case Field::Server: return m_serverError;
    case Field::User: return m_userError;
    case Field::Password: return m_passwordError;
    case Field::General: break;
    }
    return m_generalError;
}

void SignInDialog::setError(Field field, const QString &message)
{
    QLabel *label = errorLabel(field);
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QString SignInDialog::error(Field field) const
{
    QLabel *label = errorLabel(field);
    return label->isVisibleTo(this) ? label->text() : QString();
}

void SignInDialog::clearErrors()
{
    for (Field field : {Field::Server, Field::User, Field::Password, Field::General})
        setError(field, {});
}

void SignInDialog::setInfo(const QString &message)
{
    m_info->setText(message);
    m_info->setVisible(!message.isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_server->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    clearErrors();
    bool ok = true;
    if (server().isEmpty()) {
        setError(Field::Server, tr("Enter the server's address."));
        ok = false;
    } else if (!server().contains(QLatin1Char(':'))) {
        setError(Field::Server, tr("Add the port, e.g. %1:7443.").arg(server()));
        ok = false;
    }
    if (user().isEmpty()) {
        setError(Field::User, tr("Enter your user name."));
        ok = false;
    }
    if (password().isEmpty()) {
        setError(Field::Password, tr("Enter your password."));
        ok = false;
    }
    if (!ok) {
        for (Field field : {Field::Server, Field::User, Field::Password}) {
            if (!error(field).isEmpty()) {
                this->field(field)->setFocus();
                break;
            }
        }
        return;
    }
    emit signInRequested(server(), user(), password());
}

} // namespace app
