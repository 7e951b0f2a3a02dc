#pragma once

#include <QMutex>
#include <QStringList>

namespace sspr::demo {

// What reached the server, for tests and the benchmark; written by the server thread,
// read by the caller's.
class RequestLog {
public:
    void addHttpRequest(const QString &line);
    void addBatchItem(const QString &line);
    void reset();

    int httpRequestCount() const;
    QStringList httpRequests() const;
    QStringList batchItems() const;

private:
    mutable QMutex m_mutex;
    QStringList m_http;
    QStringList m_items;
};

} // namespace sspr::demo
