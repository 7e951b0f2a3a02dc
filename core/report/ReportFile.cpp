#include "core/report/ReportFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace sspr::report {

std::optional<QString> ReportFile::save(const QString &path, const QByteArray &bytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return tr("No file name was given.");
    if (QFileInfo(path).isDir())
        return tr("Cannot write %1: it is a folder.").arg(shown);
    // Unbuffered, and every write checked: Qt 6.4's QSaveFile::commit() ignores a failed flush
    // of its write buffer and a short write (a full disk stops mid-buffer), and would rename a
    // half-written file over the old one. Here the first failed write cancels the save.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return tr("Cannot write %1: %2").arg(shown, file.errorString());
    for (qint64 written = 0; written < bytes.size();) {
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0) {
            const QString reason = file.errorString();
            file.cancelWriting();
            return tr("Cannot write %1: %2").arg(shown, reason);
        }
        written += n;
    }
    if (!file.commit())
        return tr("Cannot save %1: %2").arg(shown, file.errorString());
    return std::nullopt;
}

} // namespace sspr::report
