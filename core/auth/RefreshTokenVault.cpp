#include "core/auth/RefreshTokenVault.h"

#include "core/auth/AuthLogging.h"

namespace sspr::auth {

RefreshTokenVault::RefreshTokenVault(SecretStore *store, Notice keychainMissing)
    : m_store(store)
    , m_keychainMissing(std::move(keychainMissing))
{
}

QString RefreshTokenVault::key(const AuthConfig &config, const QString &homeAccountId)
{
    const QString authority = config.authority.isEmpty()
        ? config.cloudKey
        : config.authority.toString(QUrl::StripTrailingSlash);
    return QStringLiteral("refresh-token|%1|%2|%3|%4")
        .arg(authority, config.tenant.toLower(), config.effectiveClientId(), homeAccountId);
}

void RefreshTokenVault::save(
    const AuthConfig &config, const QString &homeAccountId, const QString &refreshToken)
{
    if (!config.rememberSignIn || !m_store || homeAccountId.isEmpty() || refreshToken.isEmpty())
        return;
    if (!m_store->isAvailable()) {
        noticeOnce();
        return;
    }
    m_rememberedKey = key(config, homeAccountId);
    std::weak_ptr<bool> alive = m_alive;
    m_store->write(
        m_rememberedKey, refreshToken, [this, alive](bool stored, const QString &problem) {
            if (stored || alive.expired())
                return;
            qCInfo(lcAuth) << "refresh token not stored:" << problem;
            if (m_store && !m_store->isAvailable())
                noticeOnce();
        });
}

void RefreshTokenVault::read(
    const AuthConfig &config, const QString &homeAccountId, SecretStore::ReadCallback done)
{
    if (!m_store) {
        done(std::nullopt, QString());
        return;
    }
    const QString entry = key(config, homeAccountId);
    std::weak_ptr<bool> alive = m_alive;
    m_store->read(entry,
        [this, alive, entry, done = std::move(done)](
            std::optional<QString> secret, QString problem) {
            if (!alive.expired() && secret && !secret->isEmpty())
                m_rememberedKey = entry;
            done(std::move(secret), std::move(problem));
        });
}

void RefreshTokenVault::remove(const AuthConfig &config, const QString &homeAccountId)
{
    if (!m_rememberedKey.isEmpty())
        forgetRemembered();
    else if (!homeAccountId.isEmpty())
        removeKey(key(config, homeAccountId));
}

void RefreshTokenVault::forgetRemembered()
{
    removeKey(std::exchange(m_rememberedKey, QString()));
}

void RefreshTokenVault::removeKey(const QString &key)
{
    if (!m_store || key.isEmpty())
        return;
    m_store->remove(key, [](bool removed, const QString &problem) {
        if (!removed)
            qCInfo(lcAuth) << "stored sign-in not deleted:" << problem;
    });
}

void RefreshTokenVault::noticeOnce()
{
    if (!std::exchange(m_noticeGiven, true) && m_keychainMissing)
        m_keychainMissing();
}

} // namespace sspr::auth
