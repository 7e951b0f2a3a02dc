#pragma once

#include "core/demo/AuthorityOptions.h"
#include "core/demo/SecretKind.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace sspr::demo {

// What one sign-in granted: carried from the authorization code or device code to the tokens,
// and from a refresh token to the next tokens.
struct Grant {
    QString tenantId;
    QString clientId;
    QString accountId; // the scenario user's object id
    QStringList scopes; // granted, as asked ("User.Read", "openid", ...)
    QString nonce; // OpenID Connect, echoed in the id_token
};

struct AuthorizationCode {
    Grant grant;
    QString redirectUri;
    QString codeChallenge; // S256 (RFC 7636 section 4.2)
    QDateTime expiresAt;
    bool redeemed = false;
};

// The authority's memory: options, codes, tokens, device codes and request counts. Written by
// the server thread, configured and read by the tests' thread, so every member is locked.
class TokenLedger {
public:
    enum class Check { Valid, Unknown, Expired, Revoked, Redeemed };
    enum class DeviceStep { Pending, SlowDown, Approved, Declined, Expired, BadCode };

    void setOptions(const AuthorityOptions &options);
    AuthorityOptions options() const;

    QString addCode(const AuthorizationCode &code); // returns the single-use code
    // Marks the code redeemed; `out` gets it whatever the result (for the error's details).
    Check redeemCode(const QString &code, AuthorizationCode *out);

    QString issueAccessToken(const Grant &grant, const QDateTime &expiresAt);
    QString issueRefreshToken(const Grant &grant);
    // Counts a use of the token (AuthorityOptions::accessTokenUses), hence not const.
    Check checkAccessToken(const QString &token, Grant *grant);
    Check checkRefreshToken(const QString &token, Grant *grant) const;
    void revokeAccessTokens();
    void revokeRefreshTokens();

    // RFC 8628 section 3.2: device_code and user_code for one device authorization request.
    QString addDeviceCode(const Grant &grant, const QDateTime &expiresAt, QString *userCode);
    // One poll (section 3.4/3.5), scripted by the options; `grant` is set when Approved.
    DeviceStep pollDeviceCode(const QString &deviceCode, Grant *grant);

    void countTokenRequest(const QString &grantType);
    int tokenRequestCount(const QString &grantType) const;

    // Every secret issued (codes, tokens) or received (verifiers, credentials), once each, in
    // the order seen: the tests prove none of them ends up in a file or a log.
    void noteSecret(SecretKind kind, const QString &value);
    QStringList secretsSeen() const;
    QStringList secretsSeen(SecretKind kind) const;

    static QString randomToken(int bytes); // base64url, no padding

private:
    struct Token {
        Grant grant;
        QDateTime expiresAt; // invalid: no expiry
        bool revoked = false;
        int uses = 0; // Graph requests answered (AuthorityOptions::accessTokenUses)
    };
    // randomToken(bytes), with the options' secretMarker in its middle when one is set.
    QString newSecret(int bytes) const;
    struct DeviceCode {
        Grant grant;
        QDateTime expiresAt;
        int polls = 0;
        bool finished = false;
    };

    mutable QMutex m_mutex;
    AuthorityOptions m_options;
    QHash<QString, AuthorizationCode> m_codes;
    QHash<QString, Token> m_accessTokens;
    QHash<QString, Token> m_refreshTokens;
    QHash<QString, DeviceCode> m_deviceCodes;
    QHash<QString, int> m_tokenRequests;
    QList<QPair<SecretKind, QString>> m_secrets;
    QSet<QString> m_secretValues;
};

} // namespace sspr::demo
