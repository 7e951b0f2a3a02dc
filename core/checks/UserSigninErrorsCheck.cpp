#include "core/checks/UserSigninErrorsCheck.h"

#include "core/auth/SecretRedaction.h"
#include "core/checks/DocLinksExtra.h"
#include "core/checks/GraphEvidence.h"
#include "core/checks/RequestTemplate.h"
#include "core/checks/SsprAuditLog.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

namespace sspr::checks {

namespace {

constexpr int maxListed = 10;

struct SignInRow {
    QString id;
    int code = 0;
    QString time;
    QString app;
    QString correlationId;
    QString reason;
};

QString rowLine(const SignInRow &row)
{
    return QStringLiteral("%1 | %2 | %3 | %4 | %5")
        .arg(row.time, QString::number(row.code), row.app, row.correlationId, row.reason);
}

// The sign-ins of a reply; nullopt with `missing` set when a field the verdict needs is absent.
std::optional<QList<SignInRow>> rows(const QJsonObject &body, QString *missing)
{
    const QJsonValue value = body.value(QLatin1String("value"));
    if (!value.isArray()) {
        *missing = QStringLiteral("value");
        return std::nullopt;
    }
    QList<SignInRow> out;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject o = item.toObject();
        const QJsonValue code
            = o.value(QLatin1String("status")).toObject().value(QLatin1String("errorCode"));
        if (!code.isDouble()) {
            *missing = QStringLiteral("status.errorCode");
            return std::nullopt;
        }
        SignInRow row;
        row.id = o.value(QLatin1String("id")).toString();
        row.code = code.toInt();
        row.time = o.value(QLatin1String("createdDateTime")).toString();
        row.app = o.value(QLatin1String("appDisplayName")).toString();
        row.correlationId = o.value(QLatin1String("correlationId")).toString();
        row.reason = auth::SecretRedaction::redact(o.value(QLatin1String("status"))
                                                       .toObject()
                                                       .value(QLatin1String("failureReason"))
                                                       .toString());
        out << row;
    }
    return out;
}

bool isSsprFamily(int code)
{
    return code >= 120000 && code <= 120099;
}

} // namespace

graph::GraphRequest UserSigninErrorsCheck::request(const CheckContext &ctx)
{
    graph::GraphRequest request;
    request.key = key();
    // signIn: userId and status/errorCode support only eq, createdDateTime ge/le, so the
    // 1200xx range is kept client-side rather than filtered by Graph.
    QString filter
        = QStringLiteral("userId eq '") + RequestTemplate::userIdPlaceholder() + QLatin1Char('\'');
    const QDateTime start = SsprAuditLog::windowStart(ctx);
    if (start.isValid())
        filter += QStringLiteral(" and createdDateTime ge ") + start.toString(Qt::ISODate);
    request.relativeUrl = QStringLiteral("/auditLogs/signIns?$filter=") + filter;
    request.requiredScope = QStringLiteral("AuditLog.Read.All");
    request.followNextLink = true; // up to 1,000 sign-ins a page
    request.maxPages = 10;
    return request;
}

std::optional<graph::GraphRequest> UserSigninErrorsCheck::correlationRequest(
    const CheckContext &ctx)
{
    // The pasted attempt may predate the window or be logged under another user object (a
    // guest, a typo in the user field): correlationId supports eq, so ask for it directly.
    const QUuid cid = QUuid::fromString(ctx.correlationId.trimmed());
    if (cid.isNull())
        return std::nullopt;
    graph::GraphRequest request;
    request.key = correlationKey();
    request.relativeUrl = QStringLiteral("/auditLogs/signIns?$filter=correlationId eq '")
        + cid.toString(QUuid::WithoutBraces) + QLatin1Char('\'');
    request.requiredScope = QStringLiteral("AuditLog.Read.All");
    request.followNextLink = true;
    request.maxPages = 2;
    return request;
}

QString UserSigninErrorsCheck::title() const
{
    return tr("Sign-in failures (AADSTS 1200xx)");
}

QList<graph::GraphRequest> UserSigninErrorsCheck::requests(const CheckContext &ctx) const
{
    if (ctx.selfMode)
        return {};
    QList<graph::GraphRequest> list { request(ctx) };
    if (const auto byCorrelation = correlationRequest(ctx))
        list << *byCorrelation;
    return list;
}

