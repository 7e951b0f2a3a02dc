#include "core/probes/WindowsDeviceText.h"

#include <QFile>
#include <QTest>

using namespace sspr::probes;

namespace {

QString fixture(const QString &name)
{
    QFile file(QStringLiteral(SSPR_TEST_DATA "/probes/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString value(const QList<QPair<QString, QString>> &fields, const QString &name)
{
    for (const auto &[key, text] : fields) {
        if (key == name)
            return text;
    }
    return QStringLiteral("<missing>");
}

} // namespace

// The Windows probe's parsers run everywhere, on captured output.
class TestWindowsDeviceText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dsregcmdStatus()
    {
        const auto fields = WindowsDeviceText::parseDsregStatus(fixture("dsregcmd-status.txt"));
        QCOMPARE(value(fields, "AzureAdJoined"), QStringLiteral("YES"));
        QCOMPARE(value(fields, "DomainJoined"), QStringLiteral("YES"));
        QCOMPARE(value(fields, "EnterpriseJoined"), QStringLiteral("NO"));
        QCOMPARE(value(fields, "TenantName"), QStringLiteral("Contoso"));
        QCOMPARE(value(fields, "AzureAdPrt"), QStringLiteral("YES"));
        QCOMPARE(
            value(fields, "AzureAdPrtUpdateTime"), QStringLiteral("2026-11-25 08:12:44.000 UTC"));
        QCOMPARE(value(fields, "Thumbprint"), QStringLiteral("<missing>")); // not read
        QCOMPARE(fields.first().first, QStringLiteral("AzureAdJoined")); // output order
    }

    void dsregcmdGarbage()
    {
        QVERIFY(WindowsDeviceText::parseDsregStatus(QStringLiteral("Access is denied.")).isEmpty());
        QVERIFY(WindowsDeviceText::parseDsregStatus(QString()).isEmpty());
    }

    void aadEventsKeepPasswordErrorsOnly()
    {
        const QStringList events = WindowsDeviceText::parseAadEvents(fixture("wevtutil-aad.xml"));
        // Event 1097 is an error but not about passwords; 1104 names a reset but is information;
        // the last one is cut off mid-export and dropped.
        QCOMPARE(events.size(), 1);
        QVERIFY2(
            events.first().startsWith(QLatin1String("2026-11-25T09:58:02.1230000Z Event 1098:")),
            qPrintable(events.first()));
        QVERIFY(events.first().contains(QLatin1String("AADSTS120021")));
        QVERIFY(events.first().contains(QLatin1String("Logged at PasswordChange.cpp")));
    }

    void aadEventsFromGarbage()
    {
        QVERIFY(WindowsDeviceText::parseAadEvents(QStringLiteral("Access is denied.")).isEmpty());
        QVERIFY(WindowsDeviceText::parseAadEvents(QStringLiteral("<Event><Level>2")).isEmpty());
    }

    void eventQueryCoversTheWindow()
    {
        QCOMPARE(WindowsDeviceText::eventQuery(7),
            QStringLiteral("*[System[(Level=1 or Level=2) and TimeCreated[timediff(@SystemTime) "
                           "<= 604800000]]]"));
    }
};

QTEST_GUILESS_MAIN(TestWindowsDeviceText)
#include "TestWindowsDeviceText.moc"
