#include "app_audit_log_view.h"

#include "models_audit_log_model.h"
#include "session_audit_log.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace app {

namespace {

// The services that write to the log (more appear as they are seen).
const QStringList kServices = {QStringLiteral("catalog"), QStringLiteral("conversation"), QStringLiteral("directory"),
                               QStringLiteral("routing")};

} // namespace

AuditLogView::AuditLogView(session::Session &session, QWidget *parent)
    : QWidget(parent), m_log(std::make_unique<session::AuditLog>(session))
{
    setObjectName(QStringLiteral("auditLogView"));
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QGridLayout;
    auto *searchLabel = new QLabel(tr("&Search:"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("who, action, target or details"));
    m_search->setAccessibleName(tr("Search the audit log"));
    m_search->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_search);
    auto *serviceLabel = new QLabel(tr("Ser&vice:"));
    m_service = new QComboBox;
    m_service->setObjectName(QStringLiteral("auditService"));
    m_service->setAccessibleName(tr("Only entries of this service"));
    serviceLabel->setBuddy(m_service);
    auto *actionLabel = new QLabel(tr("&Action:"));
    m_action = new QComboBox;
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setAccessibleName(tr("Only this kind of action"));
    actionLabel->setBuddy(m_action);
    m_fromOn = new QCheckBox(tr("F&rom:"));
    m_fromOn->setAccessibleName(tr("Only entries from a time on"));
    m_from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-1));
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setAccessibleName(tr("From (local time)"));
    m_from->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_toOn = new QCheckBox(tr("&To:"));
    m_toOn->setAccessibleName(tr("Only entries up to a time"));
    m_to = new QDateTimeEdit(QDateTime::currentDateTime());
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setAccessibleName(tr("To (local time)"));
    m_to->setCalendarPopup(true);
    m_to->setEnabled(false);
    for (QDateTimeEdit *edit : {m_from, m_to})
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));     // as the table shows times
    m_reload = new QPushButton(tr("Re&load"));
    m_reload->setAccessibleName(tr("Reload the audit log"));
    m_reload->setShortcut(QKeySequence::Refresh);
    filters->addWidget(searchLabel, 0, 0);
    filters->addWidget(m_search, 0, 1, 1, 3);
    filters->addWidget(serviceLabel, 0, 4);
    filters->addWidget(m_service, 0, 5);
    filters->addWidget(actionLabel, 0, 6);
    filters->addWidget(m_action, 0, 7);
    filters->addWidget(m_fromOn, 1, 0);
    filters->addWidget(m_from, 1, 1);
    filters->addWidget(m_toOn, 1, 2);
    filters->addWidget(m_to, 1, 3);
    filters->addWidget(m_reload, 1, 7);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    layout->addLayout(filters);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("auditError"));
    m_error->setAccessibleName(tr("Why the audit log could not be read"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *split = new QSplitter(Qt::Horizontal);
    m_model = new models::AuditLogModel(this);
    m_model->attach(m_log.get());
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit log entries, newest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(models::AuditLogModel::DetailsColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(models::AuditLogModel::TimeColumn, m_table->fontMetrics().horizontalAdvance(
                                                                    QStringLiteral("2026-11-27 04:13:40")) + 16);
    m_table->setColumnWidth(models::AuditLogModel::WhoColumn, 95);
    m_table->setColumnWidth(models::AuditLogModel::ServiceColumn, 85);
    m_table->setColumnWidth(models::AuditLogModel::ActionColumn, 140);
    m_table->setColumnWidth(models::AuditLogModel::TargetColumn, 150);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    split->addWidget(m_table);
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *detailsLabel = new QLabel(tr("&Details"));
    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setAccessibleName(tr("Details of the selected entry"));
    m_details->setOpenLinks(false);
    detailsLabel->setBuddy(m_details);
    sideLayout->addWidget(detailsLabel);
    sideLayout->addWidget(m_details);
    split->addWidget(side);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({800, 260});
    layout->addWidget(split, 1);

    auto *bottom = new QHBoxLayout;
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_older = new QPushButton(tr("Load &older"));
    m_older->setAccessibleName(tr("Load older entries"));
    m_older->setEnabled(false);
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_older);
    layout->addLayout(bottom);

    setTabOrder(m_search, m_service);
    setTabOrder(m_service, m_action);
    setTabOrder(m_action, m_fromOn);
    setTabOrder(m_fromOn, m_from);
    setTabOrder(m_from, m_toOn);
    setTabOrder(m_toOn, m_to);
    setTabOrder(m_to, m_reload);
    setTabOrder(m_reload, m_table);
    setTabOrder(m_table, m_details);
    setTabOrder(m_details, m_older);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &AuditLogView::applyFilter);
    connect(m_search, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &AuditLogView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())     // the clear button
            applyFilter();
    });
    connect(m_service, &QComboBox::activated, this, &AuditLogView::applyFilter);
    connect(m_action, &QComboBox::activated, this, &AuditLogView::applyFilter);
    connect(m_fromOn, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        applyFilter();
    });
    connect(m_toOn, &QCheckBox::toggled, this, [this](bool on) {
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateTimeEdit::editingFinished, this, &AuditLogView::applyFilter);
    connect(m_to, &QDateTimeEdit::editingFinished, this, &AuditLogView::applyFilter);
    connect(m_reload, &QPushButton::clicked, m_log.get(), &session::AuditLog::reload);
    connect(m_older, &QPushButton::clicked, m_log.get(), &session::AuditLog::fetchMore);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value > 0 && value == m_table->verticalScrollBar()->maximum() && m_log->canFetchMore())
            m_log->fetchMore();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditLogView::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogView::showDetails);
    connect(m_log.get(), &session::AuditLog::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_error->hide();
        m_older->setEnabled(!loading && m_log->canFetchMore());
        refillChoices();
        updateCount();
    });
    connect(m_log.get(), &session::AuditLog::prepended, this, [this] {
        refillChoices();
        updateCount();
    });
    connect(m_log.get(), &session::AuditLog::failed, this, [this](const QString &error) {
        m_error->setText(tr("The audit log could not be read: %1").arg(error));
        m_error->show();
    });

    refillChoices();
    m_log->setFilter(currentFilter());
    updateCount();
}

