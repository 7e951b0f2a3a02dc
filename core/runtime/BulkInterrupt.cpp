#include "core/runtime/BulkInterrupt.h"

#include <QPointer>

#ifdef Q_OS_WIN
#include <atomic>
#include <windows.h>
#else
#include <QSocketNotifier>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace sspr::runtime {

namespace {
#ifdef Q_OS_WIN
QPointer<BulkInterrupt> g_instance;

std::atomic<bool> g_signalled { false };

BOOL WINAPI onConsoleControl(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT && type != CTRL_CLOSE_EVENT)
        return FALSE;
    // A second Ctrl+C: FALSE lets the default handler end the process at once.
    if (g_signalled.exchange(true))
        return FALSE;
    // Called on a thread of its own: queue the signal onto the event loop. CTRL_CLOSE_EVENT
    // cannot wait for the page: Windows ends the process soon after this returns (at most
    // ~5 s); the resume file of the last complete page still continues the scan.
    if (BulkInterrupt *target = g_instance.data())
        QMetaObject::invokeMethod(target, &BulkInterrupt::interrupted, Qt::QueuedConnection);
    return TRUE;
}
#else
int g_pipe[2] = { -1, -1 };
struct sigaction g_oldInt { };
struct sigaction g_oldTerm { };

extern "C" void onSignal(int)
{
    // The previous handlers come back at once, so a second Ctrl+C ends the process without
    // waiting for the page (the resume file of the last complete page still continues it).
    // Async-signal-safe: only sigaction(2) and write(2); a full pipe already holds a pending
    // interruption.
    sigaction(SIGINT, &g_oldInt, nullptr);
    sigaction(SIGTERM, &g_oldTerm, nullptr);
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
}
#endif
} // namespace

struct BulkInterrupt::Private {
#ifndef Q_OS_WIN
    QSocketNotifier *notifier = nullptr;
#endif
};

BulkInterrupt::BulkInterrupt(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
#ifdef Q_OS_WIN
    g_instance = this;
    g_signalled = false;
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
#else
    if (::pipe(g_pipe) != 0)
        return;
    for (int fd : g_pipe)
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    d->notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(d->notifier, &QSocketNotifier::activated, this, [this] {
        char buffer[16];
        while (::read(g_pipe[0], buffer, sizeof buffer) > 0) { }
        Q_EMIT interrupted();
    });
    struct sigaction action { };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, &g_oldInt);
    sigaction(SIGTERM, &action, &g_oldTerm);
#endif
}

BulkInterrupt::~BulkInterrupt()
{
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleControl, FALSE);
    g_instance = nullptr;
#else
    if (d->notifier) {
        sigaction(SIGINT, &g_oldInt, nullptr);
        sigaction(SIGTERM, &g_oldTerm, nullptr);
        delete d->notifier;
        ::close(g_pipe[0]);
        ::close(g_pipe[1]);
        g_pipe[0] = g_pipe[1] = -1;
    }
#endif
    delete d;
}

} // namespace sspr::runtime
