#include "app_admin_codes_view.h"

#include "app_admin_workspace.h"

#include "models_admin_filter_proxy.h"
#include "session_directory_admin.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace app {

using session::Channel;

namespace {
constexpr Channel kChannels[] = {Channel::Voice, Channel::Chat, Channel::Email, Channel::Sms};
}

AdminCodesView::AdminCodesView(session::DirectoryAdmin &directory, QWidget *parent)
    : QWidget(parent), m_directory(directory)
{
    setObjectName(QStringLiteral("adminCodes"));
    m_model = new models::AdminCodeModel(directory, this);
    m_proxy = new models::AdminFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto *layout = new QHBoxLayout(this);
    m_kinds = new QListWidget(this);
    m_kinds->setObjectName(QStringLiteral("codeKinds"));
    for (int i = 0; i < 4; ++i)
        new QListWidgetItem(m_kinds);
    m_kinds->setMaximumWidth(180);
    m_kinds->setCurrentRow(0);
    layout->addWidget(m_kinds);

    auto *middle = new QVBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("codeSearch"));
    m_search->setClearButtonEnabled(true);
    middle->addWidget(m_search);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("codeTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    middle->addWidget(m_table, 1);
    m_error = AdminWorkspace::makeErrorLabel(QStringLiteral("codeError"), this);
    middle->addWidget(m_error);
    layout->addLayout(middle, 3);

    auto *form = new QGridLayout;
    m_formTitle = new QLabel(this);
    QFont bold = m_formTitle->font();
    bold.setBold(true);
    m_formTitle->setFont(bold);
    form->addWidget(m_formTitle, 0, 0, 1, 2);
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("codeName"));
    m_nameLabel->setBuddy(m_name);
    m_nameError = AdminWorkspace::makeErrorLabel(QStringLiteral("codeNameError"), this);
    form->addWidget(m_nameLabel, 1, 0);
    form->addWidget(m_name, 1, 1);
    form->addWidget(m_nameError, 2, 1);
    m_paid = new QCheckBox(this);
    m_paid->setObjectName(QStringLiteral("codePaid"));
    form->addWidget(m_paid, 3, 1);
    m_shortcutLabel = new QLabel(this);
    m_shortcut = new QLineEdit(this);
    m_shortcut->setObjectName(QStringLiteral("codeShortcut"));
    m_shortcutLabel->setBuddy(m_shortcut);
    m_shortcutError = AdminWorkspace::makeErrorLabel(QStringLiteral("codeShortcutError"), this);
    auto *shortcutBox = new QVBoxLayout;
    shortcutBox->setContentsMargins(0, 0, 0, 0);
    shortcutBox->addWidget(m_shortcut);
    shortcutBox->addWidget(m_shortcutError);
    form->addWidget(m_shortcutLabel, 4, 0, Qt::AlignTop);
    form->addLayout(shortcutBox, 4, 1);
    connect(m_shortcut, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The server's rule: "/like-this", 2 to 32 characters, no spaces (empty: none).
        const QString s = text.trimmed();
        AdminWorkspace::showError(m_shortcutError,
                                  s.isEmpty() || (s.startsWith(QLatin1Char('/')) && s.size() >= 2 && s.size() <= 32
                                                  && !s.contains(QLatin1Char(' ')))
                                      ? QString()
                                      : tr("Write it as /like-this: 2 to 32 characters, no spaces."));
    });
    m_textLabel = new QLabel(this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("codeText"));
    m_text->setMaximumHeight(120);
    m_textLabel->setBuddy(m_text);
    form->addWidget(m_textLabel, 5, 0, Qt::AlignTop);
    form->addWidget(m_text, 5, 1);
    m_textError = AdminWorkspace::makeErrorLabel(QStringLiteral("codeTextError"), this);
    form->addWidget(m_textError, 6, 1);
    auto *channels = new QHBoxLayout;
    for (Channel c : kChannels) {
        auto *box = new QCheckBox(this);
        m_channels.insert(int(c), box);
        channels->addWidget(box);
    }
    channels->addStretch();
    form->addLayout(channels, 7, 1);
    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newCode"));
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveCode"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteCode"));
    buttons->addWidget(m_new);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);
    form->addLayout(buttons, 8, 0, 1, 2);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("codeStatus"));
    m_status->setWordWrap(true);
    form->addWidget(m_status, 9, 0, 1, 2);
    form->setRowStretch(10, 1);
    layout->addLayout(form, 2);

    connect(m_kinds, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            setKind(Kind(row));
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &models::AdminFilterProxy::setSearch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AdminCodesView::openSelected);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        AdminWorkspace::showError(m_nameError, text.trimmed().isEmpty() ? tr("Required.")
                                               : text.trimmed().size() > 64 ? tr("At most 64 characters.") : QString());
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_text->toPlainText().trimmed();
        AdminWorkspace::showError(m_textError, m_model->kind() != Kind::CannedResponses ? QString()
                                               : text.isEmpty() ? tr("Write the response.")
                                               : text.size() > 4000 ? tr("At most 4000 characters.") : QString());
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_table->clearSelection();
        clearForm();
        m_name->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, &AdminCodesView::save);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCurrent(true); });
    setKind(Kind::Teams);
}

