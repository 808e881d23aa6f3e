#pragma once
// The one thread the stats service lives on (its metrics engine is not thread-safe). RPC
// handlers and bus events post tasks; the thread runs them in order and, between tasks,
// wakes at the next deadline (coalesced deltas, alert ticks, persistence, day start).

#include "stats_metrics.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace stats {

class ServiceThread {
public:
    using Task = std::function<void()>;

    // Both run on the thread: deadline() says when tick(now) has work next (nullopt:
    // nothing timed); it is asked again after every task and tick.
    ServiceThread(std::function<std::optional<Millis>()> deadline, std::function<void(Millis)> tick);
    ~ServiceThread();   // stop()
    ServiceThread(const ServiceThread &) = delete;
    ServiceThread &operator=(const ServiceThread &) = delete;

    void start();
    // Thread-safe. Returns false (and drops the task) once stop() was called.
    bool post(Task task);
    // Runs before every task already queued (the restore at start-up).
    void postFirst(Task task);
    // Runs the tasks already queued, then ends the thread. Idempotent.
    void stop();

    bool isCurrent() const { return std::this_thread::get_id() == m_thread.get_id(); }

private:
    void run();

    std::function<std::optional<Millis>()> m_deadline;
    std::function<void(Millis)> m_tick;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Task> m_tasks;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace stats
