#pragma once
// modules::voice::Keypad: a DTMF keypad (0-9, *, #). It only emits the digits pressed,
// clicked or typed while it has focus; the panel sends them and shows what the
// server reports as sent.

#include <QWidget>

class QGridLayout;
class QLabel;
class QToolButton;

namespace modules::voice {

class Keypad : public QWidget {
    Q_OBJECT
public:
    explicit Keypad(QWidget *parent = nullptr);

    //! The digits the server reports as sent (CallInfo::dtmfSent).
    void setSentDigits(const QString &digits);

Q_SIGNALS:
    void digitPressed(QChar digit);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    static QString letters(QChar digit);

    QLabel *m_sent;
    QList<QToolButton *> m_buttons;
};

} // namespace modules::voice
