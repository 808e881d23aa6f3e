#pragma once
// Accepts connections on its own thread and hands each socket descriptor to a worker,
// round robin. TLS handshakes happen on the workers (QSslSocket adopting the
// descriptor), not here, so the accepting thread never does per-connection crypto.

#include <QTcpServer>

#include <vector>

namespace gateway {

class Worker;

class Listener : public QTcpServer {
    Q_OBJECT
public:
    explicit Listener(std::vector<Worker *> workers, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::vector<Worker *> m_workers;
    std::size_t m_next = 0;
};

} // namespace gateway
