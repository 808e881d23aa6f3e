#include "app_admin_csv_report_dialog.h"

#include "app_admin_workspace.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace app {

AdminCsvReportDialog::AdminCsvReportDialog(const QString &fileName, session::CsvKind kind,
                                           const session::CsvImportResult &result, const QStringList &lines,
                                           const QHash<QString, QString> &names, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("csvReport"));
    setWindowTitle(tr("CSV import: %1").arg(QFileInfo(fileName).fileName()));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("csvSummary"));
    m_summary->setWordWrap(true);
    const QString what = kind == session::CsvKind::Agents ? tr("agents") : tr("skills");
    if (!result.result.ok) {
        m_summary->setText(tr("Nothing was imported: %1").arg(result.result.error));
    } else if (result.rejected.isEmpty()) {
        m_summary->setText((result.accepted == 1 ? tr("Imported 1 row of %1.").arg(what)
                                                 : tr("Imported %1 rows of %2.").arg(result.accepted).arg(what))
                           + QLatin1Char(' ') + tr("No row was rejected."));
    } else {
        const int rejected = int(result.rejected.size());
        m_summary->setText((result.accepted == 1 ? tr("Imported 1 row of %1.").arg(what)
                                                 : tr("Imported %1 rows of %2.").arg(result.accepted).arg(what))
                           + QLatin1Char(' ')
                           + (rejected == 1 ? tr("1 row was rejected and left as it was; fix it in the file and import it again:")
                                            : tr("%1 rows were rejected and left as they were; fix them in the file and "
                                                 "import it again:").arg(rejected)));
    }
    layout->addWidget(m_summary);
    m_rejected = new QTableWidget(int(result.rejected.size()), 5, this);
    m_rejected->setObjectName(QStringLiteral("csvRejected"));
    m_rejected->setHorizontalHeaderLabels({tr("Line"), kind == session::CsvKind::Agents ? tr("Agent") : tr("Skill"),
                                           tr("Field"), tr("Why"), tr("Row in the file")});
    m_rejected->verticalHeader()->hide();
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejected->setWordWrap(false);
    for (int i = 0; i < result.rejected.size(); ++i) {
        const session::CsvRowError &row = result.rejected.at(i);
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, row.line);
        m_rejected->setItem(i, 0, line);
        m_rejected->setItem(i, 2, new QTableWidgetItem(row.field.isEmpty() ? tr("(row)") : row.field));
        m_rejected->setItem(i, 3, new QTableWidgetItem(row.message));
        const QString text = row.line >= 1 && row.line <= lines.size() ? lines.at(row.line - 1) : QString();
        auto *quoted = new QTableWidgetItem(text);
        quoted->setToolTip(text);
        m_rejected->setItem(i, 4, quoted);
        // Whose row: the agent's username (the file names them by user id), or the skill's name.
        const QString first = text.section(QLatin1Char(','), 0, 0).trimmed();
        const QString who = kind == session::CsvKind::Agents ? names.value(first, first) : text.section(QLatin1Char(','), 1, 1);
        m_rejected->setItem(i, 1, new QTableWidgetItem(who));
    }
    m_rejected->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rejected->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_rejected->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_rejected->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_rejected->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_rejected->setCurrentItem(nullptr);
    m_rejected->setVisible(!result.rejected.isEmpty());
    layout->addWidget(m_rejected, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setFocus();
    resize(820, result.rejected.isEmpty() ? 160 : 360);
}

} // namespace app
