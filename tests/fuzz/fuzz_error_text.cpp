// Pasted error text: ErrorTextParser::parse must accept anything (browser pages, mails, JSON,
// binary garbage) and only ever report what it read, in the documented shapes. The playbook
// chosen from the result must name known checks only.
#include "FuzzSupport.h"

#include "core/auth/SecretRedaction.h"
#include "core/checks/CheckRegistry.h"
#include "core/playbook/Diagnosis.h"
#include "core/playbook/ErrorTextParser.h"

#include <QRegularExpression>
#include <QSet>
#include <cstring>

using sspr::playbook::ErrorTextParser;
using sspr::playbook::ParsedError;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sspr::fuzz::initialize();
    return 0;
}

namespace {

void checkParsed(const ParsedError &p)
{
    static const QRegularExpression guid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    static const QRegularExpression ssprCode(QStringLiteral("^SSPR_[0-9]{4}$"));

    SSPR_FUZZ_CHECK(
        p.correlationId.isEmpty() || guid.match(p.correlationId).hasMatch(), p.correlationId);
    SSPR_FUZZ_CHECK(p.traceId.isEmpty() || guid.match(p.traceId).hasMatch(), p.traceId);
    SSPR_FUZZ_CHECK(p.message.size() <= 1000, QString::number(p.message.size()));
    SSPR_FUZZ_CHECK(p.errorName.size() <= 100, p.errorName);
    SSPR_FUZZ_CHECK(
        QSet<int>(p.aadstsCodes.cbegin(), p.aadstsCodes.cend()).size() == p.aadstsCodes.size(),
        QStringLiteral("duplicate AADSTS code"));
    for (const QString &code : p.ssprCodes)
        SSPR_FUZZ_CHECK(ssprCode.match(code).hasMatch(), code);
    SSPR_FUZZ_CHECK(
        QSet<QString>(p.ssprCodes.cbegin(), p.ssprCodes.cend()).size() == p.ssprCodes.size(),
        QStringLiteral("duplicate SSPR code"));
    for (int id : p.writebackEventIds)
        SSPR_FUZZ_CHECK(id >= 0 && id <= 99999, QString::number(id));
    SSPR_FUZZ_CHECK(!p.timestampUtc.isValid() || p.timestampUtc.timeSpec() == Qt::UTC,
        p.timestampUtc.toString(Qt::ISODate));
    // notFound lists exactly the parts that are empty: nothing is both found and missing.
    SSPR_FUZZ_CHECK(p.notFound.contains(QStringLiteral("code")) == p.aadstsCodes.isEmpty(),
        p.notFound.join(u','));
    SSPR_FUZZ_CHECK(p.notFound.contains(QStringLiteral("message")) == p.message.isEmpty(),
        p.notFound.join(u','));
    SSPR_FUZZ_CHECK(
        p.notFound.contains(QStringLiteral("correlationId")) == p.correlationId.isEmpty(),
        p.notFound.join(u','));
    SSPR_FUZZ_CHECK(p.notFound.contains(QStringLiteral("traceId")) == p.traceId.isEmpty(),
        p.notFound.join(u','));
    SSPR_FUZZ_CHECK(p.notFound.contains(QStringLiteral("timestamp")) == !p.timestampUtc.isValid(),
        p.notFound.join(u','));
    // A pasted trace may carry the sign-in's token: whatever the redactor calls a secret never
    // reaches the message (redacting it again changes nothing).
    SSPR_FUZZ_CHECK(sspr::auth::SecretRedaction::redact(p.message) == p.message, p.message);
}

void checkPlaybook(const ParsedError &parsed)
{
    static const QSet<QString> known = [] {
        const QStringList ids = sspr::checks::CheckRegistry::allIds();
        return QSet<QString>(ids.cbegin(), ids.cend());
    }();
    for (const auto &[id, title] : sspr::playbook::Diagnosis::plannedChecks(parsed)) {
        SSPR_FUZZ_CHECK(known.contains(id), id);
        SSPR_FUZZ_CHECK(!title.isEmpty(), id);
    }
}

void parseAndCheck(const QString &text)
{
    const ParsedError parsed = ErrorTextParser::parse(text);
    checkParsed(parsed);
    checkPlaybook(parsed);
    // Pure: the same text reads the same way.
    const ParsedError again = ErrorTextParser::parse(text);
    SSPR_FUZZ_CHECK(again.aadstsCodes == parsed.aadstsCodes && again.message == parsed.message
            && again.correlationId == parsed.correlationId
            && again.timestampUtc == parsed.timestampUtc,
        QStringLiteral("two parses differ"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *bytes = reinterpret_cast<const char *>(data);
    // A leading 0xFE byte: the rest as raw UTF-16, which can hold lone surrogates that UTF-8
    // decoding never produces (a string cut in half by a clipboard or a widget).
    if (size >= 1 && data[0] == 0xFE) {
        const qsizetype units = qsizetype((size - 1) / 2);
        QString text(units, Qt::Uninitialized);
        std::memcpy(text.data(), bytes + 1, size_t(units) * 2);
        parseAndCheck(text);
        return 0;
    }
    parseAndCheck(QString::fromUtf8(bytes, qsizetype(size)));
    return 0;
}
