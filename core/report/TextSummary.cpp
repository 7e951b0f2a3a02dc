#include "core/report/TextSummary.h"

#include <QCoreApplication>

namespace sspr::report {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(TextSummary)

public:
    static QString verdictLine(Verdict v)
    {
        switch (v) {
        case Verdict::AllPass:
            return tr("All checks passed.");
        case Verdict::Warnings:
            return tr("No check failed; some findings deserve a look.");
        case Verdict::Failed:
            return tr("At least one check failed: the most likely cause is named above.");
        case Verdict::Incomplete:
            return tr("Not an all-clear: some checks could not run or ended in an error.");
        }
        return {};
    }
    static QString actorWord(checks::Actor a)
    {
        switch (a) {
        case checks::Actor::User:
            return tr("the user");
        case checks::Actor::Admin:
            return tr("an administrator");
        case checks::Actor::Microsoft:
            return tr("Microsoft");
        case checks::Actor::Nobody:
            return tr("nobody (wait and retry)");
        }
        return {};
    }
    // The root cause first: what a person acts on.
    static QString rootCause(const RootCause &c)
    {
        QString out;
        if (c.found) {
            out += tr("Most likely cause: %1 [%2]\n").arg(c.title, c.checkId);
            out += c.confidence == 1
                ? tr("  Confidence: supported by 1 finding\n")
                : tr("  Confidence: supported by %1 findings\n").arg(c.confidence);
        } else {
            out += c.title.isEmpty() ? QString() : c.title + QLatin1Char('\n');
        }
        if (!c.summary.isEmpty())
            out += QStringLiteral("  %1\n").arg(c.summary);
        if (!c.nextStep.isEmpty()) {
            out += tr("  Who must act: %1\n").arg(actorWord(c.who));
            out += tr("  Next step: %1\n").arg(c.nextStep);
        }
        if (c.docUrl.isValid())
            out += tr("  Read: %1\n").arg(c.docUrl.toString());
        return out;
    }
    static QString statusWord(checks::Status s)
    {
        switch (s) {
        case checks::Status::Pass:
            return tr("PASS");
        case checks::Status::Warning:
            return tr("WARN");
        case checks::Status::Fail:
            return tr("FAIL");
        case checks::Status::Skipped:
            return tr("SKIP");
        case checks::Status::Error:
            return tr("ERROR");
        }
        return {};
    }
};
} // namespace

QString TextSummary::render(const Session &s)
{
    QString out;
    QString code = s.playbookCode ? QStringLiteral("AADSTS%1").arg(s.playbookCode)
                                  : Text::tr("generic SSPR playbook");
    if (s.error.aadstsCodes.isEmpty())
        code = Text::tr("%1 (no error code pasted)").arg(code);
    out += Text::tr("SSPR Doctor %1 — %2 — user %3 — %4\n")
               .arg(s.appVersion, code, s.userKey.isEmpty() ? Text::tr("(self)") : s.userKey,
                   s.source);
    if (!s.error.correlationId.isEmpty())
        out += Text::tr("Correlation ID: %1\n").arg(s.error.correlationId);
    if (s.playbookCode > 0 && !s.playbookKnown)
        out += Text::tr("AADSTS%1 is not in the 1200xx catalog: the generic SSPR playbook ran.\n")
                   .arg(s.playbookCode);
    out += Text::rootCause(s.rootCause);
    out += Text::verdictLine(s.verdict()) + QLatin1Char('\n');
    for (const auto &f : s.findings) {
        out += QStringLiteral("  [%1] %2: %3\n")
                   .arg(Text::statusWord(f.status).leftJustified(5), f.title, f.summary);
        if (f.status != checks::Status::Pass && !f.remediation.text.isEmpty())
            out += QStringLiteral("          → %1\n").arg(f.remediation.text);
    }
    if (!s.notAnswered.isEmpty())
        out += Text::tr("Not answered: %1\n").arg(s.notAnswered.join(QStringLiteral(", ")));
    out += Text::tr("Graph round trips: %1\n").arg(s.graphRoundTrips);
    return out;
}

} // namespace sspr::report
