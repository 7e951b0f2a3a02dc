#include "core/graph/RetryDelay.h"

#include <QLocale>
#include <QRandomGenerator>
#include <algorithm>

namespace sspr::graph {

namespace {

QDateTime parseHttpDate(const QString &value)
{
    // IMF-fixdate, the form HTTP/1.1 senders must use: "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime date
        = QLocale::c().toDateTime(value, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        date = QDateTime::fromString(value, Qt::RFC2822Date);
    if (date.isValid() && date.timeSpec() == Qt::LocalTime)
        date.setTimeSpec(Qt::UTC);
    return date;
}

} // namespace

int RetryDelay::parseRetryAfter(const QString &value, const QDateTime &now)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : int(std::min<qlonglong>(seconds, 24 * 3600));
    const QDateTime date = parseHttpDate(trimmed);
    if (!date.isValid())
        return -1;
    return int(std::clamp<qint64>(now.secsTo(date), 0, 24 * 3600));
}

std::chrono::milliseconds RetryDelay::backoff(
    const RetryPolicy &policy, int failedAttempts, QRandomGenerator &random)
{
    const qint64 base = std::max<qint64>(0, policy.baseBackoff.count());
    const qint64 cap = std::max<qint64>(0, policy.maxBackoff.count());
    const int doublings = std::clamp(failedAttempts - 1, 0, 30);
    qint64 delay = base;
    for (int i = 0; i < doublings && delay < cap; ++i)
        delay *= 2;
    delay = std::min(delay, cap);
    const qint64 half = delay / 2;
    const qint64 jitter = delay - half > 0 ? qint64(random.bounded(quint64(delay - half + 1))) : 0;
    return std::chrono::milliseconds(half + jitter);
}

std::chrono::milliseconds RetryDelay::backoff(const RetryPolicy &policy, int failedAttempts)
{
    return backoff(policy, failedAttempts, *QRandomGenerator::global());
}

} // namespace sspr::graph
