// Scenario files (resources/scenarios/README.md): the input is written to a file and loaded
// with ScenarioLoader::load, as --demo FILE does, including "base" inheritance (a built-in
// name, or parent.json beside it), relative times, faults (FaultJson), routes and "network".
// A loaded scenario must be usable by the demo server; a bad one yields a message.
#include "FuzzSupport.h"

#include "core/demo/FaultJson.h"
#include "core/demo/ScenarioLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace sspr::demo;

namespace {

QTemporaryDir &scratch()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/sspr-fuzz-scenario-XXXXXX"));
    return dir;
}

QString inputPath()
{
    return scratch().filePath(QStringLiteral("input.json"));
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    SSPR_FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate), path);
    SSPR_FUZZ_CHECK(file.write(bytes) == bytes.size(), path);
}

void checkScenario(const Scenario &s)
{
    SSPR_FUZZ_CHECK(!s.name.isEmpty(), QStringLiteral("no name"));
    SSPR_FUZZ_CHECK(!s.description.isEmpty(), s.name);
    SSPR_FUZZ_CHECK(s.pageSize >= 1 && s.pageSize <= 999, QString::number(s.pageSize));
    // The demo's /me and affected user exist, so every request about them can be answered.
    SSPR_FUZZ_CHECK(
        !s.signedInUserId.isEmpty() && !s.findUser(s.signedInUserId).isEmpty(), s.signedInUserId);
    SSPR_FUZZ_CHECK(
        !s.affectedUserId.isEmpty() && !s.findUser(s.affectedUserId).isEmpty(), s.affectedUserId);
    for (const QJsonValue &user : s.users)
        SSPR_FUZZ_CHECK(
            user.toObject().value(QStringLiteral("userPrincipalName")).isString(), s.name);
    for (auto it = s.authenticationMethods.cbegin(); it != s.authenticationMethods.cend(); ++it)
        SSPR_FUZZ_CHECK(!s.findUser(it.key()).isEmpty(), it.key());
    for (const Fault &fault : s.faults) {
        // What the demo server relies on when it plays the fault.
        SSPR_FUZZ_CHECK(FaultJson::isKnownStatus(fault.status), QString::number(fault.status));
        SSPR_FUZZ_CHECK(fault.delayMs >= 0 && fault.times >= -1 && fault.retryAfterSeconds >= -1,
            FaultJson::kindName(fault.kind));
        SSPR_FUZZ_CHECK(
            fault.megabytes >= 1 && fault.megabytes <= 1024, QString::number(fault.megabytes));
        SSPR_FUZZ_CHECK(fault.match.isValid(), fault.match.pattern());
    }
    for (const StaticRoute &route : s.routes) {
        SSPR_FUZZ_CHECK(route.path.isValid(), route.path.pattern());
        SSPR_FUZZ_CHECK(FaultJson::isKnownStatus(route.status), QString::number(route.status));
        SSPR_FUZZ_CHECK(!route.method.isEmpty(), route.path.pattern());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sspr::fuzz::initialize();
    SSPR_FUZZ_CHECK(scratch().isValid(), scratch().errorString());
    // A parent a fuzzed file can name as "base": "parent.json" (a built-in one plus a fault).
    write(scratch().filePath(QStringLiteral("parent.json")),
        R"({"base": "healthy", "description": "parent", "faults": [{"kind": "status",
            "match": "^/users", "status": 429, "retryAfter": 1, "times": 2}]})");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    write(inputPath(), QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const ScenarioLoader::Result result = ScenarioLoader::load(inputPath());
    if (const auto *message = std::get_if<QString>(&result)) {
        SSPR_FUZZ_CHECK(!message->isEmpty(), QStringLiteral("an empty error"));
        SSPR_FUZZ_CHECK(
            message->contains(inputPath()), QStringLiteral("does not name the file: ") + *message);
        return 0;
    }
    checkScenario(std::get<Scenario>(result));
    return 0;
}
