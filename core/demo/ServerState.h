#pragma once

#include "core/demo/FaultSet.h"
#include "core/demo/RequestLog.h"
#include "core/demo/Scenario.h"
#include "core/demo/TokenLedger.h"

#include <QMutex>
#include <QMutexLocker>
#include <QUrl>
#include <memory>

namespace sspr::demo {

// Everything the server thread shares with ScenarioServer. The scenario is immutable once
// published; a reload swaps the pointer, so a request in flight keeps the one it started with.
struct ServerState {
    FaultSet runtimeFaults; // consulted first
    FaultSet scenarioFaults;
    RequestLog log;
    TokenLedger authority; // the identity platform side: options, codes, tokens

    std::shared_ptr<const Scenario> scenario() const
    {
        QMutexLocker lock(&mutex);
        return m_scenario;
    }
    void setScenario(std::shared_ptr<const Scenario> scenario)
    {
        QMutexLocker lock(&mutex);
        m_scenario = std::move(scenario);
    }
    QUrl baseUrl() const
    {
        QMutexLocker lock(&mutex);
        return m_baseUrl;
    }
    void setBaseUrl(const QUrl &url)
    {
        QMutexLocker lock(&mutex);
        m_baseUrl = url;
    }

private:
    mutable QMutex mutex;
    std::shared_ptr<const Scenario> m_scenario;
    QUrl m_baseUrl;
};

} // namespace sspr::demo
