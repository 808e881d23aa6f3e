#pragma once
// A worker thread's share of the clients. Events posted from the bus thread are queued
// and fanned out once per event-loop turn: every client gets one ServerFrame.events for
// all the events of that turn on its topics, and a frame is built once per distinct
// set of events and written unchanged to every client that receives that set.

#include "gateway_event_entry.h"

#include <QObject>
#include <QList>

#include <atomic>
#include <mutex>
#include <span>
#include <vector>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace gateway {

struct Context;
class Connection;

class Worker : public QObject {
    Q_OBJECT
public:
    explicit Worker(const Context &context, QObject *parent = nullptr);
    ~Worker() override;

    // Any thread.
    void post(EventEntryPtr entry);
    int connectionCount() const { return m_connectionCount.load(std::memory_order_relaxed); }

    // On the worker's thread:
    void begin();                  // starts the timers
    void adopt(qintptr descriptor);  // takes over an accepted socket
    // Closes every client with 1001 and quits the thread once they are gone (or after a
    // grace period).
    void shutdown();

private:
    void drain();
    void tick();
    void deliver(std::span<const EventEntryPtr> events);
    void remove(Connection *connection);
    void maybeQuit();
    void quitThread();

    const Context &m_context;
    QList<Connection *> m_connections;
    std::atomic<int> m_connectionCount{0};
    QTimer *m_tickTimer = nullptr;
    bool m_shuttingDown = false;

    std::mutex m_pendingMutex;
    std::vector<EventEntryPtr> m_pending;
    bool m_drainScheduled = false;
};

} // namespace gateway
