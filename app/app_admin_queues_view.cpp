#include "app_admin_queues_view.h"

#include "app_admin_queue_editor.h"
#include "app_admin_workspace.h"

#include "models_admin_filter_proxy.h"
#include "models_admin_queue_model.h"
#include "session_directory_admin.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace app {

AdminQueuesView::AdminQueuesView(session::DirectoryAdmin &directory, QWidget *parent)
    : QWidget(parent), m_directory(directory)
{
    setObjectName(QStringLiteral("adminQueues"));
    m_model = new models::AdminQueueModel(directory, this);
    m_proxy = new models::AdminFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setClearButtonEnabled(true);
    m_new = new QPushButton(left);
    m_new->setObjectName(QStringLiteral("newQueue"));
    m_delete = new QPushButton(left);
    m_delete->setObjectName(QStringLiteral("deleteQueue"));
    bar->addWidget(m_search, 1);
    bar->addWidget(m_new);
    bar->addWidget(m_delete);
    leftLayout->addLayout(bar);
    m_table = new QTableView(left);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    leftLayout->addWidget(m_table, 1);
    m_error = AdminWorkspace::makeErrorLabel(QStringLiteral("queueError"), left);
    leftLayout->addWidget(m_error);

    m_editor = new AdminQueueEditor(directory, this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &models::AdminFilterProxy::setSearch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AdminQueuesView::openSelected);
    connect(m_new, &QPushButton::clicked, this, [this] {
        if (m_editor->isDirty()
            && QMessageBox::question(this, tr("Unsaved changes"),
                                     tr("Discard your changes to “%1”?").arg(m_editor->draft().name.isEmpty()
                                                                                 ? tr("the new queue")
                                                                                 : m_editor->draft().name))
                != QMessageBox::Yes)
            return;
        const QSignalBlocker block(m_table->selectionModel());
        m_table->clearSelection();
        m_table->setCurrentIndex({});
        m_editor->newQueue();
        m_editor->nameEdit()->setFocus();
    });
    connect(m_delete, &QPushButton::clicked, this, &AdminQueuesView::deleteSelected);
    connect(m_editor, &AdminQueueEditor::saved, this, [this](const QString &id) {
        const QSignalBlocker block(m_table->selectionModel());
        selectQueue(id);
    });
    retranslate();
}

void AdminQueuesView::retranslate()
{
    m_search->setPlaceholderText(tr("Search queues"));
    m_search->setAccessibleName(tr("Search queues"));
    m_new->setText(tr("Ne&w queue"));
    m_delete->setText(tr("&Delete"));
    m_table->setAccessibleName(tr("Queues"));
    m_model->retranslate();
    m_model->refresh();     // the cells' words ("defaults", "always open"...) too
}

void AdminQueuesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool AdminQueuesView::selectQueue(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void AdminQueuesView::openSelected()
{
    const QString id = m_table->currentIndex().data(models::AdminTableModel::KeyRole).toString();
    if (id == m_editor->queueId())
        return;
    if (m_editor->isDirty()
        && QMessageBox::question(this, tr("Unsaved changes"),
                                 tr("Discard your changes to “%1”?").arg(m_editor->draft().name.isEmpty() ? tr("the new queue")
                                                                                                        : m_editor->draft().name))
            != QMessageBox::Yes) {
        // Back to the queue being edited, without asking again.
        const QSignalBlocker block(m_table->selectionModel());
        if (!selectQueue(m_editor->queueId()))
            m_table->clearSelection();
        return;
    }
    const int i = m_directory.indexOfQueue(id);
    if (i >= 0)
        m_editor->edit(m_directory.queues().at(i));
    AdminWorkspace::showError(m_error, {});
}

void AdminQueuesView::deleteSelected()
{
    const QString id = m_table->currentIndex().data(models::AdminTableModel::KeyRole).toString();
    const int i = m_directory.indexOfQueue(id);
    if (i < 0)
        return;
    const session::AdminQueue queue = m_directory.queues().at(i);
    if (QMessageBox::question(this, tr("Delete queue"),
                              tr("Delete the queue “%1”? Interactions can no longer be routed to it.").arg(queue.name))
        != QMessageBox::Yes)
        return;
    m_directory.deleteQueue(queue.id, queue.version, [this, name = queue.name](const session::AdminResult &r) {
        if (r.ok) {
            AdminWorkspace::showError(m_error, {});
            m_editor->newQueue();
        } else {
            AdminWorkspace::showError(m_error, tr("“%1” was not deleted: %2").arg(name, r.error));
        }
    });
}

} // namespace app
