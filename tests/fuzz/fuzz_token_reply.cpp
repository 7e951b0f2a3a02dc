// The authority's replies: the token endpoint's success (TokenReply, then the id_token's
// claims as SignIn reads them), its errors (AuthErrorReply), the OpenID Connect discovery
// document (OpenIdConfiguration) and raw id_tokens (IdTokenClaims). The first byte picks the
// parser; the rest is the body.
#include "FuzzSupport.h"

#include "core/auth/AuthErrorReply.h"
#include "core/auth/IdTokenClaims.h"
#include "core/auth/OpenIdConfiguration.h"
#include "core/auth/TokenReply.h"

#include <QRegularExpression>

using namespace sspr::auth;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sspr::fuzz::initialize();
    return 0;
}

namespace {

const QString kClientId = QStringLiteral("4f6c7a21-9d1e-4b53-8c0e-2a7d5b3e9f10");

bool hasJwt(const QString &text)
{
    static const QRegularExpression jwt(
        QStringLiteral("eyJ[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]*"));
    return jwt.match(text).hasMatch();
}

void checkClaims(const QByteArray &idToken)
{
    const auto claims = IdTokenClaims::parse(idToken);
    if (!claims)
        return;
    const QString home = claims->homeAccountId();
    SSPR_FUZZ_CHECK(home.isEmpty() || home == claims->objectId + u'.' + claims->tenantId, home);
    SSPR_FUZZ_CHECK(claims->account().userPrincipalName == claims->preferredUsername,
        claims->preferredUsername);
    const auto mismatch = claims->mismatch(
        kClientId, QStringLiteral("https://login.microsoftonline.com/{tenantid}/v2.0"));
    // Accepted only when issued for this app by the expected issuer.
    if (!mismatch) {
        SSPR_FUZZ_CHECK(claims->audiences.contains(kClientId), claims->audiences.join(u','));
        SSPR_FUZZ_CHECK(claims->issuer
                == QStringLiteral("https://login.microsoftonline.com/%1/v2.0")
                       .arg(claims->tenantId),
            claims->issuer);
    } else {
        SSPR_FUZZ_CHECK(mismatch->code == QLatin1String("invalid_id_token"), mismatch->code);
        SSPR_FUZZ_CHECK(!mismatch->message.isEmpty(), mismatch->code);
    }
}

void tokenReply(const QByteArray &body)
{
    const auto reply = TokenReply::parse(body);
    if (!reply)
        return;
    SSPR_FUZZ_CHECK(!reply->accessToken.isEmpty(), QStringLiteral("no access token"));
    SSPR_FUZZ_CHECK(reply->expiresInSeconds > 0, QString::number(reply->expiresInSeconds));
    for (const QString &scope : reply->scopes)
        SSPR_FUZZ_CHECK(!scope.isEmpty() && !scope.contains(u' '), scope);
    checkClaims(reply->idToken);
}

void errorReply(const QByteArray &body, int status)
{
    const AuthError error
        = AuthErrorReply::parse(body, status, QStringLiteral("Connection refused"));
    SSPR_FUZZ_CHECK(!error.code.isEmpty(), QStringLiteral("no error code"));
    SSPR_FUZZ_CHECK(!error.message.isEmpty(), error.code);
    // error_description comes from outside: a token in it never reaches the message.
    if (!hasJwt(error.code))
        SSPR_FUZZ_CHECK(!hasJwt(error.message), error.message);
}

void discovery(const QByteArray &body)
{
    const OpenIdConfiguration fallback = OpenIdConfiguration::conventional(
        QUrl(QStringLiteral("https://login.microsoftonline.com")), QStringLiteral("organizations"));
    const auto config = OpenIdConfiguration::parse(body, fallback);
    if (!config)
        return;
    SSPR_FUZZ_CHECK(config->discovered, QStringLiteral("not marked discovered"));
    const QUrl endpoints[] = { config->authorizationEndpoint, config->tokenEndpoint,
        config->deviceAuthorizationEndpoint };
    for (const QUrl &url : endpoints) {
        // Either the conventional path or an http(s) URL with a host: never a file: or a
        // relative URL that the sign-in would resolve somewhere unexpected.
        SSPR_FUZZ_CHECK(url.isValid() && !url.host().isEmpty()
                && (url.scheme() == QLatin1String("https")
                    || url.scheme() == QLatin1String("http")),
            url.toString());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 5) {
    case 0:
        tokenReply(body);
        break;
    case 1: {
        static const int statuses[] = { 0, 400, 401, 403, 500, 502, 503, 200 };
        errorReply(body, statuses[(data[0] / 5) % 8]);
        break;
    }
    case 2:
        discovery(body);
        break;
    case 3:
        checkClaims(body);
        break;
    case 4:
        // The body as an id_token's payload, so that mutations stay inside the JSON.
        checkClaims("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."
            + body.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            + ".c2lnbmF0dXJl");
        break;
    }
    return 0;
}
