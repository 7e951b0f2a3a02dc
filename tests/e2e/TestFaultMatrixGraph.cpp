// The fault matrix, Graph half: Graph answers, but not with what the check needs (the wrong
// shape, 401, 403, 429 at the top level and inside $batch, a 503 storm). Each row runs the
// real sspr-doctor headless (TestFaultMatrixSupport) and checks the status of every check,
// the message, both reports, the exit code and the wall time.
#include "TestFaultMatrixSupport.h"

#include <QtTest>

using faultmatrix::Expectation;

Q_DECLARE_METATYPE(faultmatrix::Expectation)

class TestFaultMatrixGraph : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static Expectation row(const QString &scenario, const QStringList &checks,
        const QString &status, const QString &message)
    {
        Expectation e;
        e.scenario = scenario;
        for (const QString &id : checks)
            e.statuses.insert(id, status);
        e.messageCheck = checks.value(0);
        e.message = message;
        return e;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fault_data()
    {
        QTest::addColumn<Expectation>("row");
        const QString error = QStringLiteral("error");
        const QString skipped = QStringLiteral("skipped");
        const QStringList registration { QStringLiteral("user.registration"),
            QStringLiteral("user.sspr-scope") };
        const QStringList methods { QStringLiteral("user.methods"),
            QStringLiteral("tenant.methods-policy") };

        // JSON of the wrong shape: never read as "nothing there, so pass".
        QTest::newRow("wrong shape: registration {value: 42}")
            << row(QStringLiteral("wrong-shape-registration"), registration, error,
                   QStringLiteral("lacks isSsprRegistered"));
        QTest::newRow("wrong shape: registration as an empty list")
            << row(QStringLiteral("wrong-shape-registration-list"), registration, error,
                   QStringLiteral("lacks isSsprRegistered"));
        QTest::newRow("wrong shape: methods {value: 42}")
            << row(QStringLiteral("wrong-shape-methods"), methods, error,
                   QStringLiteral("has no \"value\" array"));
        QTest::newRow("wrong shape: methods as a bare array")
            << row(QStringLiteral("wrong-shape-methods-array"), methods, error,
                   QStringLiteral("reply JSON is not an object"));
        QTest::newRow("wrong shape: methods policy as an empty list")
            << row(QStringLiteral("wrong-shape-methods-policy"),
                   { QStringLiteral("tenant.methods-policy") }, error,
                   QStringLiteral("lacks authenticationMethodConfigurations"));
        QTest::newRow("wrong shape: service health value is an object") << row(
            QStringLiteral("wrong-shape-service-health"), { QStringLiteral("service.health") },
            error, QStringLiteral("has no \"value\" array"));
        QTest::newRow("wrong shape: service health {}") << row(
            QStringLiteral("wrong-shape-service-health-empty"),
            { QStringLiteral("service.health") }, error, QStringLiteral("has no \"value\" array"));

        // 401 on one request: a fresh token is fetched once; if Graph still refuses, only
        // that check is skipped.
        QTest::newRow("401 on one request")
            << row(QStringLiteral("unauthorized-one"), { QStringLiteral("tenant.admin-sspr") },
                   skipped, QStringLiteral("rejected the sign-in (HTTP 401)"));
        Expectation once = row(QStringLiteral("unauthorized-once"), {}, QString(), QString());
        once.exitCode = 0;
        once.roundTrips = 3; // the first $batch, its retry with a fresh token, the second
        QTest::newRow("401 once: fresh token") << once;

        // 403 per check: the check that needed the request is skipped, naming the scope.
        const struct {
            const char *scenario;
            QStringList checks;
            const char *scope;
        } forbidden[] = {
            { "forbidden-service-health", { QStringLiteral("service.health") },
                "ServiceHealth.Read.All" },
            { "forbidden-registration", registration, "AuditLog.Read.All" },
            { "forbidden-user",
                { QStringLiteral("user.account"), QStringLiteral("tenant.writeback"),
                    QStringLiteral("user.registration"), QStringLiteral("user.sspr-scope"),
                    QStringLiteral("user.methods"), QStringLiteral("user.sspr-audit"),
                    QStringLiteral("tenant.methods-policy"), QStringLiteral("tenant.license"),
                    QStringLiteral("user.signin-errors") },
                "User.Read.All" },
            { "forbidden-methods", methods, "UserAuthenticationMethod.Read.All" },
            { "forbidden-audits", { QStringLiteral("user.sspr-audit") }, "AuditLog.Read.All" },
            { "forbidden-methods-policy", { QStringLiteral("tenant.methods-policy") },
                "Policy.Read.AuthenticationMethod" },
            { "forbidden-skus", { QStringLiteral("tenant.license") },
                "LicenseAssignment.Read.All" },
            { "forbidden-license-details", { QStringLiteral("tenant.license") },
                "LicenseAssignment.Read.All" },
            { "forbidden-authorization-policy", { QStringLiteral("tenant.admin-sspr") },
                "Policy.Read.All" },
            { "forbidden-signins", { QStringLiteral("user.signin-errors") }, "AuditLog.Read.All" },
            { "forbidden-organization", { QStringLiteral("tenant.sync") },
                "Organization.Read.All" },
        };
        for (const auto &f : forbidden)
            QTest::newRow(qPrintable(QStringLiteral("403: ") + QLatin1String(f.scenario).mid(10)))
                << row(QLatin1String(f.scenario), f.checks, skipped, QLatin1String(f.scope));

        // 429 with and without Retry-After, on the $batch POST and on one item inside it:
        // retried (honouring Retry-After), then an error for the checks it fed.
        const QString throttled = QStringLiteral("kept throttling the request (HTTP 429)");
        Expectation e = row(QStringLiteral("throttled-batch-retry-after"),
            { QStringLiteral("service.health") }, error, throttled);
        e.statuses = { { QStringLiteral("*"), error } };
        e.minWallMs = 3000; // three waits of Retry-After: 1
        QTest::newRow("429 on $batch with Retry-After") << e;
        e.scenario = QStringLiteral("throttled-batch-no-retry-after");
        e.minWallMs = 1700; // backoff 250-500, 500-1000, 1000-2000 ms
        QTest::newRow("429 on $batch without Retry-After") << e;
        e = row(QStringLiteral("throttled-batch-recovers"), {}, QString(), QString());
        e.exitCode = 0;
        e.roundTrips = 4; // two refused $batch POSTs, then both round trips
        e.minWallMs = 2000;
        QTest::newRow("429 on $batch twice: recovers") << e;

        e = row(QStringLiteral("throttled-item-retry-after"),
            { QStringLiteral("tenant.methods-policy") }, error, throttled);
        e.minWallMs = 3000;
        QTest::newRow("429 inside $batch with Retry-After") << e;
        e.scenario = QStringLiteral("throttled-item-no-retry-after");
        e.minWallMs = 1700;
        QTest::newRow("429 inside $batch without Retry-After") << e;
        e = row(QStringLiteral("throttled-item-recovers"), {}, QString(), QString());
        e.exitCode = 0;
        e.roundTrips = 4; // both $batch POSTs and two retries of the throttled item
        e.minWallMs = 2000;
        QTest::newRow("429 inside $batch twice: recovers") << e;

        e = row(QStringLiteral("storm-503"), { QStringLiteral("service.health") }, error,
            QStringLiteral("unavailable (HTTP 503) after retries"));
        e.statuses = { { QStringLiteral("*"), error } };
        e.minWallMs = 3000;
        QTest::newRow("503 storm") << e;
    }
    void fault()
    {
        QFETCH(Expectation, row);
        const faultmatrix::Run run = faultmatrix::runApp(m_dir, row);
        const QStringList problems = faultmatrix::verify(run, row);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrixGraph)
#include "TestFaultMatrixGraph.moc"
