#include "core/checks/UserSsprAuditCheck.h"

#include "core/checks/GraphEvidence.h"
#include "core/checks/RequestTemplate.h"

#include <QStringList>
#include <algorithm>

namespace sspr::checks {

namespace {

// Activity names from Microsoft's SSPR reporting page (howto-sspr-reporting).
const QString blocked = QStringLiteral("Blocked from self-service password reset");
const QString flowProgress = QStringLiteral("Self-service password reset flow activity progress");
const QStringList completions { QStringLiteral("Reset password (self-service)"),
    QStringLiteral("Change password (self-service)"),
    QStringLiteral("Unlock user account (self-service)") };

bool is(const SsprAuditLog::Event &event, const QString &activity)
{
    return event.activity.compare(activity, Qt::CaseInsensitive) == 0;
}

bool isAttempt(const SsprAuditLog::Event &event)
{
    return is(event, blocked) || is(event, flowProgress)
        || completions.contains(event.activity, Qt::CaseInsensitive);
}

bool isCompletionSuccess(const SsprAuditLog::Event &event)
{
    return completions.contains(event.activity, Qt::CaseInsensitive)
        && event.result.compare(QLatin1String("success"), Qt::CaseInsensitive) == 0;
}

// Evidence lists at most this many events: enough to see a pattern, short enough to read.
constexpr int maxListed = 10;

} // namespace

QString UserSsprAuditCheck::title() const
{
    return tr("SSPR audit events");
}

QList<graph::GraphRequest> UserSsprAuditCheck::requests(const CheckContext &ctx) const
{
    // The audit log needs a reader role that an end user does not hold.
    if (ctx.selfMode)
        return {};
    return { SsprAuditLog::request(ctx) };
}

Finding UserSsprAuditCheck::evaluate(const Evidence &evidence, const CheckContext &ctx) const
{
    if (ctx.selfMode)
        return selfMode(ctx);
    const graph::GraphRequest sent = RequestTemplate::expand(SsprAuditLog::request(ctx), ctx);
    const graph::GraphResponse *response = evidence.response(SsprAuditLog::key());
    if (auto finding = CheckSupport::unusable(*this, ctx, sent, response, SsprAuditLog::needs())) {
        if (finding->status == Status::Skipped && response && response->httpStatus == 403)
            finding->details += QLatin1Char(' ')
                + tr("Listing audit events needs Directory.Read.All as well as "
                     "AuditLog.Read.All.");
        return *finding;
    }
    QString missing;
    const auto events = SsprAuditLog::events(response->body, &missing);
    if (!events)
        return CheckSupport::missingField(*this, ctx, sent, *response, missing,
            { GraphEvidence::field(response->body, QStringLiteral("value")) });
    return judge(*events, sent, *response, ctx);
}

Finding UserSsprAuditCheck::judge(const QList<SsprAuditLog::Event> &events,
    const graph::GraphRequest &sent, const graph::GraphResponse &response,
    const CheckContext &ctx) const
{
    const int days = qMax(1, ctx.lookbackDays);
    QList<EvidenceField> fields;
    fields << EvidenceField { QStringLiteral("events"), QString::number(events.size()) };
    fields << EvidenceField { QStringLiteral("activityDateTime ge"),
        SsprAuditLog::windowStart(ctx).toString(Qt::ISODate) };
    for (int i = 0; i < events.size() && i < maxListed; ++i)
        fields << EvidenceField { QStringLiteral("event[%1]").arg(i),
            SsprAuditLog::line(events.at(i)) };

    // The event the pasted error names, found by correlation ID.
    QString highlight;
    if (!ctx.correlationId.trimmed().isEmpty()) {
        const QString cid = ctx.correlationId.trimmed();
        for (const SsprAuditLog::Event &event : events) {
            if (event.correlationId.compare(cid, Qt::CaseInsensitive) == 0) {
                fields.prepend(EvidenceField {
                    QStringLiteral("correlationId match"), SsprAuditLog::line(event) });
                highlight = tr("The event with the pasted correlation ID %1: %2.")
                                .arg(cid, SsprAuditLog::line(event));
                break;
            }
        }
        if (highlight.isEmpty())
            highlight = tr("No SSPR audit event of the window carries the pasted correlation ID "
                           "%1 (the attempt may have failed before SSPR logged it, or lies "
                           "outside the window).")
                            .arg(cid);
    }

    Finding finding = CheckSupport::begin(*this, ctx);
    finding.evidence << GraphEvidence::item(sent, &response, fields);
    auto withHighlight = [&highlight](const QString &text) {
        return highlight.isEmpty() ? text : text + QLatin1Char(' ') + highlight;
    };

    QList<SsprAuditLog::Event> attempts;
    for (const SsprAuditLog::Event &event : events) {
        if (isAttempt(event))
            attempts << event;
    }
    if (events.isEmpty() || attempts.isEmpty()) {
        finding.status = Status::Warning;
        finding.summary = events.isEmpty()
            ? tr("No SSPR audit events for this user in the last %n day(s).", nullptr, days)
            : tr("No SSPR reset or change attempt for this user in the last %n day(s).", nullptr,
                days);
        finding.details = withHighlight(
            tr("The audit log has %n SSPR event(s) for the user in the window but no "
               "reset, change or unlock attempt. Either the attempt never reached the SSPR "
               "service (network, browser, the sign-in screen), or SSPR reporting is not "
               "collecting data: SSPR audit data is collected only after an administrator has "
               "opened the SSPR reporting (Password reset > Audit logs) once.",
                nullptr, int(events.size())));
        finding.remediation = { tr("Open Password reset > Audit logs in the Microsoft Entra admin "
                                   "center once so SSPR events are collected, reproduce the "
                                   "error, and run the checks again."),
            Actor::Admin, DocLinks::ssprReporting() };
        return finding;
    }

    // Only what happened after the last completed reset/change/unlock still matters.
    QList<SsprAuditLog::Event> open;
    for (const SsprAuditLog::Event &event : attempts) {
        if (isCompletionSuccess(event))
            break;
        open << event;
    }
    QStringList problems;
    QString firstReason;
    for (const SsprAuditLog::Event &event : std::as_const(open)) {
        if (is(event, blocked) || SsprAuditLog::isFailure(event)) {
            problems << SsprAuditLog::line(event);
            if (firstReason.isEmpty())
                firstReason = event.reason.isEmpty() ? event.activity : event.reason;
        }
    }
    // A flow whose last progress step succeeded but that never completed: it stopped there.
    QString stoppedAt;
    const SsprAuditLog::Event *lastFlow = nullptr;
    for (const SsprAuditLog::Event &event : std::as_const(open)) {
        if (is(event, flowProgress)) {
            lastFlow = &event;
            break;
        }
    }
    if (lastFlow && !SsprAuditLog::isFailure(*lastFlow))
        stoppedAt = lastFlow->reason.isEmpty() ? tr("an unnamed step") : lastFlow->reason;

    if (!problems.isEmpty() || !stoppedAt.isEmpty()) {
        finding.status = Status::Fail;
        const bool wasBlocked = std::any_of(open.cbegin(), open.cend(),
            [](const SsprAuditLog::Event &e) { return is(e, blocked); });
        if (wasBlocked)
            finding.summary = tr("SSPR blocked the user: \"%1\".").arg(blocked);
        else if (!problems.isEmpty())
            finding.summary
                = tr("SSPR logged %n failed attempt(s): %1", nullptr, int(problems.size()))
                      .arg(firstReason);
        else
            finding.summary = tr("The last reset flow stopped at a step: %1").arg(stoppedAt);
        QStringList parts;
        if (!problems.isEmpty())
            parts << tr("Since the last completed reset, the SSPR service logged (newest first, "
                        "reasons verbatim): %1.")
                         .arg(problems.join(QStringLiteral("; ")));
        if (!stoppedAt.isEmpty())
            parts << tr("The newest \"%1\" event ends at \"%2\" and no completed reset follows "
                        "it: the user stopped there or the next step failed without a log "
                        "entry.")
                         .arg(flowProgress, stoppedAt);
        if (wasBlocked)
            parts << tr("SSPR blocks an account after too many attempts (for example 5 resets "
                        "or 5 phone verifications in an hour); the block lifts after 24 "
                        "hours.");
        finding.details = withHighlight(parts.join(QLatin1Char(' ')));
        finding.remediation = wasBlocked
            ? Remediation { tr("Wait 24 hours before the next attempt, or have an administrator "
                               "reset the password."),
                  Actor::User, DocLinks::troubleshootSspr() }
            : Remediation { tr("Read the reason above: it names the step that failed. Fix that "
                               "(method, policy, writeback) and let the user try again."),
                  Actor::Admin, DocLinks::ssprReporting() };
        return finding;
    }

    finding.status = Status::Pass;
    const SsprAuditLog::Event &last = attempts.first();
    finding.summary = tr("The last SSPR attempt succeeded: %1 at %2.")
                          .arg(last.activity, last.time.toUTC().toString(Qt::ISODate));
    finding.details = withHighlight(tr("The SSPR service logged %n attempt event(s) in the last "
                                       "%1 day(s); the newest completed successfully and no "
                                       "failure follows it.",
        nullptr, int(attempts.size()))
                                        .arg(days));
    finding.remediation
        = { tr("Nothing to do in the SSPR audit log."), Actor::Nobody, DocLinks::ssprReporting() };
    return finding;
}

Finding UserSsprAuditCheck::selfMode(const CheckContext &ctx) const
{
    Finding finding = CheckSupport::notSent(*this, ctx,
        RequestTemplate::expand(SsprAuditLog::request(ctx), ctx),
        tr("no: end users cannot read the audit log"));
    finding.summary = tr("Skipped: end users cannot read the SSPR audit log.");
    finding.details = tr("The audit log needs AuditLog.Read.All, Directory.Read.All and a reader "
                         "role (Reports Reader, Security Reader or Global Reader). An "
                         "administrator can run this check for you.");
    finding.remediation = { tr("Ask your IT department to run SSPR Doctor for your account."),
        Actor::User, DocLinks::ssprReporting() };
    return finding;
}

} // namespace sspr::checks
