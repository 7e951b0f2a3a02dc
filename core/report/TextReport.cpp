#include "core/report/TextReport.h"

#include "core/report/ReportText.h"
#include "core/report/SupportSummary.h"
#include "core/trace/Redactor.h"

namespace sspr::report {

namespace {
QString clean(const QString &text)
{
    return trace::Redactor::text(text);
}

QString heading(const QString &title)
{
    return QStringLiteral("\n%1\n%2\n").arg(title, QString(title.size(), QLatin1Char('=')));
}

QString indent(const QString &text, int spaces)
{
    const QString pad(spaces, QLatin1Char(' '));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.isEmpty() ? line : pad + line;
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QString TextReport::render(const Session &s)
{
    using RT = ReportText;
    QString out;
    out += tr("SSPR Doctor report") + QLatin1Char('\n');
    out += tr("Result: %1").arg(RT::verdictText(s.verdict())) + QLatin1Char('\n');

    out += heading(tr("Likely cause"));
    if (s.rootCause.found) {
        out += clean(s.rootCause.title) + QLatin1Char('\n');
        if (!s.rootCause.summary.isEmpty())
            out += clean(s.rootCause.summary) + QLatin1Char('\n');
        out += tr("Who must act: %1").arg(RT::actorText(s.rootCause.who)) + QLatin1Char('\n');
        if (!s.rootCause.nextStep.isEmpty())
            out += tr("Next step: %1").arg(clean(s.rootCause.nextStep)) + QLatin1Char('\n');
        if (s.rootCause.docUrl.isValid())
            out += tr("Documentation: %1").arg(s.rootCause.docUrl.toString()) + QLatin1Char('\n');
        if (!s.rootCause.supportingCheckIds.isEmpty())
            out += tr("Based on: %1").arg(s.rootCause.supportingCheckIds.join(QStringLiteral(", ")))
                + QLatin1Char('\n');
    } else {
        out += clean(s.rootCause.summary.isEmpty() ? tr("No single cause was identified.")
                                                   : s.rootCause.summary)
            + QLatin1Char('\n');
    }

    out += heading(tr("Support summary"));
    out += SupportSummary::render(s);

    out += heading(tr("Findings"));
    if (s.findings.isEmpty())
        out += tr("No check ran.") + QLatin1Char('\n');
    for (const auto &f : s.findings) {
        out += QLatin1Char('\n')
            + clean(tr("[%1] %2 (%3)").arg(RT::statusWord(f.status), f.title, f.checkId))
            + QLatin1Char('\n');
        out += indent(clean(f.summary), 2) + QLatin1Char('\n');
        if (!f.details.isEmpty())
            out += indent(clean(f.details), 2) + QLatin1Char('\n');
        if (f.status != checks::Status::Pass || !f.remediation.text.isEmpty()) {
            out += tr("  Who must act: %1").arg(RT::actorText(f.remediation.who))
                + QLatin1Char('\n');
            if (!f.remediation.text.isEmpty())
                out += tr("  What to do: %1").arg(clean(f.remediation.text)) + QLatin1Char('\n');
        }
        if (f.remediation.docUrl.isValid())
            out += tr("  Documentation: %1").arg(clean(f.remediation.docUrl.toString()))
                + QLatin1Char('\n');
        for (const auto &e : f.evidence) {
            QString source = clean(e.source);
            if (e.httpStatus)
                source += tr(" → HTTP %1").arg(e.httpStatus);
            if (!e.requestId.isEmpty())
                source += tr(" (request-id %1)").arg(clean(e.requestId));
            out += tr("  Evidence: %1").arg(source) + QLatin1Char('\n');
            for (const auto &[name, value] : e.fields)
                out += QStringLiteral("    %1 = %2\n").arg(clean(name), clean(value));
        }
    }

    out += heading(tr("Answers"));
    QStringList notAnswered;
    bool any = false;
    for (const QString &id : RT::questionIds()) {
        const auto it = s.answers.constFind(id);
        if (it == s.answers.cend())
            continue;
        any = true;
        out += clean(tr("%1: %2").arg(RT::questionLabel(id), RT::answerLabel(id, it.value())))
            + QLatin1Char('\n');
    }
    for (auto it = s.answers.cbegin(); it != s.answers.cend(); ++it) {
        if (!RT::questionIds().contains(it.key())) {
            any = true;
            out += clean(tr("%1: %2").arg(it.key(), it.value())) + QLatin1Char('\n');
        }
    }
    if (!any)
        out += tr("No answers recorded.") + QLatin1Char('\n');
    for (const QString &id : s.notAnswered)
        notAnswered << RT::questionLabel(id);
    if (!notAnswered.isEmpty())
        out += tr("Not answered: %1").arg(clean(notAnswered.join(QStringLiteral("; "))))
            + QLatin1Char('\n');

    out += heading(tr("Inputs"));
    const auto &e = s.error;
    out += tr("Error code: %1").arg(clean(RT::errorCodeLine(s))) + QLatin1Char('\n');
    if (!e.message.isEmpty())
        out += tr("Message: %1").arg(clean(e.message)) + QLatin1Char('\n');
    out += tr("Correlation ID: %1").arg(clean(RT::orUnknown(e.correlationId))) + QLatin1Char('\n');
    out += tr("Trace ID: %1").arg(clean(RT::orUnknown(e.traceId))) + QLatin1Char('\n');
    out += tr("Timestamp (UTC): %1").arg(RT::dateTime(e.timestampUtc)) + QLatin1Char('\n');
    if (!e.ssprCodes.isEmpty())
        out += tr("SSPR codes: %1").arg(clean(e.ssprCodes.join(QStringLiteral(", "))))
            + QLatin1Char('\n');
    if (!e.writebackEventIds.isEmpty()) {
        QStringList ids;
        for (int id : e.writebackEventIds)
            ids << QString::number(id);
        out += tr("Writeback event IDs: %1").arg(ids.join(QStringLiteral(", ")))
            + QLatin1Char('\n');
    }
    if (!e.notFound.isEmpty())
        out += tr("Not found in the pasted text: %1")
                   .arg(clean(e.notFound.join(QStringLiteral(", "))))
            + QLatin1Char('\n');
    for (const QString &note : e.notes)
        out += tr("Note: %1").arg(clean(note)) + QLatin1Char('\n');
    out += tr("User: %1").arg(clean(RT::orUnknown(SupportSummary::affectedUser(s))))
        + QLatin1Char('\n');
    out += tr("Mode: %1").arg(RT::modeText(s.mode)) + QLatin1Char('\n');
    out += tr("Source: %1").arg(clean(RT::orUnknown(s.source))) + QLatin1Char('\n');

    out += heading(tr("About this report"));
    out += tr("App version: %1").arg(clean(RT::orUnknown(s.appVersion))) + QLatin1Char('\n');
    out += tr("OS: %1").arg(RT::osName()) + QLatin1Char('\n');
    out += tr("Started: %1").arg(RT::dateTime(s.startedAt)) + QLatin1Char('\n');
    out += tr("Finished: %1").arg(RT::dateTime(s.finishedAt)) + QLatin1Char('\n');
    out += tr("Graph round trips: %1").arg(s.graphRoundTrips) + QLatin1Char('\n');
    return out;
}

} // namespace sspr::report
