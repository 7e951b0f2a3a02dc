// Issue 8 item 5 through the wizard's Open session: with a good session open, every damaged
// file (tests/report/DamagedSessions.h: truncated, random bytes, wrong types, wrong values,
// wrong schema version, deep nesting, empty; and a file far too large) is refused with a
// message naming the file and what is wrong, and the session on screen stays exactly as it
// was: never a crash, never a half-loaded session. The Open button from the start page too.

#include "WizardTestBase.h"

#include "tests/report/DamagedSessions.h"
#include "ui/FindingPanel.h"
#include "ui/SessionFile.h"

#include <QFile>
#include <QScrollArea>
#include <QTemporaryDir>

class TestDamagedSessionOpen : public WizardTestBase {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refusedKeepsTheOpenSession_data();
    void refusedKeepsTheOpenSession();
    void openButtonOnTheStartPage_data();
    void openButtonOnTheStartPage();

private:
    QString writeCase(const QByteArray &bytes);

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_good;
    DemoTenant m_tenant;
    std::unique_ptr<WizardWindow> m_wizard;
    QString m_title;
};

QString TestDamagedSessionOpen::writeCase(const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("case-%1.sspr-session.json").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestDamagedSessionOpen::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_good = m_dir.filePath(QStringLiteral("good.sspr-session.json"));
    QVERIFY(!ui::SessionFile::save(m_good, damaged::sampleSession()).has_value());
    m_wizard = openWizard(m_tenant, QStringLiteral("healthy"));
    QVERIFY(m_wizard);
    QVERIFY(m_wizard->openSession(m_good));
    QCOMPARE(m_wizard->currentId(), int(WizardWindow::ResultsPageId));
    QCOMPARE(m_wizard->resultsPage()->panels().size(), 2);
    m_title = m_wizard->windowTitle();
}

void TestDamagedSessionOpen::cleanupTestCase()
{
    m_wizard.reset();
}

void TestDamagedSessionOpen::refusedKeepsTheOpenSession_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");
    // Every third case of the whole set (the core test runs them all), every version and shape.
    const QList<damaged::Case> all = damaged::all();
    for (qsizetype i = 0; i < all.size(); i += 3)
        QTest::newRow(qPrintable(all.at(i).name)) << all.at(i).bytes << all.at(i).messagePart;
    for (const damaged::Case &c : damaged::wrongVersions() + damaged::shapes())
        QTest::newRow(qPrintable(QStringLiteral("all: ") + c.name)) << c.bytes << c.messagePart;
    // Over SessionFile's limit (32 MB): refused before it is read.
    QTest::newRow("far too large")
        << damaged::sampleBytes().leftJustified(33 * 1024 * 1024, ' ') << "far too large";
}

void TestDamagedSessionOpen::refusedKeepsTheOpenSession()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    const QString path = writeCase(bytes);
    QVERIFY(!path.isEmpty());
    QVERIFY(!m_wizard->openSession(path));

    const QString message = m_wizard->startPage()->messageLabel()->text();
    QVERIFY2(message.contains(QFileInfo(path).fileName()), qPrintable(message));
    QVERIFY2(message.contains(messagePart), qPrintable(message));
    // What was open is still open, unchanged.
    QCOMPARE(m_wizard->openedFrom(), m_good);
    QCOMPARE(m_wizard->currentId(), int(WizardWindow::ResultsPageId));
    QCOMPARE(m_wizard->windowTitle(), m_title);
    QCOMPARE(m_wizard->resultsPage()->panels().size(), 2);
    const ui::FindingPanel *panel
        = m_wizard->resultsPage()->panel(QStringLiteral("user.registration"));
    QVERIFY(panel);
    QCOMPARE(panel->finding().status, checks::Status::Fail);
    QCOMPARE(panel->finding().summary, damaged::sampleSession().findings.first().summary);
    QFile::remove(path);
}

void TestDamagedSessionOpen::openButtonOnTheStartPage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");
    const QByteArray good = damaged::sampleBytes();
    QTest::newRow("truncated") << good.left(good.size() / 3) << "not a JSON session file";
    QTest::newRow("wrong type") << damaged::wrongTypes().at(40).bytes
                                << damaged::wrongTypes().at(40).messagePart;
    QTest::newRow("newer version") << damaged::wrongVersions().first().bytes << "newer";
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << "not a JSON session file";
    QTest::newRow("empty") << QByteArray() << "not a JSON session file";
}

void TestDamagedSessionOpen::openButtonOnTheStartPage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    const QString path = writeCase(bytes);
    DemoTenant tenant;
    auto wizard = openWizard(tenant, QStringLiteral("healthy"));
    QVERIFY(wizard);
    wizard->setOpenFileChooser(
        [&](QWidget *, const QString &, const QString &, const QString &) { return path; });
    QTest::mouseClick(wizard->startPage()->openSessionButton(), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(WizardWindow::StartPageId));
    QLabel *message = wizard->startPage()->messageLabel();
    QVERIFY(message->isVisible());
    // Scrolled into view: the page scrolls, and the message sits at its foot.
    auto *scroll = wizard->startPage()->findChild<QScrollArea *>(QStringLiteral("startPageScroll"));
    QVERIFY(scroll);
    const auto inView = [&] {
        const QRect shown(message->mapTo(scroll->viewport(), QPoint(0, 0)), message->size());
        return scroll->viewport()->rect().contains(shown);
    };
    QTRY_VERIFY(inView());
    QVERIFY2(message->text().contains(QFileInfo(path).fileName()), qPrintable(message->text()));
    QVERIFY2(message->text().contains(messagePart), qPrintable(message->text()));
    QVERIFY(wizard->openedFrom().isEmpty());
    QVERIFY(wizard->resultsPage()->panels().isEmpty());
    // The good file opens afterwards: the refusal left nothing behind.
    QVERIFY(wizard->openSession(m_good));
    QCOMPARE(wizard->resultsPage()->panels().size(), 2);
}

QTEST_MAIN(TestDamagedSessionOpen)
#include "TestDamagedSessionOpen.moc"
