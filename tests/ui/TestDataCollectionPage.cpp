// The data collection page: HAR export and the support bundle through the report folder,
// the live count of recorded exchanges, the Windows-only controls absent elsewhere, and the
// bundle's tool run (real /bin/sh and sleep standing in for wevtutil and dsregcmd) that
// keeps the window live, can be cancelled and is stopped at its deadline.
#include "core/report/SessionJson.h"
#include "core/report/ZipReader.h"
#include "core/trace/HttpTrace.h"
#include "ui/DataCollectionPage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWizard>
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

report::CollectionStep step(const QString &label, const QString &fileName, const QString &program,
    const QStringList &arguments)
{
    return { label, fileName, program, arguments, QString() };
}

// The bundle's zip entry `name`, or a null array.
QByteArray entry(const QString &zipPath, const QString &name)
{
    QString error;
    const auto entries = report::ZipReader::read(read(zipPath), &error);
    if (!entries)
        return {};
    for (const auto &e : *entries)
        if (e.name == name)
            return e.data;
    return {};
}

// Screenshots for a person to look at, when SSPR_SCREENSHOT_DIR is set.
void shoot(QWidget &page, const QString &name)
{
    const QString dir = qEnvironmentVariable("SSPR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QWidget *top = page.window();
    if (top->layout())
        top->layout()->activate(); // the page relayouts lazily; show what a person would see
    if (page.layout())
        page.layout()->activate();
    top->grab().save(QDir(dir).filePath(name));
}

// A page in a window of a realistic size, saving into `dir`.
void prepare(ui::DataCollectionPage &page, const QString &dir, QStringList *asked)
{
    page.resize(760, 560);
    page.setSession(fixture());
    page.setReportFolder(dir);
    page.setSaveFileChooser(
        [asked](QWidget *, const QString &, const QString &path, const QString &) {
            *asked << path;
            return path;
        });
    page.show();
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

    void explainsEachExportInGroups()
    {
        trace::HttpTrace trace;
        ui::DataCollectionPage page(&trace);
        page.resize(760, 560);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QStringList titles;
        for (QGroupBox *g : page.findChildren<QGroupBox *>()) {
            QVERIFY(!g->accessibleName().isEmpty());
            titles << g->title();
        }
#ifndef Q_OS_WIN
        QCOMPARE(titles, (QStringList { "HTTP trace", "Support bundle" }));
        QCOMPARE(page.windowsGroup(), nullptr);
#else
        QCOMPARE(titles.size(), 3);
        QVERIFY(page.windowsGroup()->isVisible());
#endif
        // Each button sits in its group, under the sentence that says what it saves.
        auto *traceGroup = qobject_cast<QGroupBox *>(page.exportHarButton()->parentWidget());
        QVERIFY(traceGroup);
        QCOMPARE(traceGroup->title(), QStringLiteral("HTTP trace"));
        QString traceText;
        for (QLabel *l : traceGroup->findChildren<QLabel *>())
            traceText += l->text();
        QVERIFY(traceText.contains(QStringLiteral("HTTP Archive")));
        QVERIFY(traceText.contains(QStringLiteral("tokens, codes, passwords and cookies are "
                                                  "removed")));
        auto *bundleGroup = qobject_cast<QGroupBox *>(page.saveBundleButton()->parentWidget());
        QVERIFY(bundleGroup);
        QString bundleText;
        for (QLabel *l : bundleGroup->findChildren<QLabel *>())
            bundleText += l->text();
        QVERIFY(bundleText.contains(QStringLiteral("SHA-256")));
        QVERIFY(bundleText.contains(QStringLiteral("Secrets are removed")));
        QVERIFY(page.subTitle().contains(QStringLiteral("passwords")));
        // Idle: no cancel button, no busy indicator, the wizard may move on.
        QVERIFY(!page.cancelButton()->isVisible());
        QVERIFY(page.isComplete());
        shoot(page, QStringLiteral("datacollection-idle.png"));

        // As the wizard shows it, with its title and subtitle.
        QWizard wizard;
        wizard.setWizardStyle(QWizard::ClassicStyle);
        wizard.setTitleFormat(Qt::RichText);
        auto *inWizard = new ui::DataCollectionPage(&trace);
        wizard.addPage(inWizard);
        wizard.resize(800, 640);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        shoot(*inWizard, QStringLiteral("datacollection-in-wizard.png"));
    }

    void bundleRunsToolsWithoutFreezingTheWindow()
    {
        QTemporaryDir dir;
        trace::HttpTrace trace;
        trace.record(exchange());
        ui::DataCollectionPage page(&trace);
        QStringList asked;
        prepare(page, dir.path(), &asked);
        QString scratch;
        page.setBundleSteps(
            [&](const QString &scratchDir, const QDateTime &from, const QDateTime &to) {
                scratch = scratchDir;
                return QList<report::CollectionStep> {
                    step(QStringLiteral("window"), QStringLiteral("window.txt"),
                        QStringLiteral("/bin/sh"),
                        { QStringLiteral("-c"),
                            QStringLiteral("sleep 0.6; echo %1")
                                .arg(QString::number(
                                    to.toSecsSinceEpoch() - from.toSecsSinceEpoch())) }),
                    step(QStringLiteral("dsregcmd /status"), QStringLiteral("dsregcmd-status.txt"),
                        QStringLiteral("/bin/sh"),
                        { QStringLiteral("-c"), QStringLiteral("echo AzureAdJoined : NO") }),
                };
            });
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(50);
        QSignalSpy done(&page, &ui::DataCollectionPage::collectionFinished);
        QSignalSpy complete(&page, &QWizardPage::completeChanged);

        page.saveBundleButton()->click();
        QCOMPARE(asked.size(), 1);
        QVERIFY(!scratch.isEmpty());
        QVERIFY(page.isCollecting());
        QVERIFY(!page.exportHarButton()->isEnabled());
        QVERIFY(!page.saveBundleButton()->isEnabled());
        QVERIFY(page.cancelButton()->isVisible());
        QVERIFY(!page.isComplete());
        QTRY_VERIFY(page.statusLabel()->text().contains(QStringLiteral("window (1 of 2)")));
        shoot(page, QStringLiteral("datacollection-collecting.png"));
        QVERIFY(!QFileInfo::exists(asked.first())); // nothing written before the tools end

        QVERIFY(done.wait(10000));
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks))); // the loop kept turning
        QVERIFY(page.exportHarButton()->isEnabled());
        QVERIFY(page.saveBundleButton()->isEnabled());
        QVERIFY(!page.cancelButton()->isVisible());
        QVERIFY(page.isComplete());
        QCOMPARE(complete.size(), 2);
        QVERIFY2(page.statusLabel()->text().startsWith(QStringLiteral("Saved ")),
            qPrintable(page.statusLabel()->text()));
        QVERIFY(!page.statusLabel()->text().contains(QStringLiteral("Not included")));
        // The error is in the fixture: the window is two hours before it up to now.
        QVERIFY(entry(asked.first(), QStringLiteral("window.txt")).toInt() > 7200);
        QCOMPARE(entry(asked.first(), QStringLiteral("dsregcmd-status.txt")),
            QByteArray("AzureAdJoined : NO\n"));
        QVERIFY(!entry(asked.first(), QStringLiteral("manifest.json")).isEmpty());
        shoot(page, QStringLiteral("datacollection-saved.png"));
    }

    void cancelStopsTheToolsAndSavesNothing()
    {
        QTemporaryDir dir;
        ui::DataCollectionPage page(nullptr);
        QStringList asked;
        prepare(page, dir.path(), &asked);
        page.setBundleSteps([](const QString &, const QDateTime &, const QDateTime &) {
            return QList<report::CollectionStep> { step(QStringLiteral("sleep"),
                QStringLiteral("s.txt"), QStringLiteral("sleep"), { QStringLiteral("30") }) };
        });
        QSignalSpy done(&page, &ui::DataCollectionPage::collectionFinished);
        QVERIFY(page.saveBundle());
        QTRY_VERIFY(page.statusLabel()->text().contains(QStringLiteral("sleep (1 of 1)")));
        QVERIFY(!page.saveBundle()); // one collection at a time
        QCOMPARE(asked.size(), 1);
        QTest::mouseClick(page.cancelButton(), Qt::LeftButton);
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QCOMPARE(
            page.statusLabel()->text(), QStringLiteral("Cancelled. The bundle was not saved."));
        QVERIFY(!QFileInfo::exists(asked.first()));
        QVERIFY(page.saveBundleButton()->isEnabled());
        QVERIFY(!page.cancelButton()->isVisible());
    }

    void hungToolIsStoppedAndTheBundleSavedWithout()
    {
        QTemporaryDir dir;
        ui::DataCollectionPage page(nullptr);
        QStringList asked;
        prepare(page, dir.path(), &asked);
        page.setCollectionTimeout(700);
        page.setBundleSteps([](const QString &, const QDateTime &, const QDateTime &) {
            return QList<report::CollectionStep> {
                step(QStringLiteral("wevtutil epl"), QStringLiteral("aad-operational.evtx"),
                    QStringLiteral("sleep"), { QStringLiteral("30") }),
                step(QStringLiteral("dsregcmd /status"), QStringLiteral("dsregcmd-status.txt"),
                    QStringLiteral("/nonexistent/dsregcmd"), {}),
            };
        });
        QSignalSpy done(&page, &ui::DataCollectionPage::collectionFinished);
        page.saveBundleButton()->click();
        QVERIFY(done.wait(10000));
        QCOMPARE(done.at(0).at(0).toBool(), true);
        const QString status = page.statusLabel()->text();
        QVERIFY2(status.contains(QStringLiteral(
                     "Not included: wevtutil epl did not finish within 1 second(s) and was "
                     "stopped.")),
            qPrintable(status));
        QVERIFY2(
            status.contains(QStringLiteral("dsregcmd /status did not start")), qPrintable(status));
        QVERIFY(QFileInfo::exists(asked.first()));
        QVERIFY(entry(asked.first(), QStringLiteral("aad-operational.evtx")).isNull());
        QVERIFY(!entry(asked.first(), QStringLiteral("report.json")).isEmpty());
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
