#include "core/report/SessionJson.h"
#include "core/report/TextSummary.h"

#include <QJsonDocument>
#include <QtTest>

using namespace sspr;
using checks::Finding;
using checks::Status;

namespace {
Finding finding(const QString &id, Status status)
{
    Finding f;
    f.checkId = id;
    f.title = id + QStringLiteral(" title");
    f.status = status;
    f.summary = QStringLiteral("summary of ") + id;
    f.details = QStringLiteral("details");
    f.remediation.text = QStringLiteral("do this");
    f.remediation.who = checks::Actor::Admin;
    f.remediation.docUrl = QUrl(QStringLiteral(
        "https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr"));
    checks::EvidenceItem e;
    e.source = QStringLiteral("GET /users/{id}");
    e.httpStatus = 200;
    e.requestId = QStringLiteral("0d3c7f7e-1111-2222-3333-444455556666");
    e.fields = { { QStringLiteral("accountEnabled"), QStringLiteral("true") } };
    f.evidence << e;
    f.evaluatedAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    return f;
}

report::Session sessionWith(const QList<Status> &statuses)
{
    report::Session s;
    s.appVersion = QStringLiteral("0.1.0");
    s.startedAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    s.finishedAt = s.startedAt.addSecs(2);
    s.mode = QStringLiteral("it");
    s.source = QStringLiteral("demo:healthy");
    s.error.aadstsCodes = { 120021 };
    s.error.correlationId = QStringLiteral("8d7a1b2c-3d4e-4f50-8a9b-0c1d2e3f4a5b");
    s.playbookCode = 120021;
    s.playbookKnown = true;
    s.userKey = QStringLiteral("adele.vance@contoso-demo.example");
    int i = 0;
    for (Status st : statuses)
        s.findings << finding(QStringLiteral("check.%1").arg(i++), st);
    return s;
}
} // namespace

class TestSessionJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void verdictAndExitCode_data()
    {
        QTest::addColumn<QList<Status>>("statuses");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("all pass") << QList<Status> { Status::Pass, Status::Pass } << "all-pass"
                                  << 0;
        QTest::newRow("warning") << QList<Status> { Status::Pass, Status::Warning } << "warnings"
                                 << 0;
        QTest::newRow("fail wins")
            << QList<Status> { Status::Error, Status::Fail, Status::Pass } << "failed" << 1;
        QTest::newRow("skipped is not all clear")
            << QList<Status> { Status::Pass, Status::Skipped } << "incomplete" << 2;
        QTest::newRow("error is not all clear")
            << QList<Status> { Status::Warning, Status::Error } << "incomplete" << 2;
        QTest::newRow("nothing checked") << QList<Status> {} << "incomplete" << 2;
    }
    void verdictAndExitCode()
    {
        QFETCH(QList<Status>, statuses);
        QFETCH(QString, verdict);
        QFETCH(int, exitCode);
        const auto s = sessionWith(statuses);
        QCOMPARE(report::verdictKey(s.verdict()), verdict);
        QCOMPARE(s.exitCode(), exitCode);
        const QJsonObject json = report::SessionJson::toJson(s);
        QCOMPARE(json.value(QLatin1String("verdict")).toString(), verdict);
        QCOMPARE(json.value(QLatin1String("exitCode")).toInt(), exitCode);
    }

    void roundTrip()
    {
        const auto s = sessionWith({ Status::Pass, Status::Fail, Status::Skipped });
        QString error;
        const auto back = report::SessionJson::fromBytes(report::SessionJson::toBytes(s), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->findings.size(), 3);
        QCOMPARE(back->findings.at(1).status, Status::Fail);
        QCOMPARE(
            back->findings.at(1).evidence.first().fields.first().second, QStringLiteral("true"));
        QCOMPARE(back->findings.at(0).remediation.docUrl, s.findings.at(0).remediation.docUrl);
        QCOMPARE(back->error.correlationId, s.error.correlationId);
        QCOMPARE(back->error.aadstsCodes, QList<int> { 120021 });
        QCOMPARE(back->startedAt, s.startedAt);
        QCOMPARE(back->userKey, s.userKey);
        QCOMPARE(report::SessionJson::toJson(*back), report::SessionJson::toJson(s));
    }

    // The session file (headless --json) goes through the same redactor as the reports: a
    // secret echoed into finding text or the parsed error never reaches the disk.
    void sessionFileIsRedacted()
    {
        auto s = sessionWith({ Status::Fail });
        // FAKE: {"typ":"JWT"}.{"sub":"x"}.signature, made up for this test.
        const QString jwt = QStringLiteral("eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        const QString refresh = QStringLiteral("0.AXoAsecretRefreshValue_123");
        s.findings[0].details = QStringLiteral("Graph echoed refresh_token=%1 back").arg(refresh);
        s.findings[0].evidence[0].fields << qMakePair(
            QStringLiteral("header"), QStringLiteral("Authorization: Bearer %1").arg(jwt));
        s.error.message = QStringLiteral("code=%1&code_verifier=verifierSecretValue").arg(refresh);
        const QByteArray bytes = report::SessionJson::toBytes(s);
        QVERIFY(!bytes.contains(refresh.toUtf8()));
        QVERIFY(!bytes.contains(jwt.toUtf8()));
        QVERIFY(!bytes.contains("verifierSecretValue"));
        QVERIFY(bytes.contains("[redacted]"));
        QString error;
        const auto back = report::SessionJson::fromBytes(bytes, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->findings.first().details,
            QStringLiteral("Graph echoed refresh_token=[redacted] back"));
    }

    void damagedInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("messagePart");
        const QByteArray good = report::SessionJson::toBytes(sessionWith({ Status::Pass }));
        QTest::newRow("empty") << QByteArray() << "not a JSON session file";
        QTest::newRow("truncated") << good.left(good.size() / 2) << "not a JSON session file";
        QTest::newRow("array") << QByteArray("[1,2]") << "not a JSON session file";
        QTest::newRow("other schema") << QByteArray(R"({"schema":"x"})") << "session.schema";
        QByteArray badStatus = good;
        badStatus.replace("\"status\": \"pass\"", "\"status\": \"great\"");
        QTest::newRow("bad status") << badStatus << "findings[0].status";
        QByteArray badType = good;
        badType.replace("\"summary\": \"summary of check.0\"", "\"summary\": 42");
        QTest::newRow("bad type") << badType << "findings[0].summary";
        QByteArray newer = good;
        newer.replace("\"schemaVersion\": 1", "\"schemaVersion\": 99");
        QTest::newRow("newer") << newer << "newer";
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << "not a JSON session file";
    }
    void damagedInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, messagePart);
        QString error;
        const auto s = report::SessionJson::fromBytes(bytes, &error);
        QVERIFY(!s);
        QVERIFY2(error.contains(messagePart), qPrintable(error));
    }

    void textSummaryNamesEveryFinding()
    {
        const auto s = sessionWith({ Status::Pass, Status::Fail, Status::Error });
        const QString text = report::TextSummary::render(s);
        for (const auto &f : s.findings) {
            QVERIFY(text.contains(f.title));
            QVERIFY(text.contains(f.summary));
        }
        QVERIFY(text.contains(QStringLiteral("FAIL")));
        QVERIFY(text.contains(s.error.correlationId));
        QVERIFY(!text.contains(QStringLiteral("All checks passed")));
    }
};

QTEST_GUILESS_MAIN(TestSessionJson)
#include "TestSessionJson.moc"
