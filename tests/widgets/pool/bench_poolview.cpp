// SPDX-License-Identifier: MIT
// Benchmark (not in ctest): the pool view under a burst, and the timeline
// with 100,000 invocations zooming. Run offscreen:
//
//   QT_QPA_PLATFORM=offscreen bench_poolview [--seconds 10] [--instances 1000] [--rate 2000]
//                                           [--timeline 100000] [--views pool|all] [--functions 10]
//                                           [--write-trace FILE] [--profile]
//
// A synthetic stream shaped like the engine's (scale-out to N instances in the
// first second, then `rate` invocations per second spread over them, 5-400 ms
// each, a memory sample per live instance every 500 ms, a slow churn of
// expiries and fresh cold starts) is fed through PoolEventBatcher into the
// models, exactly as the window does. It prints the frames per second the pool
// view painted, its longest paint, and the GUI thread's longest stall (the
// largest gap between ticks of a 5 ms timer, minus 5 ms). --write-trace also
// writes the burst as JSON lines (the screenshots replay it). --profile times
// every event the GUI thread delivers (QApplication::notify) and prints what
// ran during the longest stall, and the longest of each kind of work.
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHBoxLayout>
#include <QHash>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <vector>

#include "widgets/pool/poolcharts.h"
#include "widgets/pool/pooleventbatcher.h"
#include "widgets/pool/poolstatemodel.h"
#include "widgets/pool/poolview.h"
#include "widgets/pool/timelinemodel.h"
#include "widgets/pool/timelineview.h"

using namespace Bullpen;
using namespace Qt::StringLiterals;

namespace {

// --profile: every event the GUI thread delivers, timed, by receiver and type.
// Work done between two ticks of the stall meter is summed per kind; the
// meter keeps the breakdown of its longest gap.
struct Profile
{
    bool enabled = false;
    int depth = 0;
    QHash<QString, qint64> gapWorkNs; // since the stall meter's last tick
    QHash<QString, qint64> longestGapWorkNs; // during the longest gap
    QHash<QString, qint64> longestSingleNs; // the longest single delivery of each kind
};
Profile profile;

QString kindOf(QObject *receiver, QEvent *event)
{
    QString name = QString::fromLatin1(receiver->metaObject()->className());
    if (!receiver->objectName().isEmpty())
        name += u'/' + receiver->objectName();
    const char *type = QMetaEnum::fromType<QEvent::Type>().valueToKey(event->type());
    return name + u':' + (type ? QString::fromLatin1(type) : QString::number(event->type()));
}

class ProfilingApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!profile.enabled)
            return QApplication::notify(receiver, event);
        // Top-level deliveries and paints (which run inside an UpdateRequest) are timed.
        const bool timed = profile.depth == 0 || event->type() == QEvent::Paint;
        QElapsedTimer timer;
        QString kind; // named before delivery: a DeferredDelete takes its receiver with it
        if (timed) {
            kind = (profile.depth > 0 ? QStringLiteral("  (inside) ") : QString()) + kindOf(receiver, event);
            timer.start();
        }
        ++profile.depth;
        const bool result = QApplication::notify(receiver, event);
        --profile.depth;
        if (timed) {
            const qint64 ns = timer.nsecsElapsed();
            profile.gapWorkNs[kind] += ns;
            qint64 &longest = profile.longestSingleNs[kind];
            longest = qMax(longest, ns);
        }
        return result;
    }
};

void printBreakdown(const char *title, const QHash<QString, qint64> &ns)
{
    std::vector<std::pair<qint64, QString>> sorted;
    for (auto it = ns.cbegin(); it != ns.cend(); ++it)
        sorted.emplace_back(it.value(), it.key());
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    std::printf("%s\n", title);
    for (std::size_t i = 0; i < sorted.size() && i < 14; ++i)
        std::printf("  %8.2f ms  %s\n", double(sorted[i].first) / 1e6, qPrintable(sorted[i].second));
}

