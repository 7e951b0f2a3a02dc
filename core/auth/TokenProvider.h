#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace sspr::auth {

// Who is signed in, as the UI and the report show it. Never carries a secret.
struct AccountInfo {
    QString displayName;
    QString userPrincipalName;
    QString tenantId;
    QString objectId;
};

struct TokenResult {
    QString accessToken; // empty when `error` is set; never logged, stored or exported
    std::optional<QString> error; // human-readable reason sign-in could not give a token
};

// The seam where sign-in plugs into Graph: the demo uses a fixed fictional admin, real
// tenants the MSAL-compatible flows (issue 4). Implementations may answer synchronously or
// later from the event loop, but always exactly once per call.
class TokenProvider {
public:
    using Callback = std::function<void(const TokenResult &)>;

    TokenProvider() = default;
    virtual ~TokenProvider() = default;
    TokenProvider(const TokenProvider &) = delete;
    TokenProvider &operator=(const TokenProvider &) = delete;

    virtual void acquireToken(const QStringList &scopes, Callback done) = 0;
    // Graph rejected `accessToken` with 401: drop it so the next acquireToken refreshes.
    virtual void invalidate(const QString &accessToken) = 0;
    virtual bool isSignedIn() const = 0;
    virtual AccountInfo account() const = 0;
    // Delegated scopes the signed-in account has consented to (from the token reply).
    virtual QStringList grantedScopes() const = 0;
};

} // namespace sspr::auth
