#pragma once
// app::MonitorWindow: a supervisor monitoring one interaction of an agent, in a window of
// its own. Chat, SMS and e-mail show the live transcript (read-only; whispers marked);
// voice shows the call's state and parties. A whisper goes to the agent only; Barge
// joins the interaction (the customer sees the supervisor join). Every outcome the
// server refuses is said next to its control. Monitoring starts when the window opens
// (ConversationService.StartMonitoring); the server audits it and tells the agent.

#include "session_agent_types.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;

namespace session {
class Session;
class SupervisorActions;
struct SupervisorResult;
}
namespace models { class TranscriptModel; }

namespace app {

class MonitorWindow : public QWidget {
    Q_OBJECT
public:
    // `interaction`: what the grid knows of it (id, channel, customer); `agentName`: whose.
    MonitorWindow(session::Session &session, const session::Interaction &interaction, const QString &agentName,
                  QWidget *parent = nullptr);
    ~MonitorWindow() override;

    QString interactionId() const { return m_interaction.id; }
    session::Channel channel() const { return m_interaction.channel; }
    bool isMonitoring() const { return m_monitoring; }
    bool hasBarged() const { return m_barged; }

    QListView *transcript() const { return m_transcript; }       // text channels
    QLabel *callState() const { return m_callState; }            // voice
    QListWidget *callParties() const { return m_parties; }       // voice
    QLineEdit *whisperField() const { return m_whisperField; }
    QPushButton *whisperButton() const { return m_whisperSend; }
    QLabel *whisperError() const { return m_whisperError; }
    QPushButton *bargeButton() const { return m_barge; }
    QLabel *bargeError() const { return m_bargeError; }
    QLabel *statusLabel() const { return m_status; }

signals:
    // StartMonitoring answered (ok, or refused: statusLabel() says why).
    void monitoringStarted(bool ok);
    void whispered(bool ok);
    void barged(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onFinished(const session::SupervisorResult &result);
    void sendWhisper();
    void updateCall();
    void updateControls();

    session::Session &m_session;
    session::Interaction m_interaction;
    QString m_agentName;
    std::unique_ptr<session::SupervisorActions> m_actions;
    models::TranscriptModel *m_model = nullptr;
    QLabel *m_title;
    QLabel *m_status;
    QListView *m_transcript = nullptr;
    QLabel *m_callState = nullptr;
    QListWidget *m_parties = nullptr;
    QLabel *m_whisperLabel;
    QLineEdit *m_whisperField;
    QPushButton *m_whisperSend;
    QLabel *m_whisperError;
    QPushButton *m_barge;
    QLabel *m_bargeError;
    bool m_monitoring = false;
    bool m_barged = false;
    bool m_whisperPending = false;
    QString m_statusError;
};

} // namespace app
