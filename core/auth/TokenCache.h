#pragma once

#include "core/auth/TokenProvider.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sspr::auth {

// The signed-in account's tokens, in memory only. The refresh token is kept here for the
// session and, when remembering is allowed, also in the SecretStore.
class TokenCache {
public:
    // Access tokens are renewed this long before they expire (MSAL does the same), or at half
    // their lifetime when that is shorter: a token living under the margin is still used.
    static constexpr int kRefreshMarginSeconds = 5 * 60;

    void setAccessToken(const QString &token, const QDateTime &expiresAt,
        const QDateTime &issuedAt = QDateTime::currentDateTimeUtc());
    void setRefreshToken(const QString &token);
    void setGrantedScopes(const QStringList &scopes);
    void setAccount(const AccountInfo &account, const QString &homeAccountId);

    // The access token when it is valid for at least the margin at `now`, else empty.
    int refreshMarginSeconds() const;
    QString freshAccessToken(const QDateTime &now) const;
    QString accessToken() const { return m_accessToken; }
    QString refreshToken() const { return m_refreshToken; }
    QDateTime expiresAt() const { return m_expiresAt; }
    QStringList grantedScopes() const { return m_scopes; }
    AccountInfo account() const { return m_account; }
    QString homeAccountId() const { return m_homeAccountId; }

    void dropAccessToken(); // after a 401: the next acquireToken refreshes
    void clear();

    // "https://graph.microsoft.com/User.Read" -> "User.Read"; OIDC scopes stay as they are.
    static QStringList normalizedScopes(const QStringList &scopes);

private:
    QString m_accessToken;
    QDateTime m_expiresAt;
    QDateTime m_issuedAt;
    QString m_refreshToken;
    QStringList m_scopes;
    AccountInfo m_account;
    QString m_homeAccountId;
};

} // namespace sspr::auth
