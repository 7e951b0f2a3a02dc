#include "core/auth/IdTokenClaims.h"

#include "core/auth/AuthErrorReply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sspr::auth {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(IdTokenClaims)
};
} // namespace

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
    const QJsonValue aud = json.value(QLatin1String("aud"));
    if (aud.isArray()) {
        const QJsonArray list = aud.toArray();
        for (const QJsonValue &one : list)
            claims.audiences << one.toString();
    } else if (aud.isString()) {
        claims.audiences << aud.toString();
    }
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

std::optional<AuthError> IdTokenClaims::mismatch(
    const QString &clientId, const QString &issuerTemplate) const
{
    if (!audiences.contains(clientId)) {
        return AuthErrorReply::make(QStringLiteral("invalid_id_token"),
            Text::tr("The authority's ID token was issued for another application (audience "
                     "\"%1\", expected \"%2\"). The sign-in was refused.")
                .arg(audiences.join(QLatin1String(", ")), clientId));
    }
    if (issuerTemplate.isEmpty())
        return std::nullopt;
    QString expected = issuerTemplate;
    expected.replace(QLatin1String("{tenantid}"), tenantId);
    if (issuer != expected) {
        return AuthErrorReply::make(QStringLiteral("invalid_id_token"),
            Text::tr("The authority's ID token comes from another issuer (\"%1\", expected "
                     "\"%2\"). The sign-in was refused.")
                .arg(issuer, expected));
    }
    return std::nullopt;
}

QString IdTokenClaims::homeAccountId() const
{
    if (objectId.isEmpty() || tenantId.isEmpty())
        return {};
    return objectId + QLatin1Char('.') + tenantId;
}

} // namespace sspr::auth
