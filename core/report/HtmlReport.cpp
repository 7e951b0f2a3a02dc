#include "core/report/HtmlReport.h"

#include "core/report/ReportText.h"
#include "core/report/StatusPalette.h"
#include "core/report/SupportSummary.h"
#include "core/trace/Redactor.h"

namespace sspr::report {

namespace {

using checks::Status;
using RT = ReportText;

QString css()
{
    QString rules = QStringLiteral(
        "body{font-family:system-ui,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;margin:2em auto;"
        "max-width:60em;padding:0 1em;color:#1f2328;background:#fff;line-height:1.45}"
        "h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;border-bottom:1px solid #d0d7de;"
        "padding-bottom:.2em;margin-top:1.6em}h3{font-size:1.05em;margin:0}"
        ".verdict{font-size:1.1em;font-weight:600}"
        ".cause{border:2px solid #d0d7de;border-radius:6px;padding:.8em 1em;background:#f6f8fa}"
        ".cause h2{margin-top:0;border:0}a{overflow-wrap:anywhere}"
        ".panel{border:1px solid #d0d7de;border-left-width:6px;border-radius:6px;padding:.7em 1em;"
        "margin:.8em 0;break-inside:avoid;page-break-inside:avoid}"
        ".status{display:inline-flex;align-items:center;gap:.35em;font-weight:700}"
        ".icon{width:1.2em;height:1.2em;vertical-align:middle}"
        ".id{color:#57606a;font-family:monospace;font-size:.9em}"
        "table{border-collapse:collapse;margin:.4em 0;width:100%}"
        "th,td{border:1px solid #d0d7de;padding:.25em .5em;text-align:left;vertical-align:top;"
        "font-size:.92em;overflow-wrap:break-word}th{background:#f6f8fa}"
        "table.evidence{table-layout:fixed}table.evidence td{overflow-wrap:anywhere}"
        ".c-source{width:42%}.c-field{width:22%}"
        "pre{background:#f6f8fa;border:1px solid #d0d7de;padding:.7em;white-space:pre-wrap;"
        "overflow-wrap:anywhere}dt{font-weight:600}dd{margin:0 0 .4em 1.2em}"
        ".muted{color:#57606a}");
    for (const Status s :
        { Status::Pass, Status::Warning, Status::Fail, Status::Skipped, Status::Error }) {
        const QString key = checks::statusKey(s);
        rules += QStringLiteral(".s-%1 .status{color:%2}.panel.s-%1{border-left-color:%2}")
                     .arg(key, StatusPalette::cssColor(s, false));
    }
    // Same hues as the wizard's dark palette when the reader's system is dark.
    rules += QStringLiteral(
        "@media (prefers-color-scheme: dark){body{color:#e6edf3;"
        "background:#0d1117}.cause,th,pre{background:#161b22}"
        "h2,.panel,th,td,pre,.cause{border-color:#30363d}.id,.muted{color:#9ea7b3}"
        "a{color:#58a6ff}");
    for (const Status s :
        { Status::Pass, Status::Warning, Status::Fail, Status::Skipped, Status::Error }) {
        const QString key = checks::statusKey(s);
        rules += QStringLiteral(".s-%1 .status{color:%2}.panel.s-%1{border-left-color:%2}")
                     .arg(key, StatusPalette::cssColor(s, true));
    }
    rules += QLatin1Char('}');
    // Paper: always the light colours, no wasted margins, link targets written out.
    rules += QStringLiteral(
        "@media print{body{margin:0;max-width:none;color:#000;background:#fff;font-size:10.5pt}"
        ".cause,th,pre{background:#fff}a{color:#000}a.doc::after{content:\" (\" attr(href) \")\";"
        "font-size:.85em;overflow-wrap:anywhere}h2{break-after:avoid;page-break-after:avoid}}");
    return rules;
}

QString statusBadge(Status status)
{
    const QString word = RT::statusWord(status);
    return QStringLiteral("<span class=\"status\">%1<span>%2</span></span>")
        .arg(StatusPalette::iconSvg(status, word), HtmlReport::escape(word));
}

// Only https documentation links become anchors: anything else is shown as text.
QString link(const QUrl &url, const QString &label = QString())
{
    if (!url.isValid() || url.scheme() != QLatin1String("https"))
        return HtmlReport::escape(url.toString());
    const QString href = HtmlReport::escape(url.toString(QUrl::FullyEncoded));
    return QStringLiteral("<a class=\"doc\" href=\"%1\">%2</a>")
        .arg(href, HtmlReport::escape(label.isEmpty() ? url.toDisplayString() : label));
}

QString paragraphs(const QString &text)
{
    QString html;
    for (const QString &part : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>")
                    .arg(HtmlReport::escape(part).replace(
                        QLatin1Char('\n'), QStringLiteral("<br/>")));
    return html;
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td></tr>")
        .arg(HtmlReport::escape(label), valueHtml);
}

QString rootCause(const Session &s)
{
    QString html = QStringLiteral("<section class=\"cause\" aria-labelledby=\"cause\">");
    html += QStringLiteral("<h2 id=\"cause\">%1</h2>").arg(HtmlReport::tr("Likely cause"));
    const RootCause &c = s.rootCause;
    if (!c.found) {
        html += paragraphs(
            c.summary.isEmpty() ? HtmlReport::tr("No single cause was identified.") : c.summary);
        return html + QStringLiteral("</section>");
    }
    html += QStringLiteral("<h3>%1</h3>").arg(HtmlReport::escape(c.title)) + paragraphs(c.summary);
    html += QStringLiteral("<dl><dt>%1</dt><dd>%2</dd>")
                .arg(HtmlReport::tr("Who must act"), HtmlReport::escape(RT::actorText(c.who)));
    if (!c.nextStep.isEmpty())
        html += QStringLiteral("<dt>%1</dt><dd>%2</dd>")
                    .arg(HtmlReport::tr("Next step"), HtmlReport::escape(c.nextStep));
    if (c.docUrl.isValid())
        html += QStringLiteral("<dt>%1</dt><dd>%2</dd>")
                    .arg(HtmlReport::tr("Documentation"), link(c.docUrl));
    if (!c.supportingCheckIds.isEmpty())
        html += QStringLiteral("<dt>%1</dt><dd class=\"id\">%2</dd>")
                    .arg(HtmlReport::tr("Based on"),
                        HtmlReport::escape(c.supportingCheckIds.join(QStringLiteral(", "))));
    return html + QStringLiteral("</dl></section>");
}

QString evidenceTable(const checks::Finding &f)
{
    if (f.evidence.isEmpty())
        return {};
    QString html = QStringLiteral("<table class=\"evidence\"><caption class=\"muted\">%1</caption>"
                                  "<colgroup><col class=\"c-source\"/><col class=\"c-field\"/>"
                                  "<col/></colgroup><thead><tr>"
                                  "<th scope=\"col\">%2</th><th scope=\"col\">%3</th>"
                                  "<th scope=\"col\">%4</th></tr></thead><tbody>")
                       .arg(HtmlReport::tr("Evidence"), HtmlReport::tr("Source"),
                           HtmlReport::tr("Field"), HtmlReport::tr("Value"));
    for (const auto &e : f.evidence) {
        QString source = HtmlReport::escape(e.source);
        if (e.httpStatus)
            source += HtmlReport::escape(HtmlReport::tr(" → HTTP %1").arg(e.httpStatus));
        if (!e.requestId.isEmpty())
            source
                += QStringLiteral("<br/><span class=\"id\">%1</span>")
                       .arg(HtmlReport::escape(HtmlReport::tr("request-id %1").arg(e.requestId)));
        if (e.fields.isEmpty())
            html += QStringLiteral("<tr><td>%1</td><td colspan=\"2\" class=\"muted\">%2</td></tr>")
                        .arg(source, HtmlReport::tr("(no fields)"));
        for (qsizetype i = 0; i < e.fields.size(); ++i) {
            // The source once, spanning its fields' rows.
            const QString first = i == 0 ? QStringLiteral("<td rowspan=\"%1\">%2</td>")
                                               .arg(QString::number(e.fields.size()), source)
                                         : QString();
            html += QStringLiteral("<tr>%1<td>%2</td><td>%3</td></tr>")
                        .arg(first, HtmlReport::escape(e.fields[i].first),
                            HtmlReport::escape(e.fields[i].second));
        }
    }
    return html + QStringLiteral("</tbody></table>");
}

QString findingPanel(const checks::Finding &f)
{
    QString html = QStringLiteral("<article class=\"panel s-%1\" id=\"finding-%2\">")
                       .arg(checks::statusKey(f.status), HtmlReport::escape(f.checkId));
    html += QStringLiteral("<h3>%1 %2 <span class=\"id\">%3</span></h3>")
                .arg(statusBadge(f.status), HtmlReport::escape(f.title),
                    HtmlReport::escape(f.checkId));
    html += QStringLiteral("<p><strong>%1</strong></p>").arg(HtmlReport::escape(f.summary));
    html += paragraphs(f.details);
    html += QStringLiteral("<dl><dt>%1</dt><dd>%2</dd>")
                .arg(HtmlReport::tr("Who must act"),
                    HtmlReport::escape(RT::actorText(f.remediation.who)));
    if (!f.remediation.text.isEmpty())
        html += QStringLiteral("<dt>%1</dt><dd>%2</dd>")
                    .arg(HtmlReport::tr("What to do"), HtmlReport::escape(f.remediation.text));
    if (f.remediation.docUrl.isValid())
        html += QStringLiteral("<dt>%1</dt><dd>%2</dd>")
                    .arg(HtmlReport::tr("Microsoft documentation"), link(f.remediation.docUrl));
    html += QStringLiteral("</dl>") + evidenceTable(f);
    return html + QStringLiteral("</article>");
}

QString answers(const Session &s)
{
    QString answered, open;
    QStringList ids = RT::questionIds();
    for (auto it = s.answers.cbegin(); it != s.answers.cend(); ++it) {
        if (!ids.contains(it.key()))
            ids << it.key();
    }
    for (const QString &id : std::as_const(ids)) {
        const auto it = s.answers.constFind(id);
        if (it != s.answers.cend())
            answered += row(RT::questionLabel(id), HtmlReport::escape(RT::answerLabel(id, *it)));
    }
    // The questions the playbook asked that got no usable answer (their checks did not run).
    for (const QString &id : s.notAnswered)
        open += QStringLiteral("<li>%1</li>").arg(HtmlReport::escape(RT::questionLabel(id)));
    QString html = QStringLiteral("<section aria-labelledby=\"answers\"><h2 id=\"answers\">%1</h2>")
                       .arg(HtmlReport::tr("Answers"));
    html += answered.isEmpty()
        ? QStringLiteral("<p class=\"muted\">%1</p>").arg(HtmlReport::tr("No answers recorded."))
        : QStringLiteral("<table><tbody>%1</tbody></table>").arg(answered);
    html += QStringLiteral("<h2 id=\"open\">%1</h2>").arg(HtmlReport::tr("Not answered"));
    html += open.isEmpty() ? QStringLiteral("<p class=\"muted\">%1</p>")
                                 .arg(HtmlReport::tr("Every question was answered."))
                           : QStringLiteral("<ul>%1</ul>").arg(open);
    return html + QStringLiteral("</section>");
}

QString inputs(const Session &s)
{
    const auto &e = s.error;
    const auto esc = HtmlReport::escape;
    QString rows = row(HtmlReport::tr("Error code"), esc(RT::errorCodeLine(s)));
    if (!e.message.isEmpty())
        rows += row(HtmlReport::tr("Message"), esc(e.message));
    rows += row(HtmlReport::tr("Correlation ID"), esc(RT::orUnknown(e.correlationId)));
    rows += row(HtmlReport::tr("Trace ID"), esc(RT::orUnknown(e.traceId)));
    rows += row(HtmlReport::tr("Timestamp (UTC)"), esc(RT::dateTime(e.timestampUtc)));
    if (!e.errorUri.isEmpty())
        rows += row(HtmlReport::tr("Error URI"), esc(e.errorUri));
    if (!e.ssprCodes.isEmpty())
        rows += row(HtmlReport::tr("SSPR codes"), esc(e.ssprCodes.join(QStringLiteral(", "))));
    if (!e.writebackEventIds.isEmpty()) {
        QStringList ids;
        for (int id : e.writebackEventIds)
            ids << QString::number(id);
        rows += row(HtmlReport::tr("Writeback event IDs"), esc(ids.join(QStringLiteral(", "))));
    }
    if (!e.notFound.isEmpty())
        rows += row(HtmlReport::tr("Not found in the pasted text"),
            esc(e.notFound.join(QStringLiteral(", "))));
    for (const QString &note : e.notes)
        rows += row(HtmlReport::tr("Note"), esc(note));
    rows += row(HtmlReport::tr("User"), esc(RT::orUnknown(SupportSummary::affectedUser(s))));
    rows += row(HtmlReport::tr("Mode"), esc(RT::modeText(s.mode)));
    rows += row(HtmlReport::tr("Source"), esc(RT::orUnknown(s.source)));
    return QStringLiteral("<section aria-labelledby=\"inputs\"><h2 id=\"inputs\">%1</h2>"
                          "<table><tbody>%2</tbody></table></section>")
        .arg(HtmlReport::tr("Inputs"), rows);
}

} // namespace

QString HtmlReport::escape(const QString &text)
{
    QString out = trace::Redactor::text(text).toHtmlEscaped();
    // XML 1.0 allows no C0 control but tab, newline and carriage return.
    out.removeIf([](QChar c) {
        return c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n')
            && c != QLatin1Char('\r');
    });
    return out;
}

QString HtmlReport::render(const Session &s)
{
    const QString title = tr("SSPR Doctor report");
    QString html
        = QStringLiteral(
            "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%1\"><head>"
            "<meta charset=\"utf-8\"/><meta name=\"viewport\" content=\"width=device-width\"/>"
            "<title>%2</title><style>%3</style></head><body>")
              .arg(escape(tr("en", "HTML lang attribute of the report")), escape(title), css());
    html += QStringLiteral("<header><h1>%1</h1><p class=\"verdict s-%2\">%3</p></header>")
                .arg(escape(title), verdictKey(s.verdict()), escape(RT::verdictText(s.verdict())));
    html += QStringLiteral("<main>") + rootCause(s);
    html += QStringLiteral("<section aria-labelledby=\"summary\"><h2 id=\"summary\">%1</h2>"
                           "<pre>%2</pre><p>%3</p></section>")
                .arg(tr("Support summary"), escape(SupportSummary::render(s)),
                    link(SupportSummary::supportRequestUrl(s.cloudKey),
                        tr("Open a Microsoft support request (Microsoft Entra admin center)")));
    html += QStringLiteral("<section aria-labelledby=\"findings\"><h2 id=\"findings\">%1</h2>")
                .arg(tr("Findings"));
    if (s.findings.isEmpty())
        html += QStringLiteral("<p class=\"muted\">%1</p>").arg(tr("No check ran."));
    for (const auto &f : s.findings)
        html += findingPanel(f);
    html += QStringLiteral("</section>") + answers(s) + inputs(s);
    html += QStringLiteral("<section aria-labelledby=\"about\"><h2 id=\"about\">%1</h2><table>"
                           "<tbody>%2%3%4%5</tbody></table></section></main></body></html>\n")
                .arg(tr("About this report"),
                    row(tr("App version"), escape(RT::orUnknown(s.appVersion))),
                    row(tr("OS"), escape(RT::osName())),
                    row(tr("Checked (UTC)"),
                        escape(tr("%1 to %2")
                                   .arg(RT::dateTime(s.startedAt), RT::dateTime(s.finishedAt)))),
                    row(tr("Graph round trips"), QString::number(s.graphRoundTrips)));
    return html;
}

} // namespace sspr::report
