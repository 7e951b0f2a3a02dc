#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

namespace sspr::trace {

// One HTTP request and its reply as the app saw them, already redacted: no Authorization,
// Cookie or Set-Cookie value, no token, code, verifier, device code, assertion or password in
// a URL, header or body (HttpTrace::record redacts before storing).
struct HttpExchange {
    QDateTime startedAt; // UTC
    qint64 durationMs = -1;
    QString method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> requestHeaders;
    QByteArray requestBody; // capped, redacted
    int status = 0; // 0: no HTTP reply (network error, timeout, cancelled)
    QString statusText;
    QList<QPair<QByteArray, QByteArray>> responseHeaders;
    QByteArray responseBody; // capped, redacted
    QString error; // network error text, when status is 0
};

// The app's own HTTP trace (in place of a Fiddler capture): GraphClient and the sign-in
// record every exchange here; the data collection page exports it as HAR 1.2. Bounded: the
// oldest exchanges are dropped past `maxEntries`. Thread-safe.
class HttpTrace : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(HttpTrace)

public:
    explicit HttpTrace(QObject *parent = nullptr);
    ~HttpTrace() override;

    void record(HttpExchange exchange); // redacts, then stores
    QList<HttpExchange> entries() const;
    void clear();
    void setMaxEntries(int maxEntries);
    void setMaxBodyBytes(int maxBodyBytes);

Q_SIGNALS:
    void recorded(int count);

private:
    mutable QMutex m_mutex;
    QList<HttpExchange> m_entries;
    int m_maxEntries = 2000;
    int m_maxBodyBytes = 256 * 1024;
};

} // namespace sspr::trace
