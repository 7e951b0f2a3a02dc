#include "core/demo/TokenEndpoint.h"

#include "core/demo/GraphScopes.h"
#include "core/demo/IdTokenBuilder.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace sspr::demo {

namespace {

const QString kDeviceCodeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

AuthorityError invalidGrant(int code, const QString &description)
{
    return { QStringLiteral("invalid_grant"), code, description };
}

AuthorityError expiredGrant()
{
    return invalidGrant(70008,
        QStringLiteral("The provided authorization code or refresh token has expired due to "
                       "inactivity. Send a new interactive authorization request for this user "
                       "and resource."));
}

// RFC 7636 section 4.6: BASE64URL-ENCODE(SHA256(ASCII(code_verifier))) == code_challenge.
bool verifierMatches(const QString &verifier, const QString &challenge)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    const QByteArray hash
        = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
              .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return QString::fromLatin1(hash) == challenge;
}

} // namespace

TokenEndpoint::TokenEndpoint(TokenLedger &ledger, const AuthorityRequest &request)
    : m_ledger(ledger)
    , m_request(request)
{
}

HttpReply TokenEndpoint::handle()
{
    const QString grantType = m_request.param("grant_type");
    m_ledger.countTokenRequest(grantType);
    // What the client sent, valid or not: a forged or stale value must not leak either.
    m_ledger.noteSecret(SecretKind::AuthorizationCode, m_request.param("code"));
    m_ledger.noteSecret(SecretKind::CodeVerifier, m_request.param("code_verifier"));
    m_ledger.noteSecret(SecretKind::RefreshToken, m_request.param("refresh_token"));
    m_ledger.noteSecret(SecretKind::DeviceCode, m_request.param("device_code"));
    m_ledger.noteSecret(SecretKind::ClientCredential, m_request.param("client_secret"));
    m_ledger.noteSecret(SecretKind::ClientCredential, m_request.param("client_assertion"));
    const AuthorityOptions options = m_ledger.options();
    if (grantType.isEmpty())
        return m_request.json(AuthorityRequest::missing(QStringLiteral("grant_type")));
    if (const auto refused = m_request.checkClient(options))
        return m_request.json(*refused);
    if (grantType == QLatin1String("authorization_code"))
        return authorizationCode(options);
    if (grantType == QLatin1String("refresh_token"))
        return refreshToken(options);
    if (grantType == kDeviceCodeGrant)
        return deviceCode(options);
    return m_request.json({ QStringLiteral("unsupported_grant_type"), 70003,
        QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grantType) });
}

HttpReply TokenEndpoint::authorizationCode(const AuthorityOptions &options)
{
    const QString codeValue = m_request.param("code");
    if (codeValue.isEmpty())
        return m_request.json(AuthorityRequest::missing(QStringLiteral("code")));
    AuthorizationCode code;
    switch (m_ledger.redeemCode(codeValue, &code)) {
    case TokenLedger::Check::Unknown:
        return m_request.json(invalidGrant(
            70000, QStringLiteral("The provided value for the 'code' parameter is not valid.")));
    case TokenLedger::Check::Redeemed:
        return m_request.json(invalidGrant(54005,
            QStringLiteral("OAuth2 Authorization code was already redeemed, please retry with a "
                           "new valid code or use an existing refresh token.")));
    case TokenLedger::Check::Expired:
        return m_request.json(expiredGrant());
    default:
        break;
    }
    if (code.grant.clientId != m_request.param("client_id"))
        return m_request.json(invalidGrant(70000,
            QStringLiteral("The provided value for the 'code' parameter is not valid. The code "
                           "was issued to a different client.")));
    // RFC 6749 4.1.3: identical to the authorize request's redirect_uri.
    const QString redirectUri = m_request.param("redirect_uri");
    if (redirectUri != code.redirectUri)
        return m_request.json(invalidGrant(500112,
            QStringLiteral("The reply address '%1' does not match the reply address '%2' "
                           "provided when requesting Authorization code.")
                .arg(redirectUri, code.redirectUri)));
    if (!verifierMatches(m_request.param("code_verifier"), code.codeChallenge))
        return m_request.json(invalidGrant(501481,
            QStringLiteral("The Code_Verifier does not match the code_challenge supplied in the "
                           "authorization request.")));
    return issue(code.grant, options);
}

HttpReply TokenEndpoint::refreshToken(const AuthorityOptions &options)
{
    const QString token = m_request.param("refresh_token");
    if (token.isEmpty())
        return m_request.json(AuthorityRequest::missing(QStringLiteral("refresh_token")));
    Grant grant;
    switch (m_ledger.checkRefreshToken(token, &grant)) {
    case TokenLedger::Check::Unknown:
        return m_request.json(invalidGrant(
            9002313, QStringLiteral("Invalid request. Request is malformed or invalid.")));
    case TokenLedger::Check::Valid:
        break;
    default:
        return m_request.json(expiredGrant());
    }
    if (grant.clientId != m_request.param("client_id"))
        return m_request.json(invalidGrant(70000,
            QStringLiteral("The provided value for the 'refresh_token' parameter is not valid. "
                           "The token was issued to a different client.")));
    // A refresh may ask for other consented scopes (MSAL asks per resource); none: the same.
    const QStringList asked = m_request.param("scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!asked.isEmpty()) {
        grant.scopes = GraphScopes::grant(asked, options);
        if (!GraphScopes::contains(grant.scopes, QStringLiteral("offline_access")))
            grant.scopes.append(QStringLiteral("offline_access")); // still a refresh grant
    }
    grant.nonce.clear(); // the nonce belongs to the interactive request only
    return issue(grant, options);
}

