#pragma once

#include <QLoggingCategory>

namespace gateway {
Q_DECLARE_LOGGING_CATEGORY(lcGateway)
} // namespace gateway
