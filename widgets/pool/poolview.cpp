// SPDX-License-Identifier: MIT
#include "widgets/pool/poolview.h"

#include "widgets/pool/coldstartphasestext.h"
#include "widgets/pool/poolpalette.h"
#include "widgets/pool/poolstatemodel.h"

#include <QContextMenuEvent>
#include <QCursor>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMetaMethod>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimerEvent>
#include <QToolTip>

#include <cmath>

namespace Bullpen {

namespace {

constexpr int margin = 8;
constexpr int headerHeight = 24;
constexpr int largeGap = 6;
constexpr int compactGap = 3;
const QSize largeTile(112, 58);
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
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Warm pool"));
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
            // The keyboard always has a tile while the view has the focus.
            if (hasFocus() && (m_current.isEmpty() || !m_model->instance(m_current)))
                moveCurrent(Qt::Key_Home);
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
    lines << tr("<b>%1</b>%2")
                 .arg(t->instanceId.toHtmlEscaped(),
                      t->provisioned     ? tr(" (provisioned)")
                          : t->prewarmed ? tr(" (pre-warmed)")
                                         : QString());
    lines << (t->pid > 0 ? tr("Process: pid %1").arg(t->pid)
                         : tr("Process: not started yet (the sandbox is being made)"));
    lines << tr("Age: %1 (pool clock)").arg(PoolPalette::shortDuration(m_model->poolNowMs() - t->startedPoolMs));
    if (t->sandboxDurationMs >= 0)
        lines << (t->preparedSandbox ? tr("Sandbox prepared ahead of need; taken and started in: %1 ms")
                                     : tr("Sandbox made on demand in: %1 ms"))
                     .arg(locale.toString(t->sandboxDurationMs, 'f', 1));
    if (t->initDurationMs >= 0 && t->restoredFromSnapshot)
        lines << tr("Restored from a SnapStart snapshot in: %1 ms").arg(locale.toString(t->initDurationMs, 'f', 1));
    else if (t->initDurationMs >= 0)
        lines << tr("Init: %1 ms").arg(locale.toString(t->initDurationMs, 'f', 1));
    for (const QString &phase : ColdStartPhasesText::lines(t->phases))
        lines << QStringLiteral("&nbsp;&nbsp;") + phase.toHtmlEscaped();
    lines << tr("Invocations served: %1").arg(t->served);
    lines << (t->memoryBytes >= 0 ? tr("Memory now: %1 MB of %2 MB")
                                        .arg(locale.toString(double(t->memoryBytes) / (1024.0 * 1024.0), 'f', 1))
                                        .arg(t->memorySizeMb)
                                  : tr("Memory now: not sampled yet (%1 MB reserved)").arg(t->memorySizeMb));
    if (!t->lastRequestId.isEmpty())
        lines << (t->state == InstanceTile::State::Busy ? tr("Running: %1") : tr("Last request: %1"))
                     .arg(QString::fromLatin1(t->lastRequestId));
    if (t->timeoutMs > 0)
        lines << tr("Timeout: %1").arg(PoolPalette::shortDuration(t->timeoutMs));
    if (t->state == InstanceTile::State::Gone && !t->detail.isEmpty())
        lines << t->detail.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

PoolView::TileFace PoolView::tileFace(const InstanceTile &t, qint64 timeoutMs, qint64 poolNow, qint64 realNow,
                                      bool withText) const
{
    TileFace f;
    if (t.timeoutMs > 0)
        timeoutMs = t.timeoutMs;
    if (withText)
        f.top = shortInstanceId(t.instanceId);
    // A cold start in its two phases: the sandbox being made, then the runtime's init.
    auto coldPhase = [&] {
        if (!withText)
            return;
        if (!t.sandboxReady) {
            f.bottomLeft = tr("sandbox");
            f.bottomRight = PoolPalette::shortDuration(realNow - t.startedRealMs);
        } else {
            f.bottomLeft = t.initDone ? tr("ready") : tr("init");
            f.bottomRight = PoolPalette::shortDuration(
                realNow - (t.sandboxReadyRealMs >= 0 ? t.sandboxReadyRealMs : t.startedRealMs));
        }
    };
    switch (t.state) {
    case InstanceTile::State::Starting:
        f.fill = t.sandboxReady ? PoolPalette::color(PoolPalette::Init) : PoolPalette::color(PoolPalette::Sandbox);
        coldPhase();
        if (withText)
            f.middle = t.prewarmed       ? tr("pre-warming")
                : t.provisioned          ? tr("provisioning")
                : t.restoredFromSnapshot ? tr("cold, restored")
                : t.preparedSandbox      ? tr("cold, prepared")
                                         : tr("cold start");
        break;
    case InstanceTile::State::Busy:
        if (withText)
            f.middle = QString::fromLatin1(shortRequestId(t.requestId));
        if (!t.initDone) {
            // Busy for its cold invocation while the sandbox is made and the runtime initialises.
            f.fill = t.sandboxReady ? PoolPalette::color(PoolPalette::Init) : PoolPalette::color(PoolPalette::Sandbox);
            coldPhase();
        } else {
            f.fill = PoolPalette::color(PoolPalette::Busy);
            // Elapsed against the function's timeout, both real time.
            const qint64 elapsed = realNow - t.sinceRealMs;
            if (withText)
                f.bottomLeft = timeoutMs > 0
                    ? tr("%1 of %2").arg(PoolPalette::shortDuration(elapsed), PoolPalette::shortDuration(timeoutMs))
                    : PoolPalette::shortDuration(elapsed);
            if (timeoutMs > 0)
                f.fraction = qBound(0.0, double(elapsed) / double(timeoutMs), 1.0);
        }
        break;
    case InstanceTile::State::Idle: {
        f.fill = PoolPalette::color(PoolPalette::Idle);
        const qint64 left = t.expiresAtMs - poolNow;
        const qint64 whole = t.expiresAtMs - t.sincePoolMs;
        if (whole > 0)
            f.fraction = qBound(0.0, double(left) / double(whole), 1.0);
        if (withText) {
            f.bottomLeft = tr("idle");
            f.bottomRight = t.expiresAtMs >= 0 ? PoolPalette::shortDuration(left) : QString();
            f.middle = t.expiresAtMs >= 0 ? QString() : tr("kept warm");
        }
        break;
    }
    case InstanceTile::State::Gone: {
        const bool failure = t.stopReason != InstanceStopReason::Expired && t.stopReason != InstanceStopReason::Stopped;
        f.fill = failure ? PoolPalette::color(PoolPalette::Failed) : PoolPalette::color(PoolPalette::Gone);
        if (!withText)
            break;
        switch (t.stopReason) {
        case InstanceStopReason::Expired:
            f.bottomLeft = tr("expired");
            break;
        case InstanceStopReason::Crashed:
            f.bottomLeft = tr("crashed");
            break;
        case InstanceStopReason::TimedOut:
            f.bottomLeft = tr("timed out");
            break;
        case InstanceStopReason::OutOfMemory:
            f.bottomLeft = tr("out of memory");
            break;
        case InstanceStopReason::InitFailed:
            f.bottomLeft = tr("init failed");
            break;
        case InstanceStopReason::Stopped:
        case InstanceStopReason::None:
            f.bottomLeft = tr("stopped");
            break;
        }
        break;
    }
    }
    return f;
}

QStringList PoolView::tileText(const QString &instanceId) const
{
    const InstanceTile *t = m_model ? m_model->instance(instanceId) : nullptr;
    if (!t)
        return {};
    const int lane = m_model->laneOf(m_model->functionOf(instanceId));
    const TileFace f = tileFace(*t, lane >= 0 ? m_model->lanes().at(lane).timeoutMs : 0, m_model->poolNowMs(),
                                m_model->realNowMs(), true);
    return { f.top, f.middle, f.bottomLeft, f.bottomRight };
}

void PoolView::paintTile(QPainter &p, const QRect &r, const InstanceTile &t, const LaneGeometry &g, qint64 timeoutMs,
                         qint64 poolNow, qint64 realNow, qint64 localNow) const
{
    // Small tiles carry no text: their strings are not even made (1,000 tiles a frame).
    const TileFace face = tileFace(t, timeoutMs, poolNow, realNow, !g.compact);
    const QColor &fill = face.fill;
    const double fraction = face.fraction;
    qreal opacity = 1.0;
    if (t.state == InstanceTile::State::Gone) {
        const qint64 fade = m_model ? m_model->fadeOutMs() : 1;
        opacity = fade > 0 ? qBound(0.15, 1.0 - double(localNow - t.goneAtLocalMs) / double(fade), 1.0) : 1.0;
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
        p.setPen(QPen(PoolPalette::color(PoolPalette::ProvisionedMark), g.compact ? 2 : 3));
        p.drawRect(r.adjusted(1, 1, -1, -1));
        const int c = g.compact ? 6 : 12;
        const QPoint tri[3]
            = { r.topRight() + QPoint(1, 0), r.topRight() + QPoint(1 - c, 0), r.topRight() + QPoint(1, c) };
        p.setBrush(PoolPalette::color(PoolPalette::ProvisionedMark));
        p.setPen(Qt::NoPen);
        p.drawPolygon(tri, 3);
        p.setBrush(Qt::NoBrush);
    }
    if (t.preparedSandbox || t.restoredFromSnapshot) {
        // A teal stripe down the left edge: this instance's sandbox was made
        // ahead of need (its cold start only took it); slate blue: it was
        // restored from a SnapStart snapshot. Clear of the text, of the
        // provisioned corner and of the timeout bar along the bottom.
        p.fillRect(QRect(r.left(), r.top(), g.compact ? 2 : 4, r.height()),
                   PoolPalette::color(t.restoredFromSnapshot ? PoolPalette::Restored : PoolPalette::Prepared));
    }
    if (!g.compact) {
        p.setPen(Qt::white);
        const QRect text = r.adjusted(5, 2, -5, -6);
        p.drawText(text, Qt::AlignLeft | Qt::AlignTop, face.top);
        if (!face.middle.isEmpty())
            p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, face.middle);
        p.drawText(text, Qt::AlignLeft | Qt::AlignBottom, face.bottomLeft);
        if (!face.bottomRight.isEmpty())
            p.drawText(text, Qt::AlignRight | Qt::AlignBottom, face.bottomRight);
    }
    if (t.instanceId == m_current && hasFocus()) {
        // The keyboard's tile.
        p.setOpacity(1.0);
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r.adjusted(-2, -2, 1, 1));
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
        QString counters = tr("%n instances · %1 busy · %2 idle · %3 starting", nullptr, int(c.instances))
                               .arg(c.busy)
                               .arg(c.idle)
                               .arg(c.starting);
        if (c.provisioned)
            counters += tr(" · %1 provisioned").arg(c.provisioned);
        counters += tr(" · cold %1 / warm %2 (%3 % cold)")
                        .arg(c.coldStarts)
                        .arg(c.warmHits)
                        .arg(locale.toString(n ? 100.0 * c.coldStartRatio() : 0.0, 'f', 1));
        if (c.preparedColdStarts + c.onDemandColdStarts > 0)
            counters += tr(" · sandbox prepared %1 / on demand %2").arg(c.preparedColdStarts).arg(c.onDemandColdStarts);
        if (c.restoredColdStarts > 0)
            counters += tr(" · restored from snapshot %1").arg(c.restoredColdStarts);
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
        p.setBrush(waiting ? PoolPalette::color(PoolPalette::Queued) : pal.color(QPalette::Mid));
        p.drawEllipse(QPoint(margin + 3, g.top + headerHeight / 2), 4, 4);
        p.setBrush(Qt::NoBrush);