HttpReply TokenEndpoint::deviceCode(const AuthorityOptions &options)
{
    const QString code = m_request.param("device_code");
    if (code.isEmpty())
        return m_request.json(AuthorityRequest::missing(QStringLiteral("device_code")));
    Grant grant;
    switch (m_ledger.pollDeviceCode(code, &grant)) {
    case TokenLedger::DeviceStep::Pending:
        return m_request.json({ QStringLiteral("authorization_pending"), 70016,
            QStringLiteral("OAuth 2.0 device flow error. Authorization is pending. Continue "
                           "polling.") });
    case TokenLedger::DeviceStep::SlowDown:
        // RFC 8628 3.5; Microsoft's own table does not list it, the number is the pending one.
        return m_request.json({ QStringLiteral("slow_down"), 70016,
            QStringLiteral("OAuth 2.0 device flow error. Polling too frequently: increase the "
                           "interval by 5 seconds.") });
    case TokenLedger::DeviceStep::Declined:
        return m_request.json({ QStringLiteral("authorization_declined"), 70000,
            QStringLiteral("The end user denied the authorization request.") });
    case TokenLedger::DeviceStep::Expired:
        return m_request.json({ QStringLiteral("expired_token"), 70019,
            QStringLiteral("Verification code expired.") });
    case TokenLedger::DeviceStep::BadCode:
        return m_request.json({ QStringLiteral("bad_verification_code"), 70000,
            QStringLiteral("The provided value for the input parameter 'device_code' is not "
                           "valid.") });
    case TokenLedger::DeviceStep::Approved:
        break;
    }
    if (grant.clientId != m_request.param("client_id"))
        return m_request.json({ QStringLiteral("bad_verification_code"), 70000,
            QStringLiteral("The device_code was issued to a different client.") });
    return issue(grant, options);
}

HttpReply TokenEndpoint::issue(const Grant &grant, const AuthorityOptions &options)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int lifetime = qMax(options.accessTokenLifetimeSeconds, 0);
    const QString accessToken = m_ledger.issueAccessToken(grant, now.addSecs(lifetime));
    QStringList shown;
    for (const QString &scope : grant.scopes) {
        if (scope.compare(QLatin1String("offline_access"), Qt::CaseInsensitive) != 0)
            shown.append(scope);
    }
    QJsonObject body { { QStringLiteral("token_type"), QStringLiteral("Bearer") },
        { QStringLiteral("scope"), shown.join(QLatin1Char(' ')) },
        { QStringLiteral("expires_in"), lifetime }, { QStringLiteral("ext_expires_in"), lifetime },
        { QStringLiteral("access_token"), accessToken } };
    if (options.issueRefreshToken
        && GraphScopes::contains(grant.scopes, QStringLiteral("offline_access")))
        body.insert(QStringLiteral("refresh_token"), m_ledger.issueRefreshToken(grant));
    const QJsonObject user = m_request.scenario->findUser(grant.accountId);
    if (GraphScopes::contains(grant.scopes, QStringLiteral("openid"))) {
        IdTokenBuilder id;
        id.issuer
            = options.idTokenIssuer.isEmpty() ? m_request.issuer() : QUrl(options.idTokenIssuer);
        id.audience = options.idTokenAudience.isEmpty() ? grant.clientId : options.idTokenAudience;
        id.tenantId = grant.tenantId;
        id.objectId = grant.accountId;
        id.name = user.value(QLatin1String("displayName")).toString();
        id.preferredUsername = user.value(QLatin1String("userPrincipalName")).toString();
        id.nonce = grant.nonce;
        id.issuedAt = now;
        id.lifetimeSeconds = lifetime;
        // A marker as the signature: the client reads the claims and never this segment.
        const QString idToken = id.build() + options.secretMarker;
        m_ledger.noteSecret(SecretKind::IdToken, idToken);
        body.insert(QStringLiteral("id_token"), idToken);
    }
    if (m_request.param("client_info") == QLatin1String("1")) {
        // MSAL's account key: base64url({"uid": oid, "utid": tid}).
        const QJsonObject info { { QStringLiteral("uid"), grant.accountId },
            { QStringLiteral("utid"), grant.tenantId } };
        body.insert(QStringLiteral("client_info"),
            QString::fromLatin1(
                QJsonDocument(info)
                    .toJson(QJsonDocument::Compact)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    }
    return AuthorityErrors::ok(body);
}

} // namespace sspr::demo
