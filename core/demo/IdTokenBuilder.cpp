#include "core/demo/IdTokenBuilder.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace sspr::demo {

namespace {

QByteArray base64Url(const QJsonObject &object)
{
    return QJsonDocument(object)
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QString IdTokenBuilder::build() const
{
    const qint64 iat = issuedAt.toSecsSinceEpoch();
    // `sub` is pairwise per application on the v2.0 endpoint: the same user gets a different
    // one in each app, so derive it from both.
    const QByteArray sub
        = QCryptographicHash::hash(
            (objectId + QLatin1Char('|') + audience).toUtf8(), QCryptographicHash::Sha256)
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
              .left(43);
    QJsonObject claims {
        { QStringLiteral("aud"), audience },
        { QStringLiteral("iss"), issuer.toString() },
        { QStringLiteral("iat"), iat },
        { QStringLiteral("nbf"), iat },
        { QStringLiteral("exp"), iat + lifetimeSeconds },
        { QStringLiteral("name"), name },
        { QStringLiteral("oid"), objectId },
        { QStringLiteral("preferred_username"), preferredUsername },
        { QStringLiteral("sub"), QString::fromLatin1(sub) },
        { QStringLiteral("tid"), tenantId },
        { QStringLiteral("ver"), QStringLiteral("2.0") },
    };
    if (!nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), nonce);
    const QJsonObject header { { QStringLiteral("typ"), QStringLiteral("JWT") },
        { QStringLiteral("alg"), QStringLiteral("none") } };
    return QString::fromLatin1(base64Url(header) + '.' + base64Url(claims) + '.');
}

} // namespace sspr::demo
