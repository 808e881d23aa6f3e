#pragma once
// app::ModuleAdminView: the admin's Modules sub-tab (issue 7) over the catalog
// (session::CatalogAdmin). On the left, every module with its published versions (key,
// when and by whom) and the targets each version is rolled out to; Publish… (a signed
// folder, app::ModulePublishDialog), Roll out… and Roll back… (app::RolloutDialog) act on
// the selection. Below, which client of which user runs which version, with its state
// (running, failed, refused, rolled back) and the reason, refreshed live (every few
// seconds while shown, at once after a rule). The server's answers show under the
// toolbar.

#include "app_module_publish_dialog.h"
#include "app_rollout_dialog.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;
class QCheckBox;

namespace session { class Session; class CatalogAdmin; }
namespace models { class ModuleStatusModel; }

namespace app {


class ModuleAdminView : public QWidget {
    Q_OBJECT
public:
    explicit ModuleAdminView(session::Session &session, QWidget *parent = nullptr);
    ~ModuleAdminView() override;

    session::CatalogAdmin &catalog() const { return *m_catalog; }
    models::ModuleStatusModel *statusModel() const { return m_statusModel; }
    QTreeWidget *modulesTree() const { return m_tree; }
    QTableView *statusTable() const { return m_status; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *rolloutButton() const { return m_rollout; }
    QPushButton *rollbackButton() const { return m_rollback; }
    QPushButton *refreshButton() const { return m_refresh; }
    QCheckBox *onlySelectedBox() const { return m_onlySelected; }
    QLabel *message() const { return m_message; }

    QString selectedModule() const;
    QString selectedVersion() const;
    void selectModule(const QString &moduleId, const QString &version = {});

    // Open the dialogs (non-modal, so that a test or a screen reader can drive them); the
    // open one, if any.
    ModulePublishDialog *openPublishDialog();
    RolloutDialog *openRolloutDialog(RolloutDialog::Mode mode = RolloutDialog::Mode::Rollout);
    ModulePublishDialog *publishDialog() const { return m_publishDialog; }
    RolloutDialog *rolloutDialog() const { return m_rolloutDialog; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void rebuildTree();
    void updateActions();
    void showMessage(const QString &text, bool error);

    std::unique_ptr<session::CatalogAdmin> m_catalog;
    models::ModuleStatusModel *m_statusModel;
    QTreeWidget *m_tree;
    QTableView *m_status;
    QPushButton *m_publish;
    QPushButton *m_rollout;
    QPushButton *m_rollback;
    QPushButton *m_refresh;
    QCheckBox *m_onlySelected;
    QLabel *m_message;
    QLabel *m_statusCount;
    QPointer<ModulePublishDialog> m_publishDialog;
    QPointer<RolloutDialog> m_rolloutDialog;
};

} // namespace app
