#pragma once

#include "core/auth/AuthConfig.h"

#include <QByteArray>
#include <QCoreApplication>

namespace sspr::auth {

// Turns an authority's error into an AuthError: the Microsoft identity platform's error JSON
// (error, error_description, error_codes, trace_id, correlation_id; RFC 6749 s5.2 plus
// Microsoft's fields) or a transport failure. Qt 6.4's token request drops this body, which
// is why the sign-in posts to the token endpoint itself.
class AuthErrorReply {
    Q_DECLARE_TR_FUNCTIONS(AuthErrorReply)

public:
    // `body` from the reply (may be empty or not JSON), `status` the HTTP status (0: none).
    static AuthError parse(const QByteArray &body, int status, const QString &networkError);
    // An error made here (state_mismatch, timeout, cancelled, ...), with a translated text.
    static AuthError make(const QString &code, const QString &message);
    // The translated sentence for an OAuth error code, or empty when there is none.
    static QString messageFor(const QString &code);
};

} // namespace sspr::auth
