#pragma once

#include "core/checks/Finding.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace sspr::report {

// The single most likely cause of the case, as the top of the results and every report
// state it. Ranked by playbook::RootCauseRanker from the findings, the answers and the code.
struct RootCause {
    bool found = false; // false: nothing failed or warned; `summary` says what that means
    QString checkId; // the finding that names the cause ("user.registration")
    QString title; // short cause, translated: "Not registered for self-service password reset"
    QString summary; // one or two sentences in plain words
    QStringList supportingCheckIds; // findings that point the same way (the leading one first)
    int confidence = 0; // how many findings support it (supportingCheckIds.size())
    checks::Actor who = checks::Actor::Nobody; // user, admin, Microsoft
    QString nextStep; // the one thing to do next
    QUrl docUrl;
};

} // namespace sspr::report
