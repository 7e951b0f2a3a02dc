#pragma once

#include "core/demo/GraphFake.h"

#include <QAbstractHttpServer>

namespace sspr::demo {

// Catch-all HTTP front of GraphFake. Lives on the ServerThread: Qt 6.4's responder holds
// the request and a raw socket, so every answer is written inside handleRequest() (latency
// is slept there, blocking only this thread) and a hang simply writes nothing.
class GraphHttpServer : public QAbstractHttpServer {
    Q_OBJECT
    Q_DISABLE_COPY(GraphHttpServer)

public:
    explicit GraphHttpServer(ServerState &state, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    GraphFake m_fake;
};

} // namespace sspr::demo
