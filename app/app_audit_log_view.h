#pragma once
// app::AuditLogView: the admin's Audit log sub-tab (issue 7): every configuration change
// and every supervisor action (session::AuditLog over the directory's one log), newest
// first, with the time in local time, who, the service, the action, the target and the
// details. A search field (the server searches action, target, details, who and service),
// filters for the service, the kind of action and a time range; older pages load as the
// table is scrolled to its end (or with Load older); entries recorded while the view is
// open appear at the top without a reload. The selected entry's details show in a pane
// beside the table. Keyboard: Ctrl+F search, Alt+mnemonics for every filter, F5 reload.

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;

namespace session { class Session; class AuditLog; struct AuditFilter; }
namespace models { class AuditLogModel; }

namespace app {

class AuditLogView : public QWidget {
    Q_OBJECT
public:
    explicit AuditLogView(session::Session &session, QWidget *parent = nullptr);
    ~AuditLogView() override;

    session::AuditLog &log() const { return *m_log; }
    models::AuditLogModel *logModel() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *serviceFilter() const { return m_service; }
    QComboBox *actionFilter() const { return m_action; }
    QCheckBox *fromBox() const { return m_fromOn; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QCheckBox *toBox() const { return m_toOn; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QPushButton *loadOlderButton() const { return m_older; }
    QPushButton *reloadButton() const { return m_reload; }
    QTextBrowser *detailsPane() const { return m_details; }
    QLabel *countLabel() const { return m_count; }
    QLabel *errorLabel() const { return m_error; }

    // The filter the fields say (the search applies after a short pause while typing, or
    // at once with Enter).
    session::AuditFilter currentFilter() const;
    void applyFilter();

private:
    void refillChoices();
    void showDetails();
    void updateCount();

    std::unique_ptr<session::AuditLog> m_log;
    models::AuditLogModel *m_model;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_service;
    QComboBox *m_action;
    QCheckBox *m_fromOn;
    QDateTimeEdit *m_from;
    QCheckBox *m_toOn;
    QDateTimeEdit *m_to;
    QPushButton *m_older;
    QPushButton *m_reload;
    QTextBrowser *m_details;
    QLabel *m_count;
    QLabel *m_error;
    QTimer *m_typing;
};

} // namespace app
