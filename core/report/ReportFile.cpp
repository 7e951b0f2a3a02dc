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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(shown, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return tr("Cannot write %1: %2").arg(shown, reason);
    }
    if (!file.commit())
        return tr("Cannot save %1: %2").arg(shown, file.errorString());
    return std::nullopt;
}

} // namespace sspr::report
