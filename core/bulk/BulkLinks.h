#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <optional>

namespace sspr::bulk {

// Turns an absolute @odata.nextLink into the next GraphRequest's relative URL, refusing what
// PageCollector refuses: a relative or malformed link, another origin (the token must never
// leave Graph's host) or a path outside the versioned Graph root.
class BulkLinks {
    Q_DECLARE_TR_FUNCTIONS(BulkLinks)

public:
    // The relative URL ("/reports/...?$skiptoken=..."), or nullopt and *problem.
    static std::optional<QString> relative(const QUrl &link, const QUrl &base, QString *problem);
    static QUrl absolute(const QUrl &base, const QString &relativeUrl);
    // A saved link on this run's Graph origin (the demo tenant listens on a new port each
    // run); the path must still be under the Graph root, which relative() checks.
    static QUrl rebase(QUrl link, const QUrl &base);
};

} // namespace sspr::bulk
