#include "core/bulk/TenantFacts.h"

#include "core/checks/MethodsPolicyCheck.h"
#include "core/checks/TenantLicenseCheck.h"
#include "core/checks/TenantSyncCheck.h"
#include "core/checks/TenantWritebackCheck.h"
#include "core/checks/UserAccountCheck.h"
#include "core/report/ReportText.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sspr::bulk {

using checks::Status;

namespace {

// The authentication method object Graph lists for a methodsRegistered value, so that
// tenant.methods-policy (which classifies /authentication/methods entries) can judge it.
QJsonObject methodObject(const QString &registered)
{
    const auto typed = [](const char *type) {
        return QJsonObject { { QStringLiteral("@odata.type"),
            QString(QStringLiteral("#microsoft.graph.") + QLatin1String(type)) } };
    };
    if (registered == QLatin1String("microsoftAuthenticatorPush"))
        return typed("microsoftAuthenticatorAuthenticationMethod");
    if (registered == QLatin1String("softwareOneTimePasscode"))
        return typed("softwareOathAuthenticationMethod");
    if (registered == QLatin1String("hardwareOneTimePasscode"))
        return typed("hardwareOathAuthenticationMethod");
    if (registered == QLatin1String("email"))
        return typed("emailAuthenticationMethod");
    QJsonObject phone = typed("phoneAuthenticationMethod");
    phone.insert(QStringLiteral("phoneType"),
        registered == QLatin1String("officePhone") ? QStringLiteral("office")
                                                   : QStringLiteral("mobile"));
    return phone;
}

graph::GraphResponse syntheticReply(const QString &key, const QJsonObject &body)
{
    graph::GraphResponse response;
    response.key = key;
    response.httpStatus = 200;
    response.body = body;
    return response;
}

// The "user" record of a representative user: synced (true) or cloud-only (null).
checks::Evidence withUser(checks::Evidence evidence, bool synced)
{
    const QJsonObject user { { QStringLiteral("id"), QStringLiteral("bulk") },
        { QStringLiteral("userPrincipalName"), TenantAssessment::tr("Every synced user") },
        { QStringLiteral("onPremisesSyncEnabled"), synced ? QJsonValue(true) : QJsonValue() } };
    evidence.graph.insert(
        checks::UserAccountCheck::key(), syntheticReply(checks::UserAccountCheck::key(), user));
    return evidence;
}

checks::Finding custom(const checks::Check &check, Status status, const QString &summary)
{
    checks::Finding finding;
    finding.checkId = check.id();
    finding.title = check.title();
    finding.status = status;
    finding.summary = summary;
    return finding;
}

} // namespace

const QStringList &TenantFacts::policyMethods()
{
    // The SSPR-usable methodsRegistered values (RegistrationRecord::ssprUsableMethods) that an
    // authentication method configuration governs; security questions are legacy-policy only.
    static const QStringList methods { QStringLiteral("microsoftAuthenticatorPush"),
        QStringLiteral("softwareOneTimePasscode"), QStringLiteral("hardwareOneTimePasscode"),
        QStringLiteral("email"), QStringLiteral("mobilePhone"), QStringLiteral("officePhone") };
    return methods;
}

int TenantFacts::policySet(const QStringList &methods)
{
    int set = 0;
    const QStringList &all = policyMethods();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (methods.contains(all.at(i), Qt::CaseInsensitive))
            set |= 1 << i;
    }
    return set;
}

QList<graph::GraphRequest> TenantAssessment::requests(const checks::CheckContext &ctx)
{
    return { checks::MethodsPolicyCheck::request(), checks::TenantSyncCheck::request(ctx),
        checks::TenantWritebackCheck::syncRequest(), checks::TenantLicenseCheck::skusRequest() };
}

