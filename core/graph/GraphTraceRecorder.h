#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

class QNetworkReply;

namespace sspr::trace {
class HttpTrace;
}

namespace sspr::graph {

// Hands one Graph HTTP exchange to the app's HttpTrace (which redacts it: the Authorization
// header never leaves as sent). A $batch POST is one exchange: its inner requests are the
// request body. `trace` may be nullptr: then nothing is recorded.
class GraphTraceRecorder {
public:
    static void record(trace::HttpTrace *trace, const QNetworkReply *reply,
        const QDateTime &startedAt, qint64 elapsedMs, const QByteArray &requestBody,
        const QByteArray &responseBody, const QString &error);
};

} // namespace sspr::graph
