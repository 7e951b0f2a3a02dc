#pragma once

#include "core/auth/TokenProvider.h"

namespace sspr::auth {

// The demo tenant's sign-in: a fictional admin who is signed in without a browser. It hands
// out a random opaque token for the session (the scenario server accepts any bearer token).
// Real tenants use the MSAL-compatible providers; both sit behind TokenProvider.
class StaticTokenProvider : public TokenProvider {
public:
    StaticTokenProvider(const AccountInfo &account, const QStringList &grantedScopes);

    void acquireToken(const QStringList &scopes, Callback done) override;
    void invalidate(const QString &accessToken) override;
    bool isSignedIn() const override;
    AccountInfo account() const override;
    QStringList grantedScopes() const override;

    int tokensIssued() const { return m_issued; }

private:
    AccountInfo m_account;
    QStringList m_scopes;
    QString m_token;
    int m_issued = 0;
};

} // namespace sspr::auth
