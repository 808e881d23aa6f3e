#pragma once
// app::SignInDialog: server, user name and password; each error is shown under the
// field it concerns. It only collects input: app::Application signs in.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace app {

class SignInDialog : public QDialog {
    Q_OBJECT
public:
    enum class Field { Server, User, Password, General };
    Q_ENUM(Field)

    explicit SignInDialog(QWidget *parent = nullptr);

    void setServer(const QString &server);
    void setUser(const QString &user);
    QString server() const;
    QString user() const;
    QString password() const;

    // Shows `message` under `field` (General: above the buttons); empty clears it.
    void setError(Field field, const QString &message);
    QString error(Field field) const;
    void clearErrors();
    // While signing in: fields disabled, the button says so.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void setInfo(const QString &message);

    QLineEdit *field(Field field) const;

signals:
    void signInRequested(const QString &server, const QString &user, const QString &password);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void submit();
    QLabel *errorLabel(Field field) const;

    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_serverError;
    QLabel *m_userError;
    QLabel *m_passwordError;
    QLabel *m_generalError;
    QLabel *m_info;
    QPushButton *m_signIn;
    bool m_busy = false;
};

} // namespace app
