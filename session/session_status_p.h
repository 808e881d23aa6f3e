#pragma once
// Internal: gRPC statuses in words a person can act on.

#include <QString>

namespace grpc { class Status; }

namespace session {

QString describeStatus(const grpc::Status &status);
bool isUnreachable(const grpc::Status &status);     // UNAVAILABLE, DEADLINE_EXCEEDED

} // namespace session
