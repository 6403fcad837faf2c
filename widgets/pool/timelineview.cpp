// SPDX-License-Identifier: MIT
#include "widgets/pool/timelineview.h"

#include "widgets/pool/coldstartphasestext.h"
#include "widgets/pool/poolpalette.h"
#include "widgets/pool/timelinemodel.h"

#include <QElapsedTimer>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimerEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace Bullpen {

namespace {

constexpr int labelWidth = 150;
constexpr int axisHeight = 22;
constexpr int rowHeight = 16;
constexpr int barInset = 3;
constexpr int liveFrameMs = 33;

// 1, 2 or 5 times a power of ten: the tick step nearest above ms.
qint64 niceStep(double ms)
{
    const double p = std::pow(10.0, std::floor(std::log10(qMax(ms, 1.0))));
    for (const double m : { 1.0, 2.0, 5.0, 10.0 }) {
        if (m * p >= ms)
            return qMax<qint64>(1, qint64(m * p));
    }
    return qint64(10 * p);
}

QString axisText(qint64 ms, qint64 step)
{
    const qint64 s = ms / 1000;
    const QString base = QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (step >= 1000)
        return base;
    return base + QStringLiteral(".%1").arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

// The legend under the rows: a swatch and a word per colour of a bar.
class TimelineLegend final : public QWidget
{
public:
    explicit TimelineLegend(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("timelineLegend"));
    }
    QSize sizeHint() const override { return { 0, heightFor(width() > 0 ? width() : QWIDGETSIZE_MAX) }; }
    // Its entries wrap onto as many lines as a width needs (a narrow panel,
    // longer words in German or Polish).
    int heightFor(int width) const { return lineHeight() * int(layout(width).lines) + 6; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().color(QPalette::Window));
        const QFontMetrics metrics = fontMetrics();
        const int swatch = metrics.height() - 4;
        const Layout l = layout(width());
        const QList<TimelineView::LegendEntry> entries = TimelineView::legend();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QPoint at = l.positions.at(i);
            const int top = 3 + at.y() * lineHeight();
            p.fillRect(QRect(at.x(), top + (lineHeight() - swatch) / 2, swatch, swatch), entries.at(i).color);
            p.setPen(palette().color(QPalette::WindowText));
            const int textX = at.x() + swatch + 4;
            p.drawText(QRect(textX, top, width() - textX, lineHeight()), Qt::AlignLeft | Qt::AlignVCenter,
                       entries.at(i).text);
        }
    }

private:
    struct Layout
    {
        QList<QPoint> positions; // x in pixels, y as a line number
        qsizetype lines = 1;
    };
    int lineHeight() const { return fontMetrics().height(); }
    Layout layout(int width) const
    {
        const QFontMetrics metrics = fontMetrics();
        const int swatch = metrics.height() - 4;
        Layout l;
        int x = 6;
        int line = 0;
        for (const TimelineView::LegendEntry &entry : TimelineView::legend()) {
            const int w = swatch + 4 + metrics.horizontalAdvance(entry.text);
            if (x > 6 && x + w > width - 6) {
                x = 6;
                ++line;
            }
            l.positions << QPoint(x, line);
            x += w + 14;
        }
        l.lines = line + 1;
        return l;
    }
};

} // namespace

QList<TimelineView::LegendEntry> TimelineView::legend()
{
    return { { tr("queued"), PoolPalette::color(PoolPalette::Queued) },
             { tr("sandbox (on demand)"), PoolPalette::color(PoolPalette::Sandbox) },
             { tr("prepared sandbox"), PoolPalette::color(PoolPalette::Prepared) },
             { tr("SnapStart restore"), PoolPalette::color(PoolPalette::Restored) },
             { tr("runtime init"), PoolPalette::color(PoolPalette::Init) },
             { tr("run"), PoolPalette::color(PoolPalette::Warm) },
             { tr("cold (zoomed out)"), PoolPalette::color(PoolPalette::Cold) },
             { tr("failed"), PoolPalette::color(PoolPalette::Failed) },
             { tr("throttled"), PoolPalette::color(PoolPalette::Throttled) } };
}

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_legend(new TimelineLegend(this))
{
    setViewportMargins(0, 0, 0, static_cast<TimelineLegend *>(m_legend)->heightFor(QWIDGETSIZE_MAX));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    verticalScrollBar()->setSingleStep(rowHeight);
}

