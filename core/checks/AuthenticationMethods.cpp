#include "core/checks/AuthenticationMethods.h"

#include "core/checks/RequestTemplate.h"

namespace sspr::checks {

graph::GraphRequest AuthenticationMethods::request(const CheckContext &ctx)
{
    graph::GraphRequest request;
    request.key = key();
    request.relativeUrl = QStringLiteral("/users/") + RequestTemplate::userIdPlaceholder()
        + QStringLiteral("/authentication/methods");
    // Self: UserAuthenticationMethod.Read; another user: UserAuthenticationMethod.Read.All
    // (Graph v1.0 "List methods", permissions acting on self / on other users).
    request.requiredScope = ctx.selfMode ? QStringLiteral("UserAuthenticationMethod.Read")
                                         : QStringLiteral("UserAuthenticationMethod.Read.All");
    request.followNextLink = true;
    return request;
}

AccessNeeds AuthenticationMethods::needs(const CheckContext &ctx)
{
    if (ctx.selfMode)
        return { QString(), QString(), DocLinks::combinedRegistration() };
    // "List methods": an admin acting on another user needs one of these roles
    // (Authentication Administrator sees masked phone numbers).
    return { CheckSupport::alternatives({ tr("Global Reader"), tr("Authentication Administrator"),
                 tr("Privileged Authentication Administrator") }),
        QString(), DocLinks::combinedRegistration() };
}

bool AuthenticationMethods::unavailableInCloud(const CheckContext &ctx)
{
    return ctx.cloudKey == QLatin1String("china");
}

std::optional<QList<RegisteredMethod>> AuthenticationMethods::parse(const QJsonObject &body)
{
    const QJsonValue value = body.value(QLatin1String("value"));
    if (!value.isArray())
        return std::nullopt;
    QList<RegisteredMethod> methods;
    for (const QJsonValue &entry : value.toArray()) {
        if (!entry.isObject())
            return std::nullopt;
        methods << classify(entry.toObject());
    }
    return methods;
}

RegisteredMethod AuthenticationMethods::classify(const QJsonObject &method)
{
    RegisteredMethod m;
    m.odataType = method.value(QLatin1String("@odata.type")).toString();
    QString kind = m.odataType;
    kind.remove(QStringLiteral("#microsoft.graph."));
    kind.remove(QStringLiteral("AuthenticationMethod"));
    m.kind = kind;
    const auto text
        = [&method](const char *name) { return method.value(QLatin1String(name)).toString(); };
    const auto named = [](const QString &what, const QString &detail) {
        return detail.isEmpty() ? what : tr("%1 (%2)").arg(what, detail);
    };

    // SSPR-usable methods per "How it works: Microsoft Entra SSPR" (authentication methods):
    // Authenticator notification/code, email, mobile phone, office phone, OATH codes. FIDO2,
    // Windows Hello, passwords, Temporary Access Pass and alternate phones cannot reset.
    if (kind == QLatin1String("phone")) {
        const QString type = text("phoneType");
        if (type.compare(QLatin1String("office"), Qt::CaseInsensitive) == 0) {
            m.label = named(tr("Office phone"), text("phoneNumber"));
            m.ssprUsable = true;
            m.policyIds = { QStringLiteral("Voice") };
        } else if (type.compare(QLatin1String("alternateMobile"), Qt::CaseInsensitive) == 0) {
            m.label = named(tr("Alternate mobile phone (MFA only)"), text("phoneNumber"));
        } else {
            m.label = named(tr("Mobile phone"), text("phoneNumber"));
            m.ssprUsable = true;
            m.policyIds = { QStringLiteral("Sms"), QStringLiteral("Voice") };
        }
    } else if (kind == QLatin1String("email")) {
        m.label = named(tr("Email"), text("emailAddress"));
        m.ssprUsable = true;
        m.policyIds = { QStringLiteral("Email") };
    } else if (kind == QLatin1String("microsoftAuthenticator")) {
        m.label = named(tr("Microsoft Authenticator"), text("displayName"));
        m.ssprUsable = true;
        m.policyIds = { QStringLiteral("MicrosoftAuthenticator") };
    } else if (kind == QLatin1String("softwareOath")) {
        m.label = tr("Software OATH token");
        m.ssprUsable = true;
        m.policyIds = { QStringLiteral("SoftwareOath") };
    } else if (kind == QLatin1String("hardwareOath")) {
        m.label = tr("Hardware OATH token");
        m.ssprUsable = true;
        m.policyIds = { QStringLiteral("HardwareOath") };
    } else if (kind == QLatin1String("password")) {
        m.label = tr("Password");
    } else if (kind == QLatin1String("fido2")) {
        m.label = named(tr("FIDO2 security key / passkey"), text("displayName"));
        m.policyIds = { QStringLiteral("Fido2") };
    } else if (kind == QLatin1String("windowsHelloForBusiness")) {
        m.label = named(tr("Windows Hello for Business"), text("displayName"));
    } else if (kind == QLatin1String("temporaryAccessPass")) {
        m.label = tr("Temporary Access Pass");
        m.policyIds = { QStringLiteral("TemporaryAccessPass") };
    } else if (kind == QLatin1String("platformCredential")) {
        m.label = named(tr("Platform credential (macOS)"), text("displayName"));
    } else if (kind == QLatin1String("external")) {
        m.label = named(tr("External authentication method"), text("displayName"));
    } else {
        // A type this build does not know: shown, never counted as usable.
        m.label = m.odataType.isEmpty() ? tr("Unknown method") : m.odataType;
    }
    return m;
}

QString AuthenticationMethods::labels(const QList<RegisteredMethod> &methods)
{
    QStringList parts;
    for (const RegisteredMethod &m : methods)
        parts << m.label;
    return parts.isEmpty() ? tr("(none)") : parts.join(QStringLiteral(", "));
}

} // namespace sspr::checks
