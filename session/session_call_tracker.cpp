#include "session_call_tracker_p.h"

#include <grpcpp/client_context.h>

namespace session {

bool CallTracker::add(grpc::ClientContext *context)
{
    std::lock_guard lock(m_mutex);
    if (m_shuttingDown)
        return false;
    m_live.insert(context);
    return true;
}

void CallTracker::remove(grpc::ClientContext *context)
{
    std::lock_guard lock(m_mutex);
    m_live.erase(context);
    if (m_live.empty())
        m_idle.notify_all();
}

void CallTracker::cancelAllAndWait()
{
    std::unique_lock lock(m_mutex);
    m_shuttingDown = true;
    for (grpc::ClientContext *context : m_live)
        context->TryCancel();
    m_idle.wait(lock, [this] { return m_live.empty(); });
}

} // namespace session
