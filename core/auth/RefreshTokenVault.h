#pragma once

#include "core/auth/AuthConfig.h"
#include "core/auth/SecretStore.h"

#include <QPointer>
#include <functional>

namespace sspr::auth {

// The sign-in's view of the SecretStore: one refresh token per cloud (or authority) + tenant +
// client id + account, and the "no keychain" notice raised at most once per run.
class RefreshTokenVault {
public:
    using Notice = std::function<void()>;

    RefreshTokenVault(SecretStore *store, Notice keychainMissing);

    bool hasStore() const { return m_store != nullptr; }
    static QString key(const AuthConfig &config, const QString &homeAccountId);

    // Keeps `refreshToken` for the account when the config allows it (rememberSignIn).
    void save(const AuthConfig &config, const QString &homeAccountId, const QString &refreshToken);
    void read(
        const AuthConfig &config, const QString &homeAccountId, SecretStore::ReadCallback done);
    // Deletes the entry this run stored or read (the settings may have changed since); the
    // key of `config` and the account only when there is none.
    void remove(const AuthConfig &config, const QString &homeAccountId);
    void forgetRemembered(); // deletes the entry this run stored or read, if any

private:
    void noticeOnce();

    void removeKey(const QString &key);

    QPointer<SecretStore> m_store;
    QString m_rememberedKey; // where this run's refresh token lives
    Notice m_keychainMissing;
    bool m_noticeGiven = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true); // guards async callbacks
};

} // namespace sspr::auth