void TimelineView::setModel(TimelineModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &TimelineModel::frameApplied, this, [this] {
            updateScrollBar();
            updateTimer();
            viewport()->update();
        });
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            updateScrollBar();
            viewport()->update();
        });
    }
    updateScrollBar();
    viewport()->update();
}

qint64 TimelineView::nowMs() const
{
    const qint64 last = m_model ? m_model->lastMs() : 0;
    return m_now ? qMax(m_now(), last) : last;
}

qint64 TimelineView::visibleEndMs() const
{
    if (!m_following)
        return m_endMs;
    // Following: "now" near the right edge, but never a view of the time
    // before the first event when everything fits.
    const qint64 span = qint64(m_msPerPixel * qMax(1, viewport()->width() - labelWidth));
    const qint64 first = m_model && m_model->firstMs() >= 0 ? m_model->firstMs() : 0;
    return qMax(nowMs() + qint64(m_msPerPixel * 8), first + span);
}

qint64 TimelineView::visibleStartMs() const
{
    return visibleEndMs() - qint64(m_msPerPixel * qMax(1, viewport()->width() - labelWidth));
}

double TimelineView::xOf(qint64 ms) const
{
    return labelWidth + double(ms - visibleStartMs()) / m_msPerPixel;
}

qint64 TimelineView::timeAt(int viewportX) const
{
    return visibleStartMs() + qint64(double(viewportX - labelWidth) * m_msPerPixel);
}

int TimelineView::rowAt(int viewportY) const
{
    if (viewportY < axisHeight)
        return -1;
    return (viewportY - axisHeight + verticalScrollBar()->value()) / rowHeight;
}

void TimelineView::setFollowing(bool follow)
{
    if (m_following == follow)
        return;
    if (!follow)
        m_endMs = visibleEndMs();
    m_following = follow;
    updateTimer();
    viewport()->update();
    Q_EMIT followingChanged(follow);
}

void TimelineView::setMsPerPixel(double msPerPixel)
{
    m_msPerPixel = qBound(0.01, msPerPixel, 1.0e8);
    viewport()->update();
}

void TimelineView::showRange(qint64 startMs, qint64 endMs)
{
    setFollowing(false);
    const int width = qMax(1, viewport()->width() - labelWidth);
    m_msPerPixel = qBound(0.01, double(qMax<qint64>(1, endMs - startMs)) / width, 1.0e8);
    m_endMs = endMs;
    viewport()->update();
}

void TimelineView::zoomAt(double factor, int viewportX)
{
    // The time under the pointer stays under it.
    const qint64 anchor = timeAt(viewportX);
    const double before = m_msPerPixel;
    m_msPerPixel = qBound(0.01, m_msPerPixel / factor, 1.0e8);
    if (!m_following)
        m_endMs = anchor + qint64(double(m_endMs - anchor) * m_msPerPixel / before);
    viewport()->update();
}

void TimelineView::updateScrollBar()
{
    const int rows = m_model ? int(m_model->lanes().size()) : 0;
    QScrollBar *bar = verticalScrollBar();
    const int visible = qMax(0, viewport()->height() - axisHeight);
    bar->setPageStep(visible);
    bar->setRange(0, qMax(0, rows * rowHeight - visible));
}

void TimelineView::updateTimer()
{
    // Live frames only while following something that runs: a still pool
    // needs no repaint until its next event.
    const bool run = m_following && isVisible() && m_model && m_model->runningCount() > 0;
    if (run && !m_liveTimer.isActive())
        m_liveTimer.start(liveFrameMs, Qt::PreciseTimer, this);
    else if (!run)
        m_liveTimer.stop();
}

