#include "core/auth/KeychainSecretStore.h"

#include "core/auth/AuthLogging.h"

#include <qt6keychain/keychain.h>

namespace sspr::auth {

namespace {
// NoBackendAvailable: no keychain at all. OtherError is what a missing Secret Service
// (no D-Bus session, no provider) reports on Linux.
bool backendMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError
        || error == QKeychain::NotImplemented;
}

template <typename JobType> JobType *makeJob(QObject *parent, const QString &key)
{
    auto *job = new JobType(QString::fromLatin1(KeychainSecretStore::kService), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{
}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            done(job->textData(), QString());
        } else if (job->error() == QKeychain::EntryNotFound) {
            done(std::nullopt, QString());
        } else {
            m_available = m_available && !backendMissing(job->error());
            qCInfo(lcAuth) << "keychain read failed:" << job->error() << job->errorString();
            done(std::nullopt, job->errorString());
        }
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError) {
            done(true, QString());
            return;
        }
        m_available = m_available && !backendMissing(job->error());
        qCInfo(lcAuth) << "keychain write failed:" << job->error() << job->errorString();
        done(false, job->errorString());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, WriteCallback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)] {
        const bool gone
            = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        if (!gone) {
            m_available = m_available && !backendMissing(job->error());
            qCInfo(lcAuth) << "keychain delete failed:" << job->error() << job->errorString();
        }
        done(gone, gone ? QString() : job->errorString());
    });
    job->start();
}

} // namespace sspr::auth
