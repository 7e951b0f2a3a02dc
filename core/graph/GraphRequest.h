#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace sspr::graph {

// One Graph call as a check declares it. `relativeUrl` is relative to the versioned Graph
// root ("/users/{id}?$select=..."), exactly as it appears inside a JSON $batch.
struct GraphRequest {
    QString key; // stable identity used for de-duplication and as the $batch id
    QString method = QStringLiteral("GET");
    QString relativeUrl;
    QList<QPair<QString, QString>> headers; // e.g. ConsistencyLevel: eventual
    QString requiredScope; // least-privileged delegated scope, named when Graph says 403
    bool followNextLink = false; // collect every @odata.nextLink page into one value array
    int maxPages = 20; // loop guard for paging

    bool operator==(const GraphRequest &other) const
    {
        return method == other.method && relativeUrl == other.relativeUrl
            && headers == other.headers;
    }
};

} // namespace sspr::graph
