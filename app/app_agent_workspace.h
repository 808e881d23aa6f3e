#pragma once
// app::AgentWorkspace: the agent's tab. A state bar (Available / Not Ready with a
// reason, the time in state, the next state pending), the inbox of interactions, the
// offer toast over the workspace, and the selected interaction's channel panel (made
// by the module serving its channel, one per interaction, kept while it lives) with
// End for an active interaction and the wrap-up form for one in wrap-up. A command's
// error is shown next to what failed.

#include <QHash>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace session { class Session; }
namespace models { class InteractionListModel; }
namespace widgets { class OfferToast; class WrapUpForm; }

namespace app {

class ModuleHostBridge;

class AgentWorkspace : public QWidget {
    Q_OBJECT
public:
    AgentWorkspace(session::Session &session, const QString &modulesDir, QWidget *parent = nullptr);
    ~AgentWorkspace() override;

    ModuleHostBridge &bridge() const { return *m_bridge; }
    QComboBox *stateBox() const { return m_stateBox; }
    QLabel *timeInState() const { return m_timeInState; }
    QListView *inbox() const { return m_inbox; }
    widgets::OfferToast *offerToast() const { return m_toast; }
    QStackedWidget *panels() const { return m_panels; }
    widgets::WrapUpForm *wrapUpForm() const { return m_wrapUp; }
    QPushButton *endButton() const { return m_end; }
    QString currentInteractionId() const { return m_current; }
    // The panel shown for an interaction (the module's, or the message why none), or nullptr.
    QWidget *panelFor(const QString &interactionId) const { return m_panelFor.value(interactionId); }

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
    QHash<QString, QWidget *> m_panelFor;
    QString m_current;
    QString m_wrapUpFor;        // the interaction the form was last filled for
    bool m_syncingState = false;
};

} // namespace app
