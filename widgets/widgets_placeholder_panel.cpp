#include "widgets_placeholder_panel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace widgets {

PlaceholderPanel::PlaceholderPanel(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(title)), m_description(new QLabel(description))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setObjectName(QStringLiteral("placeholderTitle"));

    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_description->setObjectName(QStringLiteral("placeholderDescription"));

    // A column of readable width in the middle; the wrapped label gets the column's
    // whole width (an alignment flag would shrink it to its unwrapped size hint).
    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_title);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_description);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void PlaceholderPanel::setTexts(const QString &title, const QString &description)
{
    m_title->setText(title);
    m_description->setText(description);
}

QString PlaceholderPanel::title() const { return m_title->text(); }
QString PlaceholderPanel::description() const { return m_description->text(); }

} // namespace widgets
