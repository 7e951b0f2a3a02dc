#pragma once

#include <QJsonValue>
#include <QRegularExpression>
#include <QString>

namespace sspr::demo {

// A fault the scenario server injects. Matched against the Graph path and query of every
// request, top-level and inside a $batch ("/users/abc?$select=id"), without the /v1.0 prefix.
struct Fault {
    enum class Kind {
        Latency, // answer normally after delayMs
        Status, // answer `status` with a Graph error body (403, 404, 429, 500, 503, ...)
        Hang, // never answer (the client's timeout must fire); top-level requests only
        MalformedJson, // 200 with a body that is not JSON
        HtmlPage, // `status` (default 502) with an HTML error page, as proxies send
        EmptyBody, // 200 with an empty body
        LoopingNextLink, // a list page whose @odata.nextLink points at itself (loop guards)
        // Transport faults mid-reply (FaultJson documents the JSON names):
        DropConnection, // headers and half the body, then the connection is reset
        TruncatedBody, // Content-Length promises more than is sent, then a normal close
        StallMidBody, // headers and half the body, then nothing (the client's timeout fires)
        HugeBody, // 200 with `megabytes` MB of valid-looking JSON, streamed in chunks
        WrongShape, // 200 with valid JSON of the wrong shape (`body`, default {"value": 42})
        TrickleBody, // the body one byte every delayMs (default 100): never silent, never done
    };

    Kind kind = Kind::Status;
    QRegularExpression match; // on path+query; an invalid/empty pattern matches everything
    int status = 500;
    int retryAfterSeconds = -1; // Retry-After header for 429/503; -1 sends none
    int delayMs = 0; // for Latency
    int times = -1; // how many matching requests it hits; -1 = all of them
    bool topLevelOnly = false; // hit the HTTP request itself (e.g. the POST /$batch), not items
    int megabytes = 50; // for HugeBody
    bool chunked = false; // HugeBody without Content-Length (Transfer-Encoding: chunked)
    QJsonValue body; // for WrongShape: an object or array; anything else sends {"value": 42}
};

} // namespace sspr::demo
