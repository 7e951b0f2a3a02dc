#pragma once

#include "core/auth/TokenProvider.h"
#include "core/checks/Finding.h"
#include "core/playbook/ParsedError.h"
#include "core/report/RootCause.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sspr::report {

enum class Verdict {
    AllPass, // every check passed
    Warnings, // nothing failed, something deserves a look
    Failed, // at least one check failed: a likely cause was found
    Incomplete, // nothing failed, but a check erred or was skipped: not an all-clear
};

// One diagnosis: inputs, answers and findings. What the wizard shows, the headless mode
// writes and the reports render. Holds no token, code, verifier or password, ever.
struct Session {
    static constexpr int schemaVersion = 1;

    QString appVersion;
    QDateTime startedAt; // UTC
    QDateTime finishedAt; // UTC
    QString mode; // "it" (admin helping someone) or "self" (end user)
    QString source; // "demo:healthy" or the Graph host used
    playbook::ParsedError error;
    int playbookCode = 0;
    bool playbookKnown = false;
    QString playbookTitle;
    QString userKey; // as typed
    QString userObjectId; // as resolved
    auth::AccountInfo signedInAs;
    QHash<QString, QString> answers;
    // Guided questions the playbook asks that got no usable answer: their checks did not run
    // (no finding), so they neither pass nor make the run incomplete.
    QStringList notAnswered;
    QList<checks::Finding> findings;
    RootCause rootCause; // the most likely cause, ranked from findings and answers
    QString cloudKey = QStringLiteral("global");
    int graphRoundTrips = 0;

    // Never AllPass or Warnings while a check failed, erred or was skipped for lack of sign-in,
    // rights or licence (Finding::isGap()): those can hide the cause. A check skipped as not
    // applicable here (notApplicable) leaves no gap and does not make the run incomplete.
    Verdict verdict() const;
    // 0 all pass (or warnings only), 1 any fail, 2 an error or a check that could not run.
    int exitCode() const;
};

QString verdictKey(Verdict verdict); // "all-pass", "warnings", "failed", "incomplete"

} // namespace sspr::report
