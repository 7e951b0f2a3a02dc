#pragma once

#include "core/auth/SecretStore.h"

namespace sspr::auth {

// Refresh tokens in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on
// macOS, Credential Manager on Windows), service "sspr-doctor". Never falls back to a
// plaintext file: a missing backend makes the store unavailable and the sign-in stays in
// memory.
class KeychainSecretStore : public SecretStore {
    Q_OBJECT

public:
    static constexpr const char *kService = "sspr-doctor";

    explicit KeychainSecretStore(QObject *parent = nullptr);

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;
    bool isAvailable() const override { return m_available; }

private:
    bool m_available = true;
};

} // namespace sspr::auth
