#include "core/demo/FaultSet.h"

#include <QMutexLocker>

namespace sspr::demo {

void FaultSet::add(const Fault &fault)
{
    QMutexLocker lock(&m_mutex);
    m_faults.append(fault);
}

void FaultSet::reset(const QList<Fault> &faults)
{
    QMutexLocker lock(&m_mutex);
    m_faults = faults;
}

bool FaultSet::matchesEverything(const Fault &fault)
{
    return !fault.match.isValid() || fault.match.pattern().isEmpty();
}

bool FaultSet::matches(const Fault &fault, const QString &target)
{
    return matchesEverything(fault) || fault.match.match(target).hasMatch();
}

std::optional<Fault> FaultSet::take(const QStringList &targets, const Filter &filter)
{
    QMutexLocker lock(&m_mutex);
    for (Fault &fault : m_faults) {
        if (fault.times == 0 || fault.kind == Fault::Kind::Latency || !filter(fault))
            continue;
        for (const QString &target : targets) {
            if (matches(fault, target)) {
                if (fault.times > 0)
                    --fault.times;
                return fault;
            }
        }
    }
    return std::nullopt;
}

int FaultSet::takeLatency(const QStringList &targets, const Filter &filter)
{
    QMutexLocker lock(&m_mutex);
    int delay = 0;
    for (Fault &fault : m_faults) {
        if (fault.times == 0 || fault.kind != Fault::Kind::Latency || !filter(fault))
            continue;
        for (const QString &target : targets) {
            if (matches(fault, target)) {
                if (fault.times > 0)
                    --fault.times;
                delay = qMax(delay, fault.delayMs);
                break;
            }
        }
    }
    return delay;
}

} // namespace sspr::demo
