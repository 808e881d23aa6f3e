#include "app_interaction_handle.h"

#include "session_draft_store.h"
#include "session_interaction_store.h"
#include "session_session.h"
#include "session_transcript_store.h"

#include <QPointer>

namespace app {

namespace api = modules::api;

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
    out.time = m.sentAt;
    out.error = m.error;
    out.subject = m.subject;
    out.quoted = m.quotedText;
    out.to = m.to;
    out.cc = m.cc;
    if (!m.attachmentNames.isEmpty())
        out.extra.insert(QStringLiteral("attachmentNames"), m.attachmentNames);
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
        if (self)
            emit self->actionFinished(request, ok ? QString() : error);
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
    return {};      // the session holds none yet
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

// Placeholders until the session has calls, e-mail sends and transfer targets.
modules::api::ActionResult InteractionHandle::sendEmail(const modules::api::EmailReply &)
{
    return modules::api::ActionResult::refused(tr("Sending e-mail is not available yet"));
}

modules::api::CallInfo InteractionHandle::call() const
{
    return {};
}

modules::api::ActionResult InteractionHandle::callAction(modules::api::CallAction, const QString &)
{
    return modules::api::ActionResult::refused(tr("Call control is not available yet"));
}

QList<modules::api::TransferTarget> InteractionHandle::transferTargets() const
{
    return {};
}

void InteractionHandle::refreshTransferTargets() {}

modules::api::ActionResult InteractionHandle::transfer(const modules::api::TransferTarget &)
{
    return modules::api::ActionResult::refused(tr("Transfer is not available yet"));
}

} // namespace app