void AdminCodesView::setKind(Kind kind)
{
    const bool changed = kind != m_model->kind();
    m_model->setKind(kind);
    if (changed)
        AdminWorkspace::fitColumns(m_table);
    if (m_kinds->currentRow() != int(kind))
        m_kinds->setCurrentRow(int(kind));
    clearForm();
    AdminWorkspace::showError(m_error, {});
}

void AdminCodesView::retranslate()
{
    m_kinds->item(0)->setText(tr("Teams"));
    m_kinds->item(1)->setText(tr("Reason codes"));
    m_kinds->item(2)->setText(tr("Wrap-up codes"));
    m_kinds->item(3)->setText(tr("Canned responses"));
    m_kinds->setAccessibleName(tr("What to edit"));
    m_table->setAccessibleName(m_kinds->item(int(m_model->kind()))->text());
    m_search->setPlaceholderText(tr("Search"));
    m_search->setAccessibleName(tr("Search"));
    const Kind kind = m_model->kind();
    const bool canned = kind == Kind::CannedResponses;
    m_nameLabel->setText(kind == Kind::Teams ? tr("&Name") : canned ? tr("&Title") : tr("&Label"));
    m_paid->setText(tr("&Paid time"));
    m_paid->setVisible(kind == Kind::ReasonCodes);
    m_shortcutLabel->setText(tr("Shortc&ut"));
    m_textLabel->setText(tr("Te&xt"));
    for (QWidget *w : {static_cast<QWidget *>(m_shortcutLabel), static_cast<QWidget *>(m_shortcut),
                       static_cast<QWidget *>(m_textLabel), static_cast<QWidget *>(m_text)})
        w->setVisible(canned);
    if (!canned) {
        m_shortcutError->hide();
        m_textError->hide();
    }
    m_channels[int(Channel::Voice)]->setText(tr("Voice"));
    m_channels[int(Channel::Chat)]->setText(tr("Chat"));
    m_channels[int(Channel::Email)]->setText(tr("E-mail"));
    m_channels[int(Channel::Sms)]->setText(tr("SMS"));
    for (QCheckBox *box : std::as_const(m_channels)) {
        box->setVisible(canned);
        box->setToolTip(tr("Offered on these channels; none: on every channel."));
    }
    m_formTitle->setText(m_version == 0 ? tr("New") : tr("Version %1").arg(m_version));
    m_new->setText(tr("Ne&w"));
    m_save->setText(m_version == 0 ? tr("Create") : tr("Save"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_delete->setText(tr("&Delete"));
    m_delete->setEnabled(m_version != 0);
    m_model->retranslate();
    m_model->refresh();     // the cells' words ("defaults", "always open"...) too
}

void AdminCodesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AdminCodesView::clearForm()
{
    m_id.clear();
    m_version = 0;
    m_name->clear();
    m_paid->setChecked(false);
    m_shortcut->clear();
    m_text->clear();
    for (QCheckBox *box : std::as_const(m_channels))
        box->setChecked(false);
    AdminWorkspace::showError(m_nameError, {});
    AdminWorkspace::showError(m_textError, {});
    AdminWorkspace::showError(m_shortcutError, {});
    m_status->clear();
    retranslate();
}

void AdminCodesView::openSelected()
{
    const QString id = m_table->currentIndex().data(models::AdminTableModel::KeyRole).toString();
    if (id.isEmpty())
        return;
    clearForm();
    m_id = id;
    switch (m_model->kind()) {
    case Kind::Teams:
        for (const auto &e : m_directory.teams())
            if (e.id == id) { m_name->setText(e.name); m_version = e.version; }
        break;
    case Kind::ReasonCodes:
        for (const auto &e : m_directory.reasonCodes())
            if (e.id == id) { m_name->setText(e.label); m_paid->setChecked(e.paid); m_version = e.version; }
        break;
    case Kind::WrapUpCodes:
        for (const auto &e : m_directory.wrapUpCodes())
            if (e.id == id) { m_name->setText(e.label); m_version = e.version; }
        break;
    case Kind::CannedResponses:
        for (const auto &e : m_directory.cannedResponses())
            if (e.id == id) {
                m_name->setText(e.title);
                m_shortcut->setText(e.shortcut);
                m_text->setPlainText(e.text);
                for (Channel c : e.channels)
                    if (QCheckBox *box = m_channels.value(int(c)))
                        box->setChecked(true);
                m_version = e.version;
            }
        break;
    }
    AdminWorkspace::showError(m_error, {});
    retranslate();
}

void AdminCodesView::save()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        AdminWorkspace::showError(m_nameError, tr("Required."));
        m_name->setFocus();
        return;
    }
    auto done = [this](const session::AdminResult &r) {
        m_save->setEnabled(true);
        if (r.ok) {
            m_id = r.id;
            m_version = r.version;
            retranslate();
            m_status->setText(tr("Saved: version %1.").arg(r.version));
            return;
        }
        if (r.conflict())
            AdminWorkspace::showError(m_nameError, tr("Someone else changed this; select it again to see their change."));
        else if (r.field.startsWith(QLatin1String("text")))
            AdminWorkspace::showError(m_textError, r.fieldMessage);
        else if (r.field.startsWith(QLatin1String("shortcut")))
            AdminWorkspace::showError(m_shortcutError, r.fieldMessage);
        else if (r.field.startsWith(QLatin1String("channels")) || r.field.startsWith(QLatin1String("supervisor")))
            AdminWorkspace::showError(m_error, r.fieldMessage);
        else
            AdminWorkspace::showError(m_nameError, r.fieldMessage.isEmpty() ? r.error : r.fieldMessage);
    };
    m_save->setEnabled(false);
    switch (m_model->kind()) {
    case Kind::Teams: {
        session::AdminTeam team{m_id, name, {}, m_version};
        for (const auto &e : m_directory.teams())
            if (e.id == m_id)
                team.supervisorUserIds = e.supervisorUserIds;
        m_directory.saveTeam(team, done);
        break;
    }
    case Kind::ReasonCodes:
        m_directory.saveReasonCode({m_id, name, m_paid->isChecked(), m_version}, done);
        break;
    case Kind::WrapUpCodes:
        m_directory.saveWrapUpCode({m_id, name, m_version}, done);
        break;
    case Kind::CannedResponses: {
        session::AdminCannedResponse response{m_id, name, m_text->toPlainText().trimmed(), m_shortcut->text().trimmed(), {}, m_version};
        for (Channel c : kChannels)
            if (m_channels[int(c)]->isChecked())
                response.channels << c;
        m_directory.saveCannedResponse(response, done);
        break;
    }
    }
}

void AdminCodesView::deleteCurrent(bool confirm)
{
    if (m_version == 0)
        return;
    const QString name = m_name->text();
    if (confirm && QMessageBox::question(this, tr("Delete"), tr("Delete “%1”?").arg(name)) != QMessageBox::Yes)
        return;
    auto done = [this, name](const session::AdminResult &r) {
        if (r.ok) {
            clearForm();
            m_status->setText(tr("Deleted “%1”.").arg(name));
            AdminWorkspace::showError(m_error, {});
        } else {
            AdminWorkspace::showError(m_error, tr("“%1” was not deleted: %2").arg(name, r.error));
        }
    };
    switch (m_model->kind()) {
    case Kind::Teams: m_directory.deleteTeam(m_id, m_version, done); break;
    case Kind::ReasonCodes: m_directory.deleteReasonCode(m_id, m_version, done); break;
    case Kind::WrapUpCodes: m_directory.deleteWrapUpCode(m_id, m_version, done); break;
    case Kind::CannedResponses: m_directory.deleteCannedResponse(m_id, m_version, done); break;
    }
}

} // namespace app
