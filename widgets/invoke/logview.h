// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QStringList>

class QLabel;
class QTimer;

namespace Bullpen {

// The log pane: one invocation's log lines as Lambda writes them to CloudWatch,
// START, the function's own output, END and REPORT, in a monospaced read-only
// view where the platform's lines stand out from the function's, and errors
// and warnings (with their tracebacks and stack frames) are coloured. A `\r`
// inside a record (how Python's runtime writes a traceback as one record) is a
// line break here. Long lines wrap; the tab-separated fields of REPORT are
// shown with a visible separator (copied as tabs). While an invocation runs,
// lines arrive one by one and a corner label counts the time against the
// function's timeout. Colours come from the window's TextTheme.
class LogView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    enum class LineKind { Plain, Platform, Report, Warning, Error };

    explicit LogView(QWidget *parent = nullptr);

    void setLogs(const QStringList &logs);
    // A line of the running invocation, added at the end (kept in view when the
    // view was showing the end).
    void appendLog(const QString &record);
    // The lines as shown: records split at \r and \n.
    static QStringList displayLines(const QStringList &logs);
    // How each shown line is coloured; a line continuing an error (a traceback,
    // a stack frame) is an error too.
    static QList<LineKind> lineKinds(const QStringList &lines);
    // The colour of a kind of line in the current theme; invalid for Plain.
    static QColor colourOf(LineKind kind);
    // What a tab between fields is shown as.
    static QString fieldSeparator();

    // The running clock: starts at zero against timeoutSeconds (0: none shown).
    void startRunning(int timeoutSeconds);
    void stopRunning();
    bool isRunning() const;
    QString runningText() const;

protected:
    QMimeData *createMimeDataFromSelection() const override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void render();
    void insertLines(const QStringList &lines, bool first);
    void updateRunning();
    void placeRunningLabel();

    QStringList m_lines; // as shown, for re-colouring on a theme change
    LineKind m_lastKind = LineKind::Plain;
    QLabel *m_running;
    QTimer *m_tick;
    QElapsedTimer m_elapsed;
    int m_timeoutSeconds = 0;
};

} // namespace Bullpen
