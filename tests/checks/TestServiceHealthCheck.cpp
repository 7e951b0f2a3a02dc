#include "CheckFixture.h"
#include "core/checks/CheckRegistry.h"
#include "core/checks/ServiceHealthCheck.h"

#include <QTest>

using namespace sspr::checks;
using sspr::tests::CheckFixtures;

class TestServiceHealthCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data() { CheckFixtures::addRows(ServiceHealthCheck::checkId()); }
    void evaluate() { CheckFixtures::run(ServiceHealthCheck()); }

    void fixturesCoverEveryOutcome()
    {
        QCOMPARE(CheckFixtures::expectedStatuses(ServiceHealthCheck::checkId()),
            (QSet<QString> { "pass", "warning", "fail", "skipped", "error" }));
    }

    void declaresTheHealthOverviewRequest()
    {
        CheckContext ctx;
        ctx.userKey = QStringLiteral("adele.vance@contoso.com");
        const QList<sspr::graph::GraphRequest> requests = ServiceHealthCheck().requests(ctx);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().key, QStringLiteral("health"));
        QCOMPARE(requests.first().method, QStringLiteral("GET"));
        QCOMPARE(requests.first().relativeUrl,
            QStringLiteral("/admin/serviceAnnouncement/healthOverviews?$expand=issues"));
        QCOMPARE(requests.first().requiredScope, QStringLiteral("ServiceHealth.Read.All"));
        QVERIFY(requests.first().followNextLink);
    }

    void selfModeSendsNothing()
    {
        CheckContext ctx;
        ctx.selfMode = true;
        QVERIFY(ServiceHealthCheck().requests(ctx).isEmpty());
    }

    void registryKnowsIt()
    {
        QCOMPARE(CheckRegistry::allIds().value(0), ServiceHealthCheck::checkId());
        const auto check = CheckRegistry::create(ServiceHealthCheck::checkId());
        QVERIFY(check);
        QCOMPARE(check->id(), ServiceHealthCheck::checkId());
        QVERIFY(!CheckRegistry::create(QStringLiteral("no.such-check")));
    }
};

QTEST_GUILESS_MAIN(TestServiceHealthCheck)
#include "TestServiceHealthCheck.moc"
