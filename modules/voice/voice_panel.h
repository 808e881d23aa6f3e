#pragma once
// modules::voice::VoicePanel: the view of one call: who and in what state, live call
// timers, the call controls, a DTMF keypad, the transfer/consult target chooser and
// the parties. The server simulates the media; the panel only asks
// (InteractionHandle::callAction(), transfer()) and shows InteractionHandle::call().
//
// Keyboard shortcuts (window-wide while the panel is shown; also in each tooltip):
//   Ctrl+Shift+A  Answer                Ctrl+Shift+T  Transfer… (blind)
//   Ctrl+Shift+H  Hold / Resume         Ctrl+Shift+C  Consult…
//   Ctrl+Shift+M  Mute / Unmute         Ctrl+Shift+L  Complete transfer (leave the call)
//   Ctrl+Shift+K  Keypad                Ctrl+Shift+J  Conference (join all)
//   Ctrl+Shift+E  Hang up (End call)
//
// Snapshot keys (PanelState), kept stable across versions of this module:
//   "keypadVisible"   bool     the DTMF keypad is open
//   "chooser"         QString  the target chooser is open: "transfer" or "consult"; "" closed
//   "selectedTarget"  QString  the id of the target selected in the chooser

#include "api_call.h"
#include "api_message.h"
#include "api_panel_state.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace modules::api {
class InteractionHandle;
}

namespace modules::voice {


class Keypad;
class TargetChooser;

class VoicePanel : public QWidget, public api::PanelState {
    Q_OBJECT
    Q_INTERFACES(modules::api::PanelState)
public:
    explicit VoicePanel(api::InteractionHandle *interaction, QWidget *parent = nullptr);
    ~VoicePanel() override;

    QVariantMap snapshot() const override;
    void restore(const QVariantMap &state) override;

    //! "1:05", "12:00", "1:02:03": how the panel writes a duration.
    static QString formatDuration(qint64 seconds);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class ChooserMode { Closed, Transfer, Consult };

    void retranslate();
    void applyButtonPalettes();
    void onCallChanged();
    void updateHeader();
    void updateControls();
    void updateTimers();
    void updateParties();
    QString partyName(const api::CallParty &party) const;
    QString stateText() const;
    bool canAct() const;

    void act(api::CallAction action, const QString &argument = {});
    void track(const api::ActionResult &result, const QString &what);
    void showError(const QString &text);
    void clearError();

    void toggleHold();
    void toggleMute();
    void setKeypadOpen(bool open);
    void openChooser(ChooserMode mode);
    void closeChooser();
    void onTargetChosen(const modules::api::TransferTarget &target);

    QPointer<api::InteractionHandle> m_interaction;
    api::CallInfo m_call;
    QString m_consultName;          // the colleague asked for, until the server names the party
    QString m_consultId;
    ChooserMode m_chooserMode = ChooserMode::Closed;
    QHash<quint64, QString> m_pending;  // accepted request -> what it was, for its failure

    QLabel *m_customerName;
    QLabel *m_customerAddress;
    QLabel *m_state;
    QLabel *m_talkCaption;
    QLabel *m_talkTime;
    QLabel *m_holdCaption;
    QLabel *m_holdTime;
    QLabel *m_holdTotalCaption;
    QLabel *m_holdTotal;
    QTimer *m_clock;

    QPushButton *m_answer;
    QPushButton *m_hold;
    QPushButton *m_mute;
    QPushButton *m_keypadButton;
    QPushButton *m_transfer;
    QPushButton *m_consult;
    QPushButton *m_completeTransfer;
    QPushButton *m_conference;
    QPushButton *m_hangUp;
    QLabel *m_errorIcon;
    QLabel *m_error;

    Keypad *m_keypad;
    TargetChooser *m_chooser;
    QLabel *m_partiesCaption;
    QListWidget *m_parties;
};

} // namespace modules::voice
