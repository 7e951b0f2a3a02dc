#include "core/demo/DemoTlsEndpoint.h"
#include "core/demo/NetworkBehavior.h"
#include "core/demo/ScenarioLoader.h"
#include "core/probes/ProbeRunner.h"
#include "core/runtime/ProbeSetup.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sspr;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

// The demo's network path: scenario "network" key -> DemoTlsEndpoint -> probes on 127.0.0.1.
class TestDemoProbes : public QObject {
    Q_OBJECT

private:
    QNetworkAccessManager network;

    probes::ProbeEvidence runScenario(const QString &scenario, demo::DemoTlsEndpoint &endpoint)
    {
        runtime::AppOptions options;
        options.demo = true;
        options.scenario = scenario;
        options.timeoutSeconds = 5;
        auto runner = runtime::ProbeSetup::create(options, &network);
        if (!runner)
            return {};
        QString error;
        if (!runtime::ProbeSetup::startDemo(options, runner.get(), &endpoint, &error)) {
            qWarning() << error;
            return {};
        }
        probes::ProbeConfig config = runner->config();
        config.runOsProbe = false;
        runner->setConfig(config);
        QSignalSpy finished(runner.get(), &probes::ProbeRunner::finished);
        runner->start();
        if (!finished.wait(20000))
            return {};
        return finished.first().first().value<probes::ProbeEvidence>();
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<probes::ProbeEvidence>(); }

    void networkKeyIsValidated()
    {
        QString error;
        const auto ok = demo::NetworkBehavior::fromJson(
            json(
                R"({"interception": true, "blockedHosts": ["A.example"], "clockSkewSeconds": 420})"),
            &error);
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(ok->interception);
        QCOMPARE(ok->blockedHosts, QStringList { "a.example" });
        QCOMPARE(ok->clockSkewSeconds, 420);
        QVERIFY(!demo::NetworkBehavior::fromJson(json(R"({"intercept": true})"), &error));
        QVERIFY2(error.contains(QLatin1String("unknown key \"intercept\"")), qPrintable(error));
        QVERIFY(!demo::NetworkBehavior::fromJson(json(R"({"interception": "yes"})"), &error));
        QVERIFY(!demo::NetworkBehavior::fromJson(json(R"({"blockedHosts": [1]})"), &error));
        QVERIFY(!demo::NetworkBehavior::fromJson(json(R"({"clockSkewSeconds": 1.5})"), &error));
    }

    void builtInScenariosCarryTheirNetwork()
    {
        const auto loaded = demo::ScenarioLoader::load(QStringLiteral("clock-skew"));
        if (const auto *error = std::get_if<QString>(&loaded))
            QFAIL(qPrintable(*error));
        QCOMPARE(std::get<demo::Scenario>(loaded).network.clockSkewSeconds, 420);
    }

    void loaderRefusesABadNetworkKey()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("bad-network.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"base": "healthy", "description": "x", "network": {"blocked": ["a"]}})");
        file.close();
        const auto loaded = demo::ScenarioLoader::load(file.fileName());
        const auto *error = std::get_if<QString>(&loaded);
        QVERIFY(error);
        QVERIFY2(
            error->contains(QLatin1String("network: unknown key \"blocked\"")), qPrintable(*error));
        QVERIFY2(error->contains(QLatin1String("bad-network.json")), qPrintable(*error));
    }

    void healthyDemoPasses()
    {
        demo::DemoTlsEndpoint endpoint;
        const probes::ProbeEvidence evidence = runScenario(QStringLiteral("healthy"), endpoint);
        QVERIFY(evidence.ran);
        QCOMPARE(evidence.hosts.size(), 7); // the global list, each aimed at 127.0.0.1
        for (const probes::HostProbe &host : evidence.hosts) {
            QVERIFY2(host.tlsHandshake && host.chainTrusted && host.microsoftChain,
                qPrintable(host.host + u' ' + host.connectError + host.tlsError));
            QCOMPARE(host.addresses, QStringList { "127.0.0.1" });
        }
        QVERIFY2(evidence.clock && evidence.clock->measured,
            qPrintable(evidence.clock ? evidence.clock->error : QString()));
        QVERIFY(qAbs(evidence.clock->skewSeconds) <= 2);
    }

    void interceptionShowsTheProxyCa()
    {
        demo::DemoTlsEndpoint endpoint;
        const auto evidence = runScenario(QStringLiteral("tls-interception"), endpoint);
        QCOMPARE(evidence.hosts.size(), 7);
        const probes::HostProbe host = evidence.hosts.first();
        QVERIFY(host.tlsHandshake);
        QVERIFY(!host.microsoftChain);
        QCOMPARE(host.chain.first().issuer, QStringLiteral("Contoso Inspection Proxy CA"));
    }

    void blockedHostsAreRefused()
    {
        demo::DemoTlsEndpoint endpoint;
        const auto evidence = runScenario(QStringLiteral("network-blocked"), endpoint);
        QStringList refused;
        for (const probes::HostProbe &host : evidence.hosts) {
            if (!host.connected)
                refused << host.host;
        }
        QCOMPARE(refused,
            QStringList(
                { "passwordreset.microsoftonline.com", "api.passwordreset.microsoftonline.com" }));
    }

    void clockSkewIsSeen()
    {
        demo::DemoTlsEndpoint endpoint;
        const auto evidence = runScenario(QStringLiteral("clock-skew"), endpoint);
        QVERIFY(evidence.clock && evidence.clock->measured);
        QVERIFY2(qAbs(evidence.clock->skewSeconds - 420) <= 2,
            qPrintable(QString::number(evidence.clock->skewSeconds)));
    }
};

QTEST_GUILESS_MAIN(TestDemoProbes)
#include "TestDemoProbes.moc"