// Plays a synthetic burst in real time (the pool clock at real speed).
class BurstSource final : public QObject
{
public:
    BurstSource(int instances, int rate, int functions, PoolEventBatcher *sink)
        : m_instances(instances)
        , m_rate(rate)
        , m_functions(functions)
        , m_sink(sink)
        , m_random(42)
    {
        m_clock.start();
        m_tick.setObjectName(QStringLiteral("burstSource"));
        connect(&m_tick, &QTimer::timeout, this, [this] { step(); });
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.start(2);
    }
    quint64 eventsSent() const { return m_seq; }
    quint64 invocations() const { return m_invocations; }

private:
    struct Live
    {
        QString id;
        QString function;
        bool busy = false;
        bool initPending = true;
        qint64 initDoneAtMs = -1;
        qint64 freeAtMs = 0;
        QByteArray request;
    };

    PoolEvent make(PoolEventType type, const Live &l, qint64 now)
    {
        PoolEvent e;
        e.sequence = ++m_seq;
        e.type = type;
        e.poolTimeMs = e.realTimeMs = now;
        e.functionId = l.function;
        e.instanceId = l.id;
        e.memorySizeMb = 128 << (l.function.back().unicode() % 4);
        return e;
    }

    // A new instance; with a request, that invocation waits for its init (a cold start).
    void start(qint64 now, const QByteArray &request = {})
    {
        static const QStringList names = { u"Orders"_s,  u"Thumbnails"_s, u"Checkout"_s, u"Search"_s,  u"Mailer"_s,
                                           u"Billing"_s, u"Reports"_s,    u"Auth"_s,     u"Uploads"_s, u"Webhooks"_s };
        Live l;
        l.function = names.at(m_started % qMin(m_functions, int(names.size())));
        if (m_functions > names.size())
            l.function += QString::number(m_started % m_functions);
        l.id = u"%1-%2"_s.arg(l.function.toLower()).arg(++m_started, 4, 10, QLatin1Char('0'));
        l.freeAtMs = now + 80 + m_random.bounded(120); // its init
        l.busy = true; // busy with its init
        PoolEvent s = make(PoolEventType::InstanceStarting, l, now);
        s.provisioned = request.isEmpty() && m_started % 25 == 0;
        m_sink->receive(s);
        if (!request.isEmpty()) {
            l.request = request;
            l.freeAtMs += 5 + m_random.bounded(200);
            PoolEvent q = make(PoolEventType::InvocationQueued, l, now);
            q.instanceId.clear();
            q.requestId = request;
            m_sink->receive(q);
            PoolEvent d = make(PoolEventType::InvocationDispatched, l, now);
            d.requestId = request;
            d.coldStart = true;
            m_sink->receive(d);
            PoolEvent b = make(PoolEventType::InstanceBusy, l, now);
            b.requestId = request;
            m_sink->receive(b);
            l.initDoneAtMs = now + 80 + m_random.bounded(60);
        }
        m_live.append(l);
    }

