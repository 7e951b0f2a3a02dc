#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace sspr::report {

// Reads back what ZipWriter writes (and any plain ZIP with stored or deflated entries, no
// ZIP64, no encryption): walks the central directory (APPNOTE 4.3.12, 4.3.16), reads each
// local header (4.3.7), inflates and checks the CRC-32. Used to verify bundles.
class ZipReader {
    Q_DECLARE_TR_FUNCTIONS(ZipReader)

public:
    struct Entry {
        QString name;
        QByteArray data;
        quint16 method = 0;
        quint32 crc = 0;
    };
    static std::optional<QList<Entry>> read(const QByteArray &archive, QString *error);
};

} // namespace sspr::report
