#pragma once

#include <QCoreApplication>
#include <QString>

namespace sspr::bulk {

// The progress line of a bulk scan: users done, rate and ETA (only when the total is known).
class BulkProgress {
    Q_DECLARE_TR_FUNCTIONS(BulkProgress)

public:
    // total < 0: unknown. elapsedMs: since this run (not the resumed part) started.
    static QString line(qint64 users, qint64 usersThisRun, qint64 elapsedMs, qint64 total);
};

} // namespace sspr::bulk
