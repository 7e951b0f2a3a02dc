#include "core/demo/AuthorityEndpoints.h"

#include "core/demo/GraphScopes.h"
#include "core/demo/TokenEndpoint.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_DECLARE_LOGGING_CATEGORY(lcDemo)

namespace sspr::demo {

namespace {

bool is(const QString &segment, const char *name)
{
    return segment.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

// A native client's loopback redirect: http, localhost or 127.0.0.1 (or [::1]), any port
// (Microsoft ignores the port for loopback redirect URIs).
bool isLoopbackRedirect(const QUrl &url)
{
    static const QStringList hosts { QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
        QStringLiteral("::1") };
    return url.isValid() && url.scheme() == QLatin1String("http")
        && hosts.contains(url.host(), Qt::CaseInsensitive) && url.fragment().isEmpty();
}

// Adds parameters to the redirect URI's query, each percent-encoded so `state` comes back
// exactly as sent ('+', '&', '=' and non-ASCII included).
QUrl withParameters(QUrl url, const QList<QPair<QString, QString>> &parameters)
{
    QString query = url.query(QUrl::FullyEncoded);
    for (const auto &[name, value] : parameters) {
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += name + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

HttpReply redirect(const QUrl &location)
{
    HttpReply reply;
    reply.status = 302;
    reply.headers = { { "Location", location.toEncoded() }, { "Cache-Control", "no-store" },
        { "Content-Type", "text/html; charset=utf-8" } };
    reply.body = "<html><body>Object moved.</body></html>\n";
    return reply;
}

} // namespace

AuthorityEndpoints::AuthorityEndpoints(ServerState &state)
    : m_state(state)
{
}

std::optional<HttpReply> AuthorityEndpoints::handle(
    const QString &method, const QUrl &url, const HeaderPairs &headers, const QByteArray &body)
{
    std::optional<HttpReply> reply = dispatch(method, url, headers, body);
    // The path only: the query of an authorize request and every body may carry secrets.
    if (reply)
        qCDebug(lcDemo).noquote() << "authority:" << method << url.path() << "->" << reply->status;
    return reply;
}

std::optional<HttpReply> AuthorityEndpoints::dispatch(
    const QString &method, const QUrl &url, const HeaderPairs &headers, const QByteArray &body)
{
    const QStringList s = url.path(QUrl::FullyDecoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (s.size() == 1 && is(s[0], "devicelogin"))
        return deviceLoginPage();
    if (s.size() == 1 && is(s[0], "error"))
        return errorPage(QUrlQuery(url));

    enum class Route { Discovery, Keys, Authorize, Token, DeviceCode, Logout };
    Route route;
    if (s.size() == 4 && is(s[1], "v2.0") && is(s[2], ".well-known")
        && is(s[3], "openid-configuration"))
        route = Route::Discovery;
    else if (s.size() == 4 && is(s[1], "discovery") && is(s[2], "v2.0") && is(s[3], "keys"))
        route = Route::Keys;
    else if (s.size() == 4 && is(s[1], "oauth2") && is(s[2], "v2.0") && is(s[3], "authorize"))
        route = Route::Authorize;
    else if (s.size() == 4 && is(s[1], "oauth2") && is(s[2], "v2.0") && is(s[3], "token"))
        route = Route::Token;
    else if (s.size() == 4 && is(s[1], "oauth2") && is(s[2], "v2.0") && is(s[3], "devicecode"))
        route = Route::DeviceCode;
    else if (s.size() == 4 && is(s[1], "oauth2") && is(s[2], "v2.0") && is(s[3], "logout"))
        route = Route::Logout;
    else
        return std::nullopt;

    AuthorityRequest request;
    request.baseUrl = m_state.baseUrl();
    request.tenantSegment = s[0];
    request.scenario = m_state.scenario();
    request.correlationId = QString::fromUtf8(headerValue(headers, "client-request-id"));
    const bool post = method.compare(QLatin1String("POST"), Qt::CaseInsensitive) == 0;
    request.params = post ? AuthorityRequest::parseForm(body)
                          : AuthorityRequest::parseForm(url.query(QUrl::FullyEncoded).toLatin1());
    if (!request.scenario)
        return request.json({ QStringLiteral("temporarily_unavailable"), 90033,
            QStringLiteral("A transient error has occurred. Please try again."), 503 });

    const auto tenant = AuthorityRequest::resolveTenant(request.tenantSegment, *request.scenario);
    const bool pageRoute = route == Route::Authorize || route == Route::Logout;
    if (!tenant) {
        if (pageRoute)
            return request.page(AuthorityRequest::tenantNotFound(
                request.tenantSegment, QStringLiteral("invalid_request")));
        return request.json(AuthorityRequest::tenantNotFound(request.tenantSegment,
            route == Route::Discovery ? QStringLiteral("invalid_tenant")
                                      : QStringLiteral("invalid_request")));
    }
    request.tenantId = *tenant;

    const bool wantsPost = route == Route::Token || route == Route::DeviceCode;
    if (wantsPost != post)
        return request.json({ QStringLiteral("invalid_request"), 900561,
            QStringLiteral("The endpoint only accepts %1 requests. Received a %2 request.")
                .arg(wantsPost ? QStringLiteral("POST") : QStringLiteral("GET"),
                    method.toUpper()) });

    switch (route) {
    case Route::Discovery:
        return discovery(request);
    case Route::Keys:
        // Nothing is signed (id tokens are "alg": "none"), so there is no key to publish.
        return AuthorityErrors::ok(QJsonObject { { QStringLiteral("keys"), QJsonArray() } });
    case Route::Authorize:
        return authorize(request);
    case Route::Token:
        return TokenEndpoint(m_state.authority, request).handle();
    case Route::DeviceCode:
        return deviceAuthorization(request);
    case Route::Logout:
        return logout(request);
    }
    return std::nullopt;
}

HttpReply AuthorityEndpoints::discovery(const AuthorityRequest &request) const
{
    // Multi-tenant forms keep the placeholder in the issuer, as Microsoft's document does.
    const bool multiTenant
        = is(request.tenantSegment, "organizations") || is(request.tenantSegment, "common");
    const QString pathTenant = multiTenant ? request.tenantSegment.toLower() : request.tenantId;
    const QString issuerTenant = multiTenant ? QStringLiteral("{tenantid}") : request.tenantId;
    const auto at
        = [&](const QString &tail) { return request.endpoint(pathTenant, tail).toString(); };
    const QString issuer
        = request.baseUrl.toString() + QLatin1Char('/') + issuerTenant + QStringLiteral("/v2.0");
    const auto list = [](std::initializer_list<const char *> items) {
        QJsonArray array;
        for (const char *item : items)
            array.append(QLatin1String(item));
        return array;
    };
    const QJsonObject body {
        { QStringLiteral("token_endpoint"), at(QStringLiteral("oauth2/v2.0/token")) },
        { QStringLiteral("token_endpoint_auth_methods_supported"),
            list({ "client_secret_post", "private_key_jwt", "client_secret_basic" }) },
        { QStringLiteral("jwks_uri"), at(QStringLiteral("discovery/v2.0/keys")) },
        { QStringLiteral("response_modes_supported"), list({ "query", "fragment", "form_post" }) },
        { QStringLiteral("subject_types_supported"), list({ "pairwise" }) },
        { QStringLiteral("id_token_signing_alg_values_supported"), list({ "none" }) },
        { QStringLiteral("response_types_supported"),
            list({ "code", "id_token", "code id_token", "id_token token" }) },
        { QStringLiteral("scopes_supported"),
            list({ "openid", "profile", "email", "offline_access" }) },
        { QStringLiteral("issuer"), issuer },
        { QStringLiteral("request_uri_parameter_supported"), false },
        { QStringLiteral("authorization_endpoint"), at(QStringLiteral("oauth2/v2.0/authorize")) },
        { QStringLiteral("device_authorization_endpoint"),
            at(QStringLiteral("oauth2/v2.0/devicecode")) },
        { QStringLiteral("http_logout_supported"), true },
        { QStringLiteral("frontchannel_logout_supported"), true },
        { QStringLiteral("end_session_endpoint"), at(QStringLiteral("oauth2/v2.0/logout")) },
        { QStringLiteral("code_challenge_methods_supported"), list({ "S256" }) },
        { QStringLiteral("claims_supported"),
            list({ "sub", "iss", "aud", "exp", "iat", "nbf", "name", "nonce", "oid",
                "preferred_username", "tid", "ver" }) },
        { QStringLiteral("tenant_region_scope"), QStringLiteral("WW") },
        { QStringLiteral("cloud_instance_name"), request.baseUrl.authority() },
        { QStringLiteral("msgraph_host"), request.baseUrl.authority() },
    };
    return AuthorityErrors::ok(body);
}

HttpReply AuthorityEndpoints::authorize(const AuthorityRequest &request)
{
    const AuthorityOptions options = m_state.authority.options();
    // Until client and redirect URI are trusted nothing may be redirected (RFC 6749 4.1.2.1):
    // Microsoft shows its error page instead.
    if (const auto refused = request.checkClient(options))
        return request.page(*refused);
    const QString redirectUri = request.param("redirect_uri");
    if (redirectUri.isEmpty())
        return request.page(AuthorityRequest::missing(QStringLiteral("redirect_uri")));
    const QUrl redirectUrl(redirectUri, QUrl::StrictMode);
    if (!isLoopbackRedirect(redirectUrl))
        return request.page({ QStringLiteral("invalid_request"), 50011,
            QStringLiteral("The redirect URI '%1' specified in the request does not match the "
                           "redirect URIs configured for the application '%2'. Make sure the "
                           "redirect URI sent in the request matches one added to your "
                           "application in the Azure portal.")
                .arg(redirectUri, request.param("client_id")) });

    // From here on errors go back to the app (RFC 6749 4.1.2.1), with state echoed.
    const QString state = request.param("state");
    const auto fail = [&](const AuthorityError &error, const QString &subcode = QString()) {
        QList<QPair<QString, QString>> parameters {
            { QStringLiteral("error"), error.error },
            { QStringLiteral("error_description"),
                QStringLiteral("AADSTS%1: %2").arg(QString::number(error.code), error.description) }
        };
        if (!subcode.isEmpty())
            parameters.append({ QStringLiteral("error_subcode"), subcode });
        if (request.params.hasQueryItem(QStringLiteral("state")))
            parameters.append({ QStringLiteral("state"), state });
        return redirect(withParameters(redirectUrl, parameters));
    };
    const QString responseType = request.param("response_type");
    if (responseType.isEmpty())
        return fail(AuthorityRequest::missing(QStringLiteral("response_type")));
    if (responseType != QLatin1String("code"))
        return fail({ QStringLiteral("unsupported_response_type"), 70005,
            QStringLiteral("response_type '%1' is not enabled for the application.")
                .arg(responseType) });
    const QStringList scopes = request.param("scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (scopes.isEmpty())
        return fail(AuthorityRequest::missing(QStringLiteral("scope")));
    // Microsoft also takes codes without PKCE (and "plain"); the demo insists on S256 so a
    // client that drops or weakens it fails here rather than against a real tenant's policy.
    const QString challenge = request.param("code_challenge");
    if (challenge.isEmpty())
        return fail(AuthorityRequest::missing(QStringLiteral("code_challenge")));
    if (request.param("code_challenge_method") != QLatin1String("S256"))
        return fail({ QStringLiteral("invalid_request"), 90023,
            QStringLiteral("Unsupported code_challenge_method '%1': only S256 is accepted.")
                .arg(request.param("code_challenge_method")) });
    static const QRegularExpression s256(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    if (!s256.match(challenge).hasMatch())
        return fail({ QStringLiteral("invalid_request"), 501491,
            QStringLiteral("Invalid size of Code_Challenge parameter.") });
    AuthorityError accountError;
    const auto account = request.accountId(options, &accountError);
    if (!account)
        return fail(accountError);
    if (options.consent == AuthorityOptions::Consent::Deny)
        return fail({ QStringLiteral("access_denied"), 65004,
                        QStringLiteral("User declined to consent to access the app.") },
            QStringLiteral("cancel"));

    AuthorizationCode code;
    code.grant = { request.tenantId, request.param("client_id"), *account,
        GraphScopes::grant(scopes, options), request.param("nonce") };
    code.redirectUri = redirectUri;
    code.codeChallenge = challenge;
    code.expiresAt = QDateTime::currentDateTimeUtc().addSecs(
        qMax(options.authorizationCodeLifetimeSeconds, 0));
    QList<QPair<QString, QString>> parameters { { QStringLiteral("code"),
        m_state.authority.addCode(code) } };
    if (request.params.hasQueryItem(QStringLiteral("state")))
        parameters.append({ QStringLiteral("state"), state });
    return redirect(withParameters(redirectUrl, parameters));
}

HttpReply AuthorityEndpoints::deviceAuthorization(const AuthorityRequest &request)
{
    const AuthorityOptions options = m_state.authority.options();
    if (const auto refused = request.checkClient(options))
        return request.json(*refused);
    const QStringList scopes = request.param("scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (scopes.isEmpty())
        return request.json(AuthorityRequest::missing(QStringLiteral("scope")));
    AuthorityError accountError;
    const auto account = request.accountId(options, &accountError);
    if (!account)
        return request.json(accountError);
    const Grant grant { request.tenantId, request.param("client_id"), *account,
        GraphScopes::grant(scopes, options), QString() };
    const int expiresIn = qMax(options.deviceExpiresInSeconds, 0);
    QString userCode;
    const QString deviceCode = m_state.authority.addDeviceCode(
        grant, QDateTime::currentDateTimeUtc().addSecs(expiresIn), &userCode);
    QUrl verification = request.baseUrl;
    verification.setPath(QStringLiteral("/devicelogin"));
    const QJsonObject body {
        { QStringLiteral("user_code"), userCode },
        { QStringLiteral("device_code"), deviceCode },
        { QStringLiteral("verification_uri"), verification.toString() },
        { QStringLiteral("expires_in"), expiresIn },
        { QStringLiteral("interval"), qMax(options.deviceIntervalSeconds, 0) },
        { QStringLiteral("message"),
            QStringLiteral("To sign in, use a web browser to open the page %1 and enter the code "
                           "%2 to authenticate.")
                .arg(verification.toString(), userCode) },
    };
    return AuthorityErrors::ok(body);
}

HttpReply AuthorityEndpoints::logout(const AuthorityRequest &request) const
{
    const QUrl after(request.param("post_logout_redirect_uri"), QUrl::StrictMode);
    if (isLoopbackRedirect(after))
        return redirect(after);
    return AuthorityErrors::html(200, QStringLiteral("Sign out"),
        QStringLiteral("<h1>You signed out of your account</h1>\n<p>It's a good idea to close "
                       "all browser windows.</p>"));
}

HttpReply AuthorityEndpoints::deviceLoginPage()
{
    // The approval itself is scripted by AuthorityOptions::deviceOutcome; this page is what a
    // person who opens the verification URI sees.
    return AuthorityErrors::html(200, QStringLiteral("Enter code"),
        QStringLiteral("<h1>Enter code</h1>\n<p>Enter the code displayed on your app or device."
                       "</p>\n<form method=\"post\"><input name=\"otc\" "
                       "placeholder=\"Code\"><button type=\"submit\">Next</button></form>\n"
                       "<p>This is the SSPR Doctor demo tenant: the sign-in completes by "
                       "itself.</p>"));
}

HttpReply AuthorityEndpoints::errorPage(const QUrlQuery &query)
{
    const QString code = query.queryItemValue(QStringLiteral("code"));
    return AuthorityErrors::html(200, QStringLiteral("Error lookup"),
        QStringLiteral("<h1>AADSTS%1</h1>\n<p>The demo tenant's error lookup. See "
                       "https://learn.microsoft.com/entra/identity-platform/"
                       "reference-error-codes for Microsoft's description.</p>")
            .arg(code.toHtmlEscaped()));
}

} // namespace sspr::demo
