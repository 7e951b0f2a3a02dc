#pragma once

#include <QString>
#include <QStringList>

namespace sspr::demo {

// How the scenario server plays the Microsoft identity platform v2.0 authority
// ({base}/{tenant}/oauth2/v2.0/authorize|token|devicecode and
// {base}/{tenant}/v2.0/.well-known/openid-configuration). Tests change it per case.
struct AuthorityOptions {
    QString clientId; // the only client id accepted; empty accepts any
    int accessTokenLifetimeSeconds = 3600;
    int authorizationCodeLifetimeSeconds = 600; // Microsoft's codes live about 10 minutes
    bool issueRefreshToken = true; // only when offline_access was asked, as Microsoft does

    enum class Consent { Approve, Deny }; // Deny: authorize redirects with error=access_denied
    Consent consent = Consent::Approve;
    QStringList grantScopes; // empty: grant every scope asked; else only these (consent gaps)

    // Device code flow (RFC 8628): the first `devicePendingPolls` polls answer
    // authorization_pending, after them `deviceSlowDownPolls` slow_down replies, then the
    // outcome (Approve: tokens once, then bad_verification_code; the others repeat). A code
    // older than deviceExpiresInSeconds answers expired_token whatever the script says.
    enum class DeviceOutcome { Approve, Decline, Expire, BadCode };
    DeviceOutcome deviceOutcome = DeviceOutcome::Approve;
    int deviceSlowDownPolls = 0;
    int devicePendingPolls = 1;
    int deviceIntervalSeconds = 1;
    int deviceExpiresInSeconds = 900;

    // When true, Graph answers 401 to any bearer token this authority did not issue (or that
    // expired or was revoked) and 403 to a token lacking the endpoint's scope. The demo mode
    // and the sign-in tests turn it on; older tests that bring their own token leave it off.
    bool requireIssuedTokens = false;

    // Tests of the client's id_token checks (OIDC Core s3.1.3.7): when set, id tokens carry
    // this aud or iss instead of the client id and {base}/{tid}/v2.0.
    QString idTokenAudience;
    QString idTokenIssuer;

    // Secret-leak tests (issue 8): when set, every authorization code, access token, refresh
    // token and device code this authority issues carries this marker in its middle, and every
    // id_token carries it as its (unchecked, "alg":"none") signature, so a scan of what the app
    // wrote finds any fragment of a secret, not only a whole value or its start.
    QString secretMarker;
    // > 0: each access token answers this many Graph requests, then counts as expired (401),
    // so a run refreshes mid-way like one whose token lapses; 0: only its lifetime matters.
    int accessTokenUses = 0;

    // Who signs in: a scenario user's object id or UPN; empty: the scenario's signedInUser.
    // The end-user self mode sets the affected user, so /me is the person being checked.
    QString account;
};

} // namespace sspr::demo
