#include "gateway_logging.h"

namespace gateway {
Q_LOGGING_CATEGORY(lcGateway, "switchboard.gateway")
} // namespace gateway
