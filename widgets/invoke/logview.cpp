// SPDX-License-Identifier: MIT
#include "widgets/invoke/logview.h"

#include "widgets/editor/texttheme.h"

#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>

namespace Bullpen {

using KSyntaxHighlighting::Theme;

namespace {

bool startsWithAny(const QString &line, std::initializer_list<QStringView> prefixes)
{
    for (const QStringView prefix : prefixes) {
        if (line.startsWith(prefix))
            return true;
    }
    return false;
}

LogView::LineKind kindOf(const QString &line, LogView::LineKind previous)
{
    using Kind = LogView::LineKind;
    if (line.startsWith(u"REPORT ") || line.startsWith(u"INIT_REPORT "))
        return Kind::Report;
    if (startsWithAny(line, { u"START ", u"END ", u"INIT_START", u"EXTENSION", u"TELEMETRY" }))
        return Kind::Platform;
    // Python's logging writes "[ERROR]\t...", Node's console.error "...\tERROR\t...".
    if (line.contains(u"[ERROR]") || line.contains(u"\tERROR\t") || line.contains(u"\tFATAL\t")
        || line.startsWith(u"Traceback (most recent call last):") || line.contains(u"Task timed out after")
        || line.contains(u"Error: Runtime exited") || line.startsWith(u"Bullpen: the runtime was killed"))
        return Kind::Error;
    if (line.contains(u"[WARNING]") || line.contains(u"[WARN]") || line.contains(u"\tWARN\t"))
        return Kind::Warning;
    if (previous == Kind::Error) {
        // A traceback's frames are indented; it ends with "SomeError: message".
        static const QRegularExpression exception(
            QStringLiteral("^[A-Za-z_][\\w.]*(Error|Exception|Exit|Interrupt)\\b"));
        if (line.startsWith(u' ') || line.startsWith(u'\t') || exception.match(line).hasMatch())
            return Kind::Error;
    }
    return Kind::Plain;
}

QColor themeColour(const Theme &theme, Theme::TextStyle style)
{
    return QColor::fromRgba(theme.textColor(style));
}

} // namespace

LogView::LogView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_running(new QLabel(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("logView"));
    setReadOnly(true);
    // REPORT alone is wider than a docked pane: wrap rather than hide its end.
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(tr("The logs of the selected invocation appear here."));
    TextTheme::instance()->attach(this);
    connect(TextTheme::instance(), &TextTheme::changed, this, &LogView::render);

    m_running->setObjectName(QStringLiteral("logRunningClock"));
    m_running->setAutoFillBackground(true);
    m_running->setMargin(3);
    m_running->hide();
    m_tick->setInterval(100);
    connect(m_tick, &QTimer::timeout, this, &LogView::updateRunning);
}

QString LogView::fieldSeparator()
{
    // En spaces around a middle dot: wide enough to part the fields at any
    // position, unlike a tab that may stop a pixel later, and rare enough in
    // logs to be turned back into a tab when copied.
    return QStringLiteral("\u2002\u00b7\u2002");
}

QStringList LogView::displayLines(const QStringList &logs)
{
    static const QRegularExpression breaks(QStringLiteral("\r\n|\r|\n"));
    QStringList lines;
    for (const QString &record : logs) {
        QString text = record;
        while (text.endsWith(u'\n') || text.endsWith(u'\r'))
            text.chop(1);
        lines += text.split(breaks);
    }
    return lines;
}

QList<LogView::LineKind> LogView::lineKinds(const QStringList &lines)
{
    QList<LineKind> kinds;
    LineKind previous = LineKind::Plain;
    for (const QString &line : lines) {
        previous = kindOf(line, previous);
        kinds.append(previous);
    }
    return kinds;
}

void LogView::setLogs(const QStringList &logs)
{
    m_lines = displayLines(logs);
    render();
    moveCursor(QTextCursor::Start);
}

void LogView::appendLog(const QString &record)
{
    const QStringList lines = displayLines({ record });
    QScrollBar *bar = verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    const bool first = m_lines.isEmpty();
    m_lines += lines;
    insertLines(lines, first);
    if (atEnd)
        bar->setValue(bar->maximum());
}

void LogView::render()
{
    clear();
    m_lastKind = LineKind::Plain;
    insertLines(m_lines, true);
}

QColor LogView::colourOf(LineKind kind)
{
    const Theme theme = TextTheme::instance()->theme();
    switch (kind) {
    case LineKind::Platform:
    case LineKind::Report:
        // Data types are coloured apart from text in every theme (Keyword is
        // plain bold in Breeze), as the platform's lines should be.
        return themeColour(theme, Theme::DataType);
    case LineKind::Error:
        return themeColour(theme, Theme::Error);
    case LineKind::Warning: {
        const QColor warning = themeColour(theme, Theme::Warning);
        if (warning != themeColour(theme, Theme::Error))
            return warning;
        // Some themes have one red for both: an amber that reads on their base.
        return TextTheme::instance()->isDark() ? QColor(0xe0, 0xb0, 0x50) : QColor(0xa8, 0x62, 0x00);
    }
    case LineKind::Plain:
        break;
    }
    return {};
}

void LogView::insertLines(const QStringList &lines, bool first)
{
    const Theme theme = TextTheme::instance()->theme();
    QTextCharFormat plain;
    QTextCharFormat platform;
    platform.setForeground(colourOf(LineKind::Platform));
    QTextCharFormat report = platform;
    report.setFontWeight(QFont::Bold);
    QTextCharFormat warning;
    warning.setForeground(colourOf(LineKind::Warning));
    QTextCharFormat error;
    error.setForeground(colourOf(LineKind::Error));
    QTextCharFormat separator;
    separator.setForeground(QColor::fromRgba(theme.editorColor(Theme::LineNumbers)));

    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    for (const QString &line : lines) {
        if (!first)
            cursor.insertBlock();
        first = false;
        m_lastKind = kindOf(line, m_lastKind);
        const QTextCharFormat &format = m_lastKind == LineKind::Report ? report
            : m_lastKind == LineKind::Platform                         ? platform
            : m_lastKind == LineKind::Warning                          ? warning
            : m_lastKind == LineKind::Error                            ? error
                                                                       : plain;
        const QStringList fields = line.split(u'\t');
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                cursor.insertText(fieldSeparator(), separator);
            cursor.insertText(fields.at(i), format);
        }
    }
    cursor.endEditBlock();
}