TenantAssessment TenantAssessment::derive(
    const checks::Evidence &evidence, const checks::CheckContext &ctx)
{
    TenantAssessment out;

    // Directory sync: trusted only where tenant.sync itself judged the value.
    const checks::TenantSyncCheck syncCheck;
    const checks::Finding sync = syncCheck.evaluate(evidence, ctx);
    out.findings << sync;
    if (const graph::GraphResponse *org = evidence.response(checks::TenantSyncCheck::key());
        org && org->ok()) {
        const QJsonObject first
            = org->body.value(QLatin1String("value")).toArray().first().toObject();
        out.facts.tenantId = first.value(QLatin1String("id")).toString();
        if (sync.status != Status::Skipped && sync.status != Status::Error)
            out.facts.synced = first.value(QLatin1String("onPremisesSyncEnabled")).toBool(false);
    }

    // Writeback, as tenant.writeback judges it for a synced user (the admin's answer decides).
    const checks::TenantWritebackCheck writebackCheck;
    checks::Finding writeback = writebackCheck.evaluate(withUser(evidence, true), ctx);
    out.facts.writeback = writeback.status == Status::Pass ? Writeback::On
        : writeback.status == Status::Fail                 ? Writeback::Off
                                                           : Writeback::Unknown;
    writeback.title = tr("Password writeback (synced users)");
    // The check speaks of one user ("X is synced and ..."); here it stands for all of them.
    if (writeback.status == Status::Pass)
        writeback.summary = tr("Password writeback is on for users synced from on-premises.");
    else if (writeback.status == Status::Fail)
        writeback.summary = tr("Password writeback is off: users synced from on-premises "
                               "cannot reset their password.");
    else if (writeback.status == Status::Warning)
        writeback.summary = tr("Whether password writeback works for users synced from "
                               "on-premises is unknown: scan with --answer writeback=yes or no.");
    if (out.facts.synced == false) // a cloud-only tenant: nobody's reset is written back
        writeback = custom(writebackCheck, Status::Pass,
            tr("Not involved: nothing is synchronised from on-premises."));
    out.findings << writeback;

    // Methods policy: tenant.methods-policy on every combination of governed methods.
    const checks::MethodsPolicyCheck policyCheck;
    const QStringList &methods = TenantFacts::policyMethods();
    QStringList blocked;
    std::optional<checks::Finding> unusable;
    for (int set = 1; set < (1 << methods.size()); ++set) {
        QJsonArray value;
        for (qsizetype i = 0; i < methods.size(); ++i) {
            if (set & (1 << i))
                value.append(methodObject(methods.at(i)));
        }
        checks::Evidence withMethods = evidence;
        withMethods.graph.insert(QStringLiteral("authMethods"),
            syntheticReply(QStringLiteral("authMethods"), { { QStringLiteral("value"), value } }));
        const checks::Finding finding = policyCheck.evaluate(withMethods, ctx);
        out.facts.policyBySet.insert(set, finding.status);
        if (finding.status == Status::Skipped || finding.status == Status::Error)
            unusable = finding;
        for (qsizetype i = 0; i < methods.size(); ++i) {
            if (set == (1 << i) && finding.status == Status::Fail)
                blocked << methods.at(i);
        }
    }
    if (unusable)
        out.findings << *unusable;
    else if (blocked.isEmpty())
        out.findings << custom(policyCheck, Status::Pass,
            tr("The policy allows every method SSPR can use that it governs."));
    else
        out.findings << custom(policyCheck,
            blocked.size() == methods.size() ? Status::Fail : Status::Warning,
            tr("The policy disables for SSPR: %1. Users whose only methods these are fail.")
                .arg(blocked.join(QStringLiteral(", "))));

    // Licences: tenant.license for a cloud-only and for a synced user; a fail at tenant level
    // comes before the user's own licences are read, which a bulk scan does not do.
    const checks::TenantLicenseCheck licenceCheck;
    const checks::Finding cloud = licenceCheck.evaluate(withUser(evidence, false), ctx);
    const checks::Finding synced = licenceCheck.evaluate(withUser(evidence, true), ctx);
    const graph::GraphResponse *skus = evidence.response(checks::TenantLicenseCheck::skusKey());
    const bool skusRead = skus && skus->ok();
    out.facts.licenceFailsCloudOnly = skusRead && cloud.status == Status::Fail;
    out.facts.licenceFailsSynced = skusRead && synced.status == Status::Fail;
    if (!skusRead || out.facts.licenceFailsCloudOnly || cloud.status == Status::Warning)
        out.findings << cloud;
    else if (out.facts.licenceFailsSynced)
        out.findings << synced;
    else
        out.findings << custom(licenceCheck, Status::Pass,
            tr("The tenant's subscriptions cover SSPR (each user's own licence is not checked "
               "in a bulk scan)."));
    return out;
}

QStringList TenantAssessment::summaryLines() const
{
    QStringList lines;
    for (const checks::Finding &finding : findings)
        lines << tr("[%1] %2: %3")
                     .arg(report::ReportText::statusWord(finding.status), finding.title,
                         finding.summary);
    return lines;
}

QStringList TenantAssessment::incompleteFacts() const
{
    QStringList titles;
    for (const checks::Finding &finding : findings) {
        if (finding.status == Status::Error || finding.status == Status::Skipped)
            titles << finding.title;
    }
    return titles;
}

} // namespace sspr::bulk
