#include "app_interaction_handle.h"

#include "session_call_store.h"
#include "session_draft_store.h"
#include "session_interaction_store.h"
#include "session_session.h"
#include "session_transcript_store.h"

#include <QPointer>

namespace app {

namespace api = modules::api;

namespace {

// The outcome of an action always arrives after the action returned its request id, even
// when the session refuses at once: a module starts tracking the id only then.
void finishLater(const QPointer<InteractionHandle> &handle, quint64 request, const QString &error)
{
    if (!handle)
        return;
    QMetaObject::invokeMethod(handle, [handle, request, error] {
        if (handle)
            emit handle->actionFinished(request, error);
    }, Qt::QueuedConnection);
}

} // namespace

InteractionHandle::InteractionHandle(session::Session &session, const QString &interactionId, QObject *parent)
    : api::InteractionHandle(parent), m_session(session), m_id(interactionId)
{
    if (const session::Interaction *i = current())
        m_last = *i;
    session::TranscriptStore &transcripts = session.transcripts();
    transcripts.open(m_id);
    m_announced = transcripts.messageCount(m_id);

    // Server messages come first in the store's rows; failed sends (index -1) after
    // them are not part of the API's list.
    auto announce = [this](const QString &id) {
        if (id != m_id)
            return;
        const int count = m_session.transcripts().messageCount(m_id);
        if (count > m_announced) {
            const int first = m_announced;
            m_announced = count;
            emit messagesInserted(first, count - 1);
        }
    };
    connect(&transcripts, &session::TranscriptStore::rowsInserted, this,
            [announce](const QString &id, int, int) { announce(id); });
    connect(&transcripts, &session::TranscriptStore::loaded, this, announce);
    connect(&transcripts, &session::TranscriptStore::rowChanged, this, [this](const QString &id, int row) {
        if (id == m_id && row < m_announced)
            emit messageChanged(row);
    });
    connect(&transcripts, &session::TranscriptStore::customerTypingChanged, this,
            [this](const QString &id, bool typing) {
        if (id == m_id)
            emit customerTypingChanged(typing);
    });
    connect(&session.calls(), &session::CallStore::callChanged, this, [this](const QString &id) {
        if (id == m_id)
            emit callChanged();
    });
    connect(&session.interactions(), &session::InteractionStore::transferTargetsChanged, this,
            [this](const QString &id) {
        if (id == m_id)
            emit transferTargetsChanged();
    });
    connect(&session.drafts(), &session::DraftStore::draftChanged, this,
            [this](const QString &id, const QString &text) {
        if (id == m_id)
            emit draftChanged(text);
    });
}

const session::Interaction *InteractionHandle::current() const
{
    const int row = m_session.interactions().indexOf(m_id);
    return row < 0 ? nullptr : &m_session.interactions().at(row);
}

QString InteractionHandle::channelName(session::Channel channel)
{
    switch (channel) {
    case session::Channel::Chat: return QStringLiteral("chat");
    case session::Channel::Sms: return QStringLiteral("sms");
    case session::Channel::Email: return QStringLiteral("email");
    case session::Channel::Voice: return QStringLiteral("voice");
    case session::Channel::Unspecified: break;
    }
    return QStringLiteral("unknown");
}

api::InteractionHandle::State InteractionHandle::toApiState(session::InteractionState state)
{
    switch (state) {
    case session::InteractionState::Waiting:
    case session::InteractionState::Offered: return State::Offered;
    case session::InteractionState::Active: return State::Active;
    case session::InteractionState::WrapUp: return State::WrapUp;
    default: return State::Closed;
    }
}

QString InteractionHandle::channel() const { return channelName(m_last.channel); }

QString InteractionHandle::customerName() const
{
    return m_last.customer.displayName.isEmpty() ? m_last.customer.address : m_last.customer.displayName;
}

QString InteractionHandle::customerAddress() const { return m_last.customer.address; }
QString InteractionHandle::subject() const { return m_last.subject; }

api::InteractionHandle::State InteractionHandle::state() const
{
    return current() ? toApiState(m_last.state) : State::Closed;
}

bool InteractionHandle::isCustomerTyping() const { return m_session.transcripts().isCustomerTyping(m_id); }

int InteractionHandle::messageCount() const { return m_announced; }

api::Message InteractionHandle::message(int index) const
{
    if (index < 0 || index >= m_announced)
        return {};
    const session::Message &m = m_session.transcripts().at(m_id, index);
    api::Message out;
    out.index = index;
    switch (m.direction) {
    case session::MessageDirection::Inbound: out.direction = api::Message::Direction::Inbound; break;
    case session::MessageDirection::Outbound: out.direction = api::Message::Direction::Outbound; break;
    default: out.direction = api::Message::Direction::System; break;
    }
    switch (m.delivery) {
    case session::DeliveryState::Sent: out.delivery = api::Message::Delivery::Sent; break;
    case session::DeliveryState::Delivered: out.delivery = api::Message::Delivery::Delivered; break;
    case session::DeliveryState::Read: out.delivery = api::Message::Delivery::Read; break;
    case session::DeliveryState::Failed: out.delivery = api::Message::Delivery::Failed; break;
    case session::DeliveryState::Unspecified: out.delivery = api::Message::Delivery::None; break;
    }
    out.author = m.authorName;
    out.text = m.text;
    // The module API has no whisper direction: a whisper reaches the panel as a system
    // line that says who whispered (only the agent's side ever receives whispers).
    if (m.direction == session::MessageDirection::Whisper)
        out.text = tr("Whisper from %1: %2").arg(m.authorName.isEmpty() ? tr("your supervisor") : m.authorName, m.text);
    out.time = m.sentAt;
    out.error = m.error;
    out.subject = m.subject;
    out.quoted = m.quotedText;
    out.to = m.to;
    out.cc = m.cc;
    out.attachments = m.attachmentNames;
    return out;
}

api::ActionResult InteractionHandle::sendMessage(const QString &text)
{
    if (state() != State::Active)
        return api::ActionResult::refused(tr("The interaction is not active."));
    if (text.trimmed().isEmpty())
        return api::ActionResult::refused(tr("The message is empty."));
    const quint64 request = ++m_nextRequest;
    QPointer<InteractionHandle> self(this);
    m_session.transcripts().send(m_id, text, {}, [self, request](bool ok, const QString &error) {
        finishLater(self, request, ok ? QString() : error);
    });
    return api::ActionResult::accepted(request);
}

void InteractionHandle::setTyping(bool typing)
{
    // Typing indicators are a chat feature: an SMS or e-mail customer has no way to see them.
    if (channel() == QLatin1String("chat"))
        m_session.transcripts().setTyping(m_id, typing);
}

QString InteractionHandle::draft() const { return m_session.drafts().draft(m_id); }

void InteractionHandle::setDraft(const QString &text)
{
    if (text != draft())
        m_session.drafts().setDraft(m_id, text);     // draftChanged() follows from the store
}

QList<api::CannedResponse> InteractionHandle::cannedResponses() const
{
    QList<api::CannedResponse> responses;
    for (const session::CannedText &canned : m_session.interactions().cannedResponses(m_last.channel))
        responses.append({canned.title, canned.text, canned.shortcut});
    return responses;
}

void InteractionHandle::refresh()
{
    const session::Interaction *i = current();
    if (!i)
        return;
    const session::Interaction before = m_last;
    m_last = *i;
    if (before.customer.displayName != i->customer.displayName || before.customer.address != i->customer.address)
        emit customerChanged();
    if (before.subject != i->subject)
        emit subjectChanged();
    if (toApiState(before.state) != toApiState(i->state))
        emit stateChanged(toApiState(i->state));
}

api::ActionResult InteractionHandle::sendEmail(const api::EmailReply &reply)
{
    if (channel() != QLatin1String("email"))
        return api::ActionResult::refused(tr("This is not an e-mail interaction."));
    if (state() != State::Active)
        return api::ActionResult::refused(tr("The interaction is not active."));
    if (reply.subject.trimmed().isEmpty())
        return api::ActionResult::refused(tr("The subject is empty."));
    if (reply.text.trimmed().isEmpty())
        return api::ActionResult::refused(tr("The message is empty."));
    const quint64 request = ++m_nextRequest;
    QPointer<InteractionHandle> self(this);
    m_session.transcripts().sendEmail(m_id, reply.text, reply.subject, reply.replyAll, reply.quoted,
                                      reply.attachments, {}, [self, request](bool ok, const QString &error) {
        finishLater(self, request, ok ? QString() : error);
    });
    return api::ActionResult::accepted(request);
}

api::CallInfo InteractionHandle::call() const
{
    if (m_last.channel != session::Channel::Voice)
        return {};
    const session::Call c = m_session.calls().call(m_id);
    api::CallInfo info;
    switch (c.state) {
    case session::CallState::None: info.state = api::CallInfo::State::None; break;
    case session::CallState::Ringing: info.state = api::CallInfo::State::Ringing; break;
    case session::CallState::Connected: info.state = api::CallInfo::State::Connected; break;
    case session::CallState::Held: info.state = api::CallInfo::State::Held; break;
    case session::CallState::Consulting: info.state = api::CallInfo::State::Consulting; break;
    case session::CallState::Conferenced: info.state = api::CallInfo::State::Conferenced; break;
    case session::CallState::Ended: info.state = api::CallInfo::State::Ended; break;
    }
    info.muted = c.muted;
    for (const session::CallParty &party : c.parties)
        info.parties.append({party.id, party.displayName, party.onHold});
    info.connectedAt = c.connectedAt;
    info.heldSince = c.heldSince;
    info.holdSecondsTotal = c.holdSecondsTotal;
    info.dtmfSent = c.dtmfSent;
    return info;
}

api::ActionResult InteractionHandle::callAction(api::CallAction action, const QString &argument)
{
    if (m_last.channel != session::Channel::Voice)
        return api::ActionResult::refused(tr("This is not a call."));
    if (state() != State::Active)
        return api::ActionResult::refused(tr("The interaction is not active."));
    if (!call().isLive())
        return api::ActionResult::refused(tr("The call is not live."));
    session::CallCommand command = session::CallCommand::Answer;
    switch (action) {
    case api::CallAction::Answer: command = session::CallCommand::Answer; break;
    case api::CallAction::Hold: command = session::CallCommand::Hold; break;
    case api::CallAction::Resume: command = session::CallCommand::Resume; break;
    case api::CallAction::Mute: command = session::CallCommand::Mute; break;
    case api::CallAction::Unmute: command = session::CallCommand::Unmute; break;
    case api::CallAction::SendDtmf: command = session::CallCommand::SendDtmf; break;
    case api::CallAction::Consult: command = session::CallCommand::Consult; break;
    case api::CallAction::CompleteTransfer: command = session::CallCommand::CompleteTransfer; break;
    case api::CallAction::Conference: command = session::CallCommand::Conference; break;
    case api::CallAction::HangUp: command = session::CallCommand::HangUp; break;
    }
    if (action == api::CallAction::SendDtmf && argument.isEmpty())
        return api::ActionResult::refused(tr("Which digits?"));
    if (action == api::CallAction::Consult && argument.isEmpty())
        return api::ActionResult::refused(tr("Whom to consult?"));
    const quint64 request = ++m_nextRequest;
    QPointer<InteractionHandle> self(this);
    m_session.calls().command(m_id, command, argument, [self, request](bool ok, const QString &error) {
        finishLater(self, request, ok ? QString() : error);
    });
    return api::ActionResult::accepted(request);
}

QList<api::TransferTarget> InteractionHandle::transferTargets() const
{
    QList<api::TransferTarget> targets;
    for (const session::TransferTarget &t : m_session.interactions().transferTargets(m_id)) {
        api::TransferTarget target;
        target.kind = t.kind == session::TransferTarget::Kind::Queue ? api::TransferTarget::Kind::Queue
                                                                     : api::TransferTarget::Kind::Agent;
        target.id = t.id;
        target.name = t.name;
        target.detail = t.detail;
        target.available = t.available;
        targets.append(target);
    }
    return targets;
}

void InteractionHandle::refreshTransferTargets()
{
    m_session.interactions().loadTransferTargets(m_id);
}

api::ActionResult InteractionHandle::transfer(const api::TransferTarget &target)
{
    if (state() != State::Active)
        return api::ActionResult::refused(tr("The interaction is not active."));
    if (target.id.isEmpty())
        return api::ActionResult::refused(tr("Choose a queue or a colleague."));
    const quint64 request = ++m_nextRequest;
    QPointer<InteractionHandle> self(this);
    auto done = [self, request](bool ok, const QString &error) {
        finishLater(self, request, ok ? QString() : error);
    };
    if (target.kind == api::TransferTarget::Kind::Queue)
        m_session.interactions().transferToQueue(m_id, target.id, done);
    else
        m_session.interactions().transferToAgent(m_id, target.id, done);
    return api::ActionResult::accepted(request);
}

} // namespace app
