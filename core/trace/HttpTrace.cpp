#include "core/trace/HttpTrace.h"

#include <QMutexLocker>
#include <QRegularExpression>
#include <QUrlQuery>

namespace sspr::trace {

namespace {

const QByteArray redactedMarker = QByteArrayLiteral("[redacted]");

bool isSecretHeader(const QByteArray &name)
{
    static const QList<QByteArray> names { "authorization", "proxy-authorization", "cookie",
        "set-cookie", "x-ms-refreshtokencredential" };
    return names.contains(name.toLower());
}

bool isSecretParameter(const QString &name)
{
    static const QStringList names { QStringLiteral("access_token"),
        QStringLiteral("refresh_token"), QStringLiteral("id_token"), QStringLiteral("code"),
        QStringLiteral("code_verifier"), QStringLiteral("device_code"),
        QStringLiteral("client_assertion"), QStringLiteral("client_secret"),
        QStringLiteral("password"), QStringLiteral("assertion") };
    return names.contains(name.toLower());
}

// form bodies and JSON bodies alike: key=value / "key":"value" for the secret names, and
// anything shaped like a JWT.
QByteArray redactBody(QByteArray body)
{
    static const QRegularExpression form(QStringLiteral(
        "(^|[&?])(access_token|refresh_token|id_token|code|code_verifier|device_code|"
        "client_assertion|client_secret|password|assertion)=[^&\\s]*"));
    static const QRegularExpression json(QStringLiteral(
        "\"(access_token|refresh_token|id_token|code|code_verifier|device_code|"
        "client_assertion|client_secret|password|assertion)\"\\s*:\\s*\"(?:[^\"\\\\]|\\\\.)*\""));
    static const QRegularExpression jwt(
        QStringLiteral("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"));
    QString text = QString::fromUtf8(body);
    text.replace(form, QStringLiteral("\\1\\2=[redacted]"));
    text.replace(json, QStringLiteral("\"\\1\":\"[redacted]\""));
    text.replace(jwt, QStringLiteral("[redacted]"));
    return text.toUtf8();
}

QUrl redactUrl(QUrl url)
{
    for (const bool fragment : { false, true }) {
        QUrlQuery query(
            fragment ? url.fragment(QUrl::FullyEncoded) : url.query(QUrl::FullyEncoded));
        bool changed = false;
        const auto items = query.queryItems(QUrl::FullyEncoded);
        for (const auto &item : items) {
            if (isSecretParameter(item.first)) {
                query.removeAllQueryItems(item.first);
                query.addQueryItem(item.first, QString::fromLatin1(redactedMarker));
                changed = true;
            }
        }
        if (changed) {
            if (fragment)
                url.setFragment(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
            else
                url.setQuery(query);
        }
    }
    url.setPassword(QString());
    return url;
}

void redactHeaders(QList<QPair<QByteArray, QByteArray>> &headers)
{
    for (auto &header : headers) {
        if (isSecretHeader(header.first))
            header.second = redactedMarker;
    }
}

} // namespace

HttpTrace::HttpTrace(QObject *parent)
    : QObject(parent)
{
}

HttpTrace::~HttpTrace() = default;

void HttpTrace::record(HttpExchange exchange)
{
    int count = 0;
    {
        QMutexLocker lock(&m_mutex);
        exchange.url = redactUrl(exchange.url);
        redactHeaders(exchange.requestHeaders);
        redactHeaders(exchange.responseHeaders);
        exchange.requestBody = redactBody(exchange.requestBody.left(m_maxBodyBytes));
        exchange.responseBody = redactBody(exchange.responseBody.left(m_maxBodyBytes));
        m_entries.append(std::move(exchange));
        while (m_entries.size() > m_maxEntries)
            m_entries.removeFirst();
        count = int(m_entries.size());
    }
    Q_EMIT recorded(count);
}

QList<HttpExchange> HttpTrace::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

void HttpTrace::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

void HttpTrace::setMaxEntries(int maxEntries)
{
    QMutexLocker lock(&m_mutex);
    m_maxEntries = qMax(1, maxEntries);
}

void HttpTrace::setMaxBodyBytes(int maxBodyBytes)
{
    QMutexLocker lock(&m_mutex);
    m_maxBodyBytes = qMax(0, maxBodyBytes);
}

} // namespace sspr::trace
