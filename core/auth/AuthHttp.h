#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QObject;

namespace sspr::trace {
class HttpTrace;
}

namespace sspr::auth {

// The sign-in's HTTP on the shared QNetworkAccessManager: discovery GETs and form POSTs to
// the token and device code endpoints. Every exchange goes to the HttpTrace (which redacts)
// and one line to "sspr.auth" naming method, URL path and status only.
class AuthHttp {
public:
    struct Result {
        int status = 0; // 0: no HTTP reply
        QByteArray body;
        QString networkError;
    };
    using Done = std::function<void(const Result &)>;
    using Form = QList<QPair<QString, QString>>;

    AuthHttp(QNetworkAccessManager *network, trace::HttpTrace *trace);
    void setTrace(trace::HttpTrace *trace);
    void setTimeoutMs(int timeoutMs);

    // `done` runs once from the event loop unless `context` is destroyed first. The reply is
    // returned so a cancel can abort it (done then runs with the abort error).
    QNetworkReply *get(const QUrl &url, QObject *context, Done done);
    QNetworkReply *postForm(const QUrl &url, const Form &form, QObject *context, Done done);

    // application/x-www-form-urlencoded (HTML s4.10.21.6 / RFC 6749 appendix B): every byte
    // outside the unreserved set percent-encoded, so '+' in a token survives.
    static QByteArray encodeForm(const Form &form);

private:
    QNetworkReply *send(const QByteArray &method, const QUrl &url, const QByteArray &body,
        QObject *context, Done done);
    QNetworkAccessManager *m_network;
    QPointer<trace::HttpTrace> m_trace;
    int m_timeoutMs = 30000;
};

} // namespace sspr::auth
