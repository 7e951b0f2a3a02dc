#include "core/auth/StaticTokenProvider.h"
#include "core/checks/CheckRegistry.h"
#include "core/checks/CheckRunner.h"
#include "core/checks/NetworkCheck.h"
#include "core/checks/ScopeCoverage.h"
#include "core/demo/ScenarioServer.h"
#include "core/graph/GraphClient.h"
#include "core/probes/ProbeRunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTest>
#include <memory>

using namespace sspr;
using namespace sspr::checks;

namespace {

// The runner test needs a signed-in Graph, not sign-in itself: the demo's fixed admin.
auth::AccountInfo demoAdmin()
{
    return { QStringLiteral("Avery Admin"), QStringLiteral("avery.admin@contoso-demo.example"),
        QStringLiteral("b5a1c2d3-4e5f-4a6b-9c8d-0e1f2a3b4c5d"),
        QStringLiteral("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d") };
}

// A minimal check for the runner's bookkeeping: asks for one request, passes when it came.
class ProbeCheck : public Check {
public:
    ProbeCheck(QString id, QString url)
        : m_id(std::move(id))
        , m_url(std::move(url))
    {
    }
    QString id() const override { return m_id; }
    QString title() const override { return m_id; }
    QList<graph::GraphRequest> requests(const CheckContext &) const override
    {
        graph::GraphRequest request;
        request.key = QStringLiteral("probe");
        request.relativeUrl = m_url;
        request.requiredScope = QStringLiteral("User.Read.All");
        return { request };
    }
    Finding evaluate(const Evidence &evidence, const CheckContext &ctx) const override
    {
        Finding finding;
        finding.checkId = m_id;
        finding.evaluatedAt = ctx.now;
        const graph::GraphResponse *response = evidence.response(QStringLiteral("probe"));
        finding.status = response && response->ok() ? Status::Pass : Status::Error;
        finding.summary = response ? response->body.value(QLatin1String("displayName")).toString()
                                   : QStringLiteral("no reply");
        return finding;
    }

private:
    QString m_id;
    QString m_url;
};

// The four checks these runner tests were written around; the catalog grows, the runner's
// bookkeeping under test does not.
QStringList baseIds()
{
    return { QStringLiteral("service.health"), QStringLiteral("user.account"),
        QStringLiteral("user.registration"), QStringLiteral("user.sspr-scope") };
}

QSslCertificate demoCertificate(const QString &name)
{
    QFile file(QStringLiteral(SSPR_SOURCE_DIR "/resources/demo-tls/") + name);
    return file.open(QIODevice::ReadOnly) ? QSslCertificate(file.readAll()) : QSslCertificate();
}

// Probes aimed at 127.0.0.1:port, the demo CA trusted and counted as Microsoft's.
probes::ProbeConfig localProbes(quint16 port, int timeoutMs)
{
    probes::ProbeConfig config;
    config.targets = { { QStringLiteral("127.0.0.1"), port, QStringLiteral("test") } };
    config.clockUrl = QUrl(QStringLiteral("http://127.0.0.1:1/"));
    config.timeoutMs = timeoutMs;
    config.runOsProbe = false;
    config.extraTrustedRoots = { demoCertificate(QStringLiteral("demo-root-ca.pem")) };
    config.trustedIssuerOrganizations = { QStringLiteral("Contoso Demo") };
    return config;
}

const QString adeleId = QStringLiteral("4f1c8e2a-6b3d-4e9f-8a7b-1c2d3e4f5a6b");

QHash<QString, Finding> byId(const QList<Finding> &findings)
{
    QHash<QString, Finding> map;
    for (const Finding &finding : findings)
        map.insert(finding.checkId, finding);
    return map;
}

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &finding : findings)
        lines << finding.checkId + QLatin1Char('=') + statusKey(finding.status)
                + QStringLiteral(": ") + finding.summary;
    return lines.join(QStringLiteral(" | "));
}

} // namespace

