#include "core/bulk/BulkProgress.h"

namespace sspr::bulk {

QString BulkProgress::line(qint64 users, qint64 usersThisRun, qint64 elapsedMs, qint64 total)
{
    const double rate = elapsedMs > 0 ? double(usersThisRun) * 1000.0 / double(elapsedMs) : 0.0;
    QString eta = tr("ETA unknown");
    if (total >= 0 && rate > 0) {
        const qint64 seconds = qint64(double(std::max<qint64>(0, total - users)) / rate + 0.5);
        eta = tr("ETA %1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    const QString done
        = total >= 0 ? tr("%1 of %2 users").arg(users).arg(total) : tr("%1 users").arg(users);
    return tr("%1, %2 users/s, %3").arg(done, QString::number(rate, 'f', 1), eta);
}

} // namespace sspr::bulk
