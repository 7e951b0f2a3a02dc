#include "ui/StatusStyle.h"
#include "ui/WizardWindow.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QSet>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <memory>

using sspr::checks::Status;
using sspr::ui::StatusStyle;

Q_DECLARE_METATYPE(QPalette)

namespace {
const QList<Status> kStatuses { Status::Pass, Status::Warning, Status::Fail, Status::Skipped,
    Status::Error };

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

// Share of pixels that are not fully transparent.
double coverage(const QImage &image)
{
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            opaque += qAlpha(image.pixel(x, y)) > 0;
    return double(opaque) / (image.width() * image.height());
}
} // namespace

class TestStatusStyle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void coloursAreReadable_data();
    void coloursAreReadable();
    void paletteDarknessIsDetected();
    void wordsAreDistinct();
    void iconsRender();
    void contrastRatioMatchesWcag();
};

void TestStatusStyle::coloursAreReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QTest::newRow("fusion light") << fusion->standardPalette() << false;
    QTest::newRow("plain white") << QPalette(Qt::white) << false;
    QTest::newRow("dark") << darkPalette() << true;
}

void TestStatusStyle::coloursAreReadable()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    QCOMPARE(StatusStyle::isDark(palette), dark);
    for (Status status : kStatuses) {
        const QColor colour = StatusStyle::color(status, palette);
        for (QPalette::ColorRole role : { QPalette::Base, QPalette::Window }) {
            const double ratio = StatusStyle::contrastRatio(colour, palette.color(role));
            // WCAG AA for normal text: the status word must be readable on the card and page.
            QVERIFY2(ratio >= 4.5,
                qPrintable(QStringLiteral("%1 on role %2: %3:1")
                               .arg(StatusStyle::word(status))
                               .arg(int(role))
                               .arg(ratio, 0, 'f', 2)));
        }
    }
}

void TestStatusStyle::paletteDarknessIsDetected()
{
    QVERIFY(!StatusStyle::isDark(QPalette(Qt::white)));
    QVERIFY(StatusStyle::isDark(darkPalette()));
    // Same status, different theme: a different colour (one mid-tone cannot serve both).
    QVERIFY(StatusStyle::color(Status::Fail, QPalette(Qt::white))
        != StatusStyle::color(Status::Fail, darkPalette()));
}

void TestStatusStyle::wordsAreDistinct()
{
    QSet<QString> words;
    QSet<QString> icons;
    for (Status status : kStatuses) {
        QVERIFY(!StatusStyle::word(status).isEmpty());
        words.insert(StatusStyle::word(status));
        icons.insert(StatusStyle::iconPath(status));
    }
    QCOMPARE(words.size(), kStatuses.size());
    QCOMPARE(icons.size(), kStatuses.size());
    QCOMPARE(StatusStyle::word(Status::Pass), QStringLiteral("Passed"));
    QCOMPARE(StatusStyle::word(Status::Fail), QStringLiteral("Failed"));
}

void TestStatusStyle::iconsRender()
{
    // Fails when the SVG resources are missing or Qt's SVG icon engine is not installed.
    for (Status status : kStatuses) {
        const QImage image = StatusStyle::icon(status).pixmap(48, 48).toImage();
        QVERIFY2(!image.isNull(), qPrintable(StatusStyle::iconPath(status)));
        QCOMPARE(image.width(), 48);
        QVERIFY2(coverage(image) > 0.4, qPrintable(StatusStyle::iconPath(status)));
    }
    const QImage app = sspr::ui::WizardWindow::applicationIcon().pixmap(64, 64).toImage();
    QVERIFY(!app.isNull());
    QVERIFY(coverage(app) > 0.8);
}

void TestStatusStyle::contrastRatioMatchesWcag()
{
    QCOMPARE(StatusStyle::contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(StatusStyle::contrastRatio(Qt::white, Qt::white), 1.0);
    // #767676 on white is the well-known 4.54:1 grey.
    QVERIFY(qAbs(StatusStyle::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
}

QTEST_MAIN(TestStatusStyle)
#include "TestStatusStyle.moc"
