#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace sspr::demo {

// An OpenID Connect id_token as the v2.0 endpoint issues it, but unsigned ("alg": "none"):
// the demo has no keys to publish, and clients read the claims over the same channel
// they got the token from (OpenID Connect Core 3.1.3.7 lets them skip the signature then).
struct IdTokenBuilder {
    QUrl issuer; // {base}/{tid}/v2.0
    QString audience; // client id
    QString tenantId;
    QString objectId;
    QString name;
    QString preferredUsername;
    QString nonce; // omitted when empty
    QDateTime issuedAt;
    int lifetimeSeconds = 3600;

    QString build() const; // header.payload. (empty signature)
};

} // namespace sspr::demo