        for (int row = 0; row < l.instances.size(); ++row) {
            const QRect r = tileRectAt(lane, row);
            if (r.bottom() < visible.top() || r.top() > visible.bottom())
                continue;
            paintTile(p, r, l.instances.at(row), g, l.timeoutMs, poolNow, realNow, localNow);
        }
    }

    // Invocations on their way: from the lane's entry to the tile that took
    // them. A burst has a thousand in the air: each is a blit of a dot drawn
    // once (antialiased, with its outline), not an ellipse stroked and filled
    // per frame, which cost most of a frame at 2,000 invocations per second.
    QColor warmFlight = pal.color(QPalette::Text);
    warmFlight.setAlpha(190);
    const qreal dpr = devicePixelRatioF();
    if (m_dotsKey != std::tuple(pal.color(QPalette::Base).rgba(), warmFlight.rgba(), dpr)) {
        m_dotsKey = std::tuple(pal.color(QPalette::Base).rgba(), warmFlight.rgba(), dpr);
        for (int i = 0; i < 4; ++i) {
            const bool cold = i & 1;
            const qreal radius = (i & 2) ? 2.5 : 4.0;
            const int side = int(std::ceil(2 * radius + 2));
            QPixmap dot(QSize(side, side) * dpr);
            dot.setDevicePixelRatio(dpr);
            dot.fill(Qt::transparent);
            QPainter d(&dot);
            d.setRenderHint(QPainter::Antialiasing);
            d.setPen(QPen(pal.color(QPalette::Base), 1));
            d.setBrush(cold ? PoolPalette::color(PoolPalette::Cold) : warmFlight);
            d.drawEllipse(QPointF(side / 2.0, side / 2.0), radius, radius);
            m_dots[i] = dot;
        }
    }
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
            const QPixmap &dot = m_dots[(f.cold ? 1 : 0) | (g.compact ? 2 : 0)];
            const qreal half = dot.width() / dpr / 2.0;
            if (at.y() + half < visible.top() || at.y() - half > visible.bottom())
                continue;
            p.drawPixmap(QPoint(qRound(at.x() - half), qRound(at.y() - half)), dot);
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
    if (event->reason() == QContextMenuEvent::Keyboard && !m_current.isEmpty()) {
        // From the keyboard: the current tile's menu, under the tile.
        const QRect r = tileRect(m_current);
        if (!r.isEmpty()) {
            showContextMenu(m_current, m_model->functionOf(m_current), viewport()->mapToGlobal(r.center()));
            return;
        }
    }
    const QPoint pos = viewport()->mapFrom(this, event->pos());
    const QString id = instanceAt(pos);
    if (!id.isEmpty())
        setCurrentInstance(id);
    showContextMenu(id, functionAt(pos), event->globalPos());
}

