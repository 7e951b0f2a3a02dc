#pragma once

#include "core/auth/AuthConfig.h"
#include "core/auth/AuthHttp.h"
#include "core/auth/SignIn.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace sspr::auth {

// The device authorization grant (RFC 8628), which Qt 6.4 lacks: asks the device code
// endpoint for a user code (s3.1-3.2), then polls the token endpoint (s3.4) at `interval`
// until the person finishes on another device or the code expires (s3.5).
class DeviceCodeFlow : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(DeviceCodeFlow)

public:
    struct Request {
        QUrl deviceAuthorizationEndpoint;
        QUrl tokenEndpoint;
        QString clientId;
        QStringList scopes;
    };

    static constexpr int kMaxIntervalSeconds = 60; // the backoff after network errors stops here

    DeviceCodeFlow(AuthHttp *http, QObject *parent = nullptr);
    ~DeviceCodeFlow() override;

    void start(const Request &request);
    void cancel(); // stops polling; no signal
    bool isRunning() const { return m_running; }
    int intervalSeconds() const { return m_intervalSeconds; }
    int pollCount() const { return m_polls; }

Q_SIGNALS:
    void deviceCodeReady(const sspr::auth::DeviceCodeInfo &info);
    // "authorization_pending", "slow_down", "network_error" (polling goes on), ...
    void polled(const QString &answer);
    void tokenReceived(const QByteArray &tokenReplyBody); // the raw reply: the caller parses
    void failed(const sspr::auth::AuthError &error);

private:
    void onDeviceCode(const AuthHttp::Result &result);
    void poll();
    void onPoll(const AuthHttp::Result &result);
    void fail(const AuthError &error);

    AuthHttp *m_http;
    Request m_request;
    QString m_deviceCode; // secret: never logged
    QDateTime m_expiresAt;
    int m_intervalSeconds = 5;
    int m_polls = 0;
    bool m_running = false;
    QTimer m_timer;
    QPointer<QNetworkReply> m_reply;
};

} // namespace sspr::auth
