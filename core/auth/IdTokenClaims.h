#pragma once

#include "core/auth/AuthConfig.h"
#include "core/auth/TokenProvider.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace sspr::auth {

// The claims of an id_token the app reads (OpenID Connect Core s2; Microsoft's
// "ID token claims reference"). The token comes straight from the token endpoint over the
// authority's TLS channel, so per OIDC Core s3.1.3.7 (6) its signature is not re-checked.
struct IdTokenClaims {
    QString name;
    QString preferredUsername; // the UPN or sign-in name
    QString tenantId; // tid
    QString objectId; // oid
    QString nonce;
    QString issuer;
    QStringList audiences; // aud: one string or an array (OIDC Core s2)

    static std::optional<IdTokenClaims> parse(const QByteArray &idToken);
    AccountInfo account() const;
    // OIDC Core s3.1.3.7 (2)-(3): the token must be issued by the discovered issuer (Microsoft's
    // multi-tenant "{tenantid}" template filled with the token's tid) for `clientId`. An error
    // ("invalid_id_token") when not; an empty issuer (no discovery document) is not checked.
    std::optional<AuthError> mismatch(const QString &clientId, const QString &issuerTemplate) const;
    // MSAL's home account id: "oid.tid". Identifies the account in the keychain key.
    QString homeAccountId() const;
};

} // namespace sspr::auth