    void step()
    {
        const qint64 now = m_clock.elapsed();
        // Scale-out: all instances started within the first second.
        const int wanted = now >= 1000 ? m_instances : int(qint64(m_instances) * now / 1000);
        while (m_live.size() < wanted)
            start(now);
        // Instances whose work or init is over go idle.
        for (Live &l : m_live) {
            if (l.initPending && l.initDoneAtMs >= 0 && l.initDoneAtMs <= now) {
                // A cold invocation's instance finished its init; the invocation runs now.
                l.initPending = false;
                PoolEvent d = make(PoolEventType::InstanceInitDone, l, now);
                d.initDurationMs = 100;
                m_sink->receive(d);
            }
            if (!l.busy || l.freeAtMs > now)
                continue;
            l.busy = false;
            if (l.request.isEmpty()) {
                l.initPending = false;
                PoolEvent d = make(PoolEventType::InstanceInitDone, l, now);
                d.initDurationMs = 100;
                m_sink->receive(d);
            } else {
                PoolEvent f = make(PoolEventType::InvocationFinished, l, now);
                f.requestId = l.request;
                f.durationMs = double(m_random.bounded(400));
                f.billedDurationMs = qint64(f.durationMs) + 1;
                m_sink->receive(f);
                l.request.clear();
            }
            PoolEvent i = make(PoolEventType::InstanceIdle, l, now);
            i.expiresAtMs = now + 20000;
            m_sink->receive(i);
        }
        // Invocations due by now, at `rate` per second, to a random idle instance.
        const qint64 due = now * m_rate / 1000;
        while (m_invocations < quint64(due) && !m_live.isEmpty()) {
            ++m_invocations;
            // The pool takes a warm idle instance when it finds one (a few tries),
            // else the call is throttled, as at a concurrency limit.
            int pick = m_random.bounded(int(m_live.size()));
            for (int attempt = 0; attempt < 8 && m_live.at(pick).busy; ++attempt)
                pick = m_random.bounded(int(m_live.size()));
            Live &l = m_live[pick];
            if (l.busy) {
                PoolEvent t = make(PoolEventType::InvocationThrottled, l, now);
                t.instanceId.clear();
                t.requestId = "t-" + QByteArray::number(m_invocations);
                m_sink->receive(t);
                continue;
            }
            l.busy = true;
            l.request = "r-" + QByteArray::number(m_invocations);
            l.freeAtMs = now + 5 + m_random.bounded(395);
            PoolEvent d = make(PoolEventType::InvocationDispatched, l, now);
            d.requestId = l.request;
            m_sink->receive(d);
            PoolEvent b = make(PoolEventType::InstanceBusy, l, now);
            b.requestId = l.request;
            m_sink->receive(b);
        }
        // Memory samples, every 500 ms per live instance.
        if (now - m_lastSampleMs >= 500) {
            m_lastSampleMs = now;
            for (const Live &l : std::as_const(m_live)) {
                PoolEvent m = make(PoolEventType::MemorySample, l, now);
                m.memoryBytes = (20 + m_random.bounded(60)) * 1024 * 1024;
                m_sink->receive(m);
            }
        }
        // Churn: one idle instance in a thousand per tick expires and is replaced.
        if (now > 2000 && !m_live.isEmpty() && m_random.bounded(1000) < int(m_live.size()) / 10) {
            const int k = m_random.bounded(int(m_live.size()));
            if (!m_live.at(k).busy) {
                PoolEvent s = make(PoolEventType::InstanceStopped, m_live.at(k), now);
                s.stopReason = InstanceStopReason::Expired;
                m_sink->receive(s);
                m_live.removeAt(k);
                start(now, "c-" + QByteArray::number(++m_invocations));
            }
        }
    }

    int m_instances;
    int m_rate;
    int m_functions;
    PoolEventBatcher *m_sink;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
    QTimer m_tick;
    QList<Live> m_live;
    quint64 m_seq = 0;
    quint64 m_invocations = 0;
    int m_started = 0;
    qint64 m_lastSampleMs = -1000;
};

// CPU time this thread has used (ns): what a gap cost the GUI thread itself,
// apart from the time other processes had the cores.
qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// The largest gap between ticks of a 5 ms timer: how long the GUI thread was
// busy at a stretch (wall time), and the most CPU time it used between two
// ticks (what the gap would be on a machine with a core to spare).
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setObjectName(QStringLiteral("stallMeter"));
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            if (m_last > 0 && now - m_last > m_longestNs) {
                m_longestNs = now - m_last;
                m_longestGapCpuNs = cpu - m_lastCpu;
                profile.longestGapWorkNs = profile.gapWorkNs;
            }
            if (m_last > 0)
                m_longestCpuNs = qMax(m_longestCpuNs, cpu - m_lastCpu);
            profile.gapWorkNs.clear();
            m_last = now;
            m_lastCpu = cpu;
        });
        m_clock.start();
        m_timer.start(5);
    }
    void reset()
    {
        m_longestNs = 0;
        m_last = 0;
        m_longestCpuNs = 0;
        m_longestGapCpuNs = 0;
        profile.longestGapWorkNs.clear();
        profile.longestSingleNs.clear();
    }
    double longestStallMs() const { return qMax(0.0, double(m_longestNs) / 1e6 - 5.0); }
    // The CPU time the GUI thread used within the longest gap, and the most it used within any gap.
    double longestStallCpuMs() const { return double(m_longestGapCpuNs) / 1e6; }
    double longestCpuGapMs() const { return double(m_longestCpuNs) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longestNs = 0;
    qint64 m_lastCpu = 0;
    qint64 m_longestCpuNs = 0;
    qint64 m_longestGapCpuNs = 0;
};

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().left(14).trimmed()) : QString();
}

