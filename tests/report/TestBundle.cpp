// The support bundle: a ZIP our own reader and Python's zipfile both accept, with every
// report, the HAR and a manifest whose sizes and SHA-256 match; CRC-32 against the standard
// check value; atomic writes that name the failure; the Windows collection's command lines.
#include "core/report/BundleWriter.h"
#include "core/report/ReportFile.h"
#include "core/report/ReportWriter.h"
#include "core/report/SessionJson.h"
#include "core/report/WindowsCollector.h"
#include "core/report/ZipReader.h"
#include "core/report/ZipWriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
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

QList<trace::HttpExchange> someTrace()
{
    trace::HttpTrace trace;
    trace::HttpExchange e;
    e.startedAt = QDateTime::currentDateTimeUtc();
    e.durationMs = 12;
    e.method = QStringLiteral("GET");
    e.url = QUrl(QStringLiteral("https://graph.example/v1.0/users/a@b.example"));
    e.requestHeaders = { { "Authorization", "Bearer FAKE-BUNDLE-BEARER-1" } };
    e.status = 200;
    e.responseBody = R"({"id":"1"})";
    trace.record(e);
    return trace.entries();
}
} // namespace

class TestBundle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void crc32CheckValue()
    {
        // The CRC-32 check value of "123456789" (the catalogue value for CRC-32/ISO-HDLC).
        QCOMPARE(report::ZipWriter::crc32("123456789"), 0xCBF43926u);
        QCOMPARE(report::ZipWriter::crc32(QByteArray()), 0u);
    }

    void storedAndDeflatedRoundTrip()
    {
        report::ZipWriter zip;
        const QByteArray text = QByteArray("hello, bundle\n").repeated(200);
        const QByteArray noise = QCryptographicHash::hash("seed", QCryptographicHash::Sha512);
        const QDateTime when(QDate(2026, 11, 25), QTime(10, 20, 30));
        zip.add(QStringLiteral("text.txt"), text, when, report::ZipWriter::Method::Deflated);
        zip.add(QStringLiteral("noise.bin"), noise, when, report::ZipWriter::Method::Smallest);
        zip.add(QStringLiteral("über.txt"), "umlaut", when, report::ZipWriter::Method::Stored);
        zip.add(QStringLiteral("empty.txt"), QByteArray(), when);
        const QByteArray archive = zip.finish();
        QString error;
        const auto entries = report::ZipReader::read(archive, &error);
        QVERIFY2(entries.has_value(), qPrintable(error));
        QCOMPARE(entries->size(), 4);
        QCOMPARE(entries->at(0).method, quint16(8));
        QCOMPARE(entries->at(0).data, text);
        QCOMPARE(entries->at(1).method, quint16(0)); // incompressible: stored
        QCOMPARE(entries->at(1).data, noise);
        QCOMPARE(entries->at(2).name, QStringLiteral("über.txt"));
        QCOMPARE(entries->at(3).data, QByteArray());
        QVERIFY(archive.size() < text.size()); // deflate really compressed

        QByteArray damaged = archive;
        damaged[40] = char(damaged[40] ^ 0x55); // inside the first entry's data
        QVERIFY(!report::ZipReader::read(damaged, &error).has_value());
        QVERIFY(!error.isEmpty());
        QVERIFY(!report::ZipReader::read("not a zip at all, just text", &error).has_value());
    }

    void bundleContentsAndManifest()
    {
        const report::Session session = fixture();
        const report::BundleWriter::Files extra { { QStringLiteral("dsregcmd-status.txt"),
            "AzureAdJoined : YES\r\n" } };
        const QByteArray archive = report::BundleWriter::build(
            session, someTrace(), extra, QDateTime(QDate(2026, 11, 25), QTime(11, 0), Qt::UTC));
        QString error;
        const auto entries = report::ZipReader::read(archive, &error);
        QVERIFY2(entries.has_value(), qPrintable(error));
        QStringList names;
        QHash<QString, QByteArray> files;
        for (const auto &e : *entries) {
            names << e.name;
            files.insert(e.name, e.data);
        }
        QCOMPARE(names,
            QStringList({ "report.html", "report.json", "report.txt", "support-summary.txt",
                "trace.har", "dsregcmd-status.txt", "manifest.json" }));
        const QJsonObject manifest = QJsonDocument::fromJson(files.value("manifest.json")).object();
        QCOMPARE(
            manifest.value("createdUtc").toString(), QStringLiteral("2026-11-25T11:00:00.000Z"));
        QCOMPARE(manifest.value("app").toObject().value("version").toString(),
            QStringLiteral("0.9.0-test"));
        const QJsonArray listed = manifest.value("files").toArray();
        QCOMPARE(listed.size(), 6);
        for (const QJsonValue &v : listed) {
            const QJsonObject f = v.toObject();
            const QByteArray data = files.value(f.value("name").toString());
            QVERIFY(!data.isEmpty());
            QCOMPARE(qint64(f.value("size").toDouble()), qint64(data.size()));
            QCOMPARE(f.value("sha256").toString(),
                QString::fromLatin1(
                    QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
        }
        QVERIFY(files.value("report.html").contains("user.registration"));
        QVERIFY(!archive.contains("FAKE-BUNDLE-BEARER-1"));
        for (const auto &e : *entries)
            QVERIFY(!e.data.contains("FAKE-BUNDLE-BEARER-1"));
    }

    void pythonZipfileAcceptsTheBundle()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.zip"));
        QVERIFY(!report::BundleWriter::write(path, fixture(), someTrace()).has_value());
        QProcess process;
        process.start(python,
            { QStringLiteral("-c"),
                QStringLiteral("import sys, zipfile\n"
                               "z = zipfile.ZipFile(sys.argv[1])\n"
                               "bad = z.testzip()\n"
                               "assert bad is None, bad\n"
                               "print(','.join(i.filename for i in z.infolist()))\n"
                               "print(len(z.read('report.json')))\n"),
                path });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QStringList lines
            = QString::fromUtf8(process.readAllStandardOutput()).trimmed().split(u'\n');
        QCOMPARE(lines.value(0),
            QStringLiteral("report.html,report.json,report.txt,support-summary.txt,trace.har,"
                           "manifest.json"));
        QCOMPARE(lines.value(1).toInt(),
            report::ReportWriter::render(QStringLiteral("json"), fixture(), {}, nullptr)->size());
    }

    void writeErrorsNameTheFile()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/report.html"));
        const auto problem = report::ReportFile::save(missing, "x");
        QVERIFY(problem.has_value());
        QVERIFY2(problem->contains(QStringLiteral("report.html")), qPrintable(*problem));
        QVERIFY(report::ReportFile::save(dir.path(), "x").has_value());
        QVERIFY(
            report::ReportWriter::write(QStringLiteral("pdf"), dir.filePath("r.pdf"), fixture(), {})
                ->contains(QStringLiteral("pdf")));
        // A good write replaces the file whole.
        const QString path = dir.filePath(QStringLiteral("r.txt"));
        QVERIFY(!report::ReportFile::save(path, "old contents").has_value());
        QVERIFY(
            !report::ReportWriter::write(QStringLiteral("text"), path, fixture(), {}).has_value());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("SSPR Doctor report"));
    }

    void windowsCollectionCommands()
    {
        const QDateTime from(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
        const QDateTime to(QDate(2026, 11, 25), QTime(11, 30), Qt::UTC);
        QCOMPARE(report::WindowsCollector::eventLogQuery(from, to),
            QStringLiteral("*[System[TimeCreated[@SystemTime>='2026-11-25T09:00:00.000Z' and "
                           "@SystemTime<='2026-11-25T11:30:00.000Z']]]"));
        const QStringList args
            = report::WindowsCollector::exportArguments(QStringLiteral("/tmp/aad.evtx"), from, to);
        QCOMPARE(args.value(0), QStringLiteral("epl"));
        QCOMPARE(args.value(1), QStringLiteral("Microsoft-Windows-AAD/Operational"));
        QVERIFY(args.value(3).startsWith(QStringLiteral("/q:*[System[TimeCreated")));
        QCOMPARE(args.value(4), QStringLiteral("/ow:true"));
        QCOMPARE(report::WindowsCollector::dsregcmdArguments(), QStringList { "/status" });
        const QString steps = report::WindowsCollector::netshInstructions();
        QVERIFY(steps.contains(
            QStringLiteral("netsh trace start scenario=InternetClient capture=yes")));
        QVERIFY(steps.contains(QStringLiteral("netsh trace stop")));
#ifndef Q_OS_WIN
        QVERIFY(!report::WindowsCollector::isAvailable());
#endif
    }
};

QTEST_GUILESS_MAIN(TestBundle)
#include "TestBundle.moc"
