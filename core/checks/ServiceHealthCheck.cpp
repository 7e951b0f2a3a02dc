#include "core/checks/ServiceHealthCheck.h"

#include "core/checks/GraphEvidence.h"

#include <QJsonArray>
#include <QStringList>

namespace sspr::checks {

namespace {

const QString healthKey = QStringLiteral("health");

bool isIdentityServiceName(const QString &service)
{
    // The docs' example calls it "Identity Service"; the admin center now says "Microsoft Entra".
    static const QStringList names { QStringLiteral("Identity Service"),
        QStringLiteral("Microsoft Entra"), QStringLiteral("Microsoft Entra ID") };
    return names.contains(service.trimmed(), Qt::CaseInsensitive);
}

QJsonObject findIdentityService(const QJsonArray &services)
{
    for (const QJsonValue &value : services) {
        const QJsonObject service = value.toObject();
        if (service.value(QLatin1String("id"))
                .toString()
                .compare(QLatin1String("OrgLiveID"), Qt::CaseInsensitive)
            == 0)
            return service;
    }
    for (const QJsonValue &value : services) {
        const QJsonObject service = value.toObject();
        if (isIdentityServiceName(service.value(QLatin1String("service")).toString()))
            return service;
    }
    return {};
}

// serviceHealthStatus values that mean "broken now" (the docs list them camelCase; real
// replies use PascalCase, so compare case-insensitively).
bool isFailingStatus(const QString &status)
{
    static const QStringList failing { QStringLiteral("serviceDegradation"),
        QStringLiteral("serviceInterruption"), QStringLiteral("restoringService"),
        QStringLiteral("extendedRecovery"), QStringLiteral("investigating") };
    return failing.contains(status, Qt::CaseInsensitive);
}

bool touchesSsprOrSignIn(const QJsonObject &issue)
{
    static const QStringList words { QStringLiteral("sign-in"), QStringLiteral("sign in"),
        QStringLiteral("signin"), QStringLiteral("log in"), QStringLiteral("login"),
        QStringLiteral("password"), QStringLiteral("sspr"), QStringLiteral("self-service"),
        QStringLiteral("authentication"), QStringLiteral("mfa"), QStringLiteral("multifactor") };
    QString text;
    for (const char *field : { "title", "impactDescription", "feature", "featureGroup" })
        text += issue.value(QLatin1String(field)).toString() + QLatin1Char(' ');
    for (const QString &word : words) {
        if (text.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isResolved(const QJsonObject &issue)
{
    // An issue without isResolved cannot be shown to be over: treat it as open.
    return issue.value(QLatin1String("isResolved")).toBool(false);
}

QString issueLine(const QJsonObject &issue)
{
    return QStringLiteral("%1 (%2, %3): %4")
        .arg(issue.value(QLatin1String("id")).toString(),
            issue.value(QLatin1String("classification")).toString(),
            issue.value(QLatin1String("status")).toString(),
            issue.value(QLatin1String("title")).toString());
}

} // namespace

graph::GraphRequest ServiceHealthCheck::request()
{
    graph::GraphRequest request;
    request.key = healthKey;
    request.relativeUrl
        = QStringLiteral("/admin/serviceAnnouncement/healthOverviews?$expand=issues");
    request.requiredScope = QStringLiteral("ServiceHealth.Read.All");
    // The list is paged (100 services a page); follow pages so the identity service is never
    // missed on a large subscription.
    request.followNextLink = true;
    return request;
}

QString ServiceHealthCheck::title() const
{
    return tr("Microsoft service health");
}

QList<graph::GraphRequest> ServiceHealthCheck::requests(const CheckContext &ctx) const
{
    // An end user holds no admin role: the call could only answer 403.
    if (ctx.selfMode)
        return {};
    return { request() };
}

AccessNeeds ServiceHealthCheck::needs()
{
    // CHECKS.md names Global Reader and Service Support Administrator; "How to check Microsoft
    // 365 service health" adds Helpdesk Administrator and Global Administrator.

    return { CheckSupport::alternatives({ tr("Global Reader"), tr("Service Support Administrator"),
                 tr("Helpdesk Administrator"), tr("Global Administrator") }),
        QString(), DocLinks::serviceHealth() };
}

Finding ServiceHealthCheck::evaluate(const Evidence &evidence, const CheckContext &ctx) const
{
    if (ctx.selfMode)
        return selfMode(ctx);
    const graph::GraphRequest sent = request();
    const graph::GraphResponse *response = evidence.response(healthKey);
    if (auto finding = CheckSupport::unusable(*this, ctx, sent, response, needs()))
        return *finding;

    const QJsonValue services = response->body.value(QLatin1String("value"));
    if (!services.isArray())
        return CheckSupport::missingField(*this, ctx, sent, *response, QStringLiteral("value"),
            { GraphEvidence::field(response->body, QStringLiteral("value")) });
    const QJsonObject identity = findIdentityService(services.toArray());
    if (identity.isEmpty()) {
        QStringList seen;
        for (const QJsonValue &value : services.toArray())
            seen << value.toObject().value(QLatin1String("id")).toString();
        Finding finding = CheckSupport::begin(*this, ctx);
        finding.status = Status::Error;
        finding.summary = tr("The identity service (Microsoft Entra) is missing from the "
                             "service health reply.");
        finding.details = tr("Graph listed %n service(s) but none with the id \"OrgLiveID\" or "
                             "the name \"Microsoft Entra\" / \"Identity Service\", so its health "
                             "is unknown. Look at Health > Service health in the Microsoft 365 "
                             "admin center.",
            nullptr, seen.size());
        finding.evidence << GraphEvidence::item(
            sent, response, { { QStringLiteral("value[].id"), seen.join(QStringLiteral(", ")) } });
        finding.remediation = { tr("Check Health > Service health in the Microsoft 365 admin "
                                   "center for Microsoft Entra."),
            Actor::Admin, DocLinks::serviceHealth() };
        return finding;
    }
    return judge(identity, *response, ctx);
}

Finding ServiceHealthCheck::judge(const QJsonObject &identity, const graph::GraphResponse &response,
    const CheckContext &ctx) const
{
    const graph::GraphRequest sent = request();
    const QString name = identity.value(QLatin1String("service")).toString();
    const QString status = identity.value(QLatin1String("status")).toString();
    QList<EvidenceField> fields { GraphEvidence::field(identity, QStringLiteral("id")),
        GraphEvidence::field(identity, QStringLiteral("service")),
        GraphEvidence::field(identity, QStringLiteral("status")) };
    if (status.isEmpty())
        return CheckSupport::missingField(
            *this, ctx, sent, response, QStringLiteral("status"), fields);
    const QJsonValue issuesValue = identity.value(QLatin1String("issues"));
    if (!issuesValue.isArray())
        return CheckSupport::missingField(*this, ctx, sent, response, QStringLiteral("issues"),
            fields << GraphEvidence::field(identity, QStringLiteral("issues")));

    QList<QJsonObject> incidents, related, unrelated;
    for (const QJsonValue &value : issuesValue.toArray()) {
        const QJsonObject issue = value.toObject();
        if (isResolved(issue))
            continue;
        const QString classification = issue.value(QLatin1String("classification")).toString();
        if (classification.compare(QLatin1String("incident"), Qt::CaseInsensitive) == 0)
            incidents << issue;
        else if (touchesSsprOrSignIn(issue))
            related << issue;
        else
            unrelated << issue;
    }
    fields << EvidenceField { tr("open issues"),
        QString::number(incidents.size() + related.size() + unrelated.size()) };
    QStringList lines;
    for (const auto *list : { &incidents, &related, &unrelated }) {
        for (const QJsonObject &issue : *list) {
            fields << EvidenceField {
                QStringLiteral("issues[%1]").arg(issue.value(QLatin1String("id")).toString()),
                issueLine(issue)
            };
            lines << issueLine(issue);
        }
    }
    const QString display = name.isEmpty() ? tr("Microsoft Entra") : name;

    Finding finding = CheckSupport::begin(*this, ctx);
    finding.evidence << GraphEvidence::item(sent, &response, fields);
    if (!incidents.isEmpty() || isFailingStatus(status)) {
        finding.status = Status::Fail;
        finding.summary = !incidents.isEmpty()
            ? tr("Microsoft reports an open incident on %1: %2")
                  .arg(display, incidents.first().value(QLatin1String("title")).toString())
            : tr("Microsoft reports %1 as \"%2\".").arg(display, status);
        finding.details = tr("The identity service's status is \"%1\". AADSTS120021 and the "
                             "other 1200xx errors come from Microsoft's password reset service; "
                             "while Microsoft reports a problem there, resets can fail however "
                             "the tenant is set up.")
                              .arg(status);
        if (!lines.isEmpty())
            finding.details
                += QLatin1Char(' ') + tr("Open issues: %1.").arg(lines.join(QStringLiteral("; ")));
        const QString issueId = !incidents.isEmpty()
            ? incidents.first().value(QLatin1String("id")).toString()
            : QString();
        finding.remediation
            = { issueId.isEmpty() ? tr("Wait for Microsoft to restore the service (Health > "
                                       "Service health in the Microsoft 365 admin center), "
                                       "then ask the user to try again.")
                                  : tr("Follow issue %1 under Health > Service health in the "
                                       "Microsoft 365 admin center and ask the user to try "
                                       "again once Microsoft marks it resolved.")
                                        .arg(issueId),
                  Actor::Microsoft, DocLinks::serviceHealth() };
        return finding;
    }
    if (!related.isEmpty() || !unrelated.isEmpty()) {
        finding.status = Status::Warning;
        finding.summary = !related.isEmpty()
            ? tr("Open advisory on %1 about sign-in or passwords: %2")
                  .arg(display, related.first().value(QLatin1String("title")).toString())
            : tr("Open advisory on %1 (not about sign-in or passwords): %2")
                  .arg(display, unrelated.first().value(QLatin1String("title")).toString());
        finding.details = tr("The service is up (status \"%1\") but Microsoft has an open "
                             "advisory: some users can be affected, often intermittently. Open "
                             "issues: %2.")
                              .arg(status, lines.join(QStringLiteral("; ")));
        finding.remediation = { tr("Read the advisory under Health > Service health in the "
                                   "Microsoft 365 admin center; if it matches the user's "
                                   "symptoms, wait for Microsoft's fix or use its workaround."),
            Actor::Microsoft, DocLinks::serviceHealth() };
        return finding;
    }
    if (status.compare(QLatin1String("serviceOperational"), Qt::CaseInsensitive) != 0) {
        finding.status = Status::Warning;
        finding.summary = tr("%1 reports \"%2\" with no open issue.").arg(display, status);
        finding.details = tr("The identity service is not reported as operational but no issue "
                             "is open (for example just restored). If the user hit the error "
                             "during a recent incident, a retry is likely to work now.");
        finding.remediation = { tr("Ask the user to try again; check Health > Service health "
                                   "for the issue history."),
            Actor::User, DocLinks::serviceHealth() };
        return finding;
    }
    finding.status = Status::Pass;
    finding.summary = tr("%1 is operational with no open issues.").arg(display);
    finding.details = tr("Microsoft reports the identity service as operational with no open "
                         "incident or advisory, so the error is unlikely to be a Microsoft "
                         "outage.");
    finding.remediation = { tr("Nothing to do here: look at the other checks."), Actor::Nobody,
        DocLinks::serviceHealth() };
    return finding;
}

Finding ServiceHealthCheck::selfMode(const CheckContext &ctx) const
{
    Finding finding = CheckSupport::notSent(*this, ctx, request(), tr("no: needs an admin role"));
    finding.summary = tr("Skipped: only admins can read tenant service health; see the public "
                         "status page.");
    finding.details = tr("Service health in Microsoft Graph needs ServiceHealth.Read.All and an "
                         "admin role such as Global Reader or Service Support Administrator. "
                         "Microsoft's public status page shows broad outages without signing "
                         "in; your IT admin sees issues for your organization under Health > "
                         "Service health (%1).")
                          .arg(DocLinks::serviceHealth().toString());
    finding.remediation = { tr("Open the Microsoft 365 status page to see whether Microsoft "
                               "reports an outage, and tell your IT help desk about the error."),
        Actor::User, DocLinks::publicStatusPage() };
    return finding;
}

} // namespace sspr::checks
