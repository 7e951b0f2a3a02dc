#include "core/report/ZipWriter.h"

#include <QtEndian>
#include <array>

namespace sspr::report {

namespace {

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

constexpr quint16 kVersion = 20; // 2.0: deflate (APPNOTE 4.4.3.2)
constexpr quint16 kUtf8Names = 0x0800; // general purpose bit 11 (4.4.4)

} // namespace

quint32 ZipWriter::crc32(const QByteArray &data)
{
    // CRC-32 with the reflected polynomial 0xEDB88320 (APPNOTE 4.4.7, as in zlib).
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

QByteArray ZipWriter::deflateRaw(const QByteArray &data)
{
    const QByteArray z = qCompress(data, 9);
    if (z.size() < 4 + 2 + 4)
        return {};
    return z.mid(4 + 2, z.size() - 4 - 2 - 4);
}

void ZipWriter::add(
    const QString &name, const QByteArray &data, const QDateTime &modified, Method method)
{
    Entry e;
    e.name = name.toUtf8();
    e.crc = crc32(data);
    e.size = quint32(data.size());
    QByteArray deflated;
    if (method != Method::Stored)
        deflated = deflateRaw(data);
    const bool useDeflate = method == Method::Deflated
        || (method == Method::Smallest && !deflated.isEmpty() && deflated.size() < data.size());
    e.method = useDeflate ? 8 : 0;
    e.stored = useDeflate ? deflated : data;
    // MS-DOS date and time (4.4.6): local time by convention, 2-second resolution, from 1980.
    const QDateTime local
        = modified.isValid() ? modified.toLocalTime() : QDateTime::currentDateTime();
    const QDate d = local.date();
    const QTime t = local.time();
    e.dosDate = quint16(((qMax(d.year(), 1980) - 1980) << 9) | (d.month() << 5) | d.day());
    e.dosTime = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    m_entries.append(e);
}

QByteArray ZipWriter::finish() const
{
    if (m_entries.size() > 0xFFFF)
        return {};
    QByteArray out;
    QByteArray central;
    for (const Entry &e : m_entries) {
        const qint64 offset = out.size();
        if (offset + 30 + e.name.size() + e.stored.size() > 0xFFFFFFFFLL)
            return {};
        // Local file header (4.3.7): sizes and CRC known up front, so no data descriptor.
        put32(out, 0x04034b50);
        put16(out, kVersion);
        put16(out, kUtf8Names);
        put16(out, e.method);
        put16(out, e.dosTime);
        put16(out, e.dosDate);
        put32(out, e.crc);
        put32(out, quint32(e.stored.size()));
        put32(out, e.size);
        put16(out, quint16(e.name.size()));
        put16(out, 0); // extra field length
        out += e.name;
        out += e.stored;

        // Central directory file header (4.3.12).
        put32(central, 0x02014b50);
        put16(central, kVersion); // version made by: MS-DOS attributes, spec 2.0
        put16(central, kVersion);
        put16(central, kUtf8Names);
        put16(central, e.method);
        put16(central, e.dosTime);
        put16(central, e.dosDate);
        put32(central, e.crc);
        put32(central, quint32(e.stored.size()));
        put32(central, e.size);
        put16(central, quint16(e.name.size()));
        put16(central, 0); // extra field length
        put16(central, 0); // file comment length
        put16(central, 0); // disk number start
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, quint32(offset));
        central += e.name;
    }
    const qint64 centralOffset = out.size();
    out += central;
    // End of central directory record (4.3.16).
    put32(out, 0x06054b50);
    put16(out, 0); // this disk
    put16(out, 0); // disk with the central directory
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, quint32(central.size()));
    put32(out, quint32(centralOffset));
    put16(out, 0); // comment length
    return out;
}

} // namespace sspr::report
