// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractScrollArea>
#include <QBasicTimer>
#include <QElapsedTimer>
#include <QPixmap>
#include <QPointer>

#include <tuple>

namespace Bullpen {

class PoolStateModel;
struct InstanceTile;

// The warm pool as a picture: one lane per function (a header with its
// counters), every instance a tile whose colour, bar and text say its state:
// starting with its elapsed time, idle with a keep-alive bar that empties on the
// pool clock, busy with its request id and a bar that fills towards the
// function's timeout, stopped ones fading out with their reason. Provisioned
// instances wear a frame and a corner mark. Each dispatch is drawn as a dot
// travelling from the lane's entry to the tile that took it (orange when it
// waits for a cold start), so reuse and scale-out are seen as they happen.
//
// It paints the model's typed lanes directly rather than items of a
// QGraphicsScene: every tile changes every frame (countdowns, elapsed times),
// so a scene would repaint all its items anyway while paying for an item, its
// bounding rect and its index per instance; a flat painter over a list is the
// cheaper way to 1,000 instances at 30 frames per second. Level of detail: a
// lane with many instances gets small tiles without text. A frame timer runs
// only while something on screen moves, and repaints come from the model's
// frameApplied(), never from engine signals one by one.
class PoolView final : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit PoolView(QWidget *parent = nullptr);

    void setModel(PoolStateModel *model);
    PoolStateModel *model() const { return m_model; }

    // The instance under a viewport point, or an empty string.
    QString instanceAt(const QPoint &viewportPos) const;
    // The function whose lane is under a viewport point, or an empty string.
    QString functionAt(const QPoint &viewportPos) const;
    // Where an instance's tile is drawn now (viewport coordinates), or an empty rect.
    QRect tileRect(const QString &instanceId) const;
    // The text a tooltip shows for an instance.
    QString toolTipFor(const QString &instanceId) const;
    // What the tile says now, its lines top to bottom (for tests and accessibility).
    QStringList tileText(const QString &instanceId) const;

    // The keyboard's tile: arrows move it, Return opens the instance, Delete
    // stops it, the menu key (or Shift+F10) opens its context menu. The Pool
    // menu's "Stop Instance" acts on it.
    QString currentInstance() const { return m_current; }
    void setCurrentInstance(const QString &instanceId);

    // For the benchmark: frames painted and the longest paint so far.
    quint64 framesPainted() const { return m_frames; }
    qint64 longestPaintUs() const { return m_longestPaintUs; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void instanceActivated(const QString &instanceId);
    void currentInstanceChanged(const QString &instanceId);
    void stopInstanceRequested(const QString &instanceId);
    void expireIdleRequested();
    void prewarmRequested(const QString &functionId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void timerEvent(QTimerEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct LaneGeometry
    {
        int top = 0; // content coordinates
        int height = 0;
        QSize tile;
        int columns = 1;
        bool compact = false;
    };
    void relayout();
    void onFrame();
    void updateTimer();
    QRect tileRectAt(int lane, int row) const; // content coordinates
    // The lines a tile shows (top, middle, bottom left, bottom right) and its fill.
    struct TileFace
    {
        QColor fill;
        double fraction = -1; // the bar along the foot
        QString top, middle, bottomLeft, bottomRight;
    };
    TileFace tileFace(const InstanceTile &t, qint64 timeoutMs, qint64 poolNow, qint64 realNow, bool withText) const;
    void moveCurrent(int key);
    void showContextMenu(const QString &instanceId, const QString &functionId, const QPoint &globalPos);
    void paintTile(QPainter &p, const QRect &r, const InstanceTile &t, const LaneGeometry &g, qint64 timeoutMs,
                   qint64 poolNow, qint64 realNow, qint64 localNow) const;

    QPointer<PoolStateModel> m_model;
    QString m_current;
    // The travelling dots, drawn once per palette: [cold | compact << 1].
    QPixmap m_dots[4];
    std::tuple<QRgb, QRgb, qreal> m_dotsKey { 0, 0, 0.0 };
    QList<LaneGeometry> m_geometry;
    int m_contentHeight = 0;
    QBasicTimer m_frameTimer;
    quint64 m_frames = 0;
    qint64 m_longestPaintUs = 0;
};

} // namespace Bullpen
