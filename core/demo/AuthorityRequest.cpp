#include "core/demo/AuthorityRequest.h"

namespace sspr::demo {

QString AuthorityRequest::param(const char *name) const
{
    return params.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

QUrl AuthorityRequest::endpoint(const QString &tenant, const QString &tail) const
{
    QUrl url = baseUrl;
    url.setPath(QLatin1Char('/') + tenant + QLatin1Char('/') + tail);
    return url;
}

QUrl AuthorityRequest::issuer() const
{
    return endpoint(tenantId, QStringLiteral("v2.0"));
}

HttpReply AuthorityRequest::json(const AuthorityError &error) const
{
    return AuthorityErrors::json(error, correlationId, baseUrl);
}

HttpReply AuthorityRequest::page(const AuthorityError &error) const
{
    return AuthorityErrors::page(error, correlationId);
}

std::optional<QString> AuthorityRequest::resolveTenant(
    const QString &segment, const Scenario &scenario)
{
    if (segment.compare(QLatin1String("organizations"), Qt::CaseInsensitive) == 0
        || segment.compare(QLatin1String("common"), Qt::CaseInsensitive) == 0
        || segment.compare(scenario.tenantId, Qt::CaseInsensitive) == 0)
        return scenario.tenantId;
    if (segment.contains(QLatin1Char('.'))) {
        const QString suffix = QLatin1Char('@') + segment;
        for (const QJsonValue &user : scenario.users) {
            if (user.toObject()
                    .value(QLatin1String("userPrincipalName"))
                    .toString()
                    .endsWith(suffix, Qt::CaseInsensitive))
                return scenario.tenantId;
        }
    }
    return std::nullopt;
}

AuthorityError AuthorityRequest::tenantNotFound(const QString &segment, const QString &error)
{
    return { error, 90002,
        QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID "
                       "and are signing into the correct cloud. Check with your subscription "
                       "administrator, this may happen if there are no active subscriptions for "
                       "the tenant.")
            .arg(segment) };
}

std::optional<AuthorityError> AuthorityRequest::checkClient(const AuthorityOptions &options) const
{
    const QString clientId = param("client_id");
    if (clientId.isEmpty())
        return missing(QStringLiteral("client_id"));
    if (!options.clientId.isEmpty() && clientId != options.clientId)
        return AuthorityError { QStringLiteral("unauthorized_client"), 700016,
            QStringLiteral("Application with identifier '%1' was not found in the directory "
                           "'%2'. This can happen if the application has not been installed by "
                           "the administrator of the tenant or consented to by any user in the "
                           "tenant. You may have sent your authentication request to the wrong "
                           "tenant.")
                .arg(clientId,
                    scenario->tenantDisplayName.isEmpty() ? tenantId
                                                          : scenario->tenantDisplayName) };
    return std::nullopt;
}

std::optional<QString> AuthorityRequest::accountId(
    const AuthorityOptions &options, AuthorityError *error) const
{
    const QString wanted = options.account.isEmpty() ? scenario->signedInUserId : options.account;
    const QString id = scenario->findUser(wanted).value(QLatin1String("id")).toString();
    if (!id.isEmpty())
        return id;
    *error = { QStringLiteral("invalid_request"), 50034,
        QStringLiteral("The user account %1 does not exist in the %2 directory. To sign into "
                       "this application, the account must be added to the directory.")
            .arg(wanted, tenantId) };
    return std::nullopt;
}

QUrlQuery AuthorityRequest::parseForm(const QByteArray &encoded)
{
    QByteArray spaced = encoded;
    spaced.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(spaced));
}

AuthorityError AuthorityRequest::missing(const QString &parameter)
{
    return { QStringLiteral("invalid_request"), 900144,
        QStringLiteral("The request body must contain the following parameter: '%1'.")
            .arg(parameter) };
}

} // namespace sspr::demo
