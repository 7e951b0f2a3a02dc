#include "core/auth/OpenIdConfiguration.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sspr::auth {

namespace {
// {authority}/{tenant}/{rest}: keeps a path prefix of a custom authority.
QUrl under(const QUrl &authority, const QString &tenant, const QString &rest)
{
    QUrl url = authority;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1Char('/') + tenant + QLatin1Char('/') + rest);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl endpoint(const QJsonObject &json, const char *name, const QUrl &fallback)
{
    const QUrl url(json.value(QLatin1String(name)).toString(), QUrl::StrictMode);
    const bool usable = url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
    return usable ? url : fallback;
}
} // namespace

QUrl OpenIdConfiguration::discoveryUrl(const QUrl &authority, const QString &tenant)
{
    return under(authority, tenant, QStringLiteral("v2.0/.well-known/openid-configuration"));
}

OpenIdConfiguration OpenIdConfiguration::conventional(const QUrl &authority, const QString &tenant)
{
    OpenIdConfiguration c;
    c.authorizationEndpoint = under(authority, tenant, QStringLiteral("oauth2/v2.0/authorize"));
    c.tokenEndpoint = under(authority, tenant, QStringLiteral("oauth2/v2.0/token"));
    c.deviceAuthorizationEndpoint
        = under(authority, tenant, QStringLiteral("oauth2/v2.0/devicecode"));
    return c;
}

std::optional<OpenIdConfiguration> OpenIdConfiguration::parse(
    const QByteArray &body, const OpenIdConfiguration &fallback)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject json = doc.object();
    OpenIdConfiguration c;
    c.authorizationEndpoint
        = endpoint(json, "authorization_endpoint", fallback.authorizationEndpoint);
    c.tokenEndpoint = endpoint(json, "token_endpoint", fallback.tokenEndpoint);
    c.deviceAuthorizationEndpoint
        = endpoint(json, "device_authorization_endpoint", fallback.deviceAuthorizationEndpoint);
    c.issuer = json.value(QLatin1String("issuer")).toString();
    c.discovered = true;
    return c;
}

} // namespace sspr::auth
