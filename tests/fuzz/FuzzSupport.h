#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstddef>
#include <cstdint>

// What every fuzz target shares: the libFuzzer entry points (also driven by ReplayMain in a
// normal build), a QCoreApplication made once, and invariant checks that abort, so that a
// broken invariant is a crash libFuzzer saves as a reproducer.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace sspr::fuzz {

// Creates the QCoreApplication (tr(), resources, QCommandLineParser need one) and silences
// Qt's and the app's logging, which would only slow the fuzzer down. Idempotent.
void initialize();

// Prints "fuzz invariant failed: <what>" and aborts.
[[noreturn]] void fail(const char *file, int line, const QString &what);

// The input split at NUL bytes (command-line arguments, several reply bodies), at most
// `maxParts` parts; the last part keeps any further NUL bytes.
QList<QByteArray> splitOnNul(const uint8_t *data, size_t size, int maxParts);

} // namespace sspr::fuzz

#define SSPR_FUZZ_CHECK(condition, what)                                                           \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::sspr::fuzz::fail(__FILE__, __LINE__, QStringLiteral(#condition ": ") + (what));      \
    } while (false)