void PoolView::showContextMenu(const QString &id, const QString &function, const QPoint &globalPos)
{
    QMenu menu(this);
    if (!id.isEmpty()) {
        menu.addAction(tr("Show Instance's Logs and Invocations"), this, [this, id] { Q_EMIT instanceActivated(id); });
        const InstanceTile *t = m_model ? m_model->instance(id) : nullptr;
        // The pool actions are offered only where someone can carry them out.
        if (isSignalConnected(QMetaMethod::fromSignal(&PoolView::stopInstanceRequested))) {
            QAction *stop = menu.addAction(tr("Stop Instance (the next call is cold)"), this,
                                           [this, id] { Q_EMIT stopInstanceRequested(id); });
            stop->setShortcut(QKeySequence::Delete);
            stop->setEnabled(t && t->state != InstanceTile::State::Gone);
        }
        menu.addSeparator();
    }
    if (isSignalConnected(QMetaMethod::fromSignal(&PoolView::expireIdleRequested)))
        menu.addAction(tr("Expire All Idle Instances Now"), this, [this] { Q_EMIT expireIdleRequested(); });
    if (!function.isEmpty() && isSignalConnected(QMetaMethod::fromSignal(&PoolView::prewarmRequested)))
        menu.addAction(tr("Pre-warm %1…").arg(function), this, [this, function] { Q_EMIT prewarmRequested(function); });
    if (!menu.isEmpty())
        menu.exec(globalPos);
}

