// SPDX-License-Identifier: MIT
#include "widgets/pool/poolview.h"

#include "widgets/pool/poolpalette.h"
#include "widgets/pool/poolstatemodel.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMenu>
#include <QMetaMethod>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimerEvent>
#include <QToolTip>

namespace Bullpen {

namespace {

constexpr int margin = 8;
constexpr int headerHeight = 24;
constexpr int largeGap = 6;
constexpr int compactGap = 3;
const QSize largeTile(112, 46);
const QSize compactTile(16, 16);
// Above this many instances in the pool, tiles lose their text (all lanes
// alike, so that a tile's size never differs between functions).
constexpr int compactAbove = 60;
constexpr int frameMs = 33;

QByteArray shortRequestId(const QByteArray &id)
{
    return id.size() > 8 ? id.left(8) : id;
}

QString shortInstanceId(const QString &id)
{
    // Instance ids end with a counter or a hash; the tail tells them apart.
    return id.size() > 12 ? QStringLiteral("…") + id.right(11) : id;
}

} // namespace

PoolView::PoolView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    verticalScrollBar()->setSingleStep(20);
}

QSize PoolView::sizeHint() const
{
    return { 480, 320 };
}

void PoolView::setModel(PoolStateModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &PoolStateModel::frameApplied, this, [this] {
            relayout();
            updateTimer();
            viewport()->update();
        });
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            relayout();
            viewport()->update();
        });
    }
    relayout();
    updateTimer();
    viewport()->update();
}

void PoolView::relayout()
{
    m_geometry.clear();
    int y = margin;
    const int width = qMax(viewport()->width() - 2 * margin, largeTile.width());
    if (m_model) {
        qsizetype tiles = 0;
        for (const FunctionLane &lane : m_model->lanes())
            tiles += lane.instances.size();
        const bool compact = tiles > compactAbove;
        for (const FunctionLane &lane : m_model->lanes()) {
            LaneGeometry g;
            g.top = y;
            g.compact = compact;
            g.tile = g.compact ? compactTile : largeTile;
            const int gap = g.compact ? compactGap : largeGap;
            g.columns = qMax(1, (width + gap) / (g.tile.width() + gap));
            const int rows = qMax(1, int((lane.instances.size() + g.columns - 1) / g.columns));
            g.height = headerHeight + rows * (g.tile.height() + gap) + margin;
            y += g.height;
            m_geometry.append(g);
        }
    }
    m_contentHeight = y;
    QScrollBar *bar = verticalScrollBar();
    bar->setPageStep(viewport()->height());
    bar->setRange(0, qMax(0, m_contentHeight - viewport()->height()));
}

QRect PoolView::tileRectAt(int lane, int row) const
{
    const LaneGeometry &g = m_geometry.at(lane);
    const int gap = g.compact ? compactGap : largeGap;
    const int x = margin + (row % g.columns) * (g.tile.width() + gap);
    const int y = g.top + headerHeight + (row / g.columns) * (g.tile.height() + gap);
    return { QPoint(x, y), g.tile };
}

QRect PoolView::tileRect(const QString &instanceId) const
{
    if (!m_model)
        return {};
    const int lane = m_model->laneOf(m_model->functionOf(instanceId));
    const int row = m_model->instanceRow(instanceId);
    if (lane < 0 || row < 0 || lane >= m_geometry.size())
        return {};
    return tileRectAt(lane, row).translated(0, -verticalScrollBar()->value());
}

QString PoolView::instanceAt(const QPoint &viewportPos) const
{
    if (!m_model)
        return {};
    const QPoint p = viewportPos + QPoint(0, verticalScrollBar()->value());
    const auto &lanes = m_model->lanes();
    for (int lane = 0; lane < lanes.size() && lane < m_geometry.size(); ++lane) {
        const LaneGeometry &g = m_geometry.at(lane);
        if (p.y() < g.top || p.y() >= g.top + g.height)
            continue;
        const int gap = g.compact ? compactGap : largeGap;
        const int col = (p.x() - margin) / (g.tile.width() + gap);
        const int rowOfGrid = (p.y() - g.top - headerHeight) / (g.tile.height() + gap);
        if (p.x() < margin || p.y() < g.top + headerHeight || col >= g.columns)
            return {};
        const int index = rowOfGrid * g.columns + col;
        if (index < lanes.at(lane).instances.size() && tileRectAt(lane, index).contains(p))
            return lanes.at(lane).instances.at(index).instanceId;
        return {};
    }
    return {};
}

QString PoolView::functionAt(const QPoint &viewportPos) const
{
    if (!m_model)
        return {};
    const int y = viewportPos.y() + verticalScrollBar()->value();
    for (int lane = 0; lane < m_geometry.size(); ++lane) {
        const LaneGeometry &g = m_geometry.at(lane);
        if (y >= g.top && y < g.top + g.height)
            return m_model->lanes().at(lane).functionId;
    }
    return {};
}

