#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sspr::checks {

// What a check knows about the case besides Graph evidence.
struct CheckContext {
    QString userKey; // the affected user as typed: UPN or object id
    QString userObjectId; // resolved object id; empty until Graph returned it
    bool selfMode = false; // end user checking their own account: /me paths, self scopes
    bool signedIn = false;
    QStringList grantedScopes; // delegated scopes of the signed-in account
    QDateTime now; // evaluation time (UTC); fixtures pin it
    QString cloudKey = QStringLiteral("global"); // auth::Clouds key (21Vianet lacks some APIs)
    int lookbackDays = 7; // audit and sign-in queries cover [now - lookbackDays, now]
    // From the pasted error, when given: the code, the correlation id to highlight, and the
    // time it happened (UTC, invalid when unknown).
    int errorCode = 0;
    QString correlationId;
    QDateTime errorTime;
};

} // namespace sspr::checks
