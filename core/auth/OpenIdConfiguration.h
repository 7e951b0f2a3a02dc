#pragma once

#include <QByteArray>
#include <QUrl>
#include <optional>

namespace sspr::auth {

// The endpoints a sign-in uses, from the authority's OpenID Connect discovery document
// ({authority}/{tenant}/v2.0/.well-known/openid-configuration, OIDC Discovery s4) or, when
// that fails, from the identity platform v2.0 conventions ({authority}/{tenant}/oauth2/v2.0/).
struct OpenIdConfiguration {
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl deviceAuthorizationEndpoint; // RFC 8628 s4 metadata; Microsoft: .../devicecode
    QString issuer;
    bool discovered = false; // false: the conventional paths

    static QUrl discoveryUrl(const QUrl &authority, const QString &tenant);
    static OpenIdConfiguration conventional(const QUrl &authority, const QString &tenant);
    // Missing endpoints are taken from `fallback`; nullopt when the body is no JSON object.
    static std::optional<OpenIdConfiguration> parse(
        const QByteArray &body, const OpenIdConfiguration &fallback);
};

} // namespace sspr::auth
