// Every secret a sign-in handles (codes, verifiers, device codes, access and refresh tokens)
// stays out of the sspr.* logs at debug level and out of the HTTP trace.
#include "SignInFixture.h"

#include "core/auth/RefreshTokenVault.h"
#include "core/graph/GraphClient.h"
#include "core/trace/HttpTrace.h"

#include <QMutex>
#include <QNetworkReply>

using namespace sspr;

namespace {
QMutex g_mutex;
QStringList g_messages;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_mutex);
    g_messages << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ')
            + message;
}

// Sees each request body as it leaves, to learn the secrets it carries. A real manager:
// the requests still go over HTTP to the authority.
class RecordingNetwork : public QNetworkAccessManager {
public:
    QList<QByteArray> bodies;

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        if (outgoingData)
            bodies << outgoingData->peek(outgoingData->size());
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};
} // namespace

class TestNoSecretLeaks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nothingSecretInLogsOrTrace()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("sspr.*=true"));
        qInstallMessageHandler(capture);

        fixture::Authority authority;
        demo::AuthorityOptions options;
        options.devicePendingPolls = 1;
        QVERIFY(authority.start(options));
        RecordingNetwork network;
        trace::HttpTrace trace;
        auth::MemorySecretStore store;
        auth::SignIn signIn(&network, &store);
        signIn.setTrace(&trace);
        signIn.setConfig(authority.config());
        demo::DemoBrowser browser(&network);
        QStringList codes;
        browser.setTamper([&](const QUrl &redirect) {
            codes << fixture::queryItem(redirect, QStringLiteral("code"));
            return redirect;
        });
        connect(&signIn, &auth::SignIn::openBrowser, &browser, &demo::DemoBrowser::open);

        QStringList accessTokens;
        auto takeToken = [&] {
            bool done = false;
            signIn.acquireToken({}, [&](const auth::TokenResult &r) {
                accessTokens << r.accessToken;
                done = true;
            });
            QTRY_VERIFY(done);
        };

        // Browser sign-in, a Graph call after a 401 (refresh), a device code sign-in.
        signIn.signInInteractive();
        QVERIFY(fixture::waitForOutcome(signIn, nullptr));
        takeToken();
        graph::GraphClient graph(&network, &signIn);
        graph.setBaseUrl(authority.server->graphBaseUrl());
        graph.setTrace(&trace);
        authority.server->revokeAccessTokens();
        graph::GraphRequest me;
        me.key = QStringLiteral("me");
        me.relativeUrl = QStringLiteral("/me");
        me.requiredScope = QStringLiteral("User.Read");
        bool graphDone = false;
        connect(graph.send(me), &graph::GraphBatchJob::finished, this,
            [&](const QHash<QString, graph::GraphResponse> &r) {
                QVERIFY(r.value(QStringLiteral("me")).ok());
                graphDone = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(graphDone, 20000);
        takeToken();
        signIn.signInWithDeviceCode();
        QVERIFY(fixture::waitForOutcome(signIn, nullptr));
        takeToken();

        // Collect every secret value that crossed the wire.
        QStringList secrets = codes + accessTokens;
        for (const QByteArray &body : std::as_const(network.bodies)) {
            const QUrlQuery form(QString::fromLatin1(body));
            for (const char *name : { "code", "code_verifier", "refresh_token", "device_code" }) {
                const QString value = form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
                if (!value.isEmpty())
                    secrets << value;
            }
        }
        const QString key = auth::RefreshTokenVault::key(signIn.config(), signIn.lastAccount());
        std::optional<QString> stored;
        bool read = false;
        store.read(key, [&](std::optional<QString> value, QString) {
            stored = value;
            read = true;
        });
        QTRY_VERIFY(read);
        QVERIFY(stored.has_value());
        secrets << *stored;
        secrets.removeAll(QString());
        secrets.removeDuplicates();
        qInstallMessageHandler(nullptr);

        // Each kind was seen, so the scan below has something to find.
        QVERIFY(codes.size() >= 1);
        QVERIFY(accessTokens.size() == 3);
        QVERIFY(secrets.size() >= 7);
        QVERIFY(g_messages.size() >= 5);
        QVERIFY(!trace.entries().isEmpty());

        QStringList haystack = g_messages;
        int tokenPosts = 0;
        for (const trace::HttpExchange &e : trace.entries()) {
            haystack << e.url.toString() << QString::fromUtf8(e.requestBody)
                     << QString::fromUtf8(e.responseBody);
            for (const auto &[name, value] : e.requestHeaders + e.responseHeaders)
                haystack << QString::fromLatin1(name + ": " + value);
            tokenPosts += e.url.path().endsWith(QLatin1String("/token")) ? 1 : 0;
        }
        QVERIFY(tokenPosts >= 3); // code, refresh, device polls: all recorded
        for (const QString &secret : std::as_const(secrets)) {
            for (const QString &line : std::as_const(haystack))
                QVERIFY2(!line.contains(secret), qPrintable(line.left(200)));
        }
    }
};

QTEST_GUILESS_MAIN(TestNoSecretLeaks)
#include "TestNoSecretLeaks.moc"
