#include "core/auth/IdTokenClaims.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sspr::auth {

std::optional<IdTokenClaims> IdTokenClaims::parse(const QByteArray &idToken)
{
    const QList<QByteArray> parts = idToken.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded)
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(*decoded).object();
    if (json.isEmpty())
        return std::nullopt;
    IdTokenClaims claims;
    claims.name = json.value(QLatin1String("name")).toString();
    claims.preferredUsername = json.value(QLatin1String("preferred_username")).toString();
    claims.tenantId = json.value(QLatin1String("tid")).toString();
    claims.objectId = json.value(QLatin1String("oid")).toString();
    claims.nonce = json.value(QLatin1String("nonce")).toString();
    claims.issuer = json.value(QLatin1String("iss")).toString();
    return claims;
}

AccountInfo IdTokenClaims::account() const
{
    AccountInfo info;
    info.displayName = name;
    info.userPrincipalName = preferredUsername;
    info.tenantId = tenantId;
    info.objectId = objectId;
    return info;
}

QString IdTokenClaims::homeAccountId() const
{
    if (objectId.isEmpty() || tenantId.isEmpty())
        return {};
    return objectId + QLatin1Char('.') + tenantId;
}

} // namespace sspr::auth
