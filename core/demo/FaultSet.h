#pragma once

#include "core/demo/Fault.h"

#include <QList>
#include <QMutex>
#include <QStringList>
#include <functional>
#include <optional>

namespace sspr::demo {

// An ordered list of faults shared between the caller's thread (adding, clearing) and the
// server thread (matching); each hit counts `times` down under the lock.
class FaultSet {
public:
    using Filter = std::function<bool(const Fault &)>;

    void add(const Fault &fault);
    void reset(const QList<Fault> &faults = {});

    // The first fault passing `filter` that matches any of `targets` and has hits left;
    // consumes one hit.
    std::optional<Fault> take(const QStringList &targets, const Filter &filter);
    // The longest delay among matching Latency faults passing `filter`; consumes one hit of
    // each.
    int takeLatency(const QStringList &targets, const Filter &filter);

    static bool matches(const Fault &fault, const QString &target);
    // Fault.h: an invalid or empty pattern matches everything.
    static bool matchesEverything(const Fault &fault);

private:
    mutable QMutex m_mutex;
    QList<Fault> m_faults;
};

} // namespace sspr::demo
