#include "core/report/Session.h"

namespace sspr::report {

using checks::Status;

Verdict Session::verdict() const
{
    bool anyFail = false, anyIncomplete = false, anyWarning = false;
    for (const auto &f : findings) {
        anyFail |= f.status == Status::Fail;
        anyIncomplete |= f.isGap();
        anyWarning |= f.status == Status::Warning;
    }
    if (anyFail)
        return Verdict::Failed;
    // No finding at all is not an all-clear either: nothing was looked at.
    if (anyIncomplete || findings.isEmpty())
        return Verdict::Incomplete;
    return anyWarning ? Verdict::Warnings : Verdict::AllPass;
}

int Session::exitCode() const
{
    switch (verdict()) {
    case Verdict::AllPass:
    case Verdict::Warnings:
        return 0;
    case Verdict::Failed:
        return 1;
    case Verdict::Incomplete:
        return 2;
    }
    return 2;
}

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::AllPass:
        return QStringLiteral("all-pass");
    case Verdict::Warnings:
        return QStringLiteral("warnings");
    case Verdict::Failed:
        return QStringLiteral("failed");
    case Verdict::Incomplete:
        return QStringLiteral("incomplete");
    }
    return QStringLiteral("incomplete");
}

} // namespace sspr::report
