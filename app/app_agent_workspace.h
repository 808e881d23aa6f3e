#pragma once
// app::AgentWorkspace: the agent's tab. A state bar (Available / Not Ready with a
// reason, the time in state, the next state pending), the inbox of interactions, the
// offer toast over the workspace, and the selected interaction's channel panel (made
// by the module serving its channel, one per interaction, kept while it lives) with
// End for an active interaction and the wrap-up form for one in wrap-up. A command's
// error is shown next to what failed.

#include "app_module_host_bridge.h"
#include "widgets_shortcut_overlay.h"
#include "widgets_transfer_dialog.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>
#include <memory>

class QComboBox;
class QFrame;
class QLabel;
class QListView;
class QPushButton;
class QShortcut;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace session { class SelfProfile; class Session; }
namespace models { class InteractionListModel; }
namespace widgets { class CustomerContext; class OfferToast; class TransferDialog; class WrapUpForm; }

namespace app {

class ModuleHostBridge;
class OfferAlert;

class AgentWorkspace : public QWidget {
    Q_OBJECT
public:
    AgentWorkspace(session::Session &session, const ModuleFolders &folders, QWidget *parent = nullptr);
    ~AgentWorkspace() override;

    ModuleHostBridge &bridge() const { return *m_bridge; }
    QComboBox *stateBox() const { return m_stateBox; }
    QLabel *timeInState() const { return m_timeInState; }
    QListView *inbox() const { return m_inbox; }
    widgets::OfferToast *offerToast() const { return m_toast; }
    QStackedWidget *panels() const { return m_panels; }
    widgets::WrapUpForm *wrapUpForm() const { return m_wrapUp; }
    QPushButton *endButton() const { return m_end; }
    QPushButton *transferButton() const { return m_transfer; }
    // Commands saved while the server was unreachable, and those it refused on replay.
    QFrame *journalBanner() const { return m_journalBanner; }
    // Why a module version is not running (refused, failed, quarantined); hidden when
    // there is nothing to say. Its label: moduleNoticeText().
    QFrame *moduleNotice() const { return m_moduleNotice; }
    // What supervisors did to this agent (a forced state or sign-out, monitoring, a
    // barge) and their whispers, newest last, until dismissed; hidden when empty.
    QFrame *supervisorNotice() const { return m_supervisorNotice; }
    QStringList supervisorNoticeLines() const { return m_supervisorLines; }
    QLabel *moduleNoticeText() const { return m_moduleNoticeText; }
    widgets::TransferDialog *transferDialog() const { return m_transferDialog; }
    widgets::CustomerContext *customerContext() const { return m_context; }
    // The customer tab and one tab per agent tool.
    QTabWidget *sidePanels() const { return m_side; }
    QList<QPointer<QWidget>> toolViews() const { return m_toolViews; }
    // Rings and notifies for offers (owned by the main window).
    void setOfferAlert(OfferAlert *alert) { m_alert = alert; }
    // The shortcuts that apply now, for the keyboard help: the workspace's and the
    // current panel's.
    QList<widgets::ShortcutOverlay::Group> shortcutGroups() const;
    // Opens the transfer dialog for the current (active) interaction.
    void openTransfer();
    QString currentInteractionId() const { return m_current; }
    // The panel shown for an interaction (the module's, or the message why none), or nullptr.
    QWidget *panelFor(const QString &interactionId) const { return m_panelFor.value(interactionId); }
    // "My skills: English (7), Billing (8)" in the state bar, capacities in its tooltip;
    // follows the directory's changes of this agent's profile live (issue 7).
    QLabel *mySkills() const { return m_mySkills; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildStateBar();
    void retranslate();
    void updateStateBar();
    void fillStateBox();
    void requestState(int index);
    void tick();
    void updateOffer();
    void placeToast();
    void showInteraction(const QString &id);
    void updateActions();
    void dropPanel(const QString &id);
    void focusPanel();
    QString lastShownKey() const;
    bool isWorkable(const QString &id) const;     // held and not merely offered
    void buildJournalBanner();
    void buildModuleNotice();
    void buildSupervisorNotice();
    void addSupervisorLine(const QString &line);
    void updateJournalBanner();
    void stepInteraction(int step);
    void updateContext();
    void fillTransferTargets();

    session::Session &m_session;
    std::unique_ptr<ModuleHostBridge> m_bridge;
    models::InteractionListModel *m_model;
    QComboBox *m_stateBox = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_timeInState = nullptr;
    QLabel *m_nextState = nullptr;
    QLabel *m_stateError = nullptr;
    QListView *m_inbox;
    QStackedWidget *m_panels;
    QWidget *m_empty;
    QPushButton *m_end;
    QLabel *m_interactionError;
    widgets::WrapUpForm *m_wrapUp;
    widgets::OfferToast *m_toast;
    QTimer *m_clock;
    QPushButton *m_transfer;
    widgets::CustomerContext *m_context;
    QTabWidget *m_side = nullptr;
    QList<QPointer<QWidget>> m_toolViews;      // agent-tool modules' views, in m_side
    QPointer<widgets::TransferDialog> m_transferDialog;
    bool m_transferLoaded = false;     // the dialog's targets came from the server
    OfferAlert *m_alert = nullptr;
    QFrame *m_journalBanner = nullptr;
    QFrame *m_moduleNotice = nullptr;
    QLabel *m_moduleNoticeText = nullptr;
    QFrame *m_supervisorNotice = nullptr;
    QLabel *m_supervisorNoticeText = nullptr;
    QPushButton *m_supervisorDismiss = nullptr;
    QStringList m_supervisorLines;
    QSet<QString> m_liveTranscripts;   // loaded: what is inserted now is new
    QShortcut *m_nextShortcut = nullptr;
    QShortcut *m_previousShortcut = nullptr;
    QShortcut *m_wrapUpShortcut = nullptr;
    QShortcut *m_inboxShortcut = nullptr;
    QShortcut *m_panelShortcut = nullptr;
    QHash<QString, QWidget *> m_panelFor;
    QString m_current;
    QString m_wrapUpFor;        // the interaction the form was last filled for
    bool m_syncingState = false;
    bool m_wrapUpSaved = false;    // the form shows a wrap-up saved offline
    void updateMySkills();
    QLabel *m_mySkills = nullptr;
    session::SelfProfile *m_profile = nullptr;
};

} // namespace app
