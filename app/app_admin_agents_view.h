#pragma once
// app::AdminAgentsView: the Admin ▸ Agents sub-tab. The agents (identity's users with
// their roles, and the directory's routing profile: team, skills with proficiency,
// channel capacities) in a table with search and filters by skill and team.
//
// - Select one agent: the form beside the table edits their profile (team, skills 1–10,
//   capacity per channel (voice 0–1, chat 0–10, e-mail and SMS 0–20), a call blocking
//   other channels), problems next to the field.
// - Select several: the bulk bar over the table gives them all one skill at a
//   proficiency (or takes it away), in one BulkAssignSkill call.
// - New user… opens AdminUserDialog (username, display name, roles, initial password);
//   the form also edits the user's display name, roles and "disabled" (UpdateUser at the
//   user's version, then the profile when it changed, by the same Save).
// - Import CSV (agents or skills) from a file: the per-row report dialog says what was
//   rejected and why; Export CSV writes the server's CSV to a file.

#include "app_admin_csv_report_dialog.h"
#include "app_admin_user_dialog.h"
#include "session_directory_admin.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QToolButton;

namespace models { class AdminAgentModel; class AdminFilterProxy; }

namespace app {

class AdminAgentsView : public QWidget {
    Q_OBJECT
public:
    explicit AdminAgentsView(session::DirectoryAdmin &directory, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    models::AdminAgentModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *skillFilter() const { return m_skillFilter; }
    QComboBox *teamFilter() const { return m_teamFilter; }
    // Selects these agents' rows (user ids); how many were found.
    int selectAgents(const QStringList &userIds);
    QStringList selectedUserIds() const;

    // Bulk bar (visible while agents are selected).
    QFrame *bulkBar() const { return m_bulkBar; }
    QComboBox *bulkSkill() const { return m_bulkSkill; }
    QSpinBox *bulkProficiency() const { return m_bulkProficiency; }
    QPushButton *bulkGiveButton() const { return m_bulkGive; }
    QPushButton *bulkTakeButton() const { return m_bulkTake; }
    QLabel *bulkStatus() const { return m_bulkStatus; }

    // New user… (AdminUserDialog); the dialog while open.
    QPushButton *newUserButton() const { return m_newUser; }
    AdminUserDialog *userDialog() const { return m_userDialog; }
    AdminUserDialog *openUserDialog();

    // The user's side of the form (identity: display name, roles, disabled; saved with
    // the user's version by the same Save, before the profile).
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QCheckBox *roleBox(const QString &role) const;     // "agent", "supervisor", "admin"
    QCheckBox *disabledBox() const { return m_disabled; }
    QLabel *rolesError() const { return m_rolesError; }

    // Profile form (one agent).
    QComboBox *teamBox() const { return m_team; }
    QTableWidget *skillsTable() const { return m_skills; }
    QSpinBox *capacityBox(session::Channel channel) const { return m_capacities.value(channel); }
    QPushButton *saveButton() const { return m_save; }
    QLabel *profileStatus() const { return m_status; }

    // Reads `path` and imports it; the report dialog opens when the server answered.
    void importCsvFile(session::CsvKind kind, const QString &path);
    // Asks the server for the CSV and writes it to `path`; exported() says how it went.
    void exportCsvFile(session::CsvKind kind, const QString &path);
    AdminCsvReportDialog *csvReport() const { return m_report; }
    QLabel *csvStatus() const { return m_csvStatus; }

signals:
    void csvImported(const session::CsvImportResult &result);
    void exported(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void selectionChanged();
    void fillFilters();
    void fillForm();
    void addSkillRow(const QString &skillId, int proficiency);
    session::AdminAgent formProfile() const;
    void validateForm();
    void saveProfile();
    void saveProfileOnly(const QString &userId, const QString &savedUser);
    bool userFieldsChanged() const;
    bool profileFieldsChanged() const;
    void bulk(bool remove);

    session::DirectoryAdmin &m_directory;
    models::AdminAgentModel *m_model;
    models::AdminFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_skillFilter;
    QComboBox *m_teamFilter;
    QToolButton *m_import;
    QToolButton *m_export;
    QLabel *m_csvStatus;
    QTableView *m_table;
    QFrame *m_bulkBar;
    QLabel *m_bulkText;
    QComboBox *m_bulkSkill;
    QLabel *m_bulkAt;
    QSpinBox *m_bulkProficiency;
    QPushButton *m_bulkGive;
    QPushButton *m_bulkTake;
    QLabel *m_bulkStatus;

    QPushButton *m_newUser;
    QPointer<AdminUserDialog> m_userDialog;

    QWidget *m_form;
    QLabel *m_displayNameLabel, *m_rolesLabel;
    QLineEdit *m_displayName;
    QLabel *m_displayNameError;
    QCheckBox *m_roleAgent, *m_roleSupervisor, *m_roleAdmin, *m_disabled;
    QLabel *m_rolesError;
    qint64 m_formUserVersion = 0;
    QLabel *m_formTitle;
    QLabel *m_teamLabel, *m_skillsLabel, *m_capacitiesLabel;
    QComboBox *m_team;
    QLabel *m_teamError;
    QTableWidget *m_skills;
    QPushButton *m_addSkill, *m_removeSkill;
    QLabel *m_skillsError;
    QHash<session::Channel, QSpinBox *> m_capacities;
    QHash<session::Channel, QLabel *> m_capacityLabels;
    QLabel *m_capacitiesError;
    QCheckBox *m_voiceBlocks;
    QPushButton *m_save;
    QPushButton *m_reload;
    QLabel *m_status;
    QString m_formUserId;
    qint64 m_formVersion = 0;
    bool m_filling = false;
    bool m_savingProfile = false;
    QPointer<AdminCsvReportDialog> m_report;
};

} // namespace app
