#include "core/report/SupportSummary.h"

#include "core/checks/GuidedQuestions.h"
#include "core/report/ReportText.h"
#include "core/trace/Redactor.h"

#include <QDateTime>

namespace sspr::report {

namespace {
QString clean(const QString &text)
{
    return trace::Redactor::text(text);
}
} // namespace

QUrl SupportSummary::supportRequestUrl(const QString &cloudKey)
{
    // From learn.microsoft.com/entra/fundamentals/how-to-get-support ("open a support
    // request"). CHECKS.md says "Diagnose & solve problems"; the article now names the menu
    // "Learn & support > New support request", and this blade is where both lead.
    if (cloudKey.isEmpty() || cloudKey == QLatin1String("global"))
        return QUrl(QStringLiteral("https://entra.microsoft.com/#view/Microsoft_Azure_Support/"
                                   "NewSupportRequestV3Blade/callerName/ActiveDirectory/"
                                   "issueType/technical"));
    return supportArticleUrl();
}

QUrl SupportSummary::supportArticleUrl()
{
    return QUrl(
        QStringLiteral("https://learn.microsoft.com/entra/fundamentals/how-to-get-support"));
}

QString SupportSummary::affectedUser(const Session &s)
{
    if (!s.userKey.isEmpty())
        return s.userKey;
    return s.mode == QLatin1String("self") ? s.signedInAs.userPrincipalName : QString();
}

QString SupportSummary::render(const Session &s)
{
    using RT = ReportText;
    QStringList lines;
    const auto field = [&lines](const QString &label, const QString &value) {
        lines << tr("%1: %2").arg(label, clean(RT::orUnknown(value)));
    };
    lines << tr("SSPR Doctor support summary");
    field(tr("Error code"), RT::errorCodeLine(s));
    if (!s.error.message.isEmpty())
        field(tr("Error message"), s.error.message.left(300));
    field(tr("Correlation ID"), s.error.correlationId);
    field(tr("Trace ID"), s.error.traceId);
    field(tr("Timestamp (UTC)"),
        s.error.timestampUtc.isValid() ? RT::dateTime(s.error.timestampUtc) : QString());
    field(tr("Tenant ID"), s.signedInAs.tenantId);
    field(tr("Cloud"), RT::cloudText(s.cloudKey));
    field(tr("User (UPN)"), affectedUser(s));
    const QString where = s.answers.value(checks::question::where);
    field(tr("Where it happened"),
        where.isEmpty() ? QString() : RT::answerLabel(checks::question::where, where));
    field(tr("Checked by"),
        s.signedInAs.userPrincipalName.isEmpty()
            ? RT::modeText(s.mode)
            : tr("%1, signed in as %2").arg(RT::modeText(s.mode), s.signedInAs.userPrincipalName));
    field(
        tr("Checked at (UTC)"), RT::dateTime(s.finishedAt.isValid() ? s.finishedAt : s.startedAt));
    field(tr("Result"), RT::verdictText(s.verdict()));
    if (s.rootCause.found)
        field(tr("Likely cause"),
            s.rootCause.checkId.isEmpty()
                ? s.rootCause.title
                : tr("%1 (%2)").arg(s.rootCause.title, s.rootCause.checkId));

    lines << QString() << tr("Findings:");
    if (s.findings.isEmpty())
        lines << tr("  (no check ran)");
    for (const auto &f : s.findings)
        lines << clean(
            tr("  [%1] %2 (%3): %4").arg(RT::statusWord(f.status), f.title, f.checkId, f.summary));

    lines << QString() << tr("Answers:");
    QStringList ids = RT::questionIds();
    for (auto it = s.answers.cbegin(); it != s.answers.cend(); ++it) {
        if (!ids.contains(it.key()))
            ids << it.key();
    }
    bool anyAnswer = false;
    for (const QString &id : std::as_const(ids)) {
        const auto it = s.answers.constFind(id);
        if (it == s.answers.cend())
            continue;
        anyAnswer = true;
        lines << clean(tr("  %1: %2").arg(RT::questionLabel(id), RT::answerLabel(id, it.value())));
    }
    if (!anyAnswer)
        lines << tr("  (none recorded)");

    lines << QString();
    field(tr("App version"), s.appVersion);
    field(tr("OS"), RT::osName());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace sspr::report
