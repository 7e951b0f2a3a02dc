// End to end: the real sspr-doctor binary, headless against its demo tenant, writes all four
// --report formats from the same session; each names every finding, and the HAR holds the
// Graph exchanges without the demo bearer token.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestHeadlessReports : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void allFourFormats()
    {
        const QString json = m_dir.filePath(QStringLiteral("r.json"));
        const QString html = m_dir.filePath(QStringLiteral("r.html"));
        const QString text = m_dir.filePath(QStringLiteral("r.txt"));
        const QString har = m_dir.filePath(QStringLiteral("r.har"));
        QProcess p;
        p.start(QStringLiteral(SSPR_APP_PATH),
            { QStringLiteral("--headless"), QStringLiteral("--demo"),
                QStringLiteral("not-registered"), QStringLiteral("--no-probes"),
                QStringLiteral("--error"),
                QStringLiteral("AADSTS120021: PartnerServiceSsprInternalServiceError"),
                QStringLiteral("--report"), QStringLiteral("json:") + json,
                QStringLiteral("--report"), QStringLiteral("html:") + html,
                QStringLiteral("--report"), QStringLiteral("text:") + text,
                QStringLiteral("--report"), QStringLiteral("har:") + har });
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 1, p.readAllStandardError().constData());

        const QJsonObject session = QJsonDocument::fromJson(read(json)).object();
        const QJsonArray findings = session.value(QStringLiteral("findings")).toArray();
        QVERIFY(findings.size() >= 4);
        const QString htmlText = QString::fromUtf8(read(html));
        const QString plain = QString::fromUtf8(read(text));
        QVERIFY(htmlText.startsWith(QStringLiteral("<!DOCTYPE html>")));
        for (const QJsonValue &v : findings) {
            const QString id = v[QLatin1String("checkId")].toString();
            const QString title = v[QLatin1String("title")].toString();
            QVERIFY2(
                htmlText.contains(id) && htmlText.contains(title.toHtmlEscaped()), qPrintable(id));
            QVERIFY2(plain.contains(id) && plain.contains(title), qPrintable(id));
        }
        QCOMPARE(statusOfRegistration(findings), QStringLiteral("fail"));

        const QByteArray harBytes = read(har);
        const QJsonObject log
            = QJsonDocument::fromJson(harBytes).object().value(QStringLiteral("log")).toObject();
        QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
        const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
        QVERIFY(!entries.isEmpty());
        // Graph's round trips are all there (the demo sign-in adds its own exchanges).
        int graphExchanges = 0;
        for (const QJsonValue &entry : entries) {
            if (entry[QLatin1String("request")][QLatin1String("url")].toString().contains(
                    QLatin1String("/v1.0/")))
                ++graphExchanges;
        }
        QCOMPARE(graphExchanges, session.value(QStringLiteral("graphRoundTrips")).toInt());
        QVERIFY(harBytes.contains("$batch"));
        QVERIFY(!harBytes.contains("Bearer "));
        // Every finding id is also in the HAR's report siblings; the HAR names the user asked
        // about.
        QVERIFY(harBytes.contains(session.value(QStringLiteral("user"))
                                      .toObject()
                                      .value(QStringLiteral("key"))
                                      .toString()
                                      .toUtf8()));
    }

    void unwritableReportFailsClearly()
    {
        QProcess p;
        p.start(QStringLiteral(SSPR_APP_PATH),
            { QStringLiteral("--headless"), QStringLiteral("--demo"), QStringLiteral("--no-probes"),
                QStringLiteral("--report"),
                QStringLiteral("html:") + m_dir.filePath(QStringLiteral("missing/dir/r.html")) });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("r.html"));
    }

private:
    static QString statusOfRegistration(const QJsonArray &findings)
    {
        for (const QJsonValue &f : findings)
            if (f[QLatin1String("checkId")].toString() == QLatin1String("user.registration"))
                return f[QLatin1String("status")].toString();
        return {};
    }
};

QTEST_GUILESS_MAIN(TestHeadlessReports)
#include "TestHeadlessReports.moc"