void TimelineView::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_liveTimer.timerId()) {
        QAbstractScrollArea::timerEvent(event);
        return;
    }
    viewport()->update();
    updateTimer();
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QElapsedTimer timer;
    timer.start();
    QPainter p(viewport());
    const QPalette &pal = palette();
    const QRect area = viewport()->rect();
    p.fillRect(area, pal.color(QPalette::Base));

    const qint64 start = visibleStartMs();
    const qint64 end = visibleEndMs();
    const qint64 now = nowMs();
    const int right = area.width();

    // The axis: ticks at least 90 px apart.
    const qint64 step = niceStep(90.0 * m_msPerPixel);
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(labelWidth, axisHeight - 1, right, axisHeight - 1);
    for (qint64 t = (start / step) * step; t <= end; t += step) {
        const int x = int(xOf(t));
        if (x < labelWidth || t < 0)
            continue;
        p.setPen(pal.color(QPalette::Midlight));
        p.drawLine(x, axisHeight, x, area.height());
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(x + 3, 0, 120, axisHeight - 2), Qt::AlignLeft | Qt::AlignVCenter, axisText(t, step));
    }

    if (!m_model || m_model->lanes().isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(area.adjusted(0, axisHeight, 0, 0), Qt::AlignCenter,
                   tr("Invocations appear here, one row per instance."));
        p.end();
        m_lastPaintUs = timer.nsecsElapsed() / 1000;
        m_longestPaintUs = qMax(m_longestPaintUs, m_lastPaintUs);
        return;
    }

    const auto &lanes = m_model->lanes();
    const int scroll = verticalScrollBar()->value();
    const int firstRow = scroll / rowHeight;
    const int lastRow = qMin(int(lanes.size()) - 1, (scroll + area.height() - axisHeight) / rowHeight);
    const QColor track = PoolPalette::track(pal);
    p.setClipRect(QRect(0, axisHeight, right, area.height() - axisHeight));
    for (int row = firstRow; row <= lastRow; ++row) {
        const TimelineLane &lane = lanes.at(row);
        const int y = axisHeight + row * rowHeight - scroll;
        if (row % 2)
            p.fillRect(QRect(0, y, right, rowHeight), pal.color(QPalette::AlternateBase));
        p.setPen(lane.isThrottleLane() ? PoolPalette::color(PoolPalette::Throttled) : pal.color(QPalette::Text));
        const QString label = lane.isThrottleLane() ? tr("%1 throttled").arg(lane.functionId) : lane.instanceId;
        p.drawText(QRect(4, y, labelWidth - 8, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(label, Qt::ElideLeft, labelWidth - 8));
        // The instance's life: a thin line from its start to its end.
        if (!lane.isThrottleLane() && lane.startedMs >= 0) {
            const double x0 = qMax<double>(labelWidth, xOf(lane.startedMs));
            const double x1 = qMin<double>(right, xOf(lane.stoppedMs >= 0 ? lane.stoppedMs : now));
            if (x1 > x0)
                p.fillRect(QRectF(x0, y + rowHeight / 2.0 - 1, x1 - x0, 2),
                           lane.provisioned ? PoolPalette::color(PoolPalette::ProvisionedMark) : track);
        }
        // The bars in view: from the first that ends after the left edge, and
        // at most one stroke per pixel column.
        const QRect barArea(0, y + barInset, 0, rowHeight - 2 * barInset);
        qsizetype i = lane.firstEndingAfter(start);
        int paintedUpTo = labelWidth - 1; // the last pixel column drawn
        while (i < lane.bars.size()) {
            const TimelineBar &b = lane.bars.at(i);
            if (b.arrivalMs > end)
                break;
            const qint64 barEnd = b.running() ? now : b.endMs;
            const int x0 = qMax(labelWidth, int(std::floor(xOf(b.arrivalMs))));
            const int x1 = qMin(right, int(std::ceil(xOf(barEnd))));
            if (b.throttled) {
                p.fillRect(QRect(x0, y + 1, 2, rowHeight - 2), PoolPalette::color(PoolPalette::Throttled));
                paintedUpTo = qMax(paintedUpTo, x0 + 1);
            } else if (x1 - x0 <= 3) {
                // Too thin for its segments: one stroke, then jump to the first
                // bar that ends past the pixels drawn.
                const int from = qMax(x0, paintedUpTo + 1);
                if (x1 >= from) {
                    p.fillRect(QRect(from, barArea.top(), qMax(1, x1 - from), barArea.height()),
                               !b.cold                      ? PoolPalette::color(PoolPalette::Warm)
                                   : b.restoredFromSnapshot ? PoolPalette::color(PoolPalette::Restored)
                                   : b.preparedSandbox      ? PoolPalette::color(PoolPalette::Prepared)
                                                            : PoolPalette::color(PoolPalette::Cold));
                    paintedUpTo = qMax(from, x1 - 1);
                }
                const qsizetype next = lane.firstEndingAfter(timeAt(paintedUpTo + 1));
                i = qMax(i + 1, next);
                continue;
            } else {
                const auto segment = [&](qint64 from, qint64 to, const QColor &color) {
                    const int a = qMax(labelWidth, int(std::floor(xOf(from))));
                    const int z = qMin(right, int(std::ceil(xOf(to))));
                    if (z > a)
                        p.fillRect(QRect(a, barArea.top(), z - a, barArea.height()), color);
                };
                segment(b.arrivalMs, b.dispatchMs, PoolPalette::color(PoolPalette::Queued));
                if (b.initStartMs >= 0) {
                    // A cold start in its two phases: the sandbox being made, then the
                    // runtime's init. A stream that does not say where the sandbox was
                    // ready (an older trace) gives one init segment.
                    const qint64 initEnd = b.initEndMs >= 0 ? b.initEndMs : barEnd;
                    qint64 sandboxEnd = b.initStartMs;
                    if (b.sandboxReadyMs >= 0)
                        sandboxEnd = qMin(b.sandboxReadyMs, initEnd);
                    else if (b.running() && b.initEndMs < 0)
                        sandboxEnd = barEnd; // its sandbox is being made now
                    // A sandbox made ahead of need is teal: its phase is only taking
                    // it; a SnapStart restore slate blue.
                    segment(b.initStartMs, sandboxEnd,
                            PoolPalette::color(b.restoredFromSnapshot  ? PoolPalette::Restored
                                                   : b.preparedSandbox ? PoolPalette::Prepared
                                                                       : PoolPalette::Sandbox));
                    segment(sandboxEnd, initEnd, PoolPalette::color(PoolPalette::Init));
                    paintPhaseMarks(p, lane, b.initStartMs, initEnd, barArea);
                }
                // Its run, once it has one: an instance still starting has not
                // run it yet (painting the run from its dispatch would cover
                // the phases just drawn, as if the instance were warm).
                const bool failed = !b.running() && b.outcome != InvocationOutcome::Succeeded;
                if (!b.waitingForInit())
                    segment(b.runStartMs(), barEnd,
                            failed ? PoolPalette::color(PoolPalette::Failed) : PoolPalette::color(PoolPalette::Warm));
                paintedUpTo = qMax(paintedUpTo, x1);
            }
            ++i;
        }
    }
    p.setClipping(false);
    // The label column's edge, and "now" while following.
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(labelWidth - 1, 0, labelWidth - 1, area.height());
    if (m_following) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
        const int x = int(xOf(now));
        p.drawLine(x, 0, x, area.height());
    }
    p.end();
    m_lastPaintUs = timer.nsecsElapsed() / 1000;
    m_longestPaintUs = qMax(m_longestPaintUs, m_lastPaintUs);
}

