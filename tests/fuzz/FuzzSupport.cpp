#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <cstdio>
#include <cstdlib>

namespace sspr::fuzz {

namespace {

// Every message is dropped except a fatal one: qFatal must still end the run as a crash.
void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

void initialize()
{
    if (QCoreApplication::instance())
        return;
    // QCoreApplication keeps references to argc/argv: they must outlive it.
    static int argc = 1;
    static char name[] = "sspr-fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app)
    QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
    qInstallMessageHandler(quietHandler);
}

void fail(const char *file, int line, const QString &what)
{
    std::fprintf(stderr, "%s:%d: fuzz invariant failed: %s\n", file, line, qPrintable(what));
    std::fflush(stderr);
    std::abort();
}

QList<QByteArray> splitOnNul(const uint8_t *data, size_t size, int maxParts)
{
    QList<QByteArray> parts;
    const char *begin = reinterpret_cast<const char *>(data);
    const char *end = begin + size;
    const char *start = begin;
    for (const char *p = begin; p < end; ++p) {
        if (*p == '\0' && parts.size() + 1 < maxParts) {
            parts.append(QByteArray(start, p - start));
            start = p + 1;
        }
    }
    parts.append(QByteArray(start, end - start));
    return parts;
}

} // namespace sspr::fuzz
