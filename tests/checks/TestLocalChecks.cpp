#include "CheckFixture.h"
#include "core/checks/CheckRegistry.h"
#include "core/checks/ClockCheck.h"
#include "core/checks/NetworkCheck.h"
#include "core/checks/OsCheck.h"

#include <QTest>

using namespace sspr::checks;
using sspr::tests::CheckFixtures;

// client.network, client.clock and client.os: pure evaluation over ProbeEvidence fixtures.
class TestLocalChecks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void network_data() { CheckFixtures::addRows(NetworkCheck::checkId()); }
    void network() { CheckFixtures::run(NetworkCheck()); }
    void clock_data() { CheckFixtures::addRows(ClockCheck::checkId()); }
    void clock() { CheckFixtures::run(ClockCheck()); }
    void os_data() { CheckFixtures::addRows(OsCheck::checkId()); }
    void os() { CheckFixtures::run(OsCheck()); }

    void fixturesCoverEveryOutcome()
    {
        const QSet<QString> all { "pass", "warning", "fail", "skipped", "error" };
        QCOMPARE(CheckFixtures::expectedStatuses(NetworkCheck::checkId()), all);
        QCOMPARE(CheckFixtures::expectedStatuses(ClockCheck::checkId()), all);
        QCOMPARE(CheckFixtures::expectedStatuses(OsCheck::checkId()), all);
    }

    void needProbesAndNoGraph()
    {
        const CheckContext ctx;
        for (const QString &id :
            { NetworkCheck::checkId(), ClockCheck::checkId(), OsCheck::checkId() }) {
            const auto check = CheckRegistry::create(id);
            QVERIFY2(check, qPrintable(id));
            QVERIFY(check->needsProbes());
            QVERIFY(check->requests(ctx).isEmpty());
            QVERIFY(CheckRegistry::allIds().contains(id));
        }
    }

    void hostVerdictOrder()
    {
        sspr::probes::HostProbe host;
        host.resolved = host.connected = host.tlsHandshake = true;
        host.chainTrusted = host.microsoftChain = true;
        QCOMPARE(NetworkCheck::judge(host), NetworkCheck::HostVerdict::Pass);
        host.microsoftChain = false;
        QCOMPARE(NetworkCheck::judge(host), NetworkCheck::HostVerdict::Intercepted);
        host.tlsHandshake = false;
        QCOMPARE(NetworkCheck::judge(host), NetworkCheck::HostVerdict::TlsFailed);
        host.connected = false;
        QCOMPARE(NetworkCheck::judge(host), NetworkCheck::HostVerdict::Unreachable);
        host.resolved = false;
        QCOMPARE(NetworkCheck::judge(host), NetworkCheck::HostVerdict::Unresolved);
        host.proxyNeedsAuth = true; // a 407 explains everything after it
        QCOMPARE(NetworkCheck::judge(host), NetworkCheck::HostVerdict::ProxyAuth);
    }
};

QTEST_GUILESS_MAIN(TestLocalChecks)
#include "TestLocalChecks.moc"
