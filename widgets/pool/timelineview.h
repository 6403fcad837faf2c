// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractScrollArea>
#include <QBasicTimer>
#include <QColor>
#include <QList>
#include <QPointer>

#include <functional>

class QPainter;
class QRect;

namespace Bullpen {

class TimelineModel;
struct TimelineBar;
struct TimelineLane;

// The pool's history on a time axis (pool time): a row per instance, each
// invocation a bar from arrival to response, its queued time grey, the cold
// start it waited for in its two phases (the sandbox being made dark orange,
// thin marks where its finer phases meet, ColdStartPhases),
// the runtime's init orange), its run blue (red when it failed), a throttled
// invocation a red tick on its function's throttle row; a legend under the rows
// names the colours. The wheel
// zooms around the pointer, dragging pans; it follows the present (the right
// edge is "now") until the user pans, and is frozen for inspection from then
// on until follow is set again. Painting asks the model's lanes for the bars in
// view by binary search and merges bars thinner than a pixel into one stroke,
// so a row costs at most its width in pixels whatever it holds (100,000
// invocations zoom without a stall). Clicking a bar emits its request id.
class TimelineView final : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setModel(TimelineModel *model);
    TimelineModel *model() const { return m_model; }
    // Where "now" is on the pool clock while following (the latest event's time without it).
    void setNowFunction(std::function<qint64()> now) { m_now = std::move(now); }

    bool isFollowing() const { return m_following; }
    void setFollowing(bool follow);
    // The visible time window, in pool milliseconds.
    qint64 visibleStartMs() const;
    qint64 visibleEndMs() const;
    double msPerPixel() const { return m_msPerPixel; }
    void setMsPerPixel(double msPerPixel);
    // Shows [startMs, endMs] (freezes the view).
    void showRange(qint64 startMs, qint64 endMs);
    // Zooms by factor (> 1 zooms in) keeping the time under viewport x fixed.
    void zoomAt(double factor, int viewportX);

    // The request id of the bar at a viewport point, or empty.
    QByteArray requestIdAt(const QPoint &viewportPos) const;
    // Where a request's bar is drawn (viewport coordinates), or an empty rect.
    // The tooltip of an invocation's bar (rich text): its kind of start, its phases, its duration.
    QString toolTipFor(const QByteArray &requestId) const;
    QRect barRect(const QByteArray &requestId) const;

    qint64 longestPaintUs() const { return m_longestPaintUs; }
    qint64 lastPaintUs() const { return m_lastPaintUs; }
    void resetPaintStatistics() { m_longestPaintUs = m_lastPaintUs = 0; }

    QSize sizeHint() const override { return { 640, 240 }; }

    // What each colour of a bar means, in the order the legend shows them.
    struct LegendEntry
    {
        QString text;
        QColor color;
    };
    static QList<LegendEntry> legend();
    QWidget *legendWidget() const { return m_legend; }

Q_SIGNALS:
    void invocationActivated(const QByteArray &requestId);
    void followingChanged(bool following);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void timerEvent(QTimerEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    qint64 nowMs() const;
    qint64 timeAt(int viewportX) const;
    double xOf(qint64 ms) const;
    int rowAt(int viewportY) const;
    void updateScrollBar();
    void updateTimer();
    // Thin marks where the lane's cold-start phases meet, within [fromMs, toMs]
    // of a bar's cold start: the phases (real time) in proportion to the
    // start's span on the pool clock; none where the span is too thin to read.
    void paintPhaseMarks(QPainter &p, const TimelineLane &lane, qint64 fromMs, qint64 toMs, const QRect &barArea) const;

    QPointer<TimelineModel> m_model;
    QWidget *m_legend;
    std::function<qint64()> m_now;
    double m_msPerPixel = 20.0;
    qint64 m_endMs = 0; // the right edge when frozen
    bool m_following = true;
    QPoint m_pressPos;
    qint64 m_pressEndMs = 0;
    int m_pressScroll = 0;
    bool m_dragging = false;
    bool m_pressed = false;
    QBasicTimer m_liveTimer;
    qint64 m_longestPaintUs = 0;
    qint64 m_lastPaintUs = 0;
};

} // namespace Bullpen
