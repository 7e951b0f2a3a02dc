#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sspr::report {

// A small ZIP archive writer (PKWARE APPNOTE.TXT 6.3.x): local file headers (4.3.7), a
// central directory (4.3.12) and its end record (4.3.16); entries stored (method 0) or
// deflated (method 8, 4.4.5) with UTF-8 names (general purpose bit 11, 4.4.4) and CRC-32
// (4.4.7). No ZIP64: archives are refused past 4 GiB or 65535 entries.
class ZipWriter {
public:
    enum class Method { Stored, Deflated, Smallest };

    void add(const QString &name, const QByteArray &data, const QDateTime &modified,
        Method method = Method::Smallest);
    // The whole archive; empty when it would need ZIP64.
    QByteArray finish() const;

    static quint32 crc32(const QByteArray &data);
    // Raw deflate (RFC 1951) of `data`, from qCompress with its 4-byte length prefix, the
    // 2-byte zlib header and the 4-byte Adler-32 trailer (RFC 1950) removed.
    static QByteArray deflateRaw(const QByteArray &data);

private:
    struct Entry {
        QByteArray name; // UTF-8
        QByteArray stored; // as written (compressed or not)
        quint32 crc = 0;
        quint32 size = 0;
        quint16 method = 0;
        quint16 dosTime = 0;
        quint16 dosDate = 0;
    };
    QList<Entry> m_entries;
};

} // namespace sspr::report
