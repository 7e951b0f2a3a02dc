// Headless against a "real" tenant (--authority/--graph at the scenario server): no
// remembered sign-in, so a device code on stderr; a failed sign-in ends with exit code 2.
#include "SignInFixture.h"

#include "core/runtime/AppSettings.h"
#include "core/runtime/HeadlessRun.h"

#include <QStandardPaths>

using namespace sspr;

class TestHeadlessSignIn : public QObject {
    Q_OBJECT

    int run(fixture::Authority &authority, QString *out, QString *err)
    {
        runtime::AppOptions options;
        options.headless = true;
        options.authorityUrl = authority.server->authorityUrl();
        options.graphUrl = authority.server->graphBaseUrl();
        options.userKey = authority.server->demoUserPrincipalName();
        options.errorText = QStringLiteral("AADSTS120021");
        options.noProbes = true;
        options.noRemember = true;
        QTextStream outStream(out);
        QTextStream errStream(err);
        return runtime::HeadlessRun::run(options, outStream, errStream);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings in the test location
        QCoreApplication::setOrganizationName(QStringLiteral("sspr-doctor-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestHeadlessSignIn"));
        runtime::AppSettings().setLastAccount(QString());
    }

    void deviceCodeOnStderrThenTheRun()
    {
        fixture::Authority authority;
        demo::AuthorityOptions options;
        options.devicePendingPolls = 1;
        QVERIFY(authority.start(options));
        QString out;
        QString err;
        const int exitCode = run(authority, &out, &err);
        QVERIFY2(exitCode == 0 || exitCode == 1 || exitCode == 2, qPrintable(err));
        // The authority's own sentence with the code, then a real Graph run.
        QVERIFY2(err.contains(QLatin1String("code")), qPrintable(err));
        QCOMPARE(authority.server->tokenRequestCount(
                     QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")),
            2);
        QVERIFY(authority.server->httpRequestCount() >= 1);
        QVERIFY2(out.contains(authority.server->demoUserPrincipalName()), qPrintable(out));
        // Checks that need a Graph token ran on the device code sign-in's token.
        QVERIFY2(out.contains(QLatin1String("[PASS ] Account state")), qPrintable(out));
        // --no-remember: nothing for a next run.
        QCOMPARE(runtime::AppSettings().lastAccount(), QString());
    }

    void failedSignInExitsTwo()
    {
        fixture::Authority authority;
        demo::AuthorityOptions options;
        options.deviceOutcome = demo::AuthorityOptions::DeviceOutcome::Decline;
        options.devicePendingPolls = 0;
        QVERIFY(authority.start(options));
        QString out;
        QString err;
        QCOMPARE(run(authority, &out, &err), 2);
        QVERIFY2(err.contains(QLatin1String("declined")), qPrintable(err));
        QCOMPARE(authority.server->httpRequestCount(), 0); // Graph never asked
        QVERIFY(out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHeadlessSignIn)
#include "TestHeadlessSignIn.moc"