QByteArray TimelineView::requestIdAt(const QPoint &pos) const
{
    if (!m_model || pos.x() < labelWidth)
        return {};
    const int row = rowAt(pos.y());
    if (row < 0 || row >= m_model->lanes().size())
        return {};
    const TimelineLane &lane = m_model->lanes().at(row);
    // Three pixels of slack, so that thin bars can be hit.
    const qint64 t0 = timeAt(pos.x() - 3), t1 = timeAt(pos.x() + 3), t = timeAt(pos.x());
    const qint64 now = nowMs();
    const TimelineBar *best = nullptr;
    qint64 bestDistance = 0;
    for (qsizetype i = lane.firstEndingAfter(t0); i < lane.bars.size(); ++i) {
        const TimelineBar &b = lane.bars.at(i);
        if (b.arrivalMs > t1)
            break;
        const qint64 barEnd = b.running() ? now : b.endMs;
        const qint64 distance = t < b.arrivalMs ? b.arrivalMs - t : (t > barEnd ? t - barEnd : 0);
        if (!best || distance < bestDistance) {
            best = &b;
            bestDistance = distance;
        }
    }
    return best ? best->requestId : QByteArray();
}

QRect TimelineView::barRect(const QByteArray &requestId) const
{
    int lane = -1;
    const TimelineBar *b = m_model ? m_model->bar(requestId, &lane) : nullptr;
    if (!b)
        return {};
    const int y = axisHeight + lane * rowHeight - verticalScrollBar()->value();
    const int x0 = int(std::floor(xOf(b->arrivalMs)));
    const int x1 = int(std::ceil(xOf(b->running() ? nowMs() : b->endMs)));
    return { x0, y + barInset, qMax(1, x1 - x0), rowHeight - 2 * barInset };
}

