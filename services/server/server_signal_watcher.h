#pragma once
// Turns SIGTERM and SIGINT into a Qt signal on the main thread (self-pipe), so that
// shutdown runs as ordinary code instead of inside a signal handler.

#include <QObject>

class QSocketNotifier;

namespace server {

class SignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace server
