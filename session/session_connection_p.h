#pragma once
// Internal to session/: includes grpc. Never include from models/, widgets/ or app/.

#include "session_call_tracker_p.h"
#include "session_connection.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <grpcpp/channel.h>

#include <memory>

namespace session {

struct HealthClient;    // defined in session_connection.cpp

struct ServiceHealth {
    ServiceState state = ServiceState::Connecting;
    QString message;
    bool checkInFlight = false;
};

struct Connection::Private {
    ConnectionOptions options;
    QString error;
    QByteArray caPem;
    QString accessToken;
    std::shared_ptr<grpc::Channel> channel;
    std::shared_ptr<CallTracker> calls = std::make_shared<CallTracker>();
    // Queued results are posted to this object: it lives as long as calls can finish.
    std::unique_ptr<QObject> dispatcher = std::make_unique<QObject>();
    std::unique_ptr<HealthClient> healthClient;
    QStringList monitored;
    QHash<QString, ServiceHealth> health;
    QTimer healthTimer;
};

} // namespace session
