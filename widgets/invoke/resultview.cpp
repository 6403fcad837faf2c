// SPDX-License-Identifier: MIT
#include "widgets/invoke/resultview.h"

#include "engine/events/orderedjson.h"
#include "engine/invocation/invocationresult.h"
#include "widgets/editor/codeeditor.h"
#include "widgets/editor/texttheme.h"
#include "widgets/invoke/stacktrace.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBrowser>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Bullpen {

namespace {

enum Page { PayloadPage, ErrorPage };

QString engineAdvice(EngineErrorKind kind)
{
    switch (kind) {
    case EngineErrorKind::NoBackend:
    case EngineErrorKind::SandboxFailed:
        return ResultView::tr("Bullpen runs functions in containers with runc or crun. Install one of them (for "
                              "example <code>apt install crun</code>), make sure user namespaces are allowed, or "
                              "choose another backend in <b>Settings › Preferences…</b>. The Process backend runs "
                              "the handler as a plain process: it works everywhere but isolates nothing.");
    case EngineErrorKind::RuntimeMissing:
        return ResultView::tr("Check that the function's runtime is installed on this machine (python3 for Python "
                              "runtimes, node for Node.js) and that the template names a supported Runtime.");
    case EngineErrorKind::ListenerFailed:
        return ResultView::tr("Bullpen could not open a local port for the function's Runtime API. Check that "
                              "loopback networking works here, then invoke again.");
    case EngineErrorKind::InstanceStopped:
    case EngineErrorKind::ShuttingDown:
        return ResultView::tr("The engine stopped the function's instance before it answered (the engine was "
                              "stopped or its settings changed). Invoke again.");
    case EngineErrorKind::BuildFailed:
        return ResultView::tr("The function's build failed; the Build panel has the tool's whole output. Fix the "
                              "manifest or the code, then invoke again (the last good build is kept).");
    case EngineErrorKind::None:
    case EngineErrorKind::Internal:
        break;
    }
    return ResultView::tr("Check the function's settings in the Project panel, then invoke again.");
}

} // namespace

ResultView::ResultView(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_payload(new CodeEditor(this))
    , m_error(new QTextBrowser(this))
{
    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 6, 8, 6);
    header->setSpacing(6);
    header->addWidget(m_icon);
    header->addWidget(m_headline, 1);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headline->setWordWrap(true);

    m_payload->setObjectName(QStringLiteral("resultPayload"));
    m_payload->setReadOnly(true);
    m_payload->setDefinitionByName(QStringLiteral("JSON"));
    m_error->setObjectName(QStringLiteral("resultError"));
    TextTheme::instance()->attach(m_error);
    m_error->setOpenLinks(false);
    m_error->setOpenExternalLinks(false);
    connect(m_error, &QTextBrowser::anchorClicked, this, &ResultView::openLink);
    m_pages->insertWidget(PayloadPage, m_payload);
    m_pages->insertWidget(ErrorPage, m_error);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_pages, 1);
    clear();
}

void ResultView::clear()
{
    m_links.clear();
    m_payload->clear();
    m_error->clear();
    m_pages->setCurrentIndex(PayloadPage);
    setHeadline({}, tr("No invocation yet. Choose a function and an event, then press Invoke (Ctrl+Return)."), {});
}

void ResultView::showRunning(const QString &functionId)
{
    m_links.clear();
    m_payload->clear();
    m_pages->setCurrentIndex(PayloadPage);
    setHeadline(QStringLiteral("running"), tr("Running %1…").arg(functionId), {});
}

void ResultView::setHeadline(const QString &icon, const QString &text, const QString &tone)
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (icon == u"ok")
        pixmap = QStyle::SP_DialogApplyButton;
    else if (icon == u"error")
        pixmap = QStyle::SP_MessageBoxCritical;
    else if (icon == u"warning")
        pixmap = QStyle::SP_MessageBoxWarning;
    else if (icon == u"running")
        pixmap = QStyle::SP_BrowserReload;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(size, size));
    m_icon->setVisible(!icon.isEmpty());
    m_headline->setText(
        tone.isEmpty() ? text.toHtmlEscaped()
                       : QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>").arg(tone, text.toHtmlEscaped()));
}

QString ResultView::formatPayload(const QByteArray &payload, bool *isJson)
{
    // From the bytes, in the order the function wrote its keys.
    bool json = false;
    const QByteArray pretty = OrderedJson::reindent(payload, &json);
    if (isJson)
        *isJson = json;
    return QString::fromUtf8(json ? pretty : payload);
}

QUrl ResultView::locationUrl(const QString &path, int line, int column)
{
    QUrl url = QUrl::fromLocalFile(path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("line"), QString::number(line));
    query.addQueryItem(QStringLiteral("column"), QString::number(column));
    url.setQuery(query);
    return url;
}