QString PoolView::toolTipFor(const QString &instanceId) const
{
    const InstanceTile *t = m_model ? m_model->instance(instanceId) : nullptr;
    if (!t)
        return {};
    const QLocale locale;
    QStringList lines;
    lines << tr("<b>%1</b>%2").arg(t->instanceId.toHtmlEscaped(), t->provisioned ? tr(" (provisioned)") : QString());
    // The stream carries no process id: the engine names instances, and the
    // sandbox's pid is the backend's business.
    lines << tr("Age: %1 (pool clock)").arg(PoolPalette::shortDuration(m_model->poolNowMs() - t->startedPoolMs));
    if (t->initDurationMs >= 0)
        lines << tr("Init: %1 ms").arg(locale.toString(t->initDurationMs, 'f', 1));
    lines << tr("Invocations served: %1").arg(t->served);
    lines << (t->memoryBytes >= 0 ? tr("Memory now: %1 MB of %2 MB")
                                        .arg(locale.toString(double(t->memoryBytes) / (1024.0 * 1024.0), 'f', 1))
                                        .arg(t->memorySizeMb)
                                  : tr("Memory now: not sampled yet (%1 MB reserved)").arg(t->memorySizeMb));
    if (!t->lastRequestId.isEmpty())
        lines << tr("Last request: %1").arg(QString::fromLatin1(t->lastRequestId));
    if (t->state == InstanceTile::State::Gone && !t->detail.isEmpty())
        lines << t->detail.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

void PoolView::paintTile(QPainter &p, const QRect &r, const InstanceTile &t, const LaneGeometry &g, qint64 timeoutMs,
                         qint64 poolNow, qint64 realNow, qint64 localNow) const
{
    QColor fill;
    double fraction = -1; // the bar along the tile's foot
    QString line1, line2;
    qreal opacity = 1.0;
    // Small tiles carry no text: their strings are not even made (1,000 tiles a frame).
    const bool withText = !g.compact;
    switch (t.state) {
    case InstanceTile::State::Starting:
        fill = PoolPalette::starting();
        if (withText)
            line1 = t.initDone ? tr("ready") : tr("cold start");
        if (withText)
            line2 = PoolPalette::shortDuration(realNow - t.startedRealMs);
        break;
    case InstanceTile::State::Busy:
        if (!t.initDone) {
            // Busy for its cold invocation while the runtime still initialises.
            fill = PoolPalette::starting();
            if (withText)
                line1 = tr("init %1").arg(PoolPalette::shortDuration(realNow - t.startedRealMs));
        } else {
            fill = PoolPalette::busy();
            if (withText)
                line1 = PoolPalette::shortDuration(realNow - t.sinceRealMs);
            if (timeoutMs > 0)
                fraction = qBound(0.0, double(realNow - t.sinceRealMs) / double(timeoutMs), 1.0);
        }
        if (withText)
            line2 = QString::fromLatin1(shortRequestId(t.requestId));
        break;
    case InstanceTile::State::Idle: {
        fill = PoolPalette::idle();
        const qint64 left = t.expiresAtMs - poolNow;
        const qint64 whole = t.expiresAtMs - t.sincePoolMs;
        if (whole > 0)
            fraction = qBound(0.0, double(left) / double(whole), 1.0);
        if (withText)
            line1 = tr("idle");
        if (withText)
            line2 = t.expiresAtMs >= 0 ? PoolPalette::shortDuration(left) : QString();
        break;
    }
    case InstanceTile::State::Gone: {
        const bool failure = t.stopReason != InstanceStopReason::Expired && t.stopReason != InstanceStopReason::Stopped;
        fill = failure ? PoolPalette::failed() : PoolPalette::gone();
        const qint64 fade = m_model ? m_model->fadeOutMs() : 1;
        opacity = fade > 0 ? qBound(0.15, 1.0 - double(localNow - t.goneAtLocalMs) / double(fade), 1.0) : 1.0;
        switch (t.stopReason) {
        case InstanceStopReason::Expired:
            if (withText)
                line1 = tr("expired");
            break;
        case InstanceStopReason::Crashed:
            if (withText)
                line1 = tr("crashed");
            break;
        case InstanceStopReason::TimedOut:
            if (withText)
                line1 = tr("timed out");
            break;
        case InstanceStopReason::OutOfMemory:
            if (withText)
                line1 = tr("out of memory");
            break;
        case InstanceStopReason::InitFailed:
            if (withText)
                line1 = tr("init failed");
            break;
        case InstanceStopReason::Stopped:
        case InstanceStopReason::None:
            if (withText)
                line1 = tr("stopped");
            break;
        }
        break;
    }
    }
    p.setOpacity(opacity);
    p.fillRect(r, fill);
    if (fraction >= 0) {
        const int barHeight = g.compact ? 3 : 5;
        const QRect bar(r.left(), r.bottom() - barHeight + 1, r.width(), barHeight);
        p.fillRect(bar, fill.darker(160));
        p.fillRect(QRect(bar.left(), bar.top(), int(bar.width() * fraction), barHeight), QColor(255, 255, 255, 200));
    }
    if (t.provisioned) {
        // A frame and a folded corner: provisioned instances are kept, not on demand.
        p.setPen(QPen(PoolPalette::provisionedMark(), g.compact ? 2 : 3));
        p.drawRect(r.adjusted(1, 1, -1, -1));
        const int c = g.compact ? 6 : 12;
        const QPoint tri[3]
            = { r.topRight() + QPoint(1, 0), r.topRight() + QPoint(1 - c, 0), r.topRight() + QPoint(1, c) };
        p.setBrush(PoolPalette::provisionedMark());
        p.setPen(Qt::NoPen);
        p.drawPolygon(tri, 3);
        p.setBrush(Qt::NoBrush);
    }
    if (!g.compact) {
        p.setPen(Qt::white);
        const QRect text = r.adjusted(5, 2, -5, -6);
        p.drawText(text, Qt::AlignLeft | Qt::AlignTop, shortInstanceId(t.instanceId));
        p.drawText(text, Qt::AlignLeft | Qt::AlignBottom, line1);
        if (!line2.isEmpty())
            p.drawText(text, Qt::AlignRight | Qt::AlignBottom, line2);
    }
    p.setOpacity(1.0);
}

void PoolView::paintEvent(QPaintEvent *)
{
    QElapsedTimer timer;
    timer.start();
    QPainter p(viewport());
    const QPalette &pal = palette();
    p.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    if (!m_model || m_model->lanes().isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("The pool is empty. Invoke a function and its instances appear here."));
        ++m_frames;
        return;
    }
    if (m_geometry.size() != m_model->lanes().size())
        relayout();

    const int scroll = verticalScrollBar()->value();
    p.translate(0, -scroll);
    const QRect visible = viewport()->rect().translated(0, scroll);
    const qint64 poolNow = m_model->poolNowMs();
    const qint64 realNow = m_model->realNowMs();
    const qint64 localNow = m_model->localNowMs();
    const QLocale locale;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);

    const auto &lanes = m_model->lanes();
    for (int lane = 0; lane < lanes.size(); ++lane) {
        const LaneGeometry &g = m_geometry.at(lane);
        if (g.top > visible.bottom() || g.top + g.height < visible.top())
            continue;
        const FunctionLane &l = lanes.at(lane);
        const FunctionCounters c = m_model->counters(l.functionId);
        const int waiting = int(l.waiting.size());
        // The header: the function and its counters.
        if (lane > 0) {
            p.setPen(pal.color(QPalette::Mid));
            p.drawLine(margin, g.top - 1, viewport()->width() - margin, g.top - 1);
        }
        const QRect header(margin + 10, g.top, viewport()->width() - 2 * margin - 10, headerHeight);
        p.setFont(bold);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, l.functionId);
        p.setFont(font());
        const qint64 n = c.coldStarts + c.warmHits;
        QString counters = tr("%1 instances · %2 busy · %3 idle · %4 starting")
                               .arg(c.instances)
                               .arg(c.busy)
                               .arg(c.idle)
                               .arg(c.starting);
        if (c.provisioned)
            counters += tr(" · %1 provisioned").arg(c.provisioned);
        counters += tr(" · cold %1 / warm %2 (%3 % cold)")
                        .arg(c.coldStarts)
                        .arg(c.warmHits)
                        .arg(locale.toString(n ? 100.0 * c.coldStartRatio() : 0.0, 'f', 1));
        if (c.throttles)
            counters += tr(" · %1 throttled").arg(c.throttles);
        if (waiting)
            counters += tr(" · %1 waiting").arg(waiting);
        counters += tr(" · %1 / %2 MB").arg(c.memoryUsedBytes / (1024 * 1024)).arg(c.memoryReservedMb);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(header.adjusted(boldMetrics.horizontalAdvance(l.functionId) + 12, 0, 0, 0),
                   Qt::AlignLeft | Qt::AlignVCenter, counters);
        // The lane's entry, where invocations come in.
        p.setPen(Qt::NoPen);
        p.setBrush(waiting ? PoolPalette::queued() : pal.color(QPalette::Mid));
        p.drawEllipse(QPoint(margin + 3, g.top + headerHeight / 2), 4, 4);
        p.setBrush(Qt::NoBrush);

        for (int row = 0; row < l.instances.size(); ++row) {
            const QRect r = tileRectAt(lane, row);
            if (r.bottom() < visible.top() || r.top() > visible.bottom())
                continue;
            paintTile(p, r, l.instances.at(row), g, l.timeoutMs, poolNow, realNow, localNow);
        }
    }

    // Invocations on their way: from the lane's entry to the tile that took them.
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(pal.color(QPalette::Base), 1));
    QColor warmFlight = pal.color(QPalette::Text);
    warmFlight.setAlpha(190);
    for (int lane = 0; lane < lanes.size(); ++lane) {
        const FunctionLane &l = lanes.at(lane);
        if (l.flights.isEmpty())
            continue;
        const LaneGeometry &g = m_geometry.at(lane);
        const QPointF entry(margin + 3, g.top + headerHeight / 2.0);
        for (const InvocationFlight &f : l.flights) {
            const double t = double(localNow - f.dispatchedLocalMs) / double(PoolStateModel::flightMs);
            if (t < 0 || t > 1)
                continue;
            const int row = m_model->instanceRow(f.instanceId);
            if (row < 0 || row >= l.instances.size())
                continue;
            const QPointF target = QRectF(tileRectAt(lane, row)).center();
            // Ease out: fast from the entry, settling onto the tile.
            const double e = 1.0 - (1.0 - t) * (1.0 - t);
            const QPointF at = entry + (target - entry) * e;
            p.setBrush(f.cold ? PoolPalette::cold() : warmFlight);
            const qreal radius = g.compact ? 2.5 : 4.0;
            p.drawEllipse(at, radius, radius);
        }
    }
    p.end();
    ++m_frames;
    m_longestPaintUs = qMax(m_longestPaintUs, timer.nsecsElapsed() / 1000);
}

