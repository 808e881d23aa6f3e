#pragma once
// modules::api::CallInfo and CallAction: a voice call as a module sees it.

#include "api_global.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace modules::api {

/*!
    One party of a call besides the agent: the customer, a consulted colleague.
*/
struct CallParty {
    QString id;
    QString displayName;
    bool onHold = false;

    friend bool operator==(const CallParty &, const CallParty &) = default;
};

/*!
    The state of a voice interaction's call, as the server last reported it (a plain
    value; InteractionHandle::callChanged() says when to read it again). The media is
    simulated by the server: the states and timers are real, the audio is not.
*/
struct SWITCHBOARD_MODULE_API CallInfo {
    Q_GADGET
public:
    enum class State {
        None,           //!< not a call, or not known yet
        Ringing,
        Connected,
        Held,           //!< the customer is on hold
        Consulting,     //!< the customer is on hold while the agent talks to a colleague
        Conferenced,    //!< customer, agent and colleague together
        Ended,
    };
    Q_ENUM(State)

    State state = State::None;
    bool muted = false;
    QList<CallParty> parties;
    QDateTime connectedAt;          //!< when the agent answered (UTC); invalid before
    QDateTime heldSince;            //!< when the current hold began (UTC); invalid when not held
    qint64 holdSecondsTotal = 0;    //!< finished holds, in seconds
    QString dtmfSent;               //!< the digits sent so far

    bool isLive() const { return state != State::None && state != State::Ended; }
    friend bool operator==(const CallInfo &, const CallInfo &) = default;
};

/*!
    What a voice panel asks of a call (InteractionHandle::callAction()). The argument
    is the digits for SendDtmf and the target id (an agent user id or a queue id, from
    InteractionHandle::transferTargets()) for Consult.
*/
enum class CallAction {
    Answer,
    Hold,
    Resume,
    Mute,
    Unmute,
    SendDtmf,
    Consult,            //!< put the customer on hold and call the target
    CompleteTransfer,   //!< after Consult: hand the customer to the target and leave
    Conference,         //!< after Consult: join all three
    HangUp,
};

} // namespace modules::api

Q_DECLARE_METATYPE(modules::api::CallInfo)
Q_DECLARE_METATYPE(modules::api::CallParty)
