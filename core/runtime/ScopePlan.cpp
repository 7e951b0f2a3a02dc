#include "core/runtime/ScopePlan.h"

#include "core/bulk/TenantFacts.h"
#include "core/checks/CheckRegistry.h"
#include "core/playbook/Diagnosis.h"

namespace sspr::runtime {

namespace {
void addUnique(QStringList &list, const QString &scope)
{
    if (!scope.isEmpty() && !list.contains(scope, Qt::CaseInsensitive))
        list << scope;
}
} // namespace

QStringList ScopePlan::selfScopes()
{
    // Least privilege for /me and /me/authentication/methods (Graph permissions reference).
    return { QStringLiteral("User.Read"), QStringLiteral("UserAuthenticationMethod.Read") };
}

QStringList ScopePlan::forChecks(const QStringList &checkIds, const QString &cloudKey)
{
    checks::CheckContext ctx;
    ctx.userKey = QStringLiteral("{user}");
    ctx.signedIn = true;
    ctx.cloudKey = cloudKey;
    QStringList scopes;
    for (const auto &check : checks::CheckRegistry::create(checkIds)) {
        for (const graph::GraphRequest &request : check->requests(ctx))
            addUnique(scopes, request.requiredScope);
    }
    return scopes;
}

QStringList ScopePlan::forPersona(bool selfMode, const QString &errorText, const QString &cloudKey)
{
    if (selfMode)
        return withOpenIdScopes(selfScopes());
    QStringList ids;
    for (const auto &[id, title] : playbook::Diagnosis::plannedChecks(errorText))
        ids << id;
    QStringList scopes = forChecks(ids, cloudKey);
    if (scopes.isEmpty()) // a Graph scope names the resource the access token is for
        scopes << QStringLiteral("User.Read");
    return withOpenIdScopes(scopes);
}

QStringList ScopePlan::forEveryPersona(const QString &cloudKey)
{
    QStringList scopes = selfScopes();
    for (const QString &scope : forChecks(checks::CheckRegistry::allIds(), cloudKey))
        addUnique(scopes, scope);
    // The demo tenant also demonstrates the bulk scan (with --group), from the same sign-in.
    for (const QString &scope : forBulk(true, cloudKey))
        addUnique(scopes, scope);
    return withOpenIdScopes(scopes);
}

QStringList ScopePlan::forBulk(bool group, const QString &cloudKey)
{
    checks::CheckContext ctx;
    ctx.signedIn = true;
    ctx.cloudKey = cloudKey;
    // "List userRegistrationDetails": AuditLog.Read.All. "List users" with
    // onPremisesSyncEnabled: User.Read.All. "List group transitive members":
    // GroupMember.Read.All (least privileged of its table).
    QStringList scopes { QStringLiteral("AuditLog.Read.All"), QStringLiteral("User.Read.All") };
    for (const graph::GraphRequest &request : bulk::TenantAssessment::requests(ctx))
        addUnique(scopes, request.requiredScope);
    if (group)
        addUnique(scopes, QStringLiteral("GroupMember.Read.All"));
    return withOpenIdScopes(scopes);
}

QStringList ScopePlan::withOpenIdScopes(QStringList scopes)
{
    for (const char *oidc : { "openid", "profile", "offline_access" })
        addUnique(scopes, QLatin1String(oidc));
    return scopes;
}

} // namespace sspr::runtime