void PoolView::setCurrentInstance(const QString &instanceId)
{
    if (m_current == instanceId)
        return;
    m_current = instanceId;
    const QRect r = tileRect(instanceId);
    if (!r.isEmpty()) {
        // Scrolled into view.
        QScrollBar *bar = verticalScrollBar();
        if (r.top() < 0)
            bar->setValue(bar->value() + r.top() - margin);
        else if (r.bottom() > viewport()->height())
            bar->setValue(bar->value() + r.bottom() - viewport()->height() + margin);
    }
    viewport()->update();
    Q_EMIT currentInstanceChanged(instanceId);
}

void PoolView::moveCurrent(int key)
{
    if (!m_model)
        return;
    // Every tile in reading order: lane by lane, row by row.
    const auto &lanes = m_model->lanes();
    int lane = m_model->laneOf(m_model->functionOf(m_current));
    int row = m_model->instanceRow(m_current);
    auto firstFrom = [&](int from, int step) {
        for (int l = from; l >= 0 && l < lanes.size(); l += step) {
            if (!lanes.at(l).instances.isEmpty()) {
                lane = l;
                row = step > 0 ? 0 : int(lanes.at(l).instances.size()) - 1;
                return true;
            }
        }
        return false;
    };
    if (lane < 0 || row < 0 || lane >= m_geometry.size()) {
        if (!firstFrom(0, 1))
            return;
    } else {
        const int columns = m_geometry.at(lane).columns;
        const int count = int(lanes.at(lane).instances.size());
        switch (key) {
        case Qt::Key_Left:
            if (row > 0)
                --row;
            else if (!firstFrom(lane - 1, -1))
                return;
            break;
        case Qt::Key_Right:
            if (row + 1 < count)
                ++row;
            else if (!firstFrom(lane + 1, 1))
                return;
            break;
        case Qt::Key_Up:
            if (row - columns >= 0)
                row -= columns;
            else if (!firstFrom(lane - 1, -1))
                return;
            break;
        case Qt::Key_Down:
            if (row + columns < count)
                row += columns;
            else if (!firstFrom(lane + 1, 1))
                return;
            break;
        case Qt::Key_Home:
            firstFrom(0, 1);
            break;
        case Qt::Key_End:
            firstFrom(int(lanes.size()) - 1, -1);
            break;
        default:
            return;
        }
    }
    setCurrentInstance(lanes.at(lane).instances.at(row).instanceId);
}

