#include "core/auth/MemorySecretStore.h"

#include <QTimer>

namespace sspr::auth {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

void MemorySecretStore::read(const QString &key, ReadCallback done)
{
    const auto it = m_secrets.constFind(key);
    const std::optional<QString> value
        = it == m_secrets.constEnd() ? std::nullopt : std::optional<QString>(*it);
    QTimer::singleShot(0, this, [value, done = std::move(done)] { done(value, QString()); });
}

void MemorySecretStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(true, QString()); });
}

void MemorySecretStore::remove(const QString &key, WriteCallback done)
{
    m_secrets.remove(key);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(true, QString()); });
}

} // namespace sspr::auth