AccessNeeds UserSigninErrorsCheck::needs()
{
    return { CheckSupport::alternatives(
                 { tr("Reports Reader"), tr("Security Reader"), tr("Global Reader") }),
        tr("Microsoft Entra ID P1 or P2 (sign-in logs through Graph are a premium feature)"),
        DocLinksExtra::signInLogs() };
}

bool UserSigninErrorsCheck::isLicenceRefusal(const graph::GraphResponse &response)
{
    // Graph's answer for a tenant without P1/P2 (seen as 403 with this code and message).
    if (!response.error)
        return false;
    return response.error->code.compare(
               QLatin1String("Authentication_RequestFromNonPremiumTenantOrB2CTenant"),
               Qt::CaseInsensitive)
        == 0
        || response.error->message.contains(
            QLatin1String("doesn't have premium license"), Qt::CaseInsensitive);
}

Finding UserSigninErrorsCheck::evaluate(const Evidence &evidence, const CheckContext &ctx) const
{
    if (ctx.selfMode)
        return selfMode(ctx);
    const graph::GraphRequest sent = RequestTemplate::expand(request(ctx), ctx);
    const graph::GraphResponse *response = evidence.response(key());
    if (response && isLicenceRefusal(*response))
        return noLicence(sent, *response, ctx);
    if (auto finding = CheckSupport::unusable(*this, ctx, sent, response, needs()))
        return *finding;
    QString missing;
    auto list = rows(response->body, &missing);
    if (!list)
        return CheckSupport::missingField(*this, ctx, sent, *response, missing,
            { GraphEvidence::field(response->body, QStringLiteral("value")) });

    const int days = qMax(1, ctx.lookbackDays);
    const QString cid = ctx.correlationId.trimmed();
    QStringList notes;
    // Add the pasted correlation ID's sign-ins (may be outside the window or another user).
    const auto byCorrelation = correlationRequest(ctx);
    const graph::GraphResponse *correlated
        = byCorrelation ? evidence.response(correlationKey()) : nullptr;
    if (byCorrelation && correlated && correlated->ok()) {
        QString ignored;
        if (const auto extra = rows(correlated->body, &ignored)) {
            QSet<QString> ids;
            for (const SignInRow &row : std::as_const(*list))
                ids.insert(row.id);
            for (const SignInRow &row : *extra) {
                if (!ids.contains(row.id))
                    list->append(row);
            }
            if (extra->isEmpty())
                notes << tr("Graph has no sign-in with the pasted correlation ID %1.").arg(cid);
        }
    } else if (byCorrelation && correlated && correlated->error) {
        notes << tr("Looking up the pasted correlation ID failed: %1.")
                     .arg(correlated->error->describe());
    }

    QList<SignInRow> failures;
    const SignInRow *match = nullptr;
    for (const SignInRow &row : std::as_const(*list)) {
        if (isSsprFamily(row.code))
            failures << row;
        if (!cid.isEmpty() && !match && row.correlationId.compare(cid, Qt::CaseInsensitive) == 0)
            match = &row;
    }
    std::sort(failures.begin(), failures.end(),
        [](const SignInRow &a, const SignInRow &b) { return a.time > b.time; });

    QList<EvidenceField> fields;
    if (match)
        fields << EvidenceField { QStringLiteral("correlationId match"), rowLine(*match) };
    fields << EvidenceField { QStringLiteral("sign-ins"), QString::number(list->size()) };
    fields << EvidenceField { QStringLiteral("1200xx failures"), QString::number(failures.size()) };
    for (int i = 0; i < failures.size() && i < maxListed; ++i)
        fields << EvidenceField { QStringLiteral("failure[%1]").arg(i), rowLine(failures.at(i)) };
    if (!cid.isEmpty())
        notes << (match
                ? tr("The sign-in with the pasted correlation ID %1: %2.").arg(cid, rowLine(*match))
                : tr("No sign-in read carries the pasted correlation ID %1.").arg(cid));

    Finding finding = CheckSupport::begin(*this, ctx);
    finding.evidence << GraphEvidence::item(sent, response, fields);
    if (byCorrelation)
        finding.evidence << GraphEvidence::item(
            *byCorrelation, correlated, { { tr("reply"), correlated ? tr("read") : tr("none") } });
    const QString noteText = notes.isEmpty() ? QString() : QLatin1Char(' ') + notes.join(u' ');

    if (failures.isEmpty()) {
        finding.status = Status::Pass;
        finding.summary
            = tr("No AADSTS 1200xx sign-in failures in the last %n day(s).", nullptr, days);
        finding.details = tr("Graph listed %n sign-in(s) for the user in the window; none failed "
                             "with a password change or SSPR code (1200xx). Sign-in logs show "
                             "interactive sign-ins only.",
                              nullptr, int(list->size()))
            + noteText;
        finding.remediation = { tr("Nothing to do in the sign-in logs."), Actor::Nobody,
            DocLinksExtra::signInLogs() };
        return finding;
    }
    const SignInRow &newest = failures.first();
    const SignInRow &shown = match && isSsprFamily(match->code) ? *match : newest;
    finding.status = Status::Fail;
    finding.summary = (&shown == &newest
            ? tr("%n sign-in(s) failed with AADSTS 1200xx; latest AADSTS%1 in %2.", nullptr,
                int(failures.size()))
            : tr("%n sign-in(s) failed with AADSTS 1200xx; the pasted one is AADSTS%1 in %2.",
                nullptr, int(failures.size())))
                          .arg(QString::number(shown.code), shown.app);
    QStringList lines;
    for (int i = 0; i < failures.size() && i < maxListed; ++i)
        lines << rowLine(failures.at(i));
    finding.details = tr("Failed sign-ins (time | code | app | correlation ID | reason): %1.")
                          .arg(lines.join(QStringLiteral("; ")))
        + noteText + QLatin1Char(' ')
        + tr("Open https://login.microsoftonline.com/error?code=%1 for the code's meaning.")
              .arg(shown.code);
    finding.remediation = { tr("Follow the playbook for AADSTS%1 and give Microsoft support the "
                               "correlation ID and time above.")
                                .arg(shown.code),
        Actor::Admin, DocLinksExtra::signInLogs() };
    return finding;
}