QList<PoolEvent> timelineStream(int n, int instances)
{
    QList<PoolEvent> events;
    events.reserve(2 * n + 2 * instances);
    QRandomGenerator random(7);
    quint64 seq = 0;
    QList<qint64> freeAt(instances, 0);
    for (int i = 0; i < instances; ++i) {
        PoolEvent s;
        s.sequence = ++seq;
        s.type = PoolEventType::InstanceStarting;
        s.functionId = u"Burst"_s;
        s.instanceId = u"i-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        events << s;
    }
    // Invocations ordered by arrival; each goes to the first instance free.
    for (int k = 0; k < n; ++k) {
        const qint64 arrival = qint64(k) * 3; // ~333 per second for 300 s of pool time
        const int i = random.bounded(instances);
        const qint64 start = qMax(arrival, freeAt.at(i));
        const qint64 end = start + 1 + random.bounded(200);
        freeAt[i] = end;
        PoolEvent d;
        d.sequence = ++seq;
        d.type = PoolEventType::InvocationDispatched;
        d.poolTimeMs = d.realTimeMs = start;
        d.functionId = u"Burst"_s;
        d.instanceId = u"i-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        d.requestId = "r-" + QByteArray::number(k);
        d.coldStart = k < instances;
        events << d;
        PoolEvent f = d;
        f.sequence = ++seq;
        f.type = PoolEventType::InvocationFinished;
        f.poolTimeMs = f.realTimeMs = end;
        f.durationMs = double(end - start);
        events << f;
    }
    // The model takes events in publication order; finishes interleave with dispatches.
    std::stable_sort(events.begin() + instances, events.end(),
                     [](const PoolEvent &a, const PoolEvent &b) { return a.poolTimeMs < b.poolTimeMs; });
    return events;
}

void benchTimeline(int n)
{
    TimelineModel model;
    QList<PoolEvent> events = timelineStream(n, 100);
    QElapsedTimer timer;
    timer.start();
    // Fed as the batcher would: 30 ms of pool time per batch is ~ 20 events; use 500-event frames.
    qint64 longestApplyUs = 0;
    for (qsizetype i = 0; i < events.size(); i += 500) {
        QElapsedTimer t;
        t.start();
        model.apply(events.mid(i, 500));
        longestApplyUs = qMax(longestApplyUs, t.nsecsElapsed() / 1000);
    }
    const double applyMs = double(timer.nsecsElapsed()) / 1e6;
    TimelineView view;
    view.setModel(&model);
    view.resize(1400, 900);
    view.show();
    QCoreApplication::processEvents();
    // All of it in view, then zooming in 40 steps to 1 ms per pixel and out again.
    view.showRange(model.firstMs(), model.lastMs());
    view.viewport()->repaint();
    view.resetPaintStatistics();
    const int mid = (view.viewport()->width() + 150) / 2;
    qint64 total = 0;
    int paints = 0;
    for (int step = 0; step < 80; ++step) {
        view.zoomAt(step < 40 ? 1.35 : 1 / 1.35, mid);
        view.viewport()->repaint();
        total += view.lastPaintUs();
        ++paints;
    }
    // Scrolled to the bottom rows as well.
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
    view.showRange(model.firstMs(), model.lastMs());
    view.viewport()->repaint();
    std::printf("timeline: %lld invocations on %lld rows; applied in %.1f ms (longest 500-event frame %.2f ms)\n",
                static_cast<long long>(model.invocationCount()), static_cast<long long>(model.lanes().size()), applyMs,
                double(longestApplyUs) / 1000.0);
    std::printf(
        "timeline: zoom 1:1.35 x80 from %.0f s in view to 1 ms/px and back: mean paint %.2f ms, longest %.2f ms\n",
        double(model.lastMs() - model.firstMs()) / 1000.0, double(total) / paints / 1000.0,
        double(view.longestPaintUs()) / 1000.0);
}

} // namespace