void ResultView::openLink(const QUrl &url)
{
    if (!url.isLocalFile())
        return;
    const QUrlQuery query(url);
    Q_EMIT locationActivated(url.toLocalFile(), query.queryItemValue(QStringLiteral("line")).toInt(),
                             query.queryItemValue(QStringLiteral("column")).toInt());
}

void ResultView::showResult(const InvocationResult &result, const QString &codeDirectory)
{
    m_links.clear();
    const QString red
        = palette().color(QPalette::Base).lightness() < 128 ? QStringLiteral("#ff6b6b") : QStringLiteral("#c0392b");
    if (result.outcome == InvocationOutcome::Cancelled) {
        setHeadline(QStringLiteral("warning"), tr("%1 was cancelled").arg(result.functionId), {});
        m_error->setHtml(QStringLiteral("<p>%1</p>").arg(result.errorMessage.toHtmlEscaped()));
        m_pages->setCurrentIndex(ErrorPage);
        return;
    }
    if (result.outcome == InvocationOutcome::Refused) {
        // Lambda's API would have answered so: the function never saw the event.
        setHeadline(QStringLiteral("warning"), tr("%1 refused the event: %2").arg(result.functionId, result.errorType),
                    red);
        m_error->setHtml(
            tr("<p><b>%1</b></p><p style=\"white-space:pre-wrap\">%2</p>"
               "<p>Lambda refuses such a request before the function runs. Fix the event, then invoke again.</p>")
                .arg(result.errorType.toHtmlEscaped(), result.errorMessage.toHtmlEscaped()));
        m_pages->setCurrentIndex(ErrorPage);
        return;
    }
    if (result.outcome == InvocationOutcome::EngineError) {
        setHeadline(QStringLiteral("warning"), tr("Bullpen could not run %1").arg(result.functionId), red);
        m_error->setHtml(tr("<p><b>The engine reported:</b></p><p style=\"white-space:pre-wrap\">%1</p>"
                            "<p><b>What to do:</b> %2</p>")
                             .arg(result.engineError.toHtmlEscaped(), engineAdvice(result.engineErrorKind)));
        m_pages->setCurrentIndex(ErrorPage);
        return;
    }
    if (result.succeeded()) {
        bool json = false;
        const QString text = formatPayload(result.payload, &json);
        m_payload->setDefinitionByName(json ? QStringLiteral("JSON") : QString());
        m_payload->setPlainText(text);
        m_pages->setCurrentIndex(PayloadPage);
        const QString green
            = palette().color(QPalette::Base).lightness() < 128 ? QStringLiteral("#5fd38d") : QStringLiteral("#1e8449");
        setHeadline(
            QStringLiteral("ok"),
            tr("%1 returned %2")
                .arg(result.functionId, json ? tr("JSON") : tr("%n byte(s)", nullptr, int(result.payload.size()))),
            green);
        return;
    }

    const QString type = result.errorType.isEmpty() ? result.functionError : result.errorType;
    setHeadline(QStringLiteral("error"), tr("%1 failed: %2").arg(result.functionId, type), red);
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(type.toHtmlEscaped());
    if (!result.errorMessage.isEmpty())
        html += QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(result.errorMessage.toHtmlEscaped());
    if (!result.stackTrace.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><pre style=\"font-family:'%2'\">").arg(tr("Stack trace"), mono);
        for (const QString &entry : result.stackTrace) {
            QString text = entry;
            if (text.endsWith(u'\n'))
                text.chop(1);
            const QStringList lines = text.split(u'\n');
            for (const QString &line : lines) {
                const QList<StackLocation> locations = findStackLocations(line, codeDirectory);
                qsizetype at = 0;
                for (const StackLocation &location : locations) {
                    const QUrl url = locationUrl(location.path, location.line, location.column);
                    m_links.append(url);
                    html += line.mid(at, location.start - at).toHtmlEscaped();
                    html += QStringLiteral("<a href=\"%1\">%2</a>")
                                .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                     line.mid(location.start, location.length).toHtmlEscaped());
                    at = location.start + location.length;
                }
                html += line.mid(at).toHtmlEscaped() + u'\n';
            }
        }
        html += QStringLiteral("</pre>");
    } else if (!result.payload.isEmpty()) {
        html += QStringLiteral("<pre style=\"font-family:'%1'\">%2</pre>")
                    .arg(mono, formatPayload(result.payload).toHtmlEscaped());
    }
    m_error->setHtml(html);
    m_pages->setCurrentIndex(ErrorPage);
}

QString ResultView::headline() const
{
    QTextDocument doc;
    doc.setHtml(m_headline->text());
    return doc.toPlainText();
}

QString ResultView::payloadText() const
{
    return m_pages->currentIndex() == PayloadPage ? m_payload->toPlainText() : QString();
}

QString ResultView::errorText() const
{
    return m_pages->currentIndex() == ErrorPage ? m_error->toPlainText() : QString();
}

} // namespace Bullpen
