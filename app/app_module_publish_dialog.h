#pragma once
// app::ModulePublishDialog: Publish… of the Modules view. Choose a signed module version
// folder (or a .sbm bundle file); the dialog shows what will be published (module,
// version, kind, API version, files, size) and the key it is signed with, says next to
// the field what is wrong before anything is sent, then PublishModule; the server's
// refusal (a changed file, an untrusted key, a version published already) shows in the
// dialog, which stays open.

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace session { class CatalogAdmin; struct CatalogResult; }

namespace app {

class ModulePublishDialog : public QDialog {
    Q_OBJECT
public:
    explicit ModulePublishDialog(session::CatalogAdmin &catalog, QWidget *parent = nullptr);

    QLineEdit *pathField() const { return m_path; }
    QPushButton *browseButton() const { return m_browse; }
    QPushButton *publishButton() const { return m_publish; }
    QLabel *pathError() const { return m_pathError; }       // next to the field
    QLabel *summary() const { return m_summary; }           // what will be published
    QLabel *keyLabel() const { return m_key; }
    QLabel *serverError() const { return m_serverError; }

signals:
    void published(const QString &moduleId, const QString &version);

private:
    void inspect();
    void publish();

    session::CatalogAdmin &m_catalog;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLabel *m_pathError;
    QLabel *m_summary;
    QLabel *m_key;
    QLabel *m_serverError;
    QDialogButtonBox *m_buttons;
    QPushButton *m_publish;
    bool m_busy = false;
};

} // namespace app
