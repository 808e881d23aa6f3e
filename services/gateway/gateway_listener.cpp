#include "gateway_listener.h"

#include "gateway_worker.h"

namespace gateway {

Listener::Listener(std::vector<Worker *> workers, QObject *parent)
    : QTcpServer(parent), m_workers(std::move(workers))
{
}

void Listener::incomingConnection(qintptr descriptor)
{
    Worker *worker = m_workers[m_next++ % m_workers.size()];
    QMetaObject::invokeMethod(worker, [worker, descriptor] { worker->adopt(descriptor); },
                              Qt::QueuedConnection);
}

} // namespace gateway
