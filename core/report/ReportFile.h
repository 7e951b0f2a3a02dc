#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace sspr::report {

// Writes a report file atomically (QSaveFile: the old file stays intact until the new one is
// complete). Returns a translated message naming the file and the reason on failure.
class ReportFile {
    Q_DECLARE_TR_FUNCTIONS(ReportFile)

public:
    static std::optional<QString> save(const QString &path, const QByteArray &bytes);
};

} // namespace sspr::report
