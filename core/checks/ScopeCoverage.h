#pragma once

#include <QString>
#include <QStringList>

namespace sspr::checks {

// Whether the delegated scopes of a sign-in cover the scope a request needs, so the runner
// does not send a request Graph can only refuse. Deliberately small: an unknown pairing
// counts as not covered, and a ".default" grant as covering everything (its contents are
// not known here).
class ScopeCoverage {
public:
    static bool covers(const QStringList &granted, const QString &required);
};

} // namespace sspr::checks
