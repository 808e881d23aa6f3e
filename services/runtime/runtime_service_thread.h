#pragma once
// runtime::ServiceThread: the one thread a service's state lives on (routing's engine,
// the stats service's metrics engine: neither is thread-safe). RPC handlers and bus
// events post tasks; the thread runs them in order and, between tasks, wakes at the
// owner's next deadline (offer timeouts, coalesced deltas, ...) to advance it.

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace runtime {

class ServiceThread {
public:
    using Task = std::function<void()>;
    using Millis = std::int64_t;   // since the Unix epoch (runtime::nowMs())

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

} // namespace runtime
