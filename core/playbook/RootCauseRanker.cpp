#include "core/playbook/RootCauseRanker.h"

#include <QUrl>
#include <algorithm>
#include <limits>

namespace sspr::playbook {

using checks::Finding;
using checks::Status;

namespace {

const QUrl kTroubleshoot(
    QStringLiteral("https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr"));

struct Candidate {
    int index = 0; // position in the findings
    int severity = 0; // 2 fail, 1 warning
    int place = std::numeric_limits<int>::max(); // in the priority; lower is likelier
    int support = 1; // failing/warning findings in the same cause group, itself included
    QString group;
};

bool likelier(const Candidate &a, const Candidate &b)
{
    if (a.severity != b.severity)
        return a.severity > b.severity;
    if (a.place != b.place)
        return a.place < b.place;
    if (a.support != b.support)
        return a.support > b.support;
    return a.index < b.index;
}

// The finding's place in the priority: its own, else the best of its cause group's members.
int placeOf(const QString &checkId, const QString &group, const QStringList &priority,
    const ErrorCatalog &catalog)
{
    const int own = int(priority.indexOf(checkId));
    if (own >= 0)
        return own;
    int best = std::numeric_limits<int>::max();
    if (group.isEmpty())
        return best;
    for (int i = 0; i < priority.size(); ++i) {
        if (catalog.causeGroupOf(priority.at(i)) == group) {
            best = i;
            break;
        }
    }
    return best;
}

} // namespace

report::RootCause RootCauseRanker::rank(const QList<Finding> &findings,
    const QHash<QString, QString> &answers, int code, const ErrorCatalog &catalog)
{
    QStringList priority = catalog.promotedBy(answers);
    for (const QString &id : catalog.rootCausePriority(code)) {
        if (!priority.contains(id))
            priority.append(id);
    }

    QList<Candidate> candidates;
    for (int i = 0; i < findings.size(); ++i) {
        const Finding &f = findings.at(i);
        if (f.status != Status::Fail && f.status != Status::Warning)
            continue;
        Candidate c;
        c.index = i;
        c.severity = f.status == Status::Fail ? 2 : 1;
        c.group = catalog.causeGroupOf(f.checkId);
        c.place = placeOf(f.checkId, c.group, priority, catalog);
        candidates.append(c);
    }
    if (candidates.isEmpty())
        return nothingFound(findings);
    for (Candidate &c : candidates) {
        c.support = int(std::count_if(candidates.cbegin(), candidates.cend(),
            [&c](const Candidate &o) { return !c.group.isEmpty() && o.group == c.group; }));
        c.support = std::max(c.support, 1);
    }
    const Candidate lead = *std::min_element(candidates.cbegin(), candidates.cend(), likelier);
    const Finding &f = findings.at(lead.index);

    report::RootCause cause;
    cause.found = true;
    cause.checkId = f.checkId;
    cause.title = f.summary;
    cause.supportingCheckIds << f.checkId;
    QStringList others;
    for (const Candidate &c : std::as_const(candidates)) {
        if (c.index != lead.index && !lead.group.isEmpty() && c.group == lead.group) {
            cause.supportingCheckIds << findings.at(c.index).checkId;
            others << findings.at(c.index).title;
        }
    }
    cause.confidence = int(cause.supportingCheckIds.size());
    cause.summary = tr("%1: %2").arg(f.title, f.summary);
    if (!others.isEmpty())
        cause.summary += QLatin1Char(' ')
            + (others.size() == 1
                    ? tr("One other finding points the same way: %1.").arg(others.first())
                    : tr("%1 other findings point the same way: %2.")
                          .arg(others.size())
                          .arg(others.join(QStringLiteral(", "))));
    cause.who = f.remediation.who;
    cause.nextStep = f.remediation.text;
    cause.docUrl = f.remediation.docUrl;
    return cause;
}

report::RootCause RootCauseRanker::nothingFound(const QList<Finding> &findings)
{
    report::RootCause cause;
    cause.found = false;
    cause.docUrl = kTroubleshoot;
    int skipped = 0, errors = 0;
    const Finding *firstGap = nullptr;
    for (const Finding &f : findings) {
        if (!f.isGap())
            continue;
        (f.status == Status::Skipped ? skipped : errors) += 1;
        if (!firstGap)
            firstGap = &f;
    }
    if (findings.isEmpty()) {
        cause.title = tr("Not an all-clear: no check ran");
        cause.summary = tr("Nothing was checked, so nothing can be ruled out.");
        cause.who = checks::Actor::User;
        cause.nextStep = tr("Run the checks.");
        return cause;
    }
    if (!firstGap) {
        cause.title = tr("All clear: no cause found");
        cause.summary = tr("Every check passed. If the error still happens, the cause is "
                           "outside what these checks can see: collect the support summary.");
        cause.who = checks::Actor::Microsoft;
        cause.nextStep = tr("Open a support request with Microsoft and attach the support "
                            "summary (correlation ID and timestamp).");
        return cause;
    }
    cause.title = skipped + errors == 1
        ? tr("Not an all-clear: 1 check could not run")
        : tr("Not an all-clear: %1 checks could not run").arg(skipped + errors);
    QStringList why;
    if (skipped)
        why << tr("%1 skipped for lack of sign-in or rights").arg(skipped);
    if (errors)
        why << tr("%1 ended in an error").arg(errors);
    cause.summary = tr("No check failed or warned, but %1, so this is not an all-clear.")
                        .arg(why.join(tr(" and ")));
    cause.who = firstGap->remediation.who;
    cause.nextStep = firstGap->remediation.text;
    if (firstGap->remediation.docUrl.isValid())
        cause.docUrl = firstGap->remediation.docUrl;
    return cause;
}

} // namespace sspr::playbook
