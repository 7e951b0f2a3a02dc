#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace sspr::graph {

// The one-line, redacted account of an HTTP exchange that GraphClient::exchangeLogged emits:
// "POST /v1.0/$batch → 200 (3 items, 120 ms, request-id …)". Built only from the method,
// the URL and the outcome: headers (and so the Authorization token) never reach it.
class ExchangeLine {
    Q_DECLARE_TR_FUNCTIONS(ExchangeLine)

public:
    // Path and query of `url`, with opaque paging cursors ($skiptoken) shortened.
    static QString redactedTarget(const QUrl &url);

    // `outcome` is "200", "timeout", "network error: ...", "cancelled" ...; `items` < 0 for a
    // request that is not a $batch.
    static QString format(const QString &method, const QUrl &url, const QString &outcome, int items,
        qint64 elapsedMs, const QString &requestId);
};

} // namespace sspr::graph
