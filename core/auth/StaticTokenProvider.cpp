#include "core/auth/StaticTokenProvider.h"

#include <QUuid>

namespace sspr::auth {

namespace {
QString freshToken()
{
    return QStringLiteral("demo.") + QUuid::createUuid().toString(QUuid::Id128);
}
} // namespace

StaticTokenProvider::StaticTokenProvider(
    const AccountInfo &account, const QStringList &grantedScopes)
    : m_account(account)
    , m_scopes(grantedScopes)
{
}

void StaticTokenProvider::acquireToken(const QStringList &scopes, Callback done)
{
    Q_UNUSED(scopes) // the demo admin has consented to every scope the checks ask for
    if (m_token.isEmpty()) {
        m_token = freshToken();
        ++m_issued;
    }
    done(TokenResult { m_token, std::nullopt });
}

void StaticTokenProvider::invalidate(const QString &accessToken)
{
    if (accessToken == m_token)
        m_token.clear();
}

bool StaticTokenProvider::isSignedIn() const
{
    return true;
}

AccountInfo StaticTokenProvider::account() const
{
    return m_account;
}

QStringList StaticTokenProvider::grantedScopes() const
{
    return m_scopes;
}

} // namespace sspr::auth
