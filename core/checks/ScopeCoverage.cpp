#include "core/checks/ScopeCoverage.h"

#include <QHash>

namespace sspr::checks {

bool ScopeCoverage::covers(const QStringList &granted, const QString &required)
{
    if (required.isEmpty())
        return true;
    for (const QString &scope : granted) {
        if (scope.endsWith(QLatin1String(".default"), Qt::CaseInsensitive))
            return true;
    }
    QStringList candidates { required };
    // X.Read is covered by X.Read.All and the ReadWrite forms; X.Read.All by X.ReadWrite.All
    // (the Graph permissions reference: each is a superset of the narrower one).
    if (required.endsWith(QLatin1String(".Read"), Qt::CaseInsensitive)) {
        const QString base = required.chopped(5);
        candidates << base + QStringLiteral(".Read.All") << base + QStringLiteral(".ReadWrite")
                   << base + QStringLiteral(".ReadWrite.All");
    } else if (required.endsWith(QLatin1String(".Read.All"), Qt::CaseInsensitive)) {
        candidates << required.chopped(9) + QStringLiteral(".ReadWrite.All");
    }
    // Directory.Read.All reads every user and group property User.Read.All does.
    static const QHash<QString, QStringList> supersets {
        { QStringLiteral("user.read.all"),
            { QStringLiteral("Directory.Read.All"), QStringLiteral("Directory.ReadWrite.All") } },
        { QStringLiteral("user.readbasic.all"),
            { QStringLiteral("Directory.Read.All"), QStringLiteral("Directory.ReadWrite.All") } },
        { QStringLiteral("user.read"),
            { QStringLiteral("Directory.Read.All"), QStringLiteral("Directory.ReadWrite.All") } },
    };
    const QStringList direct = candidates;
    for (const QString &candidate : direct)
        candidates << supersets.value(candidate.toLower());
    for (const QString &candidate : std::as_const(candidates)) {
        if (granted.contains(candidate, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace sspr::checks