void PoolView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

bool PoolView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString id = instanceAt(help->pos());
        if (id.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), toolTipFor(id), viewport(), tileRect(id));
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void PoolView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QString id = instanceAt(event->position().toPoint());
        if (!id.isEmpty())
            Q_EMIT instanceActivated(id);
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void PoolView::contextMenuEvent(QContextMenuEvent *event)
{
    const QPoint pos = viewport()->mapFrom(this, event->pos());
    const QString id = instanceAt(pos);
    const QString function = functionAt(pos);
    QMenu menu(this);
    if (!id.isEmpty()) {
        menu.addAction(tr("Show Instance's Logs and Invocations"), this, [this, id] { Q_EMIT instanceActivated(id); });
        const InstanceTile *t = m_model ? m_model->instance(id) : nullptr;
        // The pool actions are offered only where someone can carry them out.
        if (isSignalConnected(QMetaMethod::fromSignal(&PoolView::stopInstanceRequested))) {
            QAction *stop = menu.addAction(tr("Stop Instance (the next call is cold)"), this,
                                           [this, id] { Q_EMIT stopInstanceRequested(id); });
            stop->setEnabled(t && t->state != InstanceTile::State::Gone);
        }
        menu.addSeparator();
    }
    if (isSignalConnected(QMetaMethod::fromSignal(&PoolView::expireIdleRequested)))
        menu.addAction(tr("Expire All Idle Instances Now"), this, [this] { Q_EMIT expireIdleRequested(); });
    if (!function.isEmpty() && isSignalConnected(QMetaMethod::fromSignal(&PoolView::prewarmRequested)))
        menu.addAction(tr("Pre-warm %1…").arg(function), this, [this, function] { Q_EMIT prewarmRequested(function); });
    if (!menu.isEmpty())
        menu.exec(event->globalPos());
}

void PoolView::updateTimer()
{
    const bool run = isVisible() && m_model && m_model->isAnimating();
    if (run && !m_frameTimer.isActive())
        m_frameTimer.start(frameMs, Qt::PreciseTimer, this);
    else if (!run)
        m_frameTimer.stop();
}

void PoolView::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_frameTimer.timerId()) {
        QAbstractScrollArea::timerEvent(event);
        return;
    }
    if (m_model) {
        // Faded tiles leave here, so the layout may shrink.
        const int before = m_model->rowCount();
        int instances = 0;
        for (const FunctionLane &l : m_model->lanes())
            instances += int(l.instances.size());
        m_model->prune();
        int after = 0;
        for (const FunctionLane &l : m_model->lanes())
            after += int(l.instances.size());
        if (after != instances || before != m_model->rowCount())
            relayout();
    }
    viewport()->update();
    updateTimer();
}

void PoolView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    relayout();
    updateTimer();
}

void PoolView::hideEvent(QHideEvent *event)
{
    QAbstractScrollArea::hideEvent(event);
    m_frameTimer.stop();
}

} // namespace Bullpen
