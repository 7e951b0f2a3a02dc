// The data collection page: HAR export and the support bundle through the report folder,
// the live count of recorded exchanges, and the Windows-only controls absent elsewhere.
#include "core/report/SessionJson.h"
#include "core/report/ZipReader.h"
#include "core/trace/HttpTrace.h"
#include "ui/DataCollectionPage.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace sspr;

namespace {
report::Session fixture()
{
    QFile file(QStringLiteral(SSPR_TEST_DATA "/report/failing-session.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return report::SessionJson::fromBytes(file.readAll(), nullptr).value();
}

trace::HttpExchange exchange()
{
    trace::HttpExchange e;
    e.startedAt = QDateTime::currentDateTimeUtc();
    e.durationMs = 5;
    e.method = QStringLiteral("GET");
    e.url = QUrl(QStringLiteral("https://graph.example/v1.0/me"));
    e.requestHeaders = { { "Authorization", "Bearer FAKE-PAGE-BEARER-77" } };
    e.status = 200;
    return e;
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestDataCollectionPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countsRecordedExchanges()
    {
        trace::HttpTrace trace;
        ui::DataCollectionPage page(&trace);
        QVERIFY(!page.traceCountLabel()->text().contains(u'1'));
        trace.record(exchange());
        trace.record(exchange());
        QTRY_VERIFY(page.traceCountLabel()->text().contains(u'2'));
#ifndef Q_OS_WIN
        QCOMPARE(page.exportEventLogButton(), nullptr);
        QCOMPARE(page.netshView(), nullptr);
#else
        QVERIFY(page.netshView()->toPlainText().contains(QStringLiteral("netsh trace stop")));
#endif
        for (QPushButton *b : page.findChildren<QPushButton *>())
            QVERIFY(!b->accessibleName().isEmpty());
    }

    void exportsHarAndBundle()
    {
        QTemporaryDir dir;
        trace::HttpTrace trace;
        trace.record(exchange());
        ui::DataCollectionPage page(&trace);
        page.setSession(fixture());
        page.setReportFolder(dir.path());
        QStringList asked;
        page.setSaveFileChooser(
            [&](QWidget *, const QString &, const QString &path, const QString &) {
                asked << path;
                return path;
            });
        page.exportHarButton()->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first(), dir.filePath(QStringLiteral("sspr-trace.har")));
        const QByteArray har = read(asked.first());
        QCOMPARE(QJsonDocument::fromJson(har)
                     .object()
                     .value("log")
                     .toObject()
                     .value("version")
                     .toString(),
            QStringLiteral("1.2"));
        QVERIFY(har.contains("graph.example"));
        QVERIFY(!har.contains("FAKE-PAGE-BEARER-77"));

        QTest::keyClick(page.saveBundleButton(), Qt::Key_Space);
        QCOMPARE(asked.size(), 2);
        QVERIFY(asked.last().endsWith(QStringLiteral(".zip")));
        QString error;
        const auto entries = report::ZipReader::read(read(asked.last()), &error);
        QVERIFY2(entries.has_value(), qPrintable(error));
        QCOMPARE(entries->last().name, QStringLiteral("manifest.json"));
        QVERIFY(page.statusLabel()->text().contains(QStringLiteral("sspr-support-bundle.zip")));
    }

    void failedSaveSaysWhy()
    {
        QTemporaryDir dir;
        ui::DataCollectionPage page(nullptr);
        page.setSession(fixture());
        const QString bad = dir.filePath(QStringLiteral("gone/trace.har"));
        page.setSaveFileChooser(
            [bad](QWidget *, const QString &, const QString &, const QString &) { return bad; });
        QVERIFY(!page.exportHar());
        QVERIFY(page.statusLabel()->text().contains(QStringLiteral("trace.har")));
        page.setSaveFileChooser(
            [](QWidget *, const QString &, const QString &, const QString &) { return QString(); });
        QVERIFY(!page.saveBundle());
    }
};

QTEST_MAIN(TestDataCollectionPage)
#include "TestDataCollectionPage.moc"
