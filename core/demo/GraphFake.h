#pragma once

#include "core/demo/GraphReply.h"
#include "core/demo/GraphTokenGate.h"
#include "core/demo/ServerState.h"

#include <QHash>
#include <QJsonObject>
#include <QUrl>
#include <optional>

namespace sspr::demo {

// What goes on the wire for one HTTP request.
struct HttpReply {
    // How a transport fault ends the reply after the headers and half the body.
    enum class Cut {
        None, // the whole body
        Reset, // reset the connection (dropConnection)
        Close, // close it normally, short of Content-Length (truncatedBody)
        Stall, // send nothing more and keep it open (stallMidBody)
        Trickle, // no half: the whole body, one byte every trickleDelayMs (trickleBody)
    };
    int status = 200;
    HeaderPairs headers;
    QByteArray body;
    int delayMs = 0; // injected latency, slept before answering
    bool hang = false; // never answer
    Cut cut = Cut::None;
    int trickleDelayMs = 0;
    qint64 streamedBytes = 0; // > 0: `body` is empty and the server streams this much JSON
    bool chunked = false; // stream it with Transfer-Encoding: chunked, no Content-Length
};

// The fake Microsoft Graph, independent of the HTTP server: authorisation, faults, $batch,
// static routes, then the scenario's endpoints. Runs on the server thread.
class GraphFake {
public:
    explicit GraphFake(ServerState &state);

    HttpReply handle(
        const QString &method, const QUrl &url, const HeaderPairs &headers, const QByteArray &body);

private:
    HttpReply handleBatch(
        const GraphCall &call, const Scenario &scenario, const QString &clientRequestId);
    // One Graph call after the transport-level faults: item-level faults, routes, endpoints.
    GraphReply dispatch(const GraphCall &call, const Scenario &scenario, bool topLevel);
    std::optional<Fault> takeFault(const QStringList &targets, const FaultSet::Filter &filter);
    int takeLatency(const QStringList &targets);
    HttpReply transportFault(const Fault &fault, const QString &clientRequestId) const;
    HttpReply toHttp(const GraphReply &reply, const QString &clientRequestId) const;
    // A fault that answers one Graph call (status, wrongShape), top level or inside a $batch.
    GraphReply itemFault(const Fault &fault, const QString &clientRequestId) const;

    ServerState &m_state;
    QUrl m_graphBaseUrl;
    GraphTokenGate m_gate; // AuthorityOptions::requireIssuedTokens
};

} // namespace sspr::demo
