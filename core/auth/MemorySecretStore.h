#pragma once

#include "core/auth/SecretStore.h"

#include <QHash>

namespace sspr::auth {

// Secrets for this run only: the tests, the demo tenant, and the fallback when the OS has no
// keychain. Callbacks run from the event loop, like the keychain's.
class MemorySecretStore : public SecretStore {
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;
    bool isAvailable() const override { return true; }

    bool contains(const QString &key) const { return m_secrets.contains(key); }
    int size() const { return int(m_secrets.size()); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace sspr::auth
