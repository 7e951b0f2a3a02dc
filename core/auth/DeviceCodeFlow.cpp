#include "core/auth/DeviceCodeFlow.h"

#include "core/auth/AuthErrorReply.h"
#include "core/auth/AuthLogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace sspr::auth {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(DeviceCodeFlow)
};

int jsonInt(const QJsonObject &json, const char *name, int fallback)
{
    const QJsonValue value = json.value(QLatin1String(name));
    const int number = value.isString() ? value.toString().toInt() : value.toInt();
    return number > 0 ? number : fallback;
}
} // namespace

DeviceCodeFlow::DeviceCodeFlow(AuthHttp *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeviceCodeFlow::poll);
}

DeviceCodeFlow::~DeviceCodeFlow()
{
    cancel();
}

void DeviceCodeFlow::start(const Request &request)
{
    cancel();
    m_request = request;
    m_running = true;
    m_polls = 0;
    qCInfo(lcAuth) << "device code sign-in at"
                   << request.deviceAuthorizationEndpoint.toString(QUrl::RemoveQuery);
    m_reply = m_http->postForm(request.deviceAuthorizationEndpoint,
        { { QStringLiteral("client_id"), request.clientId },
            { QStringLiteral("scope"), request.scopes.join(QLatin1Char(' ')) } },
        this, [this](const AuthHttp::Result &result) { onDeviceCode(result); });
}

void DeviceCodeFlow::cancel()
{
    const bool wasRunning = m_running;
    m_running = false;
    m_timer.stop();
    m_deviceCode.clear();
    if (m_reply)
        m_reply->abort(); // its callback sees m_running == false
    if (wasRunning)
        qCInfo(lcAuth) << "device code sign-in stopped";
}

void DeviceCodeFlow::onDeviceCode(const AuthHttp::Result &result)
{
    if (!m_running)
        return;
    const QJsonObject json = QJsonDocument::fromJson(result.body).object();
    m_deviceCode = json.value(QLatin1String("device_code")).toString();
    DeviceCodeInfo info;
    info.userCode = json.value(QLatin1String("user_code")).toString();
    // RFC 8628 s3.2 says verification_uri; Microsoft's v2.0 endpoint sends the same name.
    info.verificationUri = QUrl(json.value(QLatin1String("verification_uri")).toString());
    if (result.status != 200 || m_deviceCode.isEmpty() || info.userCode.isEmpty()
        || !info.verificationUri.isValid()) {
        fail(result.status == 200
                ? AuthErrorReply::make(QStringLiteral("invalid_response"),
                    Text::tr("The authority's device code reply is incomplete."))
                : AuthErrorReply::parse(result.body, result.status, result.networkError));
        return;
    }
    m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(jsonInt(json, "expires_in", 900));
    info.expiresAt = m_expiresAt;
    info.message = json.value(QLatin1String("message")).toString();
    // RFC 8628 s3.2: default 5 seconds. Bounded, so a hostile or broken reply can neither
    // make the poll timer overflow (interval * 1000) nor stop polling for hours.
    m_intervalSeconds = qBound(1, jsonInt(json, "interval", 5), kMaxIntervalSeconds);
    Q_EMIT deviceCodeReady(info);
    m_timer.start(m_intervalSeconds * 1000);
}

void DeviceCodeFlow::poll()
{
    if (!m_running)
        return;
    if (QDateTime::currentDateTimeUtc() >= m_expiresAt) {
        fail(AuthErrorReply::make(QStringLiteral("expired_token"),
            AuthErrorReply::messageFor(QStringLiteral("expired_token"))));
        return;
    }
    ++m_polls;
    m_reply = m_http->postForm(m_request.tokenEndpoint,
        { { QStringLiteral("grant_type"),
              QStringLiteral("urn:ietf:params:oauth:grant-type:device_code") },
            { QStringLiteral("client_id"), m_request.clientId },
            { QStringLiteral("device_code"), m_deviceCode } },
        this, [this](const AuthHttp::Result &result) { onPoll(result); });
}

void DeviceCodeFlow::onPoll(const AuthHttp::Result &result)
{
    if (!m_running)
        return;
    if (result.status == 200) {
        m_running = false;
        m_deviceCode.clear();
        Q_EMIT tokenReceived(result.body);
        return;
    }
    AuthError error = AuthErrorReply::parse(result.body, result.status, result.networkError);
    Q_EMIT polled(error.code);
    const bool transient
        = result.status == 0 || (result.status >= 500 && error.code == QLatin1String("http_error"));
    if (transient) {
        // s3.5: a lost connection or timeout is no answer; back off (double the interval) and
        // keep polling until the code expires, when poll() gives up with expired_token.
        m_intervalSeconds = qMin(m_intervalSeconds * 2, kMaxIntervalSeconds);
        qCInfo(lcAuth) << "device code: no answer (" << result.status << "), polling again in"
                       << m_intervalSeconds << "s";
        m_timer.start(m_intervalSeconds * 1000);
        return;
    }
    if (error.code == QLatin1String("authorization_pending")) { // s3.5: keep polling
        m_timer.start(m_intervalSeconds * 1000);
        return;
    }
    if (error.code == QLatin1String("slow_down")) { // s3.5: add 5 seconds for this and later
        m_intervalSeconds += 5;
        qCInfo(lcAuth) << "device code: slow_down, polling every" << m_intervalSeconds << "s";
        m_timer.start(m_intervalSeconds * 1000);
        return;
    }
    fail(error);
}

void DeviceCodeFlow::fail(const AuthError &error)
{
    m_running = false;
    m_timer.stop();
    m_deviceCode.clear();
    qCInfo(lcAuth) << "device code sign-in failed:" << error.code << error.errorCodes;
    Q_EMIT failed(error);
}

} // namespace sspr::auth
