// SPDX-License-Identifier: MIT
// How long the GUI thread stalls while a user opens a project, invokes, edits
// and invokes again, changes the keep-alive preference (which recreates the
// engine), invokes and quits. A 1 ms watchdog timer on the GUI thread records
// the longest gap between two of its ticks in each phase: a gap is time in
// which the window could not repaint or take a key. It also keeps the most
// CPU time the GUI thread spent between two ticks (its longest slice of work):
// on a loaded machine a gap also holds time spent waiting for a CPU, the CPU
// figure does not, so it shows what splitting the work changes. The real window on the
// real engine (runc or crun when they work here, else plain processes),
// offscreen. A benchmark that prints figures, not a test: built, not in ctest.
// "cpu": the phase's largest slice of GUI-thread CPU time between two ticks.
//
//   installer/dev shell -- build/dev/bin/bench_guistall [N]    (default 5 runs)
//   BENCH_GUISTALL_GAPS=1 also prints when each longest gap was (docs/benchmarks.md)
//   BENCH_GUISTALL_LARGE=1 adds a 6 MB event that is not JSON, edited in and invoked
#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTimer>

#include "engine/invoke/invoker.h"
#include "engine/project/projectsamples.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/events/eventbuilder.h"
#include "widgets/invoke/invocationcontroller.h"
#include "widgets/mainwindow/mainwindow.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>
#include <memory>
#include <vector>

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