void TimelineView::paintPhaseMarks(QPainter &p, const TimelineLane &lane, qint64 fromMs, qint64 toMs,
                                   const QRect &barArea) const
{
    const ColdStartPhases &phases = lane.phases;
    if (!phases.isKnown() || phases.totalMs <= 0 || lane.startedMs < 0 || lane.initDoneMs <= lane.startedMs)
        return;
    const double span = double(lane.initDoneMs - lane.startedMs);
    if (xOf(lane.initDoneMs) - xOf(lane.startedMs) < 4.0 * ColdStartPhases::Count)
        return;
    const QColor mark = PoolPalette::color(PoolPalette::Sandbox).darker(160);
    const int right = viewport()->width();
    double elapsed = 0;
    for (int i = 0; i + 1 < ColdStartPhases::Count; ++i) {
        if (!phases.has(ColdStartPhases::Phase(i)))
            continue;
        elapsed += phases.ms[i];
        const double t = double(lane.startedMs) + span * elapsed / phases.totalMs;
        if (t <= double(fromMs) || t >= double(toMs))
            continue;
        const int x = int(std::lround(double(labelWidth) + (t - double(visibleStartMs())) / m_msPerPixel));
        if (x > labelWidth && x < right)
            p.fillRect(QRect(x, barArea.top(), 1, barArea.height()), mark);
    }
}

