#include "core/trace/HttpTrace.h"

#include "core/trace/Redactor.h"

#include <QMutexLocker>

namespace sspr::trace {

HttpTrace::HttpTrace(QObject *parent)
    : QObject(parent)
{
}

HttpTrace::~HttpTrace() = default;

void HttpTrace::record(HttpExchange exchange)
{
    int count = 0;
    {
        // Redact before capping: a cut JSON body no longer parses, and a secret cut in half
        // would no longer be recognised.
        exchange.url = Redactor::url(exchange.url);
        Redactor::headers(exchange.requestHeaders);
        Redactor::headers(exchange.responseHeaders);
        exchange.requestBody = Redactor::body(exchange.requestBody);
        exchange.responseBody = Redactor::body(exchange.responseBody);
        exchange.error = Redactor::text(exchange.error);
        exchange.statusText = Redactor::text(exchange.statusText);
        QMutexLocker lock(&m_mutex);
        exchange.requestBody.truncate(m_maxBodyBytes);
        exchange.responseBody.truncate(m_maxBodyBytes);
        m_entries.append(std::move(exchange));
        while (m_entries.size() > m_maxEntries)
            m_entries.removeFirst();
        count = int(m_entries.size());
    }
    Q_EMIT recorded(count);
}

QList<HttpExchange> HttpTrace::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

void HttpTrace::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

void HttpTrace::setMaxEntries(int maxEntries)
{
    QMutexLocker lock(&m_mutex);
    m_maxEntries = qMax(1, maxEntries);
}

void HttpTrace::setMaxBodyBytes(int maxBodyBytes)
{
    QMutexLocker lock(&m_mutex);
    m_maxBodyBytes = qMax(0, maxBodyBytes);
}

} // namespace sspr::trace
