#pragma once
// A TCP relay on 127.0.0.1 in front of the scenario server that can "lose the network": while
// `dropping` is set it resets every connection it accepts (the client sees a network error,
// no HTTP reply); otherwise it passes bytes through both ways.

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace fixture {

class FlakyRelay : public QTcpServer {
public:
    explicit FlakyRelay(quint16 targetPort)
        : m_targetPort(targetPort)
    {
    }

    bool dropping = true;
    int dropped = 0;

    QUrl relayed(QUrl url) const
    {
        url.setPort(serverPort());
        return url;
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *client = new QTcpSocket(this);
        client->setSocketDescriptor(descriptor);
        if (dropping) {
            ++dropped;
            client->abort();
            client->deleteLater();
            return;
        }
        auto *upstream = new QTcpSocket(client);
        connect(client, &QTcpSocket::readyRead, upstream,
            [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, client,
            [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
        upstream->write(client->readAll()); // buffered until connected
    }

private:
    quint16 m_targetPort;
};

} // namespace fixture
