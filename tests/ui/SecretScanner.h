#pragma once
// Looks for known secrets in bytes, files (a .zip unpacked entry by entry) and log lines: the
// whole value and its first 16 characters, so a truncated token in a log counts as a leak.

#include "core/report/ZipReader.h"

#include <QDirIterator>
#include <QFile>
#include <QStringList>

class SecretScanner {
public:
    explicit SecretScanner(const QStringList &secrets)
    {
        for (const QString &secret : secrets) {
            m_needles.append(secret.toUtf8());
            if (secret.size() > 16)
                m_needles.append(secret.left(16).toUtf8());
        }
    }

    // "where: needle" for each needle found in `data`.
    QStringList scanBytes(const QString &where, const QByteArray &data) const
    {
        QStringList hits;
        for (const QByteArray &needle : m_needles) {
            if (data.contains(needle))
                hits << where + QStringLiteral(": ") + QString::fromUtf8(needle);
        }
        return hits;
    }

    // Every file under `dir`, each .zip also entry by entry (deflated entries hide their text).
    QStringList scanDir(const QString &dir, QStringList *scanned) const
    {
        QStringList hits;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                hits << path + QStringLiteral(": unreadable");
                continue;
            }
            const QByteArray data = file.readAll();
            scanned->append(path);
            hits << scanBytes(path, data);
            if (path.endsWith(QLatin1String(".zip")))
                hits << scanZip(path, data, scanned);
        }
        return hits;
    }

    QStringList scanZip(const QString &where, const QByteArray &archive, QStringList *scanned) const
    {
        QString error;
        const auto entries = sspr::report::ZipReader::read(archive, &error);
        if (!entries)
            return { where + QStringLiteral(": unreadable zip: ") + error };
        QStringList hits;
        for (const auto &entry : *entries) {
            const QString name = where + QLatin1Char('!') + entry.name;
            scanned->append(name);
            hits << scanBytes(name, entry.data);
        }
        return hits;
    }

    QStringList scanLines(const QString &where, const QStringList &lines) const
    {
        return scanBytes(where, lines.join(QLatin1Char('\n')).toUtf8());
    }

private:
    QList<QByteArray> m_needles;
};
