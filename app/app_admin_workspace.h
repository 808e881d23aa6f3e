#pragma once
// app::AdminWorkspace: the Admin tab (issue 7). One session::DirectoryAdmin for all its
// sub-tabs: Skills, Agents, Queues, Teams and codes; then Modules (app::ModuleAdminView,
// the catalog) and Audit log (app::AuditLogView), each on its own session client.
// The directory is loaded when the tab is built and kept current from the server's
// directory_changed events, so every sub-tab shows the server's truth.

#include <QWidget>

#include <memory>

class QLabel;
class QTabWidget;
class QTableView;

namespace session { class DirectoryAdmin; class Session; }

namespace app {

class AdminAgentsView;
class AdminCodesView;
class AdminQueuesView;
class AdminSkillsView;

class AdminWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit AdminWorkspace(session::Session &session, QWidget *parent = nullptr);
    ~AdminWorkspace() override;

    session::DirectoryAdmin &directory() const { return *m_directory; }
    QTabWidget *views() const { return m_views; }
    AdminSkillsView *skillsView() const { return m_skills; }
    AdminAgentsView *agentsView() const { return m_agents; }
    AdminQueuesView *queuesView() const { return m_queues; }
    AdminCodesView *codesView() const { return m_codes; }

    // The admin views' shared look: an error label in a red that reads on light and dark
    // palettes, word-wrapped, hidden until it has something to say.
    static QLabel *makeErrorLabel(const QString &objectName, QWidget *parent);
    static void showError(QLabel *label, const QString &text);   // empty text hides it
    // Columns sized to their contents, none wider than `widest` (the last stretches).
    static void fitColumns(QTableView *table, int widest = 240);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    session::Session &m_session;
    std::unique_ptr<session::DirectoryAdmin> m_directory;
    QTabWidget *m_views;
    QLabel *m_loadError;
    AdminSkillsView *m_skills = nullptr;
    AdminAgentsView *m_agents = nullptr;
    AdminQueuesView *m_queues = nullptr;
    AdminCodesView *m_codes = nullptr;
    QWidget *m_modules = nullptr;       // app::ModuleAdminView
    QWidget *m_audit = nullptr;         // app::AuditLogView
};

} // namespace app
