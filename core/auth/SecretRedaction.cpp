#include "core/auth/SecretRedaction.h"

#include <QRegularExpression>

namespace sspr::auth {

QString SecretRedaction::redact(QString text)
{
    // Token-length values only, so that prose such as "the Bearer token expired" survives.
    static const QRegularExpression bearer(
        QStringLiteral(R"(\b(Bearer)\s+[A-Za-z0-9\-._~+/]{16,}=*)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(
        QStringLiteral(R"(\beyJ[A-Za-z0-9_\-]*\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*)"));
    static const QRegularExpression parameter(
        QStringLiteral(R"(\b((?:access|refresh|id)_token|client_secret)=[^&\s"']+)"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(bearer, QStringLiteral("\\1 [redacted]"));
    text.replace(jwt, QStringLiteral("[redacted token]"));
    text.replace(parameter, QStringLiteral("\\1=[redacted]"));
    return text;
}

} // namespace sspr::auth