class TestCheckRunner : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<demo::ScenarioServer> server;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<auth::StaticTokenProvider> tokens;
    std::unique_ptr<graph::GraphClient> graph;

    CheckContext itContext(const QString &user) const
    {
        CheckContext ctx;
        ctx.userKey = user;
        ctx.signedIn = true;
        ctx.grantedScopes = tokens->grantedScopes();
        ctx.now = QDateTime::currentDateTimeUtc();
        return ctx;
    }

    // Runs every registered check to the end and returns the findings.
    QList<Finding> runAll(CheckRunner &runner, const CheckContext &ctx)
    {
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.start(CheckRegistry::create(baseIds()), ctx);
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<QList<Finding>>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Finding>();
        qRegisterMetaType<QList<Finding>>();
        server = std::make_unique<demo::ScenarioServer>();
        network = std::make_unique<QNetworkAccessManager>();
        tokens = std::make_unique<auth::StaticTokenProvider>(demoAdmin(),
            QStringList { QStringLiteral("User.Read.All"), QStringLiteral("AuditLog.Read.All"),
                QStringLiteral("ServiceHealth.Read.All") });
        QVERIFY2(server->start(), qPrintable(server->errorString()));
        graph = std::make_unique<graph::GraphClient>(network.get(), tokens.get());
        graph->setBaseUrl(server->graphBaseUrl());
        graph::RetryPolicy fast; // keep the outage test well under a minute
        fast.maxAttempts = 2;
        fast.baseBackoff = std::chrono::milliseconds(20);
        fast.maxBackoff = std::chrono::milliseconds(50);
        fast.maxRetryAfter = std::chrono::seconds(1);
        graph->setRetryPolicy(fast);
        graph->setTimeout(std::chrono::milliseconds(5000));
    }

    void init()
    {
        const auto error = server->loadScenario(QStringLiteral("healthy"));
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        server->clearFaults();
        server->resetLogs();
    }

    void healthyRunPassesInTwoWaves()
    {
        CheckRunner runner(graph.get());
        QSignalSpy started(&runner, &CheckRunner::checkStarted);
        QSignalSpy finishedOne(&runner, &CheckRunner::checkFinished);
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.start(CheckRegistry::create(baseIds()), itContext(server->demoUserPrincipalName()));
        QVERIFY(runner.isRunning());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!runner.isRunning());

        const QList<Finding> findings = runner.findings();
        QCOMPARE(findings.size(), 4);
        QStringList ids;
        for (const Finding &finding : findings) {
            ids << finding.checkId;
            QVERIFY2(finding.status == Status::Pass, qPrintable(describe(findings)));
        }
        QCOMPARE(ids, baseIds()); // in the order given
        QCOMPARE(started.count(), 4);
        QCOMPARE(finishedOne.count(), 4);
        QCOMPARE(runner.waves(), 2);
        QVERIFY2(server->httpRequestCount() <= 2, qPrintable(server->requestLog().join(u',')));
        QCOMPARE(runner.context().userObjectId, adeleId);
        // Wave 2 used the id read from the user's record.
        QVERIFY2(server->batchItemLog().contains(
                     QStringLiteral("GET /reports/authenticationMethods/userRegistrationDetails/")
                     + adeleId),
            qPrintable(server->batchItemLog().join(u',')));
    }

    void sharedRequestIsSentOnce()
    {
        CheckRunner runner(graph.get());
        const QList<Finding> findings = runAll(runner, itContext(server->demoUserPrincipalName()));
        QCOMPARE(findings.size(), 4);
        const QStringList items = server->batchItemLog();
        // health + user in wave 1, one registration read for two checks in wave 2.
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.filter(QStringLiteral("/userRegistrationDetails/")).size(), 1);
        QCOMPARE(
            items.filter(QStringLiteral("/admin/serviceAnnouncement/healthOverviews")).size(), 1);
        QCOMPARE(items.filter(QStringLiteral("/users/")).size(), 1);
    }

    void objectIdNeedsOneWave()
    {
        CheckRunner runner(graph.get());
        const QList<Finding> findings = runAll(runner, itContext(adeleId.toUpper()));
        QCOMPARE(findings.size(), 4);
        for (const Finding &finding : findings)
            QVERIFY2(finding.status == Status::Pass, qPrintable(describe(findings)));
        QCOMPARE(runner.waves(), 1);
        QCOMPARE(server->httpRequestCount(), 1);
    }

    void registrationForbiddenSkipsOnlyTheTwoRegistrationChecks()
    {
        demo::Fault forbidden;
        forbidden.kind = demo::Fault::Kind::Status;
        forbidden.status = 403;
        forbidden.match = QRegularExpression(
            QStringLiteral("^/reports/authenticationMethods/userRegistrationDetails"));
        server->addFault(forbidden);

        CheckRunner runner(graph.get());
        const auto findings = byId(runAll(runner, itContext(server->demoUserPrincipalName())));
        QCOMPARE(findings.size(), 4);
        for (const QString &id :
            { QStringLiteral("user.registration"), QStringLiteral("user.sspr-scope") }) {
            const Finding finding = findings.value(id);
            QVERIFY2(finding.status == Status::Skipped, qPrintable(id + u' ' + finding.summary));
            QVERIFY2(finding.summary.contains(QLatin1String("AuditLog.Read.All")),
                qPrintable(finding.summary));
            QVERIFY(finding.details.contains(QLatin1String("Reports Reader")));
            QCOMPARE(finding.evidence.value(0).httpStatus, 403);
        }
        QCOMPARE(findings.value(QStringLiteral("service.health")).status, Status::Pass);
        QCOMPARE(findings.value(QStringLiteral("user.account")).status, Status::Pass);
    }

    void userLookupForbiddenNamesItsScopeEverywhere()
    {
        demo::Fault forbidden;
        forbidden.kind = demo::Fault::Kind::Status;
        forbidden.status = 403;
        forbidden.match = QRegularExpression(QStringLiteral("^/users/"));
        server->addFault(forbidden);

        CheckRunner runner(graph.get());
        const auto findings = byId(runAll(runner, itContext(server->demoUserPrincipalName())));
        QCOMPARE(findings.size(), 4);
        for (const QString &id : { QStringLiteral("user.account"),
                 QStringLiteral("user.registration"), QStringLiteral("user.sspr-scope") }) {
            const Finding finding = findings.value(id);
            QVERIFY2(finding.status == Status::Skipped, qPrintable(id + u' ' + finding.summary));
            QVERIFY2(finding.summary.contains(QLatin1String("User.Read.All")),
                qPrintable(finding.summary));
        }
        QCOMPARE(findings.value(QStringLiteral("service.health")).status, Status::Pass);
        QCOMPARE(runner.waves(), 1);
    }

    void outageMakesEveryCheckAnError()
    {
        const auto error = server->loadScenario(QStringLiteral("outage-5xx"));
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        CheckRunner runner(graph.get());
        const QList<Finding> findings = runAll(runner, itContext(server->demoUserPrincipalName()));
        QCOMPARE(findings.size(), 4);
        for (const Finding &finding : findings) {
            QVERIFY2(finding.status == Status::Error, qPrintable(describe(findings)));
            QVERIFY(!finding.summary.isEmpty());
        }
        // Without the user's object id the second wave is never sent.
        QCOMPARE(runner.waves(), 1);
    }

    // A fault on the second wave (the registration report) makes exactly its two checks an
    // error; what wave 1 proved still stands.
    void waveTwoFaults_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("faultKind");
        QTest::addColumn<QString>("summaryPart");
        QTest::newRow("429 past the retry budget") << "throttled" << -1 << "HTTP 429";
        QTest::newRow("timeout") << "healthy" << int(demo::Fault::Kind::Hang)
                                 << "did not answer in time";
        QTest::newRow("html page")
            << "healthy" << int(demo::Fault::Kind::HtmlPage) << "could not be read";
        QTest::newRow("malformed json")
            << "healthy" << int(demo::Fault::Kind::MalformedJson) << "could not be read";
    }
    void waveTwoFaults()
    {
        QFETCH(QString, scenario);
        QFETCH(int, faultKind);
        QFETCH(QString, summaryPart);
        const auto error = server->loadScenario(scenario);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        if (faultKind >= 0) {
            demo::Fault fault;
            fault.kind = demo::Fault::Kind(faultKind);
            fault.match = QRegularExpression(QStringLiteral("^/reports/"));
            server->addFault(fault);
        }
        graph->setTimeout(std::chrono::milliseconds(500));
        const auto restore
            = qScopeGuard([this] { graph->setTimeout(std::chrono::milliseconds(5000)); });
        CheckRunner runner(graph.get());
        const auto findings = byId(runAll(runner, itContext(server->demoUserPrincipalName())));
        QCOMPARE(findings.size(), 4);
        QCOMPARE(findings.value(QStringLiteral("service.health")).status, Status::Pass);
        QCOMPARE(findings.value(QStringLiteral("user.account")).status, Status::Pass);
        for (const QString &id :
            { QStringLiteral("user.registration"), QStringLiteral("user.sspr-scope") }) {
            const Finding finding = findings.value(id);
            QVERIFY2(finding.status == Status::Error, qPrintable(id + u' ' + finding.summary));
            QVERIFY2(finding.summary.contains(summaryPart), qPrintable(finding.summary));
        }
        QCOMPARE(runner.waves(), 2);
    }

    void unknownUserFailsTheAccountAndSkipsRegistration()
    {
        CheckRunner runner(graph.get());
        const auto findings
            = byId(runAll(runner, itContext(QStringLiteral("nobody@contoso-demo.example"))));
        QCOMPARE(findings.size(), 4);
        const Finding account = findings.value(QStringLiteral("user.account"));
        QCOMPARE(account.status, Status::Fail);
        QVERIFY2(account.summary.contains(QLatin1String("not found")), qPrintable(account.summary));
        QCOMPARE(account.evidence.value(0).httpStatus, 404);
        for (const QString &id :
            { QStringLiteral("user.registration"), QStringLiteral("user.sspr-scope") }) {
            const Finding finding = findings.value(id);
            QVERIFY2(finding.status == Status::Skipped, qPrintable(id + u' ' + finding.summary));
            QVERIFY2(finding.summary.contains(QLatin1String("could not be resolved")),
                qPrintable(finding.summary));
        }
        QCOMPARE(findings.value(QStringLiteral("service.health")).status, Status::Pass);
        QCOMPARE(runner.waves(), 1);
        QCOMPARE(server->httpRequestCount(), 1);
        QVERIFY(runner.context().userObjectId.isEmpty());
    }

    void findingsArriveAsSoonAsTheirEvidence()
    {
        demo::Fault slow;
        slow.kind = demo::Fault::Kind::Latency;
        slow.delayMs = 400;
        slow.match = QRegularExpression(QStringLiteral("^/reports/"));
        server->addFault(slow);

        CheckRunner runner(graph.get());
        QStringList order;
        bool runningWhenAccountDone = false;
        connect(&runner, &CheckRunner::checkFinished, this, [&](const Finding &finding) {
            order << finding.checkId;
            if (finding.checkId == QLatin1String("user.account"))
                runningWhenAccountDone = runner.isRunning();
        });
        const QList<Finding> findings = runAll(runner, itContext(server->demoUserPrincipalName()));
        QCOMPARE(findings.size(), 4);
        QCOMPARE(order.size(), 4);
        QVERIFY(runningWhenAccountDone);
        QCOMPARE(QSet<QString>(order.begin(), order.begin() + 2),
            (QSet<QString> { QStringLiteral("service.health"), QStringLiteral("user.account") }));
    }

    void cancelEndsUnfinishedChecksAsCancelled()
    {
        demo::Fault slow;
        slow.kind = demo::Fault::Kind::Latency;
        slow.delayMs = 4000;
        server->addFault(slow);

        CheckRunner runner(graph.get());
        QSignalSpy started(&runner, &CheckRunner::checkStarted);
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.start(CheckRegistry::create(baseIds()), itContext(server->demoUserPrincipalName()));
        QVERIFY(started.wait(5000)); // wave 1 is on the wire
        runner.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!runner.isRunning());
        const QList<Finding> findings = runner.findings();
        QCOMPARE(findings.size(), 4);
        for (const Finding &finding : findings) {
            QVERIFY2(finding.status == Status::Error, qPrintable(describe(findings)));
            QVERIFY2(finding.summary.contains(QLatin1String("Cancelled by you")),
                qPrintable(finding.summary));
        }
        runner.cancel(); // a second cancel changes nothing
        QVERIFY(!finished.wait(300)); // and the cancelled replies never reach the runner
        QCOMPARE(finished.count(), 1);
        QCOMPARE(runner.findings().size(), 4);
    }

    void cancelBeforeTheFirstWaveSendsNothing()
    {
        CheckRunner runner(graph.get());
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.start(CheckRegistry::create(baseIds()), itContext(server->demoUserPrincipalName()));
        runner.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished.wait(200));
        QCOMPARE(runner.waves(), 0);
        QCOMPARE(server->httpRequestCount(), 0);
    }

    void cancelFromCheckStartedSendsNothing()
    {
        // A slot may cancel while the runner announces a wave; the wave must then stay unsent
        // (and never feed a later run).
        CheckRunner runner(graph.get());
        QSignalSpy finished(&runner, &CheckRunner::finished);
        connect(&runner, &CheckRunner::checkStarted, &runner, &CheckRunner::cancel);
        runner.start(CheckRegistry::create(baseIds()), itContext(server->demoUserPrincipalName()));
        QVERIFY(finished.wait(5000));
        QVERIFY(!finished.wait(300)); // proving an absence takes a wait
        QCOMPARE(finished.count(), 1);
        const QList<Finding> findings = runner.findings();
        QCOMPARE(findings.size(), 4);
        for (const Finding &finding : findings)
            QVERIFY2(finding.status == Status::Error, qPrintable(describe(findings)));
        QCOMPARE(runner.waves(), 0);
        QCOMPARE(server->httpRequestCount(), 0);
    }

    void withoutGraphEverythingIsSkipped()
    {
        CheckRunner runner(nullptr);
        QSignalSpy started(&runner, &CheckRunner::checkStarted);
        CheckContext ctx = itContext(server->demoUserPrincipalName());
        ctx.signedIn = true; // the runner knows better: no client, no sign-in
        const QList<Finding> findings = runAll(runner, ctx);
        QCOMPARE(findings.size(), 4);
        for (const Finding &finding : findings) {
            QVERIFY2(finding.status == Status::Skipped, qPrintable(describe(findings)));
            QVERIFY2(
                finding.summary.contains(QLatin1String("sign in")), qPrintable(finding.summary));
        }
        QCOMPARE(started.count(), 4);
        QCOMPARE(runner.waves(), 0);
        QCOMPARE(server->httpRequestCount(), 0);
    }

    void selfModeReadsOnlyMe()
    {
        CheckRunner runner(graph.get());
        CheckContext ctx = itContext(QString());
        ctx.selfMode = true;
        ctx.grantedScopes = { QStringLiteral("User.Read") };
        const auto findings = byId(runAll(runner, ctx));
        QCOMPARE(findings.size(), 4);
        QCOMPARE(findings.value(QStringLiteral("user.account")).status, Status::Pass);
        QCOMPARE(findings.value(QStringLiteral("service.health")).status, Status::Skipped);
        QCOMPARE(findings.value(QStringLiteral("user.registration")).status, Status::Skipped);
        QCOMPARE(findings.value(QStringLiteral("user.sspr-scope")).status, Status::Skipped);
        QCOMPARE(runner.waves(), 1);
        QVERIFY2(server->batchItemLog().value(0).startsWith(QLatin1String("GET /me?$select=")),
            qPrintable(server->batchItemLog().join(u',')));
        QCOMPARE(server->batchItemLog().size(), 1);
    }

    void conflictingRequestsForOneKeyAreLoggedAndSentOnce()
    {
        std::vector<std::unique_ptr<Check>> checks;
        checks.push_back(std::make_unique<ProbeCheck>(
            QStringLiteral("probe.first"), QStringLiteral("/users/{user}?$select=id,displayName")));
        checks.push_back(std::make_unique<ProbeCheck>(
            QStringLiteral("probe.second"), QStringLiteral("/users/{user}?$select=id")));
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("checks disagree on request.*probe")));
        CheckRunner runner(graph.get());
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.start(std::move(checks), itContext(server->demoUserPrincipalName()));
        QVERIFY(finished.wait(30000));
        const QList<Finding> findings = runner.findings();
        QCOMPARE(findings.size(), 2);
        for (const Finding &finding : findings) {
            QCOMPARE(finding.status, Status::Pass);
            QCOMPARE(finding.summary, QStringLiteral("Adele Vance")); // the first request won
        }
        QCOMPARE(server->batchItemLog(),
            QStringList { QStringLiteral("GET /users/adele.vance@contoso-demo.example"
                                         "?$select=id,displayName") });
        QCOMPARE(runner.waves(), 1);
    }

    void givenEvidenceIsNotAskedAgain()
    {
        graph::GraphResponse health;
        health.key = QStringLiteral("health");
        health.httpStatus = 200;
        health.body = QJsonDocument::fromJson(R"({"value": [{"id": "OrgLiveID",
            "service": "Microsoft Entra", "status": "serviceInterruption", "issues": []}]})")
                          .object();
        Evidence given;
        given.graph.insert(health.key, health);

        CheckRunner runner(graph.get());
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.start(
            CheckRegistry::create(baseIds()), itContext(server->demoUserPrincipalName()), given);
        QVERIFY(finished.wait(30000));
        const auto findings = byId(runner.findings());
        QCOMPARE(findings.value(QStringLiteral("service.health")).status, Status::Fail);
        QCOMPARE(findings.value(QStringLiteral("user.account")).status, Status::Pass);
        QVERIFY(server->batchItemLog().filter(QStringLiteral("healthOverviews")).isEmpty());
        QCOMPARE(server->batchItemLog().size(), 2); // user, then registration
    }

    void probeChecksRunBesideGraph()
    {
        QSslServer tls;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain({ demoCertificate(QStringLiteral("demo-leaf.pem")),
            demoCertificate(QStringLiteral("demo-root-ca.pem")) });
        QFile key(QStringLiteral(SSPR_SOURCE_DIR "/resources/demo-tls/demo-leaf.key"));
        QVERIFY(key.open(QIODevice::ReadOnly));
        config.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        tls.setSslConfiguration(config);
        QVERIFY(tls.listen(QHostAddress::LocalHost));

        probes::ProbeRunner probeRunner(network.get());
        probeRunner.setConfig(localProbes(tls.serverPort(), 5000));
        CheckRunner runner(graph.get());
        runner.setProbeRunner(&probeRunner);
        QSignalSpy probesDone(&probeRunner, &probes::ProbeRunner::finished);
        QSignalSpy started(&runner, &CheckRunner::checkStarted);
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.start(CheckRegistry::create({ QStringLiteral("service.health"),
                         NetworkCheck::checkId(), QStringLiteral("client.clock") }),
            itContext(server->demoUserPrincipalName()));
        QVERIFY(finished.wait(30000));
        QCOMPARE(probesDone.count(), 1);
        const auto findings = byId(runner.findings());
        QCOMPARE(findings.size(), 3);
        QCOMPARE(findings.value(QStringLiteral("service.health")).status, Status::Pass);
        const Finding network = findings.value(NetworkCheck::checkId());
        QVERIFY2(network.status == Status::Pass, qPrintable(network.summary + network.details));
        // The clock URL refuses: the clock check errs instead of guessing.
        QCOMPARE(findings.value(QStringLiteral("client.clock")).status, Status::Error);
        QCOMPARE(started.count(), 3);
        QCOMPARE(runner.waves(), 1);
        // The cloud key of the run reached the probe config.
        QCOMPARE(probeRunner.config().cloudKey, QStringLiteral("global"));
    }

    void probeChecksSkipWithoutAProbeRunner()
    {
        CheckRunner runner(graph.get());
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.start(
            CheckRegistry::create({ NetworkCheck::checkId(), QStringLiteral("client.os") }),
            itContext(server->demoUserPrincipalName()));
        QVERIFY(finished.wait(5000));
        const QList<Finding> findings = runner.findings();
        QCOMPARE(findings.size(), 2);
        for (const Finding &finding : findings) {
            QCOMPARE(finding.status, Status::Skipped);
            QVERIFY2(finding.summary.contains(QLatin1String("local probes are turned off")),
                qPrintable(finding.summary));
        }
        QCOMPARE(server->httpRequestCount(), 0);
    }

    void cancelCancelsTheProbes()
    {
        QTcpServer silent; // TCP accepted, TLS never answered
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        probes::ProbeRunner probeRunner(network.get());
        probeRunner.setConfig(localProbes(silent.serverPort(), 20000));
        CheckRunner runner(graph.get());
        runner.setProbeRunner(&probeRunner);
        QSignalSpy accepted(&silent, &QTcpServer::newConnection);
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.start(CheckRegistry::create(QStringList { NetworkCheck::checkId() }),
            itContext(server->demoUserPrincipalName()));
        QVERIFY(accepted.wait(5000));
        QVERIFY(probeRunner.isRunning());
        runner.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!probeRunner.isRunning());
        const Finding network = runner.findings().value(0);
        QCOMPARE(network.status, Status::Error);
        QVERIFY2(network.summary.contains(QLatin1String("Cancelled by you")),
            qPrintable(network.summary));
    }

    void cancelBeforeDispatchNeverStartsTheProbes()
    {
        probes::ProbeRunner probeRunner(network.get());
        probeRunner.setConfig(localProbes(1, 20000));
        QSignalSpy probesDone(&probeRunner, &probes::ProbeRunner::finished);
        CheckRunner runner(graph.get());
        runner.setProbeRunner(&probeRunner);
        runner.start(CheckRegistry::create(QStringList { NetworkCheck::checkId() }),
            itContext(server->demoUserPrincipalName()));
        runner.cancel(); // the queued dispatch has not run
        QCOMPARE(runner.findings().value(0).status, Status::Error);
        QVERIFY(!probesDone.wait(300));
        QVERIFY(!probeRunner.isRunning());
    }

    void requestsOutsideTheGrantedScopesAreNotSent()
    {
        CheckContext ctx = itContext(server->demoUserPrincipalName());
        ctx.grantedScopes = { QStringLiteral("Directory.Read.All"),
            QStringLiteral("AuditLog.Read.All") }; // no ServiceHealth.Read.All
        CheckRunner runner(graph.get());
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.start(CheckRegistry::create(baseIds()), ctx);
        QVERIFY(finished.wait(30000));
        const auto findings = byId(runner.findings());
        const Finding health = findings.value(QStringLiteral("service.health"));
        QCOMPARE(health.status, Status::Skipped);
        QVERIFY2(health.summary.contains(QLatin1String("ServiceHealth.Read.All")),
            qPrintable(health.summary));
        QVERIFY2(
            health.details.contains(QLatin1String("not consented")), qPrintable(health.details));
        // Directory.Read.All covers the user lookup's User.Read.All: those still pass.
        QCOMPARE(findings.value(QStringLiteral("user.account")).status, Status::Pass);
        QCOMPARE(findings.value(QStringLiteral("user.registration")).status, Status::Pass);
        QVERIFY(server->batchItemLog().filter(QStringLiteral("healthOverviews")).isEmpty());
    }

    void scopeCoverageTable()
    {
        const QStringList granted { QStringLiteral("User.Read.All"),
            QStringLiteral("Policy.ReadWrite.All") };
        QVERIFY(ScopeCoverage::covers(granted, QStringLiteral("User.Read.All")));
        QVERIFY(ScopeCoverage::covers(granted, QStringLiteral("user.read"))); // X.Read.All ⊇ X.Read
        QVERIFY(ScopeCoverage::covers(granted, QStringLiteral("Policy.Read.All")));
        QVERIFY(!ScopeCoverage::covers(granted, QStringLiteral("AuditLog.Read.All")));
        QVERIFY(!ScopeCoverage::covers(granted, QStringLiteral("Directory.Read.All")));
        QVERIFY(ScopeCoverage::covers(
            { QStringLiteral("Directory.Read.All") }, QStringLiteral("User.Read.All")));
        QVERIFY(ScopeCoverage::covers(granted, QString()));
        QVERIFY(ScopeCoverage::covers({ QStringLiteral("https://graph.microsoft.com/.default") },
            QStringLiteral("AuditLog.Read.All")));
    }

    void cleanupTestCase()
    {
        graph.reset();
        server->stop();
    }
};

QTEST_GUILESS_MAIN(TestCheckRunner)
#include "TestCheckRunner.moc"
