#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace sspr::report {

// Writes a report, bundle or session file atomically (QSaveFile: the old file stays intact
// until the new one is complete, and a failed write, as on a full disk, leaves it untouched).
// Returns a translated message naming the file and the reason on failure.
class ReportFile {
    Q_DECLARE_TR_FUNCTIONS(ReportFile)

public:
    static std::optional<QString> save(const QString &path, const QByteArray &bytes);
};

} // namespace sspr::report
