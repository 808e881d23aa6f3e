#include "app_module_publish_dialog.h"

#include "session_catalog_admin.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace app {

namespace {

void styleError(QLabel *label)
{
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
}

void setError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

ModulePublishDialog::ModulePublishDialog(session::CatalogAdmin &catalog, QWidget *parent)
    : QDialog(parent), m_catalog(catalog)
{
    setWindowTitle(tr("Publish a module version"));
    setObjectName(QStringLiteral("modulePublishDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose a signed module version folder (<i>id</i>/<i>version</i>/ with manifest.json "
                                "and signature.json) or a bundle file made by <tt>switchboard-ctl module sign</tt>. "
                                "The server checks the signature against the keys it trusts."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *row = new QHBoxLayout;
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("bundlePath"));
    m_path->setAccessibleName(tr("Module folder or bundle file"));
    m_path->setPlaceholderText(tr("/path/to/modules/chat/1.1.0"));
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Choose a module folder"));
    row->addWidget(m_path, 1);
    row->addWidget(m_browse);
    auto *pathLabel = new QLabel(tr("&Folder:"));
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, row);
    m_pathError = new QLabel;
    m_pathError->setObjectName(QStringLiteral("pathError"));
    m_pathError->setAccessibleName(tr("What is wrong with the folder"));
    styleError(m_pathError);
    form->addRow(QString(), m_pathError);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("bundleSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("What will be published"));
    form->addRow(tr("Publishes:"), m_summary);
    m_key = new QLabel;
    m_key->setObjectName(QStringLiteral("bundleKey"));
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_key->setAccessibleName(tr("Signing key"));
    form->addRow(tr("Signed with key:"), m_key);
    layout->addLayout(form);

    m_serverError = new QLabel;
    m_serverError->setObjectName(QStringLiteral("serverError"));
    m_serverError->setAccessibleName(tr("The server's answer"));
    styleError(m_serverError);
    layout->addWidget(m_serverError);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_publish = m_buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_publish->setEnabled(false);
    layout->addWidget(m_buttons);

    connect(m_path, &QLineEdit::textChanged, this, &ModulePublishDialog::inspect);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Module version folder"), m_path->text());
        if (!dir.isEmpty())
            m_path->setText(QDir::toNativeSeparators(dir));
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ModulePublishDialog::publish);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    inspect();
    resize(560, sizeHint().height());
}

void ModulePublishDialog::inspect()
{
    setError(m_serverError, {});
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        setError(m_pathError, {});
        m_summary->setText(tr("nothing chosen yet"));
        m_key->clear();
        m_publish->setEnabled(false);
        return;
    }
    const session::BundleInfo info = session::CatalogAdmin::inspectBundle(path);
    if (!info.moduleId.isEmpty()) {
        QStringList details;
        if (!info.kind.isEmpty())
            details << info.kind;
        if (!info.apiVersion.isEmpty())
            details << tr("API %1").arg(info.apiVersion);
        details << QLocale().formattedDataSize(info.sizeBytes);
        m_summary->setText(tr("<b>%1 %2</b> (%3)<br>%4")
                               .arg(info.moduleId.toHtmlEscaped(), info.version.toHtmlEscaped(),
                                    details.join(QStringLiteral(", ")).toHtmlEscaped(),
                                    info.files.join(QStringLiteral(", ")).toHtmlEscaped()));
    } else {
        m_summary->setText(tr("nothing that can be published"));
    }
    m_key->setText(info.keyId.isEmpty() ? tr("not signed") : info.keyId);
    setError(m_pathError, info.error);
    m_publish->setEnabled(info.isValid() && !m_busy);
}

void ModulePublishDialog::publish()
{
    if (!m_publish->isEnabled())
        return;
    m_busy = true;
    m_publish->setEnabled(false);
    m_publish->setText(tr("Publishing…"));
    QPointer<ModulePublishDialog> self(this);
    m_catalog.publish(QDir::fromNativeSeparators(m_path->text().trimmed()), [self](const session::CatalogResult &r) {
        if (!self)
            return;
        self->m_busy = false;
        self->m_publish->setText(tr("&Publish"));
        if (r.ok) {
            emit self->published(r.published.moduleId, r.published.version);
            self->accept();
            return;
        }
        self->m_publish->setEnabled(true);
        if (r.statusCode < 0)
            setError(self->m_pathError, r.error);
        else
            setError(self->m_serverError, tr("The server refused it: %1").arg(r.error));
    });
}

} // namespace app
