#include "core/auth/TokenReply.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sspr::auth {

std::optional<TokenReply> TokenReply::parse(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    TokenReply reply;
    reply.accessToken = json.value(QLatin1String("access_token")).toString();
    if (reply.accessToken.isEmpty())
        return std::nullopt;
    const QString type = json.value(QLatin1String("token_type")).toString();
    if (!type.isEmpty() && type.compare(QLatin1String("bearer"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    reply.refreshToken = json.value(QLatin1String("refresh_token")).toString();
    reply.idToken = json.value(QLatin1String("id_token")).toString().toUtf8();
    // Microsoft sends expires_in as a number; some servers send a string.
    const QJsonValue expires = json.value(QLatin1String("expires_in"));
    reply.expiresInSeconds = expires.isString() ? expires.toString().toInt() : expires.toInt();
    if (reply.expiresInSeconds <= 0)
        reply.expiresInSeconds = 3600;
    reply.scopes
        = json.value(QLatin1String("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return reply;
}

} // namespace sspr::auth
