#include "voice_target_chooser.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace modules::voice {

using api::TransferTarget;

namespace {
constexpr int TargetIdRole = Qt::UserRole + 1;
}

TargetChooser::TargetChooser(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("targetChooser"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("targetChooserTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("targets"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 5);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("noTargets"));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);

    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("confirmTarget"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelTarget"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_confirm);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentItemChanged, this, &TargetChooser::updateConfirm);
    connect(m_list, &QListWidget::itemActivated, this, &TargetChooser::confirm);
    connect(m_confirm, &QPushButton::clicked, this, &TargetChooser::confirm);
    connect(m_cancel, &QPushButton::clicked, this, &TargetChooser::cancelled);
    setFocusProxy(m_list);

    retranslate();
}

void TargetChooser::setPurpose(Purpose purpose)
{
    m_purpose = purpose;
    retranslate();
}

void TargetChooser::setTargets(const QList<TransferTarget> &targets)
{
    if (targets == m_targets)
        return;
    const QString selected = selectedId();
    m_targets = targets;
    rebuild();
    selectId(selected);
}

QString TargetChooser::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(TargetIdRole).toString() : QString();
}

void TargetChooser::selectId(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (!id.isEmpty() && item->data(TargetIdRole).toString() == id && (item->flags() & Qt::ItemIsEnabled)) {
            m_list->setCurrentItem(item);
            return;
        }
    }
    m_list->setCurrentItem(nullptr);
    updateConfirm();
}

std::optional<TransferTarget> TargetChooser::selectedTarget() const
{
    const QString id = selectedId();
    for (const TransferTarget &t : m_targets) {
        if (t.id == id && t.available)
            return t;
    }
    return std::nullopt;
}

void TargetChooser::rebuild()
{
    m_list->clear();
    QList<TransferTarget> ordered;
    for (const TransferTarget &t : std::as_const(m_targets))
        if (t.kind == TransferTarget::Kind::Queue)
            ordered.append(t);
    for (const TransferTarget &t : std::as_const(m_targets))
        if (t.kind == TransferTarget::Kind::Agent)
            ordered.append(t);

    const QIcon queueIcon = style()->standardIcon(QStyle::SP_DirIcon);
    const QIcon agentIcon = style()->standardIcon(QStyle::SP_FileDialogContentsView);
    for (const TransferTarget &t : std::as_const(ordered)) {
        const bool queue = t.kind == TransferTarget::Kind::Queue;
        const QString kind = queue ? tr("Queue") : tr("Colleague");
        QString text = t.detail.isEmpty() ? t.name : tr("%1 — %2").arg(t.name, t.detail);
        if (!t.available)
            text = tr("%1 (unavailable)").arg(text);
        auto *item = new QListWidgetItem(queue ? queueIcon : agentIcon, text, m_list);
        item->setData(TargetIdRole, t.id);
        item->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(kind, text));
        item->setToolTip(kind);
        // Shown so that the agent sees who is there, but not choosable.
        if (!t.available)
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
    }
    m_list->setVisible(!m_targets.isEmpty());
    m_empty->setVisible(m_targets.isEmpty());
    updateConfirm();
}

void TargetChooser::updateConfirm()
{
    m_confirm->setEnabled(selectedTarget().has_value());
}

void TargetChooser::confirm()
{
    if (const auto target = selectedTarget())
        Q_EMIT chosen(*target);
}

void TargetChooser::retranslate()
{
    const bool transfer = m_purpose == Purpose::Transfer;
    m_title->setText(transfer ? tr("Transfer the call to") : tr("Consult with"));
    m_title->setAccessibleName(tr("Target list title"));
    m_list->setAccessibleName(transfer ? tr("Transfer targets") : tr("Consult targets"));
    m_empty->setText(transfer ? tr("No one to transfer to right now.")
                              : tr("No one to consult right now."));
    m_empty->setAccessibleName(tr("No targets"));
    m_confirm->setText(transfer ? tr("Transfer") : tr("Consult"));
    m_confirm->setAccessibleName(transfer ? tr("Transfer to the selected target")
                                          : tr("Consult the selected target"));
    m_confirm->setToolTip(tr("Enter on the list does the same"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel choosing a target"));
    m_cancel->setToolTip(tr("Close the list (Esc)"));
    setAccessibleName(transfer ? tr("Transfer target chooser") : tr("Consult target chooser"));
    const QString selected = selectedId();
    rebuild();
    selectId(selected);
}

void TargetChooser::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT cancelled();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void TargetChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace modules::voice