QString TimelineView::toolTipFor(const QByteArray &requestId) const
{
    int lane = -1;
    const TimelineBar *b = m_model ? m_model->bar(requestId, &lane) : nullptr;
    if (!b)
        return {};
    const QLocale locale;
    QStringList lines;
    lines << tr("<b>%1</b>").arg(QString::fromLatin1(b->requestId).toHtmlEscaped());
    if (b->throttled) {
        lines << tr("Throttled (TooManyRequestsException)");
        return lines.join(QStringLiteral("<br>"));
    }
    const TimelineModel::StartKind kind = TimelineModel::startKind(*b);
    lines << (kind == TimelineModel::StartKind::RestoredCold
                  ? tr("Cold start restored from a SnapStart snapshot, on %1")
                  : kind == TimelineModel::StartKind::PreparedCold ? tr("Cold start from a prepared sandbox, on %1")
                  : kind == TimelineModel::StartKind::OnDemandCold ? tr("Cold start, sandbox made on demand, on %1")
                                                                   : tr("Warm, on %1"))
                 .arg(m_model->lanes().at(lane).instanceId.toHtmlEscaped());
    if (b->dispatchMs > b->arrivalMs)
        lines << tr("Queued: %1 ms").arg(b->dispatchMs - b->arrivalMs);
    const QStringList phases = b->cold ? ColdStartPhasesText::lines(m_model->lanes().at(lane).phases) : QStringList();
    if (b->initStartMs >= 0 && b->initEndMs >= 0 && b->sandboxReadyMs >= 0)
        lines << (kind == TimelineModel::StartKind::RestoredCold
                      ? tr("Waited for its cold start: %1 ms (restore %2 ms, wake and after-restore hooks %3 ms)")
                      : b->preparedSandbox ? tr("Waited for its cold start: %1 ms (prepared sandbox taken and started "
                                                "%2 ms, runtime init %3 ms)")
                                           : tr("Waited for its cold start: %1 ms (sandbox %2 ms, runtime init %3 ms)"))
                     .arg(b->initEndMs - b->initStartMs)
                     .arg(b->sandboxReadyMs - b->initStartMs)
                     .arg(b->initEndMs - b->sandboxReadyMs);
    else if (b->initStartMs >= 0 && b->initEndMs >= 0)
        lines << tr("Waited for init: %1 ms").arg(b->initEndMs - b->initStartMs);
    else if (b->initStartMs >= 0)
        lines << (b->sandboxReadyMs >= 0 ? tr("Waiting for the runtime's init") : tr("Waiting for its sandbox"));
    for (const QString &phase : phases)
        lines << QStringLiteral("&nbsp;&nbsp;") + phase.toHtmlEscaped();
    if (b->running() && !b->waitingForInit())
        lines << tr("Running");
    else if (b->durationMs >= 0)
        lines << tr("Duration: %1 ms").arg(locale.toString(b->durationMs, 'f', 2));
    lines << tr("Click to open its result.");
    return lines.join(QStringLiteral("<br>"));
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QByteArray id = requestIdAt(help->pos());
        if (id.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), toolTipFor(id), viewport(), barRect(id));
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        event->ignore();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        // Shift+wheel scrolls the rows.
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    zoomAt(std::pow(1.0015, delta), int(event->position().x()));
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_pressEndMs = visibleEndMs();
    m_pressScroll = verticalScrollBar()->value();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return;
    const QPoint d = event->position().toPoint() - m_pressPos;
    if (!m_dragging && d.manhattanLength() < 4)
        return;
    if (!m_dragging) {
        m_dragging = true;
        setFollowing(false); // panning means looking at the past: freeze
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    m_endMs = m_pressEndMs - qint64(double(d.x()) * m_msPerPixel);
    verticalScrollBar()->setValue(m_pressScroll - d.y());
    viewport()->update();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_pressed) {
        m_pressed = false;
        if (m_dragging) {
            m_dragging = false;
            viewport()->unsetCursor();
        } else {
            const QByteArray id = requestIdAt(event->position().toPoint());
            if (!id.isEmpty())
                Q_EMIT invocationActivated(id);
        }
        return;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    // The legend sits in the bottom margin, below the rows and beside the scroll bar.
    // Its height follows the width (its entries wrap), and the rows make room for it.
    const int legendHeight = static_cast<TimelineLegend *>(m_legend)->heightFor(viewport()->width());
    if (viewportMargins().bottom() != legendHeight)
        setViewportMargins(0, 0, 0, legendHeight);
    const QRect rows = viewport()->geometry();
    m_legend->setGeometry(rows.left(), rows.bottom() + 1, rows.width(), legendHeight);
    updateScrollBar();
}

void TimelineView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    updateTimer();
}

void TimelineView::hideEvent(QHideEvent *event)
{
    QAbstractScrollArea::hideEvent(event);
    m_liveTimer.stop();
}

} // namespace Bullpen
