// The fault matrix, transport half: the network fails before, during or instead of Graph's
// reply. Each row runs the real sspr-doctor headless (TestFaultMatrixSupport) and checks the
// status of every check, the message, both reports, the exit code and the wall time.
#include "TestFaultMatrixSupport.h"

#include "core/demo/DemoTlsEndpoint.h"
#include "core/demo/ScenarioServer.h"

#include <QtTest>
#include <memory>

using faultmatrix::Expectation;

Q_DECLARE_METATYPE(faultmatrix::Expectation)

class TestFaultMatrixTransport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    // Served from this process while the app runs: a TLS server whose certificate the app
    // does not trust, a loopback port that refuses, and a plain-HTTP server.
    std::unique_ptr<sspr::demo::DemoTlsEndpoint> m_tls;
    std::unique_ptr<sspr::demo::ScenarioServer> m_plain;

    static QMap<QString, QString> secondRoundTrip()
    {
        // What the second $batch carries (the requests that need the user's object id) and
        // the checks that read them.
        QMap<QString, QString> s;
        for (const char *id :
            { "user.registration", "user.sspr-scope", "user.methods", "user.sspr-audit",
                "tenant.methods-policy", "tenant.license", "user.signin-errors" })
            s.insert(QLatin1String(id), QStringLiteral("error"));
        return s;
    }
    static QMap<QString, QString> all(const QString &status)
    {
        return { { QStringLiteral("*"), status } };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tls = std::make_unique<sspr::demo::DemoTlsEndpoint>();
        QVERIFY2(m_tls->start({}), qPrintable(m_tls->errorString()));
        m_plain = std::make_unique<sspr::demo::ScenarioServer>();
        QVERIFY(!m_plain->loadScenario(QStringLiteral("healthy")));
        QVERIFY2(m_plain->start(), qPrintable(m_plain->errorString()));
    }
    void cleanupTestCase()
    {
        m_plain.reset();
        m_tls.reset();
    }

    void fault_data()
    {
        QTest::addColumn<Expectation>("row");
        const auto graph = [](const QString &url) {
            return QStringList { QStringLiteral("--graph"), url };
        };
        Expectation e;

        e = {};
        e.scenario = QStringLiteral("healthy");
        e.extraArgs = graph(QStringLiteral("http://127.0.0.1:%1/v1.0").arg(m_tls->refusedPort()));
        e.statuses = all(QStringLiteral("error"));
        e.messageCheck = QStringLiteral("service.health");
        e.message = QStringLiteral("refused the connection");
        QTest::newRow("connection refused") << e;

        e.extraArgs = graph(QStringLiteral("https://sspr-doctor-probe.invalid/v1.0"));
        e.message = QStringLiteral("could not be found (DNS lookup failed)");
        QTest::newRow("DNS failure") << e;

        e.extraArgs = graph(QStringLiteral("https://127.0.0.1:%1/v1.0").arg(m_tls->port()));
        e.message = QStringLiteral("the secure (TLS) connection to 127.0.0.1:%1 failed")
                        .arg(m_tls->port());
        QTest::newRow("TLS failure: untrusted certificate") << e;

        const int plainPort = m_plain->graphBaseUrl().port();
        e.extraArgs = graph(QStringLiteral("https://127.0.0.1:%1/v1.0").arg(plainPort));
        e.message
            = QStringLiteral("the secure (TLS) connection to 127.0.0.1:%1 failed").arg(plainPort);
        QTest::newRow("TLS failure: server speaks plain HTTP") << e;

        // Half the body, then silence: the whole-exchange timeout fires, once per attempt
        // (a timeout is retried once), so the run ends after about two timeouts.
        e = {};
        e.scenario = QStringLiteral("stall-mid-body");
        e.statuses = all(QStringLiteral("error"));
        e.messageCheck = QStringLiteral("user.account");
        e.message = QStringLiteral("no complete reply within 1000 ms");
        e.minWallMs = 1900;
        e.maxWallMs = 15000;
        QTest::newRow("timeout mid-body") << e;

        // A byte every 100 ms: Qt's inactivity timeout never fires, the whole-exchange one does.
        e.scenario = QStringLiteral("trickle-body");
        QTest::newRow("timeout mid-body: trickling body") << e;

        e = {};
        e.scenario = QStringLiteral("truncated-body");
        e.statuses = secondRoundTrip();
        e.messageCheck = QStringLiteral("user.methods");
        e.message = QStringLiteral("was lost in the middle of the reply");
        QTest::newRow("truncated body") << e;

        e = {};
        e.scenario = QStringLiteral("dropped-connection");
        e.statuses = all(QStringLiteral("error"));
        e.messageCheck = QStringLiteral("tenant.admin-sspr");
        e.message = QStringLiteral("was lost in the middle of the reply");
        QTest::newRow("dropped connection") << e;

        e = {};
        e.scenario = QStringLiteral("dropped-once");
        e.exitCode = 0;
        e.roundTrips = 3; // the first $batch, its retry, the second $batch
        QTest::newRow("dropped connection once: retried") << e;

        e = {};
        e.scenario = QStringLiteral("huge-reply");
        e.statuses = secondRoundTrip();
        e.messageCheck = QStringLiteral("user.methods");
        e.message = QStringLiteral("the reply announced 50 MB, more than the 32 MB");
        e.maxWallMs = 10000;
        QTest::newRow("50 MB reply") << e;

        e = {};
        e.scenario = QStringLiteral("html-200");
        e.statuses = secondRoundTrip();
        e.messageCheck = QStringLiteral("user.sspr-audit");
        e.message = QStringLiteral("HTML page instead of JSON (text/html)");
        QTest::newRow("HTML instead of JSON") << e;

        e = {};
        e.scenario = QStringLiteral("empty-200");
        e.statuses = all(QStringLiteral("error"));
        e.messageCheck = QStringLiteral("tenant.license");
        e.message = QStringLiteral("empty reply body (HTTP 200)");
        QTest::newRow("empty 200") << e;

        e = {};
        e.scenario = QStringLiteral("paging-loop");
        e.statuses = { { QStringLiteral("service.health"), QStringLiteral("error") } };
        e.messageCheck = QStringLiteral("service.health");
        e.message = QStringLiteral("paging did not end");
        QTest::newRow("paging that loops") << e;
    }
    void fault()
    {
        QFETCH(Expectation, row);
        const faultmatrix::Run run = faultmatrix::runApp(m_dir, row);
        const QStringList problems = faultmatrix::verify(run, row);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrixTransport)
#include "TestFaultMatrixTransport.moc"