void PoolView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Home:
    case Qt::Key_End:
        moveCurrent(event->key());
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!m_current.isEmpty() && m_model && m_model->instance(m_current))
            Q_EMIT instanceActivated(m_current);
        return;
    case Qt::Key_F10:
        if (event->modifiers() == Qt::ShiftModifier) {
            QContextMenuEvent menu(QContextMenuEvent::Keyboard, QPoint(), QCursor::pos());
            contextMenuEvent(&menu);
            return;
        }
        break;
    case Qt::Key_Delete:
        if (!m_current.isEmpty() && isSignalConnected(QMetaMethod::fromSignal(&PoolView::stopInstanceRequested))) {
            const InstanceTile *t = m_model ? m_model->instance(m_current) : nullptr;
            if (t && t->state != InstanceTile::State::Gone)
                Q_EMIT stopInstanceRequested(m_current);
        }
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void PoolView::mousePressEvent(QMouseEvent *event)
{
    const QString id = instanceAt(event->position().toPoint());
    if (!id.isEmpty())
        setCurrentInstance(id);
    QAbstractScrollArea::mousePressEvent(event);
}

void PoolView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    if ((m_current.isEmpty() || !m_model || !m_model->instance(m_current)) && m_model)
        moveCurrent(Qt::Key_Home);
    viewport()->update();
}

void PoolView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
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
