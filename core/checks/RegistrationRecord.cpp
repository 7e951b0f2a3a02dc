#include "core/checks/RegistrationRecord.h"

#include "core/checks/GraphEvidence.h"
#include "core/checks/RequestTemplate.h"
#include "core/checks/UserAccountCheck.h"

#include <QJsonArray>

namespace sspr::checks {

graph::GraphRequest RegistrationRecord::request()
{
    graph::GraphRequest request;
    request.key = key();
    request.relativeUrl = QStringLiteral("/reports/authenticationMethods/userRegistrationDetails/")
        + RequestTemplate::userIdPlaceholder();
    request.requiredScope = QStringLiteral("AuditLog.Read.All");
    return request;
}

AccessNeeds RegistrationRecord::needs()
{
    // The least-privileged readers from "Authentication Methods Activity" (which also lists
    // admin roles such as Application Administrator that hold the same permission).

    return { CheckSupport::alternatives({ tr("Reports Reader"), tr("Security Reader"),
                 tr("Security Administrator"), tr("Global Reader") }),
        tr("a Microsoft Entra ID P1 or P2 licence (the registration report is a premium "
           "feature)"),
        DocLinks::ssprReporting() };
}

RegistrationRecord::Read RegistrationRecord::read(
    const Check &check, const Evidence &evidence, const CheckContext &ctx)
{
    Read read;
    read.sent = RequestTemplate::expand(request(), ctx);
    read.response = evidence.response(key());
    if (read.response && read.response->error
        && read.response->error->kind == graph::GraphErrorKind::NotFound) {
        read.unusable = notFound(check, evidence, ctx, read.sent, *read.response);
        return read;
    }
    read.unusable = CheckSupport::unusable(check, ctx, read.sent, read.response, needs());
    if (!read.unusable)
        read.record = GraphEvidence::resource(*read.response);
    return read;
}

Finding RegistrationRecord::notFound(const Check &check, const Evidence &evidence,
    const CheckContext &ctx, const graph::GraphRequest &sent, const graph::GraphResponse &response)
{
    Finding finding = CheckSupport::begin(check, ctx);
    finding.status = Status::Skipped;
    const QString disabled = disabledNote(evidence);
    const graph::GraphResponse *user = evidence.response(UserAccountCheck::key());
    const bool userUnresolved = user && user->error;
    if (userUnresolved) {
        finding.summary = tr("Skipped: the user could not be resolved, so there is no "
                             "registration record to read.");
        finding.details = tr("The user lookup failed (see Account state), so Graph had no object "
                             "id to look up in the registration report.");
    } else {
        finding.summary = tr("Skipped: the registration report has no record for this user.");
        finding.details = tr("Graph answered 404 for the user's registration details. The report "
                             "omits deleted users and can lag a few hours behind new accounts.");
        if (!disabled.isEmpty())
            finding.details += QLatin1Char(' ') + disabled;
    }
    if (response.error && !response.error->message.isEmpty())
        finding.details += QLatin1Char(' ')
            + (userUnresolved ? tr("Reason: %1").arg(response.error->message)
                              : tr("Graph said: \"%1\"").arg(response.error->message));
    QList<EvidenceField> fields;
    if (response.error && !response.error->code.isEmpty())
        fields << EvidenceField { QStringLiteral("error.code"), response.error->code };
    finding.evidence << GraphEvidence::item(sent, &response, fields);
    finding.remediation = { tr("Fix what Account state reports, then run the checks again."),
        Actor::Admin, DocLinks::troubleshootSspr() };
    return finding;
}

QString RegistrationRecord::disabledNote(const Evidence &evidence)
{
    const graph::GraphResponse *user = evidence.response(UserAccountCheck::key());
    if (!user || !user->ok())
        return {};
    const std::optional<bool> enabled
        = GraphEvidence::boolean(user->body, QStringLiteral("accountEnabled"));
    if (!enabled || *enabled)
        return {};
    return tr("The account is disabled, and the registration report does not work for disabled "
              "users: enable the account first (see Account state), then check again.");
}

QList<EvidenceField> RegistrationRecord::fields(const QJsonObject &record)
{
    QList<EvidenceField> fields;
    for (const char *name : { "id", "userPrincipalName", "isSsprRegistered", "isSsprEnabled",
             "isSsprCapable", "isAdmin", "methodsRegistered", "userType", "lastUpdatedDateTime" })
        fields << GraphEvidence::field(record, QLatin1String(name));
    return fields;
}

QString RegistrationRecord::userName(const QJsonObject &record, const CheckContext &ctx)
{
    const QString upn = record.value(QLatin1String("userPrincipalName")).toString();
    return upn.isEmpty() ? ctx.userKey : upn;
}

QStringList RegistrationRecord::ssprUsableMethods(const QJsonObject &record)
{
    static const QStringList usable { QStringLiteral("microsoftAuthenticatorPush"),
        QStringLiteral("softwareOneTimePasscode"), QStringLiteral("hardwareOneTimePasscode"),
        QStringLiteral("email"), QStringLiteral("mobilePhone"), QStringLiteral("officePhone"),
        QStringLiteral("securityQuestion") };
    QStringList found;
    for (const QJsonValue &value : record.value(QLatin1String("methodsRegistered")).toArray()) {
        const QString method = value.toString();
        if (usable.contains(method, Qt::CaseInsensitive))
            found << method;
    }
    return found;
}

} // namespace sspr::checks
