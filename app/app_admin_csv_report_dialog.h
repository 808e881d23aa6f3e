#pragma once
// app::AdminCsvReportDialog: what a CSV import did. How many rows were taken, and one row
// per rejected line: its line number, the field, the server's reason, and the line's text
// from the file, so that the admin can fix the file and import it again.

#include "session_directory_admin.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QTableWidget;

namespace app {

class AdminCsvReportDialog : public QDialog {
    Q_OBJECT
public:
    // `lines`: the file's lines (line 1 is the header), to quote the rejected ones.
    // `names`: user id -> username, to say whose row an agents' row is.
    AdminCsvReportDialog(const QString &fileName, session::CsvKind kind, const session::CsvImportResult &result,
                         const QStringList &lines, const QHash<QString, QString> &names = {}, QWidget *parent = nullptr);

    QLabel *summary() const { return m_summary; }
    QTableWidget *rejected() const { return m_rejected; }

private:
    QLabel *m_summary;
    QTableWidget *m_rejected;
};

} // namespace app
