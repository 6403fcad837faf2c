// SPDX-License-Identifier: MIT
// What the swap files cost the GUI thread: an editor tab holding a file of
// 100 KB, 1 MB and 6 MB gets one character typed, then the event loop runs
// for 400 ms, in which EditorRecovery (100 ms delay here) takes its copy of
// the text and hands it to its writer thread. A 1 ms precise timer on the GUI
// thread records the longest gap between its ticks and the most GUI-thread
// CPU time between two ticks; the same rounds without EditorRecovery are the
// baseline (typing itself, the highlighter), measured in the same run. Prints
// figures (docs/benchmarks.md, "Swap files"); a benchmark, not in ctest.
//
//   installer/dev shell -- bash -c 'QT_QPA_PLATFORM=offscreen build/dev/bin/bench_swapstall [ROUNDS]'
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTimer>

#include "engine/project/swapfiles.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/mainwindow/editorrecovery.h"
#include "widgets/mainwindow/editortabs.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <memory>
#include <vector>

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

qint64 nowNs(clockid_t clock)
{
    timespec t {};
    clock_gettime(clock, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

// The longest gap between 1 ms ticks, and the most CPU time between two.
struct Watch
{
    qint64 last = 0, lastCpu = 0, gap = 0, cpu = 0;
    void tick()
    {
        const qint64 now = nowNs(CLOCK_MONOTONIC), nowCpu = nowNs(CLOCK_THREAD_CPUTIME_ID);
        gap = std::max(gap, now - last);
        cpu = std::max(cpu, nowCpu - lastCpu);
        last = now;
        lastCpu = nowCpu;
    }
};

struct Figures
{
    std::vector<double> gaps, cpus;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

Figures rounds(const QString &file, const QString &swapDir, bool withSwap, int count)
{
    EditorTabs tabs;
    tabs.resize(900, 600);
    tabs.show();
    std::unique_ptr<EditorRecovery> recovery;
    if (withSwap) {
        recovery = std::make_unique<EditorRecovery>(&tabs, SwapStore(swapDir));
        recovery->setDelay(100);
    }
    CodeEditor *editor = tabs.openFile(file);
    Figures figures;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    Watch watch;
    QObject::connect(&ticker, &QTimer::timeout, [&watch] { watch.tick(); });
    auto spin = [](int ms) {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    };
    spin(300); // the first highlighting
    for (int i = 0; i < count; ++i) {
        watch = Watch {};
        watch.last = nowNs(CLOCK_MONOTONIC);
        watch.lastCpu = nowNs(CLOCK_THREAD_CPUTIME_ID);
        ticker.start();
        spin(50);
        QTextCursor cursor(editor->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(u"x"_s);
        spin(400);
        ticker.stop();
        figures.gaps.push_back(watch.gap / 1e6);
        figures.cpus.push_back(watch.cpu / 1e6);
    }
    if (recovery) {
        recovery->flush();
        recovery->forgetAll();
        recovery->flush();
    }
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 10;
    QTemporaryDir dir;
    std::printf("bench_swapstall: %d rounds per size; longest GUI-thread gap and most GUI CPU between 1 ms ticks, "
                "median / max ms\n",
                count);
    for (const qsizetype size : { qsizetype(100) << 10, qsizetype(1) << 20, qsizetype(6) << 20 }) {
        const QString file = dir.filePath(u"handler-%1.py"_s.arg(size));
        {
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly))
                return 1;
            const QByteArray line = "def handler(event, context):  # a line of a large handler file\n";
            for (qsizetype written = 0; written < size; written += line.size())
                out.write(line);
        }
        const Figures without = rounds(file, dir.filePath(u"swap"_s), false, count);
        const Figures with = rounds(file, dir.filePath(u"swap"_s), true, count);
        std::printf("%5lld KB: without swap gap %.1f / %.1f, cpu %.1f / %.1f; with swap gap %.1f / %.1f, cpu %.1f / "
                    "%.1f; gap ratio (medians) %.2f\n",
                    static_cast<long long>(size >> 10), median(without.gaps),
                    *std::max_element(without.gaps.begin(), without.gaps.end()), median(without.cpus),
                    *std::max_element(without.cpus.begin(), without.cpus.end()), median(with.gaps),
                    *std::max_element(with.gaps.begin(), with.gaps.end()), median(with.cpus),
                    *std::max_element(with.cpus.begin(), with.cpus.end()),
                    median(with.gaps) / std::max(0.001, median(without.gaps)));
        std::fflush(stdout);
    }
    return 0;
}
