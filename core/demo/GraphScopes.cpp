#include "core/demo/GraphScopes.h"

namespace sspr::demo {

namespace {

const QString kDefault = QStringLiteral(".default");
const QString kDirectoryDenied = QStringLiteral("Authorization_RequestDenied");
// The reporting service (auditLogs, reports) names the missing permission this way.
const QString kReportsDenied = QStringLiteral("Authentication_MSGraphPermissionMissing");

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *name : list)
        out.append(QLatin1String(name));
    return out;
}

// Permission tables of the Graph v1.0 reference pages ("Get user", "List users", "List
// methods", "List licenseDetails", ...): least privileged first, then the higher ones.
const QStringList kDirectoryRead = names({ "Directory.Read.All", "Directory.ReadWrite.All" });
const QStringList kUserFull = names({ "User.Read.All", "User.ReadWrite.All" }) + kDirectoryRead;
const QStringList kUserSelf
    = names({ "User.Read", "User.ReadWrite", "User.ReadBasic.All" }) + kUserFull;
const QStringList kUserList = names({ "User.ReadBasic.All" }) + kUserFull;
const QStringList kMethodsAll
    = names({ "UserAuthenticationMethod.Read.All", "UserAuthenticationMethod.ReadWrite.All" });
const QStringList kMethodsSelf
    = names({ "UserAuthenticationMethod.Read", "UserAuthenticationMethod.ReadWrite" })
    + kMethodsAll;
const QStringList kLicenseAll
    = names({ "LicenseAssignment.Read.All", "LicenseAssignment.ReadWrite.All" });

bool is(const QString &segment, const char *name)
{
    return segment.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

} // namespace

QString GraphScopes::normalize(const QString &scope)
{
    const qsizetype slash = scope.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? scope : scope.mid(slash + 1);
}

bool GraphScopes::isOpenIdScope(const QString &scope)
{
    static const QStringList oidc { QStringLiteral("openid"), QStringLiteral("profile"),
        QStringLiteral("email"), QStringLiteral("offline_access") };
    return oidc.contains(scope, Qt::CaseInsensitive);
}

bool GraphScopes::contains(const QStringList &scopes, const QString &scope)
{
    const QString wanted = normalize(scope);
    for (const QString &s : scopes) {
        if (normalize(s).compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QStringList GraphScopes::grant(const QStringList &asked, const AuthorityOptions &options)
{
    QStringList granted;
    const auto add = [&](const QString &scope) {
        if (!granted.contains(scope, Qt::CaseInsensitive))
            granted.append(scope);
    };
    for (const QString &scope : asked) {
        if (isOpenIdScope(scope))
            add(scope);
        else if (normalize(scope) == kDefault && !options.grantScopes.isEmpty())
            std::for_each(options.grantScopes.cbegin(), options.grantScopes.cend(), add);
        else if (options.grantScopes.isEmpty() || contains(options.grantScopes, scope))
            add(scope);
    }
    return granted;
}

std::optional<GraphScopes::Requirement> GraphScopes::required(
    const GraphCall &call, const QString &selfId, const QString &selfUpn)
{
    const QStringList s = call.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype n = s.size();
    if (n == 0)
        return std::nullopt;
    const auto directory = [](const QStringList &accepted) {
        return Requirement { accepted, kDirectoryDenied };
    };
    if (is(s[0], "me") || is(s[0], "users")) {
        if (is(s[0], "users") && n == 1)
            return directory(kUserList);
        const bool self = is(s[0], "me") || s[1].compare(selfId, Qt::CaseInsensitive) == 0
            || (!selfUpn.isEmpty() && s[1].compare(selfUpn, Qt::CaseInsensitive) == 0);
        const qsizetype rest = is(s[0], "me") ? 1 : 2;
        if (n == rest + 2 && is(s[rest], "authentication") && is(s[rest + 1], "methods"))
            return directory(self ? kMethodsSelf : kMethodsAll);
        if (n == rest + 1 && is(s[rest], "licenseDetails"))
            return directory(self ? kUserSelf : kLicenseAll + kUserFull);
        // Another user's account properties ($select=accountEnabled, ...) are outside the basic
        // profile User.ReadBasic.All reads, so the checks ask User.Read.All (CHECKS.md).
        return directory(self ? kUserSelf : kUserFull);
    }
    if (is(s[0], "reports") || is(s[0], "auditLogs")) {
        // CHECKS.md adds Directory.Read.All for the audit logs; Microsoft's permission tables
        // list AuditLog.Read.All alone as the least privileged, so that is what is enforced.
        return Requirement { { QStringLiteral("AuditLog.Read.All") }, kReportsDenied };
    }
    if (is(s[0], "admin") && n >= 2 && is(s[1], "serviceAnnouncement"))
        return directory({ QStringLiteral("ServiceHealth.Read.All") });
    if (is(s[0], "policies") && n >= 2 && is(s[1], "authenticationMethodsPolicy"))
        return directory(
            names({ "Policy.Read.AuthenticationMethod", "Policy.ReadWrite.AuthenticationMethod" }));
    if (is(s[0], "policies") && n >= 2 && is(s[1], "authorizationPolicy"))
        return directory(names({ "Policy.Read.All", "Policy.ReadWrite.Authorization" }));
    if (is(s[0], "organization"))
        return directory(
            names({ "User.Read", "Organization.Read.All", "Organization.ReadWrite.All" })
            + kDirectoryRead);
    if (is(s[0], "directory") && n >= 2 && is(s[1], "onPremisesSynchronization"))
        return directory(names({ "OnPremDirectorySynchronization.Read.All",
            "OnPremDirectorySynchronization.ReadWrite.All" }));
    if (is(s[0], "groups")) // "List group transitive members": GroupMember.Read.All first
        return directory(names({ "GroupMember.Read.All", "Group.Read.All", "Group.ReadWrite.All" })
            + kDirectoryRead);
    if (is(s[0], "subscribedSkus"))
        return directory(kLicenseAll
            + names({ "Organization.Read.All", "Organization.ReadWrite.All" }) + kDirectoryRead);
    return std::nullopt;
}

bool GraphScopes::satisfies(const QStringList &granted, const Requirement &requirement)
{
    if (contains(granted, kDefault)) // consented to everything the demo app asks
        return true;
    for (const QString &scope : requirement.accepted) {
        if (contains(granted, scope))
            return true;
    }
    return false;
}

} // namespace sspr::demo
