#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace sspr::auth {

// Where and as whom to sign in. Settings and the command line fill it; never holds a secret.
struct AuthConfig {
    QString cloudKey = QStringLiteral("global"); // a Clouds::byKey() key
    QUrl authority; // --authority override (any OpenID Connect server); empty: the cloud's host
    QString tenant = QStringLiteral("organizations"); // organizations, common, a domain or an id
    QString clientId; // empty: defaultClientId()
    QStringList scopes; // delegated Graph scopes to ask for (offline_access/openid added)
    bool rememberSignIn = true; // refresh token in the OS keychain (IT on a shared PC: false)
    int interactiveTimeoutSeconds = 300; // browser sign-in gives up after this
    QString loginHint; // optional UPN to pre-fill at the authority
    // A silent sign-in gives up on the keychain after this: a locked keyring whose unlock
    // prompt nobody answers (a headless run) must not wait forever.
    int keychainTimeoutMs = 15000;

    // The public client the app ships with (see README: the admin consent it needs).
    static QString defaultClientId();
    QString effectiveClientId() const;
    QUrl effectiveAuthority() const; // the override, or the cloud's authority host
};

// Errors of a sign-in attempt, as values. `message` is for people; `code` is the OAuth error
// ("access_denied", "invalid_grant", "state_mismatch", "timeout", ...). Never a secret.
struct AuthError {
    QString code;
    QString message;
    QList<int> errorCodes; // AADSTS numbers from the Microsoft error JSON
    QString traceId;
    QString correlationId;
};

} // namespace sspr::auth
