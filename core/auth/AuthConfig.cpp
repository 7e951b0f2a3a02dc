#include "core/auth/AuthConfig.h"

#include "core/auth/Cloud.h"

namespace sspr::auth {

QString AuthConfig::defaultClientId()
{
    // "Microsoft Graph Command Line Tools", the first-party public client Microsoft Graph
    // PowerShell (Connect-MgGraph) signs in with: http://localhost redirect and device code
    // both allowed; delegated Graph scopes need consent once per tenant (README).
    return QStringLiteral("14d82eec-204b-4c2f-b7e8-296a70dab67e");
}

QString AuthConfig::effectiveClientId() const
{
    return clientId.trimmed().isEmpty() ? defaultClientId() : clientId.trimmed();
}

QUrl AuthConfig::effectiveAuthority() const
{
    if (authority.isValid() && !authority.isEmpty())
        return authority;
    return Clouds::byKey(cloudKey).value_or(Clouds::global()).authorityHost;
}

} // namespace sspr::auth