QMimeData *LogView::createMimeDataFromSelection() const
{
    // Copied as Lambda wrote it: the separators were tabs.
    auto *data = new QMimeData;
    QString text = textCursor().selectedText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    text.replace(fieldSeparator(), QStringLiteral("\t"));
    data->setText(text);
    return data;
}

void LogView::startRunning(int timeoutSeconds)
{
    m_timeoutSeconds = timeoutSeconds;
    m_elapsed.start();
    updateRunning();
    m_running->show();
    m_running->raise();
    m_tick->start();
}

void LogView::stopRunning()
{
    m_tick->stop();
    m_running->hide();
    m_elapsed.invalidate();
}

bool LogView::isRunning() const
{
    return m_tick->isActive();
}

QString LogView::runningText() const
{
    return m_running->text();
}

void LogView::updateRunning()
{
    const QLocale locale;
    const QString elapsed = locale.toString(m_elapsed.isValid() ? m_elapsed.elapsed() / 1000.0 : 0.0, 'f', 1);
    m_running->setText(m_timeoutSeconds > 0
                           ? tr("Running: %1 s of %2 s timeout").arg(elapsed, locale.toString(m_timeoutSeconds))
                           : tr("Running: %1 s").arg(elapsed));
    m_running->adjustSize();
    placeRunningLabel();
}

void LogView::placeRunningLabel()
{
    const QRect view = viewport()->geometry();
    m_running->move(view.right() - m_running->width() - 4, view.top() + 4);
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    placeRunningLabel();
}

bool LogView::event(QEvent *event)
{
    const bool result = QPlainTextEdit::event(event);
    // The colours of the lines are baked into the text: redo them for a new
    // palette (TextTheme sets ours, which is a PaletteChange too).
    if ((event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange)
        && TextTheme::instance()->followsPalette())
        render();
    return result;
}

} // namespace Bullpen
