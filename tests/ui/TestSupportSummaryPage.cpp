// The support summary page: read-only summary of the session, Copy (by mouse and keyboard),
// the Microsoft support link, and Save as HTML/JSON/text through the report folder.
#include "core/report/SessionJson.h"
#include "core/trace/HttpTrace.h"
#include "ui/SupportSummaryPage.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
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
} // namespace

class TestSupportSummaryPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsTheSummaryAndTheLink()
    {
        trace::HttpTrace trace;
        ui::SupportSummaryPage page(&trace);
        page.setSession(fixture());
        QVERIFY(page.summaryView()->isReadOnly());
        const QString text = page.summaryView()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("8d7a1b2c-3d4e-4f50-8a9b-0c1d2e3f4a5b")));
        QVERIFY(text.contains(QStringLiteral("user.registration")));
        QVERIFY(
            page.supportLink()->text().contains(QStringLiteral("https://entra.microsoft.com/")));
        QVERIFY(page.supportLink()->openExternalLinks());
        for (QWidget *w : page.findChildren<QWidget *>()) {
            if (qobject_cast<QPushButton *>(w) || qobject_cast<QPlainTextEdit *>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
    }

    void copyByKeyboard()
    {
        ui::SupportSummaryPage page(nullptr);
        page.setSession(fixture());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QApplication::clipboard()->clear();
        page.copyButton()->setFocus();
        QTest::keyClick(page.copyButton(), Qt::Key_Space);
        QTRY_COMPARE(QApplication::clipboard()->text(), page.summaryView()->toPlainText());
        QVERIFY(!page.statusLabel()->text().isEmpty());
    }

    void saveEachFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("starts");
        QTest::newRow("html") << "html" << QByteArray("<!DOCTYPE html>");
        QTest::newRow("json") << "json" << QByteArray("{");
        QTest::newRow("text") << "text" << QByteArray("SSPR Doctor report");
    }
    void saveEachFormat()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, starts);
        QTemporaryDir dir;
        ui::SupportSummaryPage page(nullptr);
        page.setSession(fixture());
        page.setReportFolder(dir.path());
        QString suggested;
        page.setSaveFileChooser(
            [&](QWidget *, const QString &, const QString &path, const QString &) {
                suggested = path;
                return path;
            });
        page.saveButton(format)->click();
        QVERIFY2(suggested.startsWith(dir.path()), qPrintable(suggested));
        QFile file(suggested);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith(starts));
        QVERIFY(bytes.contains("tenant.writeback"));
        QVERIFY(page.statusLabel()->text().contains(QFileInfo(suggested).fileName()));
    }

    void cancelledAndFailedSaves()
    {
        QTemporaryDir dir;
        ui::SupportSummaryPage page(nullptr);
        page.setSession(fixture());
        page.setSaveFileChooser(
            [](QWidget *, const QString &, const QString &, const QString &) { return QString(); });
        QVERIFY(!page.saveReport(QStringLiteral("html")));
        const QString bad = dir.filePath(QStringLiteral("missing/folder/out.html"));
        page.setSaveFileChooser(
            [bad](QWidget *, const QString &, const QString &, const QString &) { return bad; });
        QVERIFY(!page.saveReport(QStringLiteral("html")));
        QVERIFY(page.statusLabel()->text().contains(QStringLiteral("out.html")));
    }
};

QTEST_MAIN(TestSupportSummaryPage)
#include "TestSupportSummaryPage.moc"