AuditLogView::~AuditLogView() = default;

session::AuditFilter AuditLogView::currentFilter() const
{
    session::AuditFilter f;
    f.search = m_search->text().trimmed();
    f.service = m_service->currentData().toString();
    f.action = m_action->currentData().toString();
    if (m_fromOn->isChecked())
        f.from = m_from->dateTime().toUTC();
    if (m_toOn->isChecked())
        f.to = m_to->dateTime().toUTC();
    return f;
}

void AuditLogView::applyFilter()
{
    m_typing->stop();
    const session::AuditFilter f = currentFilter();
    if (f == m_log->filter() && m_log->isLoaded())
        return;
    m_log->setFilter(f);
}

void AuditLogView::refillChoices()
{
    const auto refill = [](QComboBox *box, const QString &all, QStringList values) {
        const QString current = box->currentData().toString();
        values.removeAll(QString());
        values.removeDuplicates();
        values.sort();
        QStringList shown;
        for (int i = 1; i < box->count(); ++i)
            shown << box->itemData(i).toString();
        if (box->count() > 0 && shown == values)
            return;
        box->clear();
        box->addItem(all, QString());
        for (const QString &v : std::as_const(values))
            box->addItem(v, v);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    refill(m_service, tr("All services"), kServices + m_log->knownServices() + QStringList{currentFilter().service});
    refill(m_action, tr("All actions"), m_log->knownActions() + QStringList{currentFilter().action});
}

void AuditLogView::updateCount()
{
    if (m_log->isLoading() && m_model->rowCount() == 0)
        m_count->setText(tr("Loading…"));
    else if (m_log->canFetchMore())
        m_count->setText(tr("%1 newest entries shown; scroll down or Load older for more").arg(m_model->rowCount()));
    else
        m_count->setText(m_model->rowCount() == 1 ? tr("1 entry") : tr("%1 entries").arg(m_model->rowCount()));
}

void AuditLogView::showDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->setHtml(tr("<p>Select an entry to see all of it.</p>"));
        return;
    }
    const session::AuditItem e = m_model->entry(current.row());
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table cellspacing='4'>");
    html += row(tr("When"), QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat));
    html += row(tr("Who"), e.actorUserId.isEmpty() || e.actorUserId == e.actorName
                               ? e.actorName : tr("%1 (%2)").arg(e.actorName, e.actorUserId));
    html += row(tr("Service"), e.service);
    html += row(tr("Action"), e.action);
    html += row(tr("Target"), e.target);
    html += row(tr("Details"), e.details);
    html += row(tr("Entry"), e.id);
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

} // namespace app
