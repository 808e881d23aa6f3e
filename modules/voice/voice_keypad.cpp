#include "voice_keypad.h"

#include <QFontDatabase>

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace modules::voice {

namespace {
const QString keypadDigits = QStringLiteral("123456789*0#");
}

Keypad::Keypad(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("keypadPad"));
    // Typed digits go to the keypad once it has focus (clicking a digit gives it focus).
    setFocusPolicy(Qt::StrongFocus);

    m_sent = new QLabel(this);
    m_sent->setObjectName(QStringLiteral("dtmfDigits"));
    m_sent->setAlignment(Qt::AlignCenter);
    m_sent->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Qt's fixed font: a family given as a literal would stay in Qt's font cache after
    // this library is unloaded (see VoicePanel).
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(m_sent->font().pointSizeF() * 1.2);
    m_sent->setFont(mono);
    m_sent->setMinimumHeight(m_sent->fontMetrics().height() + 6);
    m_sent->setFrameShape(QFrame::StyledPanel);
    m_sent->setBackgroundRole(QPalette::Base);
    m_sent->setAutoFillBackground(true);

    auto *grid = new QGridLayout;
    grid->setSpacing(4);
    for (int i = 0; i < keypadDigits.size(); ++i) {
        const QChar digit = keypadDigits.at(i);
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("dtmf_%1").arg(digit == QLatin1Char('*') ? QStringLiteral("star")
                                                            : digit == QLatin1Char('#') ? QStringLiteral("hash")
                                                                                        : QString(digit)));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setMinimumSize(48, 34);
        // Clicking a digit keeps the focus on the keypad so that typing goes on working.
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QToolButton::clicked, this, [this, digit] {
            setFocus(Qt::OtherFocusReason);
            Q_EMIT digitPressed(digit);
        });
        grid->addWidget(button, i / 3, i % 3);
        m_buttons.append(button);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_sent);
    layout->addLayout(grid);
    retranslate();
    setSentDigits({});
}

void Keypad::setSentDigits(const QString &digits)
{
    m_sent->setText(digits);
}

QString Keypad::letters(QChar digit)
{
    switch (digit.unicode()) {
    case '2': return QStringLiteral("ABC");
    case '3': return QStringLiteral("DEF");
    case '4': return QStringLiteral("GHI");
    case '5': return QStringLiteral("JKL");
    case '6': return QStringLiteral("MNO");
    case '7': return QStringLiteral("PQRS");
    case '8': return QStringLiteral("TUV");
    case '9': return QStringLiteral("WXYZ");
    default: return {};
    }
}

void Keypad::retranslate()
{
    setAccessibleName(tr("Keypad"));
    setToolTip(tr("Click a key or type 0-9, * and # to send tones"));
    m_sent->setAccessibleName(tr("Tones sent"));
    for (int i = 0; i < m_buttons.size(); ++i) {
        const QChar digit = keypadDigits.at(i);
        QToolButton *button = m_buttons.at(i);
        const QString sub = letters(digit);
        button->setText(sub.isEmpty() ? QString(digit) : QStringLiteral("%1  %2").arg(digit).arg(sub));
        if (digit == QLatin1Char('*'))
            button->setAccessibleName(tr("Star"));
        else if (digit == QLatin1Char('#'))
            button->setAccessibleName(tr("Pound"));
        else
            button->setAccessibleName(tr("Digit %1").arg(digit));
        button->setToolTip(tr("Send tone %1 (type %1)").arg(digit));
    }
}

void Keypad::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    if (text.size() == 1 && keypadDigits.contains(text.at(0))
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
        Q_EMIT digitPressed(text.at(0));
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void Keypad::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace modules::voice
