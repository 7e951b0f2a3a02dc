#include "CheckFixture.h"
#include "core/checks/UserSigninErrorsCheck.h"

#include <QTest>

using namespace sspr::checks;
using sspr::tests::CheckFixtures;

class TestUserSigninErrorsCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data() { CheckFixtures::addRows(UserSigninErrorsCheck::checkId()); }
    void evaluate() { CheckFixtures::run(UserSigninErrorsCheck()); }

    void fixturesCoverEveryOutcome()
    {
        QCOMPARE(CheckFixtures::expectedStatuses(UserSigninErrorsCheck::checkId()),
            (QSet<QString> { "pass", "fail", "skipped", "error" }));
    }

    void requestsAreBoundedAndCorrelationIsAGuid()
    {
        CheckContext ctx;
        ctx.userKey = QStringLiteral("adele.vance@contoso.com");
        ctx.now = QDateTime::fromString(QStringLiteral("2026-11-25T10:00:00Z"), Qt::ISODate);
        ctx.lookbackDays = 3;
        QList<sspr::graph::GraphRequest> requests = UserSigninErrorsCheck().requests(ctx);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().relativeUrl,
            QStringLiteral("/auditLogs/signIns?$filter=userId eq '{userId}' and createdDateTime ge "
                           "2026-11-22T10:00:00Z"));
        QVERIFY(requests.first().followNextLink);
        ctx.correlationId = QStringLiteral("{2F3E4D5C-6B7A-4988-A796-B5C4D3E2F1A0}");
        requests = UserSigninErrorsCheck().requests(ctx);
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(1).relativeUrl,
            QStringLiteral("/auditLogs/signIns?$filter=correlationId eq "
                           "'2f3e4d5c-6b7a-4988-a796-b5c4d3e2f1a0'"));
        // Anything but a GUID never reaches the filter literal.
        ctx.correlationId = QStringLiteral("x' or userId ne 'y");
        QCOMPARE(UserSigninErrorsCheck().requests(ctx).size(), 1);
    }

    void selfModeSendsNoAdminRequest()
    {
        CheckContext ctx;
        ctx.selfMode = true;
        ctx.now = QDateTime::fromString(QStringLiteral("2026-11-25T10:00:00Z"), Qt::ISODate);
        for (const sspr::graph::GraphRequest &request : UserSigninErrorsCheck().requests(ctx))
            QVERIFY2(!request.relativeUrl.startsWith(QLatin1String("/auditLogs"))
                    && !request.relativeUrl.startsWith(QLatin1String("/policies"))
                    && !request.relativeUrl.startsWith(QLatin1String("/directory")),
                qPrintable(request.relativeUrl));
    }
};

QTEST_GUILESS_MAIN(TestUserSigninErrorsCheck)
#include "TestUserSigninErrorsCheck.moc"
