#pragma once

#include "core/graph/GraphError.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace sspr::graph {

// The outcome of one GraphRequest. Either `body` holds the parsed JSON object (for paged
// requests: {"value": [every page's items]}) or `error` says why not.
struct GraphResponse {
    QString key; // GraphRequest::key
    int httpStatus = 0;
    QJsonObject body;
    std::optional<GraphError> error;
    QString requestId;
    QString clientRequestId;
    int attempts = 0; // including retries
    int pages = 0; // pages followed for paged requests

    bool ok() const { return !error.has_value(); }
};

} // namespace sspr::graph
