// The per-user verdict (pure), judged against tenant facts that the tenant checks derive from
// fixture replies (tests/data/bulk/*.json).
#include "core/bulk/BulkVerdict.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sspr;
using namespace sspr::bulk;

namespace {

QJsonObject readJson(const QString &name)
{
    QFile file(QStringLiteral(SSPR_TEST_DATA "/bulk/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

checks::CheckContext context(const QDateTime &now)
{
    checks::CheckContext ctx;
    ctx.signedIn = true;
    ctx.userKey = QStringLiteral("(bulk scan)");
    ctx.now = now;
    ctx.grantedScopes = { QStringLiteral("AuditLog.Read.All"),
        QStringLiteral("Policy.Read.AuthenticationMethod"), QStringLiteral("Organization.Read.All"),
        QStringLiteral("LicenseAssignment.Read.All"), QStringLiteral("User.Read.All") };
    return ctx;
}

TenantAssessment assess(const QString &tenantFile, const QJsonObject &answers, const QDateTime &now)
{
    checks::Evidence evidence;
    const QJsonObject responses = readJson(tenantFile).value(QLatin1String("responses")).toObject();
    for (auto it = responses.begin(); it != responses.end(); ++it) {
        const QJsonObject reply = it.value().toObject();
        graph::GraphResponse response;
        response.key = it.key();
        response.httpStatus = reply.value(QLatin1String("status")).toInt();
        if (response.httpStatus == 200) {
            response.body = reply.value(QLatin1String("body")).toObject();
        } else {
            graph::GraphError error;
            error.kind = graph::GraphErrorKind::Forbidden;
            error.httpStatus = response.httpStatus;
            error.code = QStringLiteral("Authorization_RequestDenied");
            response.error = error;
        }
        evidence.graph.insert(it.key(), response);
    }
    for (auto it = answers.begin(); it != answers.end(); ++it)
        evidence.answers.insert(it.key(), it.value().toString());
    return TenantAssessment::derive(evidence, context(now));
}

SyncState syncState(const QString &name)
{
    if (name == QLatin1String("cloudOnly"))
        return SyncState::CloudOnly;
    if (name == QLatin1String("synced"))
        return SyncState::Synced;
    if (name == QLatin1String("unknown"))
        return SyncState::Unknown;
    return SyncState::NotChecked;
}

} // namespace

class TestBulkVerdict : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        const QJsonObject file = readJson(QStringLiteral("verdicts.json"));
        for (const QJsonValue &v : file.value(QLatin1String("cases")).toArray()) {
            const QJsonObject c = v.toObject();
            QTest::newRow(qPrintable(c.value(QLatin1String("name")).toString())) << c;
        }
        QVERIFY(file.value(QLatin1String("cases")).toArray().size() >= 15);
    }

    void verdicts()
    {
        QFETCH(QJsonObject, testCase);
        const QDateTime now = QDateTime::fromString(
            readJson(QStringLiteral("verdicts.json")).value(QLatin1String("now")).toString(),
            Qt::ISODate);
        const TenantAssessment tenant = assess(testCase.value(QLatin1String("tenant")).toString(),
            testCase.value(QLatin1String("answers")).toObject(), now);
        const QJsonObject record = testCase.value(QLatin1String("record")).toObject();
        const Verdict verdict = BulkVerdict::judge(
            record, tenant.facts, syncState(testCase.value(QLatin1String("sync")).toString()));
        QCOMPARE(verdict.code, testCase.value(QLatin1String("verdict")).toString());
        QCOMPARE(checks::statusKey(verdict.severity),
            testCase.value(QLatin1String("severity")).toString());
        QVERIFY(!verdict.text.isEmpty());
        QVERIFY(!verdict.action.isEmpty());
        QCOMPARE(BulkVerdict::needsSyncState(record, tenant.facts),
            testCase.value(QLatin1String("needsSync")).toBool());
    }

    void cloudTenantFacts()
    {
        const TenantAssessment tenant
            = assess(QStringLiteral("tenant-cloud.json"), {}, QDateTime::currentDateTimeUtc());
        QCOMPARE(tenant.facts.tenantId, QStringLiteral("b5a1c2d3-4e5f-4a6b-9c8d-0e1f2a3b4c5d"));
        QCOMPARE(tenant.facts.synced, std::optional<bool>(false));
        QVERIFY(!tenant.facts.needsSyncState());
        QVERIFY(!tenant.facts.licenceFailsCloudOnly);
        QVERIFY(!tenant.facts.licenceFailsSynced);
        // Voice and SoftwareOath are disabled there: officePhone and the OATH app alone fail.
        const auto single = [&](const char *method) {
            return tenant.facts.policyBySet.value(
                TenantFacts::policySet({ QLatin1String(method) }), checks::Status::Error);
        };
        QCOMPARE(single("officePhone"), checks::Status::Fail);
        QCOMPARE(single("softwareOneTimePasscode"), checks::Status::Fail);
        QCOMPARE(single("mobilePhone"), checks::Status::Pass); // Sms is enabled
        QCOMPARE(single("email"), checks::Status::Pass);
        QCOMPARE(tenant.facts.policyBySet.size(), 63);
        QCOMPARE(tenant.findings.size(), 4);
        QCOMPARE(tenant.summaryLines().size(), 4);
    }

    void syncedTenantFacts()
    {
        const QDateTime now(QDate(2026, 11, 25), QTime(10, 30), Qt::UTC);
        const TenantAssessment off = assess(QStringLiteral("tenant-synced-policy.json"),
            { { QStringLiteral("writeback"), QStringLiteral("no") } }, now);
        QCOMPARE(off.facts.synced, std::optional<bool>(true));
        QCOMPARE(off.facts.writeback, Writeback::Off);
        QVERIFY(off.facts.needsSyncState());
        const TenantAssessment on = assess(QStringLiteral("tenant-synced-policy.json"),
            { { QStringLiteral("writeback"), QStringLiteral("yes") } }, now);
        QCOMPARE(on.facts.writeback, Writeback::On);
        QVERIFY(!on.facts.needsSyncState());
        const TenantAssessment unknown
            = assess(QStringLiteral("tenant-synced-policy.json"), {}, now);
        QCOMPARE(unknown.facts.writeback, Writeback::Unknown);
        QVERIFY(unknown.facts.needsSyncState());
    }

    void unreadablePolicyDecidesNothing()
    {
        // Without the policy reply no combination fails: never a "disabled by policy" guess.
        checks::Evidence evidence;
        const TenantAssessment tenant
            = TenantAssessment::derive(evidence, context(QDateTime::currentDateTimeUtc()));
        for (checks::Status status : tenant.facts.policyBySet)
            QVERIFY(status != checks::Status::Fail);
        QVERIFY(!tenant.facts.synced.has_value());
        QVERIFY(tenant.facts.needsSyncState());
        QVERIFY(!tenant.facts.licenceFailsCloudOnly);
    }
};

QTEST_GUILESS_MAIN(TestBulkVerdict)
#include "TestBulkVerdict.moc"
