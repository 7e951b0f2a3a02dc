#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace sspr::auth {

// Where refresh tokens live between runs: the OS keychain (QtKeychain) or, when none is
// available, nowhere (memory only). Asynchronous like QtKeychain's jobs; each callback runs
// exactly once, on the caller's thread. Keys are opaque strings built by the sign-in
// (cloud + tenant + client id + account); values never reach a log.
class SecretStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(SecretStore)

public:
    using ReadCallback = std::function<void(std::optional<QString> secret, QString problem)>;
    using WriteCallback = std::function<void(bool stored, QString problem)>;

    explicit SecretStore(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    ~SecretStore() override = default;

    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteCallback done) = 0;
    virtual void remove(const QString &key, WriteCallback done) = 0;
    // False once the backend proved missing (no Secret Service, no keychain).
    virtual bool isAvailable() const = 0;
};

} // namespace sspr::auth
