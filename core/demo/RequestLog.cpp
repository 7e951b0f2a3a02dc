#include "core/demo/RequestLog.h"

#include <QMutexLocker>

namespace sspr::demo {

void RequestLog::addHttpRequest(const QString &line)
{
    QMutexLocker lock(&m_mutex);
    m_http.append(line);
}

void RequestLog::addBatchItem(const QString &line)
{
    QMutexLocker lock(&m_mutex);
    m_items.append(line);
}

void RequestLog::reset()
{
    QMutexLocker lock(&m_mutex);
    m_http.clear();
    m_items.clear();
}

int RequestLog::httpRequestCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_http.size());
}

QStringList RequestLog::httpRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_http;
}

QStringList RequestLog::batchItems() const
{
    QMutexLocker lock(&m_mutex);
    return m_items;
}

} // namespace sspr::demo
