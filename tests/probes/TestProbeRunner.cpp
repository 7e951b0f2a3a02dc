#include "core/probes/ClockProber.h"
#include "core/probes/HostProber.h"
#include "core/probes/ProbeRunner.h"
#include "core/probes/ProbeTargets.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace sspr::probes;

namespace {

QByteArray readFile(const QString &name)
{
    QFile file(QStringLiteral(SSPR_SOURCE_DIR "/resources/demo-tls/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QSslCertificate certificate(const QString &name)
{
    return QSslCertificate(readFile(name), QSsl::Pem);
}

// A TLS server on 127.0.0.1 presenting `prefix`-leaf.pem with its root.
std::unique_ptr<QSslServer> tlsServer(const QString &prefix)
{
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain({ certificate(prefix + QStringLiteral("-leaf.pem")),
        certificate(prefix + QStringLiteral("-root-ca.pem")) });
    tls.setPrivateKey(QSslKey(readFile(prefix + QStringLiteral("-leaf.key")), QSsl::Ec));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(tls);
    if (!server->listen(QHostAddress::LocalHost))
        return nullptr;
    return server;
}

// An HTTP server answering every request with `date` as its Date header.
class DateServer : public QTcpServer {
public:
    QByteArray date;
    explicit DateServer(QByteArray d)
        : date(std::move(d))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 404 Not Found\r\nDate: " + date
                        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
    }
};

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c()
        .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

class TestProbeRunner : public QObject {
    Q_OBJECT

private:
    QNetworkAccessManager network;

    // Config for local targets: the demo CA trusted, its organization counted as Microsoft's.
    ProbeConfig localConfig(const QList<ProbeTarget> &targets, int timeoutMs = 3000)
    {
        ProbeConfig config;
        config.targets = targets;
        config.timeoutMs = timeoutMs;
        config.runOsProbe = false;
        config.extraTrustedRoots = { certificate(QStringLiteral("demo-root-ca.pem")) };
        config.trustedIssuerOrganizations = { QStringLiteral("Contoso Demo") };
        config.clockUrl = QUrl(QStringLiteral("http://127.0.0.1:1/")); // refused at once
        return config;
    }

    ProbeEvidence run(ProbeRunner &runner, int waitMs = 15000)
    {
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        runner.start();
        if (!finished.wait(waitMs))
            return {};
        return finished.first().first().value<ProbeEvidence>();
    }

    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

    static QList<QPointer<QObject>> probers(ProbeRunner &runner)
    {
        QList<QPointer<QObject>> found;
        const auto children = runner.children();
        for (QObject *child : children) {
            if (qobject_cast<HostProber *>(child) || qobject_cast<ClockProber *>(child))
                found << child;
        }
        return found;
    }

    static int alive(const QList<QPointer<QObject>> &objects)
    {
        return int(std::count_if(objects.begin(), objects.end(),
            [](const QPointer<QObject> &o) { return !o.isNull(); }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ProbeEvidence>();
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        QVERIFY(!certificate(QStringLiteral("demo-root-ca.pem")).isNull());
    }

    void closedPortIsRefused()
    {
        ProbeRunner runner(&network);
        runner.setConfig(localConfig({ { QStringLiteral("127.0.0.1"), closedPort(), "x" } }));
        const ProbeEvidence evidence = run(runner);
        QVERIFY(evidence.ran);
        QCOMPARE(evidence.hosts.size(), 1);
        const HostProbe host = evidence.hosts.first();
        QVERIFY(host.resolved);
        QCOMPARE(host.proxy, QStringLiteral("direct"));
        QVERIFY(!host.connected);
        QVERIFY2(host.connectError.contains(QLatin1String("refused"), Qt::CaseInsensitive),
            qPrintable(host.connectError));
        QVERIFY(!host.tlsHandshake);
        QCOMPARE(host.tlsMs, -1);
    }

    void selfSignedChainIsInterception()
    {
        const auto server = tlsServer(QStringLiteral("inspection"));
        QVERIFY(server);
        ProbeRunner runner(&network);
        runner.setConfig(
            localConfig({ { QStringLiteral("127.0.0.1"), server->serverPort(), "x" } }));
        const ProbeEvidence evidence = run(runner);
        QCOMPARE(evidence.hosts.size(), 1);
        const HostProbe host = evidence.hosts.first();
        QVERIFY2(host.tlsHandshake, qPrintable(host.tlsError + host.connectError));
        QVERIFY(!host.microsoftChain);
        QVERIFY(!host.chainTrusted); // the inspection root is not among the trusted ones
        QVERIFY(!host.tlsError.isEmpty());
        QVERIFY(!host.chain.isEmpty());
        QCOMPARE(host.chain.first().issuer, QStringLiteral("Contoso Inspection Proxy CA"));
        QCOMPARE(host.chain.first().issuerOrganization, QStringLiteral("Contoso Inspection Proxy"));
        QVERIFY(host.tlsMs >= 0);
    }

    void trustedDemoChainPasses()
    {
        const auto server = tlsServer(QStringLiteral("demo"));
        QVERIFY(server);
        ProbeRunner runner(&network);
        runner.setConfig(localConfig({ { QStringLiteral("127.0.0.1"), server->serverPort(), "a" },
            { QStringLiteral("localhost"), server->serverPort(), "b" } }));
        const ProbeEvidence evidence = run(runner);
        QCOMPARE(evidence.hosts.size(), 2);
        for (const HostProbe &host : evidence.hosts) {
            QVERIFY2(host.tlsHandshake, qPrintable(host.host + host.tlsError + host.connectError));
            QVERIFY2(host.chainTrusted, qPrintable(host.host + u' ' + host.tlsError));
            QVERIFY(host.microsoftChain);
            QCOMPARE(host.chain.first().subject, QStringLiteral("localhost"));
            QVERIFY(host.dnsMs >= 0 && host.connectMs >= 0 && host.tlsMs >= 0);
        }
        QCOMPARE(evidence.hosts.at(1).purpose, QStringLiteral("b")); // in target order
    }

    void demoChainWithoutItsOrganizationIsInterception()
    {
        const auto server = tlsServer(QStringLiteral("demo"));
        QVERIFY(server);
        ProbeRunner runner(&network);
        ProbeConfig config
            = localConfig({ { QStringLiteral("127.0.0.1"), server->serverPort(), "x" } });
        config.trustedIssuerOrganizations = ProbeConfig::microsoftIssuerOrganizations();
        runner.setConfig(config);
        const HostProbe host = run(runner).hosts.value(0);
        QVERIFY(host.chainTrusted);
        QVERIFY(!host.microsoftChain);
    }

    void proxyAskingForCredentialsIsReported()
    {
        QTcpServer proxy; // an HTTP proxy that answers every CONNECT with 407
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        QByteArray request;
        connect(&proxy, &QTcpServer::newConnection, this, [&proxy, &request] {
            QTcpSocket *socket = proxy.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &request] {
                request += socket->readAll();
                if (!request.contains("\r\n\r\n"))
                    return;
                socket->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                              "Proxy-Authenticate: Basic realm=\"contoso\"\r\n"
                              "Content-Length: 0\r\n\r\n");
            });
        });
        ProbeRunner runner(&network);
        ProbeConfig config = localConfig({ { QStringLiteral("login.example"), 443, "x" } });
        config.proxy = QNetworkProxy(
            QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.serverPort());
        runner.setConfig(config);
        const HostProbe host = run(runner).hosts.value(0);
        QVERIFY(request.startsWith("CONNECT login.example:443 "));
        QCOMPARE(host.proxy, QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort()));
        QVERIFY(host.resolved); // the proxy resolves: the PC's DNS is not on the path
        QVERIFY2(host.proxyNeedsAuth, qPrintable(host.connectError));
        QVERIFY(!host.connected);
        QVERIFY(!host.connectError.isEmpty());
    }

    void hangingServerTimesOut()
    {
        QTcpServer silent; // accepts, never speaks TLS
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        ProbeRunner runner(&network);
        runner.setConfig(
            localConfig({ { QStringLiteral("127.0.0.1"), silent.serverPort(), "x" } }, 700));
        QElapsedTimer clock;
        clock.start();
        const ProbeEvidence evidence = run(runner);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        const HostProbe host = evidence.hosts.value(0);
        QVERIFY(host.connected);
        QVERIFY(!host.tlsHandshake);
        QVERIFY2(host.tlsError.contains(QLatin1String("700 ms")), qPrintable(host.tlsError));
    }

    void unresolvableNameFailsInTime()
    {
        ProbeRunner runner(&network);
        runner.setConfig(
            localConfig({ { QStringLiteral("sspr-doctor-probe.invalid"), 443, "x" } }, 1500));
        QElapsedTimer clock;
        clock.start();
        const ProbeEvidence evidence = run(runner);
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
        const HostProbe host = evidence.hosts.value(0);
        QVERIFY(!host.resolved);
        QVERIFY(!host.dnsError.isEmpty());
        QVERIFY(!host.connected);
        QCOMPARE(host.connectMs, -1);
    }

    void clockSkewFromDateHeader()
    {
        DateServer server(httpDate(QDateTime::currentDateTimeUtc().addSecs(-420)));
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ProbeRunner runner(&network);
        ProbeConfig config = localConfig({});
        config.targets = { { QStringLiteral("127.0.0.1"), closedPort(), "x" } };
        config.clockUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort()));
        runner.setConfig(config);
        const ProbeEvidence evidence = run(runner);
        QVERIFY(evidence.clock.has_value());
        QVERIFY2(evidence.clock->measured, qPrintable(evidence.clock->error));
        QCOMPARE(evidence.clock->host, QStringLiteral("127.0.0.1"));
        QVERIFY2(qAbs(evidence.clock->skewSeconds - 420) <= 2,
            qPrintable(QString::number(evidence.clock->skewSeconds)));
    }

    void clockWithoutDateHeaderIsAnError()
    {
        ProbeRunner runner(&network);
        ProbeConfig config = localConfig({ { QStringLiteral("127.0.0.1"), closedPort(), "x" } });
        runner.setConfig(config); // the clock URL's port 1 refuses
        const ProbeEvidence evidence = run(runner);
        QVERIFY(evidence.clock.has_value());
        QVERIFY(!evidence.clock->measured);
        QVERIFY(!evidence.clock->error.isEmpty());
    }

    // The clock ignores certificate errors for its HEAD; the TLS connection it leaves must not
    // stay in the shared manager's pool, where the token POST (code, verifier, refresh token)
    // or a Graph call to the same host would reuse it unverified.
    void clockLeavesNoUnverifiedConnectionBehind()
    {
        auto server = tlsServer(QStringLiteral("inspection")); // a chain nobody here trusts
        QVERIFY(server);
        int connections = 0;
        connect(server.get(), &QTcpServer::pendingConnectionAvailable, server.get(), [&] {
            while (QTcpSocket *socket = server->nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->peek(socket->bytesAvailable()).contains("\r\n\r\n"))
                        return;
                    socket->readAll();
                    socket->write(
                        "HTTP/1.1 200 OK\r\nDate: " + httpDate(QDateTime::currentDateTimeUtc())
                        + "\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n");
                });
            }
        });
        QNetworkAccessManager shared;
        ProbeConfig config = localConfig({});
        config.clockUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(server->serverPort()));
        ClockProber clock(&shared, config);
        QSignalSpy done(&clock, &ClockProber::finished);
        clock.start();
        QVERIFY(done.count() > 0 || done.wait(10000));
        QVERIFY2(clock.result().measured, qPrintable(clock.result().error));
        QCOMPARE(connections, 1);

        // A request that verifies the certificate, as the sign-in's and Graph's do.
        std::unique_ptr<QNetworkReply> reply(shared.get(QNetworkRequest(config.clockUrl)));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    }

    void parsesHttpDates()
    {
        const QDateTime expected(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QCOMPARE(ClockProber::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"), expected);
        QCOMPARE(ClockProber::parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT"), expected);
        QCOMPARE(ClockProber::parseHttpDate("Sun Nov  6 08:49:37 1994"), expected);
        QVERIFY(!ClockProber::parseHttpDate("yesterday").isValid());
    }

    void cancelEndsEveryStepAsCancelled()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        ProbeRunner runner(&network);
        runner.setConfig(
            localConfig({ { QStringLiteral("127.0.0.1"), silent.serverPort(), "x" } }, 20000));
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        QSignalSpy accepted(&silent, &QTcpServer::newConnection);
        runner.start();
        QVERIFY(runner.isRunning());
        QVERIFY(accepted.wait(5000)); // TCP is up, TLS is waiting
        runner.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!runner.isRunning());
        const ProbeEvidence evidence = finished.first().first().value<ProbeEvidence>();
        QVERIFY(evidence.cancelled);
        QCOMPARE(evidence.hosts.size(), 1);
        QCOMPARE(evidence.hosts.first().tlsError, QStringLiteral("cancelled"));
        QVERIFY(!finished.wait(300)); // and nothing more arrives
    }

    void restartFromFinishedKeepsTheEmittingProberAlive()
    {
        // A finished() slot that starts again runs inside the last prober's own signal: that
        // prober must outlive the emission (deleted later, not at once).
        ProbeRunner runner(&network);
        runner.setConfig(localConfig({ { QStringLiteral("127.0.0.1"), closedPort(), "x" } }));
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        QList<QPointer<QObject>> firstRun;
        int aliveAfterRestart = -1;
        connect(&runner, &ProbeRunner::finished, this, [&] {
            if (!firstRun.isEmpty())
                return;
            firstRun = probers(runner);
            runner.start();
            aliveAfterRestart = alive(firstRun);
        });
        runner.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
        QCOMPARE(firstRun.size(), 2); // one host, the clock
        QCOMPARE(aliveAfterRestart, 2);
        QTRY_COMPARE(alive(firstRun), 0); // and gone once the event loop turned
        QCOMPARE(finished.at(1).first().value<ProbeEvidence>().hosts.size(), 1);
        QCOMPARE(probers(runner).size(), 2); // the second run's own
    }

    void deletingTheRunnerFromFinishedDefersTheProbers()
    {
        auto *runner = new ProbeRunner(&network);
        runner->setConfig(localConfig({ { QStringLiteral("127.0.0.1"), closedPort(), "x" } }));
        QList<QPointer<QObject>> owned;
        int aliveAfterDelete = -1;
        bool done = false;
        connect(runner, &ProbeRunner::finished, this, [&] {
            owned = probers(*runner);
            delete runner;
            aliveAfterDelete = alive(owned);
            done = true;
        });
        runner->start();
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QCOMPARE(owned.size(), 2);
        QCOMPARE(aliveAfterDelete, 2);
        QTRY_COMPARE(alive(owned), 0);
    }

    void defaultTargetsPerCloud()
    {
        QStringList hosts;
        for (const ProbeTarget &target : ProbeRunner::defaultTargets(QStringLiteral("global")))
            hosts << target.host;
        QCOMPARE(hosts,
            QStringList({ "login.microsoftonline.com", "passwordreset.microsoftonline.com",
                "api.passwordreset.microsoftonline.com", "account.activedirectory.windowsazure.com",
                "graph.microsoft.com", "ajax.aspnetcdn.com", "ocsp.digicert.com" }));
        hosts.clear();
        for (const ProbeTarget &target : ProbeRunner::defaultTargets(QStringLiteral("china")))
            hosts << target.host;
        QCOMPARE(
            hosts, QStringList({ "login.chinacloudapi.cn", "microsoftgraph.chinacloudapi.cn" }));
        QCOMPARE(ProbeRunner::defaultClockUrl(QStringLiteral("usgov-dod")).toString(),
            QStringLiteral("https://login.microsoftonline.us/"));
    }

    void parsesTargets()
    {
        QCOMPARE(ProbeTargets::parse(QStringLiteral("127.0.0.1:8443"))->port, quint16(8443));
        QCOMPARE(ProbeTargets::parse(QStringLiteral("login.example"))->port, quint16(443));
        QCOMPARE(ProbeTargets::parse(QStringLiteral("[::1]:99"))->host, QStringLiteral("::1"));
        QVERIFY(!ProbeTargets::parse(QStringLiteral("host:0")));
        QVERIFY(!ProbeTargets::parse(QStringLiteral("host:70000")));
        QVERIFY(!ProbeTargets::parse(QStringLiteral("::1")));
        QVERIFY(!ProbeTargets::parse(QString()));
    }
};

QTEST_GUILESS_MAIN(TestProbeRunner)
#include "TestProbeRunner.moc"
