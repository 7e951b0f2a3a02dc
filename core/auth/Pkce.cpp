#include "core/auth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace sspr::auth {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomOctets(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    // The system generator (getrandom / arc4random): these values guard the sign-in.
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}
} // namespace

QByteArray Pkce::createVerifier()
{
    return randomOctets(32).toBase64(kBase64Url);
}

QByteArray Pkce::challenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

bool Pkce::isValidVerifier(const QByteArray &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (const char c : verifier) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
            || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
        if (!unreserved)
            return false;
    }
    return true;
}

QByteArray Pkce::randomToken()
{
    return randomOctets(32).toBase64(kBase64Url);
}

} // namespace sspr::auth
