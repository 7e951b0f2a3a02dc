#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrlQuery>
#include <functional>

class QTcpSocket;

namespace sspr::auth {

// The browser sign-in's redirect listener (RFC 8252 s7.3) on 127.0.0.1, port chosen by the OS.
// Reads one HTTP request per connection and answers with the page `handler` returns. Qt 6.4's
// QOAuthHttpServerReplyHandler answers every request 200 with the same text; here a request
// the handler declines (a favicon fetch, a port scan) gets 404 and changes nothing.
class LoopbackListener : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(LoopbackListener)

public:
    struct Page {
        int status = 404; // 404: not the redirect
        QString html;
    };
    // Runs synchronously for each request; it may destroy the listener.
    using Handler = std::function<Page(const QUrlQuery &query)>;

    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    void setHandler(Handler handler);
    bool listen();
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    void close(); // no new connections; an answer being written still completes

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
};

} // namespace sspr::auth