Finding UserSigninErrorsCheck::noLicence(const graph::GraphRequest &sent,
    const graph::GraphResponse &response, const CheckContext &ctx) const
{
    Finding finding = CheckSupport::begin(*this, ctx);
    finding.status = Status::Skipped;
    finding.summary = tr("Skipped: the tenant has no Microsoft Entra ID P1 or P2 licence, which "
                         "Graph needs for sign-in logs.");
    finding.details = tr("Graph refused %1 with \"%2\". Reading sign-in logs through Microsoft "
                         "Graph needs Microsoft Entra ID P1 or P2 in the tenant; the sign-in "
                         "log is still visible in the Microsoft Entra admin center for 7 days.")
                          .arg(RequestTemplate::source(sent), response.error->message);
    QList<EvidenceField> fields { { QStringLiteral("error.code"), response.error->code },
        { QStringLiteral("error.message"), response.error->message } };
    finding.evidence << GraphEvidence::item(sent, &response, fields);
    finding.remediation = { tr("Look up the failed sign-in in the Microsoft Entra admin center "
                               "(Monitoring > Sign-in logs), or add Microsoft Entra ID P1 or P2 "
                               "to run this check."),
        Actor::Admin, DocLinksExtra::signInLogs() };
    return finding;
}

Finding UserSigninErrorsCheck::selfMode(const CheckContext &ctx) const
{
    Finding finding = CheckSupport::notSent(*this, ctx, RequestTemplate::expand(request(ctx), ctx),
        tr("no: end users cannot read sign-in logs through Graph"));
    finding.summary = tr("Skipped: end users cannot read sign-in logs through Graph.");
    finding.details = tr("Sign-in logs need AuditLog.Read.All, a reader role (Reports Reader, "
                         "Security Reader or Global Reader) and Microsoft Entra ID P1 or P2. "
                         "Your own recent sign-ins are at https://mysignins.microsoft.com.");
    finding.remediation = { tr("Ask your IT department to look up the failed sign-in with the "
                               "correlation ID from the error."),
        Actor::User, DocLinksExtra::signInLogs() };
    return finding;
}

} // namespace sspr::checks
