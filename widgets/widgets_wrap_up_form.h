#pragma once
// widgets::WrapUpForm: after-contact work: a required wrap-up code from the queue's
// codes (an error next to the field when missing), notes, Done (Ctrl+Return anywhere
// in the form), and the after-contact-work time left, counted down locally from the
// deadline the server set.

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace widgets {

class WrapUpForm : public QWidget {
    Q_OBJECT
public:
    explicit WrapUpForm(QWidget *parent = nullptr);

    // Codes as (id, label) pairs, in the queue's order. Resets the choice.
    void setCodes(const QList<QPair<QString, QString>> &codes);
    void clear();
    QString selectedCodeId() const;
    QString notes() const;
    QString codeError() const;
    // A failed completion, shown under the Done button.
    void setError(const QString &error);
    void setBusy(bool busy);
    // When after-contact work ends (the queue's wrap-up time); invalid: no limit shown.
    void setDeadline(const QDateTime &endsAt);
    QString countdownText() const;

    QComboBox *codeBox() const { return m_code; }
    QPushButton *doneButton() const { return m_done; }
    QLabel *countdownLabel() const { return m_countdown; }

signals:
    void doneRequested(const QString &codeId, const QString &notes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void submit();
    void updateCountdown();

    QLabel *m_title;
    QLabel *m_codeLabel;
    QComboBox *m_code;
    QLabel *m_codeError;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    QPushButton *m_done;
    QLabel *m_error;
    QLabel *m_countdown;
    QTimer *m_timer;
    QDateTime m_deadline;
};

} // namespace widgets
