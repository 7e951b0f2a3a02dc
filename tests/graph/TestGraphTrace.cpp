// GraphClient records every HTTP exchange into an HttpTrace when one is set: the $batch POST
// with its inner requests as the body, the reply, and never the bearer token. Real HTTP
// against the scenario server on 127.0.0.1.
#include "core/auth/StaticTokenProvider.h"
#include "core/demo/ScenarioServer.h"
#include "core/graph/GraphClient.h"
#include "core/trace/HttpTrace.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace sspr;

class TestGraphTrace : public QObject {
    Q_OBJECT

    std::unique_ptr<demo::ScenarioServer> server;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<auth::StaticTokenProvider> tokens;
    std::unique_ptr<graph::GraphClient> client;

    QHash<QString, graph::GraphResponse> run(graph::GraphBatchJob *job)
    {
        QSignalSpy spy(job, &graph::GraphBatchJob::finished);
        if (!spy.wait(15000))
            return {};
        return spy.at(0).at(0).value<QHash<QString, graph::GraphResponse>>();
    }

    static graph::GraphRequest get(const QString &key, const QString &url)
    {
        graph::GraphRequest r;
        r.key = key;
        r.relativeUrl = url;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QHash<QString, graph::GraphResponse>>();
        server = std::make_unique<demo::ScenarioServer>();
        QVERIFY(!server->loadScenario(QStringLiteral("healthy")).has_value());
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        network = std::make_unique<QNetworkAccessManager>();
        auth::AccountInfo admin;
        admin.userPrincipalName = server->demoAdminPrincipalName();
        tokens
            = std::make_unique<auth::StaticTokenProvider>(admin, QStringList { "User.Read.All" });
        client = std::make_unique<graph::GraphClient>(network.get(), tokens.get());
        client->setBaseUrl(server->graphBaseUrl());
    }

    void batchIsOneExchangeWithItsInnerRequests()
    {
        trace::HttpTrace trace;
        client->setTrace(&trace);
        QCOMPARE(client->trace(), &trace);
        const QString upn = server->demoUserPrincipalName();
        const auto responses = run(
            client->sendBatch({ get(QStringLiteral("user"),
                                    QStringLiteral("/users/%1?$select=id,accountEnabled").arg(upn)),
                get(QStringLiteral("missing"),
                    QStringLiteral("/users/nobody@contoso-demo.example")) }));
        QCOMPARE(responses.size(), 2);
        const auto entries = trace.entries();
        QCOMPARE(entries.size(), 1);
        const trace::HttpExchange &e = entries.first();
        QCOMPARE(e.method, QStringLiteral("POST"));
        QVERIFY(e.url.path().endsWith(QStringLiteral("/$batch")));
        QCOMPARE(e.status, 200);
        QVERIFY(e.durationMs >= 0);
        QVERIFY(qAbs(e.startedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(e.requestBody.contains("\"requests\""));
        QVERIFY(e.requestBody.contains(upn.toUtf8()));
        QVERIFY(e.requestBody.contains("nobody@contoso-demo.example"));
        QVERIFY(e.responseBody.contains("\"responses\""));
        bool sawAuthorization = false;
        for (const auto &[name, value] : e.requestHeaders) {
            if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
                sawAuthorization = true;
                QCOMPARE(value, QByteArray("[redacted]"));
            }
            QVERIFY(!value.contains("Bearer "));
        }
        QVERIFY(sawAuthorization);
        client->setTrace(nullptr);
    }

    void directRequestAndNoTraceWhenUnset()
    {
        trace::HttpTrace trace;
        client->setTrace(&trace);
        run(client->send(get(QStringLiteral("org"), QStringLiteral("/organization"))));
        QCOMPARE(trace.entries().size(), 1);
        QCOMPARE(trace.entries().first().method, QStringLiteral("GET"));
        QVERIFY(trace.entries().first().url.path().endsWith(QStringLiteral("/organization")));
        client->setTrace(nullptr);
        run(client->send(get(QStringLiteral("org2"), QStringLiteral("/organization?$top=1"))));
        QCOMPARE(trace.entries().size(), 1);
    }

    void cleanupTestCase()
    {
        client.reset();
        tokens.reset();
        network.reset();
        server.reset();
    }
};

QTEST_GUILESS_MAIN(TestGraphTrace)
#include "TestGraphTrace.moc"
