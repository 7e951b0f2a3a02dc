#include "core/checks/QuestionFirstSeenCheck.h"

#include "core/checks/CheckSupport.h"

namespace sspr::checks {

QString QuestionFirstSeenCheck::title() const
{
    return tr("When it started");
}

Finding QuestionFirstSeenCheck::judge(const QString &answer, Finding finding) const
{
    // Free text, informational: support reads it next to the audit and sign-in times.
    finding.status = Status::Pass;
    finding.summary = tr("Recorded: \"%1\".").arg(answer.simplified().left(120));
    finding.details = tr("As answered: %1. Compare it with the times of the SSPR audit events "
                         "and sign-in failures; a recent start points at a recent change or an "
                         "incident.")
                          .arg(answer);
    finding.remediation = { tr("Nothing to do: recorded for the report."), Actor::Nobody,
        DocLinks::troubleshootSspr() };
    return finding;
}

} // namespace sspr::checks
