#include "core/checks/TenantWritebackCheck.h"

#include "core/checks/DocLinksExtra.h"
#include "core/checks/GraphEvidence.h"
#include "core/checks/GuidedQuestions.h"
#include "core/checks/RequestTemplate.h"
#include "core/checks/SsprAuditLog.h"
#include "core/checks/UserAccountCheck.h"

#include <QJsonArray>

namespace sspr::checks {

graph::GraphRequest TenantWritebackCheck::syncRequest()
{
    graph::GraphRequest request;
    request.key = syncKey();
    request.relativeUrl = QStringLiteral("/directory/onPremisesSynchronization");
    // Get onPremisesDirectorySynchronization: Global Administrator is the only role supported.
    request.requiredScope = QStringLiteral("OnPremDirectorySynchronization.Read.All");
    return request;
}

QString TenantWritebackCheck::title() const
{
    return tr("Password writeback");
}

QStringList TenantWritebackCheck::questionIds() const
{
    return { question::writeback };
}

QList<graph::GraphRequest> TenantWritebackCheck::requests(const CheckContext &ctx) const
{
    // The user's record is shared with user.account (same key and URL).
    QList<graph::GraphRequest> list { UserAccountCheck::request(ctx) };
    if (!ctx.selfMode)
        list << syncRequest() << SsprAuditLog::request(ctx);
    return list;
}

Finding TenantWritebackCheck::evaluate(const Evidence &evidence, const CheckContext &ctx) const
{
    const graph::GraphRequest userSent
        = RequestTemplate::expand(UserAccountCheck::request(ctx), ctx);
    const graph::GraphResponse *user = evidence.response(UserAccountCheck::key());
    const AccessNeeds userNeeds { QString(), QString(), DocLinksExtra::troubleshootWriteback() };
    if (auto finding = CheckSupport::unusable(*this, ctx, userSent, user, userNeeds))
        return *finding;
    const QJsonValue syncValue = user->body.value(QLatin1String("onPremisesSyncEnabled"));
    const EvidenceField syncField
        = GraphEvidence::field(user->body, QStringLiteral("onPremisesSyncEnabled"));
    // Selected but absent: the reply cannot show whether the user is synced.
    if (syncValue.isUndefined())
        return CheckSupport::missingField(
            *this, ctx, userSent, *user, QStringLiteral("onPremisesSyncEnabled"), { syncField });
    QString upn = user->body.value(QLatin1String("userPrincipalName")).toString();
    if (upn.isEmpty())
        upn = ctx.userKey;

    Finding finding = CheckSupport::begin(*this, ctx);
    finding.evidence << GraphEvidence::item(userSent, user, { syncField });
    // null means "never synced" (cloud-only); false means "was synced, no longer".
    if (!syncValue.toBool(false)) {
        finding.status = Status::Pass;
        finding.summary
            = tr("%1 is a cloud-only account: password writeback is not involved.").arg(upn);
        finding.details = tr("onPremisesSyncEnabled is %1, so the password lives in Microsoft "
                             "Entra ID and no on-premises directory has to accept it.")
                              .arg(syncField.second);
        finding.remediation = { tr("Nothing to do for writeback."), Actor::Nobody,
            DocLinksExtra::troubleshootWriteback() };
        return finding;
    }

    QStringList notes;
    // The directory flag, as reported ("isn't in use" per the docs: never decisive).
    const graph::GraphRequest syncSent = syncRequest();
    const graph::GraphResponse *sync = ctx.selfMode ? nullptr : evidence.response(syncKey());
    if (sync && sync->ok()) {
        const QJsonArray items = sync->body.value(QLatin1String("value")).toArray();
        const QJsonObject first = items.isEmpty() ? sync->body : items.first().toObject();
        const QJsonValue flag = first.value(QLatin1String("features"))
                                    .toObject()
                                    .value(QLatin1String("passwordWritebackEnabled"));
        const QString shown = GraphEvidence::display(flag);
        finding.evidence << GraphEvidence::item(
            syncSent, sync, { { QStringLiteral("features.passwordWritebackEnabled"), shown } });
        notes << tr("The directory reports features.passwordWritebackEnabled = %1; Microsoft "
                    "documents that property as not in use, so it is shown, not trusted.")
                     .arg(shown);
    } else if (sync && sync->error) {
        finding.evidence << GraphEvidence::item(syncSent, sync,
            { { QStringLiteral("error"), graph::GraphError::kindName(sync->error->kind) } });
        notes << (sync->error->kind == graph::GraphErrorKind::Forbidden
                ? tr("The directory synchronization settings were not readable (HTTP 403: only "
                     "a Global Administrator may read them, with "
                     "OnPremDirectorySynchronization.Read.All); the admin's answer stands in.")
                : tr("The directory synchronization settings could not be read (%1).")
                      .arg(sync->error->describe()));
    }

    // SSPR audit failures that name on-premises writeback.
    const graph::GraphRequest auditSent = RequestTemplate::expand(SsprAuditLog::request(ctx), ctx);
    const graph::GraphResponse *audit
        = ctx.selfMode ? nullptr : evidence.response(SsprAuditLog::key());
    QStringList onPremFailures;
    bool auditRead = false; // only a log actually read can vouch for "no on-premises failure"
    if (audit && audit->ok()) {
        QString missing;
        if (const auto events = SsprAuditLog::events(audit->body, &missing)) {
            auditRead = true;
            for (const SsprAuditLog::Event &event : *events) {
                if (SsprAuditLog::namesOnPremises(event))
                    onPremFailures << SsprAuditLog::line(event);
            }
            finding.evidence << GraphEvidence::item(auditSent, audit,
                { { QStringLiteral("on-premises failures"),
                    QString::number(onPremFailures.size()) } });
        } else {
            notes << tr("The SSPR audit reply lacks %1, so it was not used.").arg(missing);
        }
    } else if (audit && audit->error) {
        finding.evidence << GraphEvidence::item(auditSent, audit,
            { { QStringLiteral("error"), graph::GraphError::kindName(audit->error->kind) } });
        notes << tr("The SSPR audit log could not be read (%1).").arg(audit->error->describe());
    } else if (!ctx.selfMode && !audit) {
        notes << tr("The SSPR audit log was not read (not requested or no reply).");
    }

    const QString answer = evidence.answers.value(question::writeback).trimmed().toLower();
    finding.evidence << EvidenceItem { QStringLiteral("question:") + question::writeback, 0,
        QString(), { { question::writeback, answer.isEmpty() ? tr("(not answered)") : answer } } };
    const QString noteText = notes.isEmpty() ? QString() : QLatin1Char(' ') + notes.join(u' ');
    const QString synced = tr("%1 is synced from on-premises Active Directory, so SSPR must write "
                              "the new password back there.")
                               .arg(upn);

    if (!onPremFailures.isEmpty()) {
        finding.status = Status::Fail;
        finding.summary
            = tr("SSPR failed on the on-premises side for %1: writeback is broken.").arg(upn);
        finding.details = synced + QLatin1Char(' ')
            + tr("The SSPR audit log shows failures naming on-premises writeback (the "
                 "120012/120013/120014 shape): %1.")
                  .arg(onPremFailures.join(QStringLiteral("; ")))
            + noteText;
        finding.remediation = { tr("On the Entra Connect / Cloud Sync server, check the "
                                   "PasswordResetService and ADSync events (31xxx-33xxx), the "
                                   "connector account's Reset password permission and outbound "
                                   "443 to *.servicebus.windows.net; restart or toggle "
                                   "writeback."),
            Actor::Admin, DocLinksExtra::troubleshootWriteback() };
        return finding;
    }
    if (answer == QLatin1String("no")) {
        finding.status = Status::Fail;
        finding.summary = tr("%1 is synced and password writeback is off.").arg(upn);
        finding.details = synced + QLatin1Char(' ')
            + tr("The administrator answered that writeback is not enabled (or its service is "
                 "not healthy): resets and changes of this account cannot succeed (SSPR_0010, "
                 "AADSTS120012 shape).")
            + noteText;
        finding.remediation = { tr("Enable password writeback in Entra Connect (Optional "
                                   "features) or Cloud Sync, and turn on \"Write back passwords "
                                   "to your on-premises directory\" under Password reset > "
                                   "On-premises integration."),
            Actor::Admin, DocLinksExtra::enableWriteback() };
        return finding;
    }
    if (answer == QLatin1String("yes")) {
        finding.status = Status::Pass;
        finding.summary
            = tr("%1 is synced and the administrator confirmed writeback is enabled.").arg(upn);
        finding.details = synced + QLatin1Char(' ')
            + (auditRead
                    ? tr("Writeback was confirmed and the SSPR audit log shows no on-premises "
                         "failure.")
                    : tr("Writeback was confirmed by the administrator; the SSPR audit log could "
                         "not be searched for on-premises failures, so that part is unverified."))
            + noteText;
        finding.remediation = { tr("Nothing to do for writeback."), Actor::Nobody,
            DocLinksExtra::troubleshootWriteback() };
        return finding;
    }
    finding.status = Status::Warning;
    finding.summary = tr("%1 is synced; whether password writeback works is unknown.").arg(upn);
    finding.details = synced + QLatin1Char(' ')
        + tr("Microsoft Graph does not report the writeback state reliably, so an administrator "
             "has to confirm it (question \"Is password writeback enabled in Entra Connect / "
             "Cloud Sync, and is its service healthy?\").")
        + noteText;
    finding.remediation = { tr("Check Password reset > On-premises integration in the Microsoft "
                               "Entra admin center and the writeback service on the Entra "
                               "Connect server, then answer the writeback question."),
        Actor::Admin, DocLinksExtra::troubleshootWriteback() };
    return finding;
}

} // namespace sspr::checks
