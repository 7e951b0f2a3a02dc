#include "core/auth/AuthLogging.h"

namespace sspr::auth {
Q_LOGGING_CATEGORY(lcAuth, "sspr.auth")
} // namespace sspr::auth
