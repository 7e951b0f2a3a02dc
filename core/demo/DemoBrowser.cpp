#include "core/demo/DemoBrowser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace sspr::demo {

namespace {

constexpr int kTimeoutMs = 30000;

// What a person would read on the page: tags dropped, entities decoded, blanks collapsed.
QString pageText(const QByteArray &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    QString text = QString::fromUtf8(html);
    text.remove(QRegularExpression(QStringLiteral("<title>.*</title>"),
        QRegularExpression::CaseInsensitiveOption
            | QRegularExpression::DotMatchesEverythingOption));
    text.replace(tags, QStringLiteral(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text.replace(blanks, QStringLiteral(" ")).trimmed();
}

QNetworkRequest browserRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(kTimeoutMs);
    return request;
}

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

DemoBrowser::DemoBrowser(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

void DemoBrowser::setTamper(Tamper tamper)
{
    m_tamper = std::move(tamper);
}

QUrl DemoBrowser::lastRedirect() const
{
    return m_lastRedirect;
}

void DemoBrowser::open(const QUrl &authorizeUrl)
{
    m_lastRedirect.clear();
    QNetworkReply *reply = m_network->get(browserRequest(authorizeUrl));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { authorityAnswered(reply); });
}

void DemoBrowser::authorityAnswered(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = statusOf(reply);
    const QByteArray location = reply->rawHeader("Location");
    if (status < 300 || status >= 400 || location.isEmpty()) {
        // No redirect: the authority showed a page (its error page) or could not be reached.
        const QString text = pageText(reply->readAll());
        Q_EMIT finished(false, text.isEmpty() ? reply->errorString() : text);
        return;
    }
    QUrl target = reply->url().resolved(QUrl::fromEncoded(location));
    if (m_tamper)
        target = m_tamper(target);
    m_lastRedirect = target;
    QNetworkReply *next = m_network->get(browserRequest(target));
    connect(next, &QNetworkReply::finished, this, [this, next] { targetAnswered(next); });
}

void DemoBrowser::targetAnswered(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = statusOf(reply);
    const QString text = pageText(reply->readAll());
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        Q_EMIT finished(true, text);
        return;
    }
    const QString problem = status > 0
        ? tr("The redirect target answered HTTP %1: %2").arg(status).arg(text)
        : reply->errorString();
    Q_EMIT finished(false, problem);
}

} // namespace sspr::demo
