#pragma once

#include <QLoggingCategory>

namespace sspr::auth {
// "sspr.auth": endpoints, states and error codes of the sign-in; never a token, code,
// verifier, device code or assertion.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
} // namespace sspr::auth
