// The normal (non-libFuzzer) build's main for a fuzz target: runs every file named on the
// command line, or found under a directory named there, through LLVMFuzzerTestOneInput once.
// So the seed corpus and every saved crash input are regression tests with any compiler.
#include "FuzzSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <cstdio>

namespace {

// Files under `path` (or `path` itself), sorted so that a failure is reproducible by name.
QStringList inputsUnder(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return { path };
    QStringList files;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int ran = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (path.startsWith(QLatin1Char('-')))
            continue; // a libFuzzer flag such as -runs=0: meaningless here
        if (!QFileInfo::exists(path)) {
            std::fprintf(stderr, "no such file or directory: %s\n", argv[i]);
            return 1;
        }
        for (const QString &file : inputsUnder(path)) {
            QFile input(file);
            if (!input.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
                return 1;
            }
            const QByteArray data = input.readAll();
            std::fprintf(stderr, "Running: %s\n", qPrintable(file));
            LLVMFuzzerTestOneInput(
                reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
            ++ran;
        }
    }
    std::fprintf(stderr, "Executed %d inputs\n", ran);
    // An empty corpus would make the test pass without testing anything.
    return ran > 0 ? 0 : 1;
}
