#include "widgets_transfer_dialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace widgets {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int QueueRole = Qt::UserRole + 2;
} // namespace

TransferDialog::TransferDialog(QWidget *parent)
    : QDialog(parent),
      m_title(new QLabel(this)),
      m_filterLabel(new QLabel(this)),
      m_filter(new QLineEdit(this)),
      m_list(new QListWidget(this)),
      m_error(new QLabel(this)),
      m_transfer(new QPushButton(this)),
      m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("transferDialog"));
    m_title->setWordWrap(true);
    m_filter->setObjectName(QStringLiteral("transferFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filter);
    m_list->setObjectName(QStringLiteral("transferTargets"));
    m_list->setMinimumSize(360, 260);
    m_error->setObjectName(QStringLiteral("transferError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_transfer->setObjectName(QStringLiteral("transferButton"));
    m_transfer->setDefault(true);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_transfer);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(filterRow);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &TransferDialog::refill);
    connect(m_list, &QListWidget::currentItemChanged, this, &TransferDialog::updateButton);
    connect(m_list, &QListWidget::itemActivated, this, &TransferDialog::submit);
    connect(m_transfer, &QPushButton::clicked, this, &TransferDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
}

void TransferDialog::setInteraction(const QString &interactionId, const QString &description)
{
    m_interactionId = interactionId;
    m_description = description;
    m_filter->clear();
    setError({});
    setBusy(false);
    retranslate();
}

void TransferDialog::setTargets(const QList<Target> &targets, bool loaded)
{
    m_targets = targets;
    m_loaded = loaded;
    refill();
}

bool TransferDialog::selectTarget(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(IdRole).isValid() && item->data(Qt::UserRole + 3).toString() == name
            && (item->flags() & Qt::ItemIsEnabled)) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void TransferDialog::refill()
{
    const QString selected = m_list->currentItem() ? m_list->currentItem()->data(IdRole).toString() : QString();
    m_list->clear();
    const QString filter = m_filter->text().trimmed();
    auto addHeading = [this](const QString &text) {
        auto *item = new QListWidgetItem(text, m_list);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        item->setFlags(Qt::NoItemFlags);
    };
    for (const bool queues : {true, false}) {
        bool headed = false;
        for (const Target &target : std::as_const(m_targets)) {
            if (target.isQueue != queues || (!filter.isEmpty() && !target.name.contains(filter, Qt::CaseInsensitive)))
                continue;
            if (!headed) {
                addHeading(queues ? tr("Queues") : tr("Colleagues"));
                headed = true;
            }
            auto *item = new QListWidgetItem(target.detail.isEmpty() ? target.name
                                                                     : tr("%1 — %2").arg(target.name, target.detail),
                                             m_list);
            item->setData(IdRole, target.id);
            item->setData(QueueRole, target.isQueue);
            item->setData(Qt::UserRole + 3, target.name);
            if (!target.available)
                item->setFlags(item->flags() & ~Qt::ItemIsEnabled);   // visible, not choosable
            if (target.id == selected)
                m_list->setCurrentItem(item);
        }
    }
    if (m_list->count() == 0) {
        auto *item = new QListWidgetItem(!m_loaded ? tr("Loading…")
                                         : filter.isEmpty() ? tr("No one to transfer to right now.")
                                                            : tr("Nothing matches “%1”.").arg(filter), m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    updateButton();
}

void TransferDialog::updateButton()
{
    QListWidgetItem *item = m_list->currentItem();
    m_transfer->setEnabled(item && item->data(IdRole).isValid() && (item->flags() & Qt::ItemIsEnabled));
}

void TransferDialog::submit()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(IdRole).isValid() || !(item->flags() & Qt::ItemIsEnabled)) {
        setError(tr("Choose a queue or a colleague."));
        return;
    }
    setError({});
    emit transferRequested(m_interactionId, item->data(QueueRole).toBool(), item->data(IdRole).toString());
}

void TransferDialog::setError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void TransferDialog::setBusy(bool busy)
{
    m_list->setEnabled(!busy);
    if (busy)
        m_transfer->setEnabled(false);
    else
        updateButton();
}

void TransferDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TransferDialog::retranslate()
{
    setWindowTitle(tr("Transfer"));
    m_title->setText(m_description.isEmpty() ? tr("Transfer the interaction to:")
                                             : tr("Transfer %1 to:").arg(m_description));
    m_filterLabel->setText(tr("&Find:"));
    m_filter->setPlaceholderText(tr("Queue or colleague"));
    m_filter->setAccessibleName(tr("Find a queue or colleague"));
    m_list->setAccessibleName(tr("Transfer targets"));
    m_transfer->setText(tr("&Transfer"));
    m_transfer->setAccessibleName(tr("Transfer now"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the transfer"));
    refill();
}

} // namespace widgets
