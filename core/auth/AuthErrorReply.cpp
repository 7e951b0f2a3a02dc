#include "core/auth/AuthErrorReply.h"

#include "core/auth/SecretRedaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sspr::auth {

AuthError AuthErrorReply::make(const QString &code, const QString &message)
{
    AuthError error;
    error.code = code;
    error.message = message;
    return error;
}

QString AuthErrorReply::messageFor(const QString &code)
{
    // RFC 6749 s4.1.2.1 / s5.2 and RFC 8628 s3.5 codes a person is likely to meet.
    if (code == QLatin1String("access_denied"))
        return tr("Sign-in was cancelled or consent was not given.");
    if (code == QLatin1String("authorization_declined"))
        return tr("The sign-in was declined on the other device.");
    if (code == QLatin1String("expired_token"))
        return tr("The sign-in code expired before it was used. Start the sign-in again.");
    if (code == QLatin1String("bad_verification_code"))
        return tr("The authority did not recognise the sign-in code. Start the sign-in again.");
    if (code == QLatin1String("invalid_grant"))
        return tr("The authority refused the sign-in grant.");
    if (code == QLatin1String("consent_required") || code == QLatin1String("interaction_required"))
        return tr("The account must sign in interactively to give consent.");
    if (code == QLatin1String("invalid_client") || code == QLatin1String("unauthorized_client"))
        return tr("The authority does not accept this application (client id).");
    return {};
}

AuthError AuthErrorReply::parse(const QByteArray &body, int status, const QString &networkError)
{
    AuthError error;
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    error.code = json.value(QLatin1String("error")).toString();
    for (const QJsonValue &value : json.value(QLatin1String("error_codes")).toArray())
        error.errorCodes.append(value.toInt());
    error.traceId = json.value(QLatin1String("trace_id")).toString();
    error.correlationId = json.value(QLatin1String("correlation_id")).toString();
    // The description comes from outside: strip anything token-shaped before it is shown.
    const QString description = SecretRedaction::redact(
        json.value(QLatin1String("error_description")).toString().trimmed());

    if (error.code.isEmpty()) {
        error.code = status == 0 ? QStringLiteral("network_error") : QStringLiteral("http_error");
        error.message = status == 0
            ? tr("The sign-in authority could not be reached: %1").arg(networkError)
            : tr("The sign-in authority answered HTTP %1.").arg(status);
        return error;
    }
    const QString known = messageFor(error.code);
    if (known.isEmpty() && description.isEmpty())
        error.message = tr("The sign-in failed: %1").arg(error.code);
    else if (description.isEmpty())
        error.message = known;
    else if (known.isEmpty())
        error.message = description;
    else
        error.message = tr("%1 (%2)").arg(known, description);
    return error;
}

} // namespace sspr::auth