int main(int argc, char **argv)
{
    ProfilingApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption seconds(u"seconds"_s, u"Length of the burst."_s, u"s"_s, u"10"_s);
    QCommandLineOption instances(u"instances"_s, u"Instances."_s, u"n"_s, u"1000"_s);
    QCommandLineOption rate(u"rate"_s, u"Invocations per second."_s, u"n"_s, u"2000"_s);
    QCommandLineOption timeline(u"timeline"_s, u"Invocations for the timeline zoom (0: skip)."_s, u"n"_s, u"100000"_s);
    QCommandLineOption views(u"views"_s, u"pool: the pool view alone; all: with timeline and charts."_s, u"which"_s,
                             u"all"_s);
    QCommandLineOption functions(u"functions"_s, u"Functions the instances belong to."_s, u"n"_s, u"10"_s);
    QCommandLineOption writeTrace(u"write-trace"_s, u"Also write the burst's events to FILE (JSON lines)."_s,
                                  u"file"_s);
    QCommandLineOption profiling(u"profile"_s,
                                 u"Time every event the GUI thread delivers; print the longest stall's work."_s);
    parser.addOptions({ seconds, instances, rate, timeline, views, functions, writeTrace, profiling });
    parser.addHelpOption();
    parser.process(app);

    if (parser.value(timeline).toInt() > 0)
        benchTimeline(parser.value(timeline).toInt());
    if (parser.value(seconds).toInt() <= 0)
        return 0;

    PoolEventBatcher batcher;
    PoolStateModel model;
    TimelineModel timelineModel;
    QSplitter window(Qt::Vertical);
    auto *poolView = new PoolView(&window);
    poolView->setModel(&model);
    QObject::connect(&batcher, &PoolEventBatcher::batchReady, &model, &PoolStateModel::apply);
    const bool all = parser.value(views) == u"all";
    if (all) {
        auto *timelineView = new TimelineView(&window);
        timelineView->setModel(&timelineModel);
        timelineView->setNowFunction([&model] { return model.poolNowMs(); });
        timelineView->setMsPerPixel(5);
        auto *charts = new PoolCharts(&window);
        QObject::connect(&batcher, &PoolEventBatcher::batchReady, &timelineModel, &TimelineModel::apply);
        QObject::connect(&batcher, &PoolEventBatcher::batchReady, charts, &PoolCharts::apply);
        window.setSizes({ 600, 300, 300 });
    }
    window.resize(1400, all ? 1200 : 800);
    window.show();

    QFile trace(parser.value(writeTrace));
    if (parser.isSet(writeTrace)) {
        if (!trace.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "bench_poolview: cannot write %s\n", qPrintable(trace.fileName()));
            return 1;
        }
        QObject::connect(&batcher, &PoolEventBatcher::batchReady, &app, [&trace](const QList<PoolEvent> &events) {
            for (const PoolEvent &e : events)
                trace.write(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n');
        });
    }

    profile.enabled = parser.isSet(profiling);
    StallMeter stalls;
    BurstSource source(parser.value(instances).toInt(), parser.value(rate).toInt(), parser.value(functions).toInt(),
                       &batcher);
    const int length = parser.value(seconds).toInt();
    // The first two seconds are the scale-out; measure the steady burst after them.
    quint64 framesAtStart = 0;
    QElapsedTimer measured;
    QTimer::singleShot(2000, &app, [&] {
        framesAtStart = poolView->framesPainted();
        stalls.reset();
        measured.start();
    });
    QTimer::singleShot(2000 + length * 1000, &app, [&] {
        const double s = double(measured.nsecsElapsed()) / 1e9;
        const FunctionCounters t = model.totals();
        std::printf("pool view (%s): %d instances alive, %.0f events/s, %.0f invocations/s over %.1f s\n",
                    all ? "with timeline and charts" : "alone", t.instances, double(source.eventsSent()) / (s + 2.0),
                    double(source.invocations()) / (s + 2.0), s);
        std::printf("pool view: %.1f frames/s, longest paint %.2f ms; GUI thread's longest stall %.1f ms\n",
                    double(poolView->framesPainted() - framesAtStart) / s, double(poolView->longestPaintUs()) / 1000.0,
                    stalls.longestStallMs());
        std::printf("GUI thread's CPU time: %.1f ms within the longest stall; at most %.1f ms between two ticks "
                    "(load average %s)\n",
                    stalls.longestStallCpuMs(), stalls.longestCpuGapMs(), qPrintable(loadAverage()));
        if (profile.enabled) {
            printBreakdown("work delivered during the longest stall (top-level events, and the paints inside them):",
                           profile.longestGapWorkNs);
            printBreakdown("longest single delivery of each kind:", profile.longestSingleNs);
        }
        QApplication::quit();
    });
    return app.exec();
}
