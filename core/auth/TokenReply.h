#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace sspr::auth {

// A successful token endpoint reply (RFC 6749 s5.1 plus OpenID Connect's id_token). Holds
// secrets: it lives only as long as the sign-in needs to copy them into the cache.
struct TokenReply {
    QString accessToken;
    QString refreshToken; // may be empty (no offline_access)
    QByteArray idToken; // may be empty (a refresh without openid)
    int expiresInSeconds = 0;
    QStringList scopes; // `scope`: what was granted, space separated on the wire

    // nullopt when the body is not a bearer token reply.
    static std::optional<TokenReply> parse(const QByteArray &body);
};

} // namespace sspr::auth
