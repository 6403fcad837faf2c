// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <KSyntaxHighlighting/Theme>

class QWidget;

namespace Bullpen {

// The one colour theme of every text view in the window: code editors, the
// event payload, the result, the logs. It follows the application palette
// (a light or a dark default theme) until a theme is chosen by name. Views
// that are not code editors are attached: their base, text and selection
// colours come from the theme and change with it, and with the palette. The
// highlighted editors ask for theme() themselves. GUI thread only. While the
// SyntaxRepository still loads in the background, attached views keep the
// application's colours; changed() follows when it is ready. theme() itself
// needs the repository (and waits for it when asked that early).
class TextTheme final : public QObject
{
    Q_OBJECT
public:
    static TextTheme *instance();

    // The theme in use now: the chosen one, or the palette's default.
    KSyntaxHighlighting::Theme theme() const;
    // The chosen name; empty while the theme follows the palette.
    QString themeName() const { return m_name; }
    bool followsPalette() const { return m_name.isEmpty(); }
    // An empty or unknown name follows the palette again.
    void setThemeName(const QString &name);
    bool isDark() const;

    // Colours view from the theme now and whenever the theme or the
    // application palette changes, for as long as the view lives.
    void attach(QWidget *view);
    // The palette a view gets from the theme, on top of the application's.
    QPalette palette() const;

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit TextTheme(QObject *parent = nullptr);
    void apply(QWidget *view) const;

    QString m_name;
};

} // namespace Bullpen