// Ticks every millisecond and keeps, per phase, the longest time between ticks.
class Watchdog final : public QObject
{
public:
    Watchdog()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void startPhase(const QString &phase)
    {
        tick();
        m_phase = phase;
        m_longest = 0;
        m_longestEnd = 0;
        m_mostCpu = 0;
        m_last = monotonicNs();
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    // The longest gap of the phase so far, in milliseconds (the gap still open included).
    double endPhase()
    {
        tick();
        m_timer.stop();
        m_phase.clear();
        return m_longest / 1e6;
    }
    // When the phase's longest gap began and ended, in CLOCK_MONOTONIC
    // nanoseconds (the clock `perf record -k CLOCK_MONOTONIC` stamps samples
    // with), so that a profile can be cut to what ran in that gap.
    std::pair<qint64, qint64> longestGap() const { return { m_longestEnd - m_longest, m_longestEnd }; }
    // The most GUI-thread CPU time between two ticks in the phase, in milliseconds.
    double mostCpu() const { return m_mostCpu / 1e6; }

private:
    static qint64 monotonicNs()
    {
        timespec now {};
        clock_gettime(CLOCK_MONOTONIC, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    }
    static qint64 threadCpuNs()
    {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    }
    void tick()
    {
        if (m_phase.isEmpty())
            return;
        const qint64 now = monotonicNs();
        if (now - m_last > m_longest) {
            m_longest = now - m_last;
            m_longestEnd = now;
        }
        m_last = now;
        const qint64 cpu = threadCpuNs();
        m_mostCpu = std::max(m_mostCpu, cpu - m_lastCpu);
        m_lastCpu = cpu;
    }

    QTimer m_timer;
    QString m_phase;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_longestEnd = 0;
    qint64 m_lastCpu = 0;
    qint64 m_mostCpu = 0;
};

// Runs the event loop until done() or the limit; false on the limit.
bool spinUntil(const std::function<bool()> &done, int limitMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > limitMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void settle(int ms)
{
    spinUntil([] { return false; }, ms);
}

// Invokes and waits for the result; the time from the Invoke command to the
// start of the invocation goes into *startMs.
bool invokeAndWait(MainWindow &window, double *startMs)
{
    bool started = false;
    bool finished = false;
    QElapsedTimer clock;
    const auto a = QObject::connect(window.controller(), &InvocationController::started, &window, [&] {
        if (!started)
            *startMs = clock.nsecsElapsed() / 1e6;
        started = true;
    });
    const auto b = QObject::connect(window.controller(), &InvocationController::finished, &window,
                                    [&finished] { finished = true; });
    clock.start();
    const bool ok = window.invoke() && spinUntil([&finished] { return finished; }, 120000);
    QObject::disconnect(a);
    QObject::disconnect(b);
    return ok;
}

// Quits as a user who keeps nothing unsaved would, without a dialog.
class BenchWindow final : public MainWindow
{
protected:
    SaveChoice askToSaveChanges(const QStringList &) override { return SaveChoice::Discard; }
};

double median(std::vector<double> values)
{
    std::ranges::sort(values);
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"BullpenBench"_s);
    QCoreApplication::setApplicationName(u"bench_guistall"_s);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    // BENCH_GUISTALL_GAPS=1 prints each phase's longest gap as CLOCK_MONOTONIC
    // seconds, to cut a `perf record -k CLOCK_MONOTONIC` profile to it.
    const bool traceGaps = qEnvironmentVariableIntValue("BENCH_GUISTALL_GAPS") == 1;

    QString backend = u"oci"_s;
    {
        EngineSettings settings;
        settings.backend = backend;
        QString error;
        if (!Invoker::create(settings, &error)) {
            std::printf("The OCI backend cannot run here (%s): measuring with the process backend\n",
                        qPrintable(error));
            backend = u"process"_s;
        }
    }

    // BENCH_GUISTALL_LARGE=1 adds two phases before quit: a 6 MB event that is
    // not JSON (its fault at the end) put into the event builder, then invoked
    // (the pool refuses it).
    const bool large = qEnvironmentVariableIntValue("BENCH_GUISTALL_LARGE") == 1;
    QStringList phases
        = { u"open project"_s, u"first invoke"_s, u"edit, invoke"_s, u"preferences"_s, u"invoke"_s, u"quit"_s };
    if (large) {
        phases.insert(5, u"invoke large"_s);
        phases.insert(5, u"large event"_s);
    }
    QString largeEvent = u"{\"records\": [\n"_s;
    while (large && largeEvent.size() < 6291456 - 64)
        largeEvent += u"  {\"id\": 12345, \"body\": \"lorem ipsum dolor\"},\n"_s;
    largeEvent += u"  x\n]}"_s;
    std::map<QString, std::vector<double>> stalls;
    std::map<QString, std::vector<double>> slices; // the most GUI-thread CPU between two ticks
    std::vector<double> savedStarts;
    Watchdog watchdog;

    for (int run = 0; run < runs; ++run) {
        QSettings().clear();
        Preferences preferences;
        preferences.backend = backend;
        preferences.keepAliveMinutes = 5;
        preferences.save();
        QTemporaryDir dir;
        const QString project = dir.filePath(u"hello"_s);
        ProjectError error;
        if (!ProjectSamples::create(u"python-hello"_s, project, &error)) {
            std::fprintf(stderr, "bench_guistall: %s\n", qPrintable(error.toString()));
            return 1;
        }

        std::unique_ptr<MainWindow> window = std::make_unique<BenchWindow>();
        window->show();
        settle(300);
        auto measure = [&](const QString &phase, const std::function<bool()> &step) {
            watchdog.startPhase(phase);
            const bool ok = step();
            stalls[phase].push_back(watchdog.endPhase());
            slices[phase].push_back(watchdog.mostCpu());
            if (traceGaps) {
                const auto [from, to] = watchdog.longestGap();
                std::printf("gap run %d %s: %lld.%09lld %lld.%09lld\n", run + 1, qPrintable(phase), from / 1000000000,
                            from % 1000000000, to / 1000000000, to % 1000000000);
            }
            if (!ok) {
                std::fprintf(stderr, "bench_guistall: run %d: %s failed: %s\n", run + 1, qPrintable(phase),
                             qPrintable(window ? window->lastError() : QString()));
                std::exit(1);
            }
        };
        double startMs = 0;
        measure(phases[0], [&] {
            const bool ok = window->openProject(project);
            settle(500);
            return ok;
        });
        measure(phases[1], [&] { return invokeAndWait(*window, &startMs); });
        measure(phases[2], [&] {
            // An edit to the handler: Invoke saves it and must run the new code.
            CodeEditor *editor = window->editor();
            editor->moveCursor(QTextCursor::End);
            editor->insertPlainText(u"\n# edited %1\n"_s.arg(run));
            const bool ok = invokeAndWait(*window, &startMs);
            savedStarts.push_back(startMs);
            return ok;
        });
        measure(phases[3], [&] {
            Preferences changed = window->preferences();
            changed.keepAliveMinutes = 10;
            window->setPreferences(changed);
            settle(1000);
            return true;
        });
        measure(phases[4], [&] { return invokeAndWait(*window, &startMs); });
        if (large) {
            measure(u"large event"_s, [&] {
                window->eventBuilder()->editor()->setPlainText(largeEvent);
                settle(2000);
                return true;
            });
            measure(u"invoke large"_s, [&] { return invokeAndWait(*window, &startMs); });
        }
        measure(u"quit"_s, [&] {
            // As the application does: close, let the engine's teardown end
            // in the event loop (bounded), then destroy the window.
            window->close();
            window->waitForEngineShutdown(QDeadlineTimer(2000));
            window.reset();
            settle(1000);
            return true;
        });
        std::printf("run %d:", run + 1);
        for (const QString &phase : phases)
            std::printf(" %s %.1f ms (cpu %.1f);", qPrintable(phase), stalls[phase].back(), slices[phase].back());
        std::printf("\n");
        std::fflush(stdout);
    }

    std::printf("\nlongest GUI-thread stall per phase over %d runs (backend %s):\n", runs, qPrintable(backend));
    std::printf("  %-16s %10s %10s %14s %10s\n", "phase", "median ms", "max ms", "cpu median ms", "cpu max");
    for (const QString &phase : phases) {
        const auto &values = stalls[phase];
        const auto &cpu = slices[phase];
        std::printf("  %-16s %10.1f %10.1f %14.1f %10.1f\n", qPrintable(phase), median(values),
                    *std::ranges::max_element(values), median(cpu), *std::ranges::max_element(cpu));
    }
    std::printf("  %-16s %10.1f %10.1f\n", "save→start", median(savedStarts), *std::ranges::max_element(savedStarts));
    std::printf("(save→start: from Invoke with an edited handler to the start of the invocation, not a stall)\n");
    return 0;
}
