#include "core/probes/HostProber.h"

#include "core/probes/CertificateChainReader.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>

namespace sspr::probes {

Q_DECLARE_LOGGING_CATEGORY(lcProbes)

namespace {

QString proxyLabel(const QNetworkProxy &proxy)
{
    switch (proxy.type()) {
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::HttpCachingProxy:
        return QStringLiteral("http://%1:%2").arg(proxy.hostName()).arg(proxy.port());
    case QNetworkProxy::Socks5Proxy:
        return QStringLiteral("socks5://%1:%2").arg(proxy.hostName()).arg(proxy.port());
    default:
        return QStringLiteral("direct");
    }
}

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || (!address.isNull() && address.isLoopback());
}

} // namespace

HostProber::HostProber(const ProbeTarget &target, const ProbeConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    m_result.host = target.host;
    m_result.port = target.port;
    m_result.purpose = target.purpose;
    m_connectAddress = config.connectAddress;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HostProber::onTimeout);
}

HostProber::~HostProber()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

QNetworkProxy HostProber::systemProxyFor(const QString &host, quint16 port)
{
    if (isLoopback(host))
        return QNetworkProxy(QNetworkProxy::NoProxy);
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPort(port);
    const QList<QNetworkProxy> proxies
        = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    for (const QNetworkProxy &proxy : proxies) {
        // A CONNECT tunnel needs an HTTP proxy that is not caching-only, or SOCKS 5.
        if (proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::Socks5Proxy
            || proxy.type() == QNetworkProxy::NoProxy)
            return proxy;
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

void HostProber::start()
{
    if (m_step != Step::Idle)
        return;
    m_proxy = m_config.proxy.type() != QNetworkProxy::DefaultProxy
        ? m_config.proxy
        : systemProxyFor(
            m_connectAddress.isEmpty() ? m_result.host : m_connectAddress, m_result.port);
    m_result.proxy = proxyLabel(m_proxy);
    if (m_proxy.type() != QNetworkProxy::NoProxy) {
        // Through a proxy the proxy resolves the name: the PC's own DNS is not on the path.
        m_result.resolved = true;
        connectTcp(m_result.host);
        return;
    }
    lookUp();
}

void HostProber::lookUp()
{
    m_step = Step::Dns;
    m_clock.start();
    const QHostAddress literal(m_connectAddress.isEmpty() ? m_result.host : m_connectAddress);
    if (!literal.isNull()) {
        m_result.resolved = true;
        m_result.addresses = { literal.toString() };
        m_result.dnsMs = 0;
        connectTcp(literal.toString());
        return;
    }
    armTimer();
    m_lookupId = QHostInfo::lookupHost(m_result.host, this, &HostProber::onLookedUp);
}

void HostProber::onLookedUp(const QHostInfo &info)
{
    if (m_step != Step::Dns || info.lookupId() != m_lookupId)
        return;
    m_lookupId = -1;
    m_timer.stop();
    m_result.dnsMs = m_clock.elapsed();
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        fail(info.errorString().isEmpty() ? tr("the name has no address") : info.errorString());
        return;
    }
    m_result.resolved = true;
    for (const QHostAddress &address : info.addresses())
        m_result.addresses << address.toString();
    connectTcp(info.addresses().first().toString());
}

void HostProber::connectTcp(const QString &hostOrAddress)
{
    m_step = Step::Connect;
    if (!QSslSocket::supportsSsl()) {
        m_step = Step::Tls;
        fail(tr("this system has no TLS support (%1)").arg(QSslSocket::sslLibraryVersionString()));
        return;
    }
    m_socket = new QSslSocket(this);
    m_socket->setProxy(m_proxy);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // Only the extra roots are added: the system's own roots stay loaded on demand by the TLS
    // backend (reading the whole store for every probe costs seconds).
    if (!m_config.extraTrustedRoots.isEmpty())
        tls.addCaCertificates(m_config.extraTrustedRoots);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setSslConfiguration(tls);
    m_socket->setPeerVerifyName(m_connectAddress.isEmpty() ? m_result.host : m_connectAddress);
    connect(m_socket, &QSslSocket::connected, this, &HostProber::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &HostProber::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &HostProber::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &HostProber::onSocketError);
    m_clock.start();
    armTimer();
    m_socket->connectToHost(hostOrAddress, m_result.port);
}

void HostProber::onConnected()
{
    if (m_step != Step::Connect)
        return;
    m_result.connected = true;
    m_result.connectMs = m_clock.elapsed();
    m_step = Step::Tls;
    m_clock.start();
    armTimer();
    m_socket->startClientEncryption();
}

void HostProber::onSslErrors(const QList<QSslError> &errors)
{
    // Verification errors are findings, not reasons to stop: go on to read the whole chain.
    // Nothing is ever sent over this connection.
    for (const QSslError &error : errors)
        m_verifyErrors << error.errorString();
    if (m_socket)
        m_socket->ignoreSslErrors();
}

void HostProber::onEncrypted()
{
    if (m_step != Step::Tls)
        return;
    m_timer.stop();
    m_result.tlsMs = m_clock.elapsed();
    m_result.tlsHandshake = true;
    m_result.chain = CertificateChainReader::read(m_socket->peerCertificateChain());
    m_result.chainTrusted = m_verifyErrors.isEmpty();
    m_result.microsoftChain = CertificateChainReader::isTrustedIssuerChain(
        m_result.chain, m_config.trustedIssuerOrganizations);
    m_verifyErrors.removeDuplicates();
    m_result.tlsError = m_verifyErrors.join(QStringLiteral("; "));
    finish();
}

void HostProber::onSocketError()
{
    if (!m_socket || m_done)
        return;
    const auto error = m_socket->error();
    if (error == QAbstractSocket::ProxyAuthenticationRequiredError)
        m_result.proxyNeedsAuth = true;
    QString message = m_socket->errorString();
    if (m_step == Step::Tls && !m_verifyErrors.isEmpty())
        message
            += QStringLiteral(" (") + m_verifyErrors.join(QStringLiteral("; ")) + QLatin1Char(')');
    fail(message);
}

void HostProber::onTimeout()
{
    if (m_done)
        return;
    fail(tr("no answer within %1 ms").arg(m_config.timeoutMs));
}

void HostProber::cancel()
{
    if (m_done)
        return;
    if (m_step == Step::Idle)
        m_step = Step::Dns; // not started: the first step is the one cancelled
    fail(tr("cancelled"));
}

// Records `message` against the running step and ends the probe.
void HostProber::fail(const QString &message)
{
    if (m_done)
        return;
    switch (m_step) {
    case Step::Idle:
    case Step::Dns:
        m_result.dnsError = message;
        if (m_result.dnsMs < 0 && m_clock.isValid())
            m_result.dnsMs = m_clock.elapsed();
        break;
    case Step::Connect:
        m_result.connectError = message;
        break;
    case Step::Tls:
    case Step::Done:
        m_result.tlsError = message;
        break;
    }
    finish();
}

void HostProber::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_step = Step::Done;
    m_timer.stop();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    qCDebug(lcProbes) << "host" << m_result.host << m_result.port << "resolved" << m_result.resolved
                      << "connected" << m_result.connected << "tls" << m_result.tlsHandshake
                      << "microsoft chain" << m_result.microsoftChain;
    Q_EMIT finished();
}

void HostProber::armTimer()
{
    m_timer.start(m_config.timeoutMs);
}

} // namespace sspr::probes
