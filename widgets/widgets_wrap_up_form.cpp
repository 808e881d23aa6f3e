#include "widgets_wrap_up_form.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>

namespace widgets {

static QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

WrapUpForm::WrapUpForm(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_codeLabel(new QLabel(this)),
      m_code(new QComboBox(this)),
      m_codeError(errorLabel(this, QStringLiteral("wrapUpCodeError"))),
      m_notesLabel(new QLabel(this)),
      m_notes(new QPlainTextEdit(this)),
      m_done(new QPushButton(this)),
      m_error(errorLabel(this, QStringLiteral("wrapUpError"))),
      m_countdown(new QLabel(this)),
      m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("wrapUpForm"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_code->setObjectName(QStringLiteral("wrapUpCode"));
    m_notes->setObjectName(QStringLiteral("wrapUpNotes"));
    m_notes->setMaximumHeight(80);
    m_notes->setTabChangesFocus(true);
    m_done->setObjectName(QStringLiteral("wrapUpDone"));
    m_codeLabel->setBuddy(m_code);
    m_notesLabel->setBuddy(m_notes);

    m_countdown->setObjectName(QStringLiteral("wrapUpCountdown"));
    m_countdown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_countdown->hide();
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &WrapUpForm::updateCountdown);
    // Notes take several lines (Return is a new line): Ctrl+Return finishes from anywhere.
    auto *submitShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    submitShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(submitShortcut, &QShortcut::activated, this, &WrapUpForm::submit);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addWidget(m_countdown, 0, 2);
    layout->addWidget(m_codeLabel, 1, 0);
    layout->addWidget(m_code, 1, 1);
    layout->addWidget(m_codeError, 1, 2);
    layout->addWidget(m_notesLabel, 2, 0, Qt::AlignTop);
    layout->addWidget(m_notes, 2, 1, 1, 2);
    layout->addWidget(m_error, 3, 0, 1, 2);
    layout->addWidget(m_done, 3, 2, Qt::AlignRight);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(2, 1);

    connect(m_done, &QPushButton::clicked, this, &WrapUpForm::submit);
    connect(m_code, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_codeError->hide();
    });
    retranslate();
}

void WrapUpForm::setCodes(const QList<QPair<QString, QString>> &codes)
{
    m_code->clear();
    for (const auto &code : codes)
        m_code->addItem(code.second, code.first);
    m_code->setCurrentIndex(-1);
}

void WrapUpForm::clear()
{
    m_code->setCurrentIndex(-1);
    m_notes->clear();
    m_codeError->hide();
    m_error->hide();
    setBusy(false);
}

QString WrapUpForm::selectedCodeId() const { return m_code->currentData().toString(); }
QString WrapUpForm::notes() const { return m_notes->toPlainText().trimmed(); }
QString WrapUpForm::codeError() const { return m_codeError->isVisible() ? m_codeError->text() : QString(); }

void WrapUpForm::setError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void WrapUpForm::setBusy(bool busy)
{
    m_done->setEnabled(!busy);
    m_code->setEnabled(!busy);
}

void WrapUpForm::setDeadline(const QDateTime &endsAt)
{
    m_deadline = endsAt;
    m_countdown->setVisible(endsAt.isValid());
    if (endsAt.isValid())
        m_timer->start();
    else
        m_timer->stop();
    updateCountdown();
}

QString WrapUpForm::countdownText() const
{
    return m_countdown->isVisible() ? m_countdown->text() : QString();
}

void WrapUpForm::updateCountdown()
{
    if (!m_deadline.isValid())
        return;
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_deadline);
    if (left <= 0) {
        m_countdown->setText(tr("Wrap-up time is over"));
        m_countdown->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        m_timer->stop();
        return;
    }
    m_countdown->setText(tr("%1 left").arg(QStringLiteral("%1:%2").arg(left / 60)
                                               .arg(left % 60, 2, 10, QLatin1Char('0'))));
    // The last 15 seconds stand out: the agent should pick a code now.
    m_countdown->setStyleSheet(left <= 15 ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
}

void WrapUpForm::submit()
{
    if (!m_done->isEnabled())
        return;
    m_error->hide();
    if (selectedCodeId().isEmpty()) {
        m_codeError->setText(tr("Choose a wrap-up code."));
        m_codeError->show();
        m_code->setFocus();
        return;
    }
    emit doneRequested(selectedCodeId(), notes());
}

void WrapUpForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WrapUpForm::retranslate()
{
    m_title->setText(tr("Wrap-up"));
    m_codeLabel->setText(tr("&Code:"));
    m_notesLabel->setText(tr("&Notes:"));
    m_code->setPlaceholderText(tr("Choose a code"));
    m_done->setText(tr("&Done"));
    m_done->setToolTip(tr("Finish the wrap-up and become free for the next interaction (%1)")
                           .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_countdown->setAccessibleName(tr("After-contact work time left"));
    updateCountdown();
    m_code->setAccessibleName(tr("Wrap-up code"));
    m_notes->setAccessibleName(tr("Wrap-up notes"));
    m_done->setAccessibleName(tr("Finish wrap-up"));
    if (m_codeError->isVisible())
        m_codeError->setText(tr("Choose a wrap-up code."));
}

} // namespace widgets
