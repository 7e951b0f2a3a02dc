#include "core/report/ZipReader.h"

#include "core/report/ZipWriter.h"

#include <QtEndian>
#include <zlib.h>

namespace sspr::report {

namespace {

quint16 get16(const QByteArray &in, qint64 at)
{
    return qFromLittleEndian<quint16>(in.constData() + at);
}

quint32 get32(const QByteArray &in, qint64 at)
{
    return qFromLittleEndian<quint32>(in.constData() + at);
}

// Raw deflate (negative window bits: no zlib header or trailer).
std::optional<QByteArray> inflateRaw(const QByteArray &in, quint32 size)
{
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    z_stream stream {};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    stream.avail_in = uInt(in.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = inflate(&stream, Z_FINISH);
    const bool ok = result == Z_STREAM_END && stream.total_out == size;
    inflateEnd(&stream);
    if (!ok)
        return std::nullopt;
    return out;
}

} // namespace

std::optional<QList<ZipReader::Entry>> ZipReader::read(const QByteArray &zip, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // The end record is the last 22 bytes plus a comment of at most 65535 bytes.
    qint64 eocd = -1;
    for (qint64 at = zip.size() - 22; at >= 0 && at >= zip.size() - 22 - 0xFFFF; --at) {
        if (get32(zip, at) == 0x06054b50) {
            eocd = at;
            break;
        }
    }
    if (eocd < 0)
        return fail(tr("not a ZIP archive (no end of central directory record)"));
    const quint16 count = get16(zip, eocd + 10);
    const quint32 cdSize = get32(zip, eocd + 12);
    qint64 at = get32(zip, eocd + 16);
    if (at + cdSize > eocd)
        return fail(tr("the central directory lies outside the archive"));

    QList<Entry> entries;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > eocd || get32(zip, at) != 0x02014b50)
            return fail(tr("central directory entry %1 is damaged").arg(i));
        Entry e;
        const quint16 flags = get16(zip, at + 8);
        e.method = get16(zip, at + 10);
        e.crc = get32(zip, at + 16);
        const quint32 compressed = get32(zip, at + 20);
        const quint32 size = get32(zip, at + 24);
        const quint16 nameLength = get16(zip, at + 28);
        const quint16 extraLength = get16(zip, at + 30);
        const quint16 commentLength = get16(zip, at + 32);
        const quint32 local = get32(zip, at + 42);
        const QByteArray rawName = zip.mid(at + 46, nameLength);
        e.name = (flags & 0x0800) ? QString::fromUtf8(rawName) : QString::fromLatin1(rawName);
        at += 46 + nameLength + extraLength + commentLength;

        if (flags & 0x0001)
            return fail(tr("%1 is encrypted").arg(e.name));
        if (qint64(local) + 30 > zip.size() || get32(zip, local) != 0x04034b50)
            return fail(tr("the local header of %1 is damaged").arg(e.name));
        const qint64 dataAt = local + 30 + get16(zip, local + 26) + get16(zip, local + 28);
        if (dataAt + compressed > zip.size())
            return fail(tr("%1 is cut short").arg(e.name));
        const QByteArray stored = zip.mid(dataAt, compressed);
        if (e.method == 0) {
            e.data = stored;
        } else if (e.method == 8) {
            const auto inflated = inflateRaw(stored, size);
            if (!inflated)
                return fail(tr("%1 does not inflate").arg(e.name));
            e.data = *inflated;
        } else {
            return fail(tr("%1 uses compression method %2").arg(e.name, QString::number(e.method)));
        }
        if (quint32(e.data.size()) != size || ZipWriter::crc32(e.data) != e.crc)
            return fail(tr("%1 fails its CRC-32 check").arg(e.name));
        entries.append(e);
    }
    return entries;
}

} // namespace sspr::report
