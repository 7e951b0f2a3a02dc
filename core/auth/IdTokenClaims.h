#pragma once

#include "core/auth/TokenProvider.h"

#include <QByteArray>
#include <QString>
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

    static std::optional<IdTokenClaims> parse(const QByteArray &idToken);
    AccountInfo account() const;
    // MSAL's home account id: "oid.tid". Identifies the account in the keychain key.
    QString homeAccountId() const;
};

} // namespace sspr::auth
