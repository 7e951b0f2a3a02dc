#include "core/demo/ServerThread.h"

#include "core/demo/GraphHttpServer.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace sspr::demo {

namespace {

// Replies go out as a header write and a body write; with Nagle's algorithm the body waits
// for the client's delayed ACK (~40 ms per keep-alive request), which would dominate a bulk
// scan's timing. Real Graph shows no such stall, so the fake turns Nagle off.
class LowDelayTcpServer : public QTcpServer {
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

} // namespace

ServerThread::ServerThread(ServerState &state, QObject *parent)
    : QThread(parent)
    , m_state(state)
{
    setObjectName(QStringLiteral("sspr-demo-server"));
}

ServerThread::~ServerThread()
{
    stopListening();
}

quint16 ServerThread::startListening()
{
    QMutexLocker lock(&m_mutex);
    m_done = false;
    m_port = 0;
    m_error.clear();
    start();
    while (!m_done)
        m_ready.wait(&m_mutex);
    return m_port;
}

void ServerThread::stopListening()
{
    if (!isRunning())
        return;
    requestInterruption(); // ends an injected latency being slept on the server thread
    quit();
    wait();
}

QString ServerThread::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

void ServerThread::run()
{
    {
        // Owned here so the server, its QTcpServer and every socket (even one a hung request
        // keeps open) die on this thread when the event loop ends.
        GraphHttpServer server(m_state);
        auto *tcp = new LowDelayTcpServer(&server);
        const bool ok = tcp->listen(QHostAddress::LocalHost, 0);
        if (ok) {
            server.bind(tcp);
            QUrl base;
            base.setScheme(QStringLiteral("http"));
            base.setHost(QStringLiteral("127.0.0.1"));
            base.setPort(tcp->serverPort());
            m_state.setBaseUrl(base);
        }
        {
            QMutexLocker lock(&m_mutex);
            m_port = ok ? tcp->serverPort() : 0;
            m_error = ok ? QString() : tcp->errorString();
            m_done = true;
            m_ready.wakeAll();
        }
        if (ok)
            exec();
    }
}

} // namespace sspr::demo
