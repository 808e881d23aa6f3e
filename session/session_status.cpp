#include "session_status_p.h"

#include <QCoreApplication>

#include <grpcpp/support/status.h>

namespace session {

bool isUnreachable(const grpc::Status &status)
{
    return status.error_code() == grpc::StatusCode::UNAVAILABLE
        || status.error_code() == grpc::StatusCode::DEADLINE_EXCEEDED;
}

QString describeStatus(const grpc::Status &status)
{
    const QString detail = QString::fromStdString(status.error_message());
    switch (status.error_code()) {
    case grpc::StatusCode::OK:
        return {};
    case grpc::StatusCode::UNAVAILABLE:
        return detail.isEmpty()
            ? QCoreApplication::translate("session", "cannot reach server")
            : QCoreApplication::translate("session", "cannot reach server: %1").arg(detail);
    case grpc::StatusCode::DEADLINE_EXCEEDED:
        return QCoreApplication::translate("session", "the server did not answer in time");
    case grpc::StatusCode::CANCELLED:
        return QCoreApplication::translate("session", "cancelled");
    default:
        return detail.isEmpty()
            ? QCoreApplication::translate("session", "error %1").arg(int(status.error_code()))
            : detail;
    }
}

} // namespace session
