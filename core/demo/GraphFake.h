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
    int status = 200;
    HeaderPairs headers;
    QByteArray body;
    int delayMs = 0; // injected latency, slept before answering
    bool hang = false; // never answer
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
    GraphReply statusFault(const Fault &fault, const QString &clientRequestId) const;

    ServerState &m_state;
    QUrl m_graphBaseUrl;
    GraphTokenGate m_gate; // AuthorityOptions::requireIssuedTokens
};

} // namespace sspr::demo
