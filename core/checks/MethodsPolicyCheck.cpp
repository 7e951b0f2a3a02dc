#include "core/checks/MethodsPolicyCheck.h"

#include "core/checks/AuthenticationMethods.h"
#include "core/checks/GraphEvidence.h"
#include "core/checks/RequestTemplate.h"
#include "core/checks/UserMethodsCheck.h"

#include <QJsonArray>

namespace sspr::checks {

namespace {

// The configuration ids of the methods SSPR can verify a user with.
const QStringList ssprConfigIds { QStringLiteral("Email"), QStringLiteral("Sms"),
    QStringLiteral("Voice"), QStringLiteral("MicrosoftAuthenticator"),
    QStringLiteral("SoftwareOath"), QStringLiteral("HardwareOath") };

} // namespace

graph::GraphRequest MethodsPolicyCheck::request()
{
    graph::GraphRequest request;
    request.key = key();
    // Configurations come inline; the GET takes no OData options.
    request.relativeUrl = QStringLiteral("/policies/authenticationMethodsPolicy");
    request.requiredScope = QStringLiteral("Policy.Read.AuthenticationMethod");
    return request;
}

AccessNeeds MethodsPolicyCheck::needs()
{
    // "Get authenticationMethodsPolicy": least-privileged roles for delegated access.
    return { CheckSupport::alternatives(
                 { tr("Global Reader"), tr("Authentication Policy Administrator") }),
        QString(), DocLinks::enableSspr() };
}

QString MethodsPolicyCheck::title() const
{
    return tr("Authentication methods policy");
}

QList<graph::GraphRequest> MethodsPolicyCheck::requests(const CheckContext &ctx) const
{
    if (ctx.selfMode)
        return {}; // the policy needs an admin role an end user does not hold
    QList<graph::GraphRequest> requests { request() };
    if (!AuthenticationMethods::unavailableInCloud(ctx))
        requests << AuthenticationMethods::request(ctx);
    return requests;
}

bool MethodsPolicyCheck::legacyStillApplies(const Policy &policy)
{
    // preMigration: the policy is used for sign-in only; migrationInProgress: for sign-in and
    // SSPR, but the legacy SSPR method settings are still respected as well.
    return policy.migrationState.compare(QLatin1String("preMigration"), Qt::CaseInsensitive) == 0
        || policy.migrationState.compare(QLatin1String("migrationInProgress"), Qt::CaseInsensitive)
        == 0;
}

Finding MethodsPolicyCheck::selfMode(const CheckContext &ctx) const
{
    Finding finding = CheckSupport::notSent(
        *this, ctx, RequestTemplate::expand(request(), ctx), tr("no: needs an administrator role"));
    finding.summary = tr("Skipped: only an administrator can read the authentication methods "
                         "policy.");
    finding.details = tr("Reading the tenant's authentication methods policy needs %1 and one of "
                         "these roles: %2. An end user's sign-in does not have them.")
                          .arg(request().requiredScope, needs().roles);
    finding.remediation = { tr("If the reset keeps failing, ask your IT help desk to check which "
                               "authentication methods are enabled for SSPR."),
        Actor::User, DocLinks::enableSspr() };
    return finding;
}

Finding MethodsPolicyCheck::evaluate(const Evidence &evidence, const CheckContext &ctx) const
{
    if (ctx.selfMode)
        return selfMode(ctx);
    const graph::GraphRequest sent = RequestTemplate::expand(request(), ctx);
    const graph::GraphResponse *response = evidence.response(key());
    if (auto finding = CheckSupport::unusable(*this, ctx, sent, response, needs()))
        return *finding;

    const QJsonObject &body = response->body;
    const QJsonValue configs = body.value(QLatin1String("authenticationMethodConfigurations"));
    const QJsonValue migration = body.value(QLatin1String("policyMigrationState"));
    QList<EvidenceField> fields { GraphEvidence::field(
        body, QStringLiteral("policyMigrationState")) };
    if (!configs.isArray())
        return CheckSupport::missingField(*this, ctx, sent, *response,
            QStringLiteral("authenticationMethodConfigurations"), fields);
    Policy policy;
    policy.migrationState = migration.toString();
    for (const QJsonValue &v : configs.toArray()) {
        const QJsonObject config = v.toObject();
        const QString id = config.value(QLatin1String("id")).toString();
        const QString state = config.value(QLatin1String("state")).toString().toLower();
        if (id.isEmpty())
            continue;
        if (state != QLatin1String("enabled") && state != QLatin1String("disabled"))
            return CheckSupport::missingField(*this, ctx, sent, *response,
                QStringLiteral("authenticationMethodConfigurations[%1].state").arg(id), fields);
        policy.states.insert(id, state);
        bool all = false;
        for (const QJsonValue &t : config.value(QLatin1String("includeTargets")).toArray())
            all = all
                || t.toObject().value(QLatin1String("id")).toString() == QLatin1String("all_users");
        policy.allUsers.insert(id, all);
        fields << EvidenceField { id, state };
    }
    const EvidenceItem policyItem = GraphEvidence::item(sent, response, fields);

    const graph::GraphRequest methodsSent
        = RequestTemplate::expand(AuthenticationMethods::request(ctx), ctx);
    if (AuthenticationMethods::unavailableInCloud(ctx)) {
        Finding problem = CheckSupport::notSent(*this, ctx, methodsSent,
            tr("no: not available in Microsoft Graph operated by 21Vianet"));
        problem.summary = tr("Skipped: the user's methods cannot be read in the China cloud "
                             "(21Vianet), so the policy cannot be compared with them.");
        problem.details = tr("Microsoft Graph's \"List methods\" API is not offered in the "
                             "national cloud operated by 21Vianet.");
        problem.remediation = { tr("Compare the user's methods (Users > the user > "
                                   "Authentication methods) with the enabled methods in "
                                   "Authentication methods > Policies."),
            Actor::Admin, DocLinks::enableSspr() };
        return withoutUserMethods(policy, policyItem, problem, ctx);
    }
    const graph::GraphResponse *methodsResponse = evidence.response(AuthenticationMethods::key());
    if (auto problem = CheckSupport::unusable(
            *this, ctx, methodsSent, methodsResponse, AuthenticationMethods::needs(ctx)))
        return withoutUserMethods(policy, policyItem, *problem, ctx);
    const auto methods = AuthenticationMethods::parse(methodsResponse->body);
    if (!methods) {
        const Finding problem = CheckSupport::missingField(*this, ctx, methodsSent,
            *methodsResponse, QStringLiteral("value"),
            { GraphEvidence::field(methodsResponse->body, QStringLiteral("value")) });
        return withoutUserMethods(policy, policyItem, problem, ctx);
    }
    const EvidenceItem methodsItem = GraphEvidence::item(methodsSent, methodsResponse,
        { { QStringLiteral("methods"), AuthenticationMethods::labels(*methods) } });
    return judge(policy, policyItem, *methods, methodsItem, ctx);
}

// Without the user's methods only tenant-wide facts can decide; anything else keeps the
// methods request's own verdict (skipped or error), never a pass.
Finding MethodsPolicyCheck::withoutUserMethods(const Policy &policy, const EvidenceItem &policyItem,
    const Finding &methodsProblem, const CheckContext &ctx) const
{
    bool anyEnabled = false;
    for (const QString &id : ssprConfigIds)
        anyEnabled = anyEnabled || policy.states.value(id) == QLatin1String("enabled");
    Finding finding = methodsProblem;
    finding.evidence.prepend(policyItem);
    if (!anyEnabled && !legacyStillApplies(policy)) {
        finding.status = Status::Fail;
        finding.summary = tr("No method SSPR can use is enabled in the authentication methods "
                             "policy.");
        finding.details = tr("Email, SMS, voice call, Microsoft Authenticator and OATH tokens "
                             "are all disabled (policyMigrationState %1), so nobody can verify "
                             "themselves for a password reset. The user's own methods could not "
                             "be read: %2")
                              .arg(policy.migrationState, methodsProblem.summary);
        finding.remediation = { tr("Enable at least one method SSPR can use (for example "
                                   "Microsoft Authenticator, SMS or email) in Microsoft Entra "
                                   "admin center > Authentication methods > Policies."),
            Actor::Admin, DocLinks::enableSspr() };
    } else if (legacyStillApplies(policy)) {
        finding.status = Status::Warning;
        finding.summary = tr("The authentication methods policy migration is not complete (%1).")
                              .arg(policy.migrationState);
        finding.details
            = tr("While policyMigrationState is %1, the legacy SSPR policy (Password reset "
                 "> Authentication methods) still decides some methods for password "
                 "reset, so the two can disagree. The user's methods could not be "
                 "read: %2")
                  .arg(policy.migrationState, methodsProblem.summary);
        finding.remediation = { tr("Finish the migration (Authentication methods > Policies > "
                                   "Manage migration) after checking that the methods users "
                                   "registered are enabled there."),
            Actor::Admin, DocLinks::enableSspr() };
    }
    Q_UNUSED(ctx);
    return finding;
}

Finding MethodsPolicyCheck::judge(const Policy &policy, const EvidenceItem &policyItem,
    const QList<RegisteredMethod> &methods, const EvidenceItem &methodsItem,
    const CheckContext &ctx) const
{
    QList<RegisteredMethod> allowed, blocked, unknown;
    QStringList groupScoped;
    for (const RegisteredMethod &m : methods) {
        if (!m.ssprUsable)
            continue;
        bool enabled = false, known = false;
        for (const QString &id : m.policyIds) {
            const QString state = policy.states.value(id);
            known = known || !state.isEmpty();
            if (state == QLatin1String("enabled")) {
                enabled = true;
                if (!policy.allUsers.value(id))
                    groupScoped << id;
            }
        }
        (enabled ? allowed : known ? blocked : unknown) << m;
    }
    Finding finding = CheckSupport::begin(*this, ctx);
    finding.evidence << policyItem << methodsItem;
    finding.evidence.last().fields << EvidenceField { QStringLiteral("allowedByPolicy"),
        AuthenticationMethods::labels(allowed) }
                                   << EvidenceField { QStringLiteral("disabledByPolicy"),
                                          AuthenticationMethods::labels(blocked) };
    const QString migrationNote = policy.migrationState.isEmpty()
        ? tr("Graph did not report policyMigrationState.")
        : tr("policyMigrationState is %1.").arg(policy.migrationState);
    QString groupNote;
    if (!groupScoped.isEmpty())
        groupNote = QLatin1Char(' ')
            + tr("%1 is enabled for specific groups only; the user's group membership was not "
                 "checked.")
                  .arg(groupScoped.join(QStringLiteral(", ")));
    const QString enableText = tr("Enable the method the user registered (%1) in Microsoft Entra "
                                  "admin center > Authentication methods > Policies for a group "
                                  "that includes the user, or have the user register a method "
                                  "that is enabled.");

    if (allowed.isEmpty() && !blocked.isEmpty() && unknown.isEmpty()) {
        const QString list = AuthenticationMethods::labels(blocked);
        finding.status = legacyStillApplies(policy) ? Status::Warning : Status::Fail;
        finding.summary = tr("The user's only SSPR methods are disabled by policy: %1.").arg(list);
        finding.details = tr("Every method the user could reset with is disabled in the "
                             "authentication methods policy. %1")
                              .arg(migrationNote);
        if (legacyStillApplies(policy))
            finding.details += QLatin1Char(' ')
                + tr("The migration is not complete, so the legacy SSPR policy may still allow "
                     "these methods for password reset; it has no Graph API, check Password "
                     "reset > Authentication methods.");
        finding.remediation = { enableText.arg(list), Actor::Admin, DocLinks::enableSspr() };
        return finding;
    }
    if (!blocked.isEmpty() || legacyStillApplies(policy)) {
        finding.status = Status::Warning;
        finding.summary = !blocked.isEmpty()
            ? tr("Some of the user's methods are disabled by policy: %1.")
                  .arg(AuthenticationMethods::labels(blocked))
            : tr("The authentication methods policy migration is not complete (%1).")
                  .arg(policy.migrationState);
        finding.details = tr("Allowed by policy: %1. Disabled by policy: %2. %3")
                              .arg(AuthenticationMethods::labels(allowed),
                                  AuthenticationMethods::labels(blocked), migrationNote)
            + groupNote;
        if (legacyStillApplies(policy))
            finding.details += QLatin1Char(' ')
                + tr("While the migration is not complete the legacy SSPR policy (Password "
                     "reset > Authentication methods) still decides some methods for password "
                     "reset, so the two policies can disagree.");
        finding.remediation = !blocked.isEmpty()
            ? Remediation { enableText.arg(AuthenticationMethods::labels(blocked)), Actor::Admin,
                  DocLinks::enableSspr() }
            : Remediation { tr("Finish the migration (Authentication methods > Policies > "
                               "Manage migration) after checking that the methods users "
                               "registered are enabled there."),
                  Actor::Admin, DocLinks::enableSspr() };
        return finding;
    }
    if (allowed.isEmpty() && !unknown.isEmpty()) {
        // No configuration for the user's method in the reply: not evidence that it is allowed.
        finding.status = Status::Warning;
        finding.summary = tr("The policy reply does not cover the user's SSPR methods: %1.")
                              .arg(AuthenticationMethods::labels(unknown));
        finding.details = tr("No authenticationMethodConfiguration in the reply governs these "
                             "methods, so whether SSPR may use them could not be confirmed. %1")
                              .arg(migrationNote);
        finding.remediation = { enableText.arg(AuthenticationMethods::labels(unknown)),
            Actor::Admin, DocLinks::enableSspr() };
        return finding;
    }
    finding.status = Status::Pass;
    finding.summary = allowed.isEmpty()
        ? tr("No SSPR method is registered, so the policy blocks none (see Registered "
             "authentication methods).")
        : tr("The policy allows the user's SSPR methods: %1.")
              .arg(AuthenticationMethods::labels(allowed));
    finding.details = tr("Every method the user registered for password reset is enabled in "
                         "the authentication methods policy. %1")
                          .arg(migrationNote)
        + groupNote;
    if (!unknown.isEmpty())
        finding.details += QLatin1Char(' ')
            + tr("Not in the policy reply: %1.").arg(AuthenticationMethods::labels(unknown));
    finding.remediation
        = { tr("Nothing to change in the policy."), Actor::Nobody, DocLinks::enableSspr() };
    return finding;
}

} // namespace sspr::checks
