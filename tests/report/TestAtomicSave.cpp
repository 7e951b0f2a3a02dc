// Issue 8 item 5, saving: reports (every ReportWriter format), the bundle and session files
// are written through QSaveFile. A save that cannot complete (the parent is a file, the
// target is a folder, a write error part-way as on a full disk) says which file and why,
// leaves the previous file byte-identical and leaves no temporary file behind.
//
// A full disk is played by RLIMIT_FSIZE: past the limit write() fails with EFBIG, as it fails
// with ENOSPC on a full disk, at the same point (the middle of the new file's data).
#include "DamagedSessions.h"

#include "core/report/BundleWriter.h"
#include "core/report/ReportFile.h"
#include "core/report/ReportWriter.h"
#include "ui/SessionFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <functional>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>

using namespace sspr;

namespace {

// Files past `bytes` cannot grow while this lives (the process's soft limit; SIGXFSZ ignored
// so the write fails with EFBIG instead of killing the test).
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_saved {};
    void (*m_previousHandler)(int) = nullptr;
    bool m_ok = false;
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

using Save = std::function<std::optional<QString>(const QString &path)>;

} // namespace

class TestAtomicSave : public QObject {
    Q_OBJECT

    static QList<QPair<QString, Save>> savers()
    {
        const report::Session session = damaged::sampleSession();
        QList<QPair<QString, Save>> list;
        for (const QString &format : report::ReportWriter::formats())
            list.append({ format, [session, format](const QString &path) {
                             return report::ReportWriter::write(format, path, session, {});
                         } });
        list.append({ QStringLiteral("bundle writer"), [session](const QString &path) {
                         return report::BundleWriter::write(path, session, {});
                     } });
        list.append({ QStringLiteral("session file"),
            [session](const QString &path) { return ui::SessionFile::save(path, session); } });
        list.append({ QStringLiteral("report file"), [](const QString &path) {
                         return report::ReportFile::save(path, QByteArray(1 << 20, 'r'));
                     } });
        return list;
    }

private Q_SLOTS:
    void failedWriteKeepsThePreviousFile_data()
    {
        QTest::addColumn<int>("index");
        const auto list = savers();
        for (int i = 0; i < list.size(); ++i)
            QTest::newRow(qPrintable(list.at(i).first)) << i;
    }
    // The write fails part-way: the old file stays as it was, byte for byte.
    void failedWriteKeepsThePreviousFile()
    {
        QFETCH(int, index);
        const Save save = savers().at(index).second;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("kept.out"));
        const QByteArray previous = "the previous file, complete\n";
        writeFile(path, previous);
        std::optional<QString> problem;
        {
            FileSizeLimit limit(64); // every format renders more than this
            QVERIFY(limit.ok());
            problem = save(path);
        }
        QVERIFY2(problem.has_value(), "a save past the size limit reported success");
        QVERIFY2(problem->contains(QDir::toNativeSeparators(path)), qPrintable(*problem));
        QVERIFY2(problem->contains(QStringLiteral("too large"), Qt::CaseInsensitive),
            qPrintable(*problem)); // the reason, strerror(EFBIG) as Qt words it
        QCOMPARE(readFile(path), previous);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
            QStringList { QStringLiteral("kept.out") });

        // Without the limit the same save replaces the file completely.
        QVERIFY(!save(path).has_value());
        QVERIFY(readFile(path) != previous);
        QVERIFY(readFile(path).size() > 64);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
            QStringList { QStringLiteral("kept.out") });
    }

    void unwritablePlaceSaysWhy_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("place");
        const auto list = savers();
        for (int i = 0; i < list.size(); ++i) {
            for (const char *place : { "parent is a file", "target is a folder", "no such folder" })
                QTest::newRow(qPrintable(list.at(i).first + QStringLiteral(", ") + place))
                    << i << QString::fromLatin1(place);
        }
    }
    void unwritablePlaceSaysWhy()
    {
        QFETCH(int, index);
        QFETCH(QString, place);
        const Save save = savers().at(index).second;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("a-file"));
        writeFile(file, "not a folder");
        const QString folder = dir.filePath(QStringLiteral("a-folder"));
        QVERIFY(QDir().mkpath(folder));
        QString path;
        if (place == QLatin1String("parent is a file"))
            path = file + QStringLiteral("/r.out");
        else if (place == QLatin1String("target is a folder"))
            path = folder;
        else
            path = dir.filePath(QStringLiteral("missing/r.out"));
        const auto problem = save(path);
        QVERIFY2(problem.has_value(), qPrintable(path));
        QVERIFY2(problem->contains(QDir::toNativeSeparators(path)), qPrintable(*problem));
        QVERIFY2(
            problem->size() > QDir::toNativeSeparators(path).size() + 20, qPrintable(*problem));
        QCOMPARE(readFile(file), QByteArray("not a folder"));
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
            QStringList({ QStringLiteral("a-file"), QStringLiteral("a-folder") }));
    }

    // A read-only folder: only meaningful for a user the permissions apply to (not root).
    void readOnlyFolderKeepsThePreviousFile()
    {
        if (::geteuid() == 0)
            QSKIP("running as root: folder permissions do not apply");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("r.html"));
        writeFile(path, "previous");
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        const auto problem = report::ReportWriter::write(
            QStringLiteral("html"), path, damaged::sampleSession(), {});
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(problem.has_value());
        QVERIFY2(problem->contains(path), qPrintable(*problem));
        QCOMPARE(readFile(path), QByteArray("previous"));
    }
};

QTEST_GUILESS_MAIN(TestAtomicSave)
#include "TestAtomicSave.moc"
