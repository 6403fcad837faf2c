// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QUrl>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTextBrowser;

namespace Bullpen {

class CodeEditor;
struct InvocationResult;

// The result pane: a headline (succeeded, the function's error, or the engine's),
// the response payload pretty-printed and highlighted in a read-only CodeEditor,
// or the error with its type, message and stack trace, where each frame in the
// function's own files is a link that asks to open the file at that line.
// Engine errors are shown with what to do about them. Owns only its widgets.
class ResultView final : public QWidget
{
    Q_OBJECT
public:
    explicit ResultView(QWidget *parent = nullptr);

    void clear();
    void showRunning(const QString &functionId);
    // codeDirectory maps the container's /var/task to the function's files.
    void showResult(const InvocationResult &result, const QString &codeDirectory);

    QString headline() const;
    QString payloadText() const;
    QString errorText() const;
    // The stack trace's links, in order, and what activating one does.
    QList<QUrl> links() const { return m_links; }
    void openLink(const QUrl &url);

    // The response formatted as it is shown: JSON indented, anything else as is.
    static QString formatPayload(const QByteArray &payload, bool *isJson = nullptr);
    static QUrl locationUrl(const QString &path, int line, int column);

Q_SIGNALS:
    void locationActivated(const QString &path, int line, int column);

private:
    void setHeadline(const QString &icon, const QString &text, const QString &tone);

    QLabel *m_icon;
    QLabel *m_headline;
    QStackedWidget *m_pages;
    CodeEditor *m_payload;
    QTextBrowser *m_error;
    QList<QUrl> m_links;
};

} // namespace Bullpen
