#pragma once

#include <QObject>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace sspr::demo {

// Stands in for the system browser in the demo and the tests: GETs the authorize URL without
// following its redirect, takes the Location (optionally through a tamper hook, to play a
// forged or altered redirect), GETs that (the app's loopback listener) and reports the page.
class DemoBrowser : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY(DemoBrowser)

public:
    using Tamper = std::function<QUrl(const QUrl &)>;

    explicit DemoBrowser(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setTamper(Tamper tamper); // applied to the authority's redirect before following it
    void open(const QUrl &authorizeUrl);
    QUrl lastRedirect() const; // after tampering; empty when the authority did not redirect

Q_SIGNALS:
    // ok: the redirect target answered 2xx; `text` is its page. Otherwise `text` says what
    // went wrong (the authority's error page text, a network error, the target's status).
    void finished(bool ok, const QString &text);

private:
    void authorityAnswered(QNetworkReply *reply);
    void targetAnswered(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    Tamper m_tamper;
    QUrl m_lastRedirect;
};

} // namespace sspr::demo
