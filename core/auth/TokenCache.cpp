#include "core/auth/TokenCache.h"

namespace sspr::auth {

void TokenCache::setAccessToken(
    const QString &token, const QDateTime &expiresAt, const QDateTime &issuedAt)
{
    m_accessToken = token;
    m_expiresAt = expiresAt;
    m_issuedAt = issuedAt;
}

void TokenCache::setRefreshToken(const QString &token)
{
    m_refreshToken = token;
}

void TokenCache::setGrantedScopes(const QStringList &scopes)
{
    m_scopes = normalizedScopes(scopes);
}

void TokenCache::setAccount(const AccountInfo &account, const QString &homeAccountId)
{
    m_account = account;
    m_homeAccountId = homeAccountId;
}

QString TokenCache::freshAccessToken(const QDateTime &now) const
{
    if (m_accessToken.isEmpty() || !m_expiresAt.isValid())
        return {};
    return now.addSecs(refreshMarginSeconds()) < m_expiresAt ? m_accessToken : QString();
}

int TokenCache::refreshMarginSeconds() const
{
    if (!m_issuedAt.isValid() || !m_expiresAt.isValid())
        return kRefreshMarginSeconds;
    const qint64 lifetime = qMax<qint64>(0, m_issuedAt.secsTo(m_expiresAt));
    return int(qMin<qint64>(kRefreshMarginSeconds, lifetime / 2));
}

void TokenCache::dropAccessToken()
{
    m_accessToken.clear();
    m_expiresAt = QDateTime();
    m_issuedAt = QDateTime();
}

void TokenCache::clear()
{
    *this = TokenCache();
}

QStringList TokenCache::normalizedScopes(const QStringList &scopes)
{
    QStringList out;
    for (const QString &scope : scopes) {
        const qsizetype slash = scope.lastIndexOf(QLatin1Char('/'));
        const QString name
            = scope.startsWith(QLatin1String("http")) && slash >= 0 ? scope.mid(slash + 1) : scope;
        if (!name.isEmpty() && !out.contains(name, Qt::CaseInsensitive))
            out << name;
    }
    return out;
}

} // namespace sspr::auth
