#include "runtime_service_thread.h"

#include "runtime_store.h"

#include <chrono>

namespace runtime {

ServiceThread::ServiceThread(std::function<std::optional<Millis>()> deadline, std::function<void(Millis)> tick)
    : m_deadline(std::move(deadline)), m_tick(std::move(tick))
{
}

ServiceThread::~ServiceThread()
{
    stop();
}

void ServiceThread::start()
{
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); });
}

bool ServiceThread::post(Task task)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return false;
        m_tasks.push_back(std::move(task));
    }
    m_wake.notify_one();
    return true;
}

void ServiceThread::postFirst(Task task)
{
    {
        std::lock_guard lock(m_mutex);
        m_tasks.push_front(std::move(task));
    }
    m_wake.notify_one();
}

void ServiceThread::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable() && !isCurrent())
        m_thread.join();
}

void ServiceThread::run()
{
    std::unique_lock lock(m_mutex);
    Millis lastTick = -1;
    for (;;) {
        if (!m_tasks.empty()) {
            Task task = std::move(m_tasks.front());
            m_tasks.pop_front();
            lock.unlock();
            task();
            lock.lock();
            continue;
        }
        if (m_stopping)
            return;
        const std::optional<Millis> deadline = m_deadline();
        const Millis now = runtime::nowMs();
        if (deadline && *deadline <= now && now != lastTick) {
            lastTick = now;
            lock.unlock();
            m_tick(now);
            lock.lock();
            continue;
        }
        if (deadline && *deadline <= now) {
            // Still due after a tick in this very millisecond: try again in the next one
            // rather than spin.
            m_wake.wait_for(lock, std::chrono::milliseconds(1));
            continue;
        }
        if (deadline)
            m_wake.wait_until(lock, std::chrono::system_clock::time_point(std::chrono::milliseconds(*deadline)));
        else
            m_wake.wait(lock);
    }
}

} // namespace runtime
