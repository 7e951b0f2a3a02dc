#include "core/demo/TokenLedger.h"

#include <QMutexLocker>
#include <QRandomGenerator>

namespace sspr::demo {

namespace {

// Microsoft's user codes are nine letters ("FGCGKLRSW"); vowels left out so no word forms.
QString newUserCode()
{
    static const char letters[] = "BCDFGHJKLMNPQRSTVWXZ";
    QString code;
    for (int i = 0; i < 9; ++i)
        code.append(QLatin1Char(letters[QRandomGenerator::system()->bounded(20)]));
    return code;
}

} // namespace

QString TokenLedger::randomToken(int bytes)
{
    QList<quint32> words((bytes + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray raw(reinterpret_cast<const char *>(words.constData()), bytes);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString TokenLedger::newSecret(int bytes) const
{
    const QString marker = options().secretMarker;
    if (marker.isEmpty())
        return randomToken(bytes);
    // Random on both sides: a truncated value still starts with random characters, as real
    // tokens do, and the marker finds any fragment taken from the middle.
    return randomToken(bytes / 2) + marker + randomToken(bytes - bytes / 2);
}

void TokenLedger::setOptions(const AuthorityOptions &options)
{
    QMutexLocker lock(&m_mutex);
    m_options = options;
}

AuthorityOptions TokenLedger::options() const
{
    QMutexLocker lock(&m_mutex);
    return m_options;
}

QString TokenLedger::addCode(const AuthorizationCode &code)
{
    const QString value = newSecret(48);
    noteSecret(SecretKind::AuthorizationCode, value);
    QMutexLocker lock(&m_mutex);
    m_codes.insert(value, code);
    return value;
}

TokenLedger::Check TokenLedger::redeemCode(const QString &code, AuthorizationCode *out)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_codes.find(code);
    if (it == m_codes.end())
        return Check::Unknown;
    *out = *it;
    if (it->redeemed)
        return Check::Redeemed;
    it->redeemed = true; // single use (RFC 6749 section 4.1.2), even when the exchange fails
    return QDateTime::currentDateTimeUtc() >= it->expiresAt ? Check::Expired : Check::Valid;
}

QString TokenLedger::issueAccessToken(const Grant &grant, const QDateTime &expiresAt)
{
    const QString value = newSecret(48);
    noteSecret(SecretKind::AccessToken, value);
    QMutexLocker lock(&m_mutex);
    m_accessTokens.insert(value, Token { grant, expiresAt, false });
    return value;
}

QString TokenLedger::issueRefreshToken(const Grant &grant)
{
    const QString value = newSecret(64);
    noteSecret(SecretKind::RefreshToken, value);
    QMutexLocker lock(&m_mutex);
    m_refreshTokens.insert(value, Token { grant, QDateTime(), false });
    return value;
}

TokenLedger::Check TokenLedger::checkAccessToken(const QString &token, Grant *grant)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_accessTokens.find(token);
    if (it == m_accessTokens.end())
        return Check::Unknown;
    *grant = it->grant;
    if (it->revoked)
        return Check::Revoked;
    if (m_options.accessTokenUses > 0 && ++it->uses > m_options.accessTokenUses)
        return Check::Expired;
    return QDateTime::currentDateTimeUtc() >= it->expiresAt ? Check::Expired : Check::Valid;
}

TokenLedger::Check TokenLedger::checkRefreshToken(const QString &token, Grant *grant) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_refreshTokens.constFind(token);
    if (it == m_refreshTokens.constEnd())
        return Check::Unknown;
    *grant = it->grant;
    return it->revoked ? Check::Revoked : Check::Valid;
}

void TokenLedger::revokeAccessTokens()
{
    QMutexLocker lock(&m_mutex);
    for (Token &token : m_accessTokens)
        token.revoked = true;
}

void TokenLedger::revokeRefreshTokens()
{
    QMutexLocker lock(&m_mutex);
    for (Token &token : m_refreshTokens)
        token.revoked = true;
}

QString TokenLedger::addDeviceCode(
    const Grant &grant, const QDateTime &expiresAt, QString *userCode)
{
    const QString value = newSecret(48);
    *userCode = newUserCode();
    noteSecret(SecretKind::DeviceCode, value);
    QMutexLocker lock(&m_mutex);
    m_deviceCodes.insert(value, DeviceCode { grant, expiresAt, 0, false });
    return value;
}

TokenLedger::DeviceStep TokenLedger::pollDeviceCode(const QString &deviceCode, Grant *grant)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_deviceCodes.find(deviceCode);
    if (it == m_deviceCodes.end() || it->finished)
        return DeviceStep::BadCode; // unknown, or already exchanged for tokens
    if (QDateTime::currentDateTimeUtc() >= it->expiresAt)
        return DeviceStep::Expired;
    const int poll = it->polls++;
    if (poll < m_options.devicePendingPolls)
        return DeviceStep::Pending;
    if (poll < m_options.devicePendingPolls + m_options.deviceSlowDownPolls)
        return DeviceStep::SlowDown;
    switch (m_options.deviceOutcome) {
    case AuthorityOptions::DeviceOutcome::Approve:
        it->finished = true; // a device code is exchanged once
        *grant = it->grant;
        return DeviceStep::Approved;
    case AuthorityOptions::DeviceOutcome::Decline:
        return DeviceStep::Declined;
    case AuthorityOptions::DeviceOutcome::Expire:
        return DeviceStep::Expired;
    case AuthorityOptions::DeviceOutcome::BadCode:
        return DeviceStep::BadCode;
    }
    return DeviceStep::BadCode;
}

void TokenLedger::countTokenRequest(const QString &grantType)
{
    QMutexLocker lock(&m_mutex);
    ++m_tokenRequests[grantType];
}

int TokenLedger::tokenRequestCount(const QString &grantType) const
{
    QMutexLocker lock(&m_mutex);
    return m_tokenRequests.value(grantType);
}

void TokenLedger::noteSecret(SecretKind kind, const QString &value)
{
    if (value.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    if (m_secretValues.contains(value))
        return;
    m_secretValues.insert(value);
    m_secrets.append({ kind, value });
}

QStringList TokenLedger::secretsSeen() const
{
    QMutexLocker lock(&m_mutex);
    QStringList values;
    for (const auto &secret : m_secrets)
        values.append(secret.second);
    return values;
}

QStringList TokenLedger::secretsSeen(SecretKind kind) const
{
    QMutexLocker lock(&m_mutex);
    QStringList values;
    for (const auto &secret : m_secrets) {
        if (secret.first == kind)
            values.append(secret.second);
    }
    return values;
}

} // namespace sspr::demo
