// Command-line arguments: the input split at NUL bytes is argv after the program name, as
// the OS hands it over. AppOptionsParser::parse gives exactly one of options, output or an
// error, and options it accepts keep every documented bound.
#include "FuzzSupport.h"

#include "core/runtime/AppOptions.h"

#include <QHostAddress>

using namespace sspr::runtime;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sspr::fuzz::initialize();
    return 0;
}

namespace {

bool isLoopback(const QUrl &url)
{
    return QHostAddress(url.host()).isLoopback()
        || url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
}

void checkOptions(const AppOptions &o)
{
    SSPR_FUZZ_CHECK(
        o.timeoutSeconds >= 1 && o.timeoutSeconds <= 600, QString::number(o.timeoutSeconds));
    SSPR_FUZZ_CHECK(o.lookbackDays >= 1 && o.lookbackDays <= 30, QString::number(o.lookbackDays));
    // The bearer token travels to --graph: https, or http to this machine only.
    if (!o.graphUrl.isEmpty())
        SSPR_FUZZ_CHECK(o.graphUrl.scheme() == QLatin1String("https")
                || (o.graphUrl.scheme() == QLatin1String("http") && isLoopback(o.graphUrl)),
            o.graphUrl.toString());
    if (!o.authorityUrl.isEmpty())
        SSPR_FUZZ_CHECK(o.authorityUrl.scheme() == QLatin1String("https")
                || (o.authorityUrl.scheme() == QLatin1String("http") && isLoopback(o.authorityUrl)),
            o.authorityUrl.toString());
    if (!o.clockUrl.isEmpty())
        SSPR_FUZZ_CHECK(!o.clockUrl.host().isEmpty(), o.clockUrl.toString());
    SSPR_FUZZ_CHECK(
        o.reports.isEmpty() || o.headless, QStringLiteral("--report without --headless"));
    SSPR_FUZZ_CHECK(
        o.jsonPath.isEmpty() || o.headless, QStringLiteral("--json without --headless"));
    SSPR_FUZZ_CHECK(!(o.selfMode && !o.userKey.isEmpty()), o.userKey);
    SSPR_FUZZ_CHECK(o.errorText.isEmpty() || o.errorFile.isEmpty(), o.errorFile);
    SSPR_FUZZ_CHECK(o.openSession.isEmpty() || !o.headless, o.openSession);
    for (const auto &[format, path] : o.reports)
        SSPR_FUZZ_CHECK(!path.trimmed().isEmpty()
                && QStringList({ QStringLiteral("json"), QStringLiteral("html"),
                                   QStringLiteral("text"), QStringLiteral("har") })
                       .contains(format),
            format);
    for (auto it = o.answers.cbegin(); it != o.answers.cend(); ++it)
        SSPR_FUZZ_CHECK(!it.key().isEmpty(), it.value());
    if (!o.cloudKey.isEmpty())
        SSPR_FUZZ_CHECK(QStringList({ QStringLiteral("global"), QStringLiteral("usgov-gcch"),
                                        QStringLiteral("usgov-dod"), QStringLiteral("china") })
                            .contains(o.cloudKey),
            o.cloudKey);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList arguments { QStringLiteral("sspr-doctor") };
    for (const QByteArray &part : sspr::fuzz::splitOnNul(data, size, 64))
        arguments << QString::fromLocal8Bit(part);
    const AppOptionsResult result = AppOptionsParser::parse(arguments);
    const int set = int(result.options.has_value()) + int(!result.output.isEmpty())
        + int(!result.error.isEmpty());
    SSPR_FUZZ_CHECK(set == 1,
        arguments.join(u' ')
            + QStringLiteral(" -> options %1, output \"%2\", error \"%3\"")
                  .arg(int(result.options.has_value()))
                  .arg(result.output, result.error));
    if (result.options)
        checkOptions(*result.options);
    return 0;
}
