#pragma once
// app::RolloutDialog: Roll out… and Roll back… of the Modules view. Rollout: a module, one
// of its published versions and a target (everyone, a team, a queue, a percentage of
// users, or named users); rollback: a module and a target, showing what that target will
// return to. What is wrong shows next to the field before anything is sent; the server's
// refusal (an unknown team, nothing to roll back) shows in the dialog, which stays open.

#include "session_catalog_admin.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace app {

class RolloutDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Rollout, Rollback };
    RolloutDialog(session::CatalogAdmin &catalog, Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setModule(const QString &moduleId);
    void setVersion(const QString &version);
    void setTarget(const session::RolloutTarget &target);
    session::RolloutTarget target() const;

    QComboBox *moduleBox() const { return m_module; }
    QComboBox *versionBox() const { return m_version; }
    QComboBox *targetKindBox() const { return m_kind; }
    QComboBox *teamBox() const { return m_team; }
    QComboBox *queueBox() const { return m_queue; }
    QSpinBox *percentBox() const { return m_percent; }
    QLineEdit *usersField() const { return m_users; }
    QLabel *targetError() const { return m_targetError; }   // next to the target's value
    QLabel *versionError() const { return m_versionError; }
    QLabel *effectLabel() const { return m_effect; }        // what the rule will do
    QLabel *serverError() const { return m_serverError; }
    QPushButton *okButton() const { return m_ok; }

signals:
    void ruleAdded(const session::RolloutRuleInfo &rule);

private:
    void fillModules();
    void fillVersions();
    void fillTargets();
    void validate();
    void submit();

    session::CatalogAdmin &m_catalog;
    Mode m_mode;
    QComboBox *m_module;
    QComboBox *m_version = nullptr;
    QLabel *m_versionError = nullptr;
    QComboBox *m_kind;
    QStackedWidget *m_value;
    QComboBox *m_team;
    QComboBox *m_queue;
    QSpinBox *m_percent;
    QLineEdit *m_users;
    QLabel *m_targetError;
    QLabel *m_effect;
    QLabel *m_serverError;
    QDialogButtonBox *m_buttons;
    QPushButton *m_ok;
    bool m_busy = false;
};

} // namespace app
