#pragma once
// Internal. Keeps count of the gRPC calls in flight of one Connection so that it can
// cancel them and wait for their callbacks before it goes away: a callback must never
// run into a destroyed dispatcher.

#include <condition_variable>
#include <mutex>
#include <set>

namespace grpc { class ClientContext; }

namespace session {

class CallTracker {
public:
    // False once shutting down: the call must not start.
    bool add(grpc::ClientContext *context);
    void remove(grpc::ClientContext *context);
    void cancelAllAndWait();

private:
    std::mutex m_mutex;
    std::condition_variable m_idle;
    std::set<grpc::ClientContext *> m_live;
    bool m_shuttingDown = false;
};

} // namespace session
