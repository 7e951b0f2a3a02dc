#include "core/checks/TenantSyncCheck.h"

#include "core/checks/DocLinksExtra.h"
#include "core/checks/GraphEvidence.h"
#include "core/checks/RequestTemplate.h"

#include <QDateTime>
#include <QJsonArray>

namespace sspr::checks {

namespace {

constexpr qint64 warnAfterSeconds = 3 * 3600; // sync normally runs every 30 minutes
constexpr qint64 failAfterSeconds = 24 * 3600;

// Entra Connect / Cloud Sync health lives on the writeback troubleshooting page (CHECKS.md).
QUrl troubleshootWriteback()
{
    return DocLinksExtra::troubleshootWriteback();
}

const QStringList fullReadScopes { QStringLiteral("Organization.Read.All"),
    QStringLiteral("Organization.ReadWrite.All"), QStringLiteral("Directory.Read.All"),
    QStringLiteral("Directory.ReadWrite.All") };

} // namespace

graph::GraphRequest TenantSyncCheck::request(const CheckContext &ctx)
{
    graph::GraphRequest request;
    request.key = key();
    request.relativeUrl = QStringLiteral(
        "/organization?$select=id,displayName,onPremisesSyncEnabled,onPremisesLastSyncDateTime");
    // CHECKS.md names User.Read, but Graph's "List organizations" says User.Read reads only id,
    // displayName and verifiedDomains (every other property comes back null): the sync fields
    // need Organization.Read.All. An end user can only send it with User.Read.
    request.requiredScope
        = ctx.selfMode ? QStringLiteral("User.Read") : QStringLiteral("Organization.Read.All");
    return request;
}

bool TenantSyncCheck::canReadSyncFields(const CheckContext &ctx)
{
    for (const QString &scope : fullReadScopes) {
        if (ctx.grantedScopes.contains(scope, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString TenantSyncCheck::title() const
{
    return tr("Directory synchronisation");
}

QList<graph::GraphRequest> TenantSyncCheck::requests(const CheckContext &ctx) const
{
    return { request(ctx) };
}

Finding TenantSyncCheck::evaluate(const Evidence &evidence, const CheckContext &ctx) const
{
    const graph::GraphRequest sent = RequestTemplate::expand(request(ctx), ctx);
    const graph::GraphResponse *response = evidence.response(key());
    // Every member can list the organization; no directory role is needed.
    if (auto finding = CheckSupport::unusable(
            *this, ctx, sent, response, { QString(), QString(), troubleshootWriteback() }))
        return *finding;
    const QJsonValue value = response->body.value(QLatin1String("value"));
    const QJsonArray orgs = value.toArray();
    if (!value.isArray() || orgs.isEmpty() || !orgs.first().isObject())
        return CheckSupport::missingField(*this, ctx, sent, *response, QStringLiteral("value"),
            { GraphEvidence::field(response->body, QStringLiteral("value")) });
    return judge(orgs.first().toObject(), sent, *response, ctx);
}

Finding TenantSyncCheck::judge(const QJsonObject &org, const graph::GraphRequest &sent,
    const graph::GraphResponse &response, const CheckContext &ctx) const
{
    const QList<EvidenceField> fields { GraphEvidence::field(org, QStringLiteral("id")),
        GraphEvidence::field(org, QStringLiteral("onPremisesSyncEnabled")),
        GraphEvidence::field(org, QStringLiteral("onPremisesLastSyncDateTime")) };
    const QJsonValue enabled = org.value(QLatin1String("onPremisesSyncEnabled"));
    const QJsonValue last = org.value(QLatin1String("onPremisesLastSyncDateTime"));
    if (!enabled.isBool() && !enabled.isNull())
        return CheckSupport::missingField(
            *this, ctx, sent, response, QStringLiteral("onPremisesSyncEnabled"), fields);

    Finding finding = CheckSupport::begin(*this, ctx);
    finding.evidence << GraphEvidence::item(sent, &response, fields);
    const bool neverSynced = enabled.isNull() && (last.isNull() || last.isUndefined());

    if (neverSynced && !canReadSyncFields(ctx)) {
        // With User.Read alone Graph nulls these fields: null proves nothing.
        finding.status = Status::Skipped;
        finding.summary = tr("Skipped: reading the tenant's sync state needs "
                             "Organization.Read.All.");
        finding.details = tr("Graph answered with onPremisesSyncEnabled and "
                             "onPremisesLastSyncDateTime null. With only User.Read Graph returns "
                             "null for every organization property except id, displayName and "
                             "verifiedDomains, so this does not show the tenant is cloud-only.");
        finding.remediation = { ctx.selfMode
                ? tr("Ask your IT help desk whether the directory sync (Microsoft Entra "
                     "Connect or Cloud Sync) is healthy.")
                : tr("Consent Organization.Read.All for SSPR Doctor and run the checks again."),
            ctx.selfMode ? Actor::User : Actor::Admin, troubleshootWriteback() };
        return finding;
    }
    if (enabled.isNull() || !enabled.toBool()) {
        finding.status = Status::Pass;
        finding.summary = enabled.isNull()
            ? tr("Cloud-only tenant: nothing is synchronised from on-premises.")
            : tr("Directory sync is turned off for this tenant.");
        finding.details = enabled.isNull()
            ? tr("onPremisesSyncEnabled is null: the tenant was never synchronised from an "
                 "on-premises directory, so sync delays cannot explain the error.")
            : tr("onPremisesSyncEnabled is false: the tenant was synchronised once but no longer "
                 "is. Accounts that came from on-premises are now managed in the cloud.");
        finding.remediation
            = { tr("Nothing to do for directory sync."), Actor::Nobody, troubleshootWriteback() };
        return finding;
    }

    const QDateTime lastSync = QDateTime::fromString(last.toString(), Qt::ISODateWithMs);
    if (!lastSync.isValid())
        return CheckSupport::missingField(
            *this, ctx, sent, response, QStringLiteral("onPremisesLastSyncDateTime"), fields);
    const qint64 age = lastSync.secsTo(ctx.now);
    const qint64 hours = qMax<qint64>(0, age / 3600);
    const qint64 minutes = qMax<qint64>(0, age / 60);
    const QString when = lastSync.toUTC().toString(Qt::ISODate);
    const QString why = tr("Synced accounts get their password state, lock-out and new changes "
                           "from on-premises Active Directory through this sync; password "
                           "writeback uses the same Entra Connect / Cloud Sync agent, so a "
                           "stalled sync often comes with writeback failures (AADSTS120012, "
                           "120013).");
    const QString fix = tr("On the Microsoft Entra Connect server, check the sync service and "
                           "the Synchronization Service Manager for errors (or the Cloud Sync "
                           "agent status in the admin center), then run a sync cycle.");
    if (age >= failAfterSeconds) {
        finding.status = Status::Fail;
        finding.summary = tr("The last directory sync was %n hour(s) ago.", nullptr, int(hours));
        finding.details = tr("onPremisesSyncEnabled is true and onPremisesLastSyncDateTime is %1, "
                             "more than 24 hours ago; sync normally runs every 30 minutes.")
                              .arg(when)
            + QLatin1Char(' ') + why;
        finding.remediation = { fix, Actor::Admin, troubleshootWriteback() };
        return finding;
    }
    if (age >= warnAfterSeconds) {
        finding.status = Status::Warning;
        finding.summary = tr("The last directory sync was %n hour(s) ago.", nullptr, int(hours));
        finding.details = tr("onPremisesSyncEnabled is true and onPremisesLastSyncDateTime is %1, "
                             "more than 3 hours ago; sync normally runs every 30 minutes.")
                              .arg(when)
            + QLatin1Char(' ') + why;
        finding.remediation = { fix, Actor::Admin, troubleshootWriteback() };
        return finding;
    }
    finding.status = Status::Pass;
    finding.summary
        = tr("Directory sync is current: last run %n minute(s) ago.", nullptr, int(minutes));
    finding.details
        = tr("onPremisesSyncEnabled is true and onPremisesLastSyncDateTime is %1.").arg(when);
    finding.remediation
        = { tr("Nothing to do for directory sync."), Actor::Nobody, troubleshootWriteback() };
    return finding;
}

} // namespace sspr::checks
