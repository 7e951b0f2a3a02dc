#pragma once

#include "core/checks/Finding.h"
#include "core/playbook/ErrorCatalog.h"
#include "core/report/RootCause.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace sspr::playbook {

// Names the single most likely cause of a case from its findings (pure: no I/O, no clock).
// Among findings that failed or warned: a fail beats a warning; then the earlier place in the
// code's root-cause priority (answer rules promote checks first; a check the priority does
// not list takes the best place of its cause group); then how many failing or warning
// findings share its cause group; then the order the findings came in. Confidence is that
// number of supporting findings. With nothing failed or warned the result is not found, and
// the summary is an all-clear only when no check was skipped or erred.
class RootCauseRanker {
    Q_DECLARE_TR_FUNCTIONS(RootCauseRanker)

public:
    static report::RootCause rank(const QList<checks::Finding> &findings,
        const QHash<QString, QString> &answers, int code,
        const ErrorCatalog &catalog = ErrorCatalog::builtIn());

private:
    static report::RootCause nothingFound(const QList<checks::Finding> &findings);
};

} // namespace sspr::playbook
